"""What a student can do, as the engine sees it, whatever the front end."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from bot.rules.frozen import Frozen


class Text(Frozen):
    """A typed message (a question, or an answer to the step being asked)."""

    kind: Literal["text"] = "text"
    text: str


class Press(Frozen):
    """A button pressed; `data` is the button's data as the front end received it back."""

    kind: Literal["press"] = "press"
    data: str


class Command(Frozen):
    """A command such as /start or /petition; `arg` is the rest (a deep-link payload, say)."""

    kind: Literal["command"] = "command"
    name: str
    arg: str = ""


class Unsupported(Frozen):
    """Something the bot does not read: a sticker, photo, voice note, location, an edit, a group."""

    kind: Literal["unsupported"] = "unsupported"
    what: Literal["media", "edited", "group", "unknown_command"]


Event = Annotated[Text | Press | Command | Unsupported, Field(discriminator="kind")]


def command_of(text: str) -> Command | None:
    """`/name arg` as typed, on any front end: the name folded and without `@botname`; else None.

    Why here: Telegram, the terminal and the test transcripts all read a typed line this way.
    """
    if not text.startswith("/"):
        return None
    head, _, arg = text[1:].partition(" ")
    return Command(name=head.split("@", 1)[0].casefold(), arg=arg.strip())
