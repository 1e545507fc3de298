"""The validated knowledge base kept between starts, with what is derived from it and the dialog
scripts alone (the matcher's index, the parsed scripts): reading and checking them, and building
that, were most of a cold start's assembly.

Why it cannot go stale: the key is the content of every file the load reads (all of `knowledge/`,
the dialog scripts) and of every module of the bot, so an edit, an added or removed file, or new
code (the derivation's included: it is named in the key) misses and loads afresh.
Only a load without defects is kept, so a defective knowledge base raises every time, as before;
`kb check` never uses this. The file lives in the virtualenv, never in the repository; where that
is read-only (the systemd unit), nothing is kept and the knowledge base is simply loaded.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from bot.content.loader import KnowledgeBase, load_knowledge

CACHE_FILE = Path(sys.prefix) / "mt-student-bot-knowledge.pickle"
"""One file: each load that misses replaces it (a test's temporary knowledge base included)."""
_CODE = Path(__file__).resolve().parents[1]
T = TypeVar("T")


def _key(knowledge_dir: Path, dialogs_dir: Path, derivation: str) -> bytes:
    """A digest of everything the loaded knowledge base and its derivation depend on."""
    digest = hashlib.sha256(
        f"{sys.version}\0{knowledge_dir.resolve()}\0{dialogs_dir.resolve()}\0{derivation}".encode()
    )
    for folder, pattern in ((knowledge_dir, "**/*"), (dialogs_dir, "*.yaml"), (_CODE, "**/*.py")):
        for path in sorted(folder.glob(pattern)):
            if path.is_file():
                digest.update(f"\0{path}\0".encode())
                digest.update(path.read_bytes())
    return digest.digest()


def _stored(key: bytes) -> tuple[KnowledgeBase, object] | None:
    try:
        with CACHE_FILE.open("rb") as file:
            if pickle.load(file) != key:
                return None
            kb, derived = pickle.load(file)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        return None  # none kept yet, or unreadable: loading afresh is always right
    return (kb, derived) if isinstance(kb, KnowledgeBase) else None


def _store(key: bytes, kept: tuple[KnowledgeBase, object]) -> None:
    """Written whole and then renamed, so a process starting meanwhile never reads half of it."""
    try:
        handle, temporary = tempfile.mkstemp(dir=CACHE_FILE.parent, prefix=".kb-")
    except OSError:
        return  # a read-only virtualenv: nothing is kept
    try:
        with os.fdopen(handle, "wb") as file:
            pickle.dump(key, file, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(kept, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, CACHE_FILE)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


def cached_knowledge(
    knowledge_dir: Path, dialogs_dir: Path, derive: Callable[[KnowledgeBase, Path], T], kind: type[T]
) -> tuple[KnowledgeBase, T]:
    """`load_knowledge(knowledge_dir, dialogs_dir)` and `derive(kb, dialogs_dir)` (a `kind`), from
    the last start's result where nothing they depend on has changed since. `derive` must read
    nothing but the knowledge base and the dialog scripts (and the bot's code: all in the key)."""
    key = _key(knowledge_dir, dialogs_dir, f"{derive.__module__}.{derive.__qualname__}")
    stored = _stored(key)
    if stored is not None and isinstance(stored[1], kind):
        return stored[0], stored[1]
    kb = load_knowledge(knowledge_dir, dialogs_dir)
    made = derive(kb, dialogs_dir)
    _store(key, (kb, made))
    return kb, made
