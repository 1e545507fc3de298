"""Find the entry a free-text question is about: answer it (with related ones), offer a choice, or abstain.

Rank first, then decide. Three signals are fused into one score per entry:
- BM25 over every field a student reads (title, phrasings, answer), on stemmed canonical words, so a
  story told in the answer's words ("my father fell ill abroad") finds the entry it belongs to;
- IDF-weighted coverage: how much of the question's meaning the entry's words cover;
- rapidfuzz similarity to the entry's phrasings, for typos and short fragments.
Postings are pruned to the entries a word matters most for, so 10,000 entries stay cheap.
Then named thresholds decide: the best entry is answered directly with its runners-up as related,
a did-you-mean is kept for a true near-tie between different areas, and below the floor we abstain.
We also abstain when the question's meaning lies in words no entry uses, or when a short question is
only thinly covered by its best entry: a close score from common words is not an answer.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import compress, repeat
from operator import add, ge, not_
from typing import Protocol

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from bot.content.normalise import Normaliser, Stemmer
from bot.rules.frozen import Frozen


class Searchable(Protocol):
    """Anything the matcher can find: an id, how students ask for it, a title and its answer."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def phrasings(self) -> tuple[str, ...]: ...
    @property
    def answer(self) -> str: ...


class Outcome(StrEnum):
    ANSWER = "answer"
    SUGGEST = "suggest"
    ABSTAIN = "abstain"


class Thresholds(Frozen):
    """The named weights and cut-offs; tuned on the dev golden sets only (never on held-out)."""

    floor: float = 54.0
    """Below this score nothing is close enough: abstain honestly."""
    long_floor: float = 48.0
    long_words: int = 8
    """A message of at least `long_words` meaningful words (a story) spreads its words over
    many entries and scores lower everywhere: its floor is `long_floor`."""
    lead_floor: float = 42.0
    clear_lead: float = 10.0
    """Under the floor, an entry at least `lead_floor` that leads all others by `clear_lead` is still
    answered: long stories score low on every entry, but the one they are about stands out."""
    thin_coverage: float = 0.35
    thin_score: float = 58.0
    """A short question whose best entry covers less than `thin_coverage` of its meaning (IDF
    weighted) and scores under `thin_score` is about something the pages do not say: abstain.
    Close scores come from shared common words ("university", "student"); what the question is
    about is in the words no entry has. Stories are exempt: many words always cover thinly."""
    known_floor: float = 0.55
    """A question whose meaning lies mostly in words no entry uses (under this share of its IDF
    weight) is about something else, however well its common words match: abstain."""
    tie: float = 0.5
    """A runner-up of another area within this distance of the best is a true near-tie: ask."""
    sure: float = 80.0
    """At or above this score the best entry is answered even with a close runner-up."""
    related_spread: float = 20.0
    """Runners-up within this distance of the best are shown as related answers."""
    context_spread: float = 25.0
    """A short message that points back at the last answer ("and if I fail it?") is answered with
    that answer's area's best entry within this distance of the overall best: its own few words
    say little of what "it" is."""
    max_related: int = 2
    max_choices: int = 3
    candidates: int = 8
    """How many entries, by BM25 and coverage, are scored with rapidfuzz."""
    max_postings: int = 150
    """Each word keeps only the entries it weighs most in: bounded work at any size."""
    typo_cutoff: float = 82.0
    """How alike an unknown word must be to a known word to be read as a misspelling of it."""
    fuzzy_weight: float = 0.60
    coverage_weight: float = 0.20
    bm25_weight: float = 0.30
    """The three signals' weights in the score."""
    answer_field: float = 0.6
    """How much a word in the answer text counts, against one in a phrasing or the title."""
    unknown_word: float = 0.5
    """How much a word the index has never seen counts against an entry's share of the question."""
    focus_weight: float = 0.5
    focus_words: int = 2
    """A question sentence with fewer meaningful words ("can I do something about it?") is too vague
    to rank on its own: the whole message decides."""
    """In a long message, the share of an entry's score that comes from the question sentence."""
    k1: float = 1.2
    b: float = 0.75
    phrasing_field: float = 4.0
    phrasing_saturation: float = 10.0
    """A word's weight from the phrasings grows with how many use it, up to this many (BM25F)."""
    title_field: float = 2.0
    answer_cap: float = 3.0
    """A word repeated in the answer counts at most this many times."""
    answer_fuzzy: float = 0.8
    """An answer sentence is compared like a phrasing, at this share of its similarity: the
    answer's own words find an entry whose phrasings miss the student's way of asking."""
    answer_share: float = 0.6
    """How much of a question word an entry covers when only its answer has the word."""


