"""Transcripts of deadline reminders: opt in where a date appears, list, cancel, forget, deliver."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from bot.app import Assembly
from bot.console import ConsoleChat, run_console
from bot.dialogs.state import StudentState
from bot.rules.reminders import DeadlineKind
from tests.transcript import Transcript

TODAY = date(2026, 11, 25)


def test_opt_in_from_progress_shows_every_reminder_before_anything_is_set(chat: Transcript) -> None:
    chat.progress("Master, started in September", "September 2025", ec="22", pending="2")
    assert "🔔 Remind me" in chat.buttons
    chat.press("🔔 Remind me")
    text = chat.text
    assert "at 10:00 (Europe/Amsterdam time)" in text
    for line in (
        "• 15 May 2027: around mid-May 2027: if you are at risk of falling short, the university warns you",
        "• 17 June 2027: have wrong uSis data corrected before 1 July 2027",
        "• 29 June 2027: report exceptional circumstances before 1 July 2027",
        "• 17 August 2027: the study-progress check on 31 August 2027",
        "• 29 August 2027: the study-progress check on 31 August 2027",
    ):
        assert line in text
    assert chat.state.reminders == ()  # nothing is scheduled without the tap
    chat.press("Yes, remind me")
    assert "7 reminder(s) set" in chat.text
    assert len(chat.state.reminders) == 7
    assert all(r.day > TODAY for r in chat.state.reminders)


def test_declining_sets_nothing(chat: Transcript) -> None:
    chat.progress("Master, started in September", "September 2025", ec="22", pending="2")
    chat.press("🔔 Remind me")
    chat.press("No, thanks")
    assert chat.text == "No reminders set." and chat.state.reminders == ()


def test_opt_in_from_circumstances_and_an_appeal_date(chat: Transcript) -> None:
    chat.circumstances("Educational")
    assert "🔔 Remind me" in chat.buttons
    chat.press("🔔 Remind me")
    assert "• 2 September 2027: the Board of Examiners' decision was due before 1 September 2027" in chat.text
    chat.press("Yes, remind me")
    assert len(chat.state.reminders) == 3
    chat.circumstances("Educational", "Next")
    chat.send("20 November 2026")
    assert "by 1 January 2027" in chat.text
    chat.press("🔔 Remind me")
    assert "• 18 December 2026: the last day to appeal against the decision is 1 January 2027" in chat.text
    assert "• 30 December 2026:" in chat.text
    chat.press("Yes, remind me")
    kinds = sorted(r.kind.value for r in chat.state.reminders)
    assert kinds.count(DeadlineKind.APPEAL.value) == 2 and len(kinds) == 5


def test_list_cancel_one_and_forget_erases_all(chat: Transcript) -> None:
    chat.send("/reminders")
    assert "You have no reminders" in chat.text
    chat.progress("Master, started in September", "September 2025", ec="22", pending="2")
    chat.press("🔔 Remind me")
    chat.press("Yes, remind me")
    chat.send("/reminders")
    assert chat.text.count("\n• ") == 7
    assert len([b for b in chat.buttons if b.startswith("✖")]) == 7
    first = chat.state.reminders[0]
    assert "• 1. 15 May 2027: around mid-May 2027: if you are at risk of falling short" in chat.text
    chat.press("✖ 1. 15 May 2027")
    assert "Cancelled the reminder of 15 May 2027" in chat.text
    assert first not in chat.state.reminders and len(chat.state.reminders) == 6
    chat.send("/forget")
    chat.press("Yes, erase everything")
    assert chat.last is not None and chat.last.erase
    assert chat.state.reminders == ()


def test_no_reminder_is_created_for_a_past_date(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, date(2027, 8, 30))
    chat.progress("Master, started in September", "September 2026", ec="22", pending="2")
    chat.press("🔔 Remind me")
    assert "too close or already past" in chat.text
    assert "Yes, remind me" not in chat.buttons
    assert chat.state.reminders == ()


def test_a_reminder_due_during_downtime_is_sent_once_and_a_passed_one_dropped(chat: Transcript) -> None:
    conversation = chat.conversation
    chat.progress("Master, started in September", "September 2025", ec="22", pending="2")
    chat.press("🔔 Remind me")
    chat.press("Yes, remind me")
    state = chat.state
    # The bot was down from before 17 June until 18 June: both 15 May and 17 June are due.
    delivery = conversation.due(state, date(2027, 6, 18))
    kinds = [r.kind for r in delivery.sent]
    assert DeadlineKind.CORRECTION in kinds and DeadlineKind.WARNING not in kinds
    assert [r.kind for r in delivery.dropped] == [DeadlineKind.WARNING]
    text = "\n".join(r.text for r in delivery.replies)
    assert "have wrong uSis data corrected before 1 July 2027" in text
    assert "From the page: “contact your Education Administration Office before 1 July" in text
    again = conversation.due(delivery.state, date(2027, 6, 18))
    assert again.replies == () and again.dropped == ()


def test_done_stops_a_series_and_snooze_comes_back_in_3_days(chat: Transcript) -> None:
    chat.progress("Master, started in September", "September 2025", ec="22", pending="2")
    chat.press("🔔 Remind me")
    chat.press("Yes, remind me")
    delivery = chat.conversation.due(chat.state, date(2027, 6, 17))
    chat.state = delivery.state
    reply = next(r for r in delivery.replies if "uSis data" in r.text)
    labels = [b.label for b in reply.button_list()]
    assert labels == ["Done, stop these", "Remind me again in 3 days"]
    chat.today = date(2027, 6, 17)
    chat.press_data(reply.button_list()[1].data)
    assert "I'll remind you again on 20 June 2027" in chat.text
    chat.press_data(reply.button_list()[0].data)
    assert "Stopped" in chat.text
    left = [r for r in chat.state.reminders if r.kind is DeadlineKind.CORRECTION]
    assert left == []


def test_forged_reminder_buttons_change_nothing(chat: Transcript) -> None:
    for data in ("r:x:99", "r:d:nonsense:2027-01-01", "r:s:appeal:not-a-date", "r:q"):
        before = chat.state
        turn = chat.press_data(data)
        assert turn.state == before and turn.notice


def test_the_terminal_moves_its_clock_and_prints_due_reminders(assembly: Assembly, tmp_path: Path) -> None:
    console = ConsoleChat(assembly.conversation, lambda: TODAY, files=tmp_path)
    for line in ("/progress", "1", "September 2025", "22", "2", "🔔 Remind me", "Yes, remind me"):
        console.send(line)
    assert len(console.state.reminders) == 7
    listed = console.render(console.send("/reminders"))
    assert "17 June 2027" in listed
    printed = console.render(console.send("/today 2027-06-17"))
    assert "Today is now 2027-06-17" in printed
    assert "🔔 Reminder: have wrong uSis data corrected before 1 July 2027" in printed
    assert "[1] Done, stop these" in printed
    assert "🔔" not in console.render(console.send("/today 2027-06-17")).replace("Today", "")
    assert "/today YYYY-MM-DD" in console.render(console.send("/today soon"))


def test_scripted_terminal_session(assembly: Assembly) -> None:
    script = "\n".join(["/circumstances", "Educational", "🔔 Remind me", "1", "/today 2027-06-29"]) + "\n"
    out = io.StringIO()
    run_console(assembly.conversation, lambda: TODAY, stdin=io.StringIO(script), stdout=out)
    assert "🔔 Reminder: report exceptional circumstances before 1 July 2027" in out.getvalue()


def test_old_state_without_reminders_still_loads() -> None:
    old = StudentState().model_dump(mode="json")
    del old["reminders"], old["next_reminder"]
    assert StudentState.model_validate(old).reminders == ()


def test_every_remind_name_in_the_scripts_is_known(assembly: Assembly) -> None:
    desk = assembly.conversation.reminders
    named = {s.remind for script in desk.scripts.values() for s in script.steps if s.remind}
    assert named == set(desk.sources)


def test_opt_in_from_a_course_start_date(chat: Transcript) -> None:
    chat.course("Audio Processing", "Leiden University", "400 or higher", "6")
    chat.press("🔔 Remind me")
    assert "• 18 January 2027: file your petition before the course starts on 1 February 2027" in chat.text
    assert "• 30 January 2027:" in chat.text
    chat.press("Yes, remind me")
    assert {r.kind for r in chat.state.reminders} == {DeadlineKind.COURSE_START}


def test_a_short_premaster_is_offered_its_check_date_as_a_reminder(chat: Transcript) -> None:
    chat.progress("Short premaster (one semester)", "September 2026")
    chat.press("I don't know")
    assert "by 31 January 2027" in chat.first
    chat.press("🔔 Remind me")
    assert "• 17 January 2027: the study-progress check on 31 January 2027" in chat.text
    assert "• 29 January 2027: the study-progress check on 31 January 2027" in chat.text
    chat.press("Yes, remind me")
    assert {r.day for r in chat.state.reminders} == {date(2027, 1, 17), date(2027, 1, 29)}
