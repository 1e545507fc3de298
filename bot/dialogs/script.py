"""The shape of a dialog script in `dialogs/*.yaml`: declared steps, named validators and computations.

A script says what to ask and in which order; it never says how to decide. Validators and
computations are named here and written once in `bot/dialogs/registry.py` over the rule core.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from bot.citation import Citation
from bot.rules.frozen import Strict

STEP_ID = r"^[a-z][a-z0-9_]{0,23}$"
VALUE = r"^[a-z0-9_]{1,24}$"


class ChoiceSpec(Strict):
    """One button of a choice step; `next` overrides the step's next step for this choice."""

    label: str = Field(min_length=1, max_length=60)
    value: str = Field(pattern=VALUE)
    next: str | None = None
    synonyms: tuple[str, ...] = ()
    """Other words a student may type for this choice ("sick" for Illness); see `matching`."""


class ActionSpec(Strict):
    """A button offered after a result: start another dialog, go to a step, show an entry, or run
    a named effect (e.g. `effect: ledger_add`), then start `target` if given.

    `offer_if` names a flag the step's computation raises; without it the action is always offered.
    """

    label: str = Field(min_length=1, max_length=60)
    do: Literal["start", "goto", "entry", "effect"]
    effect: str | None = None
    """The named effect (see bot/dialogs/registry.py) a `do: effect` button runs."""
    target: str | None = None
    offer_if: str | None = None
    carry: tuple[str, ...] = ()
    """Answers handed to the started dialog, so what the student said here is not asked again
    and still counts there (an ArtScience upgrade must reach the petition's explanation)."""

    @model_validator(mode="after")
    def _effect_named(self) -> ActionSpec:
        if (self.do == "effect") != (self.effect is not None):
            raise ValueError("`do: effect` needs `effect` (the name of an effect), and only it has one")
        return self


class StepSpec(Strict):
    id: str = Field(pattern=STEP_ID)
    kind: Literal["say", "choice", "input", "result"]
    prompt: str = Field(min_length=1)
    group: str | None = None
    """Steps sharing a group are numbered "k of n" in the order written."""
    choices: tuple[ChoiceSpec, ...] = ()
    choices_from: str | None = None
    """A computation that lists the choices at run time (e.g. the items of the ledger)."""
    validate_with: str | None = Field(default=None, alias="validate")
    compute: str | None = None
    next: str | None = None
    when: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """Show the step only when each named answer has one of the listed values; else skip it."""
    unless: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """Skip the step when a named answer has one of the listed values."""
    unless_future: tuple[str, ...] = ()
    """Skip the step when a named answer is a date after today: a course that has not started
    has no final grade to ask for."""
    skip: str | None = None
    """For an optional input: the label of a button that answers "skip"."""
    retype: bool = False
    """For a result that ends the dialog over the answer just given (a start that has passed): an
    answer typed under it that the step before accepts is that step's answer again, not a question."""
    unplaced: str | None = None
    """For a choice: what is said, above the options, when typed words pick none of them (else
    the general "choose one of the options")."""
    offers: tuple[ChoiceSpec, ...] = ()
    """Answers an input step offers as buttons beside typing, for what a number cannot say ("I
    don't know"): each stores its value; typed, its label or a synonym picks it too."""
    actions: tuple[ActionSpec, ...] = ()
    cite: Citation | None = None
    end: bool = False
    """A result step that ends the dialog (a result with no `next` ends it too)."""
    remind: str | None = None
    """The personal dates this result computes, offered as reminders (see bot/dialogs/reminders.py)."""
    covers: int = Field(default=1, ge=1, le=20)
    """How many numbered steps of the page this message lists (a checklist): "k of n" counts them."""
    next_label: str | None = Field(default=None, min_length=1, max_length=30)
    """The label of the button that goes on from a say step (e.g. "✓ Done" under a checklist)."""
    known: str | None = None
    """An answer another dialog may have given already (carried in), as a template over the answers,
    e.g. "{ec}". When every placeholder is there and the value is valid for the step (a choice's
    value after `known_as`, or an input the step's validator accepts), the step is answered with it
    and not shown."""
    known_as: dict[str, str] = Field(default_factory=dict)
    """Translates the filled-in `known` text (e.g. the course's provider to the petition's kind)."""

    @model_validator(mode="after")
    def _kind_fits(self) -> StepSpec:
        if self.kind == "choice" and not (self.choices or self.choices_from):
            raise ValueError("a choice step needs choices or choices_from")
        if self.kind != "choice" and (self.choices or self.choices_from):
            raise ValueError("only a choice step has choices")
        if self.offers and self.kind != "input":
            raise ValueError("only an input step has `offers` (a choice step has choices)")
        if any(o.next for o in self.offers):
            raise ValueError("an offered answer goes on as the input does: it has no `next`")
        if self.kind == "input" and not self.validate_with:
            raise ValueError("an input step needs `validate` (the name of a validator)")
        if self.known_as and self.known is None:
            raise ValueError("`known_as` translates `known`: give `known` too")
        return self


class Script(Strict):
    """One dialog: its command, title, the labels of its step groups, and its steps in order."""

    id: str = Field(pattern=r"^[a-z]{1,20}$")
    title: str = Field(min_length=1, max_length=60)
    summary: str = Field(min_length=1, max_length=120)
    groups: dict[str, str] = Field(default_factory=dict)
    """Group id -> label template with {k} and {n}, e.g. "uSis step {k} of {n}"."""
    topic: str | None = None
    """The knowledge entry a follow-up to this dialog's result refers to ("and after that?" after
    a progress verdict): the result itself is no entry, so it names the one that carries on."""
    steps: tuple[StepSpec, ...] = Field(min_length=1)
    said_as: tuple[str, ...] = ()
    """The answers in a student's own words ("I started in {start_kind} {started_year} and I have
    {ec_obtained} EC"), the first whose steps were all answered: a typed follow-up to the result
    ("and if I get 10 more by June?") is worked out from it, as if the student had typed it."""

    def step(self, step_id: str) -> StepSpec:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(f"dialog {self.id!r} has no step {step_id!r}")

    def following(self, step_id: str) -> str | None:
        """The step written after this one, or None at the end of the script."""
        ids = [s.id for s in self.steps]
        position = ids.index(step_id)
        return ids[position + 1] if position + 1 < len(ids) else None