class Ranked(Frozen):
    entry_id: str
    score: float
    coverage: float = 1.0
    known: float = 1.0
    """The share of the question's weight in words some entry uses: the rest is news to the index."""


class Match(Frozen):
    """The matcher's decision and the ranking it rests on (best first, distinct entries)."""

    outcome: Outcome
    ranked: tuple[Ranked, ...]

    @property
    def score(self) -> float:
        return self.ranked[0].score if self.ranked else 0.0


_RECENT_WORDS = 4096
"""How many unknown words' readings are kept (then all are forgotten at once): bounded memory."""
_RECENT_SIMILARITIES = 4096
"""How many (text, entry) similarities are kept (then all are forgotten at once): bounded memory."""
_MIN_TYPO_LENGTH = 4
_MAX_ENDING = 3
_MARGIN = 1e-6
"""Room for rounding in a bound on a score: a word the bound leaves out could never have reached it."""
"""Inflections recognised by dropping up to this many letters (s, ed, ing, es)."""


def area_of(entry_id: str) -> str:
    """An entry's area is the first word of its id (petition-, elective-, progress-, ...)."""
    return entry_id.split("-", 1)[0]


@dataclass(frozen=True)
class Posting:
    """A term's entries, those it weighs most in first, with both of its weights in each as one
    complex number (BM25 impact + 1j * coverage): a question's two sums are then one running sum
    per entry, added up by `_add_into` in C. Complex addition adds the real and the imaginary parts
    each as a float, so both sums are the very floats two separate sums would give."""

    entries: tuple[int, ...]
    weights: tuple[complex, ...]
    """Real: the term's BM25 impact in each entry. Imaginary: the term's IDF times the share of it
    each entry covers (its known terms' weight in a question is their IDF: multiplied once, here)."""

    @classmethod
    def of(cls, hits: list[tuple[int, float, float]]) -> Posting:
        return cls(tuple(h[0] for h in hits), tuple(complex(h[1], h[2]) for h in hits))


@dataclass(frozen=True)
class MatcherIndex:
    """Everything the matcher derives from the entries, their words normalised and weighed.

    A plain value, so it can be kept with the knowledge base between starts (building it is most
    of assembling the bot: every phrasing, title and answer sentence normalised and stemmed)."""

    thresholds: Thresholds
    ids: list[str]
    phrasings: list[list[str]]
    sorted: list[list[str]]
    """Each phrasing with its words sorted: token-sort similarity is then plain similarity."""
    fuzzy_answer: list[list[str]]
    idf: dict[str, float]
    unknown_idf: float
    postings: dict[str, Posting]
    vocabulary: list[str]
    stems: dict[str, str]
    """The stems the build computed, so the matcher's stemmer starts with them."""

    @classmethod
    def build(
        cls, items: Sequence[Searchable], normaliser: Normaliser, thresholds: Thresholds | None = None
    ) -> MatcherIndex:
        t = thresholds or Thresholds()
        stem = Stemmer()
        phrasings: list[list[str]] = []
        ordered: list[list[str]] = []
        ask_terms: list[frozenset[str]] = []
        fuzzy_answer: list[list[str]] = []
        frequencies: list[dict[str, float]] = []
        lengths: list[float] = []
        vocabulary: set[str] = set()
        for item in items:
            phrased = [normaliser.content_words(p) for p in item.phrasings]
            titled = normaliser.content_words(item.title)
            sentences = [words for s in _sentences(item.answer) if (words := normaliser.content_words(s))]
            body = [w for words in sentences for w in words]
            vocabulary.update(w for words in (*phrased, titled, body) for w in words)
            phrasings.append([" ".join(words) for words in (*phrased, titled) if words])
            ordered.append([" ".join(sorted(text.split())) for text in phrasings[-1]])
            fuzzy_answer.append([" ".join(words) for words in sentences] if t.answer_fuzzy > 0 else [])
            tf = _field_frequencies(t, stem, phrased, titled, body)
            ask_terms.append(frozenset(stem(w) for words in (*phrased, titled) for w in words))
            frequencies.append(tf)
            lengths.append(sum(tf.values()))
        count = max(len(items), 1)
        average = sum(lengths) / count if lengths else 1.0
        document_frequency: Counter[str] = Counter()
        for tf in frequencies:
            document_frequency.update(tf.keys())
        idf = {term: math.log(1 + (count - df + 0.5) / (df + 0.5)) for term, df in document_frequency.items()}
        postings: dict[str, list[tuple[int, float, float]]] = {}
        for index, tf in enumerate(frequencies):
            norm = t.k1 * (1 - t.b + t.b * lengths[index] / average)
            asked_terms = ask_terms[index]
            for term, freq in tf.items():
                impact = idf[term] * freq * (t.k1 + 1) / (freq + norm)
                share = 1.0 if term in asked_terms else t.answer_share
                postings.setdefault(term, []).append((index, impact, idf[term] * share))
        kept = {term: heapq.nlargest(t.max_postings, hits, key=_impact) for term, hits in postings.items()}
        return cls(
            thresholds=t,
            ids=[item.id for item in items],
            phrasings=phrasings,
            sorted=ordered,
            fuzzy_answer=fuzzy_answer,
            idf=idf,
            unknown_idf=math.log(1 + (count + 0.5) / 0.5),
            postings={term: Posting.of(hits) for term, hits in kept.items()},
            vocabulary=sorted(vocabulary),
            stems=stem.known(),
        )


