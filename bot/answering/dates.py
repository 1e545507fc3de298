"""Dates the way students type them: '1 feb', 'Feb 1 2027', '1-2-2027', 'September 2025'.

The month words are the lexicon's (`months:` in knowledge/lexicon.yaml), so a second language adds
its words there; the shapes of a written date are read here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from bot.content.normalise import fold
from bot.rules.parsing import safe_date

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?(?:\s+(\d{4}))?$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$")
_MONTH_YEAR = re.compile(r"^\s*([a-z]+)\.?\s+(\d{4})\s*$")


class DateReader:
    """Reads one typed date with the lexicon's month words."""

    def __init__(self, month_words: Sequence[Sequence[str]], not_alone: frozenset[str] = frozenset()) -> None:
        self.months: dict[str, int] = {
            fold(word): number for number, words in enumerate(month_words, start=1) for word in words
        }
        """Every month word, folded, to its month's number."""
        self.not_alone = frozenset(fold(word) for word in not_alone)
        """Month words that are ordinary words too: a month only with a day or a year beside them."""
        self.alternation = "|".join(sorted(map(re.escape, self.months), key=len, reverse=True))
        """A regular-expression alternation of the month words, longest first."""

    def parse(self, text: str, today: date) -> date | None:
        """'2027-02-01', '1-2-2027', '1/2/2027', '1 February 2027', 'Feb 1 2027', '1 feb' -> date;
        a day and month without a year is the occurrence nearest to today."""
        cleaned = " ".join(text.casefold().replace(",", " ").split())
        if m := _ISO.match(cleaned):
            return safe_date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC.match(cleaned):
            return safe_date(int(m[3]), int(m[2]), int(m[1]))
        for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
            if (m := pattern.match(cleaned)) and m[month_group] in self.months:
                month, day = self.months[m[month_group]], int(m[day_group])
                return safe_date(int(m[3]), month, day) if m[3] else _nearest(month, day, today)
        return None

    def month_year(self, text: str) -> date | None:
        """'September 2025' as the first of that month: how students remember when they started."""
        match = _MONTH_YEAR.match(text.casefold())
        if match is None or match[1] not in self.months:
            return None
        return safe_date(int(match[2]), self.months[match[1]], 1)  # year 0000 is no date: a re-ask


def _nearest(month: int, day: int, today: date) -> date | None:
    """A day and month without a year: the occurrence closest to today."""
    options = [d for y in (today.year - 1, today.year, today.year + 1) if (d := safe_date(y, month, day))]
    return min(options, key=lambda d: abs((d - today).days)) if options else None


def last_first_of(month: int, today: date) -> date:
    """The most recent first day of that month, today included ("in March", asked in November)."""
    year = today.year if date(today.year, month, 1) <= today else today.year - 1
    return date(year, month, 1)


def coming(day: date, today: date) -> date:
    """A day read without its year as the latest one so far, moved to the coming one."""
    if day >= today:
        return day
    return safe_date(day.year + 1, day.month, day.day) or day
