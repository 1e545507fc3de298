"""Run a dialog script: step(script, state, event) -> (state, replies). Knows no Telegram.

Back, Cancel, "step k of n", re-asking after invalid input and skipping steps that don't apply
come from here, once, for every dialog; scripts only declare their steps.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from string import Formatter
from typing import Generic, TypeVar

from pydantic import Field

from bot.citation import Citation
from bot.content.messages import Messages
from bot.dialogs.matching import match_choice
from bot.dialogs.script import ActionSpec, ChoiceSpec, Script, StepSpec
from bot.dialogs.state import DialogState, Ledger, LedgerItem
from bot.replies import Button, Reply
from bot.rules.frozen import Frozen, Strict


@dataclass(frozen=True)
class Context:
    """What a validator or computation may know besides the answers: the date and the ledger."""

    today: date
    ledger: Ledger


class Valid(Frozen):
    value: str
    also: dict[str, str] = Field(default_factory=dict)
    """Answers to other (later) questions given in the same text, stored under their step ids."""


class Invalid(Frozen):
    """Why the typed answer can't be used, said so the student can fix it."""

    message: str
    keep: Mapping[str, str] = {}
    """The part that was usable, kept for the next try (a description sent before its link)."""
    read: bool = False
    """The text reads as this kind of answer (a date), just not one the step takes (still ahead):
    typed one step early, under a result, it is still taken as meant for this step."""


class Computed(Frozen):
    """What a named computation returns: text and placeholder values, and what it makes possible."""

    text: str = ""
    detail: str = ""
    """The 'why' behind `text`, shown folded away (see `Reply.detail`)."""
    paste: str = ""
    """Text to copy as it is (see `Reply.paste`)."""
    values: dict[str, str] = Field(default_factory=dict)
    citations: tuple[Citation, ...] = ()
    cite: Citation | None = None
    """The sentence a computed prompt rests on, shown under it as the script's `cite` would be."""
    flags: frozenset[str] = frozenset()
    ledger_item: LedgerItem | None = None
    choices: tuple[ChoiceSpec, ...] = ()


class Effected(Frozen):
    """What a named effect changes: the student's ledger, and a line saying so."""

    ledger: Ledger
    note: str | None = None


class Contract(Strict):
    """What a named validator, computation or effect reads of a dialog's answers, so `kb check`
    can hold every dialog that names it to it (a renamed step or choice value is a defect there,
    not a KeyError in a chat)."""

    steps: frozenset[str] = frozenset()
    """Answers it reads that the dialog itself must ask (or a validator of it must write)."""
    carried: frozenset[str] = frozenset()
    """Answers it reads when another dialog hands them over (`carry`); absent otherwise."""
    values: Mapping[str, frozenset[str]] = {}
    """For a choice it reads: the values it understands; the dialog must offer each."""
    ignores: Mapping[str, frozenset[str]] = {}
    """For a choice it reads: values the dialog may offer that never lead to it."""
    writes: frozenset[str] = frozenset()
    """Answers a validator stores besides its own step's (`Valid.also`)."""

    def visible(self, answers: Mapping[str, str]) -> dict[str, str]:
        """The answers the function declared: it is shown no others, so a read the contract
        does not declare fails in every test that reaches it, not silently in a chat."""
        return {key: value for key, value in answers.items() if key in self.steps or key in self.carried}


Validator = Callable[[str, Context, Mapping[str, str]], Valid | Invalid]
Computation = Callable[[Mapping[str, str], Context], Computed]
Effect = Callable[[Computed, Context], Effected | None]
"""Run on a button of a result step with what the step computed; None: nothing to do."""

F = TypeVar("F", Validator, Computation, Effect)


@dataclass(frozen=True)
class Named(Generic[F]):
    """A function a script names, with the contract it keeps with the scripts that name it."""

    run: F
    contract: Contract = field(default_factory=Contract)


