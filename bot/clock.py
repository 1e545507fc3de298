"""The clock, read at the edge only: "today" is today in Leiden, whatever the server's zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

TIMEZONE = ZoneInfo("Europe/Amsterdam")
"""Deadlines are Dutch dates; the server may run in UTC."""


def amsterdam_today() -> date:
    """Today's date in Europe/Amsterdam (the front ends pass it inward as `today`)."""
    return datetime.now(TIMEZONE).date()
