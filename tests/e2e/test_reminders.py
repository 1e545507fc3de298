"""Reminders over HTTP against the Bot API stand-in: set by a tap, stored, reloaded after kill -9."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.botapi import BotApiStandIn
from tests.e2e.harness import WAIT, BotProcess, Student, stored_rows, talking_to_bot

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _seed_reminder(store: Path, student: int, due: datetime) -> None:
    """As if the student had set a reminder that falls due at `due` (the table holds the time)."""
    today = datetime.now(AMSTERDAM).date()
    reminder = {
        "id": 1,
        "kind": "correction",
        "deadline": (today + timedelta(days=30)).isoformat(),
        "day": today.isoformat(),
        "clause": "usis_correction",
        "sent": False,
        "days_before": 14,
    }
    with sqlite3.connect(store) as db:
        (raw,) = db.execute("SELECT data FROM user_data WHERE user_id = ?", (student,)).fetchone()
        data = json.loads(raw)
        data["state"]["reminders"] = [reminder]
        data["state"]["next_reminder"] = 2
        db.execute("UPDATE user_data SET data = ? WHERE user_id = ?", (json.dumps(data), student))
        db.execute(
            "INSERT INTO reminders (student, id, kind, deadline, due) VALUES (?, 1, 'correction', ?, ?)",
            (student, reminder["deadline"], due.isoformat()),
        )


def _reminders(standin: BotApiStandIn, student: Student) -> list[str]:
    return [m.text or "" for m in student.seen if (m.text or "").startswith("🔔 Reminder")]


def test_a_reminder_due_in_seconds_arrives_once_across_a_kill_and_restart(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    with talking_to_bot(standin, tmp_path, 7001) as (bot, student):
        student.say("/start")
        bot.wait_settled(7001)
        bot.kill()
        _seed_reminder(bot.store, 7001, datetime.now(AMSTERDAM) + timedelta(seconds=4))
        bot.start()  # the job is reloaded from the table ...
        bot.kill()  # ... and the bot killed before it is due
        bot.start()
        student._wait(1)
        texts = _reminders(standin, student)
        assert len(texts) == 1 and "have wrong uSis data corrected before" in texts[0]
        assert "From the page:" in texts[0]
        bot.wait_settled(7001, "the reminder stored as sent")
        assert [row[-1] for row in stored_rows(bot.store)["reminders"]] == [1]  # sent
        bot.kill()
        bot.start()
        assert student.settle(1.5) == []  # never twice
        assert "Done, stop these" in student.buttons
        student.say("/forget")
        student.press("Yes, erase everything")
        standin.wait_until(lambda: stored_rows(bot.store)["reminders"] == [], WAIT, "sent rows erased too")
    assert "wrong uSis" not in bot.log()  # log lines carry no text


def test_opt_in_over_http_stores_the_reminders_and_forget_erases_them(
    standin: BotApiStandIn, bot: BotProcess
) -> None:
    student = Student(standin, 7002)
    student.say("/circumstances")
    student.press("Educational")
    student.press("Next")
    yesterday = datetime.now(AMSTERDAM).date() - timedelta(days=1)
    text = student.say(yesterday.isoformat())
    assert "Appeal:" in text and "🔔 Remind me" in student.buttons
    text = student.press("🔔 Remind me")
    assert "these reminders will come" in text
    assert "reminders" not in stored_rows(bot.store) or not stored_rows(bot.store)["reminders"]
    student.press("Yes, remind me")
    standin.wait_until(lambda: len(stored_rows(bot.store)["reminders"]) == 2, WAIT, "two rows stored")
    last_day = yesterday + timedelta(weeks=6)
    rows = stored_rows(bot.store)["reminders"]
    assert {date.fromisoformat(str(r[3])) for r in rows} == {last_day}
    assert all(r[2] == "appeal" and r[5] == 0 for r in rows)
    text = student.say("/reminders")
    assert text.count("\n• ") == 2
    student.say("/forget")
    student.press("Yes, erase everything")
    standin.wait_until(lambda: stored_rows(bot.store)["reminders"] == [], WAIT, "the rows erased")
