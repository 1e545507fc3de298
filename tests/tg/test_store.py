"""The SQLite store: its disk work runs off the event loop, and an older file migrates harmlessly."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.rules.reminders import DeadlineKind, Reminder
from bot.telegram.persistence import SCHEMA_VERSION, Connection, SQLitePersistence
from bot.telegram.reminders import ReminderTable


async def test_reads_and_writes_run_in_worker_threads_not_on_the_event_loop(tmp_path: Path) -> None:
    store = SQLitePersistence(tmp_path / "state.sqlite3")
    threads: set[int] = set()
    store._db.raw.set_trace_callback(lambda _statement: threads.add(threading.get_ident()))
    await store.update_user_data(1, {"state": {}})
    seq = await store.inbox_add({"update_id": 1})
    assert [row for row, _ in await store.inbox_pending()] == [seq]
    await store.inbox_done(seq)
    await store.drop_user_data(1)
    store.close()
    assert threads and threading.get_ident() not in threads


def test_a_schema_2_store_loses_its_unused_tables_and_keeps_every_student(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    with sqlite3.connect(path) as db:  # as version 2 of the bot left it
        db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        db.execute("INSERT INTO schema_version (version) VALUES (2)")
        db.execute("CREATE TABLE user_data (user_id INTEGER PRIMARY KEY, data TEXT NOT NULL)")
        db.execute("CREATE TABLE chat_data (chat_id INTEGER PRIMARY KEY, data TEXT NOT NULL)")
        db.execute("CREATE TABLE bot_data (id INTEGER PRIMARY KEY CHECK (id = 0), data TEXT NOT NULL)")
        db.execute("CREATE TABLE conversations (name TEXT, key TEXT, state TEXT, PRIMARY KEY (name, key))")
        db.execute("CREATE TABLE inbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, data TEXT NOT NULL)")
        db.execute("INSERT INTO user_data VALUES (7, ?)", (json.dumps({"state": {"next_reminder": 1}}),))
        db.execute("INSERT INTO inbox (data) VALUES ('{\"update_id\": 5}')")
    db.close()
    for _ in range(2):  # and opening it again changes nothing
        store = SQLitePersistence(path)
        assert store.snapshot(7) == {"state": {"next_reminder": 1}}
        store.close()
    with sqlite3.connect(path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = db.execute("SELECT version FROM schema_version").fetchone()[0]
        inbox = db.execute("SELECT data FROM inbox").fetchall()
    db.close()
    assert tables - {"sqlite_sequence"} == {"schema_version", "user_data", "inbox"}
    assert version == SCHEMA_VERSION and inbox == [('{"update_id": 5}',)]


async def test_a_thousand_concurrent_reminder_writes_never_misuse_the_connection(tmp_path: Path) -> None:
    """A morning's batch: every job marks its row sent while others read and erase. A cursor that
    escaped the worker thread used to be freed on the event loop mid-statement ("bad parameter or
    other API misuse"), and the job's student got nothing."""
    table = ReminderTable(tmp_path / "state.sqlite3")
    day = datetime(2027, 6, 17, 10, tzinfo=UTC)
    reminders = [
        Reminder(
            id=1,
            kind=DeadlineKind.CORRECTION,
            deadline=date(2027, 7, 1),
            day=date(2027, 6, 17),
            clause="usis_correction",
        )
    ]
    await asyncio.gather(*(table.sync(s, reminders, lambda _r: day) for s in range(300)))
    await asyncio.gather(
        *(table.mark_sent(s, [1]) for s in range(0, 300, 2)),
        *(table.erase(s) for s in range(1, 300, 2)),
        *(table.pending(s) for s in range(300)),
    )
    assert await table.pending() == []
    table.close()


def test_work_that_returns_a_cursor_is_refused(tmp_path: Path) -> None:
    connection = Connection(sqlite3.connect(tmp_path / "x.sqlite3", check_same_thread=False))
    with pytest.raises(TypeError, match="cursor"):
        connection.now(lambda db: db.execute("SELECT 1"))
    assert connection.now(lambda db: db.execute("SELECT 1").fetchone()) == (1,)
    connection.close()
