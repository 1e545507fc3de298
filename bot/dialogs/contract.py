"""Hold every dialog to what the code it names reads: step ids and choice values.

A validator, computation or effect declares its `Contract` where it is registered. A dialog that
names it must ask each step it reads (or have it carried in from another dialog, when it says so),
and a choice it reads must offer exactly the values it understands (besides those it declares as
never leading to it). Renaming a step or a value in `dialogs/*.yaml` is then a `kb check` defect
naming the file, the step and the function, not a KeyError in a student's chat.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from string import Formatter

from bot.dialogs.engine import Contract, Registry
from bot.dialogs.loader import ScriptDefect
from bot.dialogs.script import Script, StepSpec


@dataclass(frozen=True)
class Use:
    """One step of a dialog naming one function: `kind` is validator, computation, effect or reminder."""

    step: str
    kind: str
    name: str
    contract: Contract


def uses(script: Script, registry: Registry, reminders: Mapping[str, Contract]) -> Iterator[Use]:
    """Every function the script names, with its contract (unknown names are the loader's defects)."""
    for step in script.steps:
        validator = step.validate_with
        if validator is not None and validator in registry.validators:
            yield Use(step.id, "validator", validator, registry.validators[validator].contract)
        for computed in (step.compute, step.choices_from):
            if computed is not None and computed in registry.computations:
                yield Use(step.id, "computation", computed, registry.computations[computed].contract)
        for action in step.actions:
            if action.effect is not None and action.effect in registry.effects:
                yield Use(step.id, "effect", action.effect, registry.effects[action.effect].contract)
        if step.remind is not None and step.remind in reminders:
            yield Use(step.id, "reminder", step.remind, reminders[step.remind])


def _file(script: Script) -> str:
    return f"dialogs/{script.id}.yaml"


def _carried_into(scripts: Mapping[str, Script], dialog: str) -> dict[str, list[tuple[Script, StepSpec]]]:
    """Answer key -> the steps of other dialogs that hand it over when they start this one."""
    found: dict[str, list[tuple[Script, StepSpec]]] = {}
    for script in scripts.values():
        ids = {s.id: s for s in script.steps}
        for step in script.steps:
            for action in step.actions:
                if action.do == "start" and action.target == dialog:
                    for key in action.carry:
                        if key in ids:
                            found.setdefault(key, []).append((script, ids[key]))
    return found


def _value_defects(
    use: Use, key: str, source_file: str, source: StepSpec, file: str
) -> Iterator[ScriptDefect]:
    understood = use.contract.values[key]
    who = f"{use.kind} {use.name!r} (step {use.step!r} of {file})"
    if source.kind != "choice" and not source.offers:
        yield ScriptDefect(
            source_file, source.id, f"{who} reads {key!r} as a choice, but it is no choice step"
        )
        return
    if source.choices_from:
        return
    offered = {c.value for c in (source.choices or source.offers)}
    for value in sorted(understood - offered):
        yield ScriptDefect(
            source_file, source.id, f"{who} expects choice value {value!r}, which {key!r} lacks"
        )
    for value in sorted(offered - understood - use.contract.ignores.get(key, frozenset())):
        yield ScriptDefect(
            source_file, source.id, f"choice value {value!r} of {key!r} is not one {who} understands"
        )


def contract_defects(
    scripts: Mapping[str, Script], registry: Registry, reminders: Mapping[str, Contract]
) -> list[ScriptDefect]:
    """Where a dialog and the code it names disagree on a step id or a choice value."""
    defects: dict[ScriptDefect, None] = {}  # in order, once each

    def add(file: str, step: str, problem: str) -> None:
        defects[ScriptDefect(file, step, problem)] = None

    for script in scripts.values():
        file = _file(script)
        steps = {s.id: s for s in script.steps}
        named = list(uses(script, registry, reminders))
        written = {key for use in named for key in use.contract.writes}
        carried = _carried_into(scripts, script.id)
        for step in script.steps:
            for action in step.actions:
                for key in action.carry:
                    if key not in steps:
                        add(file, step.id, f"carries {key!r}, which is no step of this dialog")
            for _, placeholder, _, _ in Formatter().parse(step.known or ""):
                if placeholder is not None and placeholder not in steps and placeholder not in carried:
                    add(
                        file,
                        step.id,
                        f"`known` names {placeholder!r}: no step here, none carried in",
                    )
        for use in named:
            who = f"{use.kind} {use.name!r}"
            for key in sorted(use.contract.steps):
                if key not in steps and key not in written:
                    add(file, use.step, f"{who} reads step {key!r}, which this dialog lacks")
            for key in sorted(use.contract.carried - steps.keys()):
                if key not in carried:
                    add(file, use.step, f"{who} reads {key!r}, which no dialog carries into this one")
            for key in sorted(use.contract.steps | use.contract.carried):
                read = steps.get(key)
                if read is not None and read.choices and key not in use.contract.values:
                    add(
                        file,
                        use.step,
                        f"{who} reads choice {key!r} without declaring the values it understands",
                    )
            for key in sorted(use.contract.values):
                if key in steps:
                    sources = [(file, steps[key])]
                else:
                    sources = [(_file(s), step) for s, step in carried.get(key, [])]
                for source_file, source in sources:
                    defects.update(dict.fromkeys(_value_defects(use, key, source_file, source, file)))
    return list(defects)
