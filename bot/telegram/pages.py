"""Long keyboards in pages, so every keyboard stays within Telegram's limits by construction.

Telegram refuses a message whose inline keyboard has more than 100 buttons (400 "reply markup is
too long"), and a refused reply used to block the student's outbox. A keyboard of more than
`UNPAGED_MAX` buttons is cut into pages of at most `PAGE_SIZE` buttons with ‹ › to turn them;
the handler keeps the whole keyboard of the last paged message to turn its pages.
"""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

PAGE_SIZE = 8
UNPAGED_MAX = 10
"""Keyboards up to this many buttons are shown whole (every dialog's own keyboards are smaller)."""
NAV = "pg:"
"""Callback data of the ‹ › buttons: `pg:<page>`; the conversation reads it as an unknown button."""
PREVIOUS, NEXT = "‹", "›"

SHARE = "share:"
"""In `Rows`, a share button's second item is SHARE + the inline query it prefills; no callback
data the conversation makes starts with it."""

Rows = list[list[tuple[str, str]]]
"""Keyboard rows of (label, callback data): the JSON-friendly form kept in the store."""


def inline_button(label: str, data: str) -> InlineKeyboardButton:
    """A callback button, or for SHARE + query a button that opens the chat picker with the bot's
    inline query prefilled (`switch_inline_query`)."""
    if data.startswith(SHARE):
        return InlineKeyboardButton(label, switch_inline_query=data[len(SHARE) :])
    return InlineKeyboardButton(label, callback_data=data)


def paged(rows: Rows) -> bool:
    return sum(len(row) for row in rows) > UNPAGED_MAX


def pages(rows: Rows) -> list[Rows]:
    """Consecutive rows, at most PAGE_SIZE buttons a page (an over-long row is split)."""
    result: list[Rows] = [[]]
    for row in rows:
        for start in range(0, len(row), PAGE_SIZE):
            piece = row[start : start + PAGE_SIZE]
            if sum(len(r) for r in result[-1]) + len(piece) > PAGE_SIZE:
                result.append([])
            result[-1].append(piece)
    return result if result[0] else [[]]


def page_markup(rows: Rows, page: int) -> InlineKeyboardMarkup:
    """Page `page` (clamped) of the keyboard, with ‹ › where there is a page to turn to."""
    all_pages = pages(rows)
    page = max(0, min(page, len(all_pages) - 1))
    buttons = [[inline_button(label, data) for label, data in row] for row in all_pages[page]]
    nav = []
    if page > 0:
        nav.append(InlineKeyboardButton(PREVIOUS, callback_data=f"{NAV}{page - 1}"))
    if page < len(all_pages) - 1:
        nav.append(InlineKeyboardButton(NEXT, callback_data=f"{NAV}{page + 1}"))
    return InlineKeyboardMarkup([*buttons, nav] if nav else buttons)


def page_number(data: str) -> int | None:
    """The page a ‹ › button asks for, or None for any other data."""
    if not data.startswith(NAV):
        return None
    digits = data[len(NAV) :]
    return int(digits) if digits.isascii() and digits.isdigit() and len(digits) < 6 else None


def stored_rows(value: Any) -> Rows | None:
    """The kept keyboard as stored (JSON lists), or None if it is missing or malformed."""
    if not isinstance(value, list):
        return None
    rows: Rows = []
    for row in value:
        if not isinstance(row, list | tuple):
            return None
        pairs = [(b[0], b[1]) for b in row if isinstance(b, list | tuple) and len(b) == 2]
        if len(pairs) != len(row) or not all(isinstance(a, str) and isinstance(b, str) for a, b in pairs):
            return None
        rows.append(pairs)
    return rows
