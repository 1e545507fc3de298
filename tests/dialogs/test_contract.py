"""The dialog <-> code contract: renaming a step the code reads, or a choice value it understands,
in any dialog file is a `kb check` defect naming the file, the step and the function (never a
KeyError in a student's chat).

Each mutation renames one thing everywhere the dialog itself refers to it (ids, `next`, `goto`,
`when`/`unless`, `known`, `known_as`, `carry`), on a temporary copy of dialogs/, so the dialog stays
consistent in itself and only the contract with the code can catch it.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.app import check
from bot.content.loader import DEFAULT_DIALOGS_DIR, Defect, load_knowledge
from bot.dialogs.contract import contract_defects, uses
from bot.dialogs.loader import read_scripts
from bot.dialogs.registry import build_registry
from bot.dialogs.reminders import READS

SCRIPTS, _ = read_scripts(DEFAULT_DIALOGS_DIR)
REGISTRY = build_registry(load_knowledge())


@dataclass(frozen=True)
class Mutation:
    file: str
    step: str
    value: str | None
    """None: the step id is renamed; else this choice value of the step is."""
    readers: tuple[str, ...]
    """The names of the functions that read it, each of which the defect must name."""

    def __str__(self) -> str:
        return f"{self.file}:{self.step}" + (f"={self.value}" if self.value else "")


def _mutations() -> list[Mutation]:
    found: list[Mutation] = []
    for script in SCRIPTS.values():
        file = f"{script.id}.yaml"
        steps = {s.id: s for s in script.steps}
        readers: dict[str, set[str]] = {}
        valued: dict[str, set[str]] = {}
        for use in uses(script, REGISTRY, READS):
            for key in (use.contract.steps | use.contract.carried) & steps.keys():
                readers.setdefault(key, set()).add(use.name)
            for key in use.contract.values.keys() & steps.keys():
                valued.setdefault(key, set()).add(use.name)
        for key, names in sorted(readers.items()):
            found.append(Mutation(file, key, None, tuple(sorted(names))))
        for key, names in sorted(valued.items()):
            for choice in steps[key].choices:
                found.append(Mutation(file, key, choice.value, tuple(sorted(names))))
    return found


MUTATIONS = _mutations()


def _rename_step(data: dict[str, Any], old: str, new: str) -> None:
    for step in data["steps"]:
        if step["id"] == old:
            step["id"] = new
        if step.get("next") == old:
            step["next"] = new
        for choice in step.get("choices", []):
            if choice.get("next") == old:
                choice["next"] = new
        for action in step.get("actions", []):
            if action.get("do") == "goto" and action.get("target") == old:
                action["target"] = new
            if "carry" in action:
                action["carry"] = [new if key == old else key for key in action["carry"]]
        for condition in ("when", "unless"):
            if old in step.get(condition, {}):
                step[condition][new] = step[condition].pop(old)
        if "known" in step:
            step["known"] = step["known"].replace("{" + old + "}", "{" + new + "}")


def _rename_value(data: dict[str, Any], step_id: str, old: str, new: str) -> None:
    for step in data["steps"]:
        if step["id"] == step_id:
            for choice in step["choices"]:
                if choice["value"] == old:
                    choice["value"] = new
            known_as = step.get("known_as", {})
            for text, value in known_as.items():
                if value == old:
                    known_as[text] = new
        for condition in ("when", "unless"):
            values = step.get(condition, {}).get(step_id)
            if values is not None:
                step[condition][step_id] = [new if v == old else v for v in values]


def _mutated_dialogs(tmp_path: Path, mutation: Mutation) -> Path:
    dialogs = tmp_path / "dialogs"
    shutil.copytree(DEFAULT_DIALOGS_DIR, dialogs)
    path = dialogs / mutation.file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if mutation.value is None:
        _rename_step(data, mutation.step, mutation.step + "_x")
    else:
        _rename_value(data, mutation.step, mutation.value, mutation.value + "_x")
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return dialogs


def _errors(defects: list[Defect], file: str) -> list[Defect]:
    return [d for d in defects if not d.warning and d.file == f"dialogs/{file}"]


def test_every_dialog_file_has_steps_the_code_reads() -> None:
    assert {m.file for m in MUTATIONS if m.value is None} == {f"{s}.yaml" for s in SCRIPTS}
    assert {m.file for m in MUTATIONS if m.value is not None} == {f"{s}.yaml" for s in SCRIPTS}


def test_the_dialogs_keep_the_contract() -> None:
    assert contract_defects(SCRIPTS, REGISTRY, READS) == []


@pytest.mark.parametrize("mutation", MUTATIONS, ids=str)
def test_a_renamed_step_or_value_fails_kb_check_naming_file_step_and_function(
    tmp_path: Path, mutation: Mutation
) -> None:
    defects = _errors(check(dialogs_dir=_mutated_dialogs(tmp_path, mutation)), mutation.file)
    for name in mutation.readers:  # the old value the code expects, or the new one it can't read
        if mutation.value is None:
            named = [d for d in defects if repr(name) in d.problem and repr(mutation.step) in d.problem]
        else:
            named = [
                d
                for d in defects
                if d.entry == mutation.step and repr(name) in d.problem and mutation.value in d.problem
            ]
        assert named, f"{mutation}: no defect names {name!r}: {[str(d) for d in defects]}"


@pytest.mark.parametrize(
    ("file", "written", "edited", "named"),
    [
        (
            "electives.yaml",
            "effect: ledger_remove",
            "effect: ledger_erase",
            ("remove_confirm", "unknown effect 'ledger_erase'"),
        ),
        (
            "progress.yaml",
            "topic: progress-check-date",
            "topic: progress-chek",
            ("topic", "names unknown entry 'progress-chek'"),
        ),
        (
            "progress.yaml",
            'I have {ec_obtained} EC."',
            'I have {ec_held} EC."',
            ("said_as", "names unknown step 'ec_held'"),
        ),
    ],
)
def test_an_unknown_effect_or_topic_is_named_with_file_and_step(
    tmp_path: Path, file: str, written: str, edited: str, named: tuple[str, str]
) -> None:
    dialogs = tmp_path / "dialogs"
    shutil.copytree(DEFAULT_DIALOGS_DIR, dialogs)
    path = dialogs / file
    path.write_text(path.read_text(encoding="utf-8").replace(written, edited), encoding="utf-8")
    defects = _errors(check(dialogs_dir=dialogs), file)
    assert [(d.entry, d.problem) for d in defects] == [named]


def test_a_renamed_step_in_a_running_chat_is_caught_before_it(tmp_path: Path) -> None:
    """`python -m bot chat` assembles the same way: it refuses to start rather than crash later."""
    from bot.app import assemble
    from bot.dialogs.loader import DialogError

    provider = next(m for m in MUTATIONS if m.file == "course.yaml" and m.step == "provider" and not m.value)
    with pytest.raises(DialogError, match="course_verdict"):
        assemble(dialogs_dir=_mutated_dialogs(tmp_path, provider))


def test_an_answer_carried_into_another_dialog_is_held_there_too(tmp_path: Path) -> None:
    """The petition reads the course's name (and fills its `known` kind from the provider) when
    the course dialog hands them over: renamed there, the petition names what it misses."""
    for step in ("name", "provider"):
        renamed = next(m for m in MUTATIONS if m.file == "course.yaml" and m.step == step and not m.value)
        defects = _errors(check(dialogs_dir=_mutated_dialogs(tmp_path / step, renamed)), "petition.yaml")
        problems = {(d.entry, d.problem) for d in defects}
        if step == "name":
            assert (
                "usis_6",
                "computation 'petition_steps_6_to_9' reads 'name', which no dialog carries into this one",
            ) in problems
            assert (
                "explanation",
                "computation 'explanation_text' reads 'name', which no dialog carries into this one",
            ) in problems
        else:
            # The kind, the upgrade question and a Leiden course's level all read the provider.
            assert problems == {
                (step, "`known` names 'provider': no step here, none carried in")
                for step in ("kind", "as_upgrade", "detail_level")
            }
