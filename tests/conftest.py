"""Shared fixtures: the real knowledge base and dialogs, assembled once per test session."""

from __future__ import annotations

import pytest
from _pytest.terminal import TerminalReporter

from bot.app import Assembly, assemble
from tests.knowledge_base import TODAY
from tests.transcript import Transcript


@pytest.fixture(scope="session")
def assembly() -> Assembly:
    return assemble()


@pytest.fixture
def chat(assembly: Assembly) -> Transcript:
    """One new student talking to the real conversation on TODAY."""
    return Transcript(assembly.conversation, TODAY)


def pytest_terminal_summary(terminalreporter: TerminalReporter) -> None:
    """The `truth` section: rule cases and properties per clause of knowledge/clauses.yaml."""
    from tests.rules.coverage import clause_counts

    counts = clause_counts()
    terminalreporter.section("truth")
    width = max(len(cid) for cid in counts)
    terminalreporter.write_line(f"{'clause':<{width}}  cases  properties")
    for cid, (cases, properties) in counts.items():
        flag = "  <- none" if cases + properties == 0 else ""
        terminalreporter.write_line(f"{cid:<{width}}  {cases:>5}  {properties:>10}{flag}")
    bare = sum(1 for cases, properties in counts.values() if cases + properties == 0)
    terminalreporter.write_line(f"{len(counts)} clauses, {bare} without a rule case or property")
