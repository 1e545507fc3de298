"""Imports run one way: front ends -> dialogs -> answering -> presenting -> content -> rules."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1] / "bot"

# For each room: the rooms of ours it must never import.
FRONT_ENDS = ("bot.telegram", "bot.console", "bot.app", "bot.settings")
FORBIDDEN = {
    "bot.rules": ("bot.content", "bot.presenting", "bot.answering", "bot.dialogs", *FRONT_ENDS),
    "bot.content": ("bot.presenting", "bot.answering", "bot.dialogs", *FRONT_ENDS),
    "bot.presenting": ("bot.answering", "bot.dialogs", *FRONT_ENDS),
    "bot.answering": ("bot.dialogs", *FRONT_ENDS),
    "bot.dialogs": FRONT_ENDS,
    "bot.console": ("bot.telegram",),
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(p for p in parts if p != "__init__")


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


MODULES = sorted(BOT.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=_module_name)
def test_imports_run_one_way(path: Path) -> None:
    name = _module_name(path)
    imported = _imports(path)
    for room, forbidden in FORBIDDEN.items():
        if name == room or name.startswith(room + "."):
            wrong = sorted(i for i in imported for f in forbidden if i == f or i.startswith(f + "."))
            assert not wrong, f"{name} imports {wrong}"
    if not name.startswith("bot.telegram"):
        assert not any(i == "telegram" or i.startswith("telegram.") for i in imported), (
            f"{name} imports telegram: only bot/telegram may"
        )


@pytest.mark.parametrize("path", sorted((BOT / "rules").rglob("*.py")), ids=str)
def test_rules_read_no_clock_and_no_files(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    for needle in ("date.today(", "datetime.now(", "open(", "read_text(", "time.time("):
        assert needle not in source, f"{path.name} uses {needle}"


def test_no_module_named_utils_or_helpers() -> None:
    names = {p.stem for p in BOT.rglob("*.py")}
    assert not names & {"utils", "helpers", "util", "helper", "misc"}


def _private_telegram_imports(source: str) -> list[str]:
    """`import telegram._x`, `from telegram._x import y` and `from telegram import _x`."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("telegram._")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("telegram._"):
                found.append(node.module)
            elif node.module == "telegram":
                found += [f"telegram.{a.name}" for a in node.names if a.name.startswith("_")]
    return found


def test_the_private_import_check_can_fail() -> None:
    source = (
        "import telegram._bot\nfrom telegram._utils.types import ODVInput\nfrom telegram import _version\n"
    )
    assert _private_telegram_imports(source) == [
        "telegram._bot",
        "telegram._utils.types",
        "telegram._version",
    ]
    assert _private_telegram_imports("from telegram.request import BaseRequest\nimport telegram\n") == []


@pytest.mark.parametrize("path", sorted((BOT / "telegram").rglob("*.py")), ids=_module_name)
def test_telegram_adapter_uses_only_the_public_library(path: Path) -> None:
    """`telegram._*` modules are python-telegram-bot's private parts: they change without notice."""
    private = _private_telegram_imports(path.read_text(encoding="utf-8"))
    assert not private, f"{_module_name(path)} imports private modules {private}"


RULES_MAY_IMPORT = ("bot.rules", "bot.citation", "pydantic")
"""Besides the standard library: the rule core is pure data in, verdicts out."""


@pytest.mark.parametrize("path", sorted((BOT / "rules").rglob("*.py")), ids=str)
def test_rules_import_only_their_own_modules_pydantic_and_the_standard_library(path: Path) -> None:
    foreign = sorted(
        name
        for name in _imports(path)
        if name.split(".")[0] not in sys.stdlib_module_names
        and not any(name == a or name.startswith(a + ".") for a in RULES_MAY_IMPORT)
    )
    assert not foreign, f"{path.name} imports {foreign}"
