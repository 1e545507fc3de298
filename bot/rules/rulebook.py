"""Parameters (every number and date of the regulations) and clauses (one per sentence), as data.

OpenFisca-style parameters and Catala-style clauses: a rule function reads `book.ec("...")`, never
writes a 5; it states its conclusion as a Finding of a named clause, which carries the sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.citation import Citation

Effect = Literal["counts", "limits", "blocks", "info", "action", "warning", "condition"]
"""What a finding does to a verdict. `condition`: something still to be asked or granted (a petition,
a proposal, an approval); `warning`: something the page says goes against the student (a start date
passed, a grade not accepted, an upgrade that can be declined); `blocks`: a rule that excludes it."""
Unit = Literal[
    "EC", "level", "levels", "grade", "month-day", "months", "weeks", "days", "text", "percent", "words"
]


class Parameter(BaseModel):
    """One number, date or label of a regulation, with the date it holds from and its sentence."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9_.]+$")
    value: int | Decimal | str | tuple[int, ...]
    unit: Unit
    since: date
    description: str = Field(min_length=1)
    citation: Citation


class Clause(BaseModel):
    """One sentence of a regulation: its citation and what a verdict says when it decides."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    citation: Citation
    says: Mapping[str, str] = Field(min_length=1)


class Finding(BaseModel):
    """A reason of a verdict: which clause decided, on which sentence, and what it means here."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    clause: str
    citation: Citation
    effect: Effect
    text: str


class Rulebook(BaseModel):
    """All parameters and clauses, by id. Read-only; a missing id is a KeyError naming it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    parameters: Mapping[str, Parameter]
    clauses: Mapping[str, Clause]

    def parameter(self, pid: str) -> Parameter:
        try:
            return self.parameters[pid]
        except KeyError:
            raise KeyError(f"no parameter {pid!r} in knowledge/parameters.yaml") from None

    def ec(self, pid: str) -> Decimal:
        value = self.parameter(pid).value
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            return Decimal(value)
        raise TypeError(f"parameter {pid!r} is not a number")

    def integer(self, pid: str) -> int:
        value = self.parameter(pid).value
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise TypeError(f"parameter {pid!r} is not a whole number")

    def integers(self, pid: str) -> tuple[int, ...]:
        value = self.parameter(pid).value
        if isinstance(value, tuple):
            return value
        raise TypeError(f"parameter {pid!r} is not a list of whole numbers")

    def text(self, pid: str) -> str:
        value = self.parameter(pid).value
        if isinstance(value, str):
            return value
        raise TypeError(f"parameter {pid!r} is not a text")

    def month_day(self, pid: str) -> tuple[int, int]:
        month, _, day = self.text(pid).partition("-")
        return int(month), int(day)

    def on(self, pid: str, year: int) -> date:
        """A recurring date ("07-01") in a given year."""
        month, day = self.month_day(pid)
        return date(year, month, day)

    def weeks(self, pid: str) -> timedelta:
        return timedelta(weeks=self.integer(pid))

    def clause(self, cid: str) -> Clause:
        try:
            return self.clauses[cid]
        except KeyError:
            raise KeyError(f"no clause {cid!r} in knowledge/clauses.yaml") from None

    def say(self, cid: str, key: str, **values: object) -> str:
        clause = self.clause(cid)
        try:
            template = clause.says[key]
        except KeyError:
            raise KeyError(f"clause {cid!r} has no text {key!r} in knowledge/clauses.yaml") from None
        return template.format(**values)

    def finding(self, cid: str, key: str, effect: Effect, **values: object) -> Finding:
        return Finding(
            clause=cid, citation=self.clause(cid).citation, effect=effect, text=self.say(cid, key, **values)
        )


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
