"""Deadline reminders in the conversation: offered where a personal date is computed, set on a tap.

Front-end neutral. A result step that declares `remind: <name>` offers "🔔 Remind me"; the press
shows exactly which reminders would come and when; only "✅ Yes" stores them in the student's
state. Front ends keep them (the terminal in memory, Telegram in SQLite and its JobQueue) and call
`due()` when their clock passes a reminder's day.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta

from bot.content.loader import KnowledgeBase
from bot.content.reminder_messages import KindText
from bot.dialogs.calendar import Document, calendar_file
from bot.dialogs.engine import SKIPPED, Contract
from bot.dialogs.registry import APPEAL, CIRCUMSTANCES, PROGRESS, STARTED_UNDATED, DialogFunctions
from bot.dialogs.script import Script
from bot.dialogs.state import DialogState, StudentState
from bot.presenting.dates import month_name, spoken_date
from bot.replies import Button, Reply
from bot.rules.frozen import Frozen
from bot.rules.parameters import ParameterId
from bot.rules.reminders import (
    CLAUSES,
    Deadline,
    DeadlineKind,
    Reminder,
    appeal_deadlines,
    circumstances_deadlines,
    course_deadlines,
    progress_deadlines,
    schedule,
    snooze,
    useful,
    worded_on,
    zone,
)
from bot.rules.usecases import check_appeal, check_circumstances, check_progress

PREVIEW, CONFIRM, DECLINE, CALENDAR = "rp", "ry", "rn", "ri"
TOKEN_CODES = frozenset({PREVIEW, CONFIRM, DECLINE, CALENDAR})
"""Codes of buttons tied to the message they came with (a stale one changes nothing)."""


class Handled(Frozen):
    """What a reminder action changes and says; the conversation makes a Turn of it."""

    state: StudentState
    replies: tuple[Reply, ...] = ()
    notice: str | None = None
    documents: tuple[Document, ...] = ()


class Delivery(Frozen):
    """Reminders whose day has come: the messages to send, those dropped (deadline passed)."""

    state: StudentState
    replies: tuple[Reply, ...] = ()
    sent: tuple[Reminder, ...] = ()
    dropped: tuple[Reminder, ...] = ()


HONOURS = "yes"
"""The course dialog's answer for an honours course."""


READS: dict[str, Contract] = {
    "progress": PROGRESS,
    "circumstances": CIRCUMSTANCES,
    "appeal": APPEAL,
    "course_start": Contract(
        steps=frozenset({"start", "honours"}),
        values={"honours": frozenset({HONOURS})},
        ignores={"honours": frozenset({"no", "unknown"}), "start": frozenset({STARTED_UNDATED})},
    ),
    "petition_start": Contract(steps=frozenset({"detail_start"})),
}
"""What each `remind:` name reads of the answers (see `ReminderDesk.sources`), for `kb check`."""


def _given(value: str | None) -> str | None:
    return None if value in (None, "", SKIPPED) else value


