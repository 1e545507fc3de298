"""Updates in, conversation turns out: map each update to an event, store the state, send replies.

Delivery is made safe against restarts with a small outbox (bot/telegram/outbox.py): the new
state and the replies it owes are committed together before anything is sent; a redelivered
update only sends what is still owed. Redelivery is recognised by what Telegram never reuses
within a chat (the message id, the callback query id), not by the update id: Telegram restarts
update ids at a random value after a week without updates or on another Bot API server.
No message text is ever logged.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from pydantic import ValidationError
from telegram import InputFile, Message, MessageEntity, Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.dialogs.conversation import Conversation, Turn
from bot.dialogs.events import Event, Press, Text, Unsupported, command_of
from bot.dialogs.state import StudentState
from bot.replies import Reply
from bot.telegram.outbox import NewerStateError, Outgoing, StudentRecord
from bot.telegram.pages import page_markup, page_number
from bot.telegram.render import inline_article, render

log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
Context = ContextTypes.DEFAULT_TYPE
AnyContext = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]
INLINE_CACHE_SECONDS = 300
"""How long Telegram may keep an inline answer list: the answers change only with a new release."""


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
    return command_of(message.text) or Text(text=message.text)


def record_of(context: Context, user_id: int) -> StudentRecord:
    """The student's stored record, written through the application's persistence."""
    if context.user_data is None:  # an update without a user: nothing to keep
        return StudentRecord({}, user_id)
    return StudentRecord(context.user_data, user_id, context.application.persistence)


class TelegramFrontEnd:
    """The handlers of the application; one instance per application."""

    def __init__(self, conversation: Conversation, today: Callable[[], date]) -> None:
        self.conversation = conversation
        self.today = today
        self._answered: set[str] = set()
        self._draining: set[int] = set()
        self.on_state: Callable[[AnyApplication, int, StudentState], Awaitable[None]] | None = None
        """Awaited after each stored turn (the reminders' table and jobs follow the state)."""

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

    async def on_inline_query(self, update: Update, context: Context) -> None:
        """`@bot petition steps` in any chat: the matching answers, to drop into that chat.

        Telegram sends these only while inline mode is on (BotFather's /setinline). Nothing is
        stored and no state is read: an inline query is not a private chat with the student.
        One attempt only: Telegram drops an unanswered query after a few seconds anyway.
        """
        query = update.inline_query
        if query is None:
            return
        log.info("update kind=inline_query")
        username = context.bot.username if context.bot else None
        label = self.conversation.messages.inline_open
        found = self.conversation.inline_search(query.query)
        results = [inline_article(shared, username, label) for shared in found]
        try:
            await query.answer(results, cache_time=INLINE_CACHE_SECONDS, is_personal=False)
        except TelegramError as exc:
            log.info("inline answer not delivered: %s", type(exc).__name__)

    async def _handle(self, update: Update, context: Context) -> None:
        event = event_of(update, context.bot.username if context.bot else None)
        user = update.effective_user
        chat = update.effective_chat
        if event is None or user is None or chat is None:
            return
        log.info("update kind=%s", event.kind)
        if chat.type != "private":
            turn = self.conversation.handle(StudentState(), event, self.today())
            await self._send(context, chat.id, list(turn.replies), None)
            return
        record = record_of(context, user.id)
        key = delivery_key(update)
        if record.seen(key):
            await self.drain(context, chat.id, record)
            return
        if isinstance(event, Press) and await self._turn_page(update, record, event.data):
            return
        try:
            state = record.state()
        except NewerStateError:
            log.warning("stored state is from a newer schema; left untouched")
            await self._send(context, chat.id, [Reply(text=self.conversation.apology())], None)
            return
        turn = self.conversation.handle(state, event, self.today())
        if turn.erase:
            await record.erase()
            if self.on_state is not None:
                await self.on_state(context.application, user.id, StudentState())
            await self._answer(update, turn.notice)
            await _remove_keyboard(update)  # the confirmation is used: its buttons go too
            await self._send(context, chat.id, list(turn.replies), None)
            return
        record.take_turn(turn.state, key, turn.replies)
        await record.commit()
        if self.on_state is not None and turn.state.reminders != state.reminders:
            await self.on_state(context.application, user.id, turn.state)
        await self._answer(update, turn.notice)
        if update.callback_query is not None and turn.replies:
            await self._remove_keyboard_once(update, record)
        await self.drain(context, chat.id, record)
        for document in turn.documents:  # made again on request: not kept in the outbox
            await _with_retries(
                lambda d=document: context.bot.send_document(  # type: ignore[misc]
                    chat_id=chat.id, document=InputFile(d.content, filename=d.filename), caption=d.caption
                )
            )

    async def _turn_page(self, update: Update, record: StudentRecord, pressed: str) -> bool:
        """‹ or › on the kept long keyboard: show that page in place. False if it is not one."""
        page = page_number(pressed)
        query = update.callback_query
        if page is None or query is None or query.message is None:
            return False
        rows = record.pages_of(query.message.message_id)
        if rows is None:
            return False
        await self._answer(update, None)
        try:
            await _with_retries(lambda: query.edit_message_reply_markup(reply_markup=page_markup(rows, page)))
        except TelegramError as exc:
            log.info("page not turned: %s", type(exc).__name__)
        return True

    async def _remove_keyboard_once(self, update: Update, record: StudentRecord) -> None:
        """Remove a pressed message's keyboard once; a double tap must not edit it twice."""
        query = update.callback_query
        message_id = query.message.message_id if query is not None and query.message is not None else None
        if message_id is None or not record.strip_once(message_id):
            return
        await _remove_keyboard(update)

    async def drain(self, context: Context | AnyContext, chat_id: int, record: StudentRecord) -> None:
        """Send what is still owed (a turn's replies, a reminder job's), one reply at a time.

        A reply leaves the outbox (and that is stored) only once Telegram accepted it: a bot
        killed at any instant sends it after the restart, and can repeat it only if it was
        killed between Telegram's answer and this write. A reply of several messages records
        each accepted part, so a retry never sends a part twice. Retries are bounded (see
        `_with_retries`): a reply refused (400, 403) or still failing after the last attempt
        is logged (by type only) and dropped, so one reply can never block the ones after it.
        """
        if chat_id in self._draining:  # a reminder job and a reply: one loop sends both, in order
            return
        self._draining.add(chat_id)
        try:
            while record.owes():
                try:
                    head = record.head()

                    async def accepted(parts: int, head: Outgoing = head) -> None:
                        await record.accepted(head, parts)

                    await self._send(
                        context, chat_id, [head.reply], record, skip=head.parts_sent, accepted=accepted
                    )
                except (BadRequest, Forbidden, ValidationError) as exc:
                    log.warning("reply refused and dropped: %s", type(exc).__name__)
                except TelegramError as exc:
                    log.warning("reply dropped after %d attempts: %s", SEND_ATTEMPTS, type(exc).__name__)
                await record.done()
        finally:
            self._draining.discard(chat_id)

    async def _send(
        self,
        context: Context | AnyContext,
        chat_id: int,
        replies: list[Reply],
        record: StudentRecord | None,
        *,
        skip: int = 0,
        accepted: Callable[[int], Awaitable[None]] | None = None,
    ) -> None:
        share = _inline_mode(context)
        for reply in replies:
            messages = render(reply, share)
            for number, message in enumerate(messages[skip:], start=skip + 1):
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
                    sent = await _with_retries(
                        lambda m=message: context.bot.send_message(  # type: ignore[misc]
                            chat_id=chat_id, text=m.html, parse_mode="HTML"
                        )
                    )
                else:
                    if message.keyboard is not None and isinstance(sent, Message) and record is not None:
                        record.keep_pages(sent.message_id, message.pages)
                if accepted is not None and number < len(messages):
                    await accepted(number)

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


def _inline_mode(context: Context | AnyContext) -> bool:
    """Whether BotFather's /setinline is on, as getMe said at start-up (Share buttons need it)."""
    try:
        me = context.bot.bot
    except (AttributeError, RuntimeError):  # not initialised (getMe not called yet), or a stub
        return False
    return bool(me.supports_inline_queries)


SEND_ATTEMPTS = 6
FIRST_BACKOFF = 0.25
MAX_BACKOFF = 4.0


def unanswered(exc: TelegramError) -> bool:
    """The request may have reached Telegram but its answer never came (a timeout, a dropped
    connection): only a retry after this can make a message arrive twice. A 5xx or 429 is an
    answer: Telegram did not take the message."""
    return isinstance(exc, TimedOut) or (isinstance(exc, NetworkError) and exc.__cause__ is not None)


async def _with_retries(send: Callable[[], Awaitable[object]]) -> object:
    """A send that failed on the network is tried again, at most SEND_ATTEMPTS times in all.

    Backoff doubles from FIRST_BACKOFF to MAX_BACKOFF; a 429 waits only as long as Telegram said,
    and only for its chat (the rate limiter holds the pause). Each fault is logged once, by its
    type only; a retry that may repeat a message is logged as such (the bench counts them).
    After the last attempt the error propagates (the caller drops the reply and logs it).
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
            if unanswered(exc):
                log.info("send retried after no answer: it may arrive twice")
            if not isinstance(exc, RetryAfter):  # the limiter already holds the chat's pause
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF)
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


__all__ = ["TelegramFrontEnd", "Turn", "delivery_key", "event_of"]
