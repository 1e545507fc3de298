"""The reminder schedule: cases a reader can check against the pages, and a property over today."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.rules.circumstances import (
    CircumstanceCase,
    CircumstanceCategory,
    appeal_deadline,
    guide_circumstances,
)
from bot.rules.progress import ProgressSituation, StartKind, assess_progress
from bot.rules.reminders import (
    DeadlineKind,
    Reminder,
    appeal_deadlines,
    circumstances_deadlines,
    course_deadlines,
    due_at,
    progress_deadlines,
    schedule,
    snooze,
    useful,
)
from tests.knowledge_base import BOOK


def _progress(
    today: date, start: StartKind = StartKind.SEPTEMBER, started: date | None = None
) -> list[Reminder]:
    situation = ProgressSituation(
        start=start, started_on=started or date(2026, 9, 1), ec_obtained=Decimal(10)
    )
    verdict = assess_progress(BOOK, situation, today)
    return list(schedule(BOOK, progress_deadlines(BOOK, verdict, today), today))


def _days(reminders: list[Reminder], kind: DeadlineKind) -> list[date]:
    return [r.day for r in reminders if r.kind is kind]


def test_progress_in_november_gets_mid_may_1_july_and_31_august() -> None:
    reminders = _progress(date(2026, 11, 25))
    assert _days(reminders, DeadlineKind.WARNING) == [date(2027, 5, 15)]
    assert _days(reminders, DeadlineKind.CORRECTION) == [date(2027, 6, 17), date(2027, 6, 29)]
    assert _days(reminders, DeadlineKind.CIRCUMSTANCES) == [date(2027, 6, 17), date(2027, 6, 29)]
    assert _days(reminders, DeadlineKind.PROGRESS_CHECK) == [date(2027, 8, 17), date(2027, 8, 29)]
    assert [r.day for r in reminders] == sorted(r.day for r in reminders)


def test_a_short_premaster_started_in_september_is_reminded_of_31_january() -> None:
    reminders = _progress(date(2026, 11, 25), StartKind.SHORT_PREMASTER)
    check = [r for r in reminders if r.kind is DeadlineKind.PROGRESS_CHECK]
    assert [r.day for r in check] == [date(2027, 1, 17), date(2027, 1, 29)]
    assert {r.clause for r in check} == {"short_premaster_check"}


def test_no_reminder_lands_in_the_past() -> None:
    reminders = _progress(date(2027, 6, 20))
    assert _days(reminders, DeadlineKind.CORRECTION) == [date(2027, 6, 29)]
    assert _days(reminders, DeadlineKind.WARNING) == []
    assert not _progress(date(2027, 8, 30))  # 31 August is tomorrow: too close for any reminder


def test_circumstances_get_1_july_and_a_follow_up_after_1_september() -> None:
    today = date(2026, 11, 25)
    guide = guide_circumstances(BOOK, CircumstanceCase(category=CircumstanceCategory.EDUCATIONAL), today)
    reminders = schedule(BOOK, circumstances_deadlines(BOOK, guide), today)
    follow = [r for r in reminders if r.kind is DeadlineKind.DECISION]
    assert [r.day for r in follow] == [date(2027, 9, 2)]
    assert follow[0].deadline == date(2027, 8, 31) + timedelta(weeks=6)


def test_appeal_reminders_come_14_and_2_days_before_the_last_day() -> None:
    today = date(2026, 11, 25)
    appeal = appeal_deadline(BOOK, date(2026, 11, 20), today)
    reminders = schedule(BOOK, appeal_deadlines(appeal), today)
    assert appeal.last_day == date(2027, 1, 1)
    assert [r.day for r in reminders] == [date(2026, 12, 18), date(2026, 12, 30)]


def test_a_course_start_and_the_time_of_day() -> None:
    today = date(2026, 11, 25)
    reminders = schedule(BOOK, course_deadlines(date(2027, 2, 2), today), today)
    assert [r.day for r in reminders] == [date(2027, 1, 19), date(2027, 1, 31)]
    moment = due_at(BOOK, reminders[0].day)
    assert (moment.hour, moment.minute, str(moment.tzinfo)) == (10, 0, "Europe/Amsterdam")
    assert not course_deadlines(date(2026, 11, 25), today)


def test_snooze_and_usefulness() -> None:
    today = date(2027, 6, 17)
    reminder = Reminder(
        kind=DeadlineKind.CORRECTION, deadline=date(2027, 7, 1), day=today, clause="usis_correction"
    )
    again = snooze(BOOK, reminder, today)
    assert again is not None and again.day == date(2027, 6, 20)
    assert snooze(BOOK, reminder, date(2027, 6, 29)) is None
    assert useful(reminder, date(2027, 6, 30)) and not useful(reminder, date(2027, 7, 1))


@settings(max_examples=150, deadline=None)
@given(
    offset=st.integers(min_value=0, max_value=729),
    start=st.sampled_from(list(StartKind)),
    decision=st.integers(min_value=0, max_value=60),
)
def test_every_reminder_is_in_the_future_and_before_its_deadline(
    offset: int, start: StartKind, decision: int
) -> None:
    today = date(2026, 9, 1) + timedelta(days=offset)
    started = date(2026, 9, 1) if start is not StartKind.FEBRUARY else date(2026, 2, 1)
    deadlines = list(
        progress_deadlines(
            BOOK,
            assess_progress(
                BOOK, ProgressSituation(start=start, started_on=started, ec_obtained=Decimal(5)), today
            ),
            today,
        )
    )
    guide = guide_circumstances(BOOK, CircumstanceCase(category=CircumstanceCategory.EDUCATIONAL), today)
    deadlines += circumstances_deadlines(BOOK, guide)
    deadlines += appeal_deadlines(appeal_deadline(BOOK, today - timedelta(days=decision), today))
    for reminder in schedule(BOOK, deadlines, today):
        assert today < reminder.day < reminder.deadline
        due = {d.on for d in deadlines if d.kind is reminder.kind}
        if reminder.kind is DeadlineKind.WARNING:
            assert reminder.day in due  # on the day the warning period starts
        elif reminder.kind is not DeadlineKind.DECISION:
            assert any(reminder.day < on for on in due)
