"""/progress and /circumstances told true for the day they are asked: in the weeks after the
31 August check (audit 3, item 1), with credits pending that do not close the gap (item 5), for a
premaster after its end (item 6), and the mid-May warnings as reminders and calendar events (item 12).
"""

from __future__ import annotations

from datetime import date

from icalendar import Calendar

from bot.app import Assembly
from bot.replies import FIRST_MESSAGE_BUDGET
from tests.transcript import Transcript

AFTER_CHECK = date(2027, 9, 3)
"""Three days after the check of 31 August 2027, well within its 6 weeks of appeal time."""


def _within_budget(chat: Transcript) -> None:
    assert all(len(r.text) <= FIRST_MESSAGE_BUDGET for r in chat.replies), [len(r.text) for r in chat.replies]


# -- item 1: the weeks after the check ----------------------------------------------------------------
def test_circumstances_just_after_the_check_names_the_year_checked_before_next_year(
    assembly: Assembly,
) -> None:
    chat = Transcript(assembly.conversation, AFTER_CHECK)
    chat.circumstances("Personal", "Illness", "No, this is the first time")
    first = chat.first
    assert "📅 Take these steps before 1 July 2028." not in first
    assert (
        "⚠️ The year checked on 31 August 2027: reporting closed before 1 July 2027 (passed); on late"
        " reports the page is silent: see your study adviser." in first
    )
    assert "The Board of Examiners' decision was due by e-mail before 1 September 2027 (passed)" in first
    assert "You can appeal within 6 weeks of its date; if you do, notify the Immigration Office." in first
    assert "📅 New year: the steps below, before 1 July 2028." in first
    # The new year's steps are still there, folded away.
    assert "statement of hindrance" in chat.text
    assert first.index("1 July 2027") < first.index("1 July 2028")
    _within_budget(chat)


def test_a_reused_circumstance_just_after_the_check_still_fits_and_warns(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, AFTER_CHECK)
    chat.circumstances("Personal", "Illness", "Yes, I cited it before")
    assert "still obliged to notify the IND" in chat.first
    _within_budget(chat)


def test_no_decision_yet_just_after_the_check_says_it_was_due(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, AFTER_CHECK)
    chat.circumstances("Educational", "Next")
    chat.press("No decision yet")
    assert (
        "⚠️ A decision on circumstances reported for the year checked on 31 August 2027 was due before"
        " 1 September 2027 (passed): if you have none, see your study adviser now." in chat.first
    )
    _within_budget(chat)


def test_circumstances_outside_the_weeks_after_the_check_are_as_before(chat: Transcript) -> None:
    chat.circumstances("Personal", "Illness", "No, this is the first time")
    assert "📅 Take these steps before 1 July 2027." in chat.first
    assert "year checked" not in chat.text
    chat.press("Next")
    chat.press("No decision yet")
    assert "year checked" not in chat.text


def test_progress_just_after_the_check_judges_that_check_then_names_the_new_year(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, AFTER_CHECK)
    chat.progress("Master, started in September", "2026")
    assert "How many EC have you obtained since 1 September 2026" in chat.text
    assert "The check of 31 August 2027 has passed: give the EC you had in uSis on that day" in chat.text
    chat.send("22")
    chat.send("5")
    first = chat.first
    assert (
        "⚠️ By 31 August 2027, the date of the check, you had 22 of the 30 EC required: 8 EC short." in first
    )
    assert (
        "With the 5 EC you are waiting for you would have 27 EC: still 3 EC short of 30 by 31 August 2027."
        in first
    )
    assert (
        "the Board of Examiners e-mails you an official decision and the university must notify the IND"
        in first
    )
    assert "You can appeal within 6 weeks of its date; if you do, notify the Immigration Office." in first
    assert "Exceptional circumstances had to be reported before 1 July 2027" in first
    assert "31 August 2028 (363 days from today)" not in chat.text
    assert "the new year runs from 1 September 2027 to 31 August 2028: 30 EC." in chat.text
    assert "Dates ahead" not in first  # every date of the year checked is behind the student
    _within_budget(chat)


def test_progress_just_after_the_check_with_enough_says_so_and_the_new_year(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, AFTER_CHECK)
    chat.progress("Master, started in September", "2026", ec="31")
    assert "✅ You have the 30 EC you need for this period (you have 31 EC)." in chat.first
    assert (
        "📅 That was the check of 31 August 2027; the new year runs from 1 September 2027 to 31 August 2028:"
        " 30 EC." in chat.first
    )


def test_reminders_just_after_the_check_are_for_the_new_year(assembly: Assembly) -> None:
    """The verdict is on the check just passed (met, here); the dates worth a reminder are the
    new year's, warnings included: nothing of the new year is obtained yet."""
    chat = Transcript(assembly.conversation, AFTER_CHECK)
    chat.progress("Master, started in September", "2026", ec="31")
    chat.press("🔔 Remind me")
    assert "• 15 May 2028: around mid-May 2028" in chat.text
    assert "• 29 August 2028: the study-progress check on 31 August 2028" in chat.text


def test_a_student_who_started_this_september_is_asked_about_the_new_year(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, AFTER_CHECK)
    chat.progress("Master, started in September", "2027")
    assert "How many EC have you obtained since 1 September 2027" in chat.text
    assert "has passed" not in chat.text
    chat.send("0")
    chat.press("None pending")
    assert "By 31 August 2028 (363 days from today) you need 30 EC in all" in chat.first


