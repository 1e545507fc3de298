"""A local stand-in for Telegram's Bot API, for end-to-end tests of the bot without internet.

Start `BotApiStandIn` (a context manager), point python-telegram-bot at `base_url` and
`base_file_url`, then act as users (`send_text`, `press`, ...) and read what the bot did
(`wait_for_messages`, `messages`, `requests`, ...). Faults are injected with `fail_next` and
`random_faults`.
"""

from .core import DEFAULT_TOKEN, BotApiCore
from .models import (
    ApiError,
    BotMessage,
    ButtonNotFoundError,
    CallbackAnswer,
    ChatAction,
    ChatNotFoundError,
    FakeUser,
    FaultKind,
    InjectedFault,
    MessageNotFoundError,
    RequestRecord,
    StoredFile,
    UserMessage,
    WebhookDelivery,
)
from .server import BotApiStandIn
from .tghtml import Entity, HtmlParseError, parse_html

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "BotApiCore",
    "BotApiStandIn",
    "BotMessage",
    "ButtonNotFoundError",
    "CallbackAnswer",
    "ChatAction",
    "ChatNotFoundError",
    "Entity",
    "FakeUser",
    "FaultKind",
    "HtmlParseError",
    "InjectedFault",
    "MessageNotFoundError",
    "RequestRecord",
    "StoredFile",
    "UserMessage",
    "WebhookDelivery",
    "parse_html",
]
