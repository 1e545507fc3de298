"""The project's two kinds of model, both values never changed once made.

Every verdict, finding and question is a value; what a coordinator writes in a file, and what a
caller spells out, also forbids unknown keys, so a misspelt key is a defect, not silently ignored."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Frozen(BaseModel):
    """Hashable, safe to share, never changed after it is made."""

    model_config = ConfigDict(frozen=True, defer_build=True)


class Strict(BaseModel):
    """Frozen, with no keys but the declared ones."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
