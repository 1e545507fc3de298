"""Answers typed as a student types them on a phone (audit 6): words for numbers and years, a
programme and month in one reply, and "I don't know" where a number is asked."""

from __future__ import annotations

from datetime import date

import pytest

from bot.app import COMMANDS, Assembly
from tests.transcript import Transcript

SPRING = date(2027, 3, 1)


@pytest.fixture
def spring(assembly: Assembly) -> Transcript:
    return Transcript(assembly.conversation, SPRING)


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("master september", "september"),
        ("Master, February", "february"),
        ("premaster september", "premaster"),
        ("short premaster september", "short_premaster"),
    ],
)
def test_a_programme_and_month_in_one_reply_picks_its_button(
    spring: Transcript, typed: str, kind: str
) -> None:
    spring.send("/progress")
    spring.send(typed)
    assert spring.answers["start_kind"] == kind
    assert spring.text.startswith("Question 2 of 4")


@pytest.mark.parametrize(
    ("year", "since"),
    [("twenty twenty six", "1 September 2026"), ("two thousand and twenty-six", "1 September 2026")],
)
def test_a_year_in_words_is_read(spring: Transcript, year: str, since: str) -> None:
    spring.walk("/progress", "[Master, started in September]", year)
    assert f"How many EC have you obtained since {since}" in spring.text


@pytest.mark.parametrize(
    ("typed", "have", "more"),
    [
        ("twelve", "You have 12 EC.", "18 EC more"),
        ("twelve and a half", "You have 12.5 EC.", "17.5 EC more"),
        ("none", "You have 0 EC.", "30 EC more"),
        ("zero", "You have 0 EC.", "30 EC more"),
    ],
)
def test_ec_in_words_are_read(spring: Transcript, typed: str, have: str, more: str) -> None:
    spring.progress("Master, started in September", "2026", ec=typed)
    assert have in spring.text
    assert more in spring.text


@pytest.mark.parametrize("answer", ["[I don't know]", "I dont know", "not sure"])
def test_pending_ec_unknown_is_not_none_the_verdict_says_they_would_add(
    spring: Transcript, answer: str
) -> None:
    spring.progress("Master, started in September", "2026")
    spring.send("12")
    assert "I don't know" in spring.buttons
    spring.walk(answer)
    text = spring.first
    assert "You have 12 EC. By 31 August 2027" in text
    assert "18 EC more" in text
    assert "You don't know yet how many EC are still waiting to be entered in uSis" in text
    assert "Any EC still to come would add to them" in text
    assert "no action is required" not in text


def test_pending_ec_typed_as_none_pending_is_none(spring: Transcript) -> None:
    spring.progress("Master, started in September", "2026")
    spring.send("12")
    spring.send("none pending")
    assert spring.answers["ec_pending"] == "-"
    assert "You have 12 EC. By 31 August 2027" in spring.text
    assert "You don't know yet" not in spring.text


def test_a_february_premaster_gets_no_dates_of_a_check_that_may_not_be_theirs(spring: Transcript) -> None:
    """/progress → Premaster → February 2027 → 60 → 10: the page gives no check date for this start,
    so the 31 August check's dates (mid-May, 1 July, mid-July) are not listed as theirs."""
    spring.progress("Premaster", "February 2027")
    spring.walk("60", "10")
    first = spring.first
    assert "For a start in February the page gives no check date" in first
    assert "ask your study adviser which dates are yours" in first
    assert "You have 10 of the 60 EC of your programme: 50 EC to go." in first
    for date_of_the_check in ("Dates ahead", "mid-May", "1 July", "mid-July", "31 August"):
        assert date_of_the_check not in spring.text
    assert "🔔 Remind me" not in spring.buttons
    assert "within 1 year" in spring.detail


def _external_draft(
    chat: Transcript, ec: str, level: str, *, institute: str, course: str, motivation: str
) -> None:
    """/petition for an elective at another university, the explanation written with the bot."""
    chat.walk("/petition", "[An elective at another university]", "[No]", "[Done]", "[Done]")
    chat.walk("[Yes, help me write it]", ec, level, institute)
    chat.send(course)
    chat.send(motivation)


