"""Read `knowledge/parameters.yaml` and `knowledge/clauses.yaml` into the rule core's Rulebook."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from bot.content.schema import QUOTE_MAX_WORDS, SourcesFile
from bot.content.yamlfile import DataFileError, read_yaml
from bot.rules.parameters import ParameterId
from bot.rules.rulebook import Clause, Parameter, Rulebook


class RulebookError(ValueError):
    """The parameters or clauses have defects; the message lists each as `file: id: problem`."""


class _ParametersFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    parameters: list[dict[str, object]]


class _ClausesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    clauses: list[dict[str, object]]


def _read(path: Path, key: str, problems: list[str]) -> list[dict[str, object]]:
    name = f"knowledge/{path.name}"
    try:
        raw = read_yaml(path)
    except DataFileError as exc:
        problems.append(f"{name}: {str(exc).removeprefix(f'{path}: ')}")
        return []
    model = _ParametersFile if key == "parameters" else _ClausesFile
    try:
        parsed = model.model_validate(raw)
    except ValidationError:
        problems.append(f"{name}: expected a top-level '{key}:' list of mappings")
        return []
    return parsed.parameters if isinstance(parsed, _ParametersFile) else parsed.clauses


def _source_ids(root: Path) -> set[str]:
    try:
        return {s.id for s in SourcesFile.model_validate(read_yaml(root / "sources.yaml")).sources}
    except (DataFileError, ValidationError):
        return set()


def _declaration_defects(seen: set[str]) -> list[str]:
    """The file and the code agree on the ids: one declared but absent would fail a verdict at run
    time; one present but undeclared is read by no rule."""
    name = "knowledge/parameters.yaml"
    declared = {p.value for p in ParameterId}
    missing = [
        f"{name}: {pid}: declared in bot/rules/parameters.py but missing" for pid in sorted(declared - seen)
    ]
    unread = [
        f"{name}: {pid}: read by no code (not declared in bot/rules/parameters.py)"
        for pid in sorted(seen - declared)
    ]
    return missing + unread


def _parse(root: Path) -> tuple[Rulebook | None, list[str]]:
    problems: list[str] = []
    sources = _source_ids(root)
    parameters: dict[str, Parameter] = {}
    clauses: dict[str, Clause] = {}
    seen: set[str] = set()
    for key, target, model in (
        ("parameters", parameters, Parameter),
        ("clauses", clauses, Clause),
    ):
        name = f"knowledge/{key}.yaml"
        for position, item in enumerate(_read(root / f"{key}.yaml", key, problems), start=1):
            label = str(item.get("id") or f"#{position}")
            if key == "parameters":
                seen.add(label)
            try:
                parsed = model.model_validate(item)
            except ValidationError as exc:
                for err in exc.errors():
                    where = ".".join(str(p) for p in err["loc"]) or "values"
                    problems.append(f"{name}: {label}: {where}: {err['msg']}")
                continue
            if parsed.id in target:
                problems.append(f"{name}: {label}: duplicate id")
            if parsed.citation.source not in sources:
                problems.append(f"{name}: {label}: citation names unknown source {parsed.citation.source!r}")
            words = len(parsed.citation.quote.split())
            if words > QUOTE_MAX_WORDS:
                problems.append(f"{name}: {label}: quote has {words} words (at most {QUOTE_MAX_WORDS})")
            target[parsed.id] = parsed  # type: ignore[assignment]
    problems += _declaration_defects(seen)
    if problems:
        return None, problems
    return Rulebook(parameters=parameters, clauses=clauses), []


def rulebook_defects(knowledge_dir: Path) -> list[str]:
    """Every defect of the parameters and clauses, each as `file: id: problem`."""
    return _parse(knowledge_dir)[1]


def load_rulebook(knowledge_dir: Path) -> Rulebook:
    """The validated rulebook; raises RulebookError listing every defect."""
    book, problems = _parse(knowledge_dir)
    if book is None:
        raise RulebookError("\n".join(problems))
    return book
