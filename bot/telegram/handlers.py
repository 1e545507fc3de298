"""Updates in, conversation turns out: map each update to an event, store the state, send replies.

Delivery is made safe against restarts with a small outbox: the new state and the replies it
owes are committed together before anything is sent; a redelivered update (same id) only sends
what is still owed. No message text is ever logged.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Any

from pydantic import ValidationError
from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, ContextTypes

from bot.dialogs.conversation import Conversation, Turn
from bot.dialogs.events import Command, Event, Press, Text, Unsupported
from bot.dialogs.state import StudentState
from bot.replies import Reply
from bot.telegram.render import render

log = logging.getLogger(__name__)

STATE, LAST_UPDATE, OUTBOX, STRIPPED = "state", "last_update", "outbox", "stripped"
STRIPPED_KEPT = 20
"""How many pressed messages' ids are remembered to avoid removing a keyboard twice."""
AnyApplication = Application[Any, Any, Any, Any, Any, Any]
Context = ContextTypes.DEFAULT_TYPE


def event_of(update: Update) -> Event | None:
    """What the student did, as the conversation understands it; None for updates we ignore."""
    if update.edited_message is not None:
        return Unsupported(what="edited")
    if update.callback_query is not None:
        return Press(data=update.callback_query.data or "")
    message = update.message
    if message is None or update.effective_chat is None:
        return None
    if update.effective_chat.type != "private":
        return Unsupported(what="group")
    if message.text is None:
        return Unsupported(what="media")
    text = message.text
    if text.startswith("/"):
        head, _, arg = text[1:].partition(" ")
        name = head.split("@", 1)[0].casefold()
        return Command(name=name, arg=arg.strip())
    return Text(text=text)


def load_state(data: dict[str, Any]) -> StudentState:
    """The stored state, or a fresh one if it is missing or from an older schema: never a crash."""
    raw = data.get(STATE)
    if not isinstance(raw, dict):
        return StudentState()
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

    async def _save(self, context: Context, user_id: int) -> None:
        persistence = context.application.persistence
        if persistence is not None and context.user_data is not None:
            await persistence.update_user_data(user_id, dict(context.user_data))

    async def on_update(self, update: Update, context: Context) -> None:
        """Every update the bot receives in a private chat, a group or as an edit."""
        event = event_of(update)
        user = update.effective_user
        chat = update.effective_chat
        if event is None or user is None or chat is None:
            return
        data = context.user_data if context.user_data is not None else {}
        log.info("update kind=%s", event.kind)
        if isinstance(event, Unsupported) and event.what == "group":
            turn = self.conversation.handle(StudentState(), event, self.today())
            await self._send(context, chat.id, list(turn.replies))
            return
        if update.update_id <= int(data.get(LAST_UPDATE, -1)):
            await self._drain(context, user.id, chat.id, data)
            if update.callback_query is not None:
                await _answer(update, None)
            return
        turn = self.conversation.handle(load_state(data), event, self.today())
        if turn.erase:
            await self._erase(context, user.id)
            await _answer(update, turn.notice)
            await self._send(context, chat.id, list(turn.replies))
            return
        data[STATE] = turn.state.model_dump(mode="json")
        data[LAST_UPDATE] = update.update_id
        owed = list(data.get(OUTBOX) or [])
        data[OUTBOX] = owed + [r.model_dump(mode="json") for r in turn.replies]
        await self._save(context, user.id)
        await _answer(update, turn.notice)
        if update.callback_query is not None and turn.replies:
            await self._remove_keyboard_once(update, data)
        await self._drain(context, user.id, chat.id, data)

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

        Each reply is taken off the outbox (and that is stored) just before it is sent: a crash
        after Telegram got it can then never send it twice. If the send fails, it goes back.
        """
        while data.get(OUTBOX):
            head, *rest = data[OUTBOX]
            data[OUTBOX] = rest
            await self._save(context, user_id)
            try:
                await self._send(context, chat_id, [Reply.model_validate(head)])
            except Exception:
                data[OUTBOX] = [head, *data[OUTBOX]]
                await self._save(context, user_id)
                raise

    async def _send(self, context: Context, chat_id: int, replies: list[Reply]) -> None:
        for reply in replies:
            for message in render(reply):
                await _with_retries(
                    lambda m=message: context.bot.send_message(  # type: ignore[misc]
                        chat_id=chat_id, text=m.html, parse_mode="HTML", reply_markup=m.keyboard
                    )
                )

    async def _erase(self, context: Context, user_id: int) -> None:
        """/forget confirmed: every row about this student goes, in memory and on disk."""
        application = context.application
        if context.user_data is not None:
            context.user_data.clear()
        application.drop_user_data(user_id)
        application.drop_chat_data(user_id)
        if application.persistence is not None:
            await application.persistence.drop_user_data(user_id)
            await application.persistence.drop_chat_data(user_id)

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


async def _with_retries(send: Callable[[], Awaitable[object]]) -> None:
    """A send that failed on the network is tried again (Telegram's 429s are the rate limiter's).

    Each fault is logged once, by its type only. After the last attempt the error propagates and
    the reply stays in the outbox, to be sent before the student's next reply.
    """
    delay = FIRST_BACKOFF
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            await send()
            return
        except (BadRequest, Forbidden):
            raise
        except (NetworkError, TimedOut, RetryAfter) as exc:
            log.warning("send failed: %s (attempt %d of %d)", type(exc).__name__, attempt, SEND_ATTEMPTS)
            if attempt == SEND_ATTEMPTS:
                raise
            wait = exc.retry_after if isinstance(exc, RetryAfter) else delay
            await asyncio.sleep(wait.total_seconds() if isinstance(wait, timedelta) else float(wait))
            delay = min(delay * 2, 4.0)


async def _answer(update: Update, notice: str | None) -> None:
    """Every button press is answered, with the notice as a short toast if there is one."""
    query = update.callback_query
    if query is None:
        return
    try:
        await _with_retries(lambda: query.answer(text=notice))
    except TelegramError as exc:
        log.info("callback answer not delivered: %s", type(exc).__name__)


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


__all__ = ["TelegramFrontEnd", "Turn", "event_of", "load_state"]
