"""Rule cases as data (OpenFisca style): each YAML case names a function, its input and what to expect.

Anyone can add a case to tests/rules/cases/*.yaml without reading Python.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.presenting import verdicts
from bot.rules.circumstances import CircumstanceCase, appeal_deadline, guide_circumstances
from bot.rules.electives import Course, ElectiveRecord, assess_course
from bot.rules.petition import ExplanationDraft, PetitionKind, check_explanation, petition_path
from bot.rules.progress import ProgressSituation, assess_progress
from bot.rules.projects import Project, assess_being_assisted, assess_project
from bot.rules.rulebook import Finding, Phrase, Rulebook
from tests.knowledge_base import BOOK, MESSAGES

CASES_DIR = Path(__file__).parent / "cases"


def _load() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            case["file"] = path.name
            cases.append(case)
    return cases


CASES = _load()


def _record(raw: dict[str, Any] | None) -> ElectiveRecord:
    return ElectiveRecord.model_validate(raw or {})


def _run(book: Rulebook, case: dict[str, Any]) -> Any:
    today = case.get("today", date(2026, 11, 25))
    given = case["input"]
    runners: dict[str, Callable[[], Any]] = {
        "course": lambda: assess_course(
            book, Course.model_validate(given["course"]), _record(given.get("record")), today
        ),
        "project": lambda: assess_project(
            book, Project.model_validate(given["project"]), _record(given.get("record"))
        ),
        "being_assisted": lambda: assess_being_assisted(book, _record(given.get("record"))),
        "progress": lambda: assess_progress(book, ProgressSituation.model_validate(given), today),
        "circumstances": lambda: guide_circumstances(book, CircumstanceCase.model_validate(given), today),
        "appeal": lambda: appeal_deadline(book, given["decision_date"], today),
        "petition_path": lambda: petition_path(book, PetitionKind(given["kind"])),
        "explanation": lambda: check_explanation(book, ExplanationDraft.model_validate(given), today),
    }
    return runners[case["function"]]()


def _findings(result: Any) -> list[Finding]:
    found: list[Finding] = []
    for name in ("findings", "steps"):
        found.extend(getattr(result, name, ()))
    found.extend(a.finding for a in getattr(result, "actions", ()))
    return found


def _same(actual: Any, expected: Any) -> bool:
    if isinstance(actual, tuple) and all(isinstance(p, Phrase) for p in actual):
        actual = tuple(verdicts.said(MESSAGES, p) for p in actual)  # what the student would read
    if isinstance(actual, Decimal) or isinstance(expected, float):
        return actual is not None and Decimal(str(actual)) == Decimal(str(expected))
    if hasattr(actual, "value"):
        return bool(actual.value == expected)
    if isinstance(actual, tuple):
        return list(actual) == list(expected)
    return bool(actual == expected)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['file']}:{c['name']}" for c in CASES])
def test_rule_case(case: dict[str, Any]) -> None:
    result = _run(BOOK, case)
    expect: dict[str, Any] = case["expect"]
    clauses = [f.clause for f in _findings(result)]
    for key, wanted in expect.items():
        if key == "clauses":
            missing = [c for c in wanted if c not in clauses]
            assert not missing, f"clauses {missing} not among {clauses}"
        elif key == "not_clauses":
            present = [c for c in wanted if c in clauses]
            assert not present, f"clauses {present} should not decide here"
        elif key == "errors":
            assert sorted(e.field for e in result.errors) == sorted(wanted)
        elif key == "text_contains":
            text = verdicts.explanation_text(result, MESSAGES)
            assert text is not None
            for piece in wanted:
                assert piece in text
        elif key == "dates":
            assert [a.finding.clause for a in result.actions] == wanted
        elif key == "steps":
            assert [p.clause for p in result.next_steps] == wanted
        elif key == "says":
            texts = " ".join(verdicts.said(MESSAGES, f) for f in _findings(result))
            for piece in wanted:
                assert piece in texts, f"{piece!r} not in {texts!r}"
        else:
            actual = getattr(result, key)
            assert _same(actual, wanted), f"{key}: got {actual!r}, expected {wanted!r}"


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 80
