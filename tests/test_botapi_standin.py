"""The Bot API stand-in, proven with python-telegram-bot itself: if PTB accepts it, the bot will."""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import signal
import socket
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputFile,
    InputTextMessageContent,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

try:
    from tests.botapi import (
        BotApiStandIn,
        ButtonNotFoundError,
        FakeUser,
        HtmlParseError,
        parse_html,
    )
    from tests.botapi.ptb import application_builder, bot_for, polling
except ModuleNotFoundError:  # run as `pytest` without the repo root on sys.path
    from botapi import BotApiStandIn, ButtonNotFoundError, FakeUser, HtmlParseError, parse_html
    from botapi.ptb import application_builder, bot_for, polling

CHAT = 4242


@pytest.fixture
def standin() -> Iterator[BotApiStandIn]:
    with BotApiStandIn() as server:
        yield server
    assert server.internal_errors() == []


@pytest.fixture
async def bot(standin: BotApiStandIn) -> AsyncIterator[Bot]:
    standin.send_text(CHAT, "hi")  # Telegram only lets a bot write to users who wrote first
    async with bot_for(standin) as b:
        [greeting] = await b.get_updates()
        await b.get_updates(offset=greeting.update_id + 1)  # confirmed: the queue is empty
        yield b


def described(standin: BotApiStandIn, method: str) -> str | None:
    """Telegram's description of the last call of `method` (PTB capitalizes its copy)."""
    return standin.requests(method)[-1].description


# ---------------------------------------------------------------- an echo bot, end to end


def keyboard(*labels: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=f"cb:{label}")] for label in labels]
    )


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.text is not None
    await update.message.reply_text(
        f"<b>echo</b>: {html.escape(update.message.text)}",
        parse_mode="HTML",
        reply_markup=keyboard("Yes", "No"),
    )


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_chat is not None
    await context.bot.send_chat_action(update.effective_chat.id, "typing")
    await context.bot.send_message(update.effective_chat.id, "welcome " + " ".join(context.args or []))


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer(f"you chose {query.data}")
    await query.edit_message_text(f"chosen: {query.data}")


def echo_app(standin: BotApiStandIn) -> Any:
    app = application_builder(standin).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(button))
    return app


async def test_echo_bot_replies_answers_a_press_and_edits(standin: BotApiStandIn) -> None:
    async with polling(echo_app(standin)):
        standin.send_text(CHAT, "a <b> & c")
        [reply] = await standin.wait_for_messages_async(CHAT, 1)
        assert reply.text == "echo: a <b> & c"
        assert reply.raw_text == "<b>echo</b>: a &lt;b&gt; &amp; c"
        assert [e.type for e in reply.entities] == ["bold"]
        assert reply.buttons == [["Yes"], ["No"]]
        assert reply.callback_data == [["cb:Yes"], ["cb:No"]]

        query_id = standin.press(CHAT, reply.message_id, "No")
        answer = await standin.wait_for_callback_answer_async(query_id)
        assert (answer.text, answer.data, answer.message_id) == (
            "you chose cb:No",
            "cb:No",
            reply.message_id,
        )
        await standin.wait_until_async(lambda: standin.message(CHAT, reply.message_id).edit_date is not None)
        edited = standin.message(CHAT, reply.message_id)
        assert edited.text == "chosen: cb:No"
        assert edited.buttons == []  # editMessageText without reply_markup drops the keyboard
        assert edited.history == ("echo: a <b> & c",)

        standin.send_command(CHAT, "start", "now")
        [welcome] = await standin.wait_for_messages_async(CHAT, 1)
        assert welcome.text == "welcome now"
        assert [a.action for a in standin.chat_actions(CHAT)] == ["typing"]
        await standin.wait_idle_async(timeout=5)
    # Updater.stop() confirmed every update it took, so nothing is left for a restart.
    assert standin.pending_updates() == []
    assert [type(m).__name__ for m in standin.transcript(CHAT)] == [
        "UserMessage",
        "BotMessage",
        "UserMessage",
        "BotMessage",
    ]


