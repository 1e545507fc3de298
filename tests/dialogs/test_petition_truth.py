"""Audit 3 (items 7, 10, 11, 13, 16): what /petition, /course and /electives tell a student is
true for that student. Each test walks the chat and reads what the student reads."""

from __future__ import annotations

from datetime import date

import pytest

from bot.app import Assembly
from tests.transcript import Transcript

TODAY = date(2026, 11, 25)

DETAILS = {
    "How many EC": "6",
    "level?": "Master 1st year",
    "Which institute": "ArtScience Interfaculty, KABK",
    "Describe the course": "A lab on sound installations. https://www.kabk.nl/en/programmes/artscience",
    "Why do you want": "It connects to my interest in interactive sound installations.",
    "what date": "2 February 2027",
}


def _compose(chat: Transcript) -> str:
    """From uSis step 1 to the composed text, typing each detail asked."""
    for _ in range(2):
        chat.press("✓ Done")
    chat.press("Yes, help me write it")
    return _type_details(chat)


def _type_details(chat: Transcript) -> str:
    while "Copy it into the ‘explanation student’ field" not in chat.text:
        (typed,) = [answer for question, answer in DETAILS.items() if question in chat.text]
        chat.send(typed)
    return chat.paste


# -- item 7: /petition on its own asks about the ArtScience level upgrade -------------------------
def test_an_external_petition_asks_about_the_artscience_upgrade_and_writes_it(chat: Transcript) -> None:
    """'The elective application (see above) must include the requested level upgrade.' Before,
    /petition never asked, so the text went without it."""
    chat.walk("/petition", "[An elective at another university]")
    assert chat.first.startswith("Is it an ArtScience Research group or Lab for which you request")
    assert "must include the requested level upgrade" in chat.text
    assert chat.buttons[:3] == ["No", "Yes, a Research group", "Yes, a Lab"]
    chat.press("Yes, a Lab")
    assert chat.text.startswith("uSis step 1 of 14")
    paste = _compose(chat)
    assert paste.splitlines()[-1] == "Requested level upgrade: this course (ArtScience Lab) to level 400."


def test_the_write_it_yourself_checklist_lists_the_requested_upgrade(chat: Transcript) -> None:
    chat.walk("/petition", "[An elective at another university]", "[Yes, a Research group]")
    chat.walk("[✓ Done]", "[✓ Done]", "[No, I'll write it myself]")
    assert "• Date when the course is starting" in chat.text
    assert "• Requested level upgrade: this course (ArtScience Research group) to level 400." in chat.text


def test_no_upgrade_and_other_kinds_write_none(chat: Transcript) -> None:
    chat.walk("/petition", "[An elective at another university]", "[No]")
    assert "upgrade" not in _compose(chat)
    chat.walk("/petition", "[A Leiden University elective]")
    assert chat.text.startswith("uSis step 1 of 14")  # not asked of a Leiden elective
    chat.walk("[✓ Done]", "[✓ Done]", "[No, I'll write it myself]")
    assert "upgrade" not in chat.text


# -- item 10: a course that has started is not offered a petition the dialog refuses -------------
def test_a_started_and_graded_course_offers_the_coordinator_not_a_petition(chat: Transcript) -> None:
    chat.course("ExtC", "Another university", "400 or higher", "6", start="1 September 2026", grade="8")
    assert "Contact the Media Technology coordinator now" in chat.first
    assert "File a petition for it" not in chat.buttons
    assert "➕ Add to my electives" in chat.buttons
    chat.press("How to reach the coordinator")
    assert "Ask your study adviser or the Media Technology coordinator" in chat.text
    assert "don't give names, e-mail addresses" in chat.text


def test_a_course_not_started_yet_still_offers_the_petition(chat: Transcript) -> None:
    chat.course("ExtC", "Another university", "400 or higher", "6", start="2 February 2027")
    assert "File a petition for it" in chat.buttons
    assert "How to reach the coordinator" not in chat.buttons


def test_an_unknown_start_date_asks_no_grade(chat: Transcript) -> None:
    chat.walk("/course", "ExtC", "[Another university]", "[400 or higher]", "6", "[No]")
    chat.press("I don't know yet")
    assert "final grade" not in chat.text
    assert chat.first.startswith("ExtC:")
    assert "File a petition for it" in chat.buttons


# -- item 11: assisting with the board's approval confirmed ---------------------------------------
def _assisting(chat: Transcript, approval: str) -> None:
    chat.walk("/electives", "[Add a project]", "Help Anna", "[Assisting]", "[Yes]", "[Yes]")
    chat.walk(f"[{approval}]", "[Yes]", "3")


def test_confirmed_approval_is_not_asked_for_again(chat: Transcript) -> None:
    _assisting(chat, "Yes")
    assert "send a proposal" not in chat.first
    assert "First: Both of you must still write a report about your cooperation." in chat.first
    assert "You say the Media Technology board has given you both its prior approval" in chat.detail
    assert "Can count for 2 EC of the 3 EC" in chat.first


