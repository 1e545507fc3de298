"""Typed words at a choice step matched to the step's buttons, so "family problems" or a whole
sentence about being ill picks the button a student would have tapped.

A choice matches when every word of its label, or of one of its synonyms, is in the text (short
words exactly, longer ones allowing a typo). The longest such phrase wins; a tie between two
choices picks nothing, and the step asks again with its buttons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from bot.content.normalise import fold
from bot.dialogs.script import ChoiceSpec

TYPO_FROM = 5
"""Words this long may be misspelt a little ("ilness"); shorter ones ("no", "lab") must be exact."""
TYPO_SCORE = 80.0
TYPO_LENGTH = 2
"""A typo adds or drops a letter or two: a longer word holding this one ("premaster" for "master")
is another word, and picks nothing."""
WHOLE_SCORE = 90.0
"""A whole label typed with a typo or two ("Educatonal") still picks it."""
ALONE_ONLY = frozenset({"yes", "no", "not", "ok", "okay", "yeah", "nope", "sure"})
"""Answer words that pick a button only in a short reply, never from inside a sentence."""
_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _has(typed: Sequence[str], word: str) -> bool:
    if len(word) < TYPO_FROM:
        return word in typed
    return any(
        w == word
        or (
            fuzz.ratio(word, w) >= TYPO_SCORE
            and abs(len(w) - len(word)) <= TYPO_LENGTH
            and not _another_word(w, word)
        )
        for w in typed
        if len(w) >= TYPO_FROM - 1
    )


def _another_word(typed: str, word: str) -> bool:
    """A typed word that is `word` with letters before it ("mother" for "other", "premaster" for
    "master") is another word, not a typo of it; letters after it are an ending ("illnesses")."""
    return len(typed) > len(word) and typed.endswith(word)


def _reach(typed: Sequence[str], choice: ChoiceSpec, size: int) -> int:
    """How many words of the choice's best-matching phrase the text holds in full (0: none);
    `size`: how many words the student typed."""
    best = 0
    for phrase in (choice.label, *choice.synonyms):
        needed = words(phrase)
        if not needed or not all(_has(typed, w) for w in needed):
            continue
        if set(needed) <= ALONE_ONLY and size > len(needed) + 1:
            continue  # "no" alone is an answer; "I have no idea" is not
        best = max(best, len(needed))
    return best


def match_choice(
    text: str, choices: Sequence[ChoiceSpec], canonical: Sequence[str] = ()
) -> ChoiceSpec | None:
    """The one choice the text names, or None when it names none or two equally well.

    `canonical`: the lexicon's words for the text ("my mother" -> "family"), read beside the text's
    own, so the words students use for a thing pick the option named by the page's word."""
    folded = " ".join(words(text))
    if not folded:
        return None
    whole = [c for c in choices if fuzz.ratio(folded, " ".join(words(c.label))) >= WHOLE_SCORE]
    if len(whole) == 1:
        return whole[0]
    own = folded.split()
    typed = own + [w for w in canonical if w not in own]
    reach = [(_reach(typed, c, len(own)), c) for c in choices]
    top = max((r for r, _ in reach), default=0)
    winners = [c for r, c in reach if r == top]
    return winners[0] if top > 0 and len(winners) == 1 else None
