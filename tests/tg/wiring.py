"""Drive the real Application through process_update with the offline Bot API, as Telegram would."""

from __future__ import annotations

import itertools
import json
import time
from datetime import date
from pathlib import Path
from typing import Any

from telegram import Update

from bot.dialogs.conversation import Conversation
from bot.settings import Settings
from bot.telegram.application import AnyApplication, build_application
from bot.telegram.offline import BOT_USER, OfflineBotApi

TOKEN = "123456789:" + "A" * 35
_ids = itertools.count(1)


def settings(tmp: Path) -> Settings:
    return Settings(token=TOKEN, persistence_path=tmp / "state.sqlite3")


def build(conversation: Conversation, path: Path, today: date) -> tuple[AnyApplication, OfflineBotApi]:
    api = OfflineBotApi()
    app = build_application(
        conversation, settings(path), request=api, get_updates_request=OfflineBotApi(), today=lambda: today
    )
    return app, api


async def exchange(
    conversation: Conversation, path: Path, today: date, *payloads: dict[str, Any]
) -> OfflineBotApi:
    """A new application receives `payloads` in turn and stops; the Bot API it called, to read."""
    app, api = build(conversation, path, today)
    async with app:
        for payload in payloads:
            await send(app, payload)
    return api


def user(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": "Student"}


def message_update(
    user_id: int, text: str | None = None, *, chat_type: str = "private", extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    chat: dict[str, Any] = {"id": user_id if chat_type == "private" else -100 - user_id, "type": chat_type}
    if chat_type != "private":
        chat["title"] = "Group"
    message: dict[str, Any] = {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": chat,
        "from": user(user_id),
    }
    if text is not None:
        message["text"] = text
    message.update(extra or {})
    return {"update_id": next(_ids), "message": message}


def press_update(user_id: int, data: str, message_id: int = 1) -> dict[str, Any]:
    return {
        "update_id": next(_ids),
        "callback_query": {
            "id": str(next(_ids)),
            "from": user(user_id),
            "chat_instance": "ci",
            "data": data,
            "message": {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": {"id": user_id, "type": "private"},
                "from": BOT_USER,
                "text": "earlier",
                "reply_markup": {"inline_keyboard": [[{"text": "pressed", "callback_data": data[:64]}]]},
            },
        },
    }


async def send(app: AnyApplication, payload: dict[str, Any]) -> None:
    await app.process_update(Update.de_json(payload, app.bot))


def keyboard(params: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, callback_data) of every button of a sendMessage call ("" for a share button)."""
    markup = params.get("reply_markup")
    if not markup:
        return []
    data = json.loads(markup) if isinstance(markup, str) else markup
    return [(b["text"], b.get("callback_data", "")) for row in data["inline_keyboard"] for b in row]


def inline_query_update(user_id: int, query: str) -> dict[str, Any]:
    """`@bot <query>` typed in any chat: Telegram sends no chat with it."""
    return {
        "update_id": next(_ids),
        "inline_query": {"id": str(next(_ids)), "from": user(user_id), "query": query, "offset": ""},
    }


def button(params: dict[str, Any], label: str) -> str:
    for text, data in keyboard(params):
        if label in text:
            return data
    raise AssertionError(f"no button {label!r} in {keyboard(params)}")
