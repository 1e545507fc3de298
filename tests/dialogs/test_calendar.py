"""The calendar file: RFC 5545 parsed back with `icalendar`, its dates checked against the rule core."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from icalendar import Calendar

from bot.app import Assembly
from bot.console import ConsoleChat
from bot.rules.circumstances import appeal_deadline
from bot.rules.progress import ProgressSituation, StartKind, assess_progress
from tests.transcript import Transcript

TODAY = date(2026, 11, 25)


def _events(content: bytes) -> dict[str, date]:
    calendar = Calendar.from_ical(content)
    found: dict[str, date] = {}
    for event in calendar.walk("VEVENT"):
        start = event.decoded("dtstart")
        end = event.decoded("dtend")
        assert isinstance(start, date) and end == start + timedelta(days=1)  # all-day, one day
        assert event.walk("VALARM"), "every event carries an alarm"
        assert event.get("description")
        found[str(event.get("summary"))] = start
    return found


def test_progress_dates_in_the_calendar_match_the_rule_core(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, TODAY)
    chat.progress("Master, started in September", "September 2025", ec="22", pending="2")
    chat.press("🔔 Remind me")
    confirm = chat.button("Yes, remind me")
    turn = chat.press("📅 Add to calendar")
    assert len(turn.documents) == 1 and turn.documents[0].filename.endswith(".ics")
    assert chat.state.reminders == ()  # a calendar file schedules nothing
    chat.press_data(confirm.data)  # the preview's buttons still work after the calendar
    assert len(chat.state.reminders) == 7
    events = _events(turn.documents[0].content)
    book = assembly.kb.rulebook
    verdict = assess_progress(
        book,
        ProgressSituation(start=StartKind.SEPTEMBER, started_on=date(2025, 9, 1), ec_obtained=Decimal(22)),
        TODAY,
    )
    july = book.on("circumstances_deadline", 2027)
    assert sorted(events.values()) == sorted(
        [
            date(2027, 5, 15),
            july - timedelta(days=1),  # "before 1 July": the last day to act
            book.on("correction_deadline", 2027) - timedelta(days=1),
            verdict.deadline,
        ]
    )


def test_appeal_calendar_has_the_last_day_and_the_terminal_writes_the_file(
    assembly: Assembly, tmp_path: Path
) -> None:
    console = ConsoleChat(assembly.conversation, lambda: TODAY, files=tmp_path)
    for line in ("/circumstances", "Educational", "Next", "20 November 2026", "🔔 Remind me"):
        console.send(line)
    printed = console.render(console.send("📅 Add to calendar"))
    path = tmp_path / "leiden-mt-deadlines.ics"
    assert f"Calendar file written: {path}" in printed
    events = _events(path.read_bytes())
    last = appeal_deadline(assembly.kb.rulebook, date(2026, 11, 20), TODAY).last_day
    assert list(events.values()) == [last]


def _alarm_days(content: bytes) -> dict[str, list[date]]:
    """Each event's alarms as the days they ring (triggers are relative to the all-day start)."""
    found: dict[str, list[date]] = {}
    for event in Calendar.from_ical(content).walk("VEVENT"):
        start = event.decoded("dtstart")
        rings = [
            (datetime.combine(start, time()) + alarm.decoded("trigger")) for alarm in event.walk("VALARM")
        ]
        assert all(r.time() == time(10, 0) for r in rings), "alarms ring at the reminders' time"
        found[str(event.get("summary"))] = sorted(r.date() for r in rings)
    return found


def test_alarms_ring_on_the_days_the_reminders_come_and_the_decision_is_checked_after_it_is_due(
    assembly: Assembly,
) -> None:
    chat = Transcript(assembly.conversation, TODAY)
    for step in ("/circumstances", "1", "4", "1"):
        chat.send(step)
    chat.press("🔔 Remind me")
    confirm = chat.button("Yes, remind me")
    turn = chat.press("📅 Add to calendar")
    chat.press_data(confirm.data)
    alarms = _alarm_days(turn.documents[0].content)
    assert sorted(d for days in alarms.values() for d in days) == sorted(r.day for r in chat.state.reminders)
    decision = [title for title in alarms if "decision" in title]
    assert decision == ["Did the Board of Examiners' decision arrive? It was due before 1 September 2027"]
    assert alarms[decision[0]] == [date(2027, 9, 2)]
