"""Transcripts of "Am I on track?" and "Exceptional circumstances"."""

from __future__ import annotations

from datetime import date

from bot.app import Assembly
from bot.console import ConsoleChat
from tests.transcript import Transcript

TODAY = date(2026, 11, 25)


def test_behind_shows_what_is_needed_and_offers_the_circumstances_guide(chat: Transcript) -> None:
    chat.progress("Master, started in September", "September 2025")
    assert "since 1 September 2026" in chat.text
    chat.send("22")
    chat.send("2")
    text = chat.text
    assert (
        "📌 You have 22 EC. By 31 August 2027 (279 days from today) you need 30 EC in all: 8 EC more." in text
    )
    assert "student residence-permit holders" in text
    dates = text.split("Dates ahead:")[1]
    order = ["mid-May 2027", "mid-June 2027", "before 1 July 2027", "mid-July 2027", "31 August 2027"]
    assert [dates.index(d) for d in order] == sorted(dates.index(d) for d in order)
    assert "Exceptional circumstances" in chat.buttons
    chat.press("Exceptional circumstances")
    assert "What kind of circumstances" in chat.text


def test_pending_credits_that_reach_30_need_no_action(chat: Transcript) -> None:
    chat.progress("Master, started in September", "1 September 2026", ec="24", pending="6")
    assert "🕒 With the 6 EC you are waiting for, you would have 30 EC: enough for the 30 EC" in chat.text
    assert "no action is required" in chat.text


def test_a_february_starter_in_the_first_period_needs_15(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, date(2027, 3, 15))
    chat.progress("Master, started in February", "1 February 2027", ec="10", pending=None)
    assert "By 31 August 2027 (169 days from today) you need 15 EC in all: 5 EC more." in chat.text


def test_a_start_in_the_future_is_refused(chat: Transcript) -> None:
    chat.progress("Master, started in September", "September 2027")
    assert "That date is still ahead." in chat.text


def test_illness_steps_deadline_and_appeal_date(chat: Transcript) -> None:
    chat.circumstances("Personal", "Illness", "No, this is the first time")
    text = chat.text
    assert "📅 Take these steps before 1 July 2027." in text
    assert "statement of hindrance" in text
    assert "Student Support Services" in text
    chat.press("Next")
    chat.send("25 October 2026")
    assert (
        "📅 Last day to lodge your appeal: 6 December 2026 (6 weeks after the decision of 25 October 2026)."
        in chat.text
    )
    assert "Immigration Office" in chat.text
    assert "go to ‘Disagreeing with a decision’ and follow the steps under" in chat.text


def test_a_reused_circumstance_warns_that_the_ind_is_still_notified(chat: Transcript) -> None:
    chat.circumstances("Personal", "Exceptional family circumstances", "Yes, I cited it before")
    assert "student counsellor" in chat.text
    assert "still obliged to notify the IND" in chat.text


def test_educational_and_no_decision_yet(chat: Transcript) -> None:
    chat.circumstances("Educational")
    assert "Contact your study adviser" in chat.text
    chat.press("Next")
    chat.press("No decision yet")
    assert "within six weeks of the date of the decision" in chat.text


def test_a_decision_date_in_the_future_is_re_asked(chat: Transcript) -> None:
    chat.circumstances("Educational", "Next")
    chat.send("3 March 2027")
    assert "That date is still ahead." in chat.text


def test_september_28_ec_in_november_is_not_behind_and_has_no_ind_warning(chat: Transcript) -> None:
    """Issue 9: the requirement is checked on 31 August; the page defines no pace in between."""
    chat.progress("Master, started in September", "September 2026", ec="28", pending=None)
    text = chat.text
    assert "You are behind" not in text and "IND" not in text
    assert "The page sets no pace before 31 August 2027" in text


def test_a_reused_illness_never_reads_not_reported_without_its_exception(chat: Transcript) -> None:
    chat.circumstances("Personal", "Illness", "Yes, I cited it before")
    lines = [line for line in chat.text.splitlines() if "not reported to the IND" in line]
    assert lines and all("except" in line for line in lines)


def test_circumstances_after_1_july_says_the_deadline_has_passed(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, date(2027, 7, 15))
    chat.circumstances("Educational")
    assert "Take these steps before 1 July 2027" not in chat.text
    assert "⚠️ The deadline for these steps (before 1 July 2027) has passed." in chat.text
    assert "contact your study adviser" in chat.text


def test_an_appeal_deadline_that_has_passed_says_so(chat: Transcript) -> None:
    chat.circumstances("Educational", "Next")
    chat.send("25 August 2026")
    assert "Last day to lodge" not in chat.text
    assert "ended on 6 October 2026: that day has passed" in chat.text


def test_progress_says_whom_it_is_for_and_answers_others(chat: Transcript) -> None:
    chat.send("/progress")
    assert "These rules are for student residence-permit holders." in chat.text
    chat.press("I have no student residence permit")
    assert "does not cover your case" in chat.text and "study adviser" in chat.text


def test_a_premaster_is_asked_for_ec_only_with_the_programme_s_total(chat: Transcript) -> None:
    chat.send("/progress")
    chat.press("Premaster")
    assert "When did you start your premaster?" in chat.text
    chat.send("September 2026")
    assert "How many EC does your whole premaster programme have?" in chat.text
    chat.press("I don't know")
    assert "You must complete your whole premaster programme by 31 August 2027." in chat.first
    assert "ec_obtained" not in chat.answers


def test_a_september_starter_is_asked_the_year_not_the_month_again(chat: Transcript) -> None:
    chat.send("/progress")
    chat.press("Master, started in September")
    assert chat.text.startswith("Question 2 of 4\n\nIn which year did you start? For example: 2025")
    assert "September" not in chat.text
    chat.send("2027")
    assert "That date is still ahead" in chat.text
    chat.send("2026")
    assert "How many EC have you obtained since 1 September 2026" in chat.text


def test_a_february_starter_gives_the_year_and_the_period_starts_on_1_february(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, date(2026, 5, 1))
    chat.progress("Master, started in February", "2026")
    assert "How many EC have you obtained since 1 February 2026" in chat.text


def _console_says(assembly: Assembly, today: date, *lines: str) -> str:
    """What a student reads after typing these lines (buttons by their numbers) in the terminal chat."""
    console = ConsoleChat(assembly.conversation, lambda: today)
    printed = ""
    for line in lines:
        printed = console.render(console.send(line))
    return printed


def test_an_appeal_due_today_says_today(assembly: Assembly) -> None:
    said = _console_says(
        assembly, date(2026, 11, 25), "/circumstances", "1", "1", "1", "1", "14 October 2026"
    )
    assert (
        "📅 Today, 25 November 2026, is the last day to lodge your appeal (6 weeks after the decision of"
        " 14 October 2026): do it today." in said
    )


def test_a_circumstance_cited_before_says_so_before_the_steps(assembly: Assembly) -> None:
    said = _console_says(assembly, date(2026, 11, 25), "/circumstances", "1", "1", "2")
    warning = said.index("You have cited this circumstance before")
    assert warning < said.index("Next:")


def test_a_small_number_for_the_start_year_asks_for_a_year(assembly: Assembly) -> None:
    said = _console_says(assembly, date(2026, 11, 25), "/progress", "1", "1")
    assert "Please type the year you started, like 2025." in said


def test_forget_names_the_reminders_it_erases(assembly: Assembly) -> None:
    assert "your reminders" in _console_says(assembly, date(2026, 11, 25), "/forget")
