"""Wiring through python-telegram-bot's process_update: the actual Bot API payloads the bot sends."""

from __future__ import annotations

import html
import sqlite3
from datetime import date
from pathlib import Path

from bot.app import COMMANDS, Assembly
from tests.tg.wiring import build, button, exchange, keyboard, message_update, press_update, send

TODAY = date(2026, 11, 25)
STUDENT = 4242


async def test_start_sends_the_welcome_with_the_menu_as_inline_buttons(
    assembly: Assembly, tmp_path: Path
) -> None:
    api = await exchange(assembly.conversation, tmp_path, TODAY, message_update(STUDENT, "/start"))
    (sent,) = api.sent()
    assert sent["chat_id"] == STUDENT
    assert sent["parse_mode"] == "HTML"
    assert "Pick one of the buttons" in sent["text"]
    assert [label for label, _ in keyboard(sent)][:2] == [
        "File a petition in uSis",
        "Does this course count?",
    ]
    assert all(len(data.encode()) <= 64 for _, data in keyboard(sent))


async def test_command_menu_is_set_at_start_up(assembly: Assembly, tmp_path: Path) -> None:
    app, api = build(assembly.conversation, tmp_path, TODAY)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
    (call,) = api.sent("setMyCommands")
    names = [c["command"] for c in call["commands"]]
    assert names == list(COMMANDS)


async def test_a_press_is_answered_and_its_keyboard_removed(assembly: Assembly, tmp_path: Path) -> None:
    app, api = build(assembly.conversation, tmp_path, TODAY)
    async with app:
        await send(app, message_update(STUDENT, "/petition"))
        data = button(api.sent()[-1], "extracurricular")
        await send(app, press_update(STUDENT, data, message_id=77))
    assert len(api.sent("answerCallbackQuery")) == 1
    (edit,) = api.sent("editMessageReplyMarkup")
    assert edit["message_id"] == 77
    assert "uSis step 1 of 14" in api.sent()[-1]["text"]


async def test_a_stale_button_is_answered_politely_without_a_state_change(
    assembly: Assembly, tmp_path: Path
) -> None:
    app, api = build(assembly.conversation, tmp_path, TODAY)
    async with app:
        await send(app, message_update(STUDENT, "/petition"))
        old = button(api.sent()[-1], "Replace")
        await send(app, press_update(STUDENT, button(api.sent()[-1], "extracurricular")))
        stored = app.persistence.snapshot(STUDENT)  # type: ignore[union-attr]
        messages = len(api.sent())
        await send(app, press_update(STUDENT, old))
        await send(app, press_update(STUDENT, "forged:data"))
    answers = api.sent("answerCallbackQuery")
    assert answers[-2]["text"].startswith("That button belongs to an earlier message")
    assert answers[-1]["text"] == "I don't recognise that button."
    assert len(api.sent()) == messages
    assert app.persistence.snapshot(STUDENT)["state"] == stored["state"]  # type: ignore[union-attr]


async def test_media_edits_and_groups_get_a_hint(assembly: Assembly, tmp_path: Path) -> None:
    app, api = build(assembly.conversation, tmp_path, TODAY)
    sticker = {
        "sticker": {
            "file_id": "s",
            "file_unique_id": "u",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
        }
    }
    async with app:
        await send(app, message_update(STUDENT, None, extra=sticker))
        await send(
            app, message_update(STUDENT, None, extra={"location": {"latitude": 52.1, "longitude": 4.5}})
        )
        edited = message_update(STUDENT, "edited text")
        edited["edited_message"] = edited.pop("message")
        edited["edited_message"]["edit_date"] = edited["edited_message"]["date"]
        await send(app, edited)
        await send(app, message_update(STUDENT, "@mt_assistant_bot hello all", chat_type="group"))
    texts = [s["text"] for s in api.sent()]
    assert "I can only read text" in texts[0] and "I can only read text" in texts[1]
    assert "not edits" in texts[2]
    assert "private chat" in texts[3]


async def test_html_special_characters_are_escaped(assembly: Assembly, tmp_path: Path) -> None:
    app, api = build(assembly.conversation, tmp_path, TODAY)
    async with app:
        await send(app, message_update(STUDENT, "/course"))
        await send(app, message_update(STUDENT, "<b>Art & Code</b>"))
        for label in ("Leiden University", "400 or higher"):
            await send(app, press_update(STUDENT, button(api.sent()[-1], label)))
        await send(app, message_update(STUDENT, "5"))
        await send(app, press_update(STUDENT, button(api.sent()[-1], "No")))
        await send(app, press_update(STUDENT, button(api.sent()[-1], "I don't know yet")))
    verdict = api.sent()[-1]["text"]
    assert "&lt;b&gt;Art &amp; Code&lt;/b&gt;:" in verdict
    assert html.unescape(verdict).startswith("<b>Art & Code</b>:")


async def test_a_long_reply_is_split_under_4096_characters(assembly: Assembly, tmp_path: Path) -> None:
    from bot.replies import Reply
    from bot.telegram.render import render

    paragraphs = "\n\n".join(f"Paragraph {i}: " + "word " * 120 for i in range(12))
    parts = render(Reply(text=paragraphs))
    assert len(parts) == 2
    assert all(len(html.unescape(p.html)) <= 4096 for p in parts)


async def test_restart_mid_dialog_continues_at_the_same_step(assembly: Assembly, tmp_path: Path) -> None:
    app, api = build(assembly.conversation, tmp_path, TODAY)
    async with app:
        await send(app, message_update(STUDENT, "/course"))
        await send(app, message_update(STUDENT, "Vision"))
        await send(app, press_update(STUDENT, button(api.sent()[-1], "Leiden University")))
    again, api2 = build(assembly.conversation, tmp_path, TODAY)
    async with again:
        await send(again, press_update(STUDENT, button(api.sent()[-1], "300")))
        await send(again, message_update(STUDENT, "6"))
        await send(again, press_update(STUDENT, button(api2.sent()[-1], "No")))
        await send(again, press_update(STUDENT, button(api2.sent()[-1], "I don't know yet")))
    assert api2.sent()[-1]["text"].startswith("Vision:")
    assert "At most 5 EC of its 6 EC" in api2.sent()[-1]["text"]


async def test_forget_leaves_no_row_about_the_student(assembly: Assembly, tmp_path: Path) -> None:
    app, api = build(assembly.conversation, tmp_path, TODAY)
    async with app:
        await send(app, message_update(STUDENT, "/electives"))
        await send(app, press_update(STUDENT, button(api.sent()[-1], "been assisted")))
        await send(app, message_update(STUDENT + 1, "/start"))
        await send(app, message_update(STUDENT, "/forget"))
        await send(app, press_update(STUDENT, button(api.sent()[-1], "Yes, erase"), message_id=91))
    assert "erased everything" in api.sent()[-1]["text"]
    assert [e["message_id"] for e in api.sent("editMessageReplyMarkup")][-1] == 91
    with sqlite3.connect(tmp_path / "state.sqlite3") as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in db.execute(f"SELECT * FROM {table}"):
                assert str(STUDENT) not in " ".join(map(str, row)), (table, row)
        others = db.execute("SELECT user_id FROM user_data").fetchall()
    assert others == [(STUDENT + 1,)]