_UVA = {
    "institute": "University of Amsterdam, Informatics",
    "course": "Computer vision: how machines see, with labs in Python. studiegids.uva.nl/vak/123",
    "motivation": "It connects to my interest in interactive camera installations.",
}


def test_a_petition_for_7_5_ec_says_beside_the_draft_that_7_will_count(chat: Transcript) -> None:
    """/petition for an external course of "7,5" EC: the draft keeps what the course gives, and the
    message that shows it says Leiden rounds half credits down, with the page's sentence."""
    _external_draft(chat, "7,5", "Master 1st year", **_UVA)
    chat.send("2 February 2027")
    assert "ECTS: 7.5 EC" in chat.paste
    note = "⚠️ Note: 7.5 EC will be rounded down to 7 EC, as Leiden does not accept half credits."
    assert note in chat.first
    assert note not in chat.paste
    assert "Leiden University does not accept half credits, and will always round downward." in chat.text


def test_a_petition_for_whole_credits_has_no_rounding_note(chat: Transcript) -> None:
    _external_draft(chat, "6", "Master 1st year", **_UVA)
    chat.send("2 February 2027")
    assert "ECTS: 6 EC" in chat.paste
    assert "rounded down" not in chat.text


def test_a_petition_for_a_bachelor_course_elsewhere_says_it_is_below_master_level(chat: Transcript) -> None:
    """Audit 18, 9: a "Bachelor 3rd year" course of 7.5 EC got only the half-credit note, as if
    7 EC would count; beside the draft the student now reads that it is below master level and
    counts only within the 5 EC cap, first, with the page's sentence."""
    _external_draft(
        chat,
        "7.5",
        "Bachelor 3rd year",
        institute="VU Amsterdam, Computer Science",
        course="Computer vision with deep learning, lectures and labs. https://studiegids.vu.nl/xyz",
        motivation="It fits my thesis on camera-based installations very well.",
    )
    chat.send("1 February 2027")
    assert "Level: Bachelor 3rd year" in chat.paste
    below = "a course counts only within the 5 EC allowed below master level (at most 3 EC at level 100/200)"
    assert below in chat.first
    assert chat.first.index(below) < chat.first.index("7.5 EC will be rounded down")
    assert "Elective courses must be at master level. At Leiden University, this means level 400" in chat.text
    assert below not in chat.paste


@pytest.mark.parametrize("command", ["/deadlines", "/remind", "/reminders"])
def test_deadlines_and_remind_list_the_reminders(chat: Transcript, command: str) -> None:
    chat.send(command)
    assert "I don't know that command" not in chat.text
    assert chat.text.startswith("You have no reminders.")


def test_deadlines_lists_a_reminder_set_from_a_verdict(chat: Transcript) -> None:
    chat.progress("Master, started in September", "2026", ec="10")
    chat.press("🔔 Remind me")
    chat.press("Yes, remind me")
    chat.send("/deadlines")
    assert chat.text.startswith("Your reminders")
    assert any(label.startswith("✖") for label in chat.buttons)


def test_help_names_the_other_names_of_reminders(chat: Transcript) -> None:
    chat.send("/help")
    assert "/reminders (or /deadlines, /remind)" in chat.text


def test_what_deadlines_do_i_have_gets_a_reply_that_fits(chat: Transcript) -> None:
    """The year's dates, with the reminders one command away."""
    chat.send("what deadlines do I have?")
    assert not chat.text.startswith("I can.")
    assert chat.text.startswith("For residence-permit holders, each academic year:")
    assert "/reminders" in chat.text and "▶ Am I on track?" in chat.buttons


def test_the_other_names_are_in_the_command_menu_after_reminders(assembly: Assembly) -> None:
    """Telegram's command list is built from the same menu the terminal chat answers to."""
    menu = dict(assembly.conversation.command_menu())
    names = list(menu)
    assert names.index("deadlines") == names.index("reminders") + 1
    assert names.index("remind") == names.index("reminders") + 2
    assert list(COMMANDS) == names
    assert menu["deadlines"] == "See and cancel your deadline reminders (same as /reminders)"
