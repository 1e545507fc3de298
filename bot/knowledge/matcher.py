"""Find the entry a free-text question is about: answer, offer a short choice, or abstain.

Index first, then score: an inverted index over canonical words picks a few candidate entries by
how much of the question's meaning (IDF-weighted) they cover; only those candidates' phrasings are
scored with rapidfuzz. Brute force over every phrasing would cost ~35 ms at 10,000 entries.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from enum import StrEnum
from typing import Protocol

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process

from bot.knowledge.normalise import Normaliser


class Searchable(Protocol):
    """Anything the matcher can find: an id, how students ask for it, and a title to show."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def phrasings(self) -> tuple[str, ...]: ...


class Outcome(StrEnum):
    ANSWER = "answer"
    SUGGEST = "suggest"
    ABSTAIN = "abstain"


class Thresholds(BaseModel):
    """The named cut-offs of the three outcomes; tuned against the golden question set."""

    model_config = ConfigDict(frozen=True)

    answer: float = 60.0
    """At or above this score, with a clear lead, the best entry is answered directly."""
    sure: float = 86.0
    """At or above this score a small lead (`sure_lead`) is enough to answer."""
    sure_lead: float = 2.0
    lead: float = 3.0
    """How far the best entry must lead the runner-up to be answered at `answer`."""
    suggest: float = 50.0
    """Below this nothing is close enough: abstain honestly."""
    suggest_spread: float = 15.0
    """Did-you-mean lists entries within this distance of the best one."""
    max_choices: int = 3
    candidates: int = 24
    """How many index candidates are scored with rapidfuzz."""
    typo_cutoff: float = 82.0
    """How alike an unknown word must be to a known word to be read as a misspelling of it."""
    coverage_weight: float = 0.35
    """Share of the score from how much of the question the entry's words cover (IDF-weighted)."""
    answer_coverage: float = 0.5
    """A direct answer needs the entry to cover at least this share of the question's meaning..."""
    solo_lead: float = 12.0
    solo_score: float = 59.0
    """...unless it is the only candidate in sight: at least `solo_score`, leading all others by
    `solo_lead`. A did-you-mean with a single choice would only cost the student a tap."""


class Ranked(BaseModel):
    model_config = ConfigDict(frozen=True)

    entry_id: str
    score: float
    coverage: float = 1.0


class Match(BaseModel):
    """The matcher's decision and the ranking it rests on (best first, distinct entries)."""

    model_config = ConfigDict(frozen=True)

    outcome: Outcome
    ranked: tuple[Ranked, ...]

    @property
    def score(self) -> float:
        return self.ranked[0].score if self.ranked else 0.0


_MIN_TYPO_LENGTH = 4
_MAX_ENDING = 3
"""Inflections recognised by dropping up to this many letters (s, ed, ing, es)."""


class Matcher:
    """Built once from the entries; `match` is pure and cheap."""

    def __init__(
        self,
        items: Sequence[Searchable],
        normaliser: Normaliser,
        thresholds: Thresholds | None = None,
    ) -> None:
        self._normaliser = normaliser
        self.thresholds = thresholds or Thresholds()
        self._ids = [item.id for item in items]
        self._phrasings: list[list[str]] = []
        postings: dict[str, list[int]] = {}
        for index, item in enumerate(items):
            texts = [normaliser.text(p) for p in (*item.phrasings, item.title)]
            self._phrasings.append([t for t in texts if t])
            for word in {w for t in texts for w in t.split()}:
                postings.setdefault(word, []).append(index)
        count = max(len(items), 1)
        self._postings = postings
        self._idf = {w: math.log(1 + count / len(ids)) for w, ids in postings.items()}
        self._unknown_idf = math.log(1 + count)
        self._vocabulary = sorted(postings)

    def __len__(self) -> int:
        return len(self._ids)

    def _known_words(self, words: list[str]) -> list[str]:
        """Each word as the index knows it: itself, or the known word it is a misspelling of."""
        known: list[str] = []
        for word in dict.fromkeys(words):
            if word in self._postings or len(word) < _MIN_TYPO_LENGTH or word.isdigit():
                known.append(word)
                continue
            known.append(self._inflection_of(word) or self._misspelling_of(word) or word)
        return known

    def _inflection_of(self, word: str) -> str | None:
        """A known word this one extends by a short ending: submitted -> submit, warned -> warn."""
        for cut in range(1, _MAX_ENDING + 1):
            stem = word[:-cut]
            if len(stem) >= _MIN_TYPO_LENGTH and stem in self._postings:
                return stem
        return None

    def _misspelling_of(self, word: str) -> str | None:
        guess = process.extractOne(
            word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=self.thresholds.typo_cutoff
        )
        return str(guess[0]) if guess else None

    def rank(self, question: str) -> tuple[Ranked, ...]:
        """Distinct entries, best first, with scores from 0 to 100."""
        words = self._known_words(self._normaliser.content_words(question))
        if not words:
            return ()
        weights = {w: self._idf.get(w, self._unknown_idf) for w in words}
        total = sum(weights.values())
        covered: dict[int, float] = {}
        for word, weight in weights.items():
            for index in self._postings.get(word, ()):
                covered[index] = covered.get(index, 0.0) + weight
        if not covered:
            return ()
        shortlist = heapq.nlargest(self.thresholds.candidates, covered.items(), key=_second)
        query = " ".join(words)
        weight = self.thresholds.coverage_weight
        scored: list[Ranked] = []
        for index, cover in shortlist:
            similarity = max(_similarity(query, text) for text in self._phrasings[index])
            score = weight * 100.0 * cover / total + (1.0 - weight) * similarity
            scored.append(Ranked(entry_id=self._ids[index], score=round(score, 1), coverage=cover / total))
        scored.sort(key=lambda r: -r.score)
        return tuple(scored)

    def match(self, question: str) -> Match:
        """Rank, then decide: answer, a did-you-mean of at most `max_choices`, or abstain."""
        ranked = self.rank(question)
        t = self.thresholds
        if not ranked or ranked[0].score < t.suggest:
            return Match(outcome=Outcome.ABSTAIN, ranked=ranked[: t.max_choices])
        best = ranked[0].score
        runner_up = ranked[1].score if len(ranked) > 1 else 0.0
        lead = best - runner_up
        covered = ranked[0].coverage >= t.answer_coverage
        clear = (best >= t.sure and lead >= t.sure_lead) or (best >= t.answer and lead >= t.lead)
        alone = best >= t.solo_score and lead >= t.solo_lead
        if (covered and clear) or alone:
            return Match(outcome=Outcome.ANSWER, ranked=ranked[: t.max_choices])
        close = tuple(r for r in ranked if r.score >= max(t.suggest, best - t.suggest_spread))[
            : t.max_choices
        ]
        return Match(outcome=Outcome.SUGGEST, ranked=close)


def _second(pair: tuple[int, float]) -> float:
    return pair[1]


def _similarity(query: str, phrasing: str) -> float:
    """Word-order-free similarity that forgives extra words on either side, but not entirely."""
    return 0.5 * fuzz.token_set_ratio(query, phrasing) + 0.5 * fuzz.token_sort_ratio(query, phrasing)