def test_sync_test_drives_a_bot_running_in_its_own_thread(standin: BotApiStandIn) -> None:
    stop = threading.Event()
    failures: list[BaseException] = []

    async def run() -> None:
        async with polling(echo_app(standin)):
            while not stop.is_set():
                await asyncio.sleep(0.01)

    def main() -> None:
        try:
            asyncio.run(run())
        except BaseException as exc:
            failures.append(exc)

    thread = threading.Thread(target=main)
    thread.start()
    try:
        for n in range(3):
            standin.send_text(CHAT + n, f"message {n}")
        for n in range(3):
            [reply] = standin.wait_for_messages(CHAT + n, 1, timeout=5)
            assert reply.text == f"echo: message {n}"
        standin.wait_idle(timeout=5)
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive() and failures == []


ECHO_PROCESS = """
import sys
from telegram.ext import ApplicationBuilder, MessageHandler, filters

async def echo(update, context):
    await update.message.reply_text("process: " + update.message.text)

app = ApplicationBuilder().token(sys.argv[1]).base_url(sys.argv[2]).build()
app.add_handler(MessageHandler(filters.TEXT, echo))
app.run_polling(poll_interval=0, timeout=1)
"""


def test_a_bot_in_another_process_talks_to_the_stand_in(standin: BotApiStandIn, tmp_path: Path) -> None:
    script = tmp_path / "echo_bot.py"
    script.write_text(ECHO_PROCESS)
    args = [sys.executable, str(script), standin.token, standin.base_url]
    with subprocess.Popen(args, stderr=subprocess.PIPE, text=True) as bot_process:
        try:
            standin.send_text(CHAT, "across processes")
            [reply] = standin.wait_for_messages(CHAT, 1, timeout=20)
            assert reply.text == "process: across processes"
        finally:
            bot_process.send_signal(signal.SIGINT)  # run_polling stops cleanly on SIGINT
            _, stderr = bot_process.communicate(timeout=20)
        assert bot_process.returncode == 0, stderr
    assert standin.pending_updates() == []  # the shutdown confirmed what it took


async def test_press_reports_the_buttons_there_are(standin: BotApiStandIn, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "pick", reply_markup=keyboard("One"))
    with pytest.raises(ButtonNotFoundError, match=r"'One', 'cb:One'"):
        standin.press(CHAT, sent.message_id, "Two")
    assert standin.buttons(standin.last_message(CHAT)) == [["One"]]
    by_data = standin.press(CHAT, sent.message_id, "cb:One")
    [update] = await bot.get_updates(offset=-1)
    assert update.callback_query is not None and update.callback_query.id == by_data


async def test_stale_press_on_a_deleted_message_is_inaccessible(standin: BotApiStandIn, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "gone soon", reply_markup=keyboard("X"))
    assert await bot.delete_message(CHAT, sent.message_id)
    assert standin.message(CHAT, sent.message_id).deleted
    query_id = standin.press_raw(CHAT, sent.message_id, "forged:1")
    [update] = await bot.get_updates(offset=-1)
    query = update.callback_query
    assert query is not None and query.id == query_id and query.data == "forged:1"
    # PTB 22.8 parses it as a Message with date 0, not as InaccessibleMessage.
    assert query.message is not None and not query.message.is_accessible


# ---------------------------------------------------------------- what Telegram rejects


