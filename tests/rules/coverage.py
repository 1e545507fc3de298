"""How many rule cases and properties exercise each clause of knowledge/clauses.yaml.

A rule case exercises the clauses of the findings its run produces; a property names the clauses it
checks with `@covers(...)`. `make test` prints the table (the `truth` section) and fails on a clause
that nothing exercises.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])
PROPERTY_CLAUSES: dict[str, tuple[str, ...]] = {}


def covers(*clauses: str) -> Callable[[F], F]:
    """Mark a property test with the clauses whose findings it checks."""

    def mark(test: F) -> F:
        PROPERTY_CLAUSES[getattr(test, "__name__", repr(test))] = clauses
        return test

    return mark


def clause_counts() -> dict[str, tuple[int, int]]:
    """Clause id -> (rule cases, properties), for every clause in knowledge/clauses.yaml."""
    from tests.rules import test_properties  # noqa: F401  (registers the properties)
    from tests.rules.test_cases import BOOK, CASES, _findings, _run

    cases: Counter[str] = Counter()
    for case in CASES:
        result = _run(BOOK, case)
        said = [*getattr(result, "next_steps", ()), *(e.message for e in getattr(result, "errors", ()))]
        found = {f.clause for f in _findings(result)} | {p.clause for p in said}
        for clause in found:
            cases[clause] += 1
    properties: Counter[str] = Counter(c for clauses in PROPERTY_CLAUSES.values() for c in set(clauses))
    return {cid: (cases[cid], properties[cid]) for cid in BOOK.clauses}
