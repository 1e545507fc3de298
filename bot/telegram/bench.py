"""Per-update cost through process_update with the offline Bot API, next to an echo handler (the floor)."""

from __future__ import annotations

import asyncio
import itertools
import tempfile
import time
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import ContextTypes, MessageHandler, filters

from bot.dialogs.conversation import Conversation
from bot.latency import BENCH_TODAY, Row, percentiles_ms
from bot.settings import Settings
from bot.telegram.application import AnyApplication, build_application
from bot.telegram.offline import BOT_USER, OfflineBotApi

TOKEN = "123456789:" + "B" * 35

_ids = itertools.count(1)


def _message(chat_id: int, text: str) -> dict[str, Any]:
    return {
        "update_id": next(_ids),
        "message": {
            "message_id": next(_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "S"},
            "text": text,
        },
    }


def _press(chat_id: int, data: str) -> dict[str, Any]:
    return {
        "update_id": next(_ids),
        "callback_query": {
            "id": str(next(_ids)),
            "from": {"id": chat_id, "is_bot": False, "first_name": "S"},
            "chat_instance": "c",
            "data": data,
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"},
                "from": BOT_USER,
                "text": "x",
            },
        },
    }


async def _timed(app: AnyApplication, payloads: list[dict[str, Any]]) -> list[float]:
    samples: list[float] = []
    for payload in payloads:
        update = Update.de_json(payload, app.bot)
        start = time.perf_counter()
        await app.process_update(update)
        samples.append(time.perf_counter() - start)
    return samples


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat is not None and update.message is not None:
        await context.bot.send_message(chat_id=update.effective_chat.id, text=update.message.text or "")


def _application(conversation: Conversation, folder: Path, name: str, rate: int) -> AnyApplication:
    settings = Settings(token=TOKEN, persistence_path=folder / f"{name}.sqlite3", overall_max_rate=rate)
    return build_application(
        conversation,
        settings,
        request=OfflineBotApi(),
        get_updates_request=OfflineBotApi(),
        today=lambda: BENCH_TODAY,
    )


def _as_echo(app: AnyApplication) -> AnyApplication:
    """The same application (persistence, rate limiter, settings) with an echo handler only."""
    for group, handlers in list(app.handlers.items()):
        for handler in list(handlers):
            app.remove_handler(handler, group)
    app.add_handler(MessageHandler(filters.ALL, _echo))
    return app


async def _measure_at(conversation: Conversation, updates: int, folder: Path, rate: int) -> list[Row]:
    app = _application(conversation, folder, f"bot{rate}", rate)
    echo = _as_echo(_application(conversation, folder, f"echo{rate}", rate))
    limiter = f"limiter {rate}/s" if rate else "no limiter"
    rows: list[tuple[str, list[float]]] = []
    async with app, echo:
        floor = await _timed(echo, [_message(90_000 + i, "echo") for i in range(updates)])
        questions = [
            _message(1000 + i, "does a level 300 course count as an elective?") for i in range(updates)
        ]
        rows.append(("free-text question", await _timed(app, questions)))
        steps: list[dict[str, Any]] = []
        for i in range(updates):
            chat = 50_000 + i
            await app.process_update(Update.de_json(_message(chat, "/petition"), app.bot))
            steps.append(_press(chat, "1:c3"))
        rows.append(("dialog step (button press)", await _timed(app, steps)))
    floor_p50, floor_p99 = percentiles_ms(floor)
    size = "process_update"
    out = [Row(f"echo handler, same app ({limiter})", size, floor_p50, floor_p99, f"{1.0:.2f}x floor")]
    for name, samples in rows:
        p50, p99 = percentiles_ms(samples)
        out.append(Row(f"{name} ({limiter})", size, p50, p99, f"{p50 / floor_p50:.2f}x floor"))
    return out


async def _measure(conversation: Conversation, updates: int, folder: Path) -> list[Row]:
    unlimited = await _measure_at(conversation, updates, folder, 0)
    limited = await _measure_at(
        conversation, min(updates, 120), folder, Settings.model_fields["overall_max_rate"].default
    )
    return unlimited + limited


def measure(conversation: Conversation, updates: int) -> list[Row]:
    """Per-update cost of a question and of a dialog step, and the echo floor, in milliseconds."""
    with tempfile.TemporaryDirectory() as folder:
        return asyncio.run(_measure(conversation, updates, Path(folder)))
