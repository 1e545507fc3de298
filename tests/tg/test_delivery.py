"""The outbox across a kill: a reply of several messages resumes after the last part Telegram took."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest
from pydantic import ValidationError

from bot.app import Assembly
from bot.replies import Reply
from bot.telegram.handlers import TelegramFrontEnd
from bot.telegram.outbox import OUTBOX, PARTS_SENT, Outgoing, StudentRecord
from bot.telegram.render import render


class Killed(BaseException):
    """Stands for kill -9: nothing after it runs."""


async def test_a_long_reply_cut_by_a_kill_resumes_at_the_part_not_yet_accepted(assembly: Assembly) -> None:
    long = Reply(text="\n\n".join(f"Paragraph {i}: " + "word " * 120 for i in range(12)))
    parts = [m.html for m in render(long)]
    assert len(parts) == 2
    sent: list[str] = []
    kill_at = [2]

    async def send_message(*, chat_id: int, text: str, **_: Any) -> object:
        if len(sent) + 1 == kill_at[0]:
            raise Killed
        sent.append(text)
        return True

    context: Any = SimpleNamespace(
        bot=SimpleNamespace(send_message=send_message), application=SimpleNamespace(persistence=None)
    )
    front = TelegramFrontEnd(assembly.conversation, lambda: date(2026, 11, 25))
    data: dict[str, Any] = {OUTBOX: [long.model_dump(mode="json")]}
    record = StudentRecord(data, 1)
    with pytest.raises(Killed):
        await front.drain(context, 1, record)
    assert sent == parts[:1] and data[OUTBOX][0][PARTS_SENT] == 1  # what the store holds at the kill
    kill_at[0] = 0
    await front.drain(context, 1, record)
    assert sent == parts and data[OUTBOX] == []  # the first part never went twice


def test_owed_replies_keep_the_stored_layout_of_earlier_versions() -> None:
    """A row written before the typed outbox (reply fields, plus parts_sent once a part went) reads
    back the same, and is written back the same: a restart across the upgrade resends nothing."""
    reply = Reply(text="Two parts")
    earlier = {**reply.model_dump(mode="json"), PARTS_SENT: 1}
    owed = Outgoing.from_stored(earlier)
    assert owed == Outgoing(reply=reply, parts_sent=1) and owed.stored() == earlier
    assert Outgoing(reply=reply).stored() == reply.model_dump(mode="json")
    with pytest.raises(ValidationError):
        Outgoing.from_stored({"not": "a reply"})
