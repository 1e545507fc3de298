"""The real bot process (`python -m bot run`) against the local Bot API stand-in, and a student."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.botapi import BotApiStandIn, BotMessage

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "987654321:" + "E2eStandInTokenAbcdefghijklmnopqrs"
WAIT = 20.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class BotProcess:
    """One `python -m bot run` subprocess; its whole log is kept for the privacy checks."""

    standin: BotApiStandIn
    folder: Path
    webhook_port: int | None = None
    secret: str = "e2e-webhook-secret_1"
    process: subprocess.Popen[bytes] | None = None
    settings: dict[str, str] = field(default_factory=dict)
    """Extra BOT_* settings for this process, e.g. BOT_OVERALL_MAX_RATE for the bench."""
    log_path: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log_path = self.folder / "bot.log"

    @property
    def store(self) -> Path:
        return self.folder / "state.sqlite3"

    def env(self) -> dict[str, str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.folder),
            "PYTHONPATH": str(ROOT),
            "BOT_TOKEN": self.standin.token,
            "BOT_API_BASE_URL": self.standin.base_url,
            "BOT_API_BASE_FILE_URL": self.standin.base_file_url,
            "BOT_PERSISTENCE_PATH": str(self.store),
            "BOT_LOG_LEVEL": "INFO",
            "BOT_POLL_TIMEOUT": "1",
            "BOT_READ_TIMEOUT": "3",
            "BOT_CONNECT_TIMEOUT": "3",
        }
        if self.webhook_port is not None:
            env |= {
                "BOT_WEBHOOK_URL": f"http://127.0.0.1:{self.webhook_port}/hook",
                "BOT_WEBHOOK_PORT": str(self.webhook_port),
                "BOT_WEBHOOK_LISTEN": "127.0.0.1",
                "BOT_WEBHOOK_SECRET": self.secret,
            }
        return env | self.settings

    def start(self) -> BotProcess:
        args = [sys.executable, "-m", "bot", "run"]
        if self.webhook_port is not None:
            args.append("--webhook")
        already = len(self.standin.requests("setMyCommands"))
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(args, cwd=self.folder, env=self.env(), stdout=log, stderr=log)
        self.standin.wait_until(
            lambda: len(self.standin.requests("setMyCommands")) > already, WAIT, "the bot to start"
        )
        if self.webhook_port is not None:
            self.standin.wait_until(lambda: bool(self.standin.requests("setWebhook")), WAIT, "the webhook")
        return self

    def kill(self) -> None:
        """kill -9: no chance to flush anything."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def wait_settled(self, user_id: int, what: str = "the reply stored as sent") -> None:
        """Wait until every reply owed to the student is stored as sent: a kill now repeats nothing."""
        self.standin.wait_until(lambda: settled(self.store, user_id), WAIT, what)

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


@contextmanager
def running_bot(standin: BotApiStandIn, folder: Path, *, webhook: bool = False) -> Iterator[BotProcess]:
    bot = BotProcess(standin, folder, webhook_port=free_port() if webhook else None).start()
    try:
        yield bot
    finally:
        bot.stop()


@dataclass
class Student:
    """One student in a private chat: types, presses, and reads what the bot sent."""

    standin: BotApiStandIn
    chat_id: int
    seen: list[BotMessage] = field(default_factory=list)
    patience: float = WAIT
    """Seconds to wait for a reply; under load, replies queue behind the rate limiter."""

    def _wait(self, count: int) -> list[BotMessage]:
        got = self.standin.wait_for_messages(self.chat_id, count, timeout=self.patience)
        self.seen.extend(got)
        return got

    def say(self, text: str, replies: int = 1) -> str:
        self.standin.send_text(self.chat_id, text)
        return "\n\n".join(m.text or "" for m in self._wait(replies))

    def press(self, label: str, replies: int = 1) -> str:
        message = next(m for m in reversed(self.seen) if any(label in b for row in m.buttons for b in row))
        exact = next(b for row in message.buttons for b in row if label in b)
        self.standin.press(self.chat_id, message.message_id, exact)
        return "\n\n".join(m.text or "" for m in self._wait(replies))

    @property
    def buttons(self) -> list[str]:
        return [b for row in self.seen[-1].buttons for b in row] if self.seen else []

    def settle(self, quiet: float = 0.3) -> list[BotMessage]:
        """Messages that arrive within a quiet period (to prove nothing more, or nothing twice, came)."""
        time.sleep(quiet)
        extra = self.standin.unread(self.chat_id)
        self.standin.mark_read(self.chat_id)
        return extra


def stored_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the bot's store, read with sqlite3 as anyone could."""
    import sqlite3

    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}


def stored_state(path: Path, user_id: int) -> dict[str, object] | None:
    import json
    import sqlite3

    with sqlite3.connect(path) as db:
        row = db.execute("SELECT data FROM user_data WHERE user_id = ?", (user_id,)).fetchone()
    return json.loads(row[0]).get("state") if row else None


def settled(path: Path, user_id: int) -> bool:
    """Every reply owed to the student is stored as sent (a kill now repeats nothing)."""
    import json
    import sqlite3

    with sqlite3.connect(path) as db:
        row = db.execute("SELECT data FROM user_data WHERE user_id = ?", (user_id,)).fetchone()
    return row is None or not json.loads(row[0]).get("outbox")


@contextmanager
def talking_to_bot(
    standin: BotApiStandIn, folder: Path, chat_id: int, *, webhook: bool = False
) -> Iterator[tuple[BotProcess, Student]]:
    """The bot running and one student in a private chat with it, as most stories begin; the bot
    is stopped on leaving, so its whole log can be read after the block."""
    with running_bot(standin, folder, webhook=webhook) as bot:
        yield bot, Student(standin, chat_id)
