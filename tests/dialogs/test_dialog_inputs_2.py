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


JUNE = date(2027, 6, 20)


@pytest.fixture
def june(assembly: Assembly) -> Transcript:
    return Transcript(assembly.conversation, JUNE)


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("my mother was in hospital", "family"),
        ("my grandfather passed away", "family"),
        ("a family emergency", "family"),
        ("I was in hospital for two weeks", "illness"),
        ("I had a burnout", "illness"),
        ("I was pregnant", "pregnancy_childbirth"),
        ("I have ADHD", "disability"),
        ("I did a board year", "board_membership"),
    ],
)
def test_a_circumstance_told_in_words_picks_its_option(june: Transcript, typed: str, kind: str) -> None:
    june.send("/circumstances")
    june.walk("personl", typed)
    assert june.answers["personal_kind"] == kind
    assert "Have you cited this same circumstance before" in june.text


def test_a_mother_in_hospital_gets_the_family_steps_not_something_else(june: Transcript) -> None:
    """Audit 7, item 14: "mother" was read as a typo of "other" and filed as "something else"."""
    june.send("/circumstances")
    june.walk("personl", "my mother was in hospital", "no")
    first = june.first
    assert "before 1 July 2027" in first
    assert "statement of hindrance" in first
    assert "make an appointment with a student counsellor" in june.text
    assert "It doesn't say whether others count" not in june.text


def test_a_circumstance_that_cannot_be_placed_is_asked_back_with_the_options(june: Transcript) -> None:
    june.send("/circumstances")
    june.walk("personal", "my neighbour was very loud all year")
    assert june.state.dialog is not None
    assert "personal_kind" not in june.answers
    assert june.text.startswith("I couldn't tell which of these it is.")
    assert "Something else" in june.buttons
    assert "Exceptional family circumstances" in june.buttons
    june.walk("[Exceptional family circumstances]")
    assert june.answers["personal_kind"] == "family"


def test_a_longer_word_is_no_typo_of_a_shorter_one_at_a_choice(june: Transcript) -> None:
    """The typo rule for choices: letters before a word make another word ("mother", not "other")."""
    june.send("/circumstances")
    june.walk("personal", "mother")
    assert june.answers["personal_kind"] == "family"
    june.send("/circumstances")
    june.walk("personal", "somthing else")
    assert "It doesn't say whether others count" in june.text
