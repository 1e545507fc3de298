"""A Reply as Telegram messages: escaped HTML, at most 4,096 characters each, buttons on the last.

Every dynamic string is escaped, so what we send always parses; long text is split at paragraph
boundaries (then lines, then words) so no message is ever rejected for length.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.replies import Reply

MESSAGE_LIMIT = 4096
CALLBACK_DATA_LIMIT = 64


@dataclass(frozen=True)
class Outgoing:
    """One message to send: HTML text and, on the last part of a reply, its keyboard."""

    html: str
    keyboard: InlineKeyboardMarkup | None


def telegram_length(text: str) -> int:
    """Telegram counts UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _split(text: str, limit: int, separators: tuple[str, ...]) -> list[str]:
    if telegram_length(text) <= limit:
        return [text]
    if not separators:
        parts: list[str] = []
        current = ""
        for ch in text:
            if telegram_length(current + ch) > limit:
                parts.append(current)
                current = ""
            current += ch
        return [*parts, current] if current else parts
    separator, rest = separators[0], separators[1:]
    chunks: list[str] = []
    current = ""
    for piece in text.split(separator):
        candidate = piece if not current else current + separator + piece
        if telegram_length(candidate) <= limit:
            current = candidate
            continue
        if current:
            chunks.append(current)
        if telegram_length(piece) <= limit:
            current = piece
        else:
            *whole, current = _split(piece, limit, rest)
            chunks.extend(whole)
    if current:
        chunks.append(current)
    return chunks


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Parts of at most `limit` characters, cut at paragraphs, then lines, then words."""
    parts = _split(text, limit, ("\n\n", "\n", " "))
    return [p for p in parts if p.strip()] or [text[:limit] or " "]


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    rows = []
    for row in reply.buttons:
        for button in row:
            if len(button.data.encode("utf-8")) > CALLBACK_DATA_LIMIT:
                raise ValueError(f"callback data over {CALLBACK_DATA_LIMIT} bytes: {button.data!r}")
        rows.append([InlineKeyboardButton(b.label, callback_data=b.data) for b in row])
    return InlineKeyboardMarkup(rows)


def render(reply: Reply) -> list[Outgoing]:
    """The messages that show this reply, in order."""
    parts = split_text(reply.text)
    markup = keyboard(reply)
    return [
        Outgoing(html=html.escape(part, quote=False), keyboard=markup if i == len(parts) - 1 else None)
        for i, part in enumerate(parts)
    ]
