"""The rule core holds no words and reads only declared, dated parameters.

Read statically from bot/rules: every message a finding (or a next step) can carry is enumerated from
the calls that make them and worded from knowledge/messages.yaml; no sentence is written in the rule
core; every parameter id it reads is a declared one, and every declared one is read.
"""

from __future__ import annotations

import ast
import importlib
import itertools
import shutil
import string
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot.content.loader import DEFAULT_KNOWLEDGE_DIR
from bot.content.messages import finding_defects
from bot.content.rulebook_loader import rulebook_defects
from bot.content.yamlfile import read_yaml
from bot.presenting import verdicts
from bot.rules.electives import Course, ElectiveRecord, Provider, assess_course
from bot.rules.parameters import ParameterId
from bot.rules.rulebook import Parameter, Phrase, Value
from tests.knowledge_base import BOOK, MESSAGES

RULES = Path(__file__).resolve().parents[2] / "bot" / "rules"
BOT = RULES.parent
ACCESSORS = frozenset({"parameter", "value", "ec", "integer", "integers", "text", "month_day", "on", "weeks"})
SAYERS = frozenset({"finding", "phrase"})
MAX_WORDS = 3
"""A string literal of the rule core with more words than this is a sentence: it belongs in messages."""
READ_OUTSIDE_RULES: dict[ParameterId, str] = {}
"""Parameters only code outside the rule core reads (none now: the nominal load, the bound of a
typed amount in the dialogs, also bounds a petition's EC in the rule core)."""


def _trees() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(RULES.glob("*.py"))]


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _scope(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.AST:
    while node in parents and not isinstance(node, (ast.FunctionDef, ast.Module)):
        node = parents[node]
    return node


class _Resolver:
    """The string values an argument can take, read from literals, conditionals, the names bound in
    its function (assignments, loops over literal tuples), module-level literal dicts and, for a
    module-level table built in code (a comprehension), its values once the module is imported."""

    def __init__(self, tree: ast.Module, module: str) -> None:
        self.tree = tree
        self.module = module
        self.parents = _parents(tree)
        self.module_dicts = {
            t.id: n.value
            for n in tree.body
            if isinstance(n, (ast.Assign, ast.AnnAssign)) and isinstance(n.value, ast.Dict)
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            if isinstance(t, ast.Name)
        }

    def strings(self, node: ast.expr, at: ast.AST) -> set[str] | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.IfExp):
            body, orelse = self.strings(node.body, at), self.strings(node.orelse, at)
            return None if body is None or orelse is None else body | orelse
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            table = self.module_dicts.get(node.value.id)
            if table is not None:
                return self._all(table.values, at)
            return self._built(node.value.id)
        if isinstance(node, ast.Name):
            return self._bound(node.id, at)
        return None

    def _built(self, name: str) -> set[str] | None:
        table = getattr(importlib.import_module(self.module), name, None)
        if not isinstance(table, Mapping) or not all(isinstance(v, str) for v in table.values()):
            return None
        return set(table.values())

    def _all(self, nodes: list[ast.expr], at: ast.AST) -> set[str] | None:
        found: set[str] = set()
        for value in nodes:
            one = self.strings(value, at)
            if one is None:
                return None
            found |= one
        return found

    def _bound(self, name: str, at: ast.AST) -> set[str] | None:
        scope = _scope(at, self.parents)
        values: list[ast.expr] = []
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets
            ):
                values.append(node.value)
            elif isinstance(node, (ast.For, ast.comprehension)):
                values += _loop_values(node.target, node.iter, name)
        return self._all(values, at) if values else None

    def keywords(self, call: ast.Call) -> set[str] | None:
        """The value names a call passes: its keywords, and the keys of a `**dict` bound in its function."""
        names = {k.arg for k in call.keywords if k.arg is not None}
        for spread in (k.value for k in call.keywords if k.arg is None):
            if not isinstance(spread, ast.Name):
                return None
            scope = _scope(call, self.parents)
            dicts = [
                n.value
                for n in ast.walk(scope)
                if isinstance(n, (ast.Assign, ast.AnnAssign))
                and isinstance(n.value, ast.Dict)
                and any(isinstance(t, ast.Name) and t.id == spread.id for t in _targets(n))
            ]
            if not dicts:
                return None
            names |= {k.value for d in dicts for k in d.keys if isinstance(k, ast.Constant)}
        return names


def _names(target: ast.expr, name: str) -> bool:
    return isinstance(target, ast.Name) and target.id == name


def _targets(node: ast.Assign | ast.AnnAssign) -> list[ast.expr]:
    return node.targets if isinstance(node, ast.Assign) else [node.target]


def _loop_values(target: ast.expr, iterable: ast.expr, name: str) -> list[ast.expr]:
    """What a loop binds `name` to, when it loops over a literal tuple (of tuples, when unpacking)."""
    if not isinstance(iterable, (ast.Tuple, ast.List)):
        return []
    if isinstance(target, ast.Name) and target.id == name:
        return list(iterable.elts)
    if isinstance(target, ast.Tuple):
        for i, element in enumerate(target.elts):
            if isinstance(element, ast.Name) and element.id == name:
                return [row.elts[i] for row in iterable.elts if isinstance(row, ast.Tuple)]
    return []


