"""Reminders through process_update: the calendar goes out as a document; the table and jobs follow."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from bot.app import Assembly
from tests.tg.wiring import build, button, message_update, press_update, send

TODAY = date(2026, 11, 25)
STUDENT = 5151


def _rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path / "state.sqlite3") as db:
        return db.execute("SELECT kind, deadline, sent FROM reminders ORDER BY id").fetchall()


async def test_calendar_document_and_reminder_rows(assembly: Assembly, tmp_path: Path) -> None:
    app, api = build(assembly.conversation, tmp_path, TODAY)
    async with app:
        await send(app, message_update(STUDENT, "/circumstances"))
        await send(app, press_update(STUDENT, button(api.sent()[-1], "Educational")))
        await send(app, press_update(STUDENT, button(api.sent()[-1], "Remind me")))
        assert "these reminders will come" in api.sent()[-1]["text"]
        assert _rows(tmp_path) == []
        await send(app, press_update(STUDENT, button(api.sent()[-1], "Add to calendar")))
        (document,) = api.sent("sendDocument")
        await send(app, press_update(STUDENT, button(api.sent()[-1], "Yes, remind me")))
        assert [(kind, sent) for kind, _, sent in _rows(tmp_path)] == [
            ("circumstances", 0),
            ("circumstances", 0),
            ("decision", 0),
        ]
        assert app.job_queue is not None and len(app.job_queue.jobs()) == 3
        await send(app, message_update(STUDENT, "/forget"))
        await send(app, press_update(STUDENT, button(api.sent()[-1], "Yes, erase everything")))
        assert _rows(tmp_path) == []
    assert document["chat_id"] == STUDENT  # the file's bytes go as multipart: tests/dialogs/test_calendar.py
    assert "calendar" in document["caption"]
