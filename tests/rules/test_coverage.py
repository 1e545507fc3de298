"""Every clause of knowledge/clauses.yaml is exercised by a rule case or a property."""

from __future__ import annotations

from tests.rules.coverage import clause_counts


def test_no_clause_without_a_rule_case_or_property() -> None:
    bare = [cid for cid, (cases, properties) in clause_counts().items() if cases + properties == 0]
    assert not bare, f"clauses with no rule case and no property: {bare}"
