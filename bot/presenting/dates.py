"""Dates as the pages write them (31 August 2027), in the messages' words for months."""

from __future__ import annotations

from datetime import date

from bot.content.messages import DateWords


def spoken_date(d: date, words: DateWords) -> str:
    """31 August 2027: the way the pages write dates."""
    return words.spoken.format(day=d.day, month=month_name(d.month, words), year=d.year)


def month_name(month: int, words: DateWords) -> str:
    return words.months[month - 1]
