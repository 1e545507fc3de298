"""Issue 10's figures for `make bench`: faults, duplicates, a flooding group, a hanging chat, bytes.

Run: python -m tests.e2e.bench_faults [--long]. Prints rows; never asserts a timing.

- 25 % of sendMessage calls fail (429 with retry_after 1, 500, a 5 s hang the bot gives up on
  after its 3 s read timeout, a dropped connection; half the hangs and drops after Telegram took
  the message): updates/s, p50/p99 and the duplicates the students saw, next to how many sends
  the bot retried after no answer (the only way it may repeat a message).
- one group floods the bot while a private student asks: the student's p50/p99.
- 10 % of one busy chat's sends hang while a private student asks: the student's p50/p99.
- bytes stored per student: the SQLite file's growth over N students with an 8-item ledger.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bot.latency import percentiles_ms
from tests.botapi import BotApiStandIn
from tests.e2e.bench_e2e import QUESTIONS, in_parallel
from tests.e2e.harness import TOKEN, BotProcess

PATIENCE = 120.0
"""Seconds a bench student waits for one reply before the run is called broken."""
THINK = 0.25
"""Seconds the measured student waits between a reply and the next question."""
FLOOD_EVERY = 0.02
"""Seconds between a flooding group's messages: more updates than MAX_CONCURRENT over the span."""
BUSY_EVERY = 0.2
"""Seconds between the hanging chat's messages (well under the 30/s overall limit)."""


def _ask(standin: BotApiStandIn, chat: int, text: str, *, new_text: bool = False) -> float:
    """Send `text`; seconds until a reply arrives (with `new_text`: a text not seen before in this
    chat, so a repeated earlier reply is not taken for the answer)."""
    before = standin.messages(chat)
    texts = {m.text for m in before}

    def answered() -> bool:
        now = standin.messages(chat)
        return any(m.text not in texts for m in now) if new_text else len(now) > len(before)

    start = time.monotonic()
    standin.send_text(chat, text)
    standin.wait_until(answered, PATIENCE, "a reply")
    return time.monotonic() - start


def _students(standin: BotApiStandIn, chats: list[int], rounds: int) -> tuple[float, list[float]]:
    return in_parallel(chats, rounds, lambda chat, question: _ask(standin, chat, question, new_text=True))


def faults_row(students: int, rounds: int) -> str:
    with BotApiStandIn(token=TOKEN) as standin, tempfile.TemporaryDirectory() as folder:
        bot = BotProcess(standin, Path(folder)).start()
        try:
            standin.random_faults(
                0.25,
                seed=10,
                kinds=("429", "500", "hang", "drop"),
                methods=("sendMessage",),
                hang_for=5.0,
                processed=0.5,
            )
            chats = [30_000 + i for i in range(students)]
            wall, latencies = _students(standin, chats, rounds)
            standin.clear_faults()
            standin.wait_idle(timeout=PATIENCE)
        finally:
            bot.stop()
        sent = [(c, m.text) for c in chats for m in standin.messages(c)]
        duplicates = sum(n - 1 for n in Counter(sent).values())
        may_repeat = bot.log().count("may arrive twice")
        lost = sum(1 for f in standin.injected_faults() if f.processed)
        faults = len(standin.injected_faults())
    p50, p99 = percentiles_ms(latencies)
    return (
        f"25 % faults ({faults} injected, {students} students x {rounds}): "
        f"{len(latencies) / wall:.1f} updates/s, "
        f"p50 {p50:.0f} ms, p99 {p99:.0f} ms; {duplicates} duplicates in {len(sent)} messages "
        f"({may_repeat} retries after no answer, {lost} sends accepted with the answer lost)"
    )


def _busy(stop: threading.Event, send: Callable[[], object], every: float) -> threading.Thread:
    def loop() -> None:
        while not stop.is_set():
            send()
            stop.wait(every)

    thread = threading.Thread(target=loop)
    thread.start()
    return thread


