"""Deadline reminders on Telegram: their own SQLite table, python-telegram-bot's JobQueue, the outbox.

The student's state (kept with the outbox, written in one transaction) says which reminders are
still to come; the `reminders` table (student, id, kind, deadline, due, sent) mirrors it for the
JobQueue, which is rebuilt from it at start-up. A job only delivers: it asks the conversation
which reminders are due, stores the new state and the messages in the outbox together, marks the
rows sent and drains the outbox as a reply would be. A reminder due while the bot was down is sent
once at start-up if its deadline is still ahead, and dropped with a log line (no text) if not.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from telegram.ext import Application, JobQueue

from bot.dialogs.conversation import Conversation
from bot.dialogs.state import StudentState
from bot.rules.reminders import Reminder, due_at, zone
from bot.telegram.handlers import AnyContext, TelegramFrontEnd
from bot.telegram.outbox import NewerStateError, StudentRecord, load_state
from bot.telegram.persistence import Connection

log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
JOB_PREFIX = "reminder:"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reminders (
    student INTEGER NOT NULL,
    id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    deadline TEXT NOT NULL,
    due TEXT NOT NULL,
    sent INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (student, id)
)
"""


@dataclass(frozen=True)
class Row:
    student: int
    id: int
    due: datetime


class ReminderTable:
    """The reminders table, in the bot's SQLite store (its own connection; WAL allows it).

    Every call but the first runs off the event loop, one at a time (see `Connection`)."""

    def __init__(self, path: Path) -> None:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA busy_timeout=5000")
        connection.execute(_SCHEMA)
        self.db = Connection(connection)

    def close(self) -> None:
        self.db.close()

    async def sync(
        self, student: int, reminders: Iterable[Reminder], due: Callable[[Reminder], datetime]
    ) -> None:
        """The student's unsent rows become exactly `reminders`; a row already there keeps its time."""
        wanted = {r.id: (r, due(r)) for r in reminders}
        await self.db.run(lambda db: self._sync(db, student, wanted))

    @staticmethod
    def _sync(db: sqlite3.Connection, student: int, wanted: dict[int, tuple[Reminder, datetime]]) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            rows = db.execute("SELECT id FROM reminders WHERE student = ? AND sent = 0", (student,))
            for (rid,) in rows.fetchall():
                if rid not in wanted:  # cancelled, stopped, erased, or delivered before a crash
                    db.execute("DELETE FROM reminders WHERE student = ? AND id = ?", (student, rid))
            for r, at in wanted.values():
                db.execute(
                    "INSERT OR IGNORE INTO reminders (student, id, kind, deadline, due)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (student, r.id, r.kind.value, r.deadline.isoformat(), at.isoformat()),
                )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    async def mark_sent(self, student: int, ids: Iterable[int]) -> None:
        pairs = [(student, i) for i in ids]
        await self.db.run(
            lambda db: db.executemany(
                "UPDATE reminders SET sent = 1 WHERE student = ? AND id = ?", pairs
            ).close()
        )

    async def erase(self, student: int) -> None:
        await self.db.run(
            lambda db: db.execute("DELETE FROM reminders WHERE student = ?", (student,)).close()
        )

    async def pending(self, student: int | None = None) -> list[Row]:
        query = "SELECT student, id, due FROM reminders WHERE sent = 0"
        args: tuple[int, ...] = ()
        if student is not None:
            query, args = query + " AND student = ?", (student,)
        rows = await self.db.run(lambda db: db.execute(query + " ORDER BY due", args).fetchall())
        return [Row(student=s, id=i, due=datetime.fromisoformat(d)) for s, i, d in rows]


class ReminderJobs:
    """Keeps the table and the JobQueue in step with each student's state, and delivers."""

    def __init__(self, table: ReminderTable, front: TelegramFrontEnd, conversation: Conversation) -> None:
        self.table = table
        self.front = front
        self.conversation = conversation
        self.book = conversation.asker.kb.rulebook

    def _due(self, reminder: Reminder) -> datetime:
        return due_at(self.book, reminder.day)

    def _queue(self, application: AnyApplication) -> JobQueue[Any]:
        queue = application.job_queue
        if queue is None:  # pragma: no cover - the job-queue extra is a dependency
            raise RuntimeError("python-telegram-bot's JobQueue is missing: install the job-queue extra")
        return queue

    async def changed(self, application: AnyApplication, student: int, state: StudentState) -> None:
        """After a stored turn that changed them: the table and the JobQueue follow the reminders.

        A blank state is /forget: the student's rows go, sent ones too."""
        await self.table.sync(student, state.reminders, self._due)
        if state.is_blank():
            await self.table.erase(student)
        queue = self._queue(application)
        prefix = f"{JOB_PREFIX}{student}:"
        wanted = {f"{prefix}{row.id}": row for row in await self.table.pending(student)}
        for job in queue.jobs():
            if job.name and job.name.startswith(prefix) and job.name not in wanted:
                job.schedule_removal()
        for name, row in wanted.items():
            if not queue.get_jobs_by_name(name):
                self.schedule(queue, name, row.due, student)

    async def reload(self, application: AnyApplication) -> int:
        """At start-up: the table follows every stored state, then each unsent row gets its job.

        A row whose time passed while the bot was down runs now (its job decides: sent once if
        still useful, else dropped)."""
        for student, data in application.user_data.items():
            try:
                state = load_state(data)
            except NewerStateError:
                continue
            await self.table.sync(student, state.reminders, self._due)
        queue = self._queue(application)
        rows = await self.table.pending()
        now = datetime.now(tz=zone(self.book))
        for row in rows:
            name = f"{JOB_PREFIX}{row.student}:{row.id}"
            when: datetime | float = row.due if row.due > now else 0.0
            self.schedule(queue, name, when, row.student)
        return len(rows)

    def schedule(self, queue: JobQueue[Any], name: str, when: datetime | float, student: int) -> None:
        """One reminder's job. It runs however late it fires: a busy morning (a thousand due at
        10:00) holds jobs up for seconds, and the scheduler's default would skip a job more than a
        second late, leaving its student without the reminder until the next restart. Lateness is
        the job's to judge: `deliver` drops a reminder whose deadline has passed."""
        queue.run_once(
            self._job,
            when=when,
            name=name,
            data=student,
            user_id=student,
            job_kwargs={"misfire_grace_time": None, "coalesce": True},
        )

    async def _job(self, context: AnyContext) -> None:
        job = context.job
        if job is None or not isinstance(job.data, int):
            return
        await self.deliver(context, job.data)

    async def deliver(self, context: AnyContext, student: int) -> None:
        """Due reminders into the outbox with the new state, in one write; then sent as replies."""
        record = StudentRecord(
            context.application.user_data[student], student, context.application.persistence
        )
        try:
            state = record.state()
        except NewerStateError:
            return
        delivery = self.conversation.due(state, self.front.today())
        for reminder in delivery.dropped:
            log.info("reminder dropped: its deadline has passed (kind=%s)", reminder.kind.value)
        done = [r.id for r in (*delivery.sent, *delivery.dropped)]
        if not done:
            return
        record.owe(delivery.state, delivery.replies)
        await record.commit()
        await self.table.mark_sent(student, done)
        log.info("reminders due: %d sent, %d dropped", len(delivery.sent), len(delivery.dropped))
        await self.front.drain(context, student, record)
