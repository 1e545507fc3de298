"""python-telegram-bot persistence in one SQLite file: written through, atomically, per update.

Why write-through: a bot killed with -9 between two periodic flushes would lose the student's
step and ledger. Each update's user data is committed before its replies are sent.

Why every call runs in a worker thread (`asyncio.to_thread`), one at a time under the store's
lock: a write waits on the disk (fsync), and on the event loop it held up every other student.

Why every row is read and checked at start: a damaged or foreign store must stop the bot with
one line naming the file and what to do (StoreError), not a traceback in a restart loop, and a
row written by a newer version must never be read as blank and overwritten.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import deepcopy
from pathlib import Path
from typing import Any, TypeVar

from telegram.ext import BasePersistence, PersistenceInput

from bot.dialogs.state import STATE_SCHEMA_VERSION

SCHEMA_VERSION = 3
Data = dict[str, Any]
ConversationKey = tuple[int | str, ...]
ConversationDict = dict[ConversationKey, object]
T = TypeVar("T")

_MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "CREATE TABLE IF NOT EXISTS user_data (user_id INTEGER PRIMARY KEY, data TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS chat_data (chat_id INTEGER PRIMARY KEY, data TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS bot_data (id INTEGER PRIMARY KEY CHECK (id = 0), data TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS conversations (name TEXT, key TEXT, state TEXT, PRIMARY KEY (name, key))",
    ),
    2: ("CREATE TABLE IF NOT EXISTS inbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, data TEXT NOT NULL)",),
    # Only user data is stored (see PersistenceInput below): these were created and never written.
    3: (
        "DROP TABLE IF EXISTS chat_data",
        "DROP TABLE IF EXISTS bot_data",
        "DROP TABLE IF EXISTS conversations",
    ),
}


RESTORE = "restore a backup (deploy/README.md) or move the file aside to start with an empty store"


class StoreError(Exception):
    """The store can't be used as it is: the message names the file and what to do, in one line."""


