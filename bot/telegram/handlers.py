"""Updates in, conversation turns out: map each update to an event, store the state, send replies.

Delivery is made safe against restarts with a small outbox: the new state and the replies it
owes are committed together before anything is sent; a redelivered update only sends what is
still owed. Redelivery is recognised by what Telegram never reuses within a chat (the message id,
the callback query id), not by the update id: Telegram restarts update ids at a random value
after a week without updates or on another Bot API server. No message text is ever logged.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Any

from pydantic import ValidationError
from telegram import Message, MessageEntity, Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, ContextTypes

from bot.dialogs.conversation import Conversation, Turn
from bot.dialogs.events import Command, Event, Press, Text, Unsupported
from bot.dialogs.state import STATE_SCHEMA_VERSION, StudentState
from bot.replies import Reply
from bot.telegram.pages import page_markup, page_number, stored_rows
from bot.telegram.render import render

log = logging.getLogger(__name__)

STATE, SEEN, OUTBOX, STRIPPED, PAGES = "state", "seen", "outbox", "stripped", "pages"
LAST_UPDATE = "last_update"
"""Kept by older versions (de-duplication by a growing update id); dropped on the next write."""
SEEN_KEPT = 50
"""How many delivery keys are remembered per student: far more than Telegram ever redelivers."""
STRIPPED_KEPT = 20
"""How many pressed messages' ids are remembered to avoid removing a keyboard twice."""
AnyApplication = Application[Any, Any, Any, Any, Any, Any]
Context = ContextTypes.DEFAULT_TYPE


class NewerStateError(Exception):
    """A stored row written by a newer version of the bot: it must be neither read nor overwritten."""


def delivery_key(update: Update) -> str | None:
    """What identifies this update across redeliveries and update-id restarts.

    Message ids grow per chat and are never reused; callback query ids are unique.
    """
    if update.callback_query is not None:
        return f"q{update.callback_query.id}"
    if update.message is not None:
        return f"m{update.message.message_id}"
    edited = update.edited_message
    if edited is not None:
        stamp = int(edited.edit_date.timestamp()) if edited.edit_date else 0
        return f"e{edited.message_id}.{stamp}"
    return None


def addressed_to(message: Message, bot_username: str | None) -> bool:
    """In a group, only a command for this bot (`/help@bot`) or a mention of it is meant for us."""
    if not bot_username:
        return False
    mention = "@" + bot_username.casefold()
    text = message.text or ""
    for entity in message.entities:
        piece = text[entity.offset : entity.offset + entity.length].casefold()
        if entity.type == MessageEntity.BOT_COMMAND and piece.endswith(mention):
            return True
        if entity.type == MessageEntity.MENTION and piece == mention:
            return True
    head = text.split(" ", 1)[0].casefold()
    return (head.startswith("/") and head.endswith(mention)) or mention in text.casefold().split()


def event_of(update: Update, bot_username: str | None = None) -> Event | None:
    """What the student did, as the conversation understands it; None for updates we ignore.

    In groups only what is addressed to the bot counts (its reply says to write privately).
    """
    chat = update.effective_chat
    private = chat is not None and chat.type == "private"
    if update.callback_query is not None:
        return Press(data=update.callback_query.data or "") if private or chat is None else None
    if update.edited_message is not None:
        return Unsupported(what="edited") if private else None
    message = update.message
    if message is None or chat is None:
        return None
    if not private:
        return Unsupported(what="group") if addressed_to(message, bot_username) else None
    if message.text is None:
        return Unsupported(what="media")
    text = message.text
    if text.startswith("/"):
        head, _, arg = text[1:].partition(" ")
        name = head.split("@", 1)[0].casefold()
        return Command(name=name, arg=arg.strip())
    return Text(text=text)


def load_state(data: dict[str, Any]) -> StudentState:
    """The stored state, or a fresh one if it is missing or from an older schema: never a crash.

    A state from a newer schema raises NewerStateError: reading it as blank would overwrite it.
    """
    raw = data.get(STATE)
    if not isinstance(raw, dict):
        return StudentState()
    version = raw.get("schema_version", STATE_SCHEMA_VERSION)
    if isinstance(version, int) and version > STATE_SCHEMA_VERSION:
        raise NewerStateError(version)
    try:
        return StudentState.model_validate(raw)
    except ValidationError:
        log.warning("stored state unreadable; starting afresh")
        return StudentState()


