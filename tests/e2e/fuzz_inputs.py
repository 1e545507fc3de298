"""Generated student input: what Telegram can deliver, in every awkward shape (seeded, repeatable)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from tests.botapi import BotApiStandIn

RTL_AND_INVISIBLE = "\u202e\u200f\u200b\u200d\u2066\ufeff"
SPECIALS = "<>&\"'*_`[]()~|#+-=.!{}/\\"
WORDS = ["petition", "ec", "level", "300", "honours", "permit", "vak", "studiepunten", "7.5", "appeal", "?"]
COMMANDS = [
    "/start",
    "/help",
    "/petition",
    "/course",
    "/progress",
    "/circumstances",
    "/electives",
    "/cancel",
    "/forget",
    "/frobnicate",
    "/start course",
    "/start nonsense",
    "/START",
    "/help@standin_bot",
]


@dataclass
class FuzzAction:
    kind: str
    send: Callable[[BotApiStandIn, int], object]


def _unicode(rng: random.Random, length: int) -> str:
    pools = [
        lambda: chr(rng.randint(0x20, 0x7E)),
        lambda: chr(rng.randint(0xA0, 0x2FFF)),
        lambda: chr(rng.randint(0x1F300, 0x1FAFF)),
        lambda: rng.choice(RTL_AND_INVISIBLE),
        lambda: rng.choice(SPECIALS),
        lambda: rng.choice(" \n\t"),
    ]
    return "".join(rng.choice(pools)() for _ in range(length))


def text_for(rng: random.Random) -> str:
    shape = rng.randrange(10)
    if shape == 0:
        return _unicode(rng, rng.randint(1, 40))
    if shape == 1:
        return "x" * 10_000 if rng.random() < 0.5 else _unicode(rng, 10_000)
    if shape == 2:
        return "".join(rng.choice(SPECIALS) for _ in range(rng.randint(1, 30))) + " <b>bold</b> *md* _it_"
    if shape == 3:
        return " "
    if shape == 4:
        return "".join(rng.choice("😀🎓📚✅❌🔥") for _ in range(rng.randint(1, 8)))
    if shape == 5:
        return str(rng.randint(-10_000, 10_000)) + rng.choice(["", ".5", ",5", " ec", " 1/2/2027"])
    if shape == 6:
        return rng.choice(COMMANDS)
    if shape == 7:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 8)))
    if shape == 8:
        return RTL_AND_INVISIBLE + rng.choice(WORDS) + RTL_AND_INVISIBLE
    return rng.choice(["yes", "no", "next", "1", "2", "Leiden University", "400", "September 2025", "6"])


def action_for(rng: random.Random, seen_message: Callable[[int], int | None]) -> FuzzAction:
    roll = rng.randrange(20)
    if roll < 9:
        text = text_for(rng)
        return FuzzAction("text", lambda s, chat: s.send_text(chat, text))
    if roll < 13:

        def press_something(s: BotApiStandIn, chat: int) -> object:
            message_id = seen_message(chat)
            if message_id is None:
                return s.send_text(chat, "/start")
            message = s.message(chat, message_id)
            data = [d for row in message.callback_data for d in row if d]
            choice = rng.random()
            if data and choice < 0.6:
                return s.press_raw(chat, message_id, rng.choice(data))
            forged = rng.choice(["", "x", "999:c0", "e:nope", "d:nope", "1:", "🙂", "a" * 64, "0:fy", "3:a9"])
            return s.press_raw(chat, message_id, forged)

        return FuzzAction("press", press_something)
    if roll == 13:
        return FuzzAction("sticker", lambda s, chat: s.send_sticker(chat))
    if roll == 14:
        return FuzzAction("photo", lambda s, chat: s.send_photo(chat, caption=text_for(rng)[:100]))
    if roll == 15:
        return FuzzAction("voice", lambda s, chat: s.send_voice(chat))
    if roll == 16:
        return FuzzAction("location", lambda s, chat: s.send_location(chat, 52.16, 4.49))
    if roll == 17:

        def edit(s: BotApiStandIn, chat: int) -> object:
            mine = [m for m in s.transcript(chat) if m.__class__.__name__ == "UserMessage"]
            if not mine:
                return s.send_text(chat, "hello")
            return s.send_edited_text(chat, mine[-1].message_id, text_for(rng)[:200])

        return FuzzAction("edited", edit)
    if roll == 18:
        text = text_for(rng)[:300]
        return FuzzAction("group", lambda s, chat: s.send_group_text(-1000 - chat, chat, text))
    command = rng.choice(COMMANDS)
    return FuzzAction("command", lambda s, chat: s.send_text(chat, command))
