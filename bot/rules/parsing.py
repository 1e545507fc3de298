"""Reading EC amounts the way students type them, and dates that may not exist. Pure.

Month words are read in bot/answering/dates.py (with the lexicon's `months:`) and dates are said
in bot/presenting/dates.py: the rule core holds no words of a language."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

_EC = re.compile(r"^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:ec|ects|ecs|credits?|studiepunten|sp)?\s*$", re.I)


def parse_ec(text: str) -> Decimal | None:
    """'7,5', '7.5 EC', '6 ects' -> Decimal; anything else -> None."""
    match = _EC.match(text)
    if match is None:
        return None
    try:
        return Decimal(match[1].replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        return None


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None for one that does not exist (31 February): typed text is never trusted."""
    try:
        return date(year, month, day)
    except ValueError:
        return None