class TelegramFrontEnd:
    """The handlers of the application; one instance per application."""

    def __init__(self, conversation: Conversation, today: Callable[[], date]) -> None:
        self.conversation = conversation
        self.today = today
        self._answered: set[str] = set()

    async def _save(self, context: Context, user_id: int) -> None:
        persistence = context.application.persistence
        if persistence is not None and context.user_data is not None:
            await persistence.update_user_data(user_id, dict(context.user_data))

    async def on_update(self, update: Update, context: Context) -> None:
        """Every update the bot receives; every button press is answered, even a forged one."""
        query = update.callback_query
        try:
            await self._handle(update, context)
        finally:
            if query is not None and query.id not in self._answered:
                await self._answer(update, None)
            if query is not None:
                self._answered.discard(query.id)

    async def _handle(self, update: Update, context: Context) -> None:
        event = event_of(update, context.bot.username if context.bot else None)
        user = update.effective_user
        chat = update.effective_chat
        if event is None or user is None or chat is None:
            return
        log.info("update kind=%s", event.kind)
        if chat.type != "private":
            turn = self.conversation.handle(StudentState(), event, self.today())
            await self._send(context, chat.id, list(turn.replies), {})
            return
        data = context.user_data if context.user_data is not None else {}
        key = delivery_key(update)
        seen = [k for k in data.get(SEEN) or [] if isinstance(k, str)]
        if key is not None and key in seen:
            await self._drain(context, user.id, chat.id, data)
            return
        if isinstance(event, Press) and await self._turn_page(update, data, event.data):
            return
        try:
            state = load_state(data)
        except NewerStateError:
            log.warning("stored state is from a newer schema; left untouched")
            await self._send(context, chat.id, [Reply(text=self.conversation.apology())], {})
            return
        turn = self.conversation.handle(state, event, self.today())
        if turn.erase:
            await self._erase(context, user.id)
            await self._answer(update, turn.notice)
            await _remove_keyboard(update)  # the confirmation is used: its buttons go too
            await self._send(context, chat.id, list(turn.replies), {})
            return
        data[STATE] = turn.state.model_dump(mode="json")
        data.pop(LAST_UPDATE, None)
        if key is not None:
            data[SEEN] = [*seen, key][-SEEN_KEPT:]
        owed = list(data.get(OUTBOX) or [])
        data[OUTBOX] = owed + [r.model_dump(mode="json") for r in turn.replies]
        await self._save(context, user.id)
        await self._answer(update, turn.notice)
        if update.callback_query is not None and turn.replies:
            await self._remove_keyboard_once(update, data)
        await self._drain(context, user.id, chat.id, data)

    async def _turn_page(self, update: Update, data: dict[str, Any], pressed: str) -> bool:
        """‹ or › on the kept long keyboard: show that page in place. False if it is not one."""
        page = page_number(pressed)
        query = update.callback_query
        kept = data.get(PAGES)
        if page is None or query is None or query.message is None or not isinstance(kept, dict):
            return False
        rows = stored_rows(kept.get("rows"))
        if rows is None or kept.get("message") != query.message.message_id:
            return False
        await self._answer(update, None)
        try:
            await _with_retries(lambda: query.edit_message_reply_markup(reply_markup=page_markup(rows, page)))
        except TelegramError as exc:
            log.info("page not turned: %s", type(exc).__name__)
        return True

    async def _remove_keyboard_once(self, update: Update, data: dict[str, Any]) -> None:
        """Remove a pressed message's keyboard once; a double tap must not edit it twice."""
        query = update.callback_query
        message_id = query.message.message_id if query is not None and query.message is not None else None
        stripped: list[int] = list(data.get(STRIPPED) or [])
        if message_id is None or message_id in stripped:
            return
        data[STRIPPED] = [*stripped, message_id][-STRIPPED_KEPT:]
        await _remove_keyboard(update)

    async def _drain(self, context: Context, user_id: int, chat_id: int, data: dict[str, Any]) -> None:
        """Send what is still owed, one reply at a time.

        A reply leaves the outbox (and that is stored) only once Telegram accepted it: a bot
        killed at any instant sends it after the restart, and can repeat it only if it was
        killed between Telegram's answer and this write. A network failure leaves it at the
        head; a refusal (400, 403) is permanent: it is logged (by type only) and dropped, so one
        refused reply can never block the replies after it.
        """
        while data.get(OUTBOX):
            head = data[OUTBOX][0]
            try:
                await self._send(context, chat_id, [Reply.model_validate(head)], data)
            except (BadRequest, Forbidden, ValidationError) as exc:
                log.warning("reply refused and dropped: %s", type(exc).__name__)
            data[OUTBOX] = data[OUTBOX][1:]
            await self._save(context, user_id)

    async def _send(self, context: Context, chat_id: int, replies: list[Reply], data: dict[str, Any]) -> None:
        for reply in replies:
            for message in render(reply):
                try:
                    sent = await _with_retries(
                        lambda m=message: context.bot.send_message(  # type: ignore[misc]
                            chat_id=chat_id, text=m.html, parse_mode="HTML", reply_markup=m.keyboard
                        )
                    )
                except BadRequest:
                    if message.keyboard is None:
                        raise
                    # Refused for its buttons: the text is still worth having; typed answers work.
                    log.warning("reply refused: BadRequest; sent without its buttons")
                    await _with_retries(
                        lambda m=message: context.bot.send_message(  # type: ignore[misc]
                            chat_id=chat_id, text=m.html, parse_mode="HTML"
                        )
                    )
                    continue
                if message.keyboard is not None and isinstance(sent, Message):
                    if message.pages is not None:
                        data[PAGES] = {"message": sent.message_id, "rows": message.pages}
                    else:
                        data.pop(PAGES, None)

    async def _erase(self, context: Context, user_id: int) -> None:
        """/forget confirmed: every row about this student goes, in memory and on disk."""
        application = context.application
        if context.user_data is not None:
            context.user_data.clear()
        if application.persistence is not None:
            await application.persistence.drop_user_data(user_id)

    async def _answer(self, update: Update, notice: str | None) -> None:
        """Every button press is answered, with the notice as a short toast if there is one."""
        query = update.callback_query
        if query is None or query.id in self._answered:
            return
        self._answered.add(query.id)
        try:
            await _with_retries(lambda: query.answer(text=notice))
        except TelegramError as exc:
            log.info("callback answer not delivered: %s", type(exc).__name__)

    async def on_error(self, update: object, context: Context) -> None:
        """Log the failure's type (never text or token) and apologise to the student."""
        error = context.error
        log.error("update failed: %s", type(error).__name__)
        if isinstance(update, Update) and update.effective_chat is not None:
            if isinstance(error, TelegramError) and not isinstance(error, BadRequest):
                return  # network trouble: the update is retried or the reply was already lost
            try:
                await context.bot.send_message(
                    chat_id=update.effective_chat.id, text=self.conversation.apology()
                )
            except TelegramError:
                log.error("could not send the apology")


