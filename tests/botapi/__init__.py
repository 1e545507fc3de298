"""A local stand-in for Telegram's Bot API, for end-to-end tests of the bot without internet.

Start `BotApiStandIn` (a context manager), point python-telegram-bot at `base_url` and
`base_file_url`, then act as users (`send_text`, `press`, ...) and read what the bot did
(`wait_for_messages`, `messages`, `requests`, ...). Faults are injected with `fail_next` and
`random_faults`.
"""

from . import models
from .core import DEFAULT_TOKEN, BotApiCore
from .models import *  # noqa: F403  (what a test may use, listed once in models.__all__)
from .server import BotApiStandIn
from .tghtml import Entity, HtmlParseError, parse_html

__all__ = [
    "DEFAULT_TOKEN",
    "BotApiCore",
    "BotApiStandIn",
    "Entity",
    "HtmlParseError",
    "parse_html",
]
__all__ += models.__all__
