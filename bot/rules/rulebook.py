"""Parameters (every number and date of the regulations) and clauses (one per sentence), as data.

OpenFisca-style parameters and Catala-style clauses: a rule function reads `book.ec(ParameterId...)`,
never writes a 5; it states its conclusion as a Finding of a named clause, which carries the sentence
and a message key with values, never words: the presenter words it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import Field, model_validator

from bot.citation import Citation
from bot.rules.frozen import Strict
from bot.rules.parameters import ParameterId

Effect = Literal["counts", "limits", "blocks", "info", "action", "warning", "condition"]
"""What a finding does to a verdict. `condition`: something still to be asked or granted (a petition,
a proposal, an approval); `warning`: something the page says goes against the student (a start date
passed, a grade not accepted, an upgrade that can be declined); `blocks`: a rule that excludes it."""
Unit = Literal[
    "EC",
    "level",
    "levels",
    "grade",
    "month-day",
    "months",
    "weeks",
    "days",
    "years",
    "text",
    "percent",
    "words",
]


ParameterValue = int | Decimal | str | tuple[int, ...]
Value = int | Decimal | str | date
"""A value a finding carries for its message: a number, a date (said by the presenter), a label."""


def _kind(value: ParameterValue) -> str:
    return "list" if isinstance(value, tuple) else "text" if isinstance(value, str) else "number"


class Parameter(Strict):
    """One number, date or label of a regulation: its values by the date each holds from, and its
    sentence (OpenFisca's dated values: a change of the pages is a new date, not an edit)."""

    id: str = Field(pattern=r"^[a-z0-9_.]+$")
    values: Mapping[date, ParameterValue] = Field(min_length=1)
    unit: Unit
    description: str = Field(min_length=1)
    citation: Citation

    @model_validator(mode="after")
    def _one_kind(self) -> Parameter:
        kinds = {_kind(v) for v in self.values.values()}
        if len(kinds) > 1:
            raise ValueError(f"values mix kinds ({', '.join(sorted(kinds))}): each date needs the same kind")
        return self

    def value_on(self, day: date | None) -> ParameterValue:
        """The value in force on `day` (the latest when no day is given). The pages give no value
        before the first date, so a day before it reads the first value."""
        dates = sorted(self.values)
        held = [d for d in dates if day is None or d <= day]
        return self.values[held[-1] if held else dates[0]]


class Clause(Strict):
    """One sentence of a regulation: the condition a verdict names; its words are in messages."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    citation: Citation


class Phrase(Strict):
    """What a clause says here, as keys and values: the presenter words it from the messages file
    (`findings.<clause>.<key>`), so a second language is a second messages file, not code."""

    clause: str
    key: str
    values: Mapping[str, Value] = Field(default_factory=dict)


class Finding(Phrase):
    """A reason of a verdict: which clause decided, on which sentence, and what it does."""

    citation: Citation
    effect: Effect


class Rulebook(Strict):
    """All parameters and clauses, by id, read on one day (`at`). Read-only; a missing id is a
    KeyError naming it."""

    parameters: Mapping[str, Parameter]
    clauses: Mapping[str, Clause]
    day: date | None = None
    """The day whose values are read; None reads the latest (for what has no date of its own)."""

    def at(self, day: date) -> Rulebook:
        """The same book, reading the values in force on `day`."""
        return self if day == self.day else self.model_copy(update={"day": day})

    def parameter(self, pid: ParameterId) -> Parameter:
        try:
            return self.parameters[pid]
        except KeyError:
            raise KeyError(f"no parameter {pid!r} in knowledge/parameters.yaml") from None

    def value(self, pid: ParameterId) -> ParameterValue:
        return self.parameter(pid).value_on(self.day)

    def ec(self, pid: ParameterId) -> Decimal:
        value = self.value(pid)
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            return Decimal(value)
        raise TypeError(f"parameter {pid!r} is not a number")

    def integer(self, pid: ParameterId) -> int:
        value = self.value(pid)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise TypeError(f"parameter {pid!r} is not a whole number")

    def integers(self, pid: ParameterId) -> tuple[int, ...]:
        value = self.value(pid)
        if isinstance(value, tuple):
            return value
        raise TypeError(f"parameter {pid!r} is not a list of whole numbers")

    def text(self, pid: ParameterId) -> str:
        value = self.value(pid)
        if isinstance(value, str):
            return value
        raise TypeError(f"parameter {pid!r} is not a text")

    def month_day(self, pid: ParameterId) -> tuple[int, int]:
        month, _, day = self.text(pid).partition("-")
        return int(month), int(day)

    def on(self, pid: ParameterId, year: int) -> date:
        """A recurring date ("07-01") in a given year."""
        month, day = self.month_day(pid)
        return date(year, month, day)

    def weeks(self, pid: ParameterId) -> timedelta:
        return timedelta(weeks=self.integer(pid))

    def clause(self, cid: str) -> Clause:
        try:
            return self.clauses[cid]
        except KeyError:
            raise KeyError(f"no clause {cid!r} in knowledge/clauses.yaml") from None

    def phrase(self, cid: str, key: str, **values: Value) -> Phrase:
        """What clause `cid` says (its message `key`), with the values its words need."""
        self.clause(cid)
        return Phrase(clause=cid, key=key, values=values)

    def finding(self, cid: str, key: str, effect: Effect, **values: Value) -> Finding:
        return Finding(clause=cid, key=key, values=values, citation=self.clause(cid).citation, effect=effect)


class Strength(StrEnum):
    """How firm a verdict is: its weakest finding decides (a headline never promises more)."""

    UNCONDITIONAL = "unconditional"
    CONDITIONAL = "conditional"
    EXCLUDED = "excluded"


CONDITIONAL_EFFECTS: frozenset[Effect] = frozenset({"warning", "condition"})


def conditions(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """The findings that make a verdict conditional, the ones against the student first."""
    found = [f for f in findings if f.effect in CONDITIONAL_EFFECTS]
    return tuple(sorted(found, key=lambda f: f.effect != "warning"))


def weakest(findings: Iterable[Finding], counted: int, cut: bool = False) -> Strength:
    """Excluded if a rule excludes it or nothing counts; conditional if anything is still open or
    a cap cuts it; unconditional only when every finding is."""
    listed = tuple(findings)
    if counted <= 0 or any(f.effect == "blocks" for f in listed):
        return Strength.EXCLUDED
    if cut or conditions(listed):
        return Strength.CONDITIONAL
    return Strength.UNCONDITIONAL