async def test_text_length_counts_after_entity_parsing(standin: BotApiStandIn, bot: Bot) -> None:
    assert (await bot.send_message(CHAT, "x" * 4096)).text == "x" * 4096
    tagged = "<b>" + "&lt;" * 4096 + "</b>"
    assert (await bot.send_message(CHAT, tagged, parse_mode="HTML")).text == "<" * 4096
    with pytest.raises(BadRequest, match=r"^Message is too long$"):
        await bot.send_message(CHAT, "x" * 4097)
    assert described(standin, "sendMessage") == "Bad Request: message is too long"
    with pytest.raises(BadRequest, match=r"^Message text is empty$"):
        await bot.send_message(CHAT, " \n ")
    with pytest.raises(BadRequest, match=r"^Message text is empty$"):
        await bot.send_message(CHAT, "<b> </b>", parse_mode="HTML")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("<p>hi</p>", 'Unsupported start tag "p" at byte offset 0'),
        ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b", "Unclosed start tag at byte offset 0"),
        ("é <span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 3'),
        ("Q&A", 'Character "&" at byte offset 1 starts no HTML entity; escape it as "&amp;"'),
        ("&nbsp;", 'Character "&" at byte offset 0 starts no HTML entity; escape it as "&amp;"'),
    ],
)
async def test_bad_html_is_rejected_like_telegram(
    standin: BotApiStandIn, bot: Bot, text: str, reason: str
) -> None:
    with pytest.raises(BadRequest) as caught:
        await bot.send_message(CHAT, text, parse_mode="HTML")
    description = f"Bad Request: can't parse entities: {reason}"
    assert described(standin, "sendMessage") == description
    assert caught.value.message == description.removeprefix("Bad Request: ").capitalize()


async def test_good_html_is_accepted(bot: Bot) -> None:
    text = (
        "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike>"
        '<del>d</del><span class="tg-spoiler">p</span><tg-spoiler>q</tg-spoiler>'
        '<a href="https://example.org/?a=1&amp;b=2">link</a><code>c</code>'
        '<pre><code class="language-python">x = 1</code></pre><blockquote>q</blockquote>'
        '<blockquote expandable>long</blockquote><tg-emoji emoji-id="5368324170671202286">👍'
        "</tg-emoji> &lt;&gt;&amp;&quot;&#65;&#x42; a > b"
    )
    sent = await bot.send_message(CHAT, text, parse_mode="HTML")
    assert sent.text is not None and sent.text.endswith('👍 <>&"AB a > b')


async def test_buttons_are_checked(standin: BotApiStandIn, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"^Button_data_invalid$"):
        await bot.send_message(
            CHAT,
            "x",
            reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("a", callback_data="é" * 33)]]),
        )
    assert described(standin, "sendMessage") == "Bad Request: BUTTON_DATA_INVALID"
    await bot.send_message(
        CHAT,
        "64 bytes is fine",
        reply_markup=keyboard("é" * 29),  # "cb:" + 58 bytes
    )
    rows = [[InlineKeyboardButton(f"{r}.{c}", callback_data=f"{r}.{c}") for c in range(8)] for r in range(13)]
    with pytest.raises(BadRequest, match=r"^Reply markup is too long$"):
        await bot.send_message(CHAT, "101+ buttons", reply_markup=InlineKeyboardMarkup(rows))
    no_text = {"inline_keyboard": [[{"callback_data": "x"}]]}
    with pytest.raises(BadRequest, match=r'(?i)field "text" must be of type string'):
        await bot.send_message(CHAT, "x", api_kwargs={"reply_markup": no_text})
    blank = {"inline_keyboard": [[{"text": " ", "callback_data": "x"}]]}
    with pytest.raises(BadRequest, match=r"^Button_text_invalid$"):
        await bot.send_message(CHAT, "x", api_kwargs={"reply_markup": blank})
    plain = {"inline_keyboard": [[{"text": "no action"}]]}
    with pytest.raises(BadRequest, match=r"(?i)text buttons are unallowed"):
        await bot.send_message(CHAT, "x", api_kwargs={"reply_markup": plain})


async def test_callback_queries_are_answered_once(standin: BotApiStandIn, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "pick", reply_markup=keyboard("A"))
    query_id = standin.press(CHAT, sent.message_id, "A")
    assert await bot.answer_callback_query(query_id, text="ok", show_alert=True)
    too_old = "^Query is too old and response timeout expired or query id is invalid$"
    with pytest.raises(BadRequest, match=too_old):
        await bot.answer_callback_query(query_id)
    with pytest.raises(BadRequest, match=too_old):
        await bot.answer_callback_query("12345")
    [answer] = standin.callback_answers(CHAT)
    assert answer.show_alert and answer.text == "ok"