@dataclass(frozen=True)
class Registry:
    """The named validators, computations and effects scripts may refer to."""

    validators: Mapping[str, Named[Validator]]
    computations: Mapping[str, Named[Computation]]
    effects: Mapping[str, Named[Effect]] = field(default_factory=dict)


SKIPPED = "-"
"""The stored answer of an optional input the student skipped."""


@dataclass
class Step:
    """The engine's answer to one event: the new position (None: dialog over) and what to say."""

    dialog: DialogState | None
    replies: list[Reply] = field(default_factory=list)
    ledger: Ledger | None = None
    notice: str | None = None
    start: str | None = None
    seed: dict[str, str] = field(default_factory=dict)
    """Answers the started dialog begins with (an action's `carry`)."""
    entry: str | None = None
    understood: bool = True
    """False when typed text was not an answer to the step (maybe a question for the matcher)."""


class Engine:
    """Holds the scripts and the registry; every method is pure over its arguments."""

    def __init__(
        self,
        scripts: Mapping[str, Script],
        registry: Registry,
        messages: Messages,
        reader: Callable[[str], list[str]] | None = None,
    ) -> None:
        self.scripts = scripts
        self.registry = registry
        self.messages = messages
        self.reader = reader
        """The lexicon's words for a typed text ("my mother" -> "family"), read beside its own at a
        choice step, so a story in a student's words picks the option it is about."""
        self._totals: dict[tuple[str, str], int] = {}
        """(script, group) -> the n of "k of n", worked out once per script."""

    # -- the named functions, each shown only the answers its contract declares ---------------
    def _validate(self, name: str, text: str, ctx: Context, answers: Mapping[str, str]) -> Valid | Invalid:
        named = self.registry.validators[name]
        return named.run(text, ctx, named.contract.visible(answers))

    def _compute(self, name: str, answers: Mapping[str, str], ctx: Context) -> Computed:
        named = self.registry.computations[name]
        return named.run(named.contract.visible(answers), ctx)

    # -- where we are ---------------------------------------------------------------------------
    def _applies(self, step: StepSpec, answers: Mapping[str, str], ctx: Context) -> bool:
        wanted = all(answers.get(key) in values for key, values in step.when.items())
        unwanted = any(answers.get(key) in values for key, values in step.unless.items())
        ahead = any(_after(answers.get(key), ctx.today) for key in step.unless_future)
        return wanted and not unwanted and not ahead

    def _known(
        self, step: StepSpec, answers: Mapping[str, str], ctx: Context
    ) -> tuple[str, ChoiceSpec | None] | None:
        """The step's answer when it is already known (see `StepSpec.known`), else None."""
        if step.known is None:
            return None
        fields = [name for _, name, _, _ in Formatter().parse(step.known) if name is not None]
        if any(answers.get(name) in (None, "", SKIPPED) for name in fields):
            return None
        text = step.known.format_map(dict(answers))
        if step.known_as:
            if text not in step.known_as:
                return None
            text = step.known_as[text]
        if step.kind == "choice":
            chosen = next((c for c in self._choices(step, answers, ctx) if c.value == text), None)
            return (chosen.value, chosen) if chosen is not None else None
        if step.kind == "input" and step.validate_with:
            result = self._validate(step.validate_with, text, ctx, answers)
            return (result.value, None) if isinstance(result, Valid) and not result.also else None
        return None

    def _settle(
        self, script: Script, step_id: str | None, answers: Mapping[str, str], ctx: Context
    ) -> tuple[str | None, dict[str, str]]:
        """The first step from `step_id` on that is to be shown, and the answers then: steps whose
        `when` fails are skipped, steps whose answer is already known are answered and skipped."""
        given = dict(answers)
        seen: set[str] = set()
        while step_id is not None and step_id not in seen:
            seen.add(step_id)
            step = script.step(step_id)
            if self._applies(step, given, ctx):
                known = self._known(step, given, ctx)
                if known is None:
                    return step_id, given
                given[step.id] = known[0]
                step_id = self._next_of(script, step, known[1])
                continue
            step_id = step.next or script.following(step_id)
        return None, given

    def _next_of(self, script: Script, step: StepSpec, chosen: ChoiceSpec | None) -> str | None:
        if chosen is not None and chosen.next:
            return chosen.next
        if step.end:
            return None
        return step.next or script.following(step.id)

    def _longest(
        self,
        script: Script,
        group: str,
        step_id: str | None,
        answers: Mapping[str, str],
        ctx: Context,
        depth: int = 0,
    ) -> int:
        """The most page steps of `group` any path from `step_id` can show: every choice, and for
        an input both an answer and a skip (conditions may test for the skip)."""
        step_id, answers = self._settle(script, step_id, answers, ctx)
        if step_id is None or depth > len(script.steps):
            return 0
        step = script.step(step_id)
        here = step.covers if step.group == group else 0
        branches: list[tuple[str | None, dict[str, str]]] = []
        if step.kind == "choice" and step.choices:
            for c in step.choices:
                branches.append((self._next_of(script, step, c), {**answers, step.id: c.value}))
        elif step.kind in ("choice", "input"):
            offered = tuple(o.value for o in step.offers)
            for value in ("?", SKIPPED, *offered) if step.skip else ("?", *offered):
                branches.append((self._next_of(script, step, None), {**answers, step.id: value}))
        elif not (step.kind == "result" and self._next_of(script, step, None) is None):
            branches.append((self._next_of(script, step, None), {**answers, step.id: ""}))
        longest = (self._longest(script, group, nxt, given, ctx, depth + 1) for nxt, given in branches)
        return here + max(longest, default=0)

    def position(
        self, script: Script, step: StepSpec, state: DialogState, ctx: Context
    ) -> tuple[int, int] | None:
        """(k, n) for "step k of n": k is the first page step of this message (a checklist covers
        several); n is the longest path's count, fixed for the whole dialog, so the total never
        jumps about as answers change the path. Answers carried in from another dialog (keys that
        are no step of this one) never change during it: the path they shorten is counted."""
        if step.group is None:
            return None
        taken = dict.fromkeys(h for h in state.history if script.step(h).group == step.group)
        k = sum(script.step(h).covers for h in taken) + 1
        ids = {s.id for s in script.steps}
        carried = {key: value for key, value in state.answers.items() if key not in ids}
        if carried:
            return k, max(k, self._longest(script, step.group, script.steps[0].id, carried, ctx))
        key = (script.id, step.group)
        if key not in self._totals:
            self._totals[key] = self._longest(script, step.group, script.steps[0].id, {}, ctx)
        return k, max(k, self._totals[key])

    def is_finished(self, state: DialogState) -> bool:
        """At a result step with nowhere to go: the dialog is done, its buttons still usable."""
        script = self.scripts[state.dialog]
        step = script.step(state.step)
        return step.kind == "result" and self._next_of(script, step, None) is None

    # -- showing a step -------------------------------------------------------------------------
    def _choices(self, step: StepSpec, answers: Mapping[str, str], ctx: Context) -> tuple[ChoiceSpec, ...]:
        if step.choices_from:
            return self._compute(step.choices_from, answers, ctx).choices
        return step.choices

    def render(self, state: DialogState, ctx: Context, token: int, note: str | None = None) -> Reply:
        """The current step as one message: progress line, prompt, citation, buttons."""
        script = self.scripts[state.dialog]
        step = script.step(state.step)
        computed = self._compute(step.compute, state.answers, ctx) if step.compute else Computed()
        lines: list[str] = []
        if note:
            lines.append(note)
        position = self.position(script, step, state, ctx)
        if position is not None and step.group in script.groups:
            k, n = position
            lines.append(script.groups[step.group].format(k=k, n=n))
        lines.append(step.prompt.format_map(_Values(computed.values)))
        if computed.text:
            lines.append(computed.text)
        citations = list(computed.citations)
        cite = step.cite or computed.cite
        if cite is not None:
            lines.append(self.messages.cite.format(quote=cite.quote))
            citations.append(cite)
        rows: list[tuple[Button, ...]] = []
        data = _Data(token)
        if step.kind == "choice":
            for index, choice in enumerate(self._choices(step, state.answers, ctx)):
                rows.append((Button(label=choice.label, data=data.code(f"c{index}")),))
        for index, action in enumerate(step.actions):
            if action.offer_if is None or action.offer_if in computed.flags:
                rows.append((Button(label=action.label, data=data.code(f"a{index}")),))
        for index, offer in enumerate(step.offers):
            rows.append((Button(label=offer.label, data=data.code(f"o{index}")),))
        if step.kind == "input" and step.skip:
            rows.append((Button(label=step.skip, data=data.code("s")),))
        finished = step.kind == "result" and self._next_of(script, step, None) is None
        if step.kind in ("say", "result") and not finished:
            rows.append((Button(label=step.next_label or self.messages.next_label, data=data.code("n")),))
        # Every screen has a way out: Back (at the first step: out of the dialog), and Cancel, or
        # Done once the dialog has reached its end.
        nav = [Button(label=self.messages.back_label, data=data.code("b"))]
        if finished:
            nav.append(Button(label=self.messages.done_label, data=data.code("d")))
        else:
            nav.append(Button(label=self.messages.cancel_label, data=data.code("x")))
        if nav:
            rows.append(tuple(nav))
        return Reply(
            text="\n\n".join(lines),
            detail=computed.detail,
            paste=computed.paste,
            buttons=tuple(rows),
            citations=tuple(citations),
        )

    # -- moving ---------------------------------------------------------------------------------
    def start(
        self,
        dialog: str,
        ctx: Context,
        token: int,
        seed: Mapping[str, str] | None = None,
        came_from: DialogState | None = None,
    ) -> Step:
        script = self.scripts[dialog]
        first, answers = self._settle(script, script.steps[0].id, seed or {}, ctx)
        if first is None:  # pragma: no cover - a script whose every step is conditional
            return Step(dialog=None)
        back = came_from.model_copy(update={"came_from": None}) if came_from is not None else None
        state = DialogState(dialog=dialog, step=first, answers=answers, came_from=back)
        return Step(dialog=state, replies=[self.render(state, ctx, token)])

    def _advance(
        self,
        state: DialogState,
        ctx: Context,
        token: int,
        answers: dict[str, str],
        chosen: ChoiceSpec | None,
    ) -> Step:
        script = self.scripts[state.dialog]
        step = script.step(state.step)
        target, answers = self._settle(script, self._next_of(script, step, chosen), answers, ctx)
        if target is None:
            return Step(dialog=None)
        moved = DialogState(
            dialog=state.dialog,
            step=target,
            answers=answers,
            history=(*state.history, state.step),
            came_from=state.came_from,
        )
        return Step(dialog=moved, replies=[self.render(moved, ctx, token)])

    def back(self, state: DialogState, ctx: Context, token: int) -> Step:
        """One step back; from the first step, back out of the dialog to where the student was: the
        result it was started from, if any, else out of dialogs."""
        if not state.history:
            if state.came_from is not None:
                return Step(dialog=state.came_from, replies=[self.render(state.came_from, ctx, token)])
            return Step(dialog=None)
        moved = DialogState(
            dialog=state.dialog,
            step=state.history[-1],
            answers=state.answers,
            history=state.history[:-1],
            came_from=state.came_from,
        )
        return Step(dialog=moved, replies=[self.render(moved, ctx, token)])

    def press(self, state: DialogState, code: str, ctx: Context, token: int) -> Step:
        """A button of the current step (already checked not to be stale)."""
        script = self.scripts[state.dialog]
        step = script.step(state.step)
        if code == "b":
            return self.back(state, ctx, token)
        if code == "d" and step.kind == "result" and self._next_of(script, step, None) is None:
            return Step(dialog=None)
        if code == "n" and step.kind in ("say", "result"):
            return self._advance(state, ctx, token, dict(state.answers), None)
        if code == "s" and step.kind == "input" and step.skip:
            return self._advance(state, ctx, token, {**state.answers, step.id: SKIPPED}, None)
        if code.startswith("o") and (offer := _index(code[1:], len(step.offers))) is not None:
            return self._advance(
                state, ctx, token, {**state.answers, step.id: step.offers[offer].value}, None
            )
        if code.startswith("c") and step.kind == "choice":
            choices = self._choices(step, state.answers, ctx)
            index = _index(code[1:], len(choices))
            if index is not None:
                chosen = choices[index]
                return self._advance(state, ctx, token, {**state.answers, step.id: chosen.value}, chosen)
        if code.startswith("a"):
            index = _index(code[1:], len(step.actions))
            if index is not None:
                return self._act(state, step, step.actions[index], ctx, token)
        return Step(dialog=state, notice=self.messages.unknown_button, understood=False)

    def _act(
        self,
        state: DialogState,
        step: StepSpec,
        action: ActionSpec,
        ctx: Context,
        token: int,
    ) -> Step:
        do, target = action.do, action.target
        computed = self._compute(step.compute, state.answers, ctx) if step.compute else Computed()
        if do == "start" and target is not None:
            seed = {key: state.answers[key] for key in action.carry if key in state.answers}
            return Step(dialog=state, start=target, seed=seed)
        if do == "entry" and target is not None:
            return Step(dialog=state, entry=target)
        if do == "goto" and target is not None:
            moved = DialogState(
                dialog=state.dialog,
                step=target,
                answers=state.answers,
                history=(*state.history, state.step),
                came_from=state.came_from,
            )
            return Step(dialog=moved, replies=[self.render(moved, ctx, token)])
        if do == "effect" and action.effect is not None:
            done = self.registry.effects[action.effect].run(computed, ctx)
            if done is not None:
                replies = [Reply(text=done.note)] if done.note else []
                return Step(dialog=None, ledger=done.ledger, replies=replies, start=target)
        return Step(dialog=state, notice=self.messages.unknown_button, understood=False)

    def text(self, state: DialogState, text: str, ctx: Context, token: int) -> Step:
        """Typed text at the current step: an answer, a re-ask, or `understood=False` (a question?)."""
        script = self.scripts[state.dialog]
        step = script.step(state.step)
        if step.kind == "input" and step.validate_with:
            result = self._validate(step.validate_with, text, ctx, state.answers)
            if isinstance(result, Valid):
                given = {**state.answers, **result.also, step.id: result.value}
                return self._advance(state, ctx, token, given, None)
            offered = _typed_offer(text, step)
            if offered is not None:
                return self._advance(state, ctx, token, {**state.answers, step.id: offered}, None)
            if result.keep:
                state = state.model_copy(update={"answers": {**state.answers, **result.keep}})
            reask = self.render(state, ctx, token, note=result.message)
            return Step(dialog=state, replies=[reask], understood=False)
        if step.kind == "choice":
            choices = self._choices(step, state.answers, ctx)
            chosen = _pick(text, choices, self.reader(text) if self.reader else ())
            if chosen is not None:
                return self._advance(state, ctx, token, {**state.answers, step.id: chosen.value}, chosen)
            reask = self.render(state, ctx, token, note=step.unplaced or self.messages.pick_a_button)
            return Step(dialog=state, replies=[reask], understood=False)
        if self.is_finished(state):
            again = self._typed_again(state, step, text, ctx, token)
            return again if again is not None else Step(dialog=state, understood=False)
        ahead = self._typed_ahead(state, text, ctx, token)
        if ahead is not None:
            return ahead
        # A say step (or a result the dialog goes on from) waits for its buttons, like a choice.
        reask = self.render(state, ctx, token, note=self.messages.pick_a_button)
        return Step(dialog=state, replies=[reask], understood=False)

    def _typed_again(
        self, state: DialogState, step: StepSpec, text: str, ctx: Context, token: int
    ) -> Step | None:
        """Typed under a `retype` result ("this course has started"): a corrected answer to the
        step before ("15 april 2027"), taken there, not read as a question; else None."""
        if not step.retype or not state.history:
            return None
        before = self.scripts[state.dialog].step(state.history[-1])
        if before.kind != "input" or before.validate_with is None:
            return None
        if not isinstance(self._validate(before.validate_with, text, ctx, state.answers), Valid):
            return None
        back = state.model_copy(update={"step": state.history[-1], "history": state.history[:-1]})
        return self.text(back, text, ctx, token)

    def _typed_ahead(self, state: DialogState, text: str, ctx: Context, token: int) -> Step | None:
        """Typed under a result that goes on to a question (a decision date under the guide): the
        answer to that question, not thrown away; None when the text is no answer there."""
        moved = self._advance(state, ctx, token, dict(state.answers), None)
        if moved.dialog is None:
            return None
        step = self.scripts[moved.dialog.dialog].step(moved.dialog.step)
        if step.kind != "input" or step.validate_with is None:
            return None
        result = self._validate(step.validate_with, text, ctx, moved.dialog.answers)
        if isinstance(result, Valid) or result.read or _typed_offer(text, step) is not None:
            return self.text(moved.dialog, text, ctx, token)
        return None