class ReminderDesk:
    """Which deadlines a result step computes, and every reminder action, over one knowledge base."""

    def __init__(self, kb: KnowledgeBase, scripts: Mapping[str, Script]) -> None:
        self.scripts = scripts
        self.functions = DialogFunctions(kb)
        self.book = kb.rulebook
        self.m = kb.messages.reminders
        self.dates = kb.messages.dates
        self.cite = kb.messages.cite
        self.sources: dict[str, Callable[[Mapping[str, str], date], tuple[Deadline, ...]]] = {
            "progress": self._progress,
            "circumstances": self._circumstances,
            "appeal": self._appeal,
            # An honours course never counts: no petition to be reminded of.
            "course_start": lambda a, today: (
                () if a.get("honours") == HONOURS else self._start(a.get("start"), today)
            ),
            "petition_start": lambda a, today: self._start(a.get("detail_start"), today),
        }

    # -- which dates a result computes -----------------------------------------------------------

    def _day(self, d: date) -> str:
        """A date as the pages write it, in the messages' words."""
        return spoken_date(d, self.dates)

    def _progress(self, answers: Mapping[str, str], today: date) -> tuple[Deadline, ...]:
        check = check_progress(self.book, self.functions.situation_ahead(answers, today), today)
        return progress_deadlines(self.book, check.verdict, today)

    def _circumstances(self, answers: Mapping[str, str], today: date) -> tuple[Deadline, ...]:
        question = self.functions.circumstance_question(answers)
        return circumstances_deadlines(self.book, check_circumstances(self.book, question, today))

    def _appeal(self, answers: Mapping[str, str], today: date) -> tuple[Deadline, ...]:
        return appeal_deadlines(check_appeal(self.book, self.functions.decided(answers), today))

    def _start(self, value: str | None, today: date) -> tuple[Deadline, ...]:
        start = _given(value)
        if start == STARTED_UNDATED:  # begun on no day given: nothing ahead to remind of
            start = None
        return course_deadlines(date.fromisoformat(start) if start else None, today)

    def remind_name(self, dialog: DialogState | None) -> str | None:
        if dialog is None:
            return None
        return self.scripts[dialog.dialog].step(dialog.step).remind

    def deadlines(self, dialog: DialogState | None, today: date) -> tuple[Deadline, ...]:
        name = self.remind_name(dialog)
        if dialog is None or name is None or name not in self.sources:
            return ()
        try:
            return self.sources[name](dialog.answers, today)
        except (KeyError, ValueError):  # answers missing or from an older script: offer nothing
            return ()

    def planned(self, dialog: DialogState | None, today: date) -> tuple[Reminder, ...]:
        return schedule(self.book, self.deadlines(dialog, today), today)

    # -- words -----------------------------------------------------------------------------------
    def _kind(self, kind: DeadlineKind) -> KindText:
        return self.m.kinds[kind.value]

    def _values(self, kind: DeadlineKind, on: date) -> dict[str, object]:
        weeks = self.book.integer(ParameterId.APPEAL_WEEKS)
        decision_by = on - self.book.weeks(ParameterId.APPEAL_WEEKS) + timedelta(days=1)
        return {
            "date": self._day(on),
            "month": month_name(on.month, self.dates),
            "year": on.year,
            "weeks": weeks,
            "decision_by": self._day(decision_by),
        }

    def what(self, reminder: Reminder) -> str:
        return self._kind(reminder.kind).what.format(**self._values(reminder.kind, reminder.deadline))

    def _time(self) -> dict[str, str]:
        book = self.book
        return {
            "time": book.text(ParameterId.REMINDER_TIME),
            "zone": book.text(ParameterId.REMINDER_TIMEZONE),
        }

    def message(self, reminder: Reminder) -> Reply:
        """The reminder as the student receives it: what, by when, what to do, the sentence."""
        text = self._kind(reminder.kind)
        values = self._values(reminder.kind, reminder.deadline)
        citation = self.book.clause(reminder.clause).citation
        body = self.m.reminder.format(
            what=text.what.format(**values), todo=text.todo.format(**values), quote=citation.quote
        )
        code = f"{reminder.kind.value}:{reminder.deadline.isoformat()}:{reminder.clause}"
        days = self.book.integer(ParameterId.REMINDER_SNOOZE_DAYS)
        buttons = (
            (Button(label=self.m.done_label, data=f"r:d:{code}"),),
            (Button(label=self.m.snooze_label.format(days=days), data=f"r:s:{code}"),),
        )
        return Reply(text=body, buttons=buttons, citations=(citation,))

    # -- the offer, the preview, the confirmation --------------------------------------------------
    def offer(self, state: StudentState, replies: tuple[Reply, ...], today: date) -> tuple[Reply, ...]:
        """Add "🔔 Remind me" under a result that computes a personal date still ahead."""
        dialog = state.dialog
        if not replies or dialog is None or not self.deadlines(dialog, today):
            return replies
        last = replies[-1]
        back = f"{state.token}:b"  # only the step's own rendering carries its Back button
        if all(b.data != back for b in last.button_list()):
            return replies
        row = (Button(label=self.m.remind_label, data=f"{state.token}:{PREVIEW}"),)
        return (*replies[:-1], last.model_copy(update={"buttons": (*last.buttons, row)}))

    def act(self, state: StudentState, code: str, today: date, token: int) -> Handled:
        moved = state.model_copy(update={"token": token})
        if code == DECLINE:
            return Handled(state=moved, replies=(Reply(text=self.m.declined),))
        if code == CALENDAR:  # the token stays: "✅ Yes" under the same preview still works
            return Handled(state=state, documents=(self.calendar(state.dialog, today),))
        planned = self.planned(state.dialog, today)
        if not planned:
            return Handled(state=moved, replies=(Reply(text=self.m.none_possible),))
        if code == PREVIEW:
            lines = [self.m.preview.format(**self._time())]
            lines += [self.m.preview_line.format(day=self._day(r.day), what=self.what(r)) for r in planned]
            buttons = (
                (Button(label=self.m.confirm_label, data=f"{token}:{CONFIRM}"),),
                (Button(label=self.m.calendar_label, data=f"{token}:{CALENDAR}"),),
                (Button(label=self.m.decline_label, data=f"{token}:{DECLINE}"),),
            )
            return Handled(state=moved, replies=(Reply(text="\n".join(lines), buttons=buttons),))
        added = _add(moved, planned)
        count = len(added.reminders) - len(moved.reminders)
        return Handled(state=added, replies=(Reply(text=self.m.confirmed.format(count=count)),))

    def calendar(self, dialog: DialogState | None, today: date) -> Document:
        deadlines = self.deadlines(dialog, today)

        def title(d: Deadline) -> str:
            return self._kind(d.kind).event.format(**self._values(d.kind, worded_on(self.book, d)))

        def alarm(d: Deadline) -> str:
            return self.m.calendar_alarm.format(
                what=self._kind(d.kind).what.format(**self._values(d.kind, worded_on(self.book, d)))
            )

        stamp = datetime(today.year, today.month, today.day, tzinfo=zone(self.book))
        content = calendar_file(self.book, deadlines, title, alarm, stamp)
        return Document(filename=self.m.calendar_file, content=content, caption=self.m.calendar_caption)

    # -- /reminders, ✖, and the reminder's own buttons ----------------------------------------------
    def listing(self, state: StudentState, token: int) -> Handled:
        moved = state.model_copy(update={"token": token})
        if not state.reminders:
            return Handled(state=moved, replies=(Reply(text=self.m.list_empty),))
        lines = [self.m.list_heading.format(**self._time())]
        rows: list[tuple[Button, ...]] = []
        ordered = sorted(state.reminders, key=lambda r: (r.day, r.id))
        for number, r in enumerate(ordered, start=1):
            day = self._day(r.day)
            lines.append(self.m.list_line.format(number=number, day=day, what=self.what(r)))
            label = self.m.cancel_label.format(number=number, day=day)
            rows.append((Button(label=label, data=f"r:x:{r.id}"),))
        return Handled(state=moved, replies=(Reply(text="\n".join(lines), buttons=tuple(rows)),))

    def press(self, state: StudentState, code: str, today: date, token: int, stale: str) -> Handled:
        """`r:x:<id>` cancels one; `r:d:<kind>:<deadline>` stops a series; `r:s:...` snoozes it."""
        action, _, rest = code.partition(":")
        moved = state.model_copy(update={"token": token})
        if action == "x" and rest.isdigit():
            gone = [r for r in state.reminders if r.id == int(rest)]
            if not gone:
                return Handled(state=state, notice=stale)
            kept = tuple(r for r in state.reminders if r.id != int(rest))
            reply = Reply(text=self.m.cancelled_one.format(day=self._day(gone[0].day)))
            return Handled(state=moved.model_copy(update={"reminders": kept}), replies=(reply,))
        kind_text, _, more = rest.partition(":")
        deadline_text, _, clause = more.partition(":")
        try:
            kind, deadline = DeadlineKind(kind_text), date.fromisoformat(deadline_text)
        except ValueError:
            return Handled(state=state, notice=stale)
        series = tuple(r for r in state.reminders if r.kind is kind and r.deadline == deadline)
        if action == "d":
            kept = tuple(r for r in state.reminders if r not in series)
            return Handled(
                state=moved.model_copy(update={"reminders": kept}), replies=(Reply(text=self.m.stopped),)
            )
        if action == "s":
            if clause not in self.book.clauses:
                clause = CLAUSES[kind]
            base = Reminder(kind=kind, deadline=deadline, day=today, clause=clause)
            again = snooze(self.book, base, today)
            if again is None:
                text = self.m.snooze_too_late.format(date=self._day(deadline))
                return Handled(state=moved, replies=(Reply(text=text),))
            added = _add(moved, (again,))
            return Handled(
                state=added,
                replies=(Reply(text=self.m.snoozed.format(day=self._day(again.day))),),
            )
        return Handled(state=state, notice=stale)

    # -- delivery ----------------------------------------------------------------------------------
    def due(self, state: StudentState, today: date) -> Delivery:
        """Reminders whose day is today or past: sent once if still useful, else dropped."""
        come = tuple(r for r in state.reminders if r.day <= today)
        if not come:
            return Delivery(state=state)
        kept = tuple(r for r in state.reminders if r.day > today)
        sent = tuple(r for r in come if useful(r, today))
        dropped = tuple(r for r in come if not useful(r, today))
        return Delivery(
            state=state.model_copy(update={"reminders": kept}),
            replies=tuple(self.message(r) for r in sent),
            sent=sent,
            dropped=dropped,
        )


def _add(state: StudentState, reminders: tuple[Reminder, ...]) -> StudentState:
    """Store new reminders with ids; one already stored (same deadline, same day) is not doubled."""
    have = {r.key() for r in state.reminders}
    next_id = state.next_reminder
    stored = list(state.reminders)
    for r in reminders:
        if r.key() in have:
            continue
        stored.append(r.model_copy(update={"id": next_id}))
        have.add(r.key())
        next_id += 1
    return state.model_copy(update={"reminders": tuple(stored), "next_reminder": next_id})
