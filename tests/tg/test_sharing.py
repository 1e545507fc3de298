"""Sharing on Telegram: inline queries answered with articles, Share buttons as switch_inline_query."""

from __future__ import annotations

import html
import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from telegram import InlineKeyboardMarkup, Update

from bot.app import Assembly
from bot.replies import Button, Reply
from bot.telegram.application import ALL_UPDATES
from bot.telegram.offline import BOT_USER
from bot.telegram.pages import UNPAGED_MAX
from bot.telegram.render import CALLBACK_DATA_LIMIT, MESSAGE_LIMIT, render, telegram_length
from tests.tg.wiring import build, exchange, inline_query_update, message_update, send

TODAY = date(2026, 11, 25)
STUDENT = 4343


def _markup(params: dict[str, Any]) -> dict[str, Any]:
    markup = params.get("reply_markup") or {}
    return json.loads(markup) if isinstance(markup, str) else markup


def _results(params: dict[str, Any]) -> list[dict[str, Any]]:
    results = params["results"]
    return json.loads(results) if isinstance(results, str) else results


async def test_an_inline_query_is_answered_with_articles_that_open_the_bot(
    assembly: Assembly, tmp_path: Path
) -> None:
    api = await exchange(
        assembly.conversation, tmp_path, TODAY, inline_query_update(STUDENT, "petition steps")
    )
    (call,) = api.sent("answerInlineQuery")
    results = _results(call)
    assert 1 <= len(results) <= 50
    assert len({r["id"] for r in results}) == len(results)
    for result in results:
        assert result["type"] == "article"
        content = result["input_message_content"]
        assert content["parse_mode"] == "HTML"
        entry = assembly.conversation.asker.kb.by_id[result["id"]]
        assert result["title"] == entry.title
        assert html.unescape(content["message_text"]).startswith(entry.answer[:40])
        assert "<" not in content["message_text"]  # plain text, escaped
        assert 1 <= telegram_length(html.unescape(content["message_text"])) <= MESSAGE_LIMIT
        [[button]] = result["reply_markup"]["inline_keyboard"]
        assert button["url"] == f"https://t.me/{BOT_USER['username']}?start={result['id']}"
    assert api.sent("sendMessage") == []


async def test_an_inline_query_stores_nothing(assembly: Assembly, tmp_path: Path) -> None:
    app, api = build(assembly.conversation, tmp_path, TODAY)
    async with app:
        # As the updater queues it (the inbox stores other updates here): not kept.
        await app.update_queue.put(Update.de_json(inline_query_update(STUDENT, "deadline"), app.bot))
        await send(app, inline_query_update(STUDENT, "deadline"))
        await app.update_persistence()
    assert api.sent("answerInlineQuery")
    with sqlite3.connect(tmp_path / "state.sqlite3") as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in set(tables) - {"schema_version"}:
            assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,), table


async def test_an_empty_inline_query_gets_an_empty_list(assembly: Assembly, tmp_path: Path) -> None:
    api = await exchange(assembly.conversation, tmp_path, TODAY, inline_query_update(STUDENT, ""))
    (call,) = api.sent("answerInlineQuery")
    assert _results(call) == []


async def test_an_answer_has_a_share_button_that_switches_to_inline_mode(
    assembly: Assembly, tmp_path: Path
) -> None:
    api = await exchange(
        assembly.conversation, tmp_path, TODAY, message_update(STUDENT, "how do I file a petition in usis")
    )
    buttons = [b for row in _markup(api.sent()[-1])["inline_keyboard"] for b in row]
    shares = [b for b in buttons if "switch_inline_query" in b]
    assert [b["switch_inline_query"] for b in shares] == ["petition-overview"]
    assert "callback_data" not in shares[0]
    others = [b for b in buttons if b not in shares]
    assert others and all(len(b["callback_data"].encode()) <= CALLBACK_DATA_LIMIT for b in others)


def test_a_share_button_survives_a_paged_keyboard() -> None:
    many = tuple((Button(label=f"b{i}", data=f"e:{i}"),) for i in range(UNPAGED_MAX + 3))
    reply = Reply(text="t", buttons=(*many, (Button(label="Share", share="petition-overview"),)))
    [message] = render(reply)
    assert isinstance(message.keyboard, InlineKeyboardMarkup)
    assert message.pages is not None
    flat = [b for row in message.keyboard.inline_keyboard for b in row]
    assert all(b.callback_data is None or len(b.callback_data) <= CALLBACK_DATA_LIMIT for b in flat)
    assert ("Share", "share:petition-overview") in [b for row in message.pages for b in row]


def test_inline_queries_are_among_the_updates_asked_for() -> None:
    assert "inline_query" in ALL_UPDATES


async def test_without_inline_mode_an_answer_has_no_share_button(
    assembly: Assembly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Share button can only work with /setinline on (getMe's supports_inline_queries)."""
    monkeypatch.setitem(BOT_USER, "supports_inline_queries", False)
    api = await exchange(
        assembly.conversation, tmp_path, TODAY, message_update(STUDENT, "how do I file a petition in usis")
    )
    buttons = [b for row in _markup(api.sent()[-1])["inline_keyboard"] for b in row]
    assert buttons and all("callback_data" in b for b in buttons)
