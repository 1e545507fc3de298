"""Build the python-telegram-bot Application: handlers, persistence, rate limiter, command menu."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.clock import amsterdam_today
from bot.dialogs.conversation import Conversation
from bot.settings import Settings
from bot.telegram.handlers import TelegramFrontEnd
from bot.telegram.inbox import DurableQueue
from bot.telegram.ordering import PerChatOrder
from bot.telegram.persistence import SQLitePersistence
from bot.telegram.ratelimit import PerChatRateLimiter
from bot.telegram.reminders import ReminderJobs, ReminderTable

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


def build_application(
    conversation: Conversation,
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    today: Callable[[], date] = amsterdam_today,
    persistence_path: Path | None = None,
) -> AnyApplication:
    """The whole Telegram front end, ready for `run_polling`, `run_webhook` or `process_update`."""
    persistence = SQLitePersistence(persistence_path or settings.persistence_path)
    inbox = DurableQueue(persistence)
    front = TelegramFrontEnd(conversation, today)
    jobs = ReminderJobs(ReminderTable(persistence.path), front, conversation)
    front.on_state = jobs.changed
    builder = (
        ApplicationBuilder()
        .token(settings.token_value)
        .base_url(settings.api_base_url)
        .base_file_url(settings.api_base_file_url)
        .persistence(persistence)
        .rate_limiter(PerChatRateLimiter(overall_max_rate=settings.overall_max_rate))
        .update_queue(inbox)
        .concurrent_updates(PerChatOrder(inbox.done))
        .post_init(_post_init(conversation, inbox, jobs.reload))
        .post_shutdown(_post_shutdown)
    )
    if request is not None:
        builder = builder.request(request)
    else:
        builder = builder.connect_timeout(settings.connect_timeout).read_timeout(settings.read_timeout)
    if get_updates_request is not None:
        builder = builder.get_updates_request(get_updates_request)
    application = builder.build()
    application.add_handler(CallbackQueryHandler(front.on_update))
    application.add_handler(InlineQueryHandler(front.on_inline_query))
    application.add_handler(MessageHandler(filters.ALL, front.on_update))
    application.add_error_handler(front.on_error)
    return application


def _post_init(
    conversation: Conversation, inbox: DurableQueue, reload: Callable[[AnyApplication], Awaitable[int]]
) -> Callable[[AnyApplication], Any]:
    async def set_commands(application: AnyApplication) -> None:
        reminders = await reload(application)
        if reminders:
            logging.getLogger(__name__).info("%d reminder(s) reloaded into the job queue", reminders)
        stored = await inbox.requeue_stored(application.bot)
        if stored:
            logging.getLogger(__name__).info("handling %d update(s) accepted before a restart", stored)
        commands = [BotCommand(name, description) for name, description in conversation.command_menu()]
        await application.bot.set_my_commands(commands)

    return set_commands


async def _post_shutdown(application: AnyApplication) -> None:
    if isinstance(application.persistence, SQLitePersistence):
        application.persistence.close()


ALL_UPDATES = Update.ALL_TYPES
"""Every kind, `inline_query` included (Telegram sends those only while /setinline is on)."""
