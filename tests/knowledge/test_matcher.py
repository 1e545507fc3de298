"""The matcher's three outcomes on a small made-up knowledge base, independent of the real one."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel
from rapidfuzz import fuzz

from bot.answering.matcher import Matcher, Outcome, Ranked, _best_first, _token_set_ratios
from bot.content.normalise import Lexicon, Normaliser, fold


class Item(BaseModel):
    id: str
    title: str
    phrasings: tuple[str, ...]
    answer: str = ""


LEXICON = Lexicon(
    phrases={"credit points": "ec"},
    words={"ects": "ec", "petiton": "petition", "vak": "course"},
    stopwords=frozenset({"how", "do", "i", "a", "the", "for", "is", "what", "can"}),
    question_words=frozenset({"how", "what", "can"}),
)
ITEMS = [
    Item(id=id_, title=title, phrasings=phrasings)
    for id_, title, phrasings in (
        (
            "petition",
            "Filing a petition",
            ("how do i file a petition", "submit petition in usis", "petition for elective"),
        ),
        ("half", "Half credits", ("half credits rounded", "7.5 ec becomes 7", "does leiden accept half ec")),
        (
            "honours",
            "Honours courses",
            ("can an honours course be an elective", "honours course counts", "honours ec"),
        ),
        (
            "level-300",
            "Level 300 courses",
            ("level 300 course as elective", "advanced bachelor course elective", "300 level"),
        ),
        (
            "level-200",
            "Level 200 courses",
            ("level 200 course as elective", "introductory course elective", "200 level"),
        ),
    )
]
"""Five entries, two of them (levels 200 and 300) near each other: id, title, the ways students ask."""


def matcher() -> Matcher:
    return Matcher(ITEMS, Normaliser(LEXICON))


def test_fold_removes_case_accents_quotes_and_invisible_characters() -> None:
    assert fold("Élective\u200b ‘Course’!") == "elective course"
    assert fold("7.5 ECTS.") == "7.5 ects"
    assert fold("I DON`T know, 5,5") == fold("I don’t know, 5,5") == "i dont know 5.5"


def _fold_by_tables(text: str) -> str:
    """`fold` as it was written first, with translation tables: the regexes must fold alike."""
    invisible = dict.fromkeys(
        map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e")
    )
    quotes = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "´": "'", "`": "'"})
    text = unicodedata.normalize("NFKC", text).translate(invisible).translate(quotes)
    text = re.sub(r"(?<=\d),(?=\d)", ".", text)
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"(?<=[a-z])'ll(?![a-z])", " will", re.sub(r"[^0-9a-z'.]+", " ", text)).replace("'", "")
    return " ".join(re.sub(r"(?<![0-9])\.|\.(?![0-9])", " ", text).split())


@given(st.text(alphabet=st.sampled_from("aZé5,.' `´‘’“”\u200b\ufeffßÅ\u0301ﬁ①😀\n")))
def test_fold_is_the_table_fold(text: str) -> None:
    assert fold.__wrapped__(text) == _fold_by_tables(text)


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


def test_a_near_tie_in_one_area_is_answered_with_the_runner_up_as_related() -> None:
    match = matcher().match("level course elective")
    assert match.outcome is Outcome.ANSWER
    assert {r.entry_id for r in match.ranked} == {"level-300", "level-200"}


def _ranked(*scores: tuple[str, float]) -> tuple[Ranked, ...]:
    return tuple(Ranked(entry_id=entry, score=score) for entry, score in scores)


def test_a_near_tie_across_areas_asks_which_one_with_at_most_three_choices() -> None:
    tie = matcher().thresholds.tie
    ranked = _ranked(
        ("petition-a", 70.0),
        ("progress-b", 70.0 - tie / 3),
        ("elective-c", 70.0 - tie / 2),
        ("oos-d", 70.0 - tie),
    )
    match = matcher().decide(ranked)
    assert match.outcome is Outcome.SUGGEST
    assert [r.entry_id for r in match.ranked] == ["petition-a", "progress-b", "elective-c"]


def test_a_sure_best_is_answered_even_with_a_close_rival_of_another_area() -> None:
    match = matcher().decide(_ranked(("petition-a", 92.0), ("progress-b", 91.5)))
    assert match.outcome is Outcome.ANSWER


def test_a_low_best_that_stands_out_is_answered_and_a_low_flat_ranking_abstains() -> None:
    t = matcher().thresholds
    standing_out = _ranked(("circumstances-a", t.lead_floor + 1), ("petition-b", t.lead_floor - t.clear_lead))
    assert matcher().decide(standing_out).outcome is Outcome.ANSWER
    flat = _ranked(("circumstances-a", t.floor - 1), ("petition-b", t.floor - 2))
    assert matcher().decide(flat).outcome is Outcome.ABSTAIN


def test_related_answers_are_close_runners_up_only() -> None:
    t = matcher().thresholds
    ranked = _ranked(
        ("a-1", 90.0), ("a-2", 90.0 - t.related_spread + 1), ("a-3", 90.0 - t.related_spread - 1)
    )
    match = matcher().decide(ranked)
    assert [r.entry_id for r in match.ranked] == ["a-1", "a-2"]


def test_an_unrelated_question_is_not_answered() -> None:
    assert matcher().match("where can I find cheap housing in leiden").outcome is Outcome.ABSTAIN
    assert matcher().match("the for a").outcome is Outcome.ABSTAIN


def test_a_long_story_gets_the_lower_floor_and_a_short_question_does_not() -> None:
    t = matcher().thresholds
    between = _ranked(("circumstances-a", (t.long_floor + t.floor) / 2), ("petition-b", t.long_floor - 1))
    assert matcher().decide(between, words=t.long_words).outcome is Outcome.ANSWER
    assert matcher().decide(between, words=t.long_words - 1).outcome is Outcome.ABSTAIN


def test_an_entry_is_found_from_its_answer_when_a_sibling_has_the_phrasings() -> None:
    """A sibling with many phrasings sharing the topic's word must not drown the entry whose answer
    carries the student's distinguishing words (the leave-phrasings-out situation)."""
    siblings = [
        Item(
            id="assist-cap",
            title="Credits for assisting",
            phrasings=tuple(
                f"assisting a graduation project {w}" for w in ("ec", "credits", "max", "how much")
            ),
            answer="At most 2 EC for assisting another student's graduation project.",
        ),
        Item(
            id="assist-once",
            title="How often",
            phrasings=("placeholder one", "placeholder two", "placeholder three"),
            answer="A student can be the assisting party only once and the assisted party only once.",
        ),
    ]
    m = Matcher(siblings, Normaliser(LEXICON))
    assert m.rank("can i be the assisting party again, or only once")[0].entry_id == "assist-once"