async def test_edits_and_deletes_are_checked(standin: BotApiStandIn, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"^Message to edit not found$"):
        await bot.edit_message_text("new", CHAT, 999)
    with pytest.raises(BadRequest, match=r"^Message to delete not found$"):
        await bot.delete_message(CHAT, 999)
    sent = await bot.send_message(CHAT, "<b>same</b>", parse_mode="HTML", reply_markup=keyboard("A"))
    not_modified = "^Message is not modified: specified new message content"
    with pytest.raises(BadRequest, match=not_modified):
        await bot.edit_message_text(
            "<b>same</b>", CHAT, sent.message_id, parse_mode="HTML", reply_markup=keyboard("A")
        )
    with pytest.raises(BadRequest, match=not_modified):
        await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=keyboard("A"))
    # Same text without the bold entity is a change, as on Telegram.
    await bot.edit_message_text("same", CHAT, sent.message_id, reply_markup=keyboard("A"))
    edited = await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=keyboard("B"))
    assert isinstance(edited, type(sent)) and edited.reply_markup == keyboard("B")
    with pytest.raises(BadRequest, match=r"^Message can't be edited$"):
        await bot.edit_message_text("mine now", CHAT, 1)  # the user's own "hi"
    assert await bot.delete_message(CHAT, sent.message_id)
    with pytest.raises(BadRequest, match=r"^Message to edit not found$"):
        await bot.edit_message_text("late", CHAT, sent.message_id)
    with pytest.raises(BadRequest, match=r"^Message to delete not found$"):
        await bot.delete_message(CHAT, sent.message_id)
    assert standin.message(CHAT, sent.message_id).deleted


async def test_unknown_chats_tokens_and_methods(standin: BotApiStandIn, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"^Chat not found$"):
        await bot.send_message(777, "who?")
    standin.block(CHAT)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "still there?")
    standin.block(CHAT, blocked=False)
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("noSuchMethod")
    assert standin.unsupported_calls() == ["noSuchMethod"]
    with pytest.raises(InvalidToken):
        async with Bot("1:wrong", base_url=standin.base_url):
            pass
    response = httpx.post(f"{standin.base_url}1:wrong/getMe")
    assert response.status_code == 401
    assert response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


# ---------------------------------------------------------------- injected faults


async def test_injected_faults_surface_as_ptb_errors(standin: BotApiStandIn, bot: Bot) -> None:
    standin.fail_next("sendMessage", "429", retry_after=2)
    with warnings.catch_warnings():  # PTB 22 warns about int retry_after unless PTB_TIMEDELTA=1
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(RetryAfter, match="Retry in"):
            await bot.send_message(CHAT, "flood")
    assert described(standin, "sendMessage") == "Too Many Requests: retry after 2"
    standin.fail_next("sendMessage", 500)
    with pytest.raises(NetworkError) as server_error:
        await bot.send_message(CHAT, "boom")
    assert not isinstance(server_error.value, BadRequest | TimedOut)
    standin.fail_next("sendMessage", "drop")
    with pytest.raises(NetworkError, match="Server disconnected") as dropped:
        await bot.send_message(CHAT, "dropped")
    assert not isinstance(dropped.value, TimedOut)
    standin.fail_next("sendMessage", "hang")
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "hung", read_timeout=0.3)
    sent = await bot.send_message(CHAT, "after the storm")
    assert sent.text == "after the storm"
    assert [m.text for m in standin.messages(CHAT)] == ["after the storm"]
    assert [(f.method, f.kind) for f in standin.injected_faults()] == [
        ("sendMessage", "429"),
        ("sendMessage", "500"),
        ("sendMessage", "drop"),
        ("sendMessage", "hang"),
    ]
    # The hung request is let go once the client gives up, not held for hang_for.
    await standin.wait_until_async(lambda: any(r.fault == "hang" for r in standin.requests("sendMessage")))
    records = sorted(standin.requests("sendMessage"), key=lambda r: r.seq)
    assert [r.status for r in records] == [429, 500, 0, 0, 200]