def _field_frequencies(
    t: Thresholds, stem: Stemmer, phrased: list[list[str]], titled: list[str], body: list[str]
) -> dict[str, float]:
    """BM25F-style term weights: each field counts a word by its own weight.

    Phrasings count a word once per `phrasing_saturation` phrasings that use it (capped at one),
    so an entry with many phrasings does not drown a sibling that says the word in its title
    or answer: the words that set siblings apart are what finds them.
    """
    tf: dict[str, float] = {}
    uses: Counter[str] = Counter()
    for words in phrased:
        uses.update({stem(w) for w in words})
    for term, n in uses.items():
        tf[term] = tf.get(term, 0.0) + t.phrasing_field * min(1.0, n / t.phrasing_saturation)
    for term in {stem(w) for w in titled}:
        tf[term] = tf.get(term, 0.0) + t.title_field
    for term, n in Counter(stem(w) for w in body).items():
        tf[term] = tf.get(term, 0.0) + t.answer_field * min(n, t.answer_cap)
    return tf


class Matcher:
    """Built once from the entries; `rank` and `match` are pure and cheap."""

    def __init__(
        self,
        items: Sequence[Searchable],
        normaliser: Normaliser,
        thresholds: Thresholds | None = None,
        *,
        index: MatcherIndex | None = None,
    ) -> None:
        """`index`, if given, is used where it was built from these items (by id) with these
        thresholds (the knowledge cache keeps one); otherwise the index is built here."""
        t = thresholds or Thresholds()
        if index is None or index.thresholds != t or index.ids != [item.id for item in items]:
            index = MatcherIndex.build(items, normaliser, t)
        self._normaliser = normaliser
        self.thresholds = index.thresholds
        self._stem = Stemmer(index.stems)
        self._ids = index.ids
        self._phrasings = index.phrasings
        self._sorted = index.sorted
        self._fuzzy_answer = index.fuzzy_answer
        self._idf = index.idf
        self._unknown_idf = index.unknown_idf
        self._postings = index.postings
        self._vocabulary = index.vocabulary
        self._known = frozenset(index.vocabulary)
        self._typo_candidates: dict[int, list[str]] = {}
        """For a word length, the known words long or short enough to reach `typo_cutoff` with it."""
        self._spelled: dict[str, str] = {}
        """Unknown words already looked up: a message is ranked whole and sentence by sentence."""
        self._word_sets: dict[int, tuple[list[frozenset[str]], list[str]]] = {}
        """Shortlisted entries' texts as word sets (see `_word_sets_of`)."""
        self._guards = {
            index: frozenset(self._stem(w) for word in needed for w in normaliser.words(word))
            for index, item in enumerate(items)
            if (needed := getattr(item, "only_with", ()))
        }
        """Entries found only beside one of their words (`Entry.only_with`), as stemmed terms."""
        self._guarded = frozenset(self._guards)
        self._guarded_by: dict[str, list[int]] = {}
        """The guarded entries by each of their terms: a message frees those of its terms only
        (looking at every guarded entry for each message was a twentieth of ranking at 10,000)."""
        for guarded, needed in self._guards.items():
            for term in needed:
                self._guarded_by.setdefault(term, []).append(guarded)
        self._barred_by: dict[str, list[int]] = {}
        """Entries by each word that keeps them from being found (`Entry.never_with`), stemmed."""
        for position, item in enumerate(items):
            for word in getattr(item, "never_with", ()):
                for term in {self._stem(w) for w in normaliser.words(word)}:
                    self._barred_by.setdefault(term, []).append(position)
        self._read: dict[str, tuple[list[str], dict[str, None]]] = {}
        """Texts' words and terms already read (see `_terms`): a message is read for its guards,
        then ranked."""
        self._similar: dict[tuple[str, int], float] = {}
        """Entries' similarities to texts already scored (see `_similarities`): a long message
        ranks its sentences more than once (alone, within the message, without its numbers), and
        a third of the slowest questions' rapidfuzz work was a text scored against an entry again."""

    @property
    def normaliser(self) -> Normaliser:
        return self._normaliser

    def stems(self, text: str) -> frozenset[str]:
        """A text's meaningful words as the index reads them (canonical and stemmed): whether one
        text says what another asks ("who writes the report?" in "helps you write a report")."""
        return frozenset(self._stem(w) for w in self._normaliser.content_words(text))

    def forget_recent(self) -> None:
        """For the bench: a measured question starts as a new student's text would."""
        self._spelled.clear()
        self._read.clear()
        self._similar.clear()
        self._normaliser.forget_recent()

    def __len__(self) -> int:
        return len(self._ids)

    def _known_words(self, words: list[str]) -> list[str]:
        """Each word as the index knows it: itself, or the known word it is a misspelling of."""
        known: list[str] = []
        for word in dict.fromkeys(words):
            if word in self._known or len(word) < _MIN_TYPO_LENGTH or word.isdigit():
                known.append(word)
                continue
            spelled = self._spelled.get(word)
            if spelled is None:
                spelled = self._inflection_of(word) or self._misspelling_of(word) or word
                if len(self._spelled) >= _RECENT_WORDS:
                    self._spelled.clear()
                self._spelled[word] = spelled
            known.append(spelled)
        return known

    def _inflection_of(self, word: str) -> str | None:
        """A known word this one extends by a short ending: submitted -> submit, warned -> warn."""
        for cut in range(1, _MAX_ENDING + 1):
            stem = word[:-cut]
            if len(stem) >= _MIN_TYPO_LENGTH and stem in self._known:
                return stem
        return None

    def _misspelling_of(self, word: str) -> str | None:
        if self._stem(word) in self._idf:
            return None
        guess = process.extractOne(
            word,
            self._alike_in_length(len(word)),
            scorer=fuzz.ratio,
            score_cutoff=self.thresholds.typo_cutoff,
        )
        return str(guess[0]) if guess else None

    def _alike_in_length(self, length: int) -> list[str]:
        """The vocabulary (in its order) less the words whose length alone keeps them under
        `typo_cutoff`: `fuzz.ratio` is at most 200 * shorter / (sum of lengths), so they can never
        be the guess, and skipping them halves the look-up of an unknown word. Kept per length:
        it depends only on the knowledge base."""
        candidates = self._typo_candidates.get(length)
        if candidates is None:
            cutoff = self.thresholds.typo_cutoff - _MARGIN
            candidates = [
                word
                for word in self._vocabulary
                if 200.0 * min(length, len(word)) / (length + len(word)) >= cutoff
            ]
            self._typo_candidates[length] = candidates
        return candidates

    def rank(self, question: str) -> tuple[Ranked, ...]:
        """Distinct entries, best first; a score runs from 0 to 100 times the weights' sum."""
        return self._rank(question)

    def _terms(self, question: str) -> tuple[list[str], dict[str, None]]:
        """The question's words as the index knows them, and their stemmed terms in order; read
        once per text (the caller must not change them)."""
        read = self._read.get(question)
        if read is None:
            read = self._read_terms(question)
            if len(self._read) >= _RECENT_WORDS:
                self._read.clear()
            self._read[question] = read
        return read

    def _read_terms(self, question: str) -> tuple[list[str], dict[str, None]]:
        written = self._normaliser.content_words(question)
        words = self._known_words(written)
        if words != list(dict.fromkeys(written)):
            # Corrected spellings may now form a phrase of the lexicon ("explenation studnt").
            words = self._known_words(self._normaliser.content_words(" ".join(words)))
        terms = dict.fromkeys(self._stem(w) for w in words)
        # A number no entry mentions ("I have 22 EC", "a 4.5") is the student's fact, not the topic:
        # it must not count against every entry's share of the question.
        return words, {term: None for term in terms if term in self._idf or not _is_number(term)}

    def _unguarded(self, question: str, terms: Iterable[str]) -> frozenset[int]:
        """The entries whose `only_with` words are none of the question's (see `Entry.only_with`),
        and those one of whose `never_with` words is:
        its terms as corrected, and its words as written, stopwords too ("they said yes")."""
        said = set(terms) | {self._stem(w) for w in self._normaliser.words(question)}
        freed = {index for term in said for index in self._guarded_by.get(term, ())}
        barred = {index for term in said for index in self._barred_by.get(term, ())}
        return (self._guarded - freed) | barred

    def _rank(self, question: str, blocked: frozenset[int] | None = None) -> tuple[Ranked, ...]:
        """`rank`, with the entries a whole message's words leave out (`_unguarded`); by default
        those of this question's own words."""
        words, terms = self._terms(question)
        if not terms:
            return ()
        if blocked is None:
            blocked = self._unguarded(question, terms)
        t = self.thresholds
        weights = {
            term: self._idf[term] if term in self._idf else t.unknown_word * self._unknown_idf
            for term in terms
        }
        total = sum(weights.values())
        known = sum(weight for term, weight in weights.items() if term in self._idf) / total
        ceiling = (t.k1 + 1) * total
        sums: dict[int, complex] = {}
        """Each entry's BM25 (real part) and coverage (imaginary part) sums: see `Posting`."""
        for term in weights:
            posting = self._postings.get(term)
            if posting is not None:
                _add_into(sums, posting.entries, posting.weights)
        for index in blocked & sums.keys():
            del sums[index]
        if not sums:
            return ()
        indices = list(sums)
        promise = [pair.real / ceiling + pair.imag / total for pair in sums.values()]
        shortlist = [indices[k] for k in _best_first(promise, t.candidates)]
        similarities = self._similarities(" ".join(words), shortlist)
        scored: list[Ranked] = []
        for index in shortlist:
            similarity = similarities.get(index, 0.0)
            coverage = sums[index].imag / total
            score = (
                t.fuzzy_weight * similarity
                + t.coverage_weight * 100.0 * coverage
                + t.bm25_weight * 100.0 * min(sums[index].real / ceiling, 1.0)
            )
            scored.append(Ranked(entry_id=self._ids[index], score=score, coverage=coverage, known=known))
        scored.sort(key=lambda r: -r.score)
        return tuple(scored)

    def _similarities(self, query: str, shortlist: list[int]) -> dict[int, float]:
        """Each shortlisted entry's best similarity (see `_score_similarities`), those already
        scored against this text taken as they were: an entry's similarity depends on the text
        and the entry alone."""
        similar = self._similar
        kept = {index: similar[query, index] for index in shortlist if (query, index) in similar}
        if len(kept) == len(shortlist):
            return kept
        scored = self._score_similarities(query, [index for index in shortlist if index not in kept])
        if len(similar) >= _RECENT_SIMILARITIES:
            similar.clear()
        for index in shortlist:
            if index not in kept:
                kept[index] = similar[query, index] = scored.get(index, 0.0)
        return kept

    def _score_similarities(self, query: str, shortlist: list[int]) -> dict[int, float]:
        """Each shortlisted entry's best similarity, scored in passes through rapidfuzz.

        Phrasings are compared word-order-free (token set and token sort, averaged): that forgives
        extra words on either side, but not entirely. Answer sentences are long, so only whether
        the question's words are among theirs counts (token set), at `answer_fuzzy` of its value.
        """
        best: dict[int, float] = {}
        texts: list[str] = []
        ordered: list[str] = []
        word_sets: list[frozenset[str]] = []
        set_texts: list[str] = []
        spans: list[tuple[int, int, int]] = []
        """Each shortlisted entry's phrasings lie side by side: (entry, first, past the last)."""
        for index in shortlist:
            spans.append((index, len(texts), len(texts) + len(self._phrasings[index])))
            texts += self._phrasings[index]
            ordered += self._sorted[index]
            sets, joined = self._word_sets_of(index)
            word_sets += sets[: len(self._phrasings[index])]
            set_texts += joined[: len(self._phrasings[index])]
        share = self.thresholds.answer_fuzzy
        answer_spans: list[tuple[int, int, int]] = []
        """Likewise each entry's answer sentences, after all the phrasings."""
        phrasings = len(texts)
        if share > 0:
            for index in shortlist:
                answer_spans.append((index, len(texts), len(texts) + len(self._fuzzy_answer[index])))
                texts += self._fuzzy_answer[index]
                sets, joined = self._word_sets_of(index)
                word_sets += sets[len(self._phrasings[index]) :]
                set_texts += joined[len(self._phrasings[index]) :]
        scores = _token_set_ratios(query, texts, word_sets, set_texts)
        combined = scores[:phrasings]
        # token_sort_ratio, with the phrasings' words sorted once when the index was built.
        in_order = " ".join(sorted(query.split()))
        for _, value, position in process.extract(in_order, ordered, scorer=fuzz.ratio, limit=None):
            combined[position] += value
        for index, first, last in spans:
            if last > first:
                best[index] = 0.5 * max(combined[first:last])
        for index, first, last in answer_spans:
            if last > first:
                best[index] = max(share * max(scores[first:last]), best.get(index, 0.0))
        return best

    def _word_sets_of(self, index: int) -> tuple[list[frozenset[str]], list[str]]:
        """An entry's phrasings and answer sentences, in that order, each as its set of words and
        as those words sorted and joined (see `_token_set_ratios`): made on the entry's first
        shortlisting and kept, like the index (forgetting them at 10,000 entries made them again
        and again: slower than rapidfuzz splitting the texts itself)."""
        kept = self._word_sets.get(index)
        if kept is None:
            sets = [frozenset(text.split()) for text in (*self._phrasings[index], *self._fuzzy_answer[index])]
            kept = (sets, [" ".join(sorted(words)) for words in sets])
            self._word_sets[index] = kept
        return kept

    def decide(self, ranked: tuple[Ranked, ...], words: int = 0) -> Match:
        """Answer the best with its runners-up as related; ask only on a near-tie across areas.

        `words` is how many meaningful words the message has: a long story gets the lower floor.
        """
        t = self.thresholds
        floor = t.long_floor if words >= t.long_words else t.floor
        if not ranked:
            return Match(outcome=Outcome.ABSTAIN, ranked=())
        best = ranked[0]
        lead = best.score - (ranked[1].score if len(ranked) > 1 else 0.0)
        standing_out = best.score >= t.lead_floor and lead >= t.clear_lead
        if best.score < floor and not standing_out:
            return Match(outcome=Outcome.ABSTAIN, ranked=ranked[: t.max_choices])
        thin = best.coverage < t.thin_coverage and best.score < t.thin_score and words < t.long_words
        if thin or best.known < t.known_floor:
            return Match(outcome=Outcome.ABSTAIN, ranked=ranked[: t.max_choices])
        rivals = tuple(
            r
            for r in ranked[1:]
            if r.score >= best.score - t.tie and area_of(r.entry_id) != area_of(best.entry_id)
        )
        if rivals and best.score < t.sure:
            return Match(outcome=Outcome.SUGGEST, ranked=(best, *rivals)[: t.max_choices])
        related = tuple(r for r in ranked[1:] if r.score >= max(floor, best.score - t.related_spread))
        return Match(outcome=Outcome.ANSWER, ranked=(best, *related[: t.max_related]))

    def match(self, question: str, focus: Sequence[str] = ()) -> Match:
        """Rank the message (see `rank_message`), then decide."""
        words = len(self._normaliser.content_words(question))
        return self.decide(self.rank_message(question, focus), words)

    def rank_message(self, question: str, focus: Sequence[str] = ()) -> tuple[Ranked, ...]:
        """Rank the message; where a sentence carries its question, blend that sentence's ranking in.

        A question sentence alone is often vague ("can I get credits for it?"), the whole message
        diluted by its story: an entry scores its whole-message score, or the blend if higher.
        """
        blocked = self._unguarded(question, self._terms(question)[1]) if self._guards else frozenset()
        whole = {r.entry_id: r for r in self._rank(question, blocked)}
        if not focus:
            return tuple(whole.values())
        share = self.thresholds.focus_weight
        best = dict(whole)
        # How much of the message the index knows is the whole message's: "can I still report it
        # today?" alone is mostly words no entry uses, the story before it ("my mom got very sick")
        # is not.
        known = max((r.known for r in whole.values()), default=0.0)
        informative = self.thresholds.focus_words
        for sentence in focus:
            if len(self._normaliser.content_words(sentence)) < informative:
                continue
            for ranked in self._rank(sentence, blocked):
                base = whole[ranked.entry_id].score if ranked.entry_id in whole else 0.0
                blended = share * ranked.score + (1 - share) * base
                if ranked.entry_id not in best or blended > best[ranked.entry_id].score:
                    update = {"score": blended, "known": max(ranked.known, known)}
                    best[ranked.entry_id] = ranked.model_copy(update=update)
        return tuple(sorted(best.values(), key=lambda r: -r.score))


