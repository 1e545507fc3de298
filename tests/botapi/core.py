"""The stand-in's state and Bot API semantics, kept apart from HTTP so both stay readable.

Everything is guarded by one lock and one condition: the HTTP threads, the webhook pusher and the
test thread all wait on the same condition, and any change notifies all of them.
"""

from __future__ import annotations

import asyncio
import copy
import json
import mimetypes
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypedDict, TypeVar
from urllib.parse import urlsplit

from .models import (
    FAULT_KINDS,
    ApiError,
    BotMessage,
    ButtonNotFoundError,
    CallbackAnswer,
    ChatAction,
    ChatNotFoundError,
    FakeUser,
    FaultKind,
    FaultSpec,
    InjectedFault,
    InlineAnswer,
    MessageNotFoundError,
    RandomFaults,
    RequestRecord,
    StoredFile,
    UserMessage,
    WebhookDelivery,
    bad_request,
)
from .tghtml import (
    MAX_CAPTION_LENGTH,
    MAX_MESSAGE_LENGTH,
    Entity,
    HtmlParseError,
    parse_html,
    strip_text,
    utf16_len,
)
from .wire import Params

T = TypeVar("T")

DEFAULT_TOKEN = "123456789:STAND-IN-TOKEN"
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"
# Telegram leaves these out unless a bot asks for them by name in allowed_updates.
NOT_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
_BOT_COMMAND = re.compile(r"(?<![\w/<>])/[a-zA-Z0-9_]{1,64}(?:@[a-zA-Z0-9_]{3,32})?(?![\w/<>])")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_LOOPBACK = re.compile(r"^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|::1)$")


@dataclass
class _Query:
    chat_id: int | None
    message_id: int | None
    data: str | None
    answered: bool = False


@dataclass
class _InlineQuery:
    user_id: int
    query: str
    answered: bool = False


_Pending = TypeVar("_Pending", _Query, _InlineQuery)
_Answer = TypeVar("_Answer", CallbackAnswer, InlineAnswer)


def _unanswered(queries: dict[str, _Pending], query_id: str) -> _Pending:
    """The query still waiting for its answer: Telegram refuses an unknown or answered one alike."""
    query = queries.get(query_id)
    if query is None or query.answered:
        raise bad_request(QUERY_INVALID)
    return query


MAX_INLINE_RESULTS = 50
_INLINE_RESULT_ID = re.compile(r"^.{1,64}$", re.S)


@dataclass
class _Webhook:
    url: str
    secret_token: str | None
    max_connections: int


class CoreOptions(TypedDict, total=False):
    """The core's keyword options (defaults in `BotApiCore.__init__`), so the HTTP server passes
    them on without listing them a second time."""

    bot_username: str
    bot_first_name: str
    strict_chats: bool
    strict_ampersand: bool
    conflict_on_concurrent_polls: bool
    max_buttons: int
    first_update_id: int
    webhook_retry_delay: float
    supports_inline_queries: bool