async def test_a_lost_answer_can_hide_a_sent_message(standin: BotApiStandIn, bot: Bot) -> None:
    standin.fail_next("*", "drop", count=2, processed=True)
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.send_message(CHAT, "did it go?")
    assert [m.text for m in standin.messages(CHAT)] == ["did it go?", "did it go?"]
    assert (await bot.send_message(CHAT, "third")).message_id == 4


def _fault_run(seed: int) -> list[tuple[int, str]]:
    with BotApiStandIn() as server:
        server.send_text(1, "hi")
        server.random_faults(0.5, seed=seed, kinds=("429", "500", "502", "drop"))
        with httpx.Client() as client:
            for n in range(30):
                with contextlib.suppress(httpx.RemoteProtocolError):  # an injected "drop"
                    client.post(f"{server.api_url}/sendMessage", data={"chat_id": 1, "text": str(n)})
        return [(f.seq, f.kind) for f in server.injected_faults()]


def test_random_faults_repeat_for_a_seed() -> None:
    first = _fault_run(7)
    assert first == _fault_run(7)
    assert 5 < len(first) < 25 and len({kind for _, kind in first}) > 1
    assert first != _fault_run(8)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # PTB's RetryAfter.retry_after
async def test_soak_echo_bot_under_random_faults(standin: BotApiStandIn) -> None:
    standin.random_faults(0.3, seed=11, exclude=("getUpdates", "getMe", "deleteWebhook"))
    app = echo_app(standin)
    errors: list[object] = []

    async def collect(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        errors.append(context.error)

    app.add_error_handler(collect)
    async with polling(app):
        for n in range(40):
            standin.send_text(CHAT + n % 4, f"soak {n}")
        await standin.wait_until_async(
            lambda: len(standin.requests("sendMessage")) == 40, timeout=20, what="40 sends"
        )
        await standin.wait_idle_async(timeout=10)
    sends = standin.requests("sendMessage")
    delivered = [r for r in sends if r.ok]
    assert len(delivered) == sum(len(standin.messages(CHAT + k)) for k in range(4))
    assert len(sends) - len(delivered) == len(standin.injected_faults()) == len(errors) > 0
    assert all(isinstance(e, NetworkError | RetryAfter) for e in errors)
    assert standin.pending_updates() == []


# ---------------------------------------------------------------- long polling and updates


async def test_long_poll_holds_until_an_update_arrives(standin: BotApiStandIn) -> None:
    async with bot_for(standin) as b:
        began = time.monotonic()
        assert await b.get_updates(timeout=1) == ()
        assert time.monotonic() - began >= 0.9
        poll = asyncio.create_task(b.get_updates(timeout=20))
        await asyncio.sleep(0.3)
        assert not poll.done()
        standin.send_text(CHAT, "wake up")
        updates = await asyncio.wait_for(poll, 10)
        assert [u.message.text for u in updates if u.message] == ["wake up"]


async def test_offset_limit_and_allowed_updates(standin: BotApiStandIn) -> None:
    ids = [standin.send_text(CHAT, f"m{n}") for n in range(3)]
    async with bot_for(standin) as b:
        assert [u.update_id for u in await b.get_updates(limit=2)] == ids[:2]
        assert [u.update_id for u in await b.get_updates(offset=ids[1])] == ids[1:]
        assert await b.get_updates(offset=ids[2] + 1) == ()
        sent = await b.send_message(CHAT, "pick", reply_markup=keyboard("A"))
        standin.send_text(CHAT, "ignored")
        query_id = standin.press(CHAT, sent.message_id, "A")
        [update] = await b.get_updates(allowed_updates=["callback_query"])
        assert update.callback_query is not None and update.callback_query.id == query_id
        for n in range(3):
            standin.send_text(CHAT, f"n{n}")
        [last] = await b.get_updates(offset=-1, allowed_updates=[])
        assert last.message is not None and last.message.text == "n2"


async def test_many_long_polls_at_once_do_not_block_other_calls(standin: BotApiStandIn) -> None:
    standin.send_text(CHAT, "hi")
    url = f"{standin.api_url}/getUpdates"
    async with httpx.AsyncClient(timeout=10) as client:
        await client.post(url, data={"offset": "-1"})
        await client.post(url, data={"offset": str(standin.pending_updates()[0]["update_id"] + 1)})
        polls = [asyncio.create_task(client.post(url, data={"timeout": "5"})) for _ in range(20)]
        await asyncio.sleep(0.3)
        sent = await client.post(f"{standin.api_url}/sendMessage", json={"chat_id": CHAT, "text": "x"})
        assert sent.json()["ok"] and not any(p.done() for p in polls)
        standin.send_text(CHAT, "for everyone")
        answers = await asyncio.gather(*polls)
    assert all(a.json()["result"][0]["message"]["text"] == "for everyone" for a in answers)


async def test_conflicting_pollers_can_be_refused() -> None:
    with BotApiStandIn(conflict_on_concurrent_polls=True) as server:
        url = f"{server.api_url}/getUpdates"
        async with httpx.AsyncClient(timeout=10) as client:
            first = asyncio.create_task(client.post(url, data={"timeout": "5"}))
            await asyncio.sleep(0.2)
            second = asyncio.create_task(client.post(url, data={"timeout": "0"}))
            refused, fine = await asyncio.gather(first, second)
        assert refused.status_code == 409 and "terminated by other getUpdates" in refused.text
        assert fine.json() == {"ok": True, "result": []}


async def test_user_side_updates_parse_in_ptb(standin: BotApiStandIn) -> None:
    ann = FakeUser(id=77, first_name="Ann", last_name="Lee", username="ann", language_code="nl")
    standin.add_user(ann)
    standin.send_sticker(77)
    standin.send_photo(77, caption="my card")
    standin.send_voice(77, duration=4)
    standin.send_location(77, 52.16, 4.49)
    standin.send_document(77, "grades.pdf", b"%PDF-1.4")
    first = standin.send_text(77, "typo")
    standin.send_edited_text(77, 6, "fixed")
    standin.send_group_text(-1001234, 77, "/start@standin_bot in a group")
    async with bot_for(standin) as b:
        updates = await b.get_updates()
        assert updates[5].update_id == first
        messages = [u.message for u in updates[:6]]
        assert all(m is not None and m.from_user is not None for m in messages)
        assert [m.from_user.first_name for m in messages if m and m.from_user] == ["Ann"] * 6
        assert updates[0].message and updates[0].message.sticker
        assert updates[1].message and updates[1].message.photo and updates[1].message.caption
        assert updates[2].message and updates[2].message.voice
        assert updates[3].message and updates[3].message.location
        assert updates[4].message and updates[4].message.document
        edited = updates[6].edited_message
        assert edited and edited.text == "fixed" and edited.message_id == 6
        group = updates[7].message
        assert group and group.chat.type == "supergroup" and group.chat.id == -1001234
        photo = await updates[1].message.photo[-1].get_file()
        assert await photo.download_as_bytearray() == bytearray(b"\x89PNG-photo")
    # User messages share the chat's message_id counter with the bot's.
    assert [m.message_id for m in standin.transcript(77)] == [1, 2, 3, 4, 5, 6]


# ---------------------------------------------------------------- webhook


class _Receiver(HTTPServer):
    def __init__(self, status: int = 200) -> None:
        super().__init__(("127.0.0.1", 0), _ReceiverHandler)
        self.status = status
        self.got: list[tuple[str | None, dict[str, Any]]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hook"


class _ReceiverHandler(BaseHTTPRequestHandler):
    server: _Receiver

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.server.status == 200:
            self.server.got.append((self.headers.get("X-Telegram-Bot-Api-Secret-Token"), json.loads(body)))
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    server = _Receiver()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


async def test_webhook_pushes_updates_with_the_secret(
    standin: BotApiStandIn, bot: Bot, receiver: _Receiver
) -> None:
    assert await bot.set_webhook(receiver.url, secret_token="s3cret-Token_1")
    standin.send_text(CHAT, "via hook")
    await standin.wait_until_async(lambda: len(receiver.got) == 1)
    secret, body = receiver.got[0]
    assert secret == "s3cret-Token_1"
    update = Update.de_json(body, bot)
    assert update.message is not None and update.message.text == "via hook"
    with pytest.raises(Conflict, match="can't use getUpdates method while webhook is active"):
        await bot.get_updates()
    info = await bot.get_webhook_info()
    assert info.url == receiver.url and info.pending_update_count == 0

    receiver.status = 500
    standin.send_text(CHAT, "retried")
    await standin.wait_until_async(lambda: len(standin.webhook_deliveries()) >= 3)
    info = await bot.get_webhook_info()
    assert info.pending_update_count == 1
    assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"
    receiver.status = 200
    await standin.wait_until_async(lambda: len(receiver.got) == 2)
    assert receiver.got[1][1]["message"]["text"] == "retried"

    assert await bot.delete_webhook()
    standin.send_text(CHAT, "polled again")
    [polled] = await bot.get_updates()
    assert polled.message is not None and polled.message.text == "polled again"
    with pytest.raises(BadRequest, match="loopback"):
        await bot.set_webhook("https://example.org/hook")


async def test_ptb_webhook_server_runs_the_echo_bot(standin: BotApiStandIn) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = echo_app(standin)
    async with app:
        await app.start()
        await app.updater.start_webhook(
            listen="127.0.0.1",
            port=port,
            url_path="hook",
            webhook_url=f"http://127.0.0.1:{port}/hook",
            secret_token="abc",
        )
        try:
            standin.send_text(CHAT, "hooked")
            [reply] = await standin.wait_for_messages_async(CHAT, 1)
            assert reply.text == "echo: hooked"
        finally:
            await app.updater.stop()
            await app.stop()
    assert standin.requests("setWebhook")[-1].params["secret_token"] == "abc"


# ---------------------------------------------------------------- the rest of a bot's methods


async def test_commands_documents_and_encodings(standin: BotApiStandIn, bot: Bot) -> None:
    assert await bot.set_my_commands([("start", "Begin"), ("help", "What I can do")])
    assert await bot.set_my_commands([("hulp", "Wat ik kan")], language_code="nl")
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert [c.command for c in await bot.get_my_commands(language_code="nl")] == ["hulp"]
    assert await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()
    with pytest.raises(BadRequest, match=r"^Bot_command_invalid$"):
        await bot.set_my_commands([("Start", "caps are not allowed")])

    sent = await bot.send_document(
        CHAT,
        InputFile(b"a,b\n1,2\n", filename="plan.csv"),
        caption="<i>your plan</i>",
        parse_mode="HTML",
        reply_markup=keyboard("OK"),
    )
    assert sent.document is not None and sent.document.file_name == "plan.csv"
    stored = standin.last_message(CHAT)
    assert stored.caption == "your plan" and stored.document is not None
    assert stored.document.content == b"a,b\n1,2\n" and stored.buttons == [["OK"]]
    downloaded = await (await bot.get_file(sent.document.file_id)).download_as_bytearray()
    assert downloaded == bytearray(b"a,b\n1,2\n")
    with pytest.raises(BadRequest, match=r"^Wrong parameter action in request$"):
        await bot.send_chat_action(CHAT, "dancing")
    assert await bot.close() and await bot.log_out()

    markup = {"inline_keyboard": [[{"text": "J", "callback_data": "j"}]]}
    async with httpx.AsyncClient() as client:
        as_json = await client.post(
            f"{standin.api_url}/sendMessage",
            json={"chat_id": CHAT, "text": "json", "reply_markup": markup},
        )
        as_query = await client.get(
            f"{standin.api_url}/sendmessage", params={"chat_id": CHAT, "text": "query"}
        )
    assert as_json.json()["result"]["reply_markup"] == markup
    assert as_query.json()["result"]["text"] == "query"
    assert standin.requests("sendMessage")[-2].params["reply_markup"] == markup


async def test_stop_releases_held_polls_and_threads() -> None:
    before = threading.active_count()
    server = BotApiStandIn().start()
    async with httpx.AsyncClient(timeout=10) as client:
        poll = asyncio.create_task(client.post(f"{server.api_url}/getUpdates", data={"timeout": "30"}))
        await asyncio.sleep(0.2)
        began = time.monotonic()
        await asyncio.to_thread(server.stop)
        answer = await asyncio.wait_for(poll, 5)
    assert answer.json() == {"ok": True, "result": []}
    assert time.monotonic() - began < 5
    assert threading.active_count() <= before + 1  # + asyncio.to_thread's worker


# ---------------------------------------------------------------- the HTML parser on its own


@given(st.text())
def test_escaped_text_always_parses_back(text: str) -> None:
    assert parse_html(html.escape(text)) == (text, [])


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("&lt", "<"),  # TDLib accepts a named entity without its semicolon
        ("&#128512;", "😀"),
        ("<B>x</B>", "x"),
        ("<b>x</>", "x"),
        ("<a href=x.org>x</a>", "x"),  # unquoted values are name tokens: no ":" or "/"
        ("<b class='ignored'>x</b>", "x"),
    ],
)
def test_html_quirks_of_telegram(source: str, plain: str) -> None:
    assert parse_html(source)[0] == plain


