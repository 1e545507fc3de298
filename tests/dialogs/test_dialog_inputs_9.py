"""Answers typed in the dialogs, audit 9 (items 14, 29, 30, 31, 33, 35 and 36): what a student types
is read as meant, and no answer leaves the student at a step with no way on but Cancel."""

from __future__ import annotations

from datetime import date

import pytest

from bot.app import Assembly
from tests.transcript import Transcript

MARCH = date(2027, 3, 10)


@pytest.fixture
def march(assembly: Assembly) -> Transcript:
    return Transcript(assembly.conversation, MARCH)


def _petition_to_start(chat: Transcript, ec: str = "7.5") -> None:
    """/petition for an external course up to its start date, every other detail typed."""
    chat.send("/petition")
    chat.walk("elective at another university", "no", "[Done]", "[Done]", "[Yes, help me write it]", ec)
    chat.walk(
        "Master 1st year",
        "UvA, Informatics Institute",
        "Intro to deep learning, lectures and labs https://studiegids.uva.nl/xyz",
        "I want to learn about machine learning",
    )
    assert "On what date does the course start?" in chat.text


@pytest.mark.parametrize("typed", ["1 March 2027", "last week", "[It has already started]"])
def test_a_petition_for_a_course_already_started_ends_with_the_coordinator_not_a_loop(
    march: Transcript, typed: str
) -> None:
    """Audit 9, item 14: a start before today (typed, "last week", or the button) is the late case:
    said once, with the coordinator's contact, and ‹ Back still holds every detail typed."""
    _petition_to_start(march)
    march.walk(typed)
    assert "Permission must be requested before a course starts" in march.first
    assert "On what date does the course start?" not in march.first
    assert "How to reach the coordinator" in march.buttons
    assert "I couldn't read that date" not in march.text
    march.press("Back")
    assert "On what date does the course start?" in march.text
    assert march.answers["detail_motivation"] == "I want to learn about machine learning"
    march.send("1 September 2027")
    assert "I want to learn about machine learning" in march.paste


@pytest.mark.parametrize(("typed", "ec"), [("seven and a half", "7.5 EC"), ("seven", "7 EC")])
def test_the_petition_reads_ec_in_words(march: Transcript, typed: str, ec: str) -> None:
    """Audit 9, item 29: EC typed in words are read in /petition as in /course."""
    _petition_to_start(march, ec=typed)
    march.send("1 September 2027")
    assert ec in march.paste


@pytest.mark.parametrize("typed", ["level 500", "500", "Master 2nd year", "first year master"])
def test_a_level_above_400_picks_400_or_higher(march: Transcript, typed: str) -> None:
    march.send("/course")
    march.walk("X", "another university", typed)
    assert "How many EC is it?" in march.text


@pytest.mark.parametrize("typed", ["bachelor 3rd year", "second year bachelor"])
def test_a_bachelor_year_elsewhere_goes_on_to_the_petition(march: Transcript, typed: str) -> None:
    """Audit 9, item 30: the page gives no translation of another university's years to Leiden's
    levels: the student is told so, and the petition (which states the level as that university
    gives it, for the board to assess) is one tap away, not "choose one of the options"."""
    march.send("/course")
    march.walk("X", "another university", typed)
    assert "Please choose one of the options below" not in march.text
    assert "doesn't translate another university's years" in march.first
    march.press("File a petition for it")
    march.walk("[Done]", "[Done]", "[Yes, help me write it]", "6")
    assert "What is the course's level? For example: Master 2nd year" in march.text
    march.send(typed)
    assert "Which institute and department teach it?" in march.text


@pytest.mark.parametrize("typed", ["I dont know", "[I don't know]"])
def test_a_level_not_known_says_where_to_find_it(march: Transcript, typed: str) -> None:
    march.send("/course")
    march.walk("Data Viz", "leiden", typed)
    assert "study guide" in march.first
    assert "Please choose one of the options below" not in march.text
    march.press("Back")
    assert "At what level?" in march.text


SEPTEMBER = date(2027, 9, 10)


@pytest.fixture
def september(assembly: Assembly) -> Transcript:
    return Transcript(assembly.conversation, SEPTEMBER)


def _circumstances_guide(chat: Transcript) -> None:
    chat.send("/circumstances")
    chat.walk("personal", "my mother was in hospital", "no")
    assert "What to do:" in chat.text