_SENTENCE = re.compile(r"(?<=[.!?:])\s+|\n+")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip()]


def _token_set_ratios(
    query: str, texts: list[str], word_sets: list[frozenset[str]], set_texts: list[str]
) -> list[float]:
    """`fuzz.token_set_ratio(query, text)` for each text, its words given as a set and as that set
    sorted and joined. Where they share no word (most texts), the ratio is only the Indel distance
    of the two sorted word sets, `100 - 100 * distance / (sum of their lengths)` (what rapidfuzz
    computes then, to the bit): far cheaper than rapidfuzz splitting and sorting each text again.
    The texts that share a word go through `token_set_ratio` itself."""
    words = frozenset(query.split())
    joined = " ".join(sorted(words))
    scores = [0.0] * len(texts)
    apart = list(map(words.isdisjoint, word_sets))
    sharing = list(compress(range(len(texts)), map(not_, apart)))
    shared_texts = [texts[position] for position in sharing]
    for _, value, k in process.extract(query, shared_texts, scorer=fuzz.token_set_ratio, limit=None):
        scores[sharing[k]] = value
    disjoint = list(compress(range(len(texts)), apart))
    disjoint_texts = [set_texts[position] for position in disjoint]
    length = len(joined)
    for text, distance, k in process.extract(joined, disjoint_texts, scorer=Indel.distance, limit=None):
        scores[disjoint[k]] = 100 - 100 * distance / (length + len(text))
    return scores


