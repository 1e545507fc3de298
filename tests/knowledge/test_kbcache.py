"""The knowledge base kept between starts is never a stale one: any edit is loaded afresh."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content import kbcache
from bot.content.loader import DEFAULT_DIALOGS_DIR, DEFAULT_KNOWLEDGE_DIR, KnowledgeError, load_knowledge


@pytest.fixture
def knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(kbcache, "CACHE_FILE", tmp_path / "kept.pickle")
    copy = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, copy)
    return copy


def test_a_kept_knowledge_base_equals_a_fresh_load(knowledge: Path) -> None:
    first = kbcache.cached_knowledge(knowledge, DEFAULT_DIALOGS_DIR)
    assert kbcache.CACHE_FILE.exists()
    assert kbcache.cached_knowledge(knowledge, DEFAULT_DIALOGS_DIR) == first
    assert first == load_knowledge(knowledge, DEFAULT_DIALOGS_DIR)


def test_an_edited_entry_is_read_again(knowledge: Path) -> None:
    before = kbcache.cached_knowledge(knowledge, DEFAULT_DIALOGS_DIR)
    entry = before.entries[0]
    path = next(p for p in (knowledge / "entries").glob("*.yaml") if f"id: {entry.id}\n" in p.read_text())
    # The same length, so the file's size is unchanged: only its content says it was edited.
    line = entry.answer.split("\n")[0]
    edited = line[:-1] + ("!" if line[-1] != "!" else "?")
    text = path.read_text(encoding="utf-8")
    assert text.count(line) == 1
    path.write_text(text.replace(line, edited), encoding="utf-8")
    after = kbcache.cached_knowledge(knowledge, DEFAULT_DIALOGS_DIR)
    assert after == load_knowledge(knowledge, DEFAULT_DIALOGS_DIR)
    assert after.entries[0].answer.startswith(edited)


def test_a_defect_added_after_a_good_load_still_raises(knowledge: Path) -> None:
    kbcache.cached_knowledge(knowledge, DEFAULT_DIALOGS_DIR)
    (knowledge / "lexicon.yaml").write_text("phrases: [not, a, mapping]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        kbcache.cached_knowledge(knowledge, DEFAULT_DIALOGS_DIR)


def test_an_unwritable_place_keeps_nothing_and_still_loads(
    knowledge: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kbcache, "CACHE_FILE", tmp_path / "missing" / "kept.pickle")
    kb = kbcache.cached_knowledge(knowledge, DEFAULT_DIALOGS_DIR)
    assert kb == load_knowledge(knowledge, DEFAULT_DIALOGS_DIR)
    assert not kbcache.CACHE_FILE.exists()
