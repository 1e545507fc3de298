"""Dates as the pages write them (31 August 2027): the presenter's words for a date."""

from __future__ import annotations

from datetime import date

MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def spoken_date(d: date) -> str:
    """31 August 2027: the way the pages write dates."""
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def month_name(month: int) -> str:
    return MONTH_NAMES[month - 1]
