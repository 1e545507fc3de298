"""Sharing through the real bot process and the stand-in: inline mode, Share buttons, deep links."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.botapi import BotApiStandIn
from tests.e2e.harness import TOKEN, talking_to_bot

STUDENT = 5301


@pytest.fixture
def inline_on() -> Iterator[BotApiStandIn]:
    with BotApiStandIn(token=TOKEN, supports_inline_queries=True) as server:
        yield server
        assert server.internal_errors() == []
        assert server.unsupported_calls() == []


def _shares(standin: BotApiStandIn, chat_id: int) -> list[str]:
    markup = standin.last_message(chat_id).reply_markup or {}
    buttons = [b for row in markup.get("inline_keyboard", []) for b in row]
    return [b["switch_inline_query"] for b in buttons if "switch_inline_query" in b]


def test_inline_mode_shares_an_answer_and_its_deep_link_opens_it(
    inline_on: BotApiStandIn, tmp_path: Path
) -> None:
    with talking_to_bot(inline_on, tmp_path, STUDENT) as (bot, student):
        answer = student.say("how do I file a petition in usis")
        [entry] = _shares(inline_on, STUDENT)
        query_id = inline_on.send_inline_query(STUDENT, entry)  # what the Share button prefills
        shared = inline_on.wait_for_inline_answer(query_id, timeout=20.0)
        first = shared.results[0]
        assert first["id"] == entry and first["type"] == "article"
        assert html.unescape(first["input_message_content"]["message_text"]).split("\n")[0] in answer
        [[link]] = first["reply_markup"]["inline_keyboard"]
        assert link["url"] == f"https://t.me/{inline_on.bot_user['username']}?start={entry}"
        typed = inline_on.wait_for_inline_answer(inline_on.send_inline_query(STUDENT, "petition steps"), 20.0)
        assert 1 <= len(typed.results) <= 50
        opened = student.say(f"/start {entry}")  # the deep link
        assert opened.split("\n")[0] == answer.split("\n")[0]
        assert bot.alive


def test_without_inline_mode_answers_have_no_share_button(standin: BotApiStandIn, tmp_path: Path) -> None:
    with talking_to_bot(standin, tmp_path, STUDENT) as (_, student):
        student.say("how do I file a petition in usis")
        assert _shares(standin, STUDENT) == []
        assert student.buttons
        markup = json.dumps(standin.last_message(STUDENT).reply_markup)
        assert markup.count("callback_data") == len(student.buttons)
