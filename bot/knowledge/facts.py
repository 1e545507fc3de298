"""The numbers and dates a question carries ("7.5 ects", "22 EC since September", "dated 25 August").

Pure reading of text into typed facts; what the facts mean is for the rule core to say.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from pydantic import BaseModel, ConfigDict

from bot.knowledge.normalise import Normaliser, fold
from bot.rules.parsing import MONTHS, safe_date

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH})\b(?: (\d{{4}}))?")
_MONTH_DAY = re.compile(rf"\b({_MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?\b(?: (\d{{4}}))?")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
_LEVEL = re.compile(r"\blevel (\d{3})\b|\b(\d{3}) level\b|\b(\d{3})-level\b")


class QuestionFacts(BaseModel):
    """What a question states, each None when it does not say."""

    model_config = ConfigDict(frozen=True)

    ec: tuple[Decimal, ...] = ()
    """Amounts written next to EC (or a synonym), in order, pending ones excepted."""
    pending: tuple[Decimal, ...] = ()
    """Amounts the student says are pending (waiting to be entered in uSis)."""
    level: int | None = None
    dates: tuple[date, ...] = ()
    months: tuple[int, ...] = ()
    """Months named without a day ("started in September")."""
    words: frozenset[str] = frozenset()


def folded_dates(text: str) -> str:
    """Like `fold`, but keeping the - and / that dates are written with."""
    return (
        fold(text.replace("-", " DASH ").replace("/", " SLASH "))
        .replace(" dash ", "-")
        .replace(" slash ", "/")
    )


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _dates(folded: str, today: date) -> list[date]:
    """Dates written in the usual ways; a date without a year is the latest one not after today."""
    found: list[tuple[int, date]] = []
    for m in _ISO.finditer(folded):
        d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        if d:
            found.append((m.start(), d))
    for m in _NUMERIC.finditer(folded):
        d = safe_date(int(m[3]), int(m[2]), int(m[1]))
        if d:
            found.append((m.start(), d))
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for m in pattern.finditer(folded):
            month = MONTHS[m[month_group]]
            day = int(m[day_group])
            if m[3]:
                d = safe_date(int(m[3]), month, day)
            else:
                d = safe_date(today.year, month, day)
                if d is not None and d > today:
                    d = safe_date(today.year - 1, month, day)
            if d:
                found.append((m.start(), d))
    return [d for _, d in sorted(found)]


_DECIMAL_COMMA = re.compile(r"(\d),(\d)")
_DATE_PUNCTUATION = re.compile(r"[^0-9a-z/-]+")
PENDING_WORDS = frozenset({"pending", "waiting", "expect", "expecting", "outstanding"})


def read_facts(question: str, normaliser: Normaliser, today: date) -> QuestionFacts:
    """The facts a question states, read leniently (typos and Dutch words via the normaliser)."""
    question = _DECIMAL_COMMA.sub(r"\1.\2", question)
    folded = fold(question)
    words = normaliser.words(question)
    amounts: list[Decimal] = []
    pending: list[Decimal] = []
    for i, word in enumerate(words):
        if not _NUMBER.match(word):
            continue
        before = words[i - 1] if i > 0 else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if after == "ec" or (before == "ec" and after != "level"):
            value = _decimal(word)
            if value is None:
                continue
            around = set(words[max(0, i - 2) : i + 4])
            (pending if around & PENDING_WORDS else amounts).append(value)
    level_match = _LEVEL.search(folded)
    level = next((int(g) for g in level_match.groups() if g), None) if level_match else None
    dates = _dates(" ".join(_DATE_PUNCTUATION.sub(" ", folded_dates(question)).split()), today)
    dated_months = {d.month for d in dates}
    months = tuple(
        MONTHS[w] for w in folded.split() if w in MONTHS and w != "may" and MONTHS[w] not in dated_months
    )
    return QuestionFacts(
        ec=tuple(amounts),
        pending=tuple(pending),
        level=level,
        dates=tuple(dates),
        months=months,
        words=frozenset(words),
    )
