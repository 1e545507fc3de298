"""`python -m bot ask` and `kb check` as a student or coordinator runs them, bad input included."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"


def run(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=60,
        check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )


def test_ask_prints_the_answer_with_its_quote() -> None:
    done = run(
        "ask", "--today", "2026-11-25", "can", "i", "take", "an", "honours", "course", "as", "elective"
    )
    out = done.stdout.decode()
    assert done.returncode == 0
    assert "cannot be used as electives" in out
    assert "From the page: “" in out


def test_ask_json_has_answer_entry_score_and_citations() -> None:
    done = run("ask", "--json", "--today", "2026-11-25", "how do I file a petition for an elective")
    data = json.loads(done.stdout)
    assert data["entry"] == "petition-overview"
    assert data["score"] > 0
    assert data["citations"][0]["source"] == "electives"
    assert "uSis" in data["answer"]


def test_ask_dash_answers_every_line_in_order_even_bad_ones() -> None:
    lines = [
        "I have 22 EC and started in September, am I on track?",
        "",
        "x" * 10_000,
        "😀😀😀",
        "12345",
        "where can I buy a bike",
    ]
    stdin = "\n".join(lines).encode() + b"\n\xff\xfe binary \x00\n"
    done = run("ask", "--today", "2026-11-25", "-", stdin=stdin)
    assert done.returncode == 0, done.stderr.decode()
    objects = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(objects) == len(lines) + 1
    assert objects[0]["kind"] == "computed" and "30 EC in all: 8 EC more" in objects[0]["answer"]
    assert objects[1]["kind"] == "invalid" and "Type a question" in objects[1]["answer"]
    assert objects[2]["kind"] == "invalid" and "too long" in objects[2]["answer"]
    assert objects[3]["kind"] == "invalid" and "couldn't find any words" in objects[3]["answer"]
    assert objects[4]["kind"] == "invalid" and "only numbers" in objects[4]["answer"]
    assert objects[5]["kind"] in ("abstain", "suggest", "answer")
    assert all("Traceback" not in o["answer"] for o in objects)
    assert b"Traceback" not in done.stderr


def test_kb_check_passes_and_proves_quotes_against_the_pages() -> None:
    if not SEEDS.is_dir():
        pytest.skip("the official pages are not beside the project")
    done = run("kb", "check", "--sources", str(SEEDS))
    assert done.returncode == 0, done.stderr.decode()
    assert "kb check: OK" in done.stdout.decode()


def _copy_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    for part in ("bot", "knowledge", "dialogs"):
        shutil.copytree(ROOT / part, project / part)
    return project


def _kb_check(project: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """`python -m bot kb check` run in a copy of the project, as a coordinator would run it."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "kb", "check", *args],
        cwd=project,
        capture_output=True,
        timeout=60,
        check=False,
        env={"PYTHONPATH": str(project), "PATH": "/usr/bin:/bin"},
    )


