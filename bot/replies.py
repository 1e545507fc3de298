"""What the bot says, independent of where it is shown: text, buttons, and the citations behind it.

Front ends (Telegram, the terminal) only render these; they never compose content themselves.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from bot.citation import Citation
from bot.rules.frozen import Strict

SHARE_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
"""What a deep link's /start payload may be (Telegram: 1-64 of A-Z a-z 0-9 _ -)."""


class Button(Strict):
    """A choice the student can press; `data` is what the engine receives back (short, ASCII).

    A share button has `share` instead of `data`: the entry to share. Telegram opens the chat
    picker with the inline query `share` prefilled (the bot's inline mode finds that entry); the
    terminal shows the entry's deep link. Pressing it sends nothing back to the conversation.
    """

    label: str = Field(min_length=1)
    data: str = Field(default="", max_length=64)
    share: str | None = Field(default=None, pattern=SHARE_PATTERN)

    @model_validator(mode="after")
    def _one_kind(self) -> Button:
        if (self.share is None) == (not self.data):
            raise ValueError("a button has either callback data or a share payload, not both")
        return self


class Reply(Strict):
    """One message to the student: plain text (front ends escape it), its detail, buttons in rows."""

    text: str
    detail: str = ""
    """The 'why' behind `text` (findings and their quotes): shown folded away after it, so the
    first thing a student reads on a phone is the outcome and the next step (Telegram: an
    expandable blockquote; the terminal: indented)."""
    paste: str = ""
    """Text for the student to copy as it is (the petition's explanation): its own message after
    `text`, in a code block on Telegram (tap to copy), between rules in the terminal."""
    buttons: tuple[tuple[Button, ...], ...] = ()
    citations: tuple[Citation, ...] = ()

    def button_list(self) -> list[Button]:
        return [b for row in self.buttons for b in row]


FIRST_MESSAGE_BUDGET = 600
"""Characters of `Reply.text`: what a phone shows before the student has to scroll."""
