"""Which sentences of the official pages no entry cites or covers, for `kb check --sources`.

Why: a student can only be answered from a sentence some entry rests on. A sentence nobody cites or
paraphrases is a question the bot will answer with "I can't" or, worse, with a neighbouring entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from bot.content.loader import Defect, KnowledgeBase, quote_form
from bot.content.normalise import Normaliser, Stemmer

_SENTENCE = re.compile(r"(?<=[.!?:])\s+|\n+")
MIN_WORDS = 6
"""Shorter lines are headings, menu items and uSis button names, not rules."""
COVERED_SHARE = 0.5
"""A sentence is paraphrased by an entry whose answer holds this share of its meaningful words."""


def page_sentences(text: str) -> list[str]:
    """The page's sentences that state something: long enough to be a rule or a step."""
    sentences = (" ".join(s.split()).lstrip("•*- ").strip() for s in _SENTENCE.split(text))
    return [s for s in sentences if len(s.split()) >= MIN_WORDS]


def uncovered_sentences(
    kb: KnowledgeBase, sources_dir: Path, quotes: Iterable[str], normaliser: Normaliser
) -> list[Defect]:
    """One warning per page sentence that no quote lies in and no answer paraphrases."""
    cited = [quote_form(q) for q in quotes]
    stem = Stemmer()

    def meaning(text: str) -> set[str]:
        return {stem(w) for w in normaliser.content_words(text)}

    answers = [meaning(f"{e.title} {e.answer}") for e in kb.entries]
    defects: list[Defect] = []
    for source in kb.sources:
        path = sources_dir / source.file
        if not path.is_file():
            continue
        for sentence in page_sentences(path.read_text(encoding="utf-8")):
            form = quote_form(sentence)
            if any(q in form or form in q for q in cited):
                continue
            words = meaning(sentence)
            if not words or any(len(words & a) >= COVERED_SHARE * len(words) for a in answers):
                continue
            defects.append(
                Defect(
                    f"{path.name} ({source.id})",
                    None,
                    f"no entry cites or covers: {sentence[:120]!r}",
                    warning=True,
                )
            )
    return defects