def _index(text: str, size: int) -> int | None:
    return int(text) if text.isascii() and text.isdigit() and int(text) < size else None


def _pick(text: str, choices: tuple[ChoiceSpec, ...], canonical: Sequence[str] = ()) -> ChoiceSpec | None:
    """A typed choice: its number, its label or its value, else the words of a label or synonym,
    in the text or among its `canonical` (lexicon) words."""
    wanted = " ".join(text.casefold().split())
    if wanted.isascii() and wanted.isdigit() and 1 <= int(wanted) <= len(choices):
        return choices[int(wanted) - 1]
    for choice in choices:
        if wanted in (" ".join(choice.label.casefold().split()), choice.value):
            return choice
    return match_choice(text, choices, canonical)


def _typed_offer(text: str, step: StepSpec) -> str | None:
    """The answer stored for the offered answer or skip button the text names ("I don't know",
    "none pending") at an input step it is no valid answer to; None when it names none."""
    stored = [o.value for o in step.offers] + ([SKIPPED] if step.skip else [])
    labels = [(o.label, o.synonyms) for o in step.offers] + ([(step.skip, ())] if step.skip else [])
    buttons = tuple(
        ChoiceSpec(label=label, value=f"b{i}", synonyms=synonyms)
        for i, (label, synonyms) in enumerate(labels)
    )
    wanted = " ".join(text.casefold().split())
    chosen = next((b for b in buttons if wanted == " ".join(b.label.casefold().split())), None)
    chosen = chosen or match_choice(text, buttons)
    return None if chosen is None else stored[int(chosen.value[1:])]


class _Values(dict[str, str]):
    """Placeholders a computation did not fill stay visible rather than raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True)
class _Data:
    """Button data: the state token, so a button of an older message is recognised as stale."""

    token: int

    def code(self, code: str) -> str:
        return f"{self.token}:{code}"


def _after(answer: str | None, today: date) -> bool:
    """Whether a stored answer is a date (stored as ISO) after today; a skipped one is not."""
    if answer is None:
        return False
    try:
        return date.fromisoformat(answer) > today
    except ValueError:
        return False
