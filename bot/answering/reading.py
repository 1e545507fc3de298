"""Read a student's message the way a person would before searching: sentences, filler, small talk.

Why: phone messages open with "hi, sorry for the long story", tell the story, and put the question
last. Matching the whole message lets the preamble pick the entry; matching only the question
sentence loses the story's words. So the matcher gets both: the message without its filler, and
the sentence(s) that carry the question. Greetings, thanks and "what can you do" are small talk,
and a short "what's next?" is a follow-up to the last answer, not a new question.
"""

from __future__ import annotations

import re
from enum import StrEnum

from rapidfuzz.distance import OSA

from bot.content.normalise import Normaliser, fold
from bot.rules.frozen import Frozen

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+|(?<=[a-z])[.!?]+(?=[A-Z])")


class SmallTalk(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"
    ACKNOWLEDGED = "acknowledged"
    """ "ok", "got it": no thanks to answer with "you're welcome"."""
    CAPABILITIES = "capabilities"


class Reading(Frozen):
    """A message as the matcher should see it."""

    text: str
    """The message without greetings and filler sentences."""
    focus: tuple[str, ...] = ()
    """The sentences that carry the question, when the message has more than one sentence."""
    sentences: int = 1
    """How many sentences with meaningful words the message tells: two or more is a story."""
    small_talk: SmallTalk | None = None
    follow_up: bool = False
    """A short message that only makes sense after the last answer ("and after that?")."""
    continues: bool = False
    """The message opens like a variation on the last question ("and for February?"), or is a
    short one pointing back at the last answer ("who decides on it?")."""
    variation: str | None = None
    """The message asks about the last answer, then may vary it ("Will it count? Also, what if I
    already did 2 EC at level 200?"): the variation alone, read in the message's place after a
    verdict (see `Asker._worked_out`)."""
    asks_why: bool = False
    """The message asks why the last answer holds ("why?", "why only 5?")."""
    asks_what_now: bool = False
    """The whole message asks what to do now ("what do I do?"), of nothing else."""
    looking_back: bool = False
    """The message tells of an earlier academic year ("I was ill last spring"): this year's
    date under an answer is not the one that applied then."""
    season_month: int | None = None
    """A month in the season of this calendar year the message names ("this spring"): whether
    that is an earlier academic year depends on today (see `Asker.ask`)."""


_TWO_SENTENCES = 2
_ALSO_FIRST = re.compile(r"^\s*also\b[\s,]*", re.IGNORECASE)
""" "Also, what if ...": the connector before a second question, no part of it."""
MIN_MENDED = 4
"""The shortest word of a follow-up phrase that a one-letter typo is mended in."""

WHY_TAIL_WORDS = 2
"""At most this many words after "why" ("why only 5?") still ask about the last answer."""


class Reader:
    """Built once from the lexicon's small-talk, filler and follow-up phrases."""

    def __init__(self, normaliser: Normaliser) -> None:
        self._normaliser = normaliser
        lexicon = normaliser.lexicon
        self._greetings = _phrase_pattern(lexicon.greetings)
        self._thanks = _phrase_pattern(lexicon.thanks)
        self._acknowledgements = frozenset(
            fold(p) for p in lexicon.acknowledgements | lexicon.agreements | lexicon.refusals
        )
        self._filler = _phrase_pattern(lexicon.filler)
        self._capabilities = frozenset(fold(p) for p in lexicon.capabilities)
        self._follow_ups = frozenset(fold(p) for p in lexicon.follow_ups)
        self._continuations = _phrase_pattern(lexicon.continuations)
        self._referring = frozenset(fold(w) for w in lexicon.referring)
        self._why = frozenset(fold(p) for p in lexicon.why_asks)
        self._what_now = frozenset(fold(p) for p in lexicon.what_now_asks)
        self._by_length: dict[int, list[tuple[str, ...]]] = {}
        """The follow-up and what-now phrases by their number of words, to mend a typo in one."""
        for phrase in self._follow_ups | self._what_now:
            self._by_length.setdefault(len(phrase.split()), []).append(tuple(phrase.split()))
        self._looking_back = _phrase_pattern(lexicon.looking_back)
        self._seasons = {fold(phrase): month for phrase, month in lexicon.this_season.items()}
        self._this_season = _phrase_pattern(frozenset(lexicon.this_season))

    def _strip(self, folded: str) -> str:
        for pattern in (self._filler, self._thanks, self._greetings):
            if pattern is not None:
                # One space between words again, so "thank you so much" less a filler "so" is
                # still "thank you much".
                folded = " ".join(pattern.sub(" ", folded).split())
        return " ".join(folded.split())

    def _mended(self, rest: str) -> str:
        """A follow-up or what-now phrase with one word mistyped by a letter ("waht do i do now")
        is that phrase: typed on a phone, it asks the same. Only a word of MIN_MENDED letters or
        more is mended, so "and them" may be "and then" but "do" is never "did"."""
        said = rest.split()
        for phrase in self._by_length.get(len(said), ()):
            differing = [(a, b) for a, b in zip(said, phrase, strict=True) if a != b]
            if len(differing) == 1:
                typed, meant = differing[0]
                if len(meant) >= MIN_MENDED and OSA.distance(typed, meant) == 1:
                    return " ".join(phrase)
        return rest

    def _asks_why(self, rest: str) -> bool:
        """ "Why?", "how come?", or a why-phrase with a word or two of what it is about ("why only
        5?", "why not 400"): a question about the last answer, not one of its own."""
        for phrase in self._why:
            after = _why_rest(rest, phrase)
            if after is not None and len(after) <= WHY_TAIL_WORDS:
                return True
        return False

    def _is_filler(self, sentence: str) -> bool:
        """No meaning of its own ("sorry for the long message", "can you help me?"); a question of
        what to do ("Do I need to do something?") is none, though its words are all common."""
        rest = self._strip(fold(sentence))
        return not self._normaliser.content_words(rest) and rest not in self._what_now

    def read(self, message: str) -> Reading:
        reading = self._read(message)
        back = self._looking_back is not None and self._looking_back.search(fold(message)) is not None
        season = self._this_season.search(fold(message)) if self._this_season is not None else None
        update: dict[str, object] = {"looking_back": back} if back else {}
        if season is not None:
            update["season_month"] = self._seasons[season[0]]
        return reading.model_copy(update=update) if update else reading

    def _read(self, message: str) -> Reading:
        folded = fold(message)
        rest = self._strip(folded)
        if rest not in self._follow_ups and rest not in self._what_now:
            rest = self._mended(rest)
        if rest in self._capabilities:
            return Reading(text=message, small_talk=SmallTalk.CAPABILITIES)
        if rest in self._follow_ups:
            # "What now?" is also what-to-do, when the last answer was a worked-out verdict.
            return Reading(text=message, follow_up=True, asks_what_now=rest in self._what_now)
        if " ".join(folded.split()) in self._acknowledgements:
            return Reading(text=message, small_talk=SmallTalk.ACKNOWLEDGED)
        if self._asks_why(rest):
            return Reading(text=message, asks_why=True)
        # "Am I ok?": its "ok" is no thanks to strip.
        if rest in self._what_now or " ".join(folded.replace("?", " ").split()) in self._what_now:
            return Reading(text=message, asks_what_now=True)
        if not self._normaliser.content_words(rest) and rest not in self._follow_ups:
            # "Am I ok?" asks; "ok thanks" thanks.
            if self._thanks is not None and self._thanks.search(folded) and "?" not in message:
                return Reading(text=message, small_talk=SmallTalk.THANKS)
            if self._greetings is not None and self._greetings.search(folded):
                return Reading(text=message, small_talk=SmallTalk.GREETING)
        sentences = [s.strip() for s in SENTENCE_END.split(message) if s and s.strip()]
        kept = [s for s in sentences if not self._is_filler(s)] or sentences
        if len(kept) < 2:
            text = " ".join(kept)
            # "ok and what about a level 300 one?": the acknowledgement before it opens nothing.
            said = fold(text).split()
            opened = " ".join(said[1:] if said and said[0] in self._acknowledgements else said)
            opener = self._continuations.match(opened) if self._continuations is not None else None
            pointing = bool(self._referring & set(fold(text).split()))
            return Reading(text=text, continues=opener is not None or pointing)
        asked = tuple(s for s in kept if self._normaliser.is_question(s))
        return Reading(text=" ".join(kept), focus=asked, sentences=len(kept), variation=self._varied(kept))

    def _varied(self, kept: list[str]) -> str | None:
        """ "Will it count? Also, what if I already did 2 EC at level 200?": a question about the last
        answer ("it", no numbers of its own) and one that varies it: the variation, read as the
        follow-up it is (the varied verdict answers the first); None for any other message."""
        if len(kept) != _TWO_SENTENCES or self._continuations is None:
            return None
        first, second = (fold(s).split() for s in kept)
        pointing = bool(self._referring & set(first)) and not any(w[:1].isdigit() for w in first)
        opened = " ".join(second[1:] if second[:1] == ["also"] else second)
        numbered = any(w[:1].isdigit() for w in second)  # "... 2 EC at level 200?": numbers to vary with
        if not pointing or not numbered or self._continuations.match(opened) is None:
            return None
        return _ALSO_FIRST.sub("", kept[1])


def _why_rest(rest: str, phrase: str) -> list[str] | None:
    """What follows a why-phrase that opens `rest` ("why only 5": ["5"]); None if it does not."""
    if rest == phrase:
        return []
    return rest[len(phrase) + 1 :].split() if rest.startswith(phrase + " ") else None


def _phrase_pattern(phrases: frozenset[str]) -> re.Pattern[str] | None:
    """One regex for a set of phrases, longest first, matched as whole words on folded text."""
    folded = sorted({fold(p) for p in phrases if fold(p)}, key=len, reverse=True)
    if not folded:
        return None
    return re.compile(r"(?<![0-9a-z])(?:" + "|".join(map(re.escape, folded)) + r")(?![0-9a-z])")
