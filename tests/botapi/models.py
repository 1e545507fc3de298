"""What the stand-in records, as frozen snapshots a test can keep and compare while the bot runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .tghtml import Entity, api_object

__all__ = [
    "ApiError",
    "BotMessage",
    "ButtonNotFoundError",
    "CallbackAnswer",
    "ChatAction",
    "ChatNotFoundError",
    "FakeUser",
    "FaultKind",
    "InjectedFault",
    "MessageNotFoundError",
    "RequestRecord",
    "StoredFile",
    "UserMessage",
    "WebhookDelivery",
]
"""What a test may use; the package re-exports it, so the list is kept here only."""

FaultKind = Literal["400", "429", "500", "502", "hang", "drop"]
FAULT_KINDS: tuple[FaultKind, ...] = ("400", "429", "500", "502", "hang", "drop")


class ApiError(Exception):
    """A Bot API error answer: the HTTP status doubles as error_code, as Telegram does."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        """Telegram's error shape, so python-telegram-bot raises the matching exception."""
        out: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.parameters:
            out["parameters"] = self.parameters
        return out


def bad_request(reason: str) -> ApiError:
    """Telegram prefixes every 400 with "Bad Request: "; keep that in one place."""
    return ApiError(400, f"Bad Request: {reason}")


class ButtonNotFoundError(LookupError):
    """A test pressed a button the bot never showed: say which buttons there were."""


class ChatNotFoundError(LookupError):
    """A test acted in a chat the stand-in has never seen (let its user write first)."""


class MessageNotFoundError(LookupError):
    """A test referred to a message the stand-in never saw in that chat."""


@dataclass(frozen=True)
class FakeUser:
    """A Telegram user on the other side of the chat; the id is also the private chat's id."""

    id: int
    first_name: str = "Test"
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "en"
    is_bot: bool = False

    def to_api(self) -> dict[str, Any]:
        """The User object as Telegram sends it (no null fields)."""
        return api_object(self, "id", "is_bot", "first_name", "last_name", "username", "language_code")


@dataclass(frozen=True)
class StoredFile:
    """A file the stand-in knows by file_id, so getFile and downloads can serve it."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    file_name: str | None = None
    mime_type: str | None = None


@dataclass(frozen=True)
class BotMessage:
    """One message the bot sent, as it stands now (after edits and deletion)."""

    chat_id: int
    message_id: int
    date: int
    method: str
    text: str | None
    raw_text: str | None
    parse_mode: str | None
    entities: tuple[Entity, ...]
    reply_markup: dict[str, Any] | None
    document: StoredFile | None = None
    caption: str | None = None
    reply_to_message_id: int | None = None
    edit_date: int | None = None
    history: tuple[str | None, ...] = ()
    deleted: bool = False

    @property
    def buttons(self) -> list[list[str]]:
        """Button labels row by row (inline or reply keyboard); [] when there is none."""
        return [[label for label, _ in row] for row in _rows(self.reply_markup)]

    @property
    def callback_data(self) -> list[list[str | None]]:
        """callback_data row by row, None for buttons that carry none (url, ...)."""
        return [[data for _, data in row] for row in _rows(self.reply_markup)]

    @property
    def content(self) -> str | None:
        """The visible text: text for text messages, caption for documents."""
        return self.text if self.text is not None else self.caption


def _rows(markup: dict[str, Any] | None) -> list[list[tuple[str, str | None]]]:
    if not markup:
        return []
    rows: list[list[tuple[str, str | None]]] = []
    for row in markup.get("inline_keyboard") or markup.get("keyboard") or []:
        out: list[tuple[str, str | None]] = []
        for button in row:
            if isinstance(button, str):
                out.append((button, None))
            else:
                data = button.get("callback_data")
                out.append((str(button.get("text", "")), data if isinstance(data, str) else None))
        rows.append(out)
    return rows


@dataclass(frozen=True)
class UserMessage:
    """A message the test sent as a user (text, sticker, photo, ...), for the transcript."""

    chat_id: int
    message_id: int
    date: int
    user_id: int
    kind: str
    text: str | None
    update_id: int


@dataclass(frozen=True)
class CallbackAnswer:
    """The bot's answerCallbackQuery for one press."""

    callback_query_id: str
    chat_id: int | None
    message_id: int | None
    data: str | None
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None
    at: float


@dataclass(frozen=True)
class InlineAnswer:
    """The bot's answerInlineQuery for one inline query: its results as sent (JSON objects)."""

    inline_query_id: str
    user_id: int
    query: str
    results: tuple[dict[str, Any], ...]
    cache_time: int | None
    is_personal: bool
    at: float


@dataclass(frozen=True)
class ChatAction:
    """A sendChatAction call (typing, upload_document, ...)."""

    chat_id: int
    action: str
    at: float


@dataclass(frozen=True)
class RequestRecord:
    """One HTTP request to the Bot API, recorded when it finished (or failed).

    started/finished are time.monotonic(); `at` is the wall-clock start (time.time()).
    status 0 means no answer was sent (an injected hang or drop).
    """

    seq: int
    method: str
    params: dict[str, Any]
    files: tuple[str, ...]
    started: float
    finished: float
    at: float
    status: int
    description: str | None
    fault: FaultKind | None = None

    @property
    def ok(self) -> bool:
        """Whether the bot got a 2xx answer."""
        return 200 <= self.status < 300


@dataclass(frozen=True)
class InjectedFault:
    """A fault the stand-in injected, scheduled by a test or drawn at random."""

    seq: int
    method: str
    kind: FaultKind
    at: float
    processed: bool
    source: Literal["scheduled", "random"]


@dataclass(frozen=True)
class WebhookDelivery:
    """One attempt to POST an update to the webhook."""

    update_id: int
    url: str
    status: int | None
    error: str | None
    at: float


@dataclass
class FaultSpec:
    """A pending scheduled fault (mutable: its count runs down)."""

    kind: FaultKind
    count: int
    retry_after: int = 1
    processed: bool = False
    hang_for: float = 30.0
    chat_id: int | None = None


@dataclass
class RandomFaults:
    """Settings for the random soak-test fault mode."""

    rate: float
    kinds: tuple[FaultKind, ...]
    methods: frozenset[str] | None
    retry_after: int = 1
    hang_for: float = 30.0
    exclude: frozenset[str] = field(default_factory=frozenset)
    chats: frozenset[int] | None = None
    processed: float = 0.0
    """Share of "hang" and "drop" faults whose call takes effect first (its answer is lost)."""