def test_a_decision_date_typed_under_the_guide_is_read(september: Transcript) -> None:
    """Audit 9, item 31: the date typed at the guide answers the next question, not thrown away."""
    _circumstances_guide(september)
    september.send("1 September 2027")
    assert "Appeal:" in september.first
    assert "Please choose one of the options below" not in september.text


def test_a_future_decision_date_typed_under_the_guide_is_asked_about(september: Transcript) -> None:
    _circumstances_guide(september)
    september.send("15 september 2027")
    assert "That date is still ahead" in september.first
    assert "If you have received a decision" in september.first
    assert "Please choose one of the options below" not in september.text


def test_words_under_the_guide_that_are_no_date_still_wait_for_a_button(september: Transcript) -> None:
    _circumstances_guide(september)
    september.send("ok cool")
    assert "If you have received a decision" not in september.first


def test_a_negative_amount_is_refused(march: Transcript) -> None:
    """Audit 9, item 33: "-5" is no 5."""
    march.progress("Master, started in September", "2026")
    march.send("-5")
    assert "I need a number of EC" in march.first
    assert "How many EC have you obtained" in march.first


def test_more_than_a_year_s_study_load_is_questioned(march: Transcript) -> None:
    march.progress("Master, started in September", "2026", ec="5", pending="300")
    assert "305 EC since 1 September 2026 is more than the nominal study load" in march.first


def test_the_year_step_asks_for_a_year(assembly: Assembly) -> None:
    """Audit 9, item 35: the year step's error asks for a year; "I don't know" has a way on."""
    chat = Transcript(assembly.conversation, date(2027, 7, 5))
    chat.send("/progress")
    chat.walk("september", "twenty two")
    assert "Please type the year you started" in chat.first
    assert "2 February 2027" not in chat.first
    chat.send("I dont know")
    assert "uSis" in chat.first
    assert "Please type the year you started" not in chat.first


def test_a_premaster_start_typed_as_a_year_is_asked_its_month(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, date(2027, 6, 10))
    chat.send("/progress")
    chat.walk("premaster", "2026")
    assert "I couldn't read that date" not in chat.first
    assert "September 2026" in chat.first
    chat.send("september 2026")
    assert "How many EC does your whole premaster programme have?" in chat.text


@pytest.mark.parametrize("typed", ["I dont have a permit, I am EU", "i do not have a residence permit"])
def test_no_permit_in_a_student_s_words(march: Transcript, typed: str) -> None:
    """Audit 9, item 36."""
    march.send("/progress")
    march.send(typed)
    assert "it does not cover your case" in march.first


def test_a_question_with_more_ec_than_the_time_allows_is_questioned(march: Transcript) -> None:
    """Audit 9, item 33: "started in September 2026 and have 95 EC" got a bare ✅."""
    march.send("I started in September 2026 and have 95 EC")
    assert "more than the nominal study load of that time (60 EC)" in march.first
    march.send("I started in September 2026 and have 40 EC")
    assert "nominal study load" not in march.first


@pytest.mark.parametrize(
    ("today", "line"),
    [
        (MARCH, "📅 This academic year: before 1 July 2027, 113 days from today."),
        (date(2027, 7, 10), "⚠️ This year's date, 1 July 2027, has passed"),
    ],
)
def test_a_circumstance_the_page_does_not_list_gets_this_years_date(
    assembly: Assembly, today: date, line: str
) -> None:
    """Audit 9: "before 1 July" alone, with no year, and not saying when it had passed."""
    chat = Transcript(assembly.conversation, today)
    chat.send("/circumstances")
    chat.walk("[Personal]", "[Something else]")
    assert "It doesn't say whether others count" in chat.text
    assert line in chat.text


def test_a_corrected_start_typed_under_the_late_answer_is_taken(march: Transcript) -> None:
    """Audit 10, item 25: typing the right date under "This course started on 1 March 2027" left the
    dialog (uSis steps 11-12, no text written); it answers the start step again."""
    _petition_to_start(march)
    march.send("1 march 2027")
    assert "This course started on 1 March 2027" in march.text
    march.send("15 april 2027")
    assert "This course started" not in march.text
    assert "Step 11" not in march.text
    assert "15 April 2027" in march.text or "15 april 2027" in march.text
