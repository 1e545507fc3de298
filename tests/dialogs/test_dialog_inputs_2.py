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


AUTUMN = date(2026, 11, 26)


@pytest.fixture
def autumn(assembly: Assembly) -> Transcript:
    return Transcript(assembly.conversation, AUTUMN)


@pytest.mark.parametrize(
    ("typed", "provider"),
    [
        ("uva", "other_university"),
        ("vu", "other_university"),
        ("tu delft", "other_university"),
        ("delft", "other_university"),
        ("erasmus", "other_university"),
        ("utrecht", "other_university"),
        ("University of Amsterdam", "other_university"),
        ("leiden", "leiden"),
    ],
)
def test_who_teaches_it_answered_with_a_university_s_name(
    autumn: Transcript, typed: str, provider: str
) -> None:
    autumn.send("/course")
    autumn.walk("Sound design", typed)
    assert autumn.answers["provider"] == provider
    assert "At what level?" in autumn.text


@pytest.mark.parametrize("typed", ["dunno", "not sure", "[I don't know]"])
def test_honours_unknown_gives_no_tick_and_says_an_honours_course_cannot_count(
    autumn: Transcript, typed: str
) -> None:
    autumn.send("/course")
    autumn.walk("Sound design", "uva", "[400 or higher]", "5", typed)
    assert autumn.answers["honours"] == "unknown"
    autumn.walk("1 February 2027")
    assert "✅" not in autumn.text
    assert autumn.first.startswith("Sound design:\n\n⚠️ Can count for 5 EC, not yet for certain.")
    assert "An honours course cannot be an elective: check the study guide." in autumn.first


@pytest.mark.parametrize("typed", ["last month", "last week", "[It has already started]"])
def test_a_start_some_time_ago_is_the_late_case_on_no_invented_day(autumn: Transcript, typed: str) -> None:
    autumn.send("/course")
    autumn.walk("Sound design", "uva", "[400 or higher]", "5", "[No]")
    assert "It has already started" in autumn.buttons
    autumn.walk(typed, "[No grade yet]")
    first = autumn.first
    assert (
        "⚠️ You say the course has already started. Permission must be requested before a course starts"
        in first
    )
    assert "started on" not in autumn.text
    assert "How to reach the coordinator" in autumn.buttons
    assert "File a petition for it" not in autumn.buttons


@pytest.mark.parametrize(
    ("typed", "stored", "day"),
    [("yesterday", "2026-11-25", "25 November 2026"), ("today", "2026-11-26", "26 November 2026")],
)
def test_yesterday_and_today_are_read_from_today(
    autumn: Transcript, typed: str, stored: str, day: str
) -> None:
    autumn.send("/course")
    autumn.walk("Sound design", "uva", "[400 or higher]", "5", "[No]", typed)
    assert autumn.answers["start"] == stored
    autumn.walk("[No grade yet]")
    assert f"⚠️ This course started on {day}." in autumn.first


@pytest.mark.parametrize("typed", ["not sure", "dunno", "[I don't know]"])
def test_cited_before_unknown_says_what_follows_if_it_was(june: Transcript, typed: str) -> None:
    """The page allows the same personal circumstance once: not knowing is neither yes nor no."""
    june.send("/circumstances")
    june.walk("[Personal]", "[Illness]", typed)
    assert june.answers["used_before"] == "unknown"
    first = june.first
    assert "A personal circumstance can stop a report to the IND only once" in first
    after = "if you cited this one before, the university must notify the IND even after a positive decision"
    assert after in first
    assert "unless this same personal circumstance was cited before" in june.detail
    assert "Positive decision: your insufficient progress is not reported to the IND." not in june.text


@pytest.mark.parametrize("typed", ["I don't know", "dunno", "[I don't know]"])
def test_ec_obtained_unknown_points_to_usis_and_back_takes_the_number(
    spring_may: Transcript, typed: str
) -> None:
    spring_may.send("/progress")
    spring_may.walk("[Master, started in September]", "2026", typed)
    assert "I need a number of EC" not in spring_may.text
    assert spring_may.first.startswith("uSis shows them: the check is made on the data in uSis.")
    assert (
        "the EC you have obtained since 1 September 2026, then tap ‹ Back and type the number"
        in spring_may.first
    )
    spring_may.walk("[‹ Back]", "12", "[None pending]")
    assert "You have 12 EC. By 31 August 2027" in spring_may.text


@pytest.fixture
def spring_may(assembly: Assembly) -> Transcript:
    return Transcript(assembly.conversation, MAY)
