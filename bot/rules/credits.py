"""What a course or a project adds to the programme: counts, capped, or not, and why.

Both verdicts answer the same question of the same caps, so they share one status and one shape."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from bot.rules.frozen import Frozen
from bot.rules.rulebook import Finding, Phrase


class CreditStatus(StrEnum):
    COUNTS = "counts"
    CAPPED = "capped"
    DOES_NOT_COUNT = "does_not_count"


class CreditVerdict(Frozen):
    """How many of the EC offered count, the findings that decided it, and what to do next."""

    status: CreditStatus
    ec_offered: Decimal
    ec_counted: int
    findings: tuple[Finding, ...]
    next_steps: tuple[Phrase, ...]
    needs_adviser: bool
