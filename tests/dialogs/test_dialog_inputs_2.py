"""Answers typed on a phone, second round (audit 7, items 5, 14 and 22): what the dialog asks and
what its verdict says are about the same period, and words a student types pick the option meant."""

from __future__ import annotations

from datetime import date

import pytest

from bot.app import Assembly
from tests.transcript import Transcript

MAY = date(2027, 5, 15)


@pytest.fixture
def may(assembly: Assembly) -> Transcript:
    return Transcript(assembly.conversation, MAY)


def test_a_february_starter_s_ec_asked_for_this_year_are_judged_for_this_year(may: Transcript) -> None:
    """/progress → February → 2026 → 10 (asked since 1 September 2026) → none: this year's 30 EC
    with the page's hedge, and the first period's check left open, never "5 EC short"."""
    may.send("/progress")
    may.walk("Master, started in February", "2026")
    assert "How many EC have you obtained since 1 September 2026" in may.text
    may.walk("10", "none")
    first = may.first
    assert "From 1 September 2026 you have 10 of these 30 EC: 20 EC to go by 31 August 2027" in first
    assert "It does not say outright that this applies after a February start" in first
    open_check = (
        "Whether you met the check of 31 August 2026 (15 EC from 1 February 2026), these numbers can't tell"
    )
    assert open_check in first
    assert "EC short" not in may.text
    assert "all you have obtained since 1 February 2026" not in may.text


def test_a_february_starter_with_this_year_s_30_ec_and_pending_ones(may: Transcript) -> None:
    may.progress("Master, started in February", "2026", ec="32")
    assert "From 1 September 2026 you have 32 EC: at least the 30 EC of the general rule" in may.first
    may.progress("Master, started in February", "2026", ec="20", pending="6")
    assert "10 EC to go by 31 August 2027" in may.first
    assert "With the 6 EC still waiting for uSis you would have 26." in may.first