def _calls(names: frozenset[str]) -> Iterator[tuple[Path, ast.Call, _Resolver]]:
    for path, tree in _trees():
        resolver = _Resolver(tree, f"bot.rules.{path.stem}")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in names
            ):
                yield path, node, resolver


def _said() -> dict[tuple[str, str], set[str]]:
    """Every (clause, message key) the rule core can emit, with the value names each call passes."""
    found: dict[tuple[str, str], set[str]] = {}
    for path, call, resolver in _calls(SAYERS):
        where = f"{path.name}:{call.lineno}"
        assert len(call.args) >= 2, f"{where}: a finding names its clause and message key"
        clauses, keys = resolver.strings(call.args[0], call), resolver.strings(call.args[1], call)
        assert clauses is not None, f"{where}: the clause is not one the test can enumerate (use literals)"
        assert keys is not None, f"{where}: the message key is not one the test can enumerate (use literals)"
        names = resolver.keywords(call)
        assert names is not None, f"{where}: the values are not ones the test can enumerate"
        for pair in itertools.product(clauses, keys):
            found.setdefault(pair, set()).update(names)
    return found


SAID = _said()
SAMPLES: dict[str, Value] = {
    "date": date(2027, 7, 1),
    "decision": date(2027, 5, 20),
    "deadline": date(2027, 8, 31),
}


def _sample(name: str) -> Value:
    return SAMPLES.get(name, date(2027, 1, 31) if name in {"start", "first_end"} else Decimal("7.5"))


def test_the_rule_core_emits_many_messages() -> None:
    assert len(SAID) >= 80


@pytest.mark.parametrize(("clause", "key"), sorted(SAID), ids=[f"{c}.{k}" for c, k in sorted(SAID)])
def test_every_message_the_rule_core_emits_is_worded_with_its_values(clause: str, key: str) -> None:
    assert clause in BOOK.clauses, f"{clause}: no such clause in knowledge/clauses.yaml"
    template = MESSAGES.findings.get(clause, {}).get(key)
    assert template is not None, f"knowledge/messages.yaml has no findings.{clause}.{key}"
    wanted = {field for _, field, _, _ in string.Formatter().parse(template) if field}
    passed = SAID[(clause, key)]
    assert wanted <= passed, f"findings.{clause}.{key} needs {sorted(wanted - passed)}: no call passes them"
    text = verdicts.said(MESSAGES, Phrase(clause=clause, key=key, values={n: _sample(n) for n in passed}))
    assert text.strip() and "{" not in text and "None" not in text


def test_a_date_value_is_worded_as_the_pages_write_it() -> None:
    phrase = Phrase(clause="circumstances_on_time", key="passed", values={"date": date(2027, 7, 1)})
    assert "1 July 2027" in verdicts.said(MESSAGES, phrase)


