"""Run the bot: long polling, or our own webhook endpoint (see bot/telegram/webhook.py)."""

from __future__ import annotations

import asyncio
import logging
import signal
from urllib.parse import urlparse

from telegram.error import InvalidToken, NetworkError

from bot.dialogs.conversation import Conversation
from bot.settings import Settings, SettingsError
from bot.telegram.application import ALL_UPDATES, AnyApplication, build_application
from bot.telegram.webhook import start_webhook_server

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
QUIET_LOGGERS = ("httpx", "httpcore", "telegram", "tornado", "asyncio")
"""Libraries that log request URLs (with the token), parameters and bodies (with message text and
names) at DEBUG: held at INFO or above whatever BOT_LOG_LEVEL says."""


class TelegramUnreachableError(Exception):
    """Telegram's Bot API could not be reached at start-up: one line, and systemd tries again later."""


class _OneLine(logging.Filter):
    """The library logs its start-up failures with a 100-line traceback: keep the line, drop the rest."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        return True


def configure_logging(level: str) -> None:
    """Our log lines never carry message text; the libraries' DEBUG lines would: hold them back."""
    logging.basicConfig(level=level, format=LOG_FORMAT)
    logging.getLogger("telegram.ext").addFilter(_OneLine())
    numeric = logging.getLevelName(level)
    chosen = numeric if isinstance(numeric, int) else logging.INFO
    for name in QUIET_LOGGERS:
        floor = logging.WARNING if name.startswith("http") else logging.INFO
        logging.getLogger(name).setLevel(max(chosen, floor))


def run(conversation: Conversation, settings: Settings, *, webhook: bool) -> None:
    """Run until stopped; a refused token is a SettingsError, no connection a TelegramUnreachableError."""
    try:
        _run(conversation, settings, webhook=webhook)
    except InvalidToken:
        raise SettingsError(
            "Telegram refused BOT_TOKEN: copy the token again from BotFather (see deploy/README.md)."
        ) from None
    except NetworkError as exc:
        host = urlparse(settings.api_base_url).hostname or settings.api_base_url
        raise TelegramUnreachableError(
            f"Telegram's Bot API at {host} could not be reached ({type(exc).__name__}); check the"
            " network, a firewall or BOT_API_BASE_URL. The service will try again."
        ) from None


def _run(conversation: Conversation, settings: Settings, *, webhook: bool) -> None:
    configure_logging(settings.log_level)
    application = build_application(conversation, settings)
    log = logging.getLogger(__name__)
    if not webhook:
        log.info("starting: long polling")
        application.run_polling(
            allowed_updates=ALL_UPDATES, timeout=settings.poll_timeout, drop_pending_updates=False
        )
        return
    log.info("starting: webhook on %s:%s", settings.webhook_listen, settings.webhook_port)
    asyncio.run(_run_webhook(application, settings))


async def _run_webhook(application: AnyApplication, settings: Settings) -> None:
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    secret = settings.webhook_secret.get_secret_value()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    server = await start_webhook_server(
        application,
        settings.webhook_listen,
        settings.webhook_port,
        urlparse(settings.webhook_url).path,
        secret,
    )
    try:
        await application.bot.set_webhook(
            settings.webhook_url, secret_token=secret, allowed_updates=ALL_UPDATES, drop_pending_updates=False
        )
        await application.start()
        await stop.wait()
    finally:
        server.close()
        await server.wait_closed()
        if application.running:
            await application.stop()
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
