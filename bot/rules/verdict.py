"""What every status verdict of the rule core carries, whatever it is about.

The credit and progress verdicts answer different questions, but each says where the student
stands, which findings decided it and whether an adviser must look; declared once, so a presenter
or a front end can rely on the three alike."""

from __future__ import annotations

from enum import StrEnum
from typing import Generic, TypeVar

from bot.rules.frozen import Frozen
from bot.rules.rulebook import Finding

StatusT = TypeVar("StatusT", bound=StrEnum)


class Verdict(Frozen, Generic[StatusT]):
    """A status from the area's own enum, the findings that decided it, and whether a person must look."""

    status: StatusT
    findings: tuple[Finding, ...]
    needs_adviser: bool
