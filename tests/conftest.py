"""Shared fixtures: the real knowledge base and dialogs, assembled once per test session."""

from __future__ import annotations

from datetime import date

import pytest

from bot.app import Assembly, assemble

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="session")
def assembly() -> Assembly:
    return assemble()