def test_a_question_mostly_in_words_no_entry_uses_is_not_answered() -> None:
    """Its word "honours" matches an entry well enough to answer, but its topic is news to the index."""
    m = matcher()
    assert m.match("honours dormitory").outcome is Outcome.ABSTAIN
    assert m.match("honours course").outcome is Outcome.ANSWER
    unknown = (Ranked(entry_id="petition", score=95.0, known=m.thresholds.known_floor - 0.01),)
    assert m.decide(unknown).outcome is Outcome.ABSTAIN
    familiar = (Ranked(entry_id="petition", score=95.0, known=m.thresholds.known_floor),)
    assert m.decide(familiar).outcome is Outcome.ANSWER


def test_a_short_question_its_best_entry_covers_thinly_abstains_but_a_story_does_not() -> None:
    t = matcher().thresholds
    thin = (Ranked(entry_id="petition", score=t.thin_score - 1, coverage=t.thin_coverage - 0.01),)
    assert matcher().decide(thin, words=t.long_words - 1).outcome is Outcome.ABSTAIN
    assert matcher().decide(thin, words=t.long_words).outcome is Outcome.ANSWER
    covered = (Ranked(entry_id="petition", score=t.thin_score - 1, coverage=t.thin_coverage),)
    assert matcher().decide(covered, words=t.long_words - 1).outcome is Outcome.ANSWER


WORDS = st.lists(
    st.sampled_from(("ec", "petition", "course", "level", "300", "7.5", "a", "ab", "ba")), min_size=1
)


@given(WORDS, st.lists(WORDS, max_size=8))
def test_token_set_ratios_are_rapidfuzz_s_to_the_bit(query: list[str], texts: list[list[str]]) -> None:
    joined = [" ".join(words) for words in texts]
    sets = [frozenset(words) for words in texts]
    sorted_sets = [" ".join(sorted(words)) for words in sets]
    expected = [fuzz.token_set_ratio(" ".join(query), text) for text in joined]
    assert _token_set_ratios(" ".join(query), joined, sets, sorted_sets) == expected


def test_a_text_ranked_again_in_another_message_ranks_as_in_a_fresh_matcher() -> None:
    # Similarities already scored are kept per text and entry: reuse must change no score.
    warm = matcher()
    sentence = "can a honours vak count for my elective"
    messages = [
        (f"I did a 300 level course last year. {sentence}", (sentence,)),
        (sentence, ()),
        (f"my petiton was about half credits. {sentence}", (sentence,)),
    ]
    for message, focus in messages:
        assert warm.rank_message(message, focus) == matcher().rank_message(message, focus)


@given(st.lists(st.sampled_from((0.0, 0.25, 0.5, 0.5000000000000001, 1.0, 3.0))), st.integers(1, 9))
def test_best_first_is_the_sort_by_value_ties_in_order(values: list[float], n: int) -> None:
    expected = sorted(range(len(values)), key=values.__getitem__, reverse=True)[:n]
    assert _best_first(values, n) == expected
