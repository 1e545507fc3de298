"""The smallest shared model: a pointer to the sentence of an official page an answer rests on."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Citation(BaseModel):
    """A short quote, copied exactly from one of the official pages, and the page's id."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str = Field(min_length=1)
    quote: str = Field(min_length=1)
