"""The smallest shared model: a pointer to the sentence of an official page an answer rests on."""

from __future__ import annotations

from pydantic import Field

from bot.rules.frozen import Strict


class Citation(Strict):
    """A short quote, copied exactly from one of the official pages, and the page's id."""

    source: str = Field(min_length=1)
    quote: str = Field(min_length=1)
