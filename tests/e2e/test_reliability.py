"""Issue 10: no student dropped, blocked or stalled under real faults (one test per finding)."""

from __future__ import annotations

from pathlib import Path

from tests.botapi import BotApiStandIn
from tests.e2e.harness import (
    WAIT,
    BotProcess,
    Student,
    running_bot,
    stored_rows,
    stored_state,
    talking_to_bot,
)


def test_1_students_are_answered_after_telegram_restarts_update_ids(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    bot = BotProcess(standin, tmp_path).start()
    student = Student(standin, 8101)
    try:
        student.say("/course")
        student.say("Sound Design")
    finally:
        bot.stop()
    standin.restart_update_ids(5)  # lower than every id the student's row has seen
    with_restarted = bot.start()
    try:
        assert "Media Technology" in student.say("/start") or student.seen[-1].buttons
        assert "What I can do" in student.say("/help")
        assert student.say("/cancel")
        assert "cannot be used as electives" in student.say("can i use an honours course as an elective?")
    finally:
        with_restarted.stop()


def _seed_ledger(path: Path, user_id: int, items: int) -> None:
    """A student who recorded `items` electives, written as the bot writes its rows."""
    import asyncio

    from bot.dialogs.state import Ledger, LedgerItem, StudentState
    from bot.telegram.persistence import SQLitePersistence

    ledger = Ledger(
        items=tuple(
            LedgerItem(id=i, kind="course", name=f"Course {i}", ec_counted=1, level=400)
            for i in range(1, items + 1)
        ),
        next_id=items + 1,
    )
    store = SQLitePersistence(path)
    state = StudentState(ledger=ledger).model_dump(mode="json")
    asyncio.run(store.update_user_data(user_id, {"state": state}))
    store.close()


def _wait_for_button(standin: BotApiStandIn, chat: int, label: str) -> None:
    standin.wait_until(
        lambda: any(label in b for m in standin.messages(chat) for row in m.buttons for b in row),
        WAIT,
        f"a button {label!r}",
    )


def test_3_a_long_keyboard_is_paged_and_never_blocks_the_student(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    _seed_ledger(tmp_path / "state.sqlite3", 8301, 101)
    with talking_to_bot(standin, tmp_path, 8301) as (bot, student):
        standin.send_text(8301, "/electives")
        _wait_for_button(standin, 8301, "Remove one")
        standin.mark_read(8301)
        student.seen = standin.messages(8301)
        assert "Which one should I remove?" in student.press("Remove one")
        page = student.seen[-1]
        labels = [b for row in page.buttons for b in row]
        assert len(labels) <= 9 and "›" in labels and "Course 1 (1 EC)" in labels
        standin.press(8301, page.message_id, "›")
        standin.wait_until(
            lambda: (
                "Course 9 (1 EC)"
                in [b for row in standin.message(8301, page.message_id).buttons for b in row]
            ),
            WAIT,
            "the second page",
        )
        student.seen[-1] = standin.message(8301, page.message_id)
        assert "Remove “Course 9” from your list?" in student.press("Course 9 (1 EC)")
        assert "Erase it all?" in student.say("/forget")
        assert "erased everything" in student.press("Yes, erase everything")
        for message in standin.messages(8301):
            assert sum(len(row) for row in message.buttons) <= 100
    assert "reply refused" not in bot.log()


def test_3_a_reply_telegram_refuses_never_blocks_the_next_ones(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    with talking_to_bot(standin, tmp_path, 8302) as (bot, student):
        standin.max_buttons = 1  # every keyboard of the bot is now refused with 400
        assert "What I can do" in student.say("/help")
        assert student.seen[-1].buttons == []  # degraded: the text, without its buttons
        standin.max_buttons = 100
        assert "What is the course called?" in student.say("/course")
        standin.fail_next("sendMessage", 400, count=2)  # refused even without buttons: dropped
        student.say("Sound Design", replies=0)
        assert "Erase it all?" in student.say("/forget")
        assert "erased everything" in student.press("Yes, erase everything")
    log = bot.log()
    assert "reply refused: BadRequest" in log and "reply refused and dropped: BadRequest" in log
    assert "update failed" not in log and "Sound Design" not in log


def test_9_every_button_press_is_answered_and_odd_digits_get_a_re_ask(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    with talking_to_bot(standin, tmp_path, 8901) as (bot, student):
        student.say("/start")
        menu = student.seen[-1]
        for data in ("²:k", "①:fy", "pg:x", "", "0:"):
            query = standin.press_raw(8901, menu.message_id, data or "x")
            standin.wait_for_callback_answer(query, timeout=WAIT)
        forged = standin.press_inline(8901, "1:k")
        standin.wait_for_callback_answer(forged, timeout=WAIT)
        student.say("/course")
        student.say("Sound Design")
        student.press("Leiden University")
        for odd in ("³", "①"):
            assert "At what level?" in student.say(odd)
        assert "is closed, and your answers there with it" in student.say("/progress", replies=2)
        student.press("Master, started in September")
        reask = student.say("september 0000")
        assert "How many EC have you obtained since" not in reask
        assert student.settle() == []
    assert "update failed" not in bot.log()


def test_7_group_only_students_leave_no_row(standin: BotApiStandIn, tmp_path: Path) -> None:
    with running_bot(standin, tmp_path) as bot:
        standin.send_group_text(-1008701, 8701, "/help@standin_bot")
        standin.wait_for_messages(-1008701, 1, timeout=WAIT)
        standin.send_group_text(-1008701, 8702, "just chatting")
        standin.wait_idle(timeout=WAIT)
    rows = stored_rows(bot.store)
    assert rows["user_data"] == []


def _damaged_stores(folder: Path) -> dict[str, Path]:
    """One store per way a file can be damaged or foreign; each in its own folder."""
    import json
    import sqlite3

    def good(name: str, rows: int = 300) -> Path:
        path = folder / name / "state.sqlite3"
        path.parent.mkdir()
        _seed_ledger(path, 1, 3)
        with sqlite3.connect(path) as db:
            db.executemany(
                "INSERT INTO user_data (user_id, data) VALUES (?, ?)",
                [(100 + i, json.dumps({"state": {"token": i}, "pad": "x" * 500})) for i in range(rows)],
            )
        db = sqlite3.connect(path)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        return path

    stores = {name: good(name) for name in ("header", "truncated", "json", "newer_row", "newer_schema")}
    with stores["header"].open("r+b") as f:
        f.write(b"NOT SQLITE AT ALL")
    data = stores["truncated"].read_bytes()
    stores["truncated"].write_bytes(data[: len(data) // 2])
    with sqlite3.connect(stores["json"]) as db:
        db.execute("UPDATE user_data SET data = '{not json' WHERE user_id = 1")
    with sqlite3.connect(stores["newer_row"]) as db:
        db.execute(
            "UPDATE user_data SET data = ? WHERE user_id = 1", (json.dumps({"state": {"schema_version": 2}}),)
        )
    with sqlite3.connect(stores["newer_schema"]) as db:
        db.execute("UPDATE schema_version SET version = 99")
    text = folder / "text" / "state.sqlite3"
    text.parent.mkdir()
    text.write_text("a text file, not a database\n" * 50)
    directory = folder / "dir" / "state.sqlite3"
    directory.mkdir(parents=True)
    return {**stores, "text": text, "dir": directory}


def test_6_a_damaged_store_stops_the_bot_with_one_line_naming_the_file(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from tests.e2e.harness import ROOT

    stores = _damaged_stores(tmp_path)
    base = BotProcess(standin, tmp_path).env()
    runs = {
        name: subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=ROOT,
            env=base | {"BOT_PERSISTENCE_PATH": str(path)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for name, path in stores.items()
    }
    for name, process in runs.items():
        out, err = process.communicate(timeout=60)
        lines = [line for line in (out + err).decode().splitlines() if line.strip()]
        assert process.returncode == 78, (name, lines)
        assert len(lines) == 1 and str(stores[name]) in lines[0], (name, lines)
        assert "Traceback" not in lines[0]
    assert stored_state(stores["newer_row"], 1) == {"schema_version": 2}  # never overwritten


def _post(port: int, head: str, body: bytes = b"", *, send_body: bool = True) -> int:
    """A raw HTTP request to the bot's webhook; the status it answers (bounded by a timeout)."""
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=WAIT) as conn:
        conn.sendall(head.encode() + (body if send_body else b""))
        answer = conn.makefile("rb").readline()
    return int(answer.split()[1])


def test_8_the_webhook_checks_the_secret_first_caps_the_body_and_rejects_malformed_updates(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    with running_bot(standin, tmp_path, webhook=True) as bot:
        port = bot.webhook_port
        assert port is not None

        def head(length: int, secret: str | None = bot.secret, path: str = "/hook") -> str:
            extra = f"X-Telegram-Bot-Api-Secret-Token: {secret}\r\n" if secret else ""
            return f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {length}\r\n{extra}\r\n"

        huge = 50 << 20
        assert _post(port, head(huge, secret=None), send_body=False) == 403  # answered unread
        assert _post(port, head(huge, secret="wrong"), send_body=False) == 403
        assert _post(port, head(huge), send_body=False) == 413
        assert _post(port, head(5, path="/other"), b"{}") == 404
        for body in (b"", b"{not json Ada", b'\xff\xfe{"update_id": 1}', b"[]", b'{"update_id": "7"}'):
            assert _post(port, head(len(body)), body) == 400, body
        forged = b'{"update_id": 9, "message": {"message_id": "x", "text": "Lovelace"}}'
        assert _post(port, head(len(forged)), forged) == 400
        student = Student(standin, 8801)
        assert "What I can do" in student.say("/help")
    log = bot.log()
    assert "webhook request rejected: 413" in log and "Traceback" not in log
    assert "Ada" not in log and "Lovelace" not in log


def test_7_at_debug_the_log_and_the_store_hold_only_what_readme_says(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    import signal

    from tests.botapi import FakeUser
    from tests.e2e.journeys import course_journey

    standin.add_user(FakeUser(8702, first_name="Ada", last_name="Lovelace", username="ada_l"))
    bot = BotProcess(standin, tmp_path, settings={"BOT_LOG_LEVEL": "DEBUG"}).start()
    student = Student(standin, 8702)
    try:
        course_journey(student)
        ended = stored_state(bot.store, 8702) or {}
        assert not (ended.get("dialog") or {}).get("answers")  # type: ignore[union-attr]  # typed answers go with the dialog
        assert "Erase it all?" in student.say("/forget")
        assert "erased everything" in student.press("Yes, erase everything")
        for suffix in ("", "-wal"):
            image = Path(str(bot.store) + suffix)
            if image.exists():
                assert b"Creative <Coding>" not in image.read_bytes(), suffix
        assert "What is the course called?" in student.say("/course")
        student.say("Robotics Lab")
    finally:
        assert bot.process is not None
        bot.process.send_signal(signal.SIGTERM)
        bot.process.wait(WAIT)
    state = stored_state(bot.store, 8702)
    assert state is not None and state["dialog"] is not None  # the new row survived the shutdown flush
    log = bot.log()
    for secret in (
        "Creative",
        "Robotics",
        "Ada",
        "Lovelace",
        "ada_l",
        standin.token,
        standin.token.split(":")[1],
    ):
        assert secret not in log, secret


def test_4_a_flooded_group_never_delays_a_private_student(standin: BotApiStandIn, tmp_path: Path) -> None:
    bot = BotProcess(standin, tmp_path).start()
    try:
        for n in range(60):  # more than GROUP_BACKLOG wait: the rest are skipped
            standin.send_group_text(-1004401, 4400 + n % 5, "/help@standin_bot")
        standin.send_group_text(-1004401, 4400, "not for the bot")
        standin.wait_for_messages(-1004401, 5, timeout=WAIT)  # the flood is being answered
        student = Student(standin, 8401)
        assert "What I can do" in student.say("/help")
        assert "What is the course called?" in student.say("/course")
        # The group is held to 20 messages a minute: it is still being answered.
        assert len(standin.messages(-1004401)) < 40
        texts = [m.text or "" for m in standin.messages(8401)]
        assert "What I can do" in texts[0] and "What is the course called?" in texts[1]  # order kept
        standin.wait_until(lambda: "group flooding:" in bot.log(), WAIT, "the skipped updates logged")
    finally:
        bot.kill()


def test_2_updates_fetched_before_a_kill_9_are_all_answered_after_the_restart(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    bot = BotProcess(standin, tmp_path, settings={"BOT_OVERALL_MAX_RATE": "4"}).start()
    chats = range(8201, 8221)
    for chat in chats:
        standin.send_text(chat, "/help")
    standin.wait_until(lambda: any(standin.messages(c) for c in chats), WAIT, "a first reply")
    bot.kill()  # most of the fetched batch is still unanswered
    bot.settings = {}
    bot.start()
    try:
        standin.wait_until(lambda: all(standin.messages(c) for c in chats), WAIT, "a reply for every student")
    finally:
        bot.stop()


def _sends(standin: BotApiStandIn, chat: int) -> list[tuple[int, str | None]]:
    """sendMessage calls for one chat, oldest first: (sequence number, injected fault)."""
    return [
        (r.seq, r.fault) for r in standin.requests("sendMessage") if str(r.params.get("chat_id")) == str(chat)
    ]


def test_5_a_chat_held_by_429s_never_holds_up_another_chat(standin: BotApiStandIn, tmp_path: Path) -> None:
    bot = BotProcess(standin, tmp_path).start()
    held, free = Student(standin, 8501), Student(standin, 8502)
    try:
        standin.fail_next("sendMessage", "429", retry_after=60, chat_id=held.chat_id)
        standin.send_text(held.chat_id, "/help")
        standin.wait_until(lambda: any(f.kind == "429" for f in standin.injected_faults()), WAIT, "a 429")
        # Paused for all, this reply would wait out the held chat's 60 s (the student's patience is 20 s).
        assert "What I can do" in free.say("/help")
        assert [f for _, f in _sends(standin, held.chat_id)] == ["429"]  # the held chat waits
    finally:
        bot.kill()  # the held reply is still owed: it goes out after the restart, once
    bot.start()
    try:
        held.say("/course", replies=2)
        texts = [m.text or "" for m in held.seen]
        assert "What I can do" in texts[0] and "What is the course called?" in texts[1]  # in order
        assert held.settle() == []
    finally:
        bot.stop()
    assert [f for _, f in _sends(standin, held.chat_id)] == ["429", None, None]
    assert "update failed" not in bot.log()


def test_5_retries_are_bounded_and_a_reply_failing_forever_is_dropped(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    from bot.telegram.handlers import SEND_ATTEMPTS

    with talking_to_bot(standin, tmp_path, 8503) as (bot, student):
        standin.fail_next("sendMessage", "500", count=1000, chat_id=student.chat_id)
        standin.send_text(student.chat_id, "/help")
        standin.wait_until(lambda: "reply dropped after" in bot.log(), WAIT, "the reply to be given up")
        standin.clear_faults()
        assert "What is the course called?" in student.say("/course")  # later replies still go out
        assert student.settle() == []  # and the dropped one never comes back
    assert [f for _, f in _sends(standin, student.chat_id)] == ["500"] * SEND_ATTEMPTS + [None]
    log = bot.log()
    assert f"reply dropped after {SEND_ATTEMPTS} attempts: NetworkError" in log
    assert "What I can do" not in log and "may arrive twice" not in log  # a 500 is an answer


def test_5_only_a_send_whose_answer_was_lost_is_repeated(standin: BotApiStandIn, tmp_path: Path) -> None:
    with talking_to_bot(standin, tmp_path, 8504) as (bot, student):
        standin.fail_next("sendMessage", "drop", processed=True, chat_id=student.chat_id)
        student.say("/help", replies=2)
        assert student.seen[0].text == student.seen[1].text  # accepted, answer lost, retried: repeated
        standin.fail_next("sendMessage", "drop", chat_id=student.chat_id)  # lost before Telegram
        assert "What is the course called?" in student.say("/course")
        assert student.settle() == []
    assert bot.log().count("send retried after no answer: it may arrive twice") == 2


def test_5_a_kill_9_while_a_reply_is_on_its_way_loses_nothing_and_repeats_only_an_accepted_one(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    from tests.e2e.harness import settled

    bot = BotProcess(standin, tmp_path)
    for processed, copies in ((False, 1), (True, 2)):
        student = Student(standin, 8505 + copies)
        bot.start()
        standin.fail_next("sendMessage", "hang", chat_id=student.chat_id, processed=processed, hang_for=WAIT)
        before = len(standin.injected_faults())
        standin.send_text(student.chat_id, "/help")
        standin.wait_until(lambda: len(standin.injected_faults()) > before, WAIT, "a send")  # noqa: B023
        bot.kill()  # the reply was taken from the outbox and is on the wire, unanswered
        standin.clear_faults()
        bot.start()
        try:
            got = student._wait(copies)
            assert all("What I can do" in (m.text or "") for m in got)
            assert student.settle() == []  # never a third copy, and nothing lost
            chat = student.chat_id
            standin.wait_until(lambda: settled(bot.store, chat), WAIT, "the outbox to empty")  # noqa: B023
        finally:
            bot.stop()
