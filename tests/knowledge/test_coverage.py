"""`kb check --sources` lists the page sentences no entry cites or paraphrases, and only those."""

from __future__ import annotations

from pathlib import Path

from bot.app import Assembly
from bot.content.coverage import page_sentences, uncovered_sentences


def test_short_lines_are_not_sentences_and_bullets_lose_their_mark() -> None:
    page = (
        "Login onto uSis\n\n  • Elective courses must be at master level, always and everywhere.\nClick save."
    )
    assert page_sentences(page) == ["Elective courses must be at master level, always and everywhere."]


def test_a_cited_or_paraphrased_sentence_is_covered_and_a_new_rule_is_reported(
    assembly: Assembly, tmp_path: Path
) -> None:
    kb = assembly.kb
    source = kb.sources[0]
    cited = "Electives are a great way to explore the field, and the page says so at length."
    paraphrased = "A course with 7.5 EC is registered in uSis as 7 EC, since half credits are not counted."
    new_rule = "Students who juggle with three flaming torches during lectures receive a bonus of 5 EC."
    (tmp_path / source.file).write_text(f"{cited}\n{paraphrased}\n{new_rule}\n", encoding="utf-8")
    defects = uncovered_sentences(kb, tmp_path, ["explore the field, and the page"], kb.normaliser())
    reported = [d.problem for d in defects]
    assert len(reported) == 1 and "flaming torches" in reported[0]
    assert defects[0].warning and source.file in defects[0].file