def _measured_student(standin: BotApiStandIn, chat: int, questions: int) -> tuple[float, float]:
    """A private student asking one question every THINK seconds; p50 and p99 of the replies."""
    latencies = []
    for i in range(questions):
        latencies.append(_ask(standin, chat, QUESTIONS[i % len(QUESTIONS)]))
        time.sleep(THINK)
    return percentiles_ms(latencies)


def flood_rows(questions: int) -> list[str]:
    rows = []
    with BotApiStandIn(token=TOKEN) as standin, tempfile.TemporaryDirectory() as folder:
        bot = BotProcess(standin, Path(folder)).start()
        try:
            _measured_student(standin, 31_000, 2)  # warm up
            stop = threading.Event()
            flooded: list[int] = []

            def flood_once() -> None:
                standin.send_group_text(-1_003_100, 31_001, "/help@standin_bot")
                flooded.append(1)

            flood = _busy(stop, flood_once, FLOOD_EVERY)
            try:
                p50, p99 = _measured_student(standin, 31_002, questions)
            finally:
                stop.set()
                flood.join()
            updates = len(
                [r for r in standin.requests("sendMessage") if str(r.params.get("chat_id")) == "-1003100"]
            )
            rows.append(
                f"one group flooding ({len(flooded)} updates at {1 / FLOOD_EVERY:.0f}/s, "
                f"{updates} group replies at 20/min, the rest skipped past 20 waiting): "
                f"private student p50 {p50:.0f} ms, p99 {p99:.0f} ms ({questions} questions)"
            )
            standin.random_faults(
                0.10, seed=11, kinds=("hang",), methods=("sendMessage",), chats=(31_003,), hang_for=5.0
            )
            stop = threading.Event()
            slow = _busy(stop, lambda: standin.send_text(31_003, "/help"), BUSY_EVERY)
            try:
                p50, p99 = _measured_student(standin, 31_004, questions)
            finally:
                stop.set()
                slow.join()
            hangs = len(standin.injected_faults())
            rows.append(
                f"10 % of one busy chat's sends hanging ({1 / BUSY_EVERY:.0f} updates/s, {hangs} hangs): "
                f"private student p50 {p50:.0f} ms, p99 {p99:.0f} ms ({questions} questions)"
            )
            standin.clear_faults()
        finally:
            bot.kill()
    return rows


def bytes_row(students: int) -> str:
    from bot.dialogs.state import Ledger, LedgerItem, StudentState
    from bot.telegram.outbox import SEEN, SEEN_KEPT, STATE
    from bot.telegram.persistence import SQLitePersistence

    def size(path: Path) -> int:
        db = sqlite3.connect(path)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        return path.stat().st_size

    ledger = Ledger(
        items=tuple(
            LedgerItem(id=i, kind="course", name=f"Elective course number {i}", ec_counted=5, level=400)
            for i in range(1, 9)
        ),
        next_id=9,
    )
    row = {
        STATE: StudentState(ledger=ledger).model_dump(mode="json"),
        SEEN: [f"m{n}" for n in range(SEEN_KEPT)],
    }
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "state.sqlite3"
        store = SQLitePersistence(path)
        store.close()
        empty = size(path)
        store = SQLitePersistence(path)

        async def fill() -> None:
            for user in range(1, students + 1):
                await store.update_user_data(user, row)

        asyncio.run(fill())
        store.close()
        full = size(path)
    return (
        f"bytes stored per student (8-item ledger, {SEEN_KEPT} delivery keys, {students} students): "
        f"{(full - empty) / students:.0f} B ({full - empty} B in all)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.e2e.bench_faults")
    parser.add_argument("--long", action="store_true")
    args = parser.parse_args(argv)
    students, rounds, questions, stored = (200, 4, 100, 10_000) if args.long else (50, 4, 60, 1000)
    print("\nfaults, duplicates, a flooding group, a hanging chat, bytes (python -m bot run, loopback)")
    print(faults_row(students, rounds))
    for row in flood_rows(questions):
        print(row)
    print(bytes_row(stored))
    return 0


if __name__ == "__main__":
    sys.exit(main())
