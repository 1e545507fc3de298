"""Accepted updates are stored before Telegram is told they arrived, and deleted once handled.

Why: python-telegram-bot confirms a polled batch (the next getUpdates offset) before the batch is
handled, and the webhook answers as soon as the update is queued; a bot killed with -9 in between
lost those updates for good. This queue writes each update to the store as it is put (the
updater puts the whole batch before it asks for the next one; the webhook puts before it answers
200) and `done` deletes it after its handler ran. At start, whatever is still stored is handled
first; a redelivered one is recognised by the handler (see `delivery_key`) and answered once.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot, Update

from bot.telegram.persistence import SQLitePersistence

log = logging.getLogger(__name__)


class DurableQueue(asyncio.Queue[object]):
    """The application's update queue, backed by the store's inbox table."""

    def __init__(self, store: SQLitePersistence) -> None:
        super().__init__()
        self.store = store
        self._rows: dict[int, int] = {}

    async def put(self, item: object) -> None:
        # An inline query is not kept: it expires within seconds, and nothing of it is stored.
        if isinstance(item, Update) and item.inline_query is None:
            self._rows[id(item)] = await self.store.inbox_add(item.to_dict())
        await super().put(item)

    async def done(self, update: object) -> None:
        row = self._rows.pop(id(update), None)
        if row is not None:
            await self.store.inbox_done(row)

    async def requeue_stored(self, bot: Bot) -> int:
        """Queue the updates a previous run accepted but did not finish; how many there were."""
        pending = await self.store.inbox_pending()
        for row, data in pending:
            try:
                update = Update.de_json(data, bot)
            except Exception as exc:  # a row we wrote ourselves; never worth a crash loop
                log.warning("stored update unreadable, dropped: %s", type(exc).__name__)
                await self.store.inbox_done(row)
                continue
            self._rows[id(update)] = row
            self.put_nowait(update)
        return len(pending)
