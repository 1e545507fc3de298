"""Fixtures for end-to-end tests: a fresh Bot API stand-in on 127.0.0.1 for each test, and the bot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.botapi import BotApiStandIn
from tests.e2e.harness import TOKEN, BotProcess, running_bot


@pytest.fixture
def standin() -> Iterator[BotApiStandIn]:
    with BotApiStandIn(token=TOKEN) as server:
        yield server
        assert server.internal_errors() == []
        assert server.unsupported_calls() == []


@pytest.fixture
def bot(standin: BotApiStandIn, tmp_path: Path) -> Iterator[BotProcess]:
    """The real bot process polling the stand-in, stopped (before the stand-in's checks) after the test."""
    with running_bot(standin, tmp_path) as process:
        yield process
