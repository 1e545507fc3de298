"""What a course or a project adds to the programme: counts, capped, or not, and why.

Both verdicts answer the same question of the same caps, so they share one status and one shape."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from bot.rules.rulebook import Phrase
from bot.rules.verdict import Verdict


class CreditStatus(StrEnum):
    COUNTS = "counts"
    CAPPED = "capped"
    DOES_NOT_COUNT = "does_not_count"


class CreditVerdict(Verdict[CreditStatus]):
    """How many of the EC offered count, besides the status and its findings, and what to do next."""

    ec_offered: Decimal
    ec_counted: int
    next_steps: tuple[Phrase, ...]
