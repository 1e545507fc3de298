"""Deadline reminders: which reminders for which deadline, given today. Pure: today is an argument.

A deadline is a date the pages give (1 July, 31 August or 31 January, the appeal's last day, a
course's start) with the clause it rests on. The schedule puts reminders a set number of days
before it (parameters `reminder_days_before`), one on the day the warning period starts, and a
follow-up after the Board of Examiners' decision is due. A reminder never lands on or before today
and never on or after its deadline.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from pydantic import Field

from bot.rules.circumstances import AppealDeadline, CircumstanceGuide
from bot.rules.frozen import Strict
from bot.rules.parameters import ParameterId
from bot.rules.progress import MID_MONTH, ProgressVerdict
from bot.rules.rulebook import Rulebook


class DeadlineKind(StrEnum):
    CORRECTION = "correction"
    CIRCUMSTANCES = "circumstances"
    PROGRESS_CHECK = "progress_check"
    WARNING = "warning"
    DECISION = "decision"
    APPEAL = "appeal"
    COURSE_START = "course_start"


CLAUSES: dict[DeadlineKind, str] = {
    DeadlineKind.CORRECTION: "usis_correction",
    DeadlineKind.CIRCUMSTANCES: "circumstances_on_time",
    DeadlineKind.PROGRESS_CHECK: "progress_check",
    DeadlineKind.WARNING: "warnings",
    DeadlineKind.DECISION: "examiners_decide",
    DeadlineKind.APPEAL: "appeal_deadline",
    DeadlineKind.COURSE_START: "permission_before_start",
}
"""The clause (and so the sentence) each kind of reminder rests on, unless a deadline names another."""


class Deadline(Strict):
    """A personal date from a verdict: what is due (`kind`), the day it falls on, its clause."""

    kind: DeadlineKind
    on: date
    clause: str


class Reminder(Strict):
    """One reminder: for which deadline, on which day (at the parameters' time), and its state."""

    id: int = 0
    kind: DeadlineKind
    deadline: date
    """The day the thing is due; for the decision follow-up, the last day of the appeal window."""
    day: date
    clause: str
    sent: bool = False
    days_before: int = Field(default=0)

    def key(self) -> tuple[str, date, date]:
        return (self.kind.value, self.deadline, self.day)


def _deadline(kind: DeadlineKind, on: date, clause: str | None = None) -> Deadline:
    return Deadline(kind=kind, on=on, clause=clause or CLAUSES[kind])


def progress_deadlines(book: Rulebook, verdict: ProgressVerdict, today: date) -> tuple[Deadline, ...]:
    """The dates of a progress verdict worth a reminder: 1 July, the check date, mid-May."""
    book = book.at(today)
    found: list[Deadline] = []
    first_warning = book.integers(ParameterId.WARNING_MONTHS)[0]
    for action in verdict.actions:
        if action.on <= today:
            continue
        clause = action.finding.clause
        if clause == "usis_correction":
            found.append(_deadline(DeadlineKind.CORRECTION, action.on))
        elif clause == "circumstances_on_time":
            found.append(_deadline(DeadlineKind.CIRCUMSTANCES, action.on))
        elif clause == "warnings" and action.on == date(action.on.year, first_warning, MID_MONTH):
            found.append(_deadline(DeadlineKind.WARNING, action.on))
    if not verdict.silent and verdict.deadline > today:
        short = verdict.deadline.month == book.month_day(ParameterId.SHORT_PREMASTER_SEPTEMBER_CHECK)[0]
        clause = "short_premaster_check" if short else "progress_check"
        found.append(_deadline(DeadlineKind.PROGRESS_CHECK, verdict.deadline, clause))
    return tuple(found)


def circumstances_deadlines(book: Rulebook, guide: CircumstanceGuide) -> tuple[Deadline, ...]:
    """Report before 1 July; then, after the decision is due, ask whether it came."""
    if guide.deadline_passed:
        return ()
    decision_by = book.on(ParameterId.DECISION_BY, guide.deadline.year)
    return (
        _deadline(DeadlineKind.CIRCUMSTANCES, guide.deadline),
        _deadline(DeadlineKind.DECISION, decision_by),
    )


def appeal_deadlines(appeal: AppealDeadline) -> tuple[Deadline, ...]:
    return () if appeal.passed else (_deadline(DeadlineKind.APPEAL, appeal.last_day),)


def course_deadlines(start: date | None, today: date) -> tuple[Deadline, ...]:
    """A petition must be in before the course starts."""
    return (_deadline(DeadlineKind.COURSE_START, start),) if start and start > today else ()


def decision_window_end(book: Rulebook, decision_by: date) -> date:
    """A decision dated the last day before it is due can be appealed until this day."""
    return decision_by - timedelta(days=1) + book.weeks(ParameterId.APPEAL_WEEKS)


def worded_on(book: Rulebook, d: Deadline) -> date:
    """The day a deadline's words speak of (a reminder's `deadline`): its own day; for the Board of
    Examiners' decision, the last day to appeal one dated just before it was due."""
    return decision_window_end(book, d.on) if d.kind is DeadlineKind.DECISION else d.on


def _plan(book: Rulebook, d: Deadline) -> list[tuple[date, date, int]]:
    """(day a reminder fires, the day it is due, days before)."""
    if d.kind is DeadlineKind.WARNING:
        return [(d.on, d.on + timedelta(days=1), 0)]
    if d.kind is DeadlineKind.DECISION:
        follow_up = d.on + timedelta(days=book.integer(ParameterId.REMINDER_FOLLOW_UP_DAYS))
        return [(follow_up, worded_on(book, d), 0)]
    return [(d.on - timedelta(days=n), d.on, n) for n in book.integers(ParameterId.REMINDER_DAYS_BEFORE)]


def reminder_days(book: Rulebook, deadline: Deadline) -> tuple[date, ...]:
    """The days the reminders for a deadline fire (today aside): a calendar's alarms ring on them too."""
    return tuple(day for day, _, _ in _plan(book, deadline))


def schedule(book: Rulebook, deadlines: Iterable[Deadline], today: date) -> tuple[Reminder, ...]:
    """Every reminder for these deadlines still ahead of today, in date order, without repeats."""
    book = book.at(today)
    found: dict[tuple[str, date, date], Reminder] = {}
    for d in deadlines:
        for day, deadline, n in _plan(book, d):
            if today < day < deadline:
                reminder = Reminder(kind=d.kind, deadline=deadline, day=day, clause=d.clause, days_before=n)
                found.setdefault(reminder.key(), reminder)
    return tuple(sorted(found.values(), key=lambda r: (r.day, r.deadline, r.kind.value)))


def snooze(book: Rulebook, reminder: Reminder, today: date) -> Reminder | None:
    """The same reminder again some days from today, if that is still before its deadline."""
    book = book.at(today)
    day = today + timedelta(days=book.integer(ParameterId.REMINDER_SNOOZE_DAYS))
    if day >= reminder.deadline:
        return None
    return reminder.model_copy(update={"day": day, "sent": False, "id": 0})


def zone(book: Rulebook) -> ZoneInfo:
    return ZoneInfo(book.text(ParameterId.REMINDER_TIMEZONE))


def due_at(book: Rulebook, day: date) -> datetime:
    """The moment a reminder for `day` goes out: the parameters' time, in their time zone."""
    hour, _, minute = book.text(ParameterId.REMINDER_TIME).partition(":")
    return datetime.combine(day, time(int(hour), int(minute)), tzinfo=zone(book))


def useful(reminder: Reminder, today: date) -> bool:
    """A reminder due while the bot was down is still worth sending only before its deadline."""
    return today < reminder.deadline


BEFORE_KINDS = frozenset({DeadlineKind.CORRECTION, DeadlineKind.CIRCUMSTANCES, DeadlineKind.COURSE_START})
"""Deadlines the pages write as "before" a date: the last day to act is the day before it."""


def calendar_day(book: Rulebook, deadline: Deadline) -> date:
    """The day a calendar shows for a deadline: the last day to act, the day it happens, or for the
    Board of Examiners' decision the day to check it arrived (when its reminder comes)."""
    if deadline.kind is DeadlineKind.DECISION:
        return reminder_days(book, deadline)[0]
    return deadline.on - timedelta(days=1) if deadline.kind in BEFORE_KINDS else deadline.on
