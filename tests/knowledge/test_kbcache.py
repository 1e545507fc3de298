"""The knowledge base kept between starts, and the matcher index kept with it, are never stale ones:
any edit is loaded afresh."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.answering.matcher import Matcher, MatcherIndex, Thresholds
from bot.app import Prepared, matcher_index, prepare
from bot.content import kbcache
from bot.content.loader import (
    DEFAULT_DIALOGS_DIR,
    DEFAULT_KNOWLEDGE_DIR,
    KnowledgeBase,
    KnowledgeError,
    load_knowledge,
)
from bot.dialogs.loader import read_scripts


def cached(knowledge: Path) -> tuple[KnowledgeBase, MatcherIndex]:
    kb, prepared = kbcache.cached_knowledge(knowledge, DEFAULT_DIALOGS_DIR, prepare, Prepared)
    return kb, prepared.index


@pytest.fixture
def knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(kbcache, "CACHE_FILE", tmp_path / "kept.pickle")
    copy = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, copy)
    return copy


def test_a_kept_knowledge_base_equals_a_fresh_load(knowledge: Path) -> None:
    first, first_index = cached(knowledge)
    assert kbcache.CACHE_FILE.exists()
    kept, kept_index = cached(knowledge)
    assert kept == first
    assert first == load_knowledge(knowledge, DEFAULT_DIALOGS_DIR)
    assert kept_index == first_index == matcher_index(first)


def test_a_kept_index_ranks_as_a_fresh_matcher(knowledge: Path) -> None:
    cached(knowledge)
    kb, index = cached(knowledge)
    kept = Matcher(kb.entries, kb.normaliser(), index=index)
    fresh = Matcher(kb.entries, kb.normaliser())
    for question in ("can i petition a course that already started", "half ec rounded", "ec for honours"):
        assert kept.rank(question) == fresh.rank(question)


def test_an_index_for_other_entries_or_thresholds_is_not_used(knowledge: Path) -> None:
    kb, index = cached(knowledge)
    fewer = kb.entries[1:]
    assert Matcher(fewer, kb.normaliser(), index=index).rank("petition") == (
        Matcher(fewer, kb.normaliser()).rank("petition")
    )
    strict = Thresholds(max_postings=3)
    assert Matcher(kb.entries, kb.normaliser(), strict, index=index).rank("petition") == (
        Matcher(kb.entries, kb.normaliser(), strict).rank("petition")
    )


def test_an_edited_entry_is_read_again(knowledge: Path) -> None:
    before, _ = cached(knowledge)
    entry = before.entries[0]
    path = next(p for p in (knowledge / "entries").glob("*.yaml") if f"id: {entry.id}\n" in p.read_text())
    # The same length, so the file's size is unchanged: only its content says it was edited.
    line = entry.answer.split("\n")[0]
    edited = line[:-1] + ("!" if line[-1] != "!" else "?")
    text = path.read_text(encoding="utf-8")
    assert text.count(line) == 1
    path.write_text(text.replace(line, edited), encoding="utf-8")
    after, index = cached(knowledge)
    assert after == load_knowledge(knowledge, DEFAULT_DIALOGS_DIR)
    assert after.entries[0].answer.startswith(edited)
    assert index == matcher_index(after)


def test_a_defect_added_after_a_good_load_still_raises(knowledge: Path) -> None:
    cached(knowledge)
    (knowledge / "lexicon.yaml").write_text("phrases: [not, a, mapping]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        cached(knowledge)


def test_an_unwritable_place_keeps_nothing_and_still_loads(
    knowledge: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kbcache, "CACHE_FILE", tmp_path / "missing" / "kept.pickle")
    kb, _ = cached(knowledge)
    assert kb == load_knowledge(knowledge, DEFAULT_DIALOGS_DIR)
    assert not kbcache.CACHE_FILE.exists()


def test_an_edited_dialog_script_is_read_again(knowledge: Path, tmp_path: Path) -> None:
    dialogs = tmp_path / "dialogs"
    shutil.copytree(DEFAULT_DIALOGS_DIR, dialogs)
    _, before = kbcache.cached_knowledge(knowledge, dialogs, prepare, Prepared)
    path = dialogs / "petition.yaml"
    title = before.scripts["petition"].title
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f"title: {title}", f"title: {title}!", 1), encoding="utf-8")
    _, after = kbcache.cached_knowledge(knowledge, dialogs, prepare, Prepared)
    assert after.scripts["petition"].title == f"{title}!"
    assert after.scripts == read_scripts(dialogs)[0]
