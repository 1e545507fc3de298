"""Updates are handled concurrently across chats and strictly in order within a chat.

Why: handled one at a time, a group held to 20 messages a minute by the rate limiter (or a chat
whose sends are being retried) delayed every other student by minutes. Each chat gets its own
lock, taken in arrival order (asyncio locks are FIFO), so one slow chat only delays itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT = 512
"""Updates in progress at once (most are waiting on their chat's lock or the rate limiter)."""


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
        self, done: Callable[[object], None] | None = None, max_concurrent_updates: int = MAX_CONCURRENT
    ) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, tuple[asyncio.Lock, list[int]]] = {}
        self._done = done

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Handle the update in its chat's turn; then `done` (the inbox forgets it)."""
        await self._in_turn(update, coroutine)
        if self._done is not None:
            self._done(update)

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