class BotApiCore:
    """State and methods of a fake Telegram Bot API for one bot token."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "standin_bot",
        bot_first_name: str = "Stand-in Bot",
        strict_chats: bool = True,
        strict_ampersand: bool = True,
        conflict_on_concurrent_polls: bool = False,
        max_buttons: int = 100,
        first_update_id: int = 1000,
        webhook_retry_delay: float = 0.2,
        supports_inline_queries: bool = False,
    ) -> None:
        self.token = token
        head = token.split(":", 1)[0]
        self.bot_user: dict[str, Any] = {
            "id": int(head) if head.isdigit() else 123456789,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }
        self.strict_chats = strict_chats
        self.strict_ampersand = strict_ampersand
        self.conflict_on_concurrent_polls = conflict_on_concurrent_polls
        self.max_buttons = max_buttons
        self.webhook_retry_delay = webhook_retry_delay
        self.supports_inline_queries = supports_inline_queries  # /setinline: inline queries come
        self._inline_queries: dict[str, _InlineQuery] = {}
        self._inline_answers: list[InlineAnswer] = []

        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._stopping = False

        self._next_update_id = first_update_id
        self._pending: list[dict[str, Any]] = []
        self._allowed_updates: frozenset[str] | None = None
        self._poll_generation = 0

        self._webhook: _Webhook | None = None
        self._webhook_error: tuple[int, str] | None = None
        self._webhook_retry_at = 0.0
        self._deliveries: list[WebhookDelivery] = []

        self._users: dict[int, FakeUser] = {}
        self._chats: dict[int, dict[str, Any]] = {}
        self._blocked: set[int] = set()
        self._next_message_id: dict[int, int] = {}
        self._bot_messages: dict[tuple[int, int], BotMessage] = {}
        self._user_messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._user_records: dict[tuple[int, int], UserMessage] = {}
        self._deleted_user_messages: set[tuple[int, int]] = set()
        self._order: dict[int, list[tuple[str, int]]] = {}
        self._bot_order: dict[int, list[int]] = {}
        self._read_cursor: dict[int, int] = {}

        self._next_query = 0
        self._queries: dict[str, _Query] = {}
        self._answers: list[CallbackAnswer] = []
        self._actions: list[ChatAction] = []
        self._commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self._files: dict[str, StoredFile] = {}
        self._files_by_path: dict[str, StoredFile] = {}

        self._seq = 0
        self._requests: list[RequestRecord] = []
        self._in_flight = 0
        self._last_activity = time.monotonic()
        self._scheduled: dict[str, list[FaultSpec]] = {}
        self._random: RandomFaults | None = None
        self._rng = random.Random(0)
        self._faults: list[InjectedFault] = []
        self._unsupported: list[str] = []

        self._methods: dict[str, Callable[[Params], Any]] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "answercallbackquery": self._answer_callback_query,
            "answerinlinequery": self._answer_inline_query,
            "deletemessage": self._delete_message,
            "senddocument": self._send_document,
            "sendchataction": self._send_chat_action,
            "getfile": self._get_file,
            "close": lambda _p: True,
            "logout": lambda _p: True,
            "setmydescription": lambda _p: True,
            "setmyshortdescription": lambda _p: True,
            "setmyname": lambda _p: True,
            "setchatmenubutton": lambda _p: True,
            "getchatmenubutton": lambda _p: {"type": "commands"},
        }

    # ------------------------------------------------------------------ dispatch

    def call(self, method: str, params: Params) -> Any:
        """Run one Bot API method; ApiError carries Telegram's error answer."""
        handler = self._methods.get(method.lower())
        if handler is None:
            with self._lock:
                self._unsupported.append(method)
            raise ApiError(404, "Not Found")
        return handler(params)

    def _now(self) -> int:
        return int(time.time())

    def _touch(self) -> None:
        self._last_activity = time.monotonic()
        self._cond.notify_all()

    # ------------------------------------------------------------------ request log and faults

    def _request_started(self, method: str) -> int:
        with self._lock:
            self._seq += 1
            if method.lower() != "getupdates":
                self._in_flight += 1
                self._touch()
            return self._seq

    def _request_finished(
        self,
        seq: int,
        method: str,
        params: Params | None,
        *,
        started: float,
        status: int,
        description: str | None,
        fault: FaultKind | None = None,
    ) -> None:
        finished = time.monotonic()
        record = RequestRecord(
            seq=seq,
            method=method,
            params=params.recorded() if params else {},
            files=tuple(params.files) if params else (),
            started=started,
            finished=finished,
            at=time.time() - (finished - started),
            status=status,
            description=description,
            fault=fault,
        )
        with self._lock:
            self._requests.append(record)
            if method.lower() != "getupdates":
                self._in_flight -= 1
                self._touch()
            self._cond.notify_all()

    def fail_next(
        self,
        method: str,
        kind: FaultKind | int,
        count: int = 1,
        *,
        retry_after: int = 1,
        processed: bool = False,
        hang_for: float = 30.0,
        chat_id: int | None = None,
    ) -> None:
        """Make the next `count` calls of `method` ("*" for any) fail with `kind`.

        chat_id: only calls for that chat fail (and count); calls for other chats go through.

        kind: "429" (with parameters.retry_after), "500", "502", "hang" (no answer until the client
        gives up, `hang_for` seconds or stop) or "drop" (connection closed without an answer).
        processed=True runs the method first, so the effect happens but the answer is lost,
        which is how a bot ends up sending a message twice.
        """
        fault = _fault_kind(kind)
        if fault == "429" and retry_after < 1:
            raise ValueError("retry_after must be at least 1: PTB ignores a zero retry_after")
        with self._lock:
            key = "*" if method == "*" else method.lower()
            self._scheduled.setdefault(key, []).append(
                FaultSpec(fault, count, retry_after, processed and fault != "429", hang_for, chat_id)
            )

    def random_faults(
        self,
        rate: float,
        *,
        seed: int,
        kinds: tuple[FaultKind, ...] = ("429", "500", "drop"),
        methods: tuple[str, ...] | None = None,
        exclude: tuple[str, ...] = (),
        retry_after: int = 1,
        hang_for: float = 30.0,
        chats: tuple[int, ...] | None = None,
        processed: float = 0.0,
    ) -> None:
        """Fail a `rate` share of calls (of `methods`, default all) with kinds drawn from `seed`.

        chats: only calls for these chats may fail. processed: the share of "hang" and "drop"
        faults that take effect before the answer is lost (Telegram accepted, the bot never heard).
        """
        if not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be within [0, 1]")
        with self._lock:
            self._rng = random.Random(seed)
            self._random = RandomFaults(
                rate=rate,
                kinds=tuple(_fault_kind(k) for k in kinds),
                methods=frozenset(m.lower() for m in methods) if methods is not None else None,
                retry_after=retry_after,
                hang_for=hang_for,
                exclude=frozenset(m.lower() for m in exclude),
                chats=frozenset(chats) if chats is not None else None,
                processed=processed,
            )

    def clear_faults(self) -> None:
        """Forget scheduled faults and switch the random mode off."""
        with self._lock:
            self._scheduled.clear()
            self._random = None

    def _take_fault(self, method: str, seq: int, chat_id: int | None = None) -> FaultSpec | None:
        key = method.lower()
        with self._lock:
            for name in (key, "*"):
                queue = self._scheduled.get(name)
                spec = next((s for s in queue or [] if s.chat_id in (None, chat_id)), None)
                if queue and spec is not None:
                    spec.count -= 1
                    if spec.count <= 0:
                        queue.remove(spec)
                    self._faults.append(
                        InjectedFault(seq, method, spec.kind, time.monotonic(), spec.processed, "scheduled")
                    )
                    return spec
            chaos = self._random
            if chaos is None or key in chaos.exclude:
                return None
            if chaos.methods is not None and key not in chaos.methods:
                return None
            if chaos.chats is not None and chat_id not in chaos.chats:
                return None
            if self._rng.random() >= chaos.rate:
                return None
            kind = self._rng.choice(chaos.kinds)
            processed = kind in ("hang", "drop") and self._rng.random() < chaos.processed
            self._faults.append(InjectedFault(seq, method, kind, time.monotonic(), processed, "random"))
            return FaultSpec(kind, 1, chaos.retry_after, processed, chaos.hang_for)

    # ------------------------------------------------------------------ users, chats, updates

    def add_user(self, user: FakeUser) -> FakeUser:
        """Register a user (name, username, language) to appear in that user's updates."""
        with self._lock:
            self._users[user.id] = user
            self._private_chat(user)
        return user

    def block(self, chat_id: int, blocked: bool = True) -> None:
        """Make the user block the bot: sends to the chat get 403 as from Telegram."""
        with self._lock:
            if blocked:
                self._blocked.add(chat_id)
            else:
                self._blocked.discard(chat_id)

    def _user(self, user_id: int, user: FakeUser | None) -> FakeUser:
        if user is not None:
            self._users[user.id] = user
            return user
        return self._users.setdefault(user_id, FakeUser(id=user_id, username=f"user{user_id}"))

    def _private_chat(self, user: FakeUser) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": user.id, "type": "private", "first_name": user.first_name}
        if user.last_name:
            chat["last_name"] = user.last_name
        if user.username:
            chat["username"] = user.username
        self._chats[user.id] = chat
        return chat

    def _group_chat(self, chat_id: int, title: str | None) -> dict[str, Any]:
        chat = self._chats.get(chat_id)
        if chat is None or title is not None:
            kind = "supergroup" if str(chat_id).startswith("-100") else "group"
            chat = {"id": chat_id, "type": kind, "title": title or f"Group {chat_id}"}
            self._chats[chat_id] = chat
        return chat

    def _message_id(self, chat_id: int) -> int:
        value = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = value + 1
        return value

    def _enqueue(self, kind: str, payload: dict[str, Any]) -> int:
        with self._lock:
            update_id = self._next_update_id
            self._next_update_id += 1
            self._pending.append({"update_id": update_id, kind: payload})
            self._touch()
            return update_id

    def restart_update_ids(self, at: int) -> None:
        """Number the next updates from `at`, as Telegram does after a week without updates
        (a random new start) or when the bot moves to another Bot API server."""
        with self._lock:
            self._next_update_id = at

    def send_update(self, kind: str, payload: dict[str, Any]) -> int:
        """Enqueue any update as-is (e.g. "my_chat_member"); returns its update_id."""
        return self._enqueue(kind, copy.deepcopy(payload))

    def _user_message(
        self,
        chat: dict[str, Any],
        user: FakeUser,
        kind: str,
        fields: dict[str, Any],
        reply_to: int | None = None,
    ) -> int:
        with self._lock:
            chat_id = int(chat["id"])
            message_id = self._message_id(chat_id)
            message: dict[str, Any] = {
                "message_id": message_id,
                "from": user.to_api(),
                "chat": dict(chat),
                "date": self._now(),
                **fields,
            }
            if reply_to is not None:
                replied = self._message_api(chat_id, reply_to)
                if replied is None:
                    raise MessageNotFoundError(f"no message {reply_to} in chat {chat_id} to reply to")
                message["reply_to_message"] = replied
            self._user_messages[(chat_id, message_id)] = message
            self._order.setdefault(chat_id, []).append(("user", message_id))
            update_id = self._enqueue("message", copy.deepcopy(message))
            text = fields.get("text", fields.get("caption"))
            self._user_records[(chat_id, message_id)] = UserMessage(
                chat_id, message_id, message["date"], user.id, kind, text, update_id
            )
            return update_id

    def send_text(
        self, chat_id: int, text: str, *, user: FakeUser | None = None, reply_to: int | None = None
    ) -> int:
        """A user types `text` in their private chat with the bot; returns the update_id.

        Bot commands in the text get bot_command entities, as Telegram adds them.
        """
        with self._lock:
            who = self._user(chat_id, user)
            chat = self._private_chat(who) if who.id == chat_id else self._known_chat(chat_id)
            return self._user_message(chat, who, "text", _text_fields(text), reply_to)

    def send_command(
        self, chat_id: int, command: str, args: str = "", *, user: FakeUser | None = None
    ) -> int:
        """A user sends "/command args"."""
        text = "/" + command.lstrip("/") + (f" {args}" if args else "")
        return self.send_text(chat_id, text, user=user)

    def send_group_text(
        self, group_chat_id: int, user_id: int, text: str, *, title: str | None = None
    ) -> int:
        """A member of a group chat writes `text` where the bot can read it."""
        with self._lock:
            who = self._user(user_id, None)
            chat = self._group_chat(group_chat_id, title)
            return self._user_message(chat, who, "text", _text_fields(text))

    def send_sticker(self, chat_id: int, emoji: str = "👍", *, user: FakeUser | None = None) -> int:
        """A user sends a sticker (something the bot cannot read as text)."""
        with self._lock:
            stored = self._store_file(b"RIFF-sticker", "sticker.webp", "image/webp", "stickers")
            sticker = {
                **self._file_fields(stored),
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "emoji": emoji,
            }
            return self._private_message(chat_id, user, "sticker", {"sticker": sticker})

    def send_photo(
        self,
        chat_id: int,
        caption: str | None = None,
        *,
        content: bytes = b"\x89PNG-photo",
        user: FakeUser | None = None,
    ) -> int:
        """A user sends a photo, optionally with a caption."""
        with self._lock:
            stored = self._store_file(content, "photo.jpg", "image/jpeg", "photos")
            sizes = [
                {**self._file_fields(stored), "width": 90, "height": 90},
                {**self._file_fields(stored), "width": 800, "height": 800},
            ]
            fields: dict[str, Any] = {"photo": sizes}
            if caption:
                fields["caption"] = caption
            return self._private_message(chat_id, user, "photo", fields)

    def send_voice(
        self,
        chat_id: int,
        duration: int = 3,
        *,
        content: bytes = b"OggS-voice",
        user: FakeUser | None = None,
    ) -> int:
        """A user sends a voice note."""
        with self._lock:
            stored = self._store_file(content, "voice.ogg", "audio/ogg", "voice")
            voice = {**self._file_fields(stored), "duration": duration, "mime_type": "audio/ogg"}
            return self._private_message(chat_id, user, "voice", {"voice": voice})

    def send_document(
        self,
        chat_id: int,
        filename: str,
        content: bytes,
        mime_type: str | None = None,
        *,
        caption: str | None = None,
        user: FakeUser | None = None,
    ) -> int:
        """A user sends a file."""
        with self._lock:
            mime = mime_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
            stored = self._store_file(content, filename, mime, "documents")
            document = {**self._file_fields(stored), "file_name": filename, "mime_type": mime}
            fields: dict[str, Any] = {"document": document}
            if caption:
                fields["caption"] = caption
            return self._private_message(chat_id, user, "document", fields)

    def send_location(
        self, chat_id: int, latitude: float, longitude: float, *, user: FakeUser | None = None
    ) -> int:
        """A user shares a location."""
        location = {"latitude": latitude, "longitude": longitude}
        return self._private_message(chat_id, user, "location", {"location": location})

    def send_edited_text(
        self, chat_id: int, message_id: int, text: str, *, user: FakeUser | None = None
    ) -> int:
        """A user edits one of their earlier messages: an edited_message update."""
        with self._lock:
            key = (chat_id, message_id)
            message = self._user_messages.get(key)
            if message is None or key in self._deleted_user_messages:
                raise MessageNotFoundError(f"the user sent no message {message_id} in chat {chat_id}")
            if user is not None:
                message["from"] = self._user(user.id, user).to_api()
            message.update(_text_fields(text))
            message["edit_date"] = self._now()
            record = self._user_records[key]
            self._user_records[key] = replace(record, text=text)
            return self._enqueue("edited_message", copy.deepcopy(message))

    def _private_message(self, chat_id: int, user: FakeUser | None, kind: str, fields: dict[str, Any]) -> int:
        with self._lock:
            who = self._user(chat_id, user)
            chat = self._private_chat(who) if who.id == chat_id else self._known_chat(chat_id)
            return self._user_message(chat, who, kind, fields)

    def _known_chat(self, chat_id: int) -> dict[str, Any]:
        chat = self._chats.get(chat_id)
        if chat is None:
            raise ChatNotFoundError(f"chat {chat_id} is unknown: let its user write first")
        return chat

    def press(self, chat_id: int, message_id: int, button: str, *, user: FakeUser | None = None) -> str:
        """Press the inline button labelled `button` (or carrying that callback_data).

        Returns the callback_query id. Raises ButtonNotFoundError listing what the message offers.
        """
        with self._lock:
            message = self._bot_messages.get((chat_id, message_id))
            if message is None or message.deleted:
                state = "was deleted" if message else "does not exist"
                raise MessageNotFoundError(f"bot message {message_id} in chat {chat_id} {state}")
            markup = message.reply_markup or {}
            rows = markup.get("inline_keyboard") or []
            buttons = [b for row in rows for b in row if isinstance(b, dict)]
            found = next((b for b in buttons if b.get("text") == button), None)
            if found is None:
                found = next((b for b in buttons if b.get("callback_data") == button), None)
            if found is None:
                offered = [(b.get("text"), b.get("callback_data")) for b in buttons]
                hint = " (it has a reply keyboard: use send_text)" if "keyboard" in markup else ""
                raise ButtonNotFoundError(
                    f"message {message_id} in chat {chat_id} has no inline button {button!r}"
                    f"{hint}; it offers (text, callback_data): {offered}"
                )
            data = found.get("callback_data")
            if not isinstance(data, str):
                raise ButtonNotFoundError(f"button {found.get('text')!r} carries no callback_data")
            return self._enqueue_callback(chat_id, message_id, data, user)

    def press_raw(self, chat_id: int, message_id: int, data: str, *, user: FakeUser | None = None) -> str:
        """A callback query with any data, e.g. stale or forged; the message may be gone."""
        return self._enqueue_callback(chat_id, message_id, data, user)

    def press_inline(self, user_id: int, data: str, inline_message_id: str = "inline-1") -> str:
        """A callback query from an inline message: Telegram sends no `message` with it."""
        with self._lock:
            who = self._user(user_id, None)
            self._next_query += 1
            query_id = str(4_000_000_000_000_000_000 + self._next_query)
            self._queries[query_id] = _Query(user_id, 0, data)
            payload = {
                "id": query_id,
                "from": who.to_api(),
                "inline_message_id": inline_message_id,
                "chat_instance": "inline",
                "data": data,
            }
            self._enqueue("callback_query", payload)
            return query_id

    def send_inline_query(self, user_id: int, query: str, *, user: FakeUser | None = None) -> str:
        """The user types `@bot <query>` in some chat (no chat is sent with it); the query's id.

        Telegram sends nothing while inline mode is off: then this raises.
        """
        if not self.supports_inline_queries:
            raise AssertionError("inline mode is off (BotApiStandIn(supports_inline_queries=True))")
        if len(query) > 256:
            raise AssertionError("Telegram's inline queries are at most 256 characters")
        with self._lock:
            who = self._user(user_id, user)
            self._next_query += 1
            query_id = str(5_000_000_000_000_000_000 + self._next_query)
            self._inline_queries[query_id] = _InlineQuery(user_id, query)
            payload = {"id": query_id, "from": who.to_api(), "query": query, "offset": ""}
            self._enqueue("inline_query", payload)
            return query_id

    def inline_answers(self) -> list[InlineAnswer]:
        """The bot's answers to inline queries, oldest first."""
        with self._lock:
            return list(self._inline_answers)

    def wait_for_inline_answer(self, query_id: str, timeout: float = 5.0) -> InlineAnswer:
        """Block until the bot answers that inline query."""
        return self._wait(
            lambda: next((a for a in self._inline_answers if a.inline_query_id == query_id), None),
            timeout,
            lambda: f"waited {timeout}s for an answer to inline query {query_id}",
        )

    def _enqueue_callback(self, chat_id: int, message_id: int, data: str, user: FakeUser | None) -> str:
        with self._lock:
            who = self._user(user.id if user else (chat_id if chat_id > 0 else 1), user)
            chat = self._chats.get(chat_id) or (
                self._private_chat(who) if chat_id > 0 else self._group_chat(chat_id, None)
            )
            message = self._message_api(chat_id, message_id, bot_only=True)
            if message is None:
                # What Telegram sends for a message the bot can no longer see.
                message = {"chat": dict(chat), "message_id": message_id, "date": 0}
            self._next_query += 1
            query_id = str(4_000_000_000_000_000_000 + self._next_query)
            self._queries[query_id] = _Query(chat_id, message_id, data)
            payload = {
                "id": query_id,
                "from": who.to_api(),
                "message": message,
                "chat_instance": str(abs(hash(("chat-instance", chat_id))) % 10**18),
                "data": data,
            }
            self._enqueue("callback_query", payload)
            return query_id

    # ------------------------------------------------------------------ reading the record

    def messages(self, chat_id: int, *, include_deleted: bool = True) -> list[BotMessage]:
        """The bot's messages in this chat, oldest first, each as it is now."""
        with self._lock:
            found = [self._bot_messages[(chat_id, m)] for m in self._bot_order.get(chat_id, [])]
            return [m for m in found if include_deleted or not m.deleted]

    def message(self, chat_id: int, message_id: int) -> BotMessage:
        """One bot message as it is now."""
        with self._lock:
            found = self._bot_messages.get((chat_id, message_id))
            if found is None:
                raise MessageNotFoundError(f"the bot sent no message {message_id} in chat {chat_id}")
            return found

    def last_message(self, chat_id: int) -> BotMessage:
        """The newest bot message in the chat (deleted or not)."""
        with self._lock:
            order = self._bot_order.get(chat_id)
            if not order:
                raise MessageNotFoundError(f"the bot sent nothing to chat {chat_id}")
            return self._bot_messages[(chat_id, order[-1])]

    def buttons(self, message: BotMessage) -> list[list[str]]:
        """Button labels of that message as it is now (after edits)."""
        return self.message(message.chat_id, message.message_id).buttons

    def transcript(self, chat_id: int) -> list[BotMessage | UserMessage]:
        """User and bot messages of the chat, interleaved in the order they were sent."""
        with self._lock:
            out: list[BotMessage | UserMessage] = []
            for who, message_id in self._order.get(chat_id, []):
                if who == "bot":
                    out.append(self._bot_messages[(chat_id, message_id)])
                else:
                    out.append(self._user_records[(chat_id, message_id)])
            return out

    def transcript_text(self, chat_id: int) -> str:
        """The transcript as readable lines, for assertion messages."""
        lines: list[str] = []
        for item in self.transcript(chat_id):
            if isinstance(item, UserMessage):
                lines.append(f"  user #{item.message_id} [{item.kind}]: {item.text!r}")
            else:
                flag = " (deleted)" if item.deleted else ""
                edited = " (edited)" if item.edit_date else ""
                lines.append(f"  bot  #{item.message_id}{flag}{edited}: {item.content!r}")
                if item.buttons:
                    lines.append(f"         buttons: {item.buttons}")
        return f"chat {chat_id}:\n" + ("\n".join(lines) if lines else "  (empty)")

    def callback_answers(self, chat_id: int | None = None) -> list[CallbackAnswer]:
        """The bot's answers to button presses, oldest first."""
        with self._lock:
            return [a for a in self._answers if chat_id is None or a.chat_id == chat_id]

    def chat_actions(self, chat_id: int | None = None) -> list[ChatAction]:
        """sendChatAction calls, oldest first."""
        with self._lock:
            return [a for a in self._actions if chat_id is None or a.chat_id == chat_id]

    def commands(self, scope: dict[str, Any] | None = None, language_code: str = "") -> list[Any]:
        """The command list set for that scope and language."""
        with self._lock:
            return copy.deepcopy(self._commands.get((_scope_key(scope), language_code), []))

    def requests(self, method: str | None = None) -> list[RequestRecord]:
        """Every finished request (optionally of one method, case-insensitive), oldest first."""
        with self._lock:
            wanted = method.lower() if method else None
            return [r for r in self._requests if wanted is None or r.method.lower() == wanted]

    def injected_faults(self) -> list[InjectedFault]:
        """Every fault the stand-in injected, oldest first."""
        with self._lock:
            return list(self._faults)

    def unsupported_calls(self) -> list[str]:
        """Methods the bot called that the stand-in does not know (PTB sees InvalidToken)."""
        with self._lock:
            return list(self._unsupported)

    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every attempt to push an update to the webhook."""
        with self._lock:
            return list(self._deliveries)

    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by the bot (or not yet accepted by its webhook)."""
        with self._lock:
            return copy.deepcopy(self._pending)

    def file(self, file_id: str) -> StoredFile:
        """A file the bot uploaded or a user sent."""
        with self._lock:
            return self._files[file_id]

    # ------------------------------------------------------------------ waiting

    def _wait(self, check: Callable[[], T | None], timeout: float, what: Callable[[], str]) -> T:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = check()
                if found is not None:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(what())
                self._cond.wait(min(remaining, 0.05))

    async def _wait_async(self, check: Callable[[], T | None], timeout: float, what: Callable[[], str]) -> T:
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                found = check()
            if found is not None:
                return found
            if time.monotonic() >= deadline:
                raise TimeoutError(what())
            await asyncio.sleep(0.01)

    def _take_messages(self, chat_id: int, count: int) -> list[BotMessage] | None:
        order = self._bot_order.get(chat_id, [])
        start = self._read_cursor.get(chat_id, 0)
        if len(order) - start < count:
            return None
        self._read_cursor[chat_id] = start + count
        return [self._bot_messages[(chat_id, m)] for m in order[start : start + count]]

    def _messages_timeout(self, chat_id: int, count: int, timeout: float) -> Callable[[], str]:
        def what() -> str:
            with self._lock:
                have = len(self._bot_order.get(chat_id, [])) - self._read_cursor.get(chat_id, 0)
            return (
                f"waited {timeout}s for {count} new bot message(s) in chat {chat_id}, "
                f"got {have}\n{self.transcript_text(chat_id)}"
            )

        return what

    def wait_for_messages(self, chat_id: int, count: int = 1, timeout: float = 5.0) -> list[BotMessage]:
        """Block until the bot has sent `count` messages to the chat that no earlier wait took.

        Returns exactly those `count` messages (as they are at that moment) and moves the
        chat's read cursor past them; later messages stay for the next wait.
        """
        return self._wait(
            lambda: self._take_messages(chat_id, count),
            timeout,
            self._messages_timeout(chat_id, count, timeout),
        )

    async def wait_for_messages_async(
        self, chat_id: int, count: int = 1, timeout: float = 5.0
    ) -> list[BotMessage]:
        """wait_for_messages for a test running the bot in its own event loop."""
        return await self._wait_async(
            lambda: self._take_messages(chat_id, count),
            timeout,
            self._messages_timeout(chat_id, count, timeout),
        )

    def unread(self, chat_id: int) -> list[BotMessage]:
        """Bot messages no wait has taken yet (does not move the cursor)."""
        with self._lock:
            start = self._read_cursor.get(chat_id, 0)
            return [self._bot_messages[(chat_id, m)] for m in self._bot_order.get(chat_id, [])][start:]

    def mark_read(self, chat_id: int) -> None:
        """Skip everything sent so far: the next wait sees only newer messages."""
        with self._lock:
            self._read_cursor[chat_id] = len(self._bot_order.get(chat_id, []))

    def _answer_for(self, query_id: str) -> CallbackAnswer | None:
        return next((a for a in self._answers if a.callback_query_id == query_id), None)

    def wait_for_callback_answer(self, query_id: str, timeout: float = 5.0) -> CallbackAnswer:
        """Block until the bot answers that callback query."""
        return self._wait(
            lambda: self._answer_for(query_id),
            timeout,
            lambda: f"waited {timeout}s for an answer to callback query {query_id}",
        )

    async def wait_for_callback_answer_async(self, query_id: str, timeout: float = 5.0) -> CallbackAnswer:
        """wait_for_callback_answer for async tests."""
        return await self._wait_async(
            lambda: self._answer_for(query_id),
            timeout,
            lambda: f"waited {timeout}s for an answer to callback query {query_id}",
        )

    def _idle(self, quiet: float) -> bool | None:
        if self._pending or self._in_flight:
            return None
        return True if time.monotonic() - self._last_activity >= quiet else None

    def _idle_timeout(self, timeout: float) -> Callable[[], str]:
        def what() -> str:
            with self._lock:
                return (
                    f"not idle after {timeout}s: {len(self._pending)} pending update(s), "
                    f"{self._in_flight} request(s) in flight"
                )

        return what

    def wait_idle(self, timeout: float = 5.0, quiet: float = 0.2) -> None:
        """Block until no update is pending and the bot made no request for `quiet` seconds.

        A held long poll does not count as activity; a poll that returned updates does.
        """
        self._wait(lambda: self._idle(quiet), timeout, self._idle_timeout(timeout))

    async def wait_idle_async(self, timeout: float = 5.0, quiet: float = 0.2) -> None:
        """wait_idle for async tests."""
        await self._wait_async(lambda: self._idle(quiet), timeout, self._idle_timeout(timeout))

    def wait_until(
        self, predicate: Callable[[], bool], timeout: float = 5.0, what: str = "condition"
    ) -> None:
        """Block until `predicate()` (rechecked on every change, at least every 50 ms) holds."""
        self._wait(lambda: True if predicate() else None, timeout, lambda: f"waited {timeout}s for {what}")

    async def wait_until_async(
        self, predicate: Callable[[], bool], timeout: float = 5.0, what: str = "condition"
    ) -> None:
        """wait_until for async tests."""
        await self._wait_async(
            lambda: True if predicate() else None, timeout, lambda: f"waited {timeout}s for {what}"
        )

    # ------------------------------------------------------------------ helpers for methods

    def _chat_id(self, p: Params, *, for_sending: bool = True) -> int:
        raw = p.values.get("chat_id")
        if raw is None or raw == "":
            raise bad_request("chat_id is empty")
        if isinstance(raw, str) and raw.startswith("@"):
            found = next((c for c, chat in self._chats.items() if f"@{chat.get('username')}" == raw), None)
            if found is None:
                raise bad_request("chat not found")
            chat_id = found
        else:
            try:
                chat_id = p.get_int("chat_id") or 0
            except ApiError:
                raise bad_request("chat not found") from None
        if self.strict_chats and chat_id not in self._chats:
            raise bad_request("chat not found")
        if for_sending and chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat_id

    def _text(
        self, raw: str | None, parse_mode: str | None, p: Params, entities_field: str
    ) -> tuple[str, list[Entity]]:
        if raw is None:
            return "", []
        mode = (parse_mode or "").lower()
        if mode == "html":
            try:
                return parse_html(raw, strict_ampersand=self.strict_ampersand)
            except HtmlParseError as exc:
                raise bad_request(f"can't parse entities: {exc}") from None
        if mode in ("", "markdown", "markdownv2"):
            given = p.get_json(entities_field) if not mode else None
            entities = [
                Entity(
                    str(e["type"]),
                    int(e["offset"]),
                    int(e["length"]),
                    e.get("url"),
                    e.get("language"),
                )
                for e in (given if isinstance(given, list) else [])
                if isinstance(e, dict) and {"type", "offset", "length"} <= e.keys()
            ]
            return raw, entities
        raise bad_request("unsupported parse_mode")

    def _message_text(self, p: Params) -> tuple[str, str, list[Entity]]:
        raw = p.get_str("text")
        text, entities = strip_text(*self._text(raw, p.get_str("parse_mode"), p, "entities"))
        if not text:
            raise bad_request("message text is empty")
        if len(text) > MAX_MESSAGE_LENGTH:
            raise bad_request("message is too long")
        return raw or "", text, entities

    def _caption(self, p: Params) -> tuple[str | None, str | None, list[Entity]]:
        raw = p.get_str("caption")
        text, entities = strip_text(*self._text(raw, p.get_str("parse_mode"), p, "caption_entities"))
        if len(text) > MAX_CAPTION_LENGTH:
            raise bad_request("message caption is too long")
        return raw, (text or None), entities

    def _markup(self, p: Params, *, inline_only: bool = False) -> dict[str, Any] | None:
        markup = p.get_json("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            self._check_inline(markup["inline_keyboard"])
        elif inline_only:
            raise bad_request("inline keyboard expected")
        elif "keyboard" in markup:
            rows = markup["keyboard"]
            if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
                raise bad_request('field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays')
            for button in (b for row in rows for b in row):
                label = button if isinstance(button, str) else None
                if isinstance(button, dict):
                    label = button.get("text") if isinstance(button.get("text"), str) else None
                if label is None:
                    raise bad_request('can\'t parse keyboard button: Field "text" must be of type String')
                if not label.strip():
                    raise bad_request("BUTTON_TEXT_INVALID")
        elif not ({"remove_keyboard", "force_reply"} & markup.keys()):
            raise bad_request("can't parse reply keyboard markup JSON object")
        return copy.deepcopy(markup)

    def _check_inline(self, rows: Any) -> None:
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise bad_request(
                'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
            )
        buttons = [b for row in rows for b in row]
        if len(buttons) > self.max_buttons:
            raise bad_request("reply markup is too long")
        for button in buttons:
            if not isinstance(button, dict):
                raise bad_request(
                    "can't parse inline keyboard button: InlineKeyboardButton should be an Object"
                )
            text = button.get("text")
            if not isinstance(text, str):
                raise bad_request('can\'t parse inline keyboard button: Field "text" must be of type String')
            if not text.strip():
                raise bad_request("BUTTON_TEXT_INVALID")
            if not any(button.get(action) is not None for action in BUTTON_ACTIONS):
                raise bad_request(
                    "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and (not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64):
                raise bad_request("BUTTON_DATA_INVALID")

    def _reply_to(self, p: Params, chat_id: int) -> int | None:
        params = p.get_json("reply_parameters")
        allow_missing = p.get_bool("allow_sending_without_reply")
        target: int | None = None
        if isinstance(params, dict) and params.get("message_id") is not None:
            target = int(params["message_id"])
            allow_missing = allow_missing or bool(params.get("allow_sending_without_reply"))
        elif p.has("reply_to_message_id"):
            target = p.get_int("reply_to_message_id")
        if target is None:
            return None
        if self._message_api(chat_id, target) is None:
            if allow_missing:
                return None
            raise bad_request("message to be replied not found")
        return target

    def _message_api(self, chat_id: int, message_id: int, *, bot_only: bool = False) -> dict[str, Any] | None:
        bot = self._bot_messages.get((chat_id, message_id))
        if bot is not None:
            return None if bot.deleted else self._bot_api(bot, nested=True)
        key = (chat_id, message_id)
        if bot_only or key not in self._user_messages or key in self._deleted_user_messages:
            return None
        message = copy.deepcopy(self._user_messages[key])
        message.pop("reply_to_message", None)
        return message

    def _bot_api(self, message: BotMessage, *, nested: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "message_id": message.message_id,
            "from": dict(self.bot_user),
            "chat": dict(self._chats[message.chat_id]),
            "date": message.date,
        }
        if message.text is not None:
            out["text"] = message.text
        if message.document is not None:
            out["document"] = self._document_api(message.document)
        if message.caption is not None:
            out["caption"] = message.caption
        if message.edit_date is not None:
            out["edit_date"] = message.edit_date
        if message.reply_markup and "inline_keyboard" in message.reply_markup:
            out["reply_markup"] = {"inline_keyboard": copy.deepcopy(message.reply_markup["inline_keyboard"])}
        if message.reply_to_message_id is not None and not nested:
            replied = self._message_api(message.chat_id, message.reply_to_message_id)
            if replied is not None:
                out["reply_to_message"] = replied
        return out

    def _store_bot_message(self, message: BotMessage) -> dict[str, Any]:
        key = (message.chat_id, message.message_id)
        if key not in self._bot_messages:
            self._order.setdefault(message.chat_id, []).append(("bot", message.message_id))
            self._bot_order.setdefault(message.chat_id, []).append(message.message_id)
        self._bot_messages[key] = message
        self._touch()
        return self._bot_api(message)

    def _store_file(self, content: bytes, name: str | None, mime: str | None, folder: str) -> StoredFile:
        n = len(self._files) + 1
        suffix = ""
        if name and "." in name:
            suffix = "." + name.rsplit(".", 1)[1]
        stored = StoredFile(
            file_id=f"BQACAgStandIn{n:06d}",
            file_unique_id=f"AgADStandIn{n:06d}",
            file_path=f"{folder}/file_{n}{suffix}",
            content=content,
            file_name=name,
            mime_type=mime,
        )
        self._files[stored.file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    def _file_fields(self, stored: StoredFile) -> dict[str, Any]:
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.content),
        }

    def _document_api(self, stored: StoredFile) -> dict[str, Any]:
        out = self._file_fields(stored)
        if stored.file_name is not None:
            out["file_name"] = stored.file_name
        if stored.mime_type is not None:
            out["mime_type"] = stored.mime_type
        return out

    def file_by_path(self, path: str) -> StoredFile | None:
        """The file behind a download URL path (for base_file_url)."""
        with self._lock:
            return self._files_by_path.get(path)

    # ------------------------------------------------------------------ methods

    def _get_me(self, _p: Params) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": self.supports_inline_queries,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _allowed(self, update: dict[str, Any]) -> bool:
        kind = next(k for k in update if k != "update_id")
        if self._allowed_updates is None:
            return kind not in NOT_BY_DEFAULT
        return kind in self._allowed_updates

    def _set_allowed(self, value: Any) -> None:
        if isinstance(value, list):
            self._allowed_updates = frozenset(str(v) for v in value) or None

    def _drop_disallowed(self) -> None:
        self._pending = [u for u in self._pending if self._allowed(u)]

    def _get_updates(self, p: Params) -> list[dict[str, Any]]:
        offset = p.get_int("offset")
        limit = min(max(p.get_int("limit", 100) or 100, 1), 100)
        timeout = max(p.get_float("timeout", 0.0) or 0.0, 0.0)
        with self._cond:
            if self._webhook is not None:
                raise _webhook_conflict()
            self._set_allowed(p.get_json("allowed_updates"))
            self._poll_generation += 1
            generation = self._poll_generation
            self._cond.notify_all()
            if offset:
                if offset < 0:
                    self._pending = self._pending[offset:]
                else:
                    self._pending = [u for u in self._pending if u["update_id"] >= offset]
                self._touch()
            deadline = time.monotonic() + timeout
            while True:
                if self._webhook is not None:
                    raise _webhook_conflict()
                if self.conflict_on_concurrent_polls and generation != self._poll_generation:
                    raise ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; make sure that only "
                        "one bot instance is running",
                    )
                self._drop_disallowed()
                batch = self._pending[:limit]
                remaining = deadline - time.monotonic()
                if batch or self._stopping or remaining <= 0:
                    break
                self._cond.wait(remaining)
            if batch:
                self._touch()
            return copy.deepcopy(batch)

    def _set_webhook(self, p: Params) -> bool:
        url = p.get_str("url") or ""
        if not url:
            return self._delete_webhook(p)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if not _LOOPBACK.match(parts.hostname):
            raise bad_request("bad webhook: the stand-in delivers only to loopback addresses")
        secret = p.get_str("secret_token")
        if secret is not None and not _SECRET.match(secret):
            raise bad_request("secret token contains unallowed characters")
        with self._cond:
            if p.get_bool("drop_pending_updates"):
                self._pending.clear()
            self._set_allowed(p.get_json("allowed_updates"))
            self._webhook = _Webhook(url, secret, p.get_int("max_connections", 40) or 40)
            self._webhook_error = None
            self._webhook_retry_at = 0.0
            self._touch()
        return True

    def _delete_webhook(self, p: Params) -> bool:
        with self._cond:
            if p.get_bool("drop_pending_updates"):
                self._pending.clear()
            self._webhook = None
            self._touch()
        return True

    def _get_webhook_info(self, _p: Params) -> dict[str, Any]:
        with self._lock:
            hook = self._webhook
            info: dict[str, Any] = {
                "url": hook.url if hook else "",
                "has_custom_certificate": False,
                "pending_update_count": len(self._pending),
            }
            if hook is not None:
                info["max_connections"] = hook.max_connections
                info["ip_address"] = "127.0.0.1"
                if self._webhook_error is not None:
                    info["last_error_date"], info["last_error_message"] = self._webhook_error
                if self._allowed_updates is not None:
                    info["allowed_updates"] = sorted(self._allowed_updates)
            return info

    def _set_my_commands(self, p: Params) -> bool:
        commands = p.get_json("commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("too many commands")
        clean: list[dict[str, str]] = []
        for item in commands:
            if not isinstance(item, dict):
                raise bad_request("can't parse BotCommand: BotCommand should be an Object")
            command = str(item.get("command", "")).removeprefix("/")
            description = str(item.get("description", "")).strip()
            if not _COMMAND.match(command):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            clean.append({"command": command, "description": description})
        with self._lock:
            self._commands[(_scope_key(p.get_json("scope")), p.get_str("language_code") or "")] = clean
        return True

    def _get_my_commands(self, p: Params) -> list[dict[str, str]]:
        return self.commands(p.get_json("scope"), p.get_str("language_code") or "")

    def _delete_my_commands(self, p: Params) -> bool:
        with self._lock:
            key = (_scope_key(p.get_json("scope")), p.get_str("language_code") or "")
            self._commands.pop(key, None)
        return True

    def _send_message(self, p: Params) -> dict[str, Any]:
        with self._lock:
            chat_id = self._chat_id(p)
            raw, text, entities = self._message_text(p)
            return self._store_sent(p, chat_id, "sendMessage", raw, entities, text=text)

    def _send_document(self, p: Params) -> dict[str, Any]:
        with self._lock:
            chat_id = self._chat_id(p)
            stored = self._document_param(p)
            raw, caption, entities = self._caption(p)
            return self._store_sent(
                p, chat_id, "sendDocument", raw, entities, text=None, document=stored, caption=caption
            )

    def _store_sent(
        self, p: Params, chat_id: int, method: str, raw: str | None, entities: list[Entity], **fields: Any
    ) -> dict[str, Any]:
        """A sent message's common fields (markup and reply are checked before an id is taken)."""
        markup = self._markup(p)
        reply_to = self._reply_to(p, chat_id)
        message = BotMessage(
            chat_id=chat_id,
            message_id=self._message_id(chat_id),
            date=self._now(),
            method=method,
            raw_text=raw,
            parse_mode=p.get_str("parse_mode"),
            entities=tuple(entities),
            reply_markup=markup,
            reply_to_message_id=reply_to,
            **fields,
        )
        return self._store_bot_message(message)

    def _document_param(self, p: Params) -> StoredFile:
        upload = p.files.get("document")
        ref = p.get_str("document")
        if upload is None and ref and ref.startswith("attach://"):
            upload = p.files.get(ref.removeprefix("attach://"))
        if upload is not None:
            name = upload.filename or "document"
            mime = upload.content_type
            if not mime or mime == "application/octet-stream":
                mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
            return self._store_file(upload.data, name, mime, "documents")
        if not ref:
            raise bad_request("there is no document in the request")
        if ref in self._files:
            return self._files[ref]
        if ref.startswith(("http://", "https://")):
            name = urlsplit(ref).path.rsplit("/", 1)[-1] or "document"
            mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
            return self._store_file(b"", name, mime, "documents")
        raise bad_request("wrong file identifier/HTTP URL specified")

    def _target(self, p: Params) -> tuple[int, int]:
        if p.has("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        chat_id = self._chat_id(p)
        message_id = p.get_int("message_id")
        if message_id is None:
            raise bad_request("message identifier is not specified")
        return chat_id, message_id

    def _editable(self, chat_id: int, message_id: int) -> BotMessage:
        message = self._bot_messages.get((chat_id, message_id))
        if message is None or message.deleted:
            key = (chat_id, message_id)
            if key in self._user_messages and key not in self._deleted_user_messages:
                raise bad_request("message can't be edited")
            raise bad_request("message to edit not found")
        return message

    def _edit_message_text(self, p: Params) -> dict[str, Any]:
        with self._lock:
            chat_id, message_id = self._target(p)
            current = self._editable(chat_id, message_id)
            raw, text, entities = self._message_text(p)
            markup = self._markup(p, inline_only=True)
            if current.text is None:
                raise bad_request("there is no text in the message to edit")
            if (
                current.text == text
                and current.entities == tuple(entities)
                and _inline(current.reply_markup) == _inline(markup)
            ):
                raise bad_request(NOT_MODIFIED)
            edited = replace(
                current,
                text=text,
                raw_text=raw,
                parse_mode=p.get_str("parse_mode"),
                entities=tuple(entities),
                reply_markup=markup,
                edit_date=self._now(),
                history=(*current.history, current.text),
            )
            return self._store_bot_message(edited)

    def _edit_message_reply_markup(self, p: Params) -> dict[str, Any]:
        with self._lock:
            chat_id, message_id = self._target(p)
            current = self._editable(chat_id, message_id)
            markup = self._markup(p, inline_only=True)
            if _inline(current.reply_markup) == _inline(markup):
                raise bad_request(NOT_MODIFIED)
            edited = replace(current, reply_markup=markup, edit_date=self._now())
            return self._store_bot_message(edited)

    def _delete_message(self, p: Params) -> bool:
        with self._lock:
            chat_id = self._chat_id(p, for_sending=False)
            message_id = p.get_int("message_id")
            if message_id is None:
                raise bad_request("message identifier is not specified")
            key = (chat_id, message_id)
            bot = self._bot_messages.get(key)
            if bot is not None and not bot.deleted:
                self._store_bot_message(replace(bot, deleted=True))
                return True
            if key in self._user_messages and key not in self._deleted_user_messages:
                self._deleted_user_messages.add(key)
                self._touch()
                return True
            raise bad_request("message to delete not found")

    def _answered(self, query: _Query | _InlineQuery, answers: list[_Answer], answer: _Answer) -> bool:
        """Marks the query answered, keeps the answer for the tests and wakes them (lock held)."""
        query.answered = True
        answers.append(answer)
        self._touch()
        return True

    def _answer_callback_query(self, p: Params) -> bool:
        query_id = p.get_str("callback_query_id") or ""
        with self._lock:
            query = _unanswered(self._queries, query_id)
            text = p.get_str("text")
            if text is not None and len(text) > 200:
                raise bad_request("MESSAGE_TOO_LONG")
            answer = CallbackAnswer(
                callback_query_id=query_id,
                chat_id=query.chat_id,
                message_id=query.message_id,
                data=query.data,
                text=text,
                show_alert=p.get_bool("show_alert"),
                url=p.get_str("url"),
                cache_time=p.get_int("cache_time"),
                at=time.monotonic(),
            )
            return self._answered(query, self._answers, answer)

    def _answer_inline_query(self, p: Params) -> bool:
        """answerInlineQuery as documented: at most 50 results with unique ids of 1-64 bytes; an
        article needs a title and its message text (1-4,096 characters after entity parsing)."""
        query_id = p.get_str("inline_query_id") or ""
        with self._lock:
            query = _unanswered(self._inline_queries, query_id)
            results = p.get_json("results")
            if not isinstance(results, list):
                raise bad_request("RESULTS_INVALID")
            if len(results) > MAX_INLINE_RESULTS:
                raise bad_request("RESULTS_TOO_MUCH")
            ids: set[str] = set()
            for result in results:
                if not isinstance(result, dict):
                    raise bad_request("RESULTS_INVALID")
                rid = result.get("id")
                if not isinstance(rid, str) or not _INLINE_RESULT_ID.match(rid) or len(rid.encode()) > 64:
                    raise bad_request("RESULT_ID_INVALID")
                if rid in ids:
                    raise bad_request("RESULT_ID_DUPLICATE")
                ids.add(rid)
                self._check_inline_result(result)
            answer = InlineAnswer(
                inline_query_id=query_id,
                user_id=query.user_id,
                query=query.query,
                results=tuple(results),
                cache_time=p.get_int("cache_time"),
                is_personal=p.get_bool("is_personal"),
                at=time.monotonic(),
            )
            return self._answered(query, self._inline_answers, answer)

    def _check_inline_result(self, result: dict[str, Any]) -> None:
        if result.get("type") != "article":
            return  # only articles are checked in detail
        if not isinstance(result.get("title"), str) or not result["title"]:
            raise bad_request("RESULT_TITLE_EMPTY")
        content = result.get("input_message_content")
        if not isinstance(content, dict) or not isinstance(content.get("message_text"), str):
            raise bad_request("MESSAGE_EMPTY")
        fields = Params({k: v for k, v in content.items() if isinstance(v, str)})
        text, _ = strip_text(
            *self._text(content["message_text"], content.get("parse_mode"), fields, "entities")
        )
        if not text:
            raise bad_request("MESSAGE_EMPTY")
        if utf16_len(text) > MAX_MESSAGE_LENGTH:
            raise bad_request("MESSAGE_TOO_LONG")
        markup = result.get("reply_markup")
        if markup is not None:
            if not isinstance(markup, dict) or "inline_keyboard" not in markup:
                raise bad_request("REPLY_MARKUP_INVALID")
            self._check_inline(markup["inline_keyboard"])

    def _send_chat_action(self, p: Params) -> bool:
        with self._lock:
            chat_id = self._chat_id(p)
            action = p.get_str("action") or ""
            if action not in CHAT_ACTIONS:
                raise bad_request("wrong parameter action in request")
            self._actions.append(ChatAction(chat_id, action, time.monotonic()))
            self._touch()
        return True

    def _get_file(self, p: Params) -> dict[str, Any]:
        with self._lock:
            stored = self._files.get(p.get_str("file_id") or "")
            if stored is None:
                raise bad_request("invalid file_id")
            return {**self._file_fields(stored), "file_path": stored.file_path}

    # ------------------------------------------------------------------ webhook bookkeeping

    def _webhook_job(self) -> tuple[str, str | None, dict[str, Any]] | None:
        """The next update to push, if a webhook is set and its retry delay has passed."""
        if self._webhook is None or self._stopping:
            return None
        self._drop_disallowed()
        if not self._pending or time.monotonic() < self._webhook_retry_at:
            return None
        return self._webhook.url, self._webhook.secret_token, copy.deepcopy(self._pending[0])

    def _webhook_done(self, url: str, update_id: int, status: int | None, error: str | None) -> None:
        with self._cond:
            self._deliveries.append(WebhookDelivery(update_id, url, status, error, time.monotonic()))
            if error is None:
                self._pending = [u for u in self._pending if u["update_id"] != update_id]
                self._webhook_retry_at = 0.0
            else:
                self._webhook_error = (self._now(), error)
                self._webhook_retry_at = time.monotonic() + self.webhook_retry_delay
            self._touch()


def _fault_kind(kind: FaultKind | int) -> FaultKind:
    for known in FAULT_KINDS:
        if str(kind) == known:
            return known
    raise ValueError(f"unknown fault kind {kind!r}; use one of {FAULT_KINDS}")


def _webhook_conflict() -> ApiError:
    return ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
        "delete the webhook first",
    )


def _scope_key(scope: Any) -> str:
    return json.dumps(scope if isinstance(scope, dict) else {"type": "default"}, sort_keys=True)


def _inline(markup: dict[str, Any] | None) -> Any:
    return (markup or {}).get("inline_keyboard") or None


def _text_fields(text: str) -> dict[str, Any]:
    fields: dict[str, Any] = {"text": text}
    entities = []
    for match in _BOT_COMMAND.finditer(text):
        entities.append(
            {
                "type": "bot_command",
                "offset": utf16_len(text[: match.start()]),
                "length": utf16_len(match.group()),
            }
        )
    if entities:
        fields["entities"] = entities
    return fields