def test_entities_are_counted_in_utf16() -> None:
    text, entities = parse_html("😀 <b>é😀</b>")
    assert text == "😀 é😀"
    assert [(e.type, e.offset, e.length) for e in entities] == [("bold", 3, 3)]
    assert parse_html("AT&T", strict_ampersand=False)[0] == "AT&T"
    with pytest.raises(HtmlParseError, match="surrogate"):
        parse_html("&#xD800;")


# ---------------------------------------------------------------- inline mode


async def test_inline_queries_are_answered_with_articles_as_documented() -> None:
    def article(rid: str, text: str = "an answer") -> InlineQueryResultArticle:
        return InlineQueryResultArticle(rid, "title", InputTextMessageContent(text, parse_mode="HTML"))

    with BotApiStandIn(supports_inline_queries=True) as server:
        async with bot_for(server) as bot:
            assert (await bot.get_me()).supports_inline_queries is True
            first = server.send_inline_query(CHAT, "petition steps")
            assert await bot.answer_inline_query(first, [article("a"), article("b", "&lt;b&gt;")])
            answer = server.wait_for_inline_answer(first, timeout=5.0)
            assert answer.query == "petition steps" and [r["id"] for r in answer.results] == ["a", "b"]
            with pytest.raises(BadRequest, match="Query is too old"):
                await bot.answer_inline_query(first, [])  # a query is answered once
            for results, error in (
                ([article("a"), article("a")], "Result_id_duplicate"),
                ([article(str(n)) for n in range(51)], "Results_too_much"),
                ([article("a", "x" * 4097)], "Message_too_long"),
                ([article("a", "<b> </b>")], "Message_empty"),
                ([article("x" * 65)], "Result_id_invalid"),
            ):
                with pytest.raises(BadRequest, match=error):
                    await bot.answer_inline_query(server.send_inline_query(CHAT, "q"), results)
        assert server.internal_errors() == []
    with BotApiStandIn() as off, pytest.raises(AssertionError, match="inline mode is off"):
        off.send_inline_query(CHAT, "q")  # Telegram sends none while /setinline is off
