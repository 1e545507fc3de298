"""Telegram's limits, with a 429's retry_after honoured for the chat it was about, not for all.

Why: python-telegram-bot's AIORateLimiter pauses every request of the bot when one request gets
a 429, so one flooded chat stalled every student for the whole retry_after. Here the 30/s
overall and 20/min per group limits stay (they are AIORateLimiter's); a 429 pauses only the
chat it was for (the requests without a chat form one "chat" of their own), and a request is
tried at most `max_retries` more times before the RetryAfter reaches the caller.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]
PAUSE_MARGIN = 0.1
"""Seconds added to a retry_after, as PTB does: Telegram's clock and ours differ a little."""
MAX_PAUSED = 1024
"""Paused chats remembered before the expired pauses are forgotten."""


def retry_after_seconds(exc: RetryAfter) -> float:
    wait = exc.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


class PerChatRateLimiter(AIORateLimiter):
    """AIORateLimiter's limits; its global pause on 429 replaced by a pause of that chat only."""

    def __init__(self, overall_max_rate: float, max_retries: int = 2) -> None:
        super().__init__(overall_max_rate=overall_max_rate, max_retries=max_retries)
        self._paused: dict[int | str | None, float] = {}

    def paused_for(self, chat: int | str | None) -> float:
        """Seconds this chat must still wait (0 if it need not)."""
        until = self._paused.get(chat)
        if until is None:
            return 0.0
        left = until - asyncio.get_running_loop().time()
        if left <= 0:
            self._paused.pop(chat, None)
            return 0.0
        return left

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        retries = rate_limit_args if rate_limit_args is not None else self._max_retries
        chat_id: Any = data.get("chat_id")
        with contextlib.suppress(ValueError, TypeError):
            chat_id = int(chat_id)
        key: int | str | None = chat_id if isinstance(chat_id, int | str) else None
        group: int | str | bool = key if (isinstance(key, int) and key < 0) or isinstance(key, str) else False
        for attempt in range(retries + 1):
            while (left := self.paused_for(key)) > 0:
                await asyncio.sleep(left)
            try:
                return await self._run_request(
                    chat=key is not None,
                    group=group,
                    allow_paid_broadcast=bool(data.get("allow_paid_broadcast", False)),
                    callback=callback,
                    args=args,
                    kwargs=kwargs,
                )
            except RetryAfter as exc:
                loop = asyncio.get_running_loop()
                until = loop.time() + retry_after_seconds(exc) + PAUSE_MARGIN
                if len(self._paused) > MAX_PAUSED:
                    self._paused = {k: v for k, v in self._paused.items() if v > loop.time()}
                self._paused[key] = max(self._paused.get(key, 0.0), until)
                log.info("429 from Telegram: that chat paused (attempt %d of %d)", attempt + 1, retries + 1)
                if attempt == retries:
                    raise
        raise RuntimeError("unreachable: the last attempt returns or raises")
