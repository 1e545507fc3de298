"""A morning's batch of reminders: many students due at once, sent through the rate limiter.

Every student has one reminder due at the same moment; the JobQueue runs all the jobs, each puts
its message in the student's outbox and drains it, and python-telegram-bot's rate limiter spreads
the sends under Telegram's 30 messages a second. Nothing is dropped: the figure is how long the
whole batch takes. Used by `make bench` (1,000 students) and, small, by a test (no timing checked).
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from bot.dialogs.conversation import Conversation
from bot.dialogs.state import StudentState
from bot.rules.reminders import DeadlineKind, Reminder, zone
from bot.settings import Settings
from bot.telegram.application import build_application
from bot.telegram.handlers import TelegramFrontEnd
from bot.telegram.offline import OfflineBotApi
from bot.telegram.outbox import STATE
from bot.telegram.reminders import JOB_PREFIX, ReminderJobs

TOKEN = "123456789:" + "R" * 35
TODAY = date(2027, 6, 17)
FIRST_STUDENT = 300_000


@dataclass(frozen=True)
class Batch:
    students: int
    sent: int
    distinct_chats: int
    seconds: float
    rate: int


def _jobs(front: object) -> ReminderJobs:
    """The ReminderJobs the application was built with (they follow the front end's turns)."""
    if not isinstance(front, TelegramFrontEnd) or front.on_state is None:
        raise RuntimeError("the application has no reminder jobs")
    jobs = getattr(front.on_state, "__self__", None)
    if not isinstance(jobs, ReminderJobs):
        raise RuntimeError("the application has no reminder jobs")
    return jobs


async def _run(
    conversation: Conversation, students: int, rate: int, folder: Path, limit: float, stall: float
) -> Batch:
    api = OfflineBotApi()
    settings = Settings(token=TOKEN, persistence_path=folder / "batch.sqlite3", overall_max_rate=rate)
    app = build_application(
        conversation, settings, request=api, get_updates_request=OfflineBotApi(), today=lambda: TODAY
    )
    handler = next(iter(app.handlers[0]))
    jobs = _jobs(getattr(handler.callback, "__self__", None))
    reminder = Reminder(
        id=1,
        kind=DeadlineKind.CORRECTION,
        deadline=TODAY + timedelta(days=14),
        day=TODAY,
        clause="usis_correction",
    )
    state = StudentState(reminders=(reminder,), next_reminder=2)
    async with app:
        queue = app.job_queue
        if queue is None:  # pragma: no cover - the job-queue extra is a dependency
            raise RuntimeError("no job queue")
        await app.start()
        moment = datetime.now(zone(jobs.book)) + timedelta(seconds=0.5)
        for student in range(FIRST_STUDENT, FIRST_STUDENT + students):
            app.user_data[student][STATE] = state.model_dump(mode="json")
            await jobs.table.sync(student, state.reminders, lambda _r: moment)
            name = f"{JOB_PREFIX}{student}:1"
            jobs.schedule(queue, name, moment, student)
        time.sleep(stall)  # the event loop held up past the jobs' time, as on a busy morning
        start = time.perf_counter()
        deadline = start + limit
        while len(api.sent()) < students and time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
        seconds = time.perf_counter() - start
        await app.stop()
    sent = api.sent()
    jobs.table.close()
    return Batch(
        students=students,
        sent=len(sent),
        distinct_chats=len({m["chat_id"] for m in sent}),
        seconds=seconds,
        rate=rate,
    )


def reminder_batch(
    conversation: Conversation, students: int, rate: int = 30, limit: float = 300.0, stall: float = 0.0
) -> Batch:
    """Send one due reminder to each of `students` students at once; wait at most `limit` seconds.
    `stall` blocks the event loop that long once the jobs are set, so they all fire late."""
    with tempfile.TemporaryDirectory() as folder:
        return asyncio.run(_run(conversation, students, rate, Path(folder), limit, stall))
