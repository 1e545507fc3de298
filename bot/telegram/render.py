"""A Reply as Telegram messages: escaped HTML, at most 4,096 characters each, buttons on the last.

Every dynamic string is escaped, so what we send always parses; long text is split at paragraph
boundaries (then lines, then words) so no message is ever rejected for length.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
)

from bot.dialogs.conversation import Shareable
from bot.replies import Button, Reply
from bot.telegram.pages import SHARE, Rows, inline_button, page_markup, paged

MESSAGE_LIMIT = 4096
CALLBACK_DATA_LIMIT = 64


@dataclass(frozen=True)
class Outgoing:
    """One message to send: HTML text and, on the last part of a reply, its keyboard."""

    html: str
    keyboard: InlineKeyboardMarkup | None
    pages: Rows | None = None
    """The whole keyboard when `keyboard` shows only its first page, to turn the pages later."""


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


def _row_item(button: Button) -> tuple[str, str]:
    if button.share is not None:
        return (button.label, SHARE + button.share)
    if len(button.data.encode("utf-8")) > CALLBACK_DATA_LIMIT:
        raise ValueError(f"callback data over {CALLBACK_DATA_LIMIT} bytes: {button.data!r}")
    return (button.label, button.data)


def button_rows(reply: Reply, share: bool = True) -> Rows:
    """The keyboard's rows; without `share` (inline mode off) the Share buttons are left out."""
    rows = [[_row_item(b) for b in row if share or b.share is None] for row in reply.buttons]
    return [row for row in rows if row]


def keyboard(reply: Reply, share: bool = True) -> InlineKeyboardMarkup | None:
    """The whole keyboard, or its first page if it is long (see `bot.telegram.pages`)."""
    rows = button_rows(reply, share)
    if not rows:
        return None
    if paged(rows):
        return page_markup(rows, 0)
    return InlineKeyboardMarkup([[inline_button(label, data) for label, data in row] for row in rows])


def folded(detail: str) -> str:
    """The 'why' as an expandable blockquote (Bot API 7.4): one line until the student taps it."""
    return f"<blockquote expandable>{html.escape(detail, quote=False)}</blockquote>"


def pasted(text: str) -> list[str]:
    """Text to copy as its own message(s) in a code block: Telegram copies it with one tap."""
    return [f"<pre>{html.escape(part, quote=False)}</pre>" for part in split_text(text)] if text else []


def html_parts(reply: Reply) -> list[str]:
    """The reply's text, then its detail folded (in the last text message when both fit, else in
    messages of their own), then any text to paste. Lengths count what a student sees, as
    Telegram does."""
    parts = [html.escape(part, quote=False) for part in split_text(reply.text)]
    if not reply.detail:
        return parts + pasted(reply.paste)
    details = split_text(reply.detail)
    last_seen = split_text(reply.text)[-1]
    if telegram_length(last_seen) + 1 + telegram_length(details[0]) <= MESSAGE_LIMIT:
        parts[-1] = parts[-1] + "\n" + folded(details[0])
        details = details[1:]
    return parts + [folded(d) for d in details] + pasted(reply.paste)


def render(reply: Reply, share: bool = True) -> list[Outgoing]:
    """The messages that show this reply, in order. `share`: whether the bot's inline mode is on
    (getMe's `supports_inline_queries`); a Share button is only shown when it can work."""
    parts = html_parts(reply)
    markup = keyboard(reply, share)
    rows = button_rows(reply, share)
    kept = rows if paged(rows) else None
    last = len(parts) - 1
    return [
        Outgoing(
            html=part,
            keyboard=markup if i == last else None,
            pages=kept if i == last else None,
        )
        for i, part in enumerate(parts)
    ]


def deep_link(bot_username: str, payload: str) -> str:
    """The link that opens the bot with `/start <payload>` (an entry id or a dialog's name)."""
    return f"https://t.me/{bot_username}?start={payload}"


def inline_article(shared: Shareable, bot_username: str | None, open_label: str) -> InlineQueryResultArticle:
    """One inline result: the answer as an escaped HTML message (its text within 4,096 characters,
    as the conversation made it) with a button opening the bot on that answer."""
    markup = None
    if bot_username:
        button = InlineKeyboardButton(open_label, url=deep_link(bot_username, shared.entry))
        markup = InlineKeyboardMarkup([[button]])
    return InlineQueryResultArticle(
        id=shared.entry,
        title=shared.title,
        description=shared.description,
        input_message_content=InputTextMessageContent(
            html.escape(shared.text, quote=False), parse_mode="HTML"
        ),
        reply_markup=markup,
    )
