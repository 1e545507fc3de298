"""Run the bot: long polling, or a webhook that rejects requests without the secret token."""

from __future__ import annotations

import logging
from urllib.parse import urlparse

from bot.dialogs.conversation import Conversation
from bot.settings import Settings
from bot.telegram.application import ALL_UPDATES, build_application

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level: str) -> None:
    """Our log lines never carry message text; httpx's would carry the token in the URL: silence it."""
    logging.basicConfig(level=level, format=LOG_FORMAT)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def run(conversation: Conversation, settings: Settings, *, webhook: bool) -> None:
    configure_logging(settings.log_level)
    application = build_application(conversation, settings)
    log = logging.getLogger(__name__)
    if not webhook:
        log.info("starting: long polling")
        application.run_polling(
            allowed_updates=ALL_UPDATES, timeout=settings.poll_timeout, drop_pending_updates=False
        )
        return
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    path = urlparse(settings.webhook_url).path.lstrip("/")
    log.info("starting: webhook on %s:%s", settings.webhook_listen, settings.webhook_port)
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=path,
        webhook_url=settings.webhook_url,
        secret_token=settings.webhook_secret.get_secret_value(),
        allowed_updates=ALL_UPDATES,
        drop_pending_updates=False,
    )
