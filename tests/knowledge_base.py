"""The real rulebook and messages, read once for the tests that call the rule core directly, and
the day every test is set on."""

from __future__ import annotations

from datetime import date

from bot.content.loader import DEFAULT_KNOWLEDGE_DIR
from bot.content.messages import Messages
from bot.content.rulebook_loader import load_rulebook
from bot.content.yamlfile import read_yaml

TODAY = date(2026, 11, 25)
BOOK = load_rulebook(DEFAULT_KNOWLEDGE_DIR)
MESSAGES = Messages.model_validate(read_yaml(DEFAULT_KNOWLEDGE_DIR / "messages.yaml"))
