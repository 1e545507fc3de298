"""End-to-end figures for `make bench`: many students over loopback, the bot next to an echo bot.

Run: python -m tests.e2e.bench_e2e [--long]. Prints rows; never asserts a timing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from bot.latency import percentiles_ms
from tests.botapi import BotApiStandIn
from tests.e2e.harness import TOKEN, BotProcess

QUESTIONS = [
    "does a level 300 course count?",
    "how do I file a petition?",
    "I have 22 EC and started in September, am I on track?",
    "can I use an honours course as an elective?",
]


class EchoProcess(BotProcess):
    def start(self) -> EchoProcess:
        already = len(self.standin.requests("setMyCommands"))
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.e2e.echo_bot"],
                cwd=self.folder,
                env=self.env(),
                stdout=log,
                stderr=log,
            )
        self.standin.wait_until(
            lambda: len(self.standin.requests("setMyCommands")) > already, 30, "echo start"
        )
        return self


def in_parallel(
    chats: Iterable[int], rounds: int, ask: Callable[[int, str], float]
) -> tuple[float, list[float]]:
    """Each chat asks `rounds` questions in a thread of its own; wall seconds and every latency
    (`ask(chat, question)` returns the seconds until the reply)."""
    latencies: list[float] = []
    lock = threading.Lock()

    def student(chat: int) -> None:
        for i in range(rounds):
            took = ask(chat, QUESTIONS[(chat + i) % len(QUESTIONS)])
            with lock:
                latencies.append(took)

    threads = [threading.Thread(target=student, args=(chat,)) for chat in chats]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.monotonic() - began, latencies


def _run(standin: BotApiStandIn, students: int, rounds: int) -> tuple[float, list[float]]:
    def ask(chat: int, question: str) -> float:
        start = time.monotonic()
        standin.send_text(chat, question)
        standin.wait_for_messages(chat, 1, timeout=120)
        return time.monotonic() - start

    return in_parallel(range(20_000, 20_000 + students), rounds, ask)


def measure(students: int, rounds: int, rate: str) -> list[tuple[str, float, float, float]]:
    """Both bots with the same overall rate limit: "30" is Telegram's, "0" lifts it."""
    rows: list[tuple[str, float, float, float]] = []
    for name, kind in (("echo bot (floor)", EchoProcess), ("this bot", BotProcess)):
        with BotApiStandIn(token=TOKEN) as standin, tempfile.TemporaryDirectory() as folder:
            proc = kind(standin, Path(folder), settings={"BOT_OVERALL_MAX_RATE": rate}).start()
            try:
                wall, latencies = _run(standin, students, rounds)
            finally:
                proc.stop()
        p50, p99 = percentiles_ms(latencies)
        rows.append((name, len(latencies) / wall, p50, p99))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.e2e.bench_e2e")
    parser.add_argument("--long", action="store_true")
    args = parser.parse_args(argv)
    students, rounds = (500, 4) if args.long else (50, 4)
    print(
        f"\nend to end over loopback: {students} students x {rounds} questions, python -m bot run vs echo bot"
    )
    header = f"{'bot':<34} {'updates/s':>10} {'p50 ms':>9} {'p99 ms':>9} {'p50 ratio':>10}"
    print(header)
    print("-" * len(header))
    for rate, limiter in (("30", "limiter 30/s"), ("0", "no limiter")):
        rows = measure(students, rounds, rate)
        floor = rows[0]
        for name, per_second, p50, p99 in rows:
            label = f"{name} ({limiter})"
            print(f"{label:<34} {per_second:>10.1f} {p50:>9.1f} {p99:>9.1f} {p50 / floor[2]:>9.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