def test_after_the_appeal_time_the_new_year_is_asked_about(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, date(2027, 10, 13))
    chat.progress("Master, started in September", "2026")
    assert "How many EC have you obtained since 1 September 2027" in chat.text
    assert "has passed" not in chat.text


# -- item 5: credits pending that do not close the gap -------------------------------------------------
def test_pending_credits_that_do_not_close_the_gap_are_said(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, date(2027, 6, 20))
    chat.progress("Master, started in September", "2026", ec="22", pending="5")
    first = chat.first
    assert (
        "📌 You have 22 EC. By 31 August 2027 (72 days from today) you need 30 EC in all: 8 EC more." in first
    )
    assert (
        "With the 5 EC you are waiting for you would have 27 EC: still 3 EC short of 30 by 31 August 2027."
        in first
    )
    assert first.index("still 3 EC short") < first.index("Dates ahead")


def test_pending_credits_in_november_are_said_too(chat: Transcript) -> None:
    chat.progress("Master, started in September", "2026", ec="10", pending="5")
    assert "With the 5 EC you are waiting for you would have 15 EC: still 15 EC short of 30" in chat.first


# -- item 6: a premaster after its end -----------------------------------------------------------------
def test_a_short_premaster_after_its_check_is_judged_on_the_total_it_gives(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, date(2027, 2, 10))
    chat.progress("Short premaster (one semester)", "September 2026")
    assert "How many EC does your whole premaster programme have?" in chat.text
    chat.send("15")
    assert "The check of 31 January 2027 has passed: give the EC you had in uSis on that day" in chat.text
    chat.send("12")
    first = chat.first
    assert (
        "⚠️ By 31 January 2027, the date of the check, you had 12 of the 15 EC required: 3 EC short." in first
    )
    assert (
        "the Board of Examiners e-mails you an official decision and the university must notify the IND"
        in first
    )
    assert "The page gives no date to report exceptional circumstances for this check" in first
    assert "does not say" not in first.replace("the page does not say what happens", "")
    assert "What follows the page does not say" not in chat.text
    _within_budget(chat)


def test_a_short_premaster_complete_at_its_check_meets_it(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, date(2027, 2, 10))
    chat.progress("Short premaster (one semester)", "September 2026")
    chat.walk("15", "15")
    assert "✅ You have the 15 EC you need" in chat.first
    assert "IND" not in chat.first


def test_a_premaster_after_its_end_without_a_total_hears_what_follows(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, date(2027, 2, 10))
    chat.progress("Short premaster (one semester)", "September 2026")
    chat.press("I don't know")
    first = chat.first
    assert "The page does not say how many EC" not in first
    assert "What follows the page does not say" not in chat.text
    assert "⚠️ Your premaster programme had to be complete by 31 January 2027" in first
    assert (
        "the Board of Examiners e-mails you an official decision and the university must notify the IND"
        in first
    )
    assert "you can appeal within 6 weeks of its date" in first
    _within_budget(chat)


def test_a_premaster_before_its_end_is_counted_against_its_total(chat: Transcript) -> None:
    chat.progress("Premaster", "September 2026")
    chat.walk("30", "20")
    assert "📌 You have 20 EC. By 31 August 2027" in chat.first
    assert "you need 30 EC in all: 10 EC more" in chat.first


def test_a_february_premaster_has_no_check_date_and_no_dates_a_year_on(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, date(2026, 11, 26))
    chat.progress("Premaster", "1 February 2026")
    chat.walk("30", "10")
    first = chat.first
    assert "For a start in February the page gives no check date" in first
    assert "ask your study adviser which dates are yours." in first
    assert "You have 10 of the 30 EC of your programme: 20 EC to go." in first
    assert "Dates ahead" not in chat.text and "2027" not in chat.text


# -- item 12: the warnings as reminders and calendar events --------------------------------------------
def test_the_mid_may_warning_is_approximate_and_only_if_at_risk(chat: Transcript) -> None:
    chat.progress("Master, started in September", "2026", ec="10")
    chat.press("🔔 Remind me")
    assert (
        "• 15 May 2027: around mid-May 2027: if you are at risk of falling short, the university warns you by"
        " e-mail" in chat.text
    )
    assert "warnings by e-mail start" not in chat.text
    turn = chat.press("📅 Add to calendar")
    events = Calendar.from_ical(turn.documents[0].content).walk("VEVENT")
    summaries = [str(e.get("summary")) for e in events]
    warning = [s for s in summaries if "mid-May" in s]
    assert warning == [
        "Around mid-May, no exact day given: study-progress warnings by e-mail, only if you are at risk"
    ]


def test_the_mid_may_reminder_when_it_comes(chat: Transcript) -> None:
    chat.progress("Master, started in September", "2026", ec="10")
    chat.press("🔔 Remind me")
    chat.press("Yes, remind me")
    desk = chat.conversation.reminders
    warning = next(r for r in chat.state.reminders if r.kind.value == "warning")
    text = desk.message(warning).text
    assert text.startswith(
        "🔔 Reminder: around mid-May 2027: if you are at risk of falling short, the university warns you"
        " by e-mail."
    )