def test_approval_not_yet_given_is_still_the_first_thing_to_get(chat: Transcript) -> None:
    _assisting(chat, "Not yet")
    assert "Both of you need the Media Technology board's approval before you start." in chat.first


# -- item 13: another university's course is asked its level there --------------------------------
@pytest.mark.parametrize("level", ["400 or higher", "300"])
def test_a_course_elsewhere_is_asked_its_level_there(chat: Transcript, level: str) -> None:
    chat.course("Computer Vision", "Another university", level, "6")
    chat.press("File a petition for it")
    chat.walk("[✓ Done]", "[✓ Done]", "[Yes, help me write it]")
    assert "What is the course's level? For example: Master 2nd year, or Bachelor 3rd year." in chat.text
    paste = _type_details(chat)
    assert "Level: Master 1st year" in paste
    assert "(level" not in paste


def test_a_leiden_course_keeps_its_leiden_level(chat: Transcript) -> None:
    chat.course("Vision", "Leiden University", "400 or higher", "6")
    chat.press("File a petition for it")
    assert "Level: Master (level 400 or higher)" in _compose(chat)


# -- item 16: small slips ----------------------------------------------------------------------
def test_the_explanation_questions_are_counted_as_questions_not_details(chat: Transcript) -> None:
    """The page's seven details, asked in six questions (description and link in one)."""
    chat.walk("/petition", "[A Leiden University elective]", "[✓ Done]", "[✓ Done]")
    assert "seven details" in chat.text and "the ones I don't know yet" in chat.text
    chat.press("Yes, help me write it")
    assert chat.first.startswith("Explanation: question 1 of 6")
    assert "detail 1 of" not in chat.text


def test_a_month_without_a_day_is_asked_its_day(chat: Transcript) -> None:
    chat.walk("/petition", "[A Leiden University elective]")
    _to_start_question(chat)
    chat.send("Feb 2027")
    assert "missing" not in chat.text
    assert chat.first.startswith("On which day of February 2027 does it start?")
    chat.walk("/course", "ExtC", "[Leiden University]", "[400 or higher]", "6", "[No]", "Feb 2027")
    assert chat.first.startswith("On which day of February 2027 does it start?")


def _to_start_question(chat: Transcript) -> None:
    chat.walk("[✓ Done]", "[✓ Done]", "[Yes, help me write it]")
    while "On what date does the course start?" not in chat.text:
        (typed,) = [answer for question, answer in DETAILS.items() if question in chat.text]
        chat.send(typed)


def test_the_example_start_date_is_still_ahead(assembly: Assembly) -> None:
    """On 10 February 2027, "2 February 2027" was the example of a start date: already past."""
    chat = Transcript(assembly.conversation, date(2027, 2, 10))
    chat.walk("/course", "ExtC", "[Leiden University]", "[400 or higher]", "6", "[No]")
    assert "For example: 1 September 2027" in chat.text
    chat.walk("/petition", "[A Leiden University elective]")
    _to_start_question(chat)
    assert "For example: 1 September 2027" in chat.text
    chat.send("soon")  # unreadable: the example given with the re-ask is ahead too
    assert chat.first.startswith(
        "I couldn't read that date. Please type the day the course starts, like 1 September 2027."
    )
    early = Transcript(assembly.conversation, TODAY)
    early.walk("/course", "ExtC", "[Leiden University]", "[400 or higher]", "6", "[No]")
    assert "For example: 1 February 2027" in early.text


def test_a_whole_year_of_ec_or_a_bare_number_as_level_is_questioned(chat: Transcript) -> None:
    chat.walk("/petition", "[A Leiden University elective]", "[✓ Done]", "[✓ Done]")
    chat.walk("[Yes, help me write it]", "100")
    assert chat.first.startswith("ECTS: 100 EC is more than a whole year of study (60 EC).")
    assert "Explanation: question 1 of 6" in chat.text
    chat.walk("6", "5")
    assert chat.first.startswith("Level: “5” is not a level.")
    assert "Explanation: question 2 of 6" in chat.text
    chat.send("400")  # a Leiden level as a number is a level
    assert chat.first.startswith("Explanation: question 3 of 6")


def test_back_at_the_first_usis_step_returns_to_the_course_verdict(chat: Transcript) -> None:
    chat.course("Computer Vision", "Another university", "400 or higher", "6")
    verdict = chat.first
    chat.press("File a petition for it")
    assert chat.text.startswith("uSis step 1 of 14")
    chat.press("‹ Back")
    assert chat.first == verdict
    assert "File a petition for it" in chat.buttons
    chat.press("File a petition for it")  # the course is still there to carry
    chat.press("✓ Done")
    assert "description field: Computer Vision." in chat.text


@pytest.mark.parametrize("kind", ["Replace a compulsory course", "An extracurricular course"])
def test_the_petition_does_not_open_as_if_every_kind_were_an_elective(chat: Transcript, kind: str) -> None:
    chat.send("/petition")
    assert not chat.first.startswith("Permission for an elective")
    assert chat.first.startswith("What is your petition in uSis for?")
    assert "For an elective course, permission must be requested before the course starts." in chat.first
    assert kind in chat.buttons
