"""The matcher's three outcomes on a small made-up knowledge base, independent of the real one."""

from __future__ import annotations

from pydantic import BaseModel

from bot.knowledge.matcher import Matcher, Outcome
from bot.knowledge.normalise import Lexicon, Normaliser, fold


class Item(BaseModel):
    id: str
    title: str
    phrasings: tuple[str, ...]


LEXICON = Lexicon(
    phrases={"credit points": "ec"},
    words={"ects": "ec", "petiton": "petition", "vak": "course"},
    stopwords=frozenset({"how", "do", "i", "a", "the", "for", "is", "what", "can"}),
    question_words=frozenset({"how", "what", "can"}),
)
ITEMS = [
    Item(
        id="petition",
        title="Filing a petition",
        phrasings=("how do i file a petition", "submit petition in usis", "petition for elective"),
    ),
    Item(
        id="half",
        title="Half credits",
        phrasings=("half credits rounded", "7.5 ec becomes 7", "does leiden accept half ec"),
    ),
    Item(
        id="honours",
        title="Honours courses",
        phrasings=("can an honours course be an elective", "honours course counts", "honours ec"),
    ),
    Item(
        id="level-300",
        title="Level 300 courses",
        phrasings=(
            "level 300 course as elective",
            "advanced bachelor course elective",
            "300 level",
        ),
    ),
    Item(
        id="level-200",
        title="Level 200 courses",
        phrasings=("level 200 course as elective", "introductory course elective", "200 level"),
    ),
]


def matcher() -> Matcher:
    return Matcher(ITEMS, Normaliser(LEXICON))


def test_fold_removes_case_accents_quotes_and_invisible_characters() -> None:
    assert fold("Élective\u200b ‘Course’!") == "elective course"
    assert fold("7.5 ECTS.") == "7.5 ects"


def test_normaliser_maps_synonyms_misspellings_and_drops_stopwords() -> None:
    n = Normaliser(LEXICON)
    assert n.text("How do I file a PETITON?") == "file petition"
    assert n.text("is this vak worth 6 credit points") == "this course worth 6 ec"
    assert n.is_question("can I?") and n.is_question("what now") and not n.is_question("7.5")


def test_a_close_question_is_answered_directly() -> None:
    match = matcher().match("how do I file a petiton")
    assert match.outcome is Outcome.ANSWER
    assert match.ranked[0].entry_id == "petition"


def test_a_misspelling_not_in_the_lexicon_is_read_as_the_closest_known_word() -> None:
    match = matcher().match("honuors course")
    assert match.ranked[0].entry_id == "honours"


def test_an_ambiguous_question_offers_at_most_three_choices() -> None:
    match = matcher().match("level course elective")
    assert match.outcome is Outcome.SUGGEST
    ids = [r.entry_id for r in match.ranked]
    assert set(ids) >= {"level-300", "level-200"}
    assert len(ids) <= 3


def test_an_unrelated_question_is_not_answered() -> None:
    assert matcher().match("where can I find cheap housing in leiden").outcome is Outcome.ABSTAIN
    assert matcher().match("the for a").outcome is Outcome.ABSTAIN
