"""Turn what a student types into the words the knowledge base is written in.

Why: students write "ECTS", "studiepunten", "petiton" and "vak"; the entries say "EC", "petition"
and "course". Mapping both sides through one normaliser lets the matcher compare like with like.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Annotated

from pydantic import Field, model_validator
from Stemmer import Stemmer as SnowballStemmer  # type: ignore[import-not-found]  # PyStemmer (C)

from bot.rules.frozen import Strict

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e]")
_STRAIGHT = {"‘": "'", "’": "'", "“": '"', "”": '"', "´": "'", "`": "'"}
_QUOTES = re.compile("[‘’“”´`]")
"""Invisible characters and curly quotes found by a regex, not `str.translate` with a table,
which looks every character up: 60 us for an answer of 460 characters with one curly quote
(the answers' citations have them), against 2 us."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
"""Only a character outside ASCII can be a combining mark (ASCII's combining class is 0)."""
_NON_WORD = re.compile(r"[^0-9a-z'.]+")
_LONE_DOT = re.compile(r"(?<![0-9])\.|\.(?![0-9])")
_WILL = re.compile(r"(?<=[a-z])'ll(?![a-z])")
""" "I'll", "we'll": without the apostrophe they would read as "ill" (an illness) and "well"."""
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")


class Cues(Strict):
    """Words that tell the calculators what a question with numbers is about, as canonical words
    (after the lexicon's mappings). Each list is needed: `kb check` names an empty one."""

    appeal: frozenset[str] = frozenset()
    progress: frozenset[str] = frozenset()
    start: frozenset[str] = frozenset()
    """When the student started ("started", "since", "intake"): part of a progress question."""
    time: frozenset[str] = frozenset()
    """Words that place the student's numbers in time ("last September", "two weeks ago")."""
    holding: frozenset[str] = frozenset()
    """A progress question states the student's own EC ("I have 22 EC"), not a rule's."""
    course: frozenset[str] = frozenset()
    artscience: frozenset[str] = frozenset()
    other_university: frozenset[str] = frozenset()
    assist: frozenset[str] = frozenset()
    graduation: frozenset[str] = frozenset()
    again: frozenset[str] = frozenset()
    """Words that change the rule: assisting a second time is excluded, the first time is not."""
    artscience_first_year: frozenset[str] = frozenset()
    artscience_introductory: frozenset[str] = frozenset()
    artscience_higher: frozenset[str] = frozenset()
    artscience_research_group: frozenset[str] = frozenset()
    artscience_lab: frozenset[str] = frozenset()
    """How students name each kind of ArtScience course (words or phrases of canonical words):
    the page gives each kind its level, so "a 6 EC ArtScience lab" can be judged."""
    upgrade: frozenset[str] = frozenset()
    """The student asks for an ArtScience course's upgrade to level 400 (unless negated)."""
    negation: frozenset[str] = frozenset()
    """Words that turn a request around ("without the upgrade", "if I don't get it")."""
    procedure: frozenset[str] = frozenset()
    counting: frozenset[str] = frozenset()
    """A course question with `procedure` words ("which dropdown option in uSis?") and no
    `counting` words ("does it count?") asks how to petition: an entry answers it, not a verdict."""
    limit: frozenset[str] = frozenset()
    """Words around an amount that make it a rule's cap the student quotes ("within the 5 EC")."""
    reported: frozenset[str] = frozenset()
    """Words saying the student reported their circumstances ("I reported my illness in June"):
    with a word for circumstances, the decision on them is what follows, not a missed deadline."""
    late: frozenset[str] = frozenset()
    """Words saying something was done after its deadline ("I reported it late")."""
    earlier: frozenset[str] = frozenset()
    """Words saying a course named is already used or approved ("I already used 3 EC at level 200"):
    its EC fill the caps before the course asked about."""
    disputed: frozenset[str] = frozenset()
    """Words saying the student's data is wrong ("uSis shows 20 but I have 30"): no verdict on
    numbers the student disputes."""
    record_shows: frozenset[str] = frozenset()
    """Words for what a record shows ("uSis shows 20 EC but I have 32"): beside uSis and a second
    amount, the two amounts are the record's and the student's own, a dispute too."""
    rule_terms: frozenset[str] = frozenset()
    """Words that ask how the rules themselves relate ("is the 3 EC inside the 5?", "separate
    allowances"): the amounts are the rules', not courses to judge."""
    required: frozenset[str] = frozenset()
    """Words before an amount that make it what a rule requires, asked about ("do I need 30 EC?")."""
    past: frozenset[str] = frozenset()
    """Words that put a check day written without its year in the past ("I had 10 EC by 31 August"):
    without them, "by 31 August" is the coming check."""
    future: frozenset[str] = frozenset()
    """Words that keep it the coming check even beside a past-tense word ("I got 22, will it be
    enough by 31 August?")."""
    concern: frozenset[str] = frozenset()
    """A worry with nothing else ("I have 12 EC, problem?"): with the student's EC alone, it asks
    about the 30 EC a year."""
    expected: frozenset[str] = frozenset()
    """Phrases (of canonical words) that make the EC after them expected, not held: "will end up
    with", "expect to have"."""
    own: frozenset[str] = frozenset()
    """The student's own project: after assisting once, it is not a second assisting."""
    repeat: frozenset[str] = frozenset()
    """Words that ask for the same again ("do it again", "a second time"): with them, an amount
    beside an own project is still a second assisting."""
    family: frozenset[str] = frozenset()
    """Exceptional family circumstances in a progress question: a student counsellor is part of
    the steps, said beside the verdict."""
    upcoming: frozenset[str] = frozenset()
    """A start still to come ("I'm starting in February"): the period has no EC to judge yet."""
    warned: frozenset[str] = frozenset()
    """The warnings by e-mail, asked about beside a progress verdict: all of them go up front."""
    hindered: frozenset[str] = frozenset()
    story_asks: frozenset[str] = frozenset()
    started: frozenset[str] = frozenset()
    received: frozenset[str] = frozenset()
    """Beside a decision's day: the day it reached the student, not necessarily the date on it."""
    failing: frozenset[str] = frozenset()
    """A follow-up's amount that will not come ("and if I fail my 5 EC course?")."""
    what_follows: frozenset[str] = frozenset()
    """Asked beside EC before the check ("what happens if...", "will I lose my visa?"): what follows
    a shortfall (the IND), said under its condition."""
    hear_back: frozenset[str] = frozenset()
    """Asked when the decision on reported circumstances comes ("when will I hear?")."""
    """A start said in the past tense ("it started", "began"): one that has passed."""
    personal: frozenset[str] = frozenset()
    assisting: frozenset[str] = frozenset()
    begun: frozenset[str] = frozenset()
    to_come: frozenset[str] = frozenset()
    starters: frozenset[str] = frozenset()
    """Students of a start, spoken of as others ("February starters")."""
    self_said: frozenset[str] = frozenset()
    """The student speaking of themselves ("I", "my")."""
    people: frozenset[str] = frozenset()
    """Whom the pages send a student to: an answer naming one answers "who do I talk to?"."""
    project_work: frozenset[str] = frozenset()
    """Project work of the student's own, beside assisting ("a 4 EC project and 2 EC assisting")."""
    plans: frozenset[str] = frozenset()
    """Between two amounts: the later one is still to come ("12 EC in period 1 and I'm taking 10
    more in period 2"), not held."""
    would_take: frozenset[str] = frozenset()
    """Shortly before an amount: a course the student would take ("if I take a 5 EC course")."""
    taken: frozenset[str] = frozenset()
    """Before an amount: courses the student sat ("took 36 EC"), of which some may have failed."""
    failed: frozenset[str] = frozenset()
    """Right before an amount: EC failed ("failed 12 of them"), taken off the amount sat."""
    decided_for: frozenset[str] = frozenset()
    start_said_now: frozenset[str] = frozenset()
    started_lately: frozenset[str] = frozenset()
    alongside: frozenset[str] = frozenset()
    record_gap: frozenset[str] = frozenset()
    permit_free: frozenset[str] = frozenset()
    """The student needs no residence permit ("I'm Dutch", "EU student"): the rule is not theirs."""
    permit_needed: frozenset[str] = frozenset()
    permission: frozenset[str] = frozenset()
    own_start: frozenset[str] = frozenset()
    done_with: frozenset[str] = frozenset()
    petitioned: frozenset[str] = frozenset()
    this_period: frozenset[str] = frozenset()
    appealed: frozenset[str] = frozenset()
    """What held a student back (illness, family, a board year): with a progress question, the
    day to report it is said up front."""
    grade: frozenset[str] = frozenset()
    approved: frozenset[str] = frozenset()
    """The student's petition was approved ("petition approved", "got permission")."""
    unsure: frozenset[str] = frozenset()
    """Words that make an approval a question or a denial ("if", "not", "rejected")."""
    of: frozenset[str] = frozenset()
    """"30 of the 60 EC": the 60 is the year's load, not the student's."""
    pending: frozenset[str] = frozenset()
    premaster: frozenset[str] = frozenset()
    short: frozenset[str] = frozenset()
    """A short premaster (one semester), as against the one-year premaster."""
    september: frozenset[str] = frozenset()
    february: frozenset[str] = frozenset()
    """The start month in words, where no date says it."""
    honours: frozenset[str] = frozenset()
    added: frozenset[str] = frozenset()
    """A follow-up's amount on top of the last one ("and if I pass 10 more?"): added to the last
    question's EC, not put in their place."""

    def vocabulary(self) -> frozenset[str]:
        """Every word of every cue list: all a calculator reads of a question's words, so a
        worked-out question can be kept without the rest of what the student wrote."""
        lists = (value for value in self.__dict__.values() if isinstance(value, frozenset))
        return frozenset(word for cues in lists for cue in cues for word in cue.split())


MONTHS_IN_A_YEAR = 12


class Lexicon(Strict):
    """Synonyms, misspellings and stopwords, as written in `knowledge/lexicon.yaml`."""

    phrases: Mapping[str, str] = Field(default_factory=dict)
    words: Mapping[str, str] = Field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()
    question_words: frozenset[str] = frozenset()
    """First words that mark a message as a question (used mid-dialog)."""
    greetings: frozenset[str] = frozenset()
    thanks: frozenset[str] = frozenset()
    acknowledgements: frozenset[str] = frozenset()
    """Whole messages that only acknowledge the last answer ("ok", "got it")."""
    agreements: frozenset[str] = frozenset()
    refusals: frozenset[str] = frozenset()
    """Whole messages that say yes ("yes please", "ja") or no ("nope", "nee"): the answer to "erase it
    all?" when typed, and otherwise only an acknowledgement, never a question to match."""
    filler: frozenset[str] = frozenset()
    """Phrases that carry no question ("sorry for the long message"): dropped before matching."""
    capabilities: frozenset[str] = frozenset()
    """Whole messages that ask what the bot does ("what can you do")."""
    follow_ups: frozenset[str] = frozenset()
    """Whole messages that only make sense after the last answer ("what's next?")."""
    continuations: frozenset[str] = frozenset()
    """Openers of a short message that asks the last answer's question again for something else
    ("and for February?", "what about a Leiden course?"): it is read within that answer's area."""
    referring: frozenset[str] = frozenset()
    """Words by which a short message points back at the last answer ("who decides on it?",
    "how long does that take?"): it is read within that answer's area too."""
    why_asks: frozenset[str] = frozenset()
    """Whole messages that ask why the last answer holds ("why?", "how come?"): answered with its
    reasons and the page's sentences."""
    what_now_asks: frozenset[str] = frozenset()
    """Whole messages that ask what to do after the last verdict ("what do I do?"): its steps, for
    today, again."""
    looking_back: frozenset[str] = frozenset()
    """Phrases that place the story in an earlier academic year ("last spring", "vorig jaar")."""
    this_season: Mapping[str, Annotated[int, Field(ge=1, le=MONTHS_IN_A_YEAR)]] = Field(default_factory=dict)
    """Phrases for a season of this calendar year ("this spring"), each with a month in it: asked
    in the autumn, that month lies in the academic year before today's."""
    cues: Cues = Field(default_factory=Cues)
    months: tuple[tuple[str, ...], ...] = ()
    """The words students type for each month, January first: twelve lists, or none at all."""
    days_ago: Mapping[str, Annotated[int, Field(ge=0)]] = Field(default_factory=dict)
    """Whole answers that name a day by its distance from today ("yesterday": 1), as a course's
    start date is typed."""
    months_not_alone: frozenset[str] = frozenset()
    """Month words that are ordinary words too ("may"): a month only beside a day or a year."""

    @model_validator(mode="after")
    def _twelve_months(self) -> Lexicon:
        if self.months and (len(self.months) != MONTHS_IN_A_YEAR or not all(self.months)):
            raise ValueError(f"months: {MONTHS_IN_A_YEAR} lists of words, January first, none empty")
        return self


_WORD_CHARS = r"(?:[0-9a-z]|(?<=[0-9])\.(?=[0-9]))+"
_FOLDED = re.compile(rf"{_WORD_CHARS}(?: {_WORD_CHARS})*")
"""What `fold` returns: words of 0-9 a-z (a dot only between digits), one space apart. Such text
folds to itself, and half the texts folded are already folded (a sentence's words, read again)."""


@lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """Case, accents, quote marks and invisible characters folded away; words kept. Cached: one
    question is folded several times (reading, facts, matching), each time the same way."""
    if _FOLDED.fullmatch(text):
        return text
    if text.isascii():
        # Nothing to fold but case (most text): the Unicode passes would change nothing.
        text = _DECIMAL_COMMA.sub(".", text).lower().replace("`", "'")
    else:
        text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
        text = _QUOTES.sub(_straight, text)
        text = _DECIMAL_COMMA.sub(".", text)
        text = _NON_ASCII.sub(_uncombined, unicodedata.normalize("NFKD", text.casefold()))
    text = _WILL.sub(" will", _NON_WORD.sub(" ", text)).replace("'", "")
    text = _LONE_DOT.sub(" ", text)
    return " ".join(text.split())


def _straight(quote: re.Match[str]) -> str:
    return _STRAIGHT[quote[0]]


def _uncombined(run: re.Match[str]) -> str:
    """A run of characters outside ASCII less its combining marks (accents once decomposed)."""
    return "".join(ch for ch in run[0] if not unicodedata.combining(ch))


_GLUED_UNIT = re.compile(r"(?<![0-9a-z])(\d+(?:\.\d+)?)(ects|ecs|ec|credits|studiepunten)(?![0-9a-z])")
""" "3ec", "7.5ects": an amount and its unit typed without a space are two words."""


_RUN = re.compile(r"[0-9a-z]+")
_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")

_RECENT_TEXTS = 1024
"""How many texts' words are kept (then all are forgotten at once): bounded memory."""


class Normaliser:
    """Applies a lexicon: phrases first (longest first), then single words."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._phrase_targets = {fold(k): fold(v) for k, v in lexicon.phrases.items()}
        longest_first = sorted(self._phrase_targets, key=len, reverse=True)
        self._longest_first = longest_first
        self._phrases: re.Pattern[str] | None = None
        """All phrases as one regex, compiled only where `_phrases_at` cannot serve (a phrase
        that folds to nothing): compiling it was a sixtieth of a cold start, for every normaliser."""
        self._phrases_at: dict[str, list[str]] | None = {}
        """The phrases by their first run of letters and digits, longest first: only those can
        start where a word does (see `_with_phrases`). None if a phrase folds to nothing."""
        for phrase in longest_first:
            first = _RUN.match(phrase)
            if first is None or self._phrases_at is None:
                self._phrases_at = None
                continue
            self._phrases_at.setdefault(first[0], []).append(phrase)
        self._words = {fold(k): fold(v) for k, v in lexicon.words.items()}
        self._word_parts = {k: tuple(v.split()) for k, v in self._words.items()}
        """What each lexicon word becomes, already split: most words of a text are not in it."""
        self._stopwords = frozenset(fold(w) for w in lexicon.stopwords)
        self._question_words = frozenset(fold(w) for w in lexicon.question_words)
        self._recent: dict[str, tuple[str, ...]] = {}
        """Words of recent texts: one message is read several times (reading, facts, matching)."""

    @property
    def lexicon(self) -> Lexicon:
        return self._lexicon

    @property
    def stopwords(self) -> frozenset[str]:
        return self._stopwords

    def words(self, text: str) -> list[str]:
        """All canonical words of `text`, stopwords included (for fuzzy comparison)."""
        known = self._recent.get(text)
        if known is None:
            # Kept under the folded text too: the words depend on it alone (and it folds to
            # itself), and the reader, the facts and the matcher each read a sentence, some as
            # written and some folded ("Level 300?" and "level 300"): read once.
            folded = fold(text)
            known = self._recent.get(folded)
            if known is None:
                known = self._read(folded)
            if len(self._recent) >= _RECENT_TEXTS:
                self._recent.clear()
            self._recent[folded] = self._recent[text] = known
        return list(known)

    def _read(self, folded: str) -> tuple[str, ...]:
        folded = _GLUED_UNIT.sub(r"\1 \2", folded)
        if self._longest_first:
            folded = self._with_phrases(folded)
        parts = self._word_parts
        canonical: list[str] = []
        for word in folded.split():
            part = parts.get(word)
            if part is None:
                canonical.append(word)
            else:
                canonical += part
        return tuple(canonical)

    def forget_recent(self) -> None:
        """For the bench: a measured question starts as a new student's text would."""
        self._recent.clear()

    def calculated_words(self) -> frozenset[str]:
        """The words a calculator reads a student's situation from (when they started, what they
        hold, the months): once the verdict is computed they say nothing about other topics."""
        cues = self.lexicon.cues
        months = {self._words.get(w, w) for names in self.lexicon.months for w in names}
        return (
            cues.start
            | cues.time
            | cues.holding
            | cues.pending
            | cues.september
            | cues.february
            | months
            | {"ec"}
        )

    def content_words(self, text: str) -> list[str]:
        """Canonical words that carry meaning: stopwords removed, order kept."""
        return [w for w in self.words(text) if w not in self._stopwords]

    def is_question(self, text: str) -> bool:
        """Clearly a question: ends with a question mark or opens with a question word."""
        words = fold(text).split()
        return text.rstrip().endswith("?") or bool(words and words[0] in self._question_words)

    def _phrase_target(self, found: re.Match[str]) -> str:
        return self._phrase_targets[found[0]]

    def _with_phrases(self, folded: str) -> str:
        """`self._phrases.sub(...)` without trying every phrase at every position (a third of
        reading a long message): a phrase starts and ends with a letter or digit, and must not
        touch one on either side, so it can only start where a run of them does, and only a
        phrase whose first run is that run can match there; the longest that does is the one the
        regex's alternation (longest first) would take, and the search goes on after it."""
        if self._phrases_at is None:
            if self._phrases is None:
                alternation = "|".join(map(re.escape, self._longest_first))
                self._phrases = re.compile(rf"(?<![0-9a-z])(?:{alternation})(?![0-9a-z])")
            return self._phrases.sub(self._phrase_target, folded)
        parts: list[str] = []
        done = 0
        for run in _RUN.finditer(folded):
            start = run.start()
            if start < done:
                continue
            for phrase in self._phrases_at.get(run[0], ()):
                end = start + len(phrase)
                if folded.startswith(phrase, start) and (end == len(folded) or folded[end] not in _ALNUM):
                    parts += (folded[done:start], self._phrase_targets[phrase])
                    done = end
                    break
        return "".join(parts) + folded[done:] if parts else folded

    def text(self, text: str) -> str:
        """The canonical form used for fuzzy scoring."""
        return " ".join(self.content_words(text))


class Stemmer:
    """English Snowball stems, cached: 'petitions', 'petitioned' and 'petition' become one term.

    PyStemmer runs the Snowball algorithm in C: building the index stems every word of the knowledge
    base, which in pure Python was a sixth of the cold start.
    """

    def __init__(self, known: Mapping[str, str] | None = None) -> None:
        """`known`: stems already computed (`known()` of another), so they are not computed again."""
        self._stemmer = SnowballStemmer("english")
        self._cache: dict[str, str] = dict(known or {})

    def known(self) -> dict[str, str]:
        """Every stem computed so far, by word."""
        return dict(self._cache)

    def __call__(self, word: str) -> str:
        stem = self._cache.get(word)
        if stem is None:
            stem = word if word.replace(".", "").isdigit() else str(self._stemmer.stemWord(word))
            self._cache[word] = stem
        return stem