def _best_first(values: list[float], n: int) -> list[int]:
    """The positions of the `n` largest values, largest first, ties in position order: what
    `sorted(range(len(values)), key=values.__getitem__, reverse=True)[:n]` gives (`heapq.nlargest`
    was slower). Only the values at or above the `n`-th largest are sorted by key: the plain sort
    of the floats that finds it, and the C filter, take two thirds of the time of sorting every
    position by key (1,600 entries reached by a long message at 10,000 entries)."""
    if len(values) > n:
        least = sorted(values, reverse=True)[n - 1]
        kept = list(compress(range(len(values)), map(ge, values, repeat(least))))
    else:
        kept = list(range(len(values)))
    return sorted(kept, key=values.__getitem__, reverse=True)[:n]


def _is_number(word: str) -> bool:
    return word.replace(".", "", 1).isdigit()


def _impact(hit: tuple[int, float, float]) -> float:
    return hit[1]


def _add_into(sums: dict[int, complex], keys: tuple[int, ...], values: tuple[complex, ...]) -> None:
    """`sums[k] += v` for each pair (`v` for a key not there yet), in their order, in C: the same
    numbers as that loop (`0j + v` is `v`; a term's keys are distinct, so none is read after it
    is written), the keys new to `sums` added in the same order."""
    sums.update(zip(keys, map(add, map(sums.get, keys, repeat(0j)), values), strict=True))
