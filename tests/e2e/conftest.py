"""Fixtures for end-to-end tests: a fresh Bot API stand-in on 127.0.0.1 for each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.botapi import BotApiStandIn
from tests.e2e.harness import TOKEN


@pytest.fixture
def standin() -> Iterator[BotApiStandIn]:
    with BotApiStandIn(token=TOKEN) as server:
        yield server
        assert server.internal_errors() == []
        assert server.unsupported_calls() == []
