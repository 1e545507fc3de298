"""Month words are content: the lexicon's `months:` decide which typed dates are read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.answering.dates import DateReader
from bot.answering.facts import read_facts
from bot.content.loader import inspect_knowledge, load_knowledge
from bot.content.normalise import Lexicon, Normaliser

TODAY = date(2026, 11, 25)
KB = load_knowledge()


def test_the_lexicon_months_read_english_short_and_dutch_words() -> None:
    reader = DateReader(KB.lexicon.months)
    assert reader.parse("3 maart 2027", TODAY) == date(2027, 3, 3)
    assert reader.parse("Feb 1 2027", TODAY) == date(2027, 2, 1)
    assert reader.parse("1 feb", TODAY) == date(2027, 2, 1)  # the nearest 1 February
    assert reader.month_year("September 2025") == date(2025, 9, 1)
    assert reader.parse("3 brumaire 2027", TODAY) is None


def test_a_month_word_added_to_the_lexicon_is_read_without_code() -> None:
    months = [list(words) for words in KB.lexicon.months]
    months[2].append("mars")
    lexicon = KB.lexicon.model_copy(update={"months": tuple(tuple(m) for m in months)})
    facts = read_facts("I started on 3 mars 2026 with 20 EC", Normaliser(lexicon), TODAY)
    assert facts.dates == (date(2026, 3, 3),)
    assert read_facts("I started on 3 mars 2026", KB.normaliser(), TODAY).dates == ()


def test_may_alone_is_a_word_but_with_a_day_a_month() -> None:
    assert read_facts("may I take a level 300 course in may?", KB.normaliser(), TODAY).months == ()
    assert read_facts("the decision was dated 3 may", KB.normaliser(), TODAY).dates == (date(2026, 5, 3),)


def test_eleven_months_are_a_defect_named_in_the_lexicon(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="12 lists"):
        Lexicon(months=(("january",),) * 11)
    source = Path(__file__).resolve().parents[2] / "knowledge"
    copy = tmp_path / "knowledge"
    copy.mkdir()
    for item in source.rglob("*"):
        target = copy / item.relative_to(source)
        if item.is_dir():
            target.mkdir(exist_ok=True)
        else:
            target.write_bytes(item.read_bytes())
    text = (copy / "lexicon.yaml").read_text(encoding="utf-8").replace("  - [december, dec]\n", "")
    (copy / "lexicon.yaml").write_text(text, encoding="utf-8")
    defects = inspect_knowledge(copy).defects
    assert any("lexicon.yaml" in str(d) and "12 lists" in str(d) for d in defects), defects


def test_a_hyphenated_mid_month_is_the_questions_today() -> None:
    """ "It's mid-June 2027" was no stated today, so a February 2027 start looked ahead and its EC
    were judged from November, 279 days before the check."""
    facts = read_facts(
        "Hi, it's mid-June 2027. I started in February 2027 and have 10 EC.", KB.normaliser(), TODAY
    )
    assert facts.stated_today == date(2027, 6, 15)
