"""Dates the way students type them: '1 feb', 'Feb 1 2027', '1-2-2027'. Month words are reading."""

from __future__ import annotations

import re
from datetime import date

from bot.rules.parsing import safe_date

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "januari"),
            ("february", "feb", "februari", "febuary"),
            ("march", "mar", "maart"),
            ("april", "apr"),
            ("may", "mei"),
            ("june", "jun", "juni"),
            ("july", "jul", "juli"),
            ("august", "aug", "augustus"),
            ("september", "sep", "sept"),
            ("october", "oct", "okt", "oktober"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?(?:\s+(\d{4}))?$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$")


def _nearest(month: int, day: int, today: date) -> date | None:
    """A day and month without a year: the occurrence closest to today."""
    options = [d for y in (today.year - 1, today.year, today.year + 1) if (d := safe_date(y, month, day))]
    return min(options, key=lambda d: abs((d - today).days)) if options else None


def parse_date(text: str, today: date) -> date | None:
    """'2027-02-01', '1-2-2027', '1/2/2027', '1 February 2027', 'Feb 1 2027', '1 feb' -> date."""
    cleaned = " ".join(text.casefold().replace(",", " ").split())
    if m := _ISO.match(cleaned):
        return safe_date(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.match(cleaned):
        return safe_date(int(m[3]), int(m[2]), int(m[1]))
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        if (m := pattern.match(cleaned)) and m[month_group] in MONTHS:
            month, day = MONTHS[m[month_group]], int(m[day_group])
            return safe_date(int(m[3]), month, day) if m[3] else _nearest(month, day, today)
    return None