class Connection:
    """One SQLite connection, used by one call at a time, each off the event loop."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.raw = connection
        self._thread_lock = threading.Lock()
        self._lock = asyncio.Lock()

    def now(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` in this thread (start-up, shutdown, tests): still one call at a time.

        `work` must not return a cursor: one freed later on another thread would touch the
        connection outside the lock ("bad parameter or other API misuse")."""
        with self._thread_lock:
            result = work(self.raw)
        if isinstance(result, sqlite3.Cursor):
            raise TypeError("a Connection's work must not return a cursor: fetch or close it inside")
        return result

    async def run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` in a worker thread; callers queue on an asyncio lock, not in threads."""
        async with self._lock:
            return await asyncio.to_thread(self.now, work)

    async def write(self, statement: str, parameters: tuple[object, ...] = ()) -> None:
        """One statement in its own transaction."""

        def work(db: sqlite3.Connection) -> None:
            with _transaction(db):
                db.execute(statement, parameters)

        await self.run(work)

    def close(self) -> None:
        self.now(sqlite3.Connection.close)


class SQLitePersistence(BasePersistence[Data, Data, Data]):
    """User data as JSON rows, the inbox of updates; a schema_version table for migrations."""

    def __init__(self, path: Path, *, update_interval: float = 60) -> None:
        super().__init__(
            store_data=PersistenceInput(bot_data=False, chat_data=False, user_data=True, callback_data=False),
            update_interval=update_interval,
        )
        self.path = path
        self._db = Connection(self._open(path))
        self._users = self._checked_users()

    # -- the file ------------------------------------------------------------------------------
    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        if path.is_dir():
            raise StoreError(
                f"{path} is a folder: set BOT_PERSISTENCE_PATH to a file, e.g. {path / 'state.sqlite3'}"
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"{path}: cannot create its folder ({exc.strerror}); create it for the bot's user"
            ) from exc
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise StoreError(
                f"{path}: its folder is not writable by this user (the store writes -wal and -shm files "
                "beside it); fix the folder's owner or permissions"
            )
        try:
            return SQLitePersistence._migrate(path)
        except sqlite3.Error as exc:
            raise StoreError(f"{path} is not a usable SQLite store ({exc}); {RESTORE}") from exc

    @staticmethod
    def _migrate(path: Path) -> sqlite3.Connection:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode survives a killed process; only a power cut could lose the last write.
        connection.execute("PRAGMA synchronous=NORMAL")
        # Erased rows are overwritten with zeros, not left readable in free pages.
        connection.execute("PRAGMA secure_delete=ON")
        problems = [r[0] for r in connection.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise sqlite3.DatabaseError(f"damaged: {problems[0]}")
        connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = connection.execute("SELECT version FROM schema_version").fetchone()
        current = row[0] if row else 0
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{path} was written by a newer version of the bot (schema {current}); run that version, "
                "or restore a backup made by this one"
            )
        with _transaction(connection):
            for version in range(current + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[version]:
                    connection.execute(statement)
            connection.execute("DELETE FROM schema_version")
            connection.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
        return connection

    def _checked_users(self) -> dict[int, Data]:
        """Every user row, parsed; a row that is not JSON or is from a newer state schema stops the bot."""
        users: dict[int, Data] = {}
        for key, raw in self._db.raw.execute("SELECT user_id, data FROM user_data"):
            try:
                data = json.loads(raw)
            except (TypeError, ValueError) as exc:
                raise StoreError(f"{self.path}: the row of user {key} is not valid JSON; {RESTORE}") from exc
            if not isinstance(data, dict):
                raise StoreError(f"{self.path}: the row of user {key} is not a JSON object; {RESTORE}")
            state = data.get("state")
            version = state.get("schema_version") if isinstance(state, dict) else None
            if isinstance(version, int) and version > STATE_SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: the row of user {key} was written by a newer version of the bot "
                    f"(state schema {version}); run that version, or restore a backup made by this one"
                )
            users[int(key)] = data
        return users

    def close(self) -> None:
        self._db.close()

    # -- the inbox of accepted, not yet handled updates (see bot/telegram/inbox.py) -------------
    async def inbox_add(self, update: Data) -> int:
        def work(db: sqlite3.Connection) -> int:
            with _transaction(db):
                cursor = db.execute("INSERT INTO inbox (data) VALUES (?)", (json.dumps(update),))
            return int(cursor.lastrowid or 0)

        return await self._db.run(work)

    async def inbox_done(self, seq: int) -> None:
        await self._db.write("DELETE FROM inbox WHERE seq = ?", (seq,))

    async def inbox_pending(self) -> list[tuple[int, Data]]:
        rows = await self._db.run(
            lambda db: db.execute("SELECT seq, data FROM inbox ORDER BY seq").fetchall()
        )
        return [(int(seq), json.loads(data)) for seq, data in rows]

    # -- reading: only user data is kept; the rest python-telegram-bot asks for is empty ---------
    async def get_user_data(self) -> dict[int, Data]:
        return self._users

    async def get_chat_data(self) -> dict[int, Data]:
        return {}

    async def get_bot_data(self) -> Data:
        return {}

    async def get_callback_data(self) -> None:
        return None

    async def get_conversations(self, name: str) -> ConversationDict:
        return {}

    # -- writing (each in its own transaction) -------------------------------------------------
    async def update_user_data(self, user_id: int, data: Data) -> None:
        """Write the row; an empty one is deleted instead, so no `{}` rows are kept for anyone
        (students who only wrote in a group, or a flush after /forget)."""
        if not data:
            await self.drop_user_data(user_id)
            return
        await self._db.write(
            "INSERT INTO user_data (user_id, data) VALUES (?, ?) "
            "ON CONFLICT(user_id) DO UPDATE SET data = excluded.data",
            (user_id, json.dumps(data)),
        )

    async def update_chat_data(self, chat_id: int, data: Data) -> None:
        return None

    async def update_bot_data(self, data: Data) -> None:
        return None

    async def update_callback_data(self, data: Any) -> None:
        return None

    async def update_conversation(self, name: str, key: ConversationKey, new_state: object | None) -> None:
        return None

    async def drop_user_data(self, user_id: int) -> None:
        """Delete the row, then fold the write-ahead log into the file and empty it: no copy of
        the erased row stays in the -wal file (secure_delete zeroes it in the main file)."""
        await self._db.write("DELETE FROM user_data WHERE user_id = ?", (user_id,))
        await self._db.run(lambda db: db.execute("PRAGMA wal_checkpoint(TRUNCATE)").close())

    async def drop_chat_data(self, chat_id: int) -> None:
        return None

    async def refresh_user_data(self, user_id: int, user_data: Data) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: Data) -> None:
        return None

    async def refresh_bot_data(self, bot_data: Data) -> None:
        return None

    async def flush(self) -> None:
        return None

    def snapshot(self, user_id: int) -> Data | None:
        """The stored user data of one user, as on disk (for tests and the /forget proof)."""
        query = "SELECT data FROM user_data WHERE user_id = ?"
        row = self._db.now(lambda db: db.execute(query, (user_id,)).fetchone())
        return deepcopy(json.loads(row[0])) if row else None


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
