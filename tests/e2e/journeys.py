"""Whole conversations a student has with the bot, checked as the student would read them."""

from __future__ import annotations

from datetime import date

from bot.clock import amsterdam_today
from tests.e2e.harness import Student

SEPTEMBER = 9


def petition_journey(s: Student) -> None:
    text = s.say("/petition")
    assert "What is your petition in uSis for?" in text
    text = s.press("An elective at another university")
    assert "Is it an ArtScience Research group or Lab" in text
    text = s.press("No")
    assert text.startswith("uSis step 1 of 14") and "https://usis.leidenuniv.nl" in text
    text = s.press("Done")
    assert "click ‘Mediatechnology Choice’ courses" in text
    assert "choose ‘external education’" in text
    text = s.press("Done")
    assert text.startswith("uSis step 10 of 14")
    text = s.press("No, I'll write it myself")
    assert "Date when the course is starting" in text
    text = s.press("Next")
    assert text.startswith("uSis step 11 of 14")
    text = s.press("Done")
    assert text.startswith("uSis step 14 of 14") and "signed or stamped transcript" in text


def course_journey(s: Student) -> None:
    assert "What is the course called?" in s.say("/course")
    assert "Who teaches it?" in s.say("Creative <Coding> & Co")
    s.press("Leiden University")
    s.press("300")
    assert "Is it an honours course?" in s.say("4")
    s.press("No")
    text = s.press("I don't know yet")
    assert text.startswith("Creative <Coding> & Co:")
    assert "Can count for 4 EC" in text
    text = s.press("Add to my electives", replies=2)
    assert "Added “Creative <Coding> & Co” (4 EC)" in text
    assert "Courses below level 400: 4 of 5 EC" in text


def progress_journey(s: Student) -> None:
    """The bot runs on the real clock: the period and the days left are those of the day it runs."""
    today = amsterdam_today()
    check_year = today.year + (1 if today.month >= SEPTEMBER else 0)
    s.say("/progress")
    s.press("Master, started in September")
    assert "How many EC have you obtained since" in s.say(f"September {check_year - 2}")
    assert "How many more EC" in s.say("12")
    text = s.press("None pending")
    days = (date(check_year, 8, 31) - amsterdam_today()).days
    assert f"By 31 August {check_year} ({days} days from today) you need 30 EC in all: 18 EC more." in text
    assert "Exceptional circumstances" in s.buttons


def questions_journey(s: Student) -> None:
    assert "cannot be used as electives" in s.say("can i use an honours course as an elective?")
    assert "7.5 EC is rounded down to 7 EC" in s.say("the course is 7.5 ects")
    assert (
        "The time to appeal (6 weeks after the decision of 25 August 2026) ended on 6 October 2026:"
        " that day has passed." in s.say("the decision was dated 25 August 2026, appeal?")
    )
    assert "I can't answer that" in s.say("what's the best pizza place near the station")
