"""A chat-transcript driver for tests: send, press, and read what the student sees."""

from __future__ import annotations

from collections.abc import Mapping
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

    def walk(self, *steps: str) -> Turn:
        """Each step in turn as the student would: "[label]" presses that button, anything else is typed."""
        turn = self.last
        for step in steps:
            turn = self.press(step[1:-1]) if step.startswith("[") and step.endswith("]") else self.send(step)
        if turn is None:
            raise AssertionError("a walk of no steps")
        return turn

    def expect(self, *exchanges: tuple[str, str]) -> None:
        """Each step walked in turn (as in `walk`), and the reply to it checked for the words given."""
        for step, words in exchanges:
            self.walk(step)
            assert words in self.text, f"after {step!r}, {words!r} is not in:\n{self.text}"

    def progress(self, programme: str, start: str, ec: str | None = None, pending: str | None = None) -> Turn:
        """/progress as a student walks it: the programme pressed, the start typed, then (with `ec`)
        the EC typed and the pending EC typed, or "None pending" pressed when `pending` is None."""
        self.send("/progress")
        self.press(programme)
        turn = self.send(start)
        if ec is None:
            return turn
        self.send(ec)
        return self.press("None pending") if pending is None else self.send(pending)

    def circumstances(self, *labels: str) -> Turn:
        """/circumstances with the buttons `labels` pressed in turn."""
        turn = self.send("/circumstances")
        for label in labels:
            turn = self.press(label)
        return turn

    def course(
        self,
        name: str,
        provider: str,
        level: str,
        ec: str,
        honours: str = "No",
        start: str = "1 February 2027",
        grade: str | None = "No grade yet",
    ) -> Turn:
        """/course for a course outside ArtScience: name, provider, level and EC, honours pressed,
        start date typed (not asked of an honours course); outside Leiden, for a course that has
        started, the grade question too (`grade` typed, or pressed when it is "No grade yet"; None
        stops before it)."""
        self.send("/course")
        assert self.text.startswith("Question 1 of")
        self.send(name)
        self.press(provider)
        self.press(level)
        self.send(ec)
        turn = self.press(honours)
        if honours.startswith("Yes"):  # an honours course never counts: no start date is asked
            return turn
        turn = self.send(start)
        if provider == "Leiden University" or grade is None or "final grade" not in self.text:
            return turn
        return self.press(grade) if grade == "No grade yet" else self.send(grade)

    @property
    def answers(self) -> Mapping[str, str]:
        """The answers given so far in the dialog in progress; there must be one."""
        assert self.state.dialog is not None, "no dialog in progress"
        return self.state.dialog.answers

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
    upgrading = "[Yes, I'll request the upgrade]" if upgrade else "[No]"
    chat.walk("/course", "Sound Lab", "[ArtScience]", "[Lab]", upgrading)
    chat.walk("6", "[No]", "[I don't know yet]")  # no start date, so no grade is asked