SEND_ATTEMPTS = 6
FIRST_BACKOFF = 0.25


async def _with_retries(send: Callable[[], Awaitable[object]]) -> object:
    """A send that failed on the network is tried again (Telegram's 429s are the rate limiter's).

    Each fault is logged once, by its type only. After the last attempt the error propagates and
    the reply stays in the outbox, to be sent before the student's next reply.
    """
    delay = FIRST_BACKOFF
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await send()
        except (BadRequest, Forbidden):
            raise
        except (NetworkError, TimedOut, RetryAfter) as exc:
            log.warning("send failed: %s (attempt %d of %d)", type(exc).__name__, attempt, SEND_ATTEMPTS)
            if attempt == SEND_ATTEMPTS:
                raise
            wait = exc.retry_after if isinstance(exc, RetryAfter) else delay
            await asyncio.sleep(wait.total_seconds() if isinstance(wait, timedelta) else float(wait))
            delay = min(delay * 2, 4.0)
    raise RuntimeError("SEND_ATTEMPTS must be at least 1")


async def _remove_keyboard(update: Update) -> None:
    """The pressed message's buttons go, so an old button can't be pressed again by accident."""
    query = update.callback_query
    if query is None or query.message is None or not query.message.is_accessible:
        return
    if getattr(query.message, "reply_markup", None) is None:
        return  # nothing to remove: editing would only be refused as "not modified"
    try:
        await _with_retries(lambda: query.edit_message_reply_markup(reply_markup=None))
    except TelegramError as exc:
        log.info("keyboard not removed: %s", type(exc).__name__)


__all__ = ["TelegramFrontEnd", "Turn", "delivery_key", "event_of", "load_state"]
