"""The terminal front end: the same conversation as on Telegram, buttons shown as numbered choices.

Works at a terminal and with standard input piped from a file, so whole conversations can be
scripted. Holds no content: every word it prints comes from the conversation.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TextIO

from bot.content.normalise import fold
from bot.dialogs.conversation import Conversation
from bot.dialogs.events import Event, Press, Text, command_of
from bot.dialogs.state import StudentState
from bot.replies import Button, Reply

QUIT = frozenset({"/quit", "/exit"})
RULE = "-" * 40
"""Above and below text to copy, so it is plain to see where it starts and ends."""


class ConsoleChat:
    """One student at the terminal; state lives in memory for the session."""

    def __init__(
        self, conversation: Conversation, today: Callable[[], date], files: Path | None = None
    ) -> None:
        self.conversation = conversation
        self.today = today
        self.files = files or Path(tempfile.gettempdir())
        """Where calendar files are written (their path is printed)."""
        self.state = StudentState()
        self.buttons: list[Button] = []

    def event_for(self, line: str) -> Event:
        """A typed line as the student meant it: a command, a button press, or text."""
        text = line.strip()
        command = command_of(text)
        if command is not None:
            return command
        wanted = fold(text)
        typing = self.conversation.expects_typing(self.state)
        marked = text.startswith("#")
        number = text.removeprefix("#").strip() if (marked or not typing) else ""
        if number.isdigit() and 1 <= int(number) <= len(self.buttons):
            return Press(data=self.buttons[int(number) - 1].data)
        for button in self.buttons:
            if wanted and wanted == fold(button.label):
                return Press(data=button.data)
        return Text(text=line)

    def send(self, line: str) -> list[Reply]:
        if line.strip().startswith("/today"):
            return self.move_clock(line.strip().removeprefix("/today").strip())
        turn = self.conversation.handle(self.state, self.event_for(line), self.today())
        self.state = turn.state
        if turn.replies:
            self.buttons = _pressable(turn.replies)
        replies = list(turn.replies)
        if turn.notice:
            replies.insert(0, Reply(text=turn.notice))
        words = self.conversation.messages.reminders
        for document in turn.documents:
            path = self.files / document.filename
            path.write_bytes(document.content)
            replies.append(Reply(text=words.calendar_written.format(path=path)))
        return replies

    def move_clock(self, text: str) -> list[Reply]:
        """`/today YYYY-MM-DD`: the terminal's clock moves, and the reminders due by then print."""
        words = self.conversation.messages.reminders
        try:
            moved = date.fromisoformat(text)
        except ValueError:
            return [Reply(text=words.today_invalid)]
        self.today = lambda: moved
        delivery = self.conversation.due(self.state, moved)
        self.state = delivery.state
        replies = [Reply(text=words.today_moved.format(date=moved.isoformat())), *delivery.replies]
        if delivery.replies:
            self.buttons = _pressable(delivery.replies)
        return replies

    def render(self, replies: Iterable[Reply]) -> str:
        typing = self.conversation.expects_typing(self.state)
        blocks: list[str] = []
        number = 0
        for reply in replies:
            lines = [reply.text]
            if reply.detail:
                lines.append(_indented(reply.detail))
            if reply.paste:
                lines += [RULE, reply.paste, RULE]
            for button in reply.button_list():
                if button.share is not None:  # no bot name here: the link has a placeholder
                    lines.append("  " + self.conversation.messages.share_link.format(entry=button.share))
                    continue
                number += 1
                lines.append(f"  [{'#' if typing else ''}{number}] {button.label}")
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)


def _pressable(replies: Iterable[Reply]) -> list[Button]:
    """The buttons a number or label presses, in the order they are shown (share links aside)."""
    return [b for reply in replies for b in reply.button_list() if b.share is None]


def _indented(detail: str) -> str:
    """The 'why' set in under the outcome, as Telegram folds it into a quote."""
    return "\n".join(f"    {line}" if line else "" for line in ["", *detail.splitlines()])


def run_console(
    conversation: Conversation,
    today: Callable[[], date],
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> int:
    """Read lines until end of input or /quit; print each reply. Returns an exit code."""
    chat = ConsoleChat(conversation, today)
    interactive = stdin.isatty()
    stdout.write(chat.render(chat.send("/start")) + "\n")
    while True:
        if interactive:
            stdout.write("\nyou> ")
            stdout.flush()
        line = stdin.readline()
        if not line or line.strip() in QUIT:
            return 0
        if not interactive:
            stdout.write(f"\nyou> {line.rstrip()}\n")
        stdout.write("\n" + chat.render(chat.send(line.rstrip("\n"))) + "\n")
        stdout.flush()
