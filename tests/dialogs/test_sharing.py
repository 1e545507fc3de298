"""Sharing answers (issue 12, item 7): inline search, /start <entry-id>, the Share button."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from bot.app import Assembly
from bot.console import ConsoleChat
from bot.dialogs.conversation import INLINE_RESULTS, INLINE_TEXT_LIMIT, _clipped, _utf16
from bot.replies import SHARE_PATTERN, Button
from tests.transcript import Transcript

TODAY = date(2026, 11, 25)


def test_inline_search_lists_the_petition_answers_with_their_quote_lines(assembly: Assembly) -> None:
    conversation = assembly.conversation
    found = conversation.inline_search("petition steps")
    assert 1 <= len(found) <= INLINE_RESULTS
    assert all(s.entry.startswith("petition") for s in found[:3]), [s.entry for s in found]
    for shared in found:
        entry = conversation.asker.kb.by_id[shared.entry]
        assert shared.title == entry.title
        assert shared.text.startswith(entry.answer[:40])
        if entry.citation is not None:
            assert entry.citation.quote in shared.text
        assert 1 <= _utf16(shared.text) <= INLINE_TEXT_LIMIT
        assert shared.description and len(shared.description) <= 121


def test_inline_search_puts_an_exact_entry_id_first_and_lists_nothing_for_nothing(
    assembly: Assembly,
) -> None:
    conversation = assembly.conversation
    assert conversation.inline_search("petition-overview")[0].entry == "petition-overview"
    assert conversation.inline_search("") == ()
    assert conversation.inline_search("   ") == ()
    assert conversation.inline_search("12345") == ()
    assert len(conversation.inline_search("x" * 5000)) <= INLINE_RESULTS  # never raises


def test_a_long_answer_is_clipped_to_telegrams_limit_at_a_word() -> None:
    text = "word 😀 " * 2000
    clipped = _clipped(text, INLINE_TEXT_LIMIT)
    assert _utf16(clipped) <= INLINE_TEXT_LIMIT
    assert clipped.endswith("…")
    assert _clipped("short", INLINE_TEXT_LIMIT) == "short"


def test_start_with_an_entry_id_opens_that_answer(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, TODAY)
    chat.send("/start petition-overview")
    entry = assembly.conversation.asker.kb.by_id["petition-overview"]
    assert entry.answer[:40] in chat.text
    assert chat.state.last_entry == "petition-overview"
    chat.send("/start progress")  # a dialog's name still starts the dialog
    assert "Which programme are you in" in chat.text
    chat.send("/start no-such-entry")
    assert "Pick one of the buttons" in chat.text


def test_an_answer_has_a_share_button_and_other_replies_do_not(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, TODAY)
    chat.send("how do I file a petition in usis")
    shares = [b for r in chat.replies for b in r.button_list() if b.share is not None]
    assert [b.share for b in shares] == [chat.state.last_entry]
    assert shares[0].label == assembly.conversation.messages.share_label
    chat.send("hello")
    assert not [b for r in chat.replies for b in r.button_list() if b.share is not None]
    chat.send("/start")
    assert not [b for r in chat.replies for b in r.button_list() if b.share is not None]


def test_every_entry_id_is_a_valid_deep_link_payload(assembly: Assembly) -> None:
    for entry_id in assembly.conversation.asker.kb.by_id:
        Button(label="Share", share=entry_id)  # the pattern is Telegram's for /start payloads
    assert SHARE_PATTERN == r"^[A-Za-z0-9_-]{1,64}$"


def test_a_button_is_either_a_press_or_a_share() -> None:
    with pytest.raises(ValidationError):
        Button(label="x")
    with pytest.raises(ValidationError):
        Button(label="x", data="e:a", share="a")
    with pytest.raises(ValidationError):
        Button(label="x", share="not a payload")


def test_the_terminal_shows_the_deep_link_and_numbers_only_pressable_buttons(assembly: Assembly) -> None:
    console = ConsoleChat(assembly.conversation, lambda: TODAY)
    shown = console.render(console.send("how do I file a petition in usis"))
    entry = console.state.last_entry
    assert f"https://t.me/<your bot>?start={entry}" in shown
    assert all(b.share is None for b in console.buttons)
    numbered = [line for line in shown.splitlines() if line.lstrip().startswith("[")]
    assert len(numbered) == len(console.buttons)
    first = console.buttons[0].data
    assert first.startswith("e:")
    console.send("1")  # the first number still presses the first pressable button
    assert console.state.last_entry == first.removeprefix("e:")
