"""Wiring python-telegram-bot to the stand-in, so in-process bot tests need one line each."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from telegram import Bot
from telegram.ext import Application, ApplicationBuilder

from .server import BotApiStandIn

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


def application_builder(standin: BotApiStandIn, *, read_timeout: float = 5.0) -> Any:
    """An ApplicationBuilder aimed at the stand-in (token, base_url, base_file_url, timeouts)."""
    return (
        ApplicationBuilder()
        .token(standin.token)
        .base_url(standin.base_url)
        .base_file_url(standin.base_file_url)
        .read_timeout(read_timeout)
        .get_updates_read_timeout(read_timeout)
    )


def bot_for(standin: BotApiStandIn) -> Bot:
    """A bare Bot on the stand-in, for calling methods directly (use `async with`)."""
    return Bot(standin.token, base_url=standin.base_url, base_file_url=standin.base_file_url)


@asynccontextmanager
async def polling(app: AnyApplication, *, timeout: int = 1) -> AsyncIterator[AnyApplication]:
    """Initialize, start and long-poll; on exit stop polling and shut down, even on failure.

    Updater.stop() cancels the held getUpdates at once, so a short `timeout` only matters for
    how long the stand-in keeps that abandoned request, not for how fast the test ends.
    """
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=timeout)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
