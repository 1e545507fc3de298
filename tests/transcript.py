"""A chat-transcript driver for tests: send, press, and read what the student sees."""

from __future__ import annotations

from datetime import date

from bot.dialogs.conversation import Conversation, Turn
from bot.dialogs.events import Event, Press, Text, command_of
from bot.dialogs.state import StudentState
from bot.replies import Button, Reply


class Transcript:
    """One student talking to the conversation; every step keeps what the student saw."""

    def __init__(self, conversation: Conversation, today: date, state: StudentState | None = None) -> None:
        self.conversation = conversation
        self.today = today
        self.state = state or StudentState()
        self.last: Turn | None = None

    def _do(self, event: Event) -> Turn:
        turn = self.conversation.handle(self.state, event, self.today)
        self.state = turn.state
        self.last = turn
        return turn

    def send(self, text: str) -> Turn:
        return self._do(command_of(text) or Text(text=text))

    def press(self, label: str) -> Turn:
        """Press the button whose label contains `label` in the latest replies."""
        return self._do(Press(data=self.button(label).data))

    def press_data(self, data: str) -> Turn:
        return self._do(Press(data=data))

    @property
    def replies(self) -> tuple[Reply, ...]:
        return self.last.replies if self.last else ()

    @property
    def text(self) -> str:
        """Everything the student can read, the folded 'why' included."""
        return "\n\n".join("\n\n".join(filter(None, (r.text, r.detail, r.paste))) for r in self.replies)

    @property
    def first(self) -> str:
        """What the student reads without unfolding anything: the replies' texts."""
        return "\n\n".join(r.text for r in self.replies)

    @property
    def paste(self) -> str:
        return "\n\n".join(r.paste for r in self.replies if r.paste)

    @property
    def detail(self) -> str:
        return "\n\n".join(r.detail for r in self.replies if r.detail)

    @property
    def buttons(self) -> list[str]:
        return [b.label for r in self.replies for b in r.button_list()]

    def button(self, label: str) -> Button:
        found = [b for r in self.replies for b in r.button_list() if label.casefold() in b.label.casefold()]
        if not found:
            raise AssertionError(f"no button {label!r}; buttons are {self.buttons}\n{self.text}")
        return found[0]


def walk_to_sound_lab_verdict(chat: Transcript, *, upgrade: bool) -> None:
    """/course for a 6 EC ArtScience Lab, with or without the level upgrade, up to its verdict."""
    chat.send("/course")
    chat.send("Sound Lab")
    chat.press("ArtScience")
    chat.press("Lab")
    chat.press("Yes, I'll request the upgrade" if upgrade else "No")
    chat.send("6")
    chat.press("No")
    chat.press("I don't know yet")
    chat.press("No grade yet")
