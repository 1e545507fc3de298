"""Where the official pages are silent: each silence once, who decides, and what answers it.

`kb check` lists them, so a coordinator sees in one place every question the pages leave open and
the entry, clause text or dialog step that tells the student so (and names who decides).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pydantic import Field

from bot.content.yamlfile import read_yaml
from bot.rules.frozen import Strict

SILENCES_FILE = "silences.yaml"


class Silence(Strict):
    """One question the pages leave open."""

    topic: str = Field(min_length=1)
    decides: str = Field(min_length=1)
    handled_by: tuple[str, ...] = Field(min_length=1)
    """`entry:<id>`, `clause:<id>.<key>` or `dialog:<dialog>.<step>`."""


class Silences(Strict):
    silences: tuple[Silence, ...]


def load_silences(knowledge_dir: Path) -> Silences:
    return Silences.model_validate(read_yaml(knowledge_dir / SILENCES_FILE))


def silence_problems(
    silences: Silences,
    said: Mapping[str, Mapping[str, str]],
    entry_ids: frozenset[str],
    steps: frozenset[str],
) -> list[str]:
    """Each silence listed once, each handler real (`said`: what each clause says, from the messages)."""
    problems: list[str] = []
    seen: set[str] = set()
    for silence in silences.silences:
        if silence.topic.casefold() in seen:
            problems.append(f"{silence.topic}: listed twice")
        seen.add(silence.topic.casefold())
        for handler in silence.handled_by:
            kind, _, name = handler.partition(":")
            cid, _, key = name.partition(".")
            known = (
                (kind == "entry" and name in entry_ids)
                or (kind == "clause" and key in said.get(cid, {}))
                or (kind == "dialog" and name in steps)
            )
            if not known:
                problems.append(f"{silence.topic}: handler {handler!r} does not exist")
    return problems
