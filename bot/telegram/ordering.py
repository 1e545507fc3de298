"""Updates are handled concurrently across chats and strictly in order within a chat.

Why: handled one at a time, a group held to 20 messages a minute by the rate limiter (or a chat
whose sends are being retried) delayed every other student by minutes. Each chat gets its own
lock, taken in arrival order (asyncio locks are FIFO), so one slow chat only delays itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

log = logging.getLogger(__name__)

MAX_CONCURRENT = 512
"""Updates in progress at once (most are waiting on their chat's lock or the rate limiter)."""
GROUP_BACKLOG = 20
"""Updates of one group that may wait for their turn; more are skipped (and logged by count).

Why: a group's replies are held to 20 a minute, and every waiting update takes one of the
MAX_CONCURRENT places: a group flooding the bot for half a minute took them all, and private
students waited behind it. A group only ever gets "write to me privately"; twenty owed at once
is plenty. Private chats are never skipped."""


def chat_key(update: object) -> int | None:
    """The chat an update belongs to; the user for a callback without a message; None otherwise."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


class PerChatOrder(BaseUpdateProcessor):
    """One lock per chat, dropped when no update of that chat is waiting."""

    def __init__(
        self,
        done: Callable[[object], Awaitable[None]] | None = None,
        max_concurrent_updates: int = MAX_CONCURRENT,
    ) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, tuple[asyncio.Lock, list[int]]] = {}
        self._done = done
        self.skipped = 0

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Handle the update in its chat's turn; then `done` (the inbox forgets it)."""
        key = chat_key(update)
        waiting = self._locks.get(key) if key is not None and key < 0 else None
        if waiting is not None and waiting[1][0] >= GROUP_BACKLOG:
            self.skipped += 1
            if isinstance(coroutine, Coroutine):
                coroutine.close()  # never started: nothing to undo
            if self.skipped % GROUP_BACKLOG == 1:
                log.warning("group flooding: %d update(s) skipped so far", self.skipped)
        else:
            await self._in_turn(update, coroutine)
        if self._done is not None:
            await self._done(update)

    async def _in_turn(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            await coroutine
            return
        lock, users = self._locks.setdefault(key, (asyncio.Lock(), [0]))
        users[0] += 1
        try:
            async with lock:
                await coroutine
        finally:
            users[0] -= 1
            if users[0] == 0:
                del self._locks[key]

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
