"""Load the dialog scripts and name every defect: a dangling step, an unknown name, a bad quote."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from bot.citation import Citation
from bot.content.yamlfile import DataFileError, read_yaml
from bot.dialogs.script import Script

_FIELD = re.compile(r"\{(\w+)\}")
"""A step named in a `said_as` template."""


@dataclass(frozen=True)
class ScriptDefect:
    file: str
    step: str | None
    problem: str


class DialogError(ValueError):
    def __init__(self, defects: list[ScriptDefect]) -> None:
        self.defects = defects
        super().__init__("\n".join(f"{d.file}: {d.step or '-'}: {d.problem}" for d in defects))


def read_scripts(dialogs_dir: Path) -> tuple[dict[str, Script], list[ScriptDefect]]:
    """Every script that parses, and the defects of those that don't."""
    scripts: dict[str, Script] = {}
    defects: list[ScriptDefect] = []
    for path in sorted(dialogs_dir.glob("*.yaml")):
        name = f"dialogs/{path.name}"
        try:
            script = Script.model_validate(read_yaml(path))
        except DataFileError as exc:
            defects.append(ScriptDefect(name, None, str(exc).removeprefix(f"{path}: ")))
            continue
        except ValidationError as exc:
            defects += [ScriptDefect(name, _step_of(err["loc"]), err["msg"]) for err in exc.errors()]
            continue
        if script.id != path.stem:
            defects.append(ScriptDefect(name, None, f"id {script.id!r} differs from the file name"))
        scripts[script.id] = script
    return scripts, defects


def _step_of(loc: tuple[int | str, ...]) -> str | None:
    return ".".join(str(p) for p in loc) or None


def script_defects(
    scripts: Mapping[str, Script],
    validators: Collection[str],
    computations: Collection[str],
    entry_ids: Collection[str],
    effects: Collection[str] = (),
) -> Iterator[ScriptDefect]:
    """References a script makes that lead nowhere."""
    for script in scripts.values():
        name = f"dialogs/{script.id}.yaml"
        ids = [s.id for s in script.steps]
        for step_id in {i for i in ids if ids.count(i) > 1}:
            yield ScriptDefect(name, step_id, "duplicate step id")
        known = set(ids)
        if script.topic is not None and script.topic not in entry_ids:
            yield ScriptDefect(name, "topic", f"names unknown entry {script.topic!r}")
        for said in script.said_as:
            for field in sorted(set(_FIELD.findall(said)) - known):
                yield ScriptDefect(name, "said_as", f"names unknown step {field!r}")
        for step in script.steps:
            targets = [step.next, *(c.next for c in step.choices)]
            targets += [a.target for a in step.actions if a.do == "goto"]
            for target in targets:
                if target is not None and target not in known:
                    yield ScriptDefect(name, step.id, f"goes to unknown step {target!r}")
            if step.validate_with and step.validate_with not in validators:
                yield ScriptDefect(name, step.id, f"unknown validator {step.validate_with!r}")
            for computed in (step.compute, step.choices_from):
                if computed and computed not in computations:
                    yield ScriptDefect(name, step.id, f"unknown computation {computed!r}")
            if step.group is not None and step.group not in script.groups:
                yield ScriptDefect(name, step.id, f"group {step.group!r} has no label in `groups`")
            for key in (*step.when, *step.unless, *step.unless_future):
                if key not in known:
                    yield ScriptDefect(name, step.id, f"`when` names unknown step {key!r}")
            for action in step.actions:
                if action.do == "start" and action.target not in scripts:
                    yield ScriptDefect(name, step.id, f"starts unknown dialog {action.target!r}")
                if action.do == "effect" and action.effect not in effects:
                    yield ScriptDefect(name, step.id, f"unknown effect {action.effect!r}")
                if action.do == "effect" and action.target is not None and action.target not in scripts:
                    yield ScriptDefect(name, step.id, f"starts unknown dialog {action.target!r}")
                if action.do == "entry" and action.target not in entry_ids:
                    yield ScriptDefect(name, step.id, f"shows unknown entry {action.target!r}")


def script_citations(scripts: Mapping[str, Script]) -> Iterator[tuple[str, str, Citation]]:
    """(file, step, citation) of every quote a script shows, to prove against the sources."""
    for script in scripts.values():
        for step in script.steps:
            if step.cite is not None:
                yield f"dialogs/{script.id}.yaml", step.id, step.cite


def script_texts(scripts: Mapping[str, Script]) -> Iterator[tuple[str, str, str]]:
    """(file, step, text) of everything a script shows, to check web addresses."""
    for script in scripts.values():
        for step in script.steps:
            yield f"dialogs/{script.id}.yaml", step.id, step.prompt
