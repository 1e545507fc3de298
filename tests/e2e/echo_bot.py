"""The floor for end-to-end figures: an echo bot built like ours (same library, limiter, polling)."""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat is not None and update.message is not None:
        await context.bot.send_message(chat_id=update.effective_chat.id, text=update.message.text or "-")


async def commands(app: object) -> None:
    await app.bot.set_my_commands([("start", "start")])  # type: ignore[attr-defined]


def main() -> None:
    app = (
        ApplicationBuilder()
        .token(os.environ["BOT_TOKEN"])
        .base_url(os.environ["BOT_API_BASE_URL"])
        .base_file_url(os.environ["BOT_API_BASE_FILE_URL"])
        .rate_limiter(
            AIORateLimiter(overall_max_rate=int(os.environ.get("BOT_OVERALL_MAX_RATE", "30")), max_retries=3)
        )
        .concurrent_updates(False)
        .post_init(commands)
        .build()
    )
    app.add_handler(MessageHandler(filters.ALL, echo))
    app.run_polling(timeout=int(os.environ.get("BOT_POLL_TIMEOUT", "1")))


if __name__ == "__main__":
    main()