def test_kb_check_names_every_defect_with_file_and_entry(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    entries = project / "knowledge" / "entries" / "electives.yaml"
    text = entries.read_text(encoding="utf-8")
    text = text.replace(
        '    citation: {source: electives, quote: "Students are encouraged',
        '    notes: {source: electives, quote: "Students are encouraged',
        1,
    )
    text = text.replace(
        "related: [elective-level-100-200, elective-master-level, ledger-caps, petition-rejected]",
        "related: [elective-level-100-200, no-such-entry, ledger-caps, petition-rejected]",
        1,
    )
    text += (
        "  - id: elective-half-credits\n    title: Duplicate\n    phrasings: [a one, b two, c three]\n"
        '    answer: x\n    citation: {source: electives, quote: "Motivation"}\n'
    )
    entries.write_text(text, encoding="utf-8")
    (project / "knowledge" / "entries" / "broken.yaml").write_bytes(b"entries:\n  - id: [unclosed\n")
    done = _kb_check(project)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "knowledge/entries/electives.yaml: elective-honours-courses: notes: Extra inputs" in err
    assert "related entry 'no-such-entry' does not exist" in err
    assert "elective-half-credits: duplicate id" in err
    assert "knowledge/entries/broken.yaml" in err
    assert "Traceback" not in err


def test_kb_check_finds_a_quote_that_is_not_on_the_page(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip("the official pages are not beside the project")
    project = _copy_project(tmp_path)
    path = project / "knowledge" / "parameters.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("level 400 and higher.", "level 300 and higher.", 1)
    )
    done = _kb_check(project, "--sources", str(SEEDS))
    assert done.returncode == 1
    assert (
        "knowledge/parameters.yaml: master_level: quote not found in source 'electives'"
        in done.stderr.decode()
    )


def test_kb_check_with_a_missing_sources_folder_says_so() -> None:
    done = run("kb", "check", "--sources", "/no/such/folder")
    assert done.returncode == 2
    assert "is not a folder" in done.stderr.decode()


def test_kb_check_lists_each_silence_once_with_what_answers_it() -> None:
    done = run("kb", "check")
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr.decode()
    assert "Where the pages are silent" in out
    assert "What a February starter needs after the first period" in out
    assert "[entry:petition-rejected]" in out


def test_kb_check_finds_a_silence_handled_by_nothing(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    path = project / "knowledge" / "silences.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("entry:petition-rejected", "entry:nope", 1))
    done = _kb_check(project)
    assert done.returncode == 1
    assert (
        "knowledge/silences.yaml" in done.stderr.decode()
        and "'entry:nope' does not exist" in done.stderr.decode()
    )


def test_kb_check_names_an_empty_calculator_cue_list(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    path = project / "knowledge" / "lexicon.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  artscience: [artscience, kabk]", "  artscience: []", 1), encoding="utf-8")
    done = _kb_check(project)
    assert done.returncode == 1
    assert "knowledge/lexicon.yaml: cues.artscience: is empty" in done.stderr.decode()


def test_kb_check_names_a_phrasing_two_entries_share(tmp_path: Path) -> None:
    """Near-identical phrasings in two entries: only one of them could ever be found."""
    from bot.app import check

    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    path = knowledge / "entries" / "electives.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "      - does leiden accept half credits\n",
            "      - does leiden accept half credits\n      - can i use an honours course as electives\n",
            1,
        ),
        encoding="utf-8",
    )
    found = [(d.entry, d.problem) for d in check(knowledge_dir=knowledge) if "collides" in d.problem]
    assert found == [
        (
            "elective-half-credits",
            "phrasing 'use honours elective' collides with entry 'elective-honours-courses'",
        )
    ]


@pytest.mark.parametrize(
    ("written", "edited", "field", "named"),
    [
        (
            "deadline: circumstances_deadline",
            "deadline: 1 july",
            "deadline",
            "deadline '1 july' is not a yearly date"
            " (circumstances_deadline, correction_deadline, decision_by, progress_check)",
        ),
        (
            "if_missed: circumstances-deadline",
            "if_missed: nope",
            "if_missed",
            "if_missed 'nope': no such entry, or no deadline",
        ),
    ],
)
def test_kb_check_names_an_entry_date_field_that_leads_nowhere(
    tmp_path: Path, written: str, edited: str, field: str, named: str
) -> None:
    """An entry's `deadline:` that is no yearly date, or an `if_missed:` entry that does not exist."""
    from bot.app import check

    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    path = knowledge / "entries" / "circumstances.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(written, edited, 1), encoding="utf-8")
    found = [(d.entry, d.problem) for d in check(knowledge_dir=knowledge) if field in d.problem]
    assert found == [("circumstances-overview", named)]


def test_kb_check_names_a_detail_answered_by_an_entry_that_does_not_exist(tmp_path: Path) -> None:
    from bot.app import check

    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    path = knowledge / "details.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("      - petition-after-submit\n", "      - petition-afer-submit\n", 1), encoding="utf-8"
    )
    found = [
        (d.file, d.entry, d.problem) for d in check(knowledge_dir=knowledge) if "answered_by" in d.problem
    ]
    assert found == [
        (
            "knowledge/details.yaml",
            "duration",
            "answered_by names entry 'petition-afer-submit', which does not exist",
        )
    ]


def test_kb_check_names_a_detail_note_without_who(tmp_path: Path) -> None:
    from bot.app import check

    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    path = knowledge / "details.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("if it matters, ask {who}", "if it matters, ask someone", 1), encoding="utf-8"
    )
    found = [d for d in check(knowledge_dir=knowledge) if d.file == "knowledge/details.yaml"]
    assert len(found) == 1 and "must name {who}" in found[0].problem
