"""Top-1 accuracy on golden questions written apart from the entries' phrasings; fails below 90 %."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.app import Assembly
from bot.knowledge.ask import AnswerKind
from bot.knowledge.yamlfile import read_yaml

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "data"
TODAY = date(2026, 11, 25)
REQUIRED_ACCURACY = 0.90


def golden_sets() -> dict[str, list[dict[str, str]]]:
    sets: dict[str, list[dict[str, str]]] = {}
    for path in sorted(GOLDEN_DIR.glob("golden*.yaml")):
        raw = read_yaml(path)
        assert isinstance(raw, dict)
        sets[path.name] = raw["cases"]
    return sets


def golden_cases() -> list[dict[str, str]]:
    return [case for cases in golden_sets().values() for case in cases]


def _verdict(assembly: Assembly, question: str, expect: str) -> tuple[bool, str]:
    answer = assembly.asker.ask(question, TODAY)
    entries = assembly.kb.by_id
    if expect == "computed":
        return answer.kind is AnswerKind.COMPUTED, answer.kind.value
    if expect == "abstain":
        honest = answer.kind is AnswerKind.ABSTAIN or (
            answer.entry is not None and entries[answer.entry].kind == "out_of_scope"
        )
        return honest, f"{answer.kind.value}:{answer.entry}"
    got = (
        answer.entry
        if answer.kind is AnswerKind.ANSWER
        else f"{answer.kind.value}{[c.entry for c in answer.choices]}"
    )
    return answer.kind is AnswerKind.ANSWER and answer.entry == expect, str(got)


def test_golden_set_is_large_and_names_real_entries(assembly: Assembly) -> None:
    cases = golden_cases()
    assert len(cases) >= 150
    known = set(assembly.kb.by_id) | {"computed", "abstain"}
    assert not [c["expect"] for c in cases if c["expect"] not in known]
    phrasings = {p.casefold() for e in assembly.kb.entries for p in e.phrasings}
    copied = [c["question"] for c in cases if c["question"].casefold() in phrasings]
    assert len(copied) <= len(cases) // 20, f"too many golden questions copy a phrasing: {copied}"


def test_top1_accuracy_is_at_least_90_percent(assembly: Assembly) -> None:
    cases = golden_cases()
    misses: list[str] = []
    for name, in_set in golden_sets().items():
        missed = 0
        for case in in_set:
            ok, got = _verdict(assembly, case["question"], case["expect"])
            if not ok:
                missed += 1
                misses.append(f"{case['question']!r}: expected {case['expect']}, got {got}")
        print(f"\n{name}: {len(in_set) - missed}/{len(in_set)} right", end="")
    accuracy = 1 - len(misses) / len(cases)
    print(f"\ngolden set: {len(cases) - len(misses)}/{len(cases)} right, top-1 accuracy {accuracy:.1%}")
    for miss in misses:
        print("  miss:", miss)
    assert accuracy >= REQUIRED_ACCURACY, "\n".join(misses)