def _prose(tree: ast.Module) -> Iterator[ast.Constant]:
    """String literals that are neither docstrings nor a developer's error message."""
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            exempt.add(id(node.value))  # a docstring (of a module, class, function or attribute)
        if isinstance(node, ast.Raise):
            exempt |= {id(n) for n in ast.walk(node)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in exempt:
            yield node


@pytest.mark.parametrize(("path", "tree"), _trees(), ids=lambda v: v.name if isinstance(v, Path) else "")
def test_the_rule_core_writes_no_sentences(path: Path, tree: ast.Module) -> None:
    sentences = [
        f"{path.name}:{n.lineno}: {n.value!r}" for n in _prose(tree) if len(n.value.split()) > MAX_WORDS
    ]
    assert not sentences, "words belong in knowledge/messages.yaml"


def test_the_prose_check_catches_a_sentence() -> None:
    tree = ast.parse('"""Docstring with many words in it."""\nx = "this is a sentence"\n')
    assert [n.value for n in _prose(tree) if len(n.value.split()) > MAX_WORDS] == ["this is a sentence"]


def _declared_reads(root: Path) -> set[ParameterId]:
    """The ParameterId members code under `root` names (the declaration itself aside)."""
    found: set[ParameterId] = set()
    for path in root.rglob("*.py"):
        if path == RULES / "parameters.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and _names(node.value, "ParameterId"):
                found.add(ParameterId[node.attr])
    return found


def test_every_parameter_read_is_declared_and_never_built_from_pieces() -> None:
    built = [
        f"{path.name}:{call.lineno}"
        for path, call, _ in _calls(ACCESSORS)
        if call.args and isinstance(call.args[0], (ast.Constant, ast.JoinedStr, ast.BinOp))
    ]
    assert not built, "parameter ids are ParameterId members, never strings or f-strings"


def test_the_declared_ids_are_the_file_s_ids() -> None:
    raw = read_yaml(DEFAULT_KNOWLEDGE_DIR / "parameters.yaml")
    assert isinstance(raw, dict)
    in_file = {str(p["id"]) for p in raw["parameters"]}
    assert in_file == {p.value for p in ParameterId}


def test_every_parameter_is_read_by_the_rule_core() -> None:
    unread = set(ParameterId) - _declared_reads(RULES)
    assert unread == set(READ_OUTSIDE_RULES), f"read by no rule: {sorted(unread - set(READ_OUTSIDE_RULES))}"
    assert set(READ_OUTSIDE_RULES) <= _declared_reads(BOT), "a parameter read by no code at all"


def test_a_verdict_reads_the_value_in_force_on_the_day_it_judges() -> None:
    values = {date(2024, 9, 1): 5, date(2027, 9, 1): 4}
    cap = BOOK.parameter(ParameterId.BELOW_MASTER_CAP_EC).model_copy(update={"values": values})
    book = BOOK.model_copy(update={"parameters": {**BOOK.parameters, ParameterId.BELOW_MASTER_CAP_EC: cap}})
    course = Course(name="x", ec=Decimal(5), provider=Provider.LEIDEN, level=300)
    before = assess_course(book, course, ElectiveRecord(), date(2027, 8, 31))
    after = assess_course(book, course, ElectiveRecord(), date(2027, 9, 1))
    assert (before.ec_counted, after.ec_counted) == (5, 4)


def test_a_parameter_s_value_on_a_day() -> None:
    parameter = Parameter.model_validate(
        {
            "id": "x",
            "values": {"2024-09-01": 5, "2026-09-01": 6},
            "unit": "EC",
            "description": "d",
            "citation": BOOK.parameter(ParameterId.MASTER_LEVEL).citation.model_dump(),
        }
    )
    assert parameter.value_on(date(2025, 1, 1)) == 5
    assert parameter.value_on(date(2026, 9, 1)) == 6
    assert parameter.value_on(None) == 6
    assert parameter.value_on(date(2020, 1, 1)) == 5


def test_values_of_one_parameter_are_one_kind() -> None:
    with pytest.raises(ValueError, match="mix kinds"):
        Parameter.model_validate(
            {
                "id": "x",
                "values": {"2024-09-01": 5, "2026-09-01": "five"},
                "unit": "EC",
                "description": "d",
                "citation": BOOK.parameter(ParameterId.MASTER_LEVEL).citation.model_dump(),
            }
        )


def test_introductory_is_read_from_introductory_levels() -> None:
    from bot.rules.electives import is_introductory

    assert [is_introductory(BOOK, level) for level in (100, 200, 250, 300, 400)] == [True] * 3 + [False] * 2


def _knowledge_with(tmp_path: Path, old: str, new: str) -> Path:
    root = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, root)
    path = root / "parameters.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("old", "new", "defect"),
    [
        (
            "values: {2024-09-01: 400}",
            "values: {2024-09-01: 400, 2025-13-01: 500}",
            "knowledge/parameters.yaml: master_level: values.2025-13-01",
        ),
        (
            "values: {2024-09-01: 400}",
            "values: {2024-09-01: 400, 2026-09-01: four hundred}",
            "knowledge/parameters.yaml: master_level: values: Value error, values mix kinds",
        ),
        ("values: {2024-09-01: 400}", "values: {}", "knowledge/parameters.yaml: master_level: values:"),
        (
            "id: appeal_weeks",
            "id: appeal_weekz",
            "knowledge/parameters.yaml: appeal_weeks: declared in bot/rules/parameters.py but missing",
        ),
        (
            "id: appeal_weeks",
            "id: appeal_weekz",
            "knowledge/parameters.yaml: appeal_weekz: read by no code",
        ),
    ],
)
def test_kb_check_names_file_and_parameter_of_a_dating_or_declaration_defect(
    tmp_path: Path, old: str, new: str, defect: str
) -> None:
    problems = rulebook_defects(_knowledge_with(tmp_path, old, new))
    assert any(p.startswith(defect) for p in problems), problems


def test_kb_check_names_a_clause_without_words_and_words_without_a_clause() -> None:
    findings = dict(MESSAGES.findings)
    findings["grade_prooof"] = findings.pop("grade_proof")
    problems = finding_defects(MESSAGES.model_copy(update={"findings": findings}), BOOK.clauses)
    assert ("findings.grade_prooof", "no such clause in knowledge/clauses.yaml") in problems
    assert ("findings.grade_proof", "missing: the clause says nothing") in problems
    assert finding_defects(MESSAGES, BOOK.clauses) == []


def test_a_second_language_is_a_second_messages_file() -> None:
    """Words, months included, come from the messages: another file says the same finding in Dutch."""
    months = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus")
    dutch = MESSAGES.model_copy(
        update={
            "dates": MESSAGES.dates.model_copy(
                update={"months": (*months, "september", "oktober", "november", "december")}
            ),
            "findings": {**MESSAGES.findings, "circumstances_on_time": {"passed": "De deadline was {date}."}},
        }
    )
    phrase = Phrase(clause="circumstances_on_time", key="passed", values={"date": date(2027, 7, 1)})
    assert verdicts.said(dutch, phrase) == "De deadline was 1 juli 2027."
