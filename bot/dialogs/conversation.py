"""One student's conversation: commands, buttons, dialogs and free questions, front-end neutral.

`handle(state, event, today) -> Turn` is the whole contract with the front ends: they turn their
updates into events, store `turn.state`, and show `turn.replies`. Nothing here knows Telegram.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from bot.answering.ask import Answer, AnswerKind, Asker
from bot.answering.facts import QuestionFacts
from bot.content.normalise import fold
from bot.dialogs.calendar import Document
from bot.dialogs.engine import Context, Engine, Step
from bot.dialogs.events import Command, Event, Press, Text, Unsupported
from bot.dialogs.ledger import elective_record
from bot.dialogs.reminders import TOKEN_CODES, Delivery, Handled, ReminderDesk
from bot.dialogs.state import DialogState, Ledger, StudentState
from bot.replies import Button, Reply
from bot.rules.electives import ElectiveRecord
from bot.rules.frozen import Frozen


class Turn(Frozen):
    """The outcome of one event: the new state, the messages to send, a press notice, an erase."""

    state: StudentState
    replies: tuple[Reply, ...] = ()
    notice: str | None = None
    erase: bool = False
    documents: tuple[Document, ...] = ()


_ANSWERED = (AnswerKind.ANSWER, AnswerKind.COMPUTED, AnswerKind.SMALL_TALK)

INLINE_RESULTS = 10
"""Answers listed for one inline query (Telegram allows 50; a phone shows a handful)."""
INLINE_QUERY_CHARS = 256
"""Telegram's limit on an inline query's text."""
INLINE_TEXT_LIMIT = 4096
"""A shared answer is one message: at most this many characters, as Telegram counts them (UTF-16)."""
INLINE_DESCRIPTION = 120
"""Characters of the answer shown under its title in the inline list."""


class Shareable(Frozen):
    """One answer as inline mode lists it: dropped into any chat as one message of plain text."""

    entry: str
    title: str
    description: str
    text: str
    """The answer with its quote line, at most INLINE_TEXT_LIMIT characters (UTF-16 units)."""


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _clipped(text: str, limit: int) -> str:
    """`text`, or its start that fits in `limit` UTF-16 units with "…", cut at a word."""
    if _utf16(text) <= limit:
        return text
    cut = text[: max(len(text) - (_utf16(text) - limit + 1), 0)]  # each character is 1 or 2 units
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + "…"


ALIASES: Mapping[str, str] = {"deadlines": "reminders", "remind": "reminders"}
"""Other names students type for a command: each runs the command it names, and the command menu
(Telegram's, and `COMMANDS` in bot/app.py) lists it right after that command."""


_NO_TOPIC: dict[str, object] = {
    "last_entry": None,
    "last_facts": None,
    "last_computed": False,
    "last_dialog_result": False,
}
"""What a follow-up reads against, cleared when the student cancels."""


class Conversation:
    """Routes each event to the dialog engine or the asker and keeps the token of live buttons."""

    def __init__(self, engine: Engine, asker: Asker, menu: Sequence[str], jobs: Sequence[str] = ()) -> None:
        self.engine = engine
        self.asker = asker
        self.messages = asker.kb.messages
        self.menu = tuple(menu)
        self.jobs = tuple(jobs) or self.menu
        """The bot's main jobs, offered as buttons after a greeting or "what can you do"."""
        self._normaliser = asker.matcher.normaliser
        lexicon = asker.kb.lexicon
        self._agreements = frozenset(fold(w) for w in lexicon.agreements)
        self._refusals = frozenset(fold(w) for w in lexicon.refusals)
        self.reminders = ReminderDesk(asker.kb, engine.scripts)

    # -- what front ends ask of us ---------------------------------------------------------------
    def command_menu(self) -> tuple[tuple[str, str], ...]:
        m = self.messages
        dialogs = tuple((d, self.engine.scripts[d].summary) for d in self.menu)
        return (
            ("start", m.command_start),
            ("help", m.command_help),
            *dialogs,
            ("reminders", m.reminders.command),
            *(
                (alias, m.command_alias.format(description=m.reminders.command, command=command))
                for alias, command in ALIASES.items()
            ),
            ("cancel", m.command_cancel),
            ("forget", m.command_forget),
        )

    def expects_typing(self, state: StudentState) -> bool:
        """True when the current step asks for typed input (so "2" means two, not button 2)."""
        if state.dialog is None:
            return False
        return self.engine.scripts[state.dialog.dialog].step(state.dialog.step).kind == "input"

    def apology(self) -> str:
        return self.messages.apology

    def inline_search(self, query: str, limit: int = INLINE_RESULTS) -> tuple[Shareable, ...]:
        """The answers inline mode lists for `query` (`@bot petition steps`), best first.

        Pure: nothing is stored and no student state is read (an inline query comes from any
        chat). An exact entry id (what a Share button prefills) lists that entry first; an empty
        query lists nothing.
        """
        text = query.strip()[:INLINE_QUERY_CHARS]
        if not text:
            return ()
        entries = self.asker.kb.by_id
        floor = self.asker.matcher.thresholds.lead_floor
        found = [text] if text in entries else []
        ranked = self.asker.matcher.rank_message(text) if any(ch.isalpha() for ch in text) else ()
        found += [r.entry_id for r in ranked if r.score >= floor and r.entry_id in entries]
        return tuple(self.shareable(entry) for entry in list(dict.fromkeys(found))[:limit])

    def shareable(self, entry_id: str) -> Shareable:
        """One entry's answer with its quote line, within Telegram's limits for one message."""
        entry = self.asker.kb.by_id[entry_id]
        answer = self.asker.entry_answer(entry).answer
        first = " ".join(entry.answer.split())
        return Shareable(
            entry=entry.id,
            title=entry.title,
            description=_clipped(first, INLINE_DESCRIPTION),
            text=_clipped(answer, INLINE_TEXT_LIMIT),
        )

    # -- building replies ------------------------------------------------------------------------
    def _menu_buttons(self, dialogs: Sequence[str] = ()) -> tuple[tuple[Button, ...], ...]:
        return tuple(
            (Button(label=self.engine.scripts[d].title, data=f"d:{d}"),) for d in (dialogs or self.menu)
        )

    def _menu(self, text: str) -> Reply:
        return Reply(text=text, buttons=self._menu_buttons())

    def _continue_button(self, state: DialogState | None, token: int) -> tuple[Button, ...]:
        if state is None or self.engine.is_finished(state):
            return ()
        title = self.engine.scripts[state.dialog].title
        return (Button(label=self.messages.continue_label.format(title=title), data=f"{token}:k"),)

    def _answer_reply(self, answer: Answer, dialog: DialogState | None, token: int) -> Reply:
        rows: list[tuple[Button, ...]] = []
        if answer.kind is AnswerKind.SMALL_TALK:
            jobs = self._menu_buttons(self.jobs) if dialog is None else ()
            return Reply(
                text=answer.answer, buttons=(*jobs, *filter(None, [self._continue_button(dialog, token)]))
            )
        if answer.kind is AnswerKind.SUGGEST:
            rows += [(Button(label=c.title, data=f"e:{c.entry}"),) for c in answer.choices]
        label = self.messages.related_label
        rows += [(Button(label=label.format(title=c.title), data=f"e:{c.entry}"),) for c in answer.related]
        for name in answer.dialogs:
            if name in self.engine.scripts and (dialog is None or dialog.dialog != name):
                title = self.engine.scripts[name].title
                rows.append((Button(label=self.messages.start_label.format(title=title), data=f"d:{name}"),))
        carry_on = self._continue_button(dialog, token)
        if carry_on:
            rows.append(carry_on)
        if answer.kind is AnswerKind.ANSWER and answer.entry is not None:
            rows.append((Button(label=self.messages.share_label, share=answer.entry),))
        return Reply(
            text=answer.answer, detail=answer.detail, buttons=tuple(rows), citations=answer.citations
        )

    # -- the one entry point ---------------------------------------------------------------------
    def handle(self, state: StudentState, event: Event, today: date) -> Turn:
        """Never raises on a student's input; a stale or forged button changes nothing."""
        turn = self._handle(state, event, today)
        return turn.model_copy(update={"replies": self.reminders.offer(turn.state, turn.replies, today)})

    def due(self, state: StudentState, today: date) -> Delivery:
        """The reminders whose day has come (front ends call this when their clock passes one)."""
        return self.reminders.due(state, today)

    def _handled(self, done: Handled) -> Turn:
        return Turn(state=done.state, replies=done.replies, notice=done.notice, documents=done.documents)

    def _handle(self, state: StudentState, event: Event, today: date) -> Turn:
        token = state.token + 1
        ctx = Context(today=today, ledger=state.ledger)
        if isinstance(event, Command):
            return self._command(state, event, ctx, token)
        if isinstance(event, Press):
            return self._press(state, event.data, ctx, token)
        if isinstance(event, Unsupported):
            return Turn(state=state, replies=(Reply(text=self._hint(event)),))
        return self._text(state, event, ctx, token)

    def _hint(self, event: Unsupported) -> str:
        m = self.messages
        return {
            "media": m.media_hint,
            "edited": m.edited_hint,
            "group": m.group_hint,
            "unknown_command": m.unknown_command,
        }[event.what]

    def _start_dialog(
        self,
        state: StudentState,
        dialog: str,
        ctx: Context,
        token: int,
        before: Sequence[Reply] = (),
        seed: dict[str, str] | None = None,
        came_from: DialogState | None = None,
    ) -> Turn:
        step = self.engine.start(dialog, ctx, token, seed, came_from)
        new = state.model_copy(update={"dialog": step.dialog, "token": token, "confirming_forget": False})
        return Turn(state=new, replies=(*before, *step.replies))

    def _set_aside(self, dialog: DialogState | None, starting: str) -> tuple[Reply, ...]:
        """A half-way dialog with typed answers, closed by another dialog's command: say so, never
        silently (its own command is a deliberate restart)."""
        if dialog is None or not dialog.answers or dialog.dialog == starting:
            return ()
        script = self.engine.scripts[dialog.dialog]
        if script.step(dialog.step).kind == "result":
            return ()
        return (Reply(text=self.messages.set_aside.format(title=script.title, command=script.id)),)

    def _command(self, state: StudentState, event: Command, ctx: Context, token: int) -> Turn:
        name = event.name.casefold().lstrip("/")
        name = ALIASES.get(name, name)
        m = self.messages
        if name == "start":
            payload = event.arg.strip().casefold()
            if payload in self.engine.scripts:
                return self._start_dialog(state, payload, ctx, token)
            if payload in self.asker.kb.by_id:  # a deep link to one answer (its Share button's)
                return self._press(state, f"e:{payload}", ctx, token)
            return Turn(state=state, replies=(self._menu(m.welcome),))
        if name == "help":
            # One short line per command; the three jobs as buttons, as after a greeting.
            return Turn(state=state, replies=(Reply(text=m.help, buttons=self._menu_buttons(self.jobs)),))
        if name in self.engine.scripts:
            return self._start_dialog(state, name, ctx, token, before=self._set_aside(state.dialog, name))
        if name == "reminders":
            return self._handled(self.reminders.listing(state, token))
        if name == "cancel":
            text = m.cancelled if state.dialog is not None else m.nothing_to_cancel
            # Stopped is stopped: the next question is read alone, not as a follow-up to the topic left.
            new = state.model_copy(
                update={"dialog": None, "token": token, "confirming_forget": False, **_NO_TOPIC}
            )
            return Turn(state=new, replies=(self._menu(text),))
        if name == "forget":
            buttons = (
                (Button(label=m.forget_yes, data=f"{token}:fy"),),
                (Button(label=m.forget_no, data=f"{token}:fn"),),
            )
            new = state.model_copy(update={"confirming_forget": True, "token": token})
            return Turn(state=new, replies=(Reply(text=m.forget_confirm, buttons=buttons),))
        return Turn(state=state, replies=(Reply(text=m.unknown_command),))

    def _press(self, state: StudentState, data: str, ctx: Context, token: int) -> Turn:
        m = self.messages
        head, _, code = data.partition(":")
        if head == "e" and code in self.asker.kb.by_id:
            answer = self.asker.show(code, ctx.today)
            new = state.model_copy(update={"token": token, "last_entry": code})
            return Turn(state=new, replies=(self._answer_reply(answer, state.dialog, token),))
        if head == "d" and code in self.engine.scripts:
            return self._start_dialog(state, code, ctx, token)
        if head == "r" and code:
            return self._handled(self.reminders.press(state, code, ctx.today, token, m.stale_button))
        if not (head.isascii() and head.isdigit()) or not code:
            return Turn(state=state, notice=m.unknown_button)
        if int(head) != state.token:
            return Turn(state=state, notice=m.stale_button)
        if code in ("fy", "fn") and state.confirming_forget:
            if code == "fy":
                return Turn(state=StudentState(), replies=(Reply(text=m.forgotten),), erase=True)
            new = state.model_copy(update={"confirming_forget": False, "token": token})
            return Turn(state=new, replies=(Reply(text=m.forget_kept),))
        if code in TOKEN_CODES:
            return self._handled(self.reminders.act(state, code, ctx.today, token))
        if state.dialog is None:
            return Turn(state=state, notice=m.stale_button)
        if code == "k":
            new = state.model_copy(update={"token": token})
            return Turn(state=new, replies=(self.engine.render(state.dialog, ctx, token),))
        if code == "x":
            new = state.model_copy(update={"dialog": None, "token": token, **_NO_TOPIC})
            return Turn(state=new, replies=(self._menu(m.cancelled),))
        step = self.engine.press(state.dialog, code, ctx, token)
        if not step.understood:
            return Turn(state=state, notice=step.notice)
        return self._after_step(state, step, ctx, token)

    def _after_step(self, state: StudentState, step: Step, ctx: Context, token: int) -> Turn:
        ledger: Ledger = step.ledger if step.ledger is not None else state.ledger
        new = state.model_copy(
            update={
                "dialog": step.dialog,
                "ledger": ledger,
                "token": token,
                "confirming_forget": False,
            }
        )
        if step.start is not None:
            ctx = Context(today=ctx.today, ledger=ledger)
            # Started from a result's button: ‹ Back at its first step returns to that result.
            return self._start_dialog(
                new, step.start, ctx, token, before=step.replies, seed=step.seed, came_from=step.dialog
            )
        if step.entry is not None and step.entry in self.asker.kb.by_id:
            answer = self.asker.show(step.entry, ctx.today)
            return Turn(state=new, replies=(*step.replies, self._answer_reply(answer, step.dialog, token)))
        if step.dialog is not None and self.engine.is_finished(step.dialog):
            # The result just shown is what "what's next?" now refers to.
            topic = self._topic(step.dialog.dialog)
            new = new.model_copy(update={"last_dialog_result": True, "last_computed": False})
            new = new.model_copy(update={"last_entry": topic}) if topic is not None else new
            said = self._said_as(step.dialog)
            if said is not None:
                # "And if I get 10 more by June?" typed after the result varies its numbers.
                facts = self.asker.facts_of(said, ctx.today).model_dump_json()
                new = new.model_copy(update={"last_facts": facts, "last_computed": True})
        replies = tuple(step.replies)
        if step.dialog is None and not replies:
            replies = (self._menu(self.messages.menu_prompt),)
        return Turn(state=new, replies=replies)

    def _text(self, state: StudentState, event: Text, ctx: Context, token: int) -> Turn:
        if state.confirming_forget:
            # "Erase it all?" answered by typing "yes" or "no" instead of pressing a button.
            said = " ".join(fold(event.text).split())
            if said in self._agreements:
                return Turn(state=StudentState(), replies=(Reply(text=self.messages.forgotten),), erase=True)
            if said in self._refusals:
                new = state.model_copy(update={"confirming_forget": False, "token": token})
                return Turn(state=new, replies=(Reply(text=self.messages.forget_kept),))
        state = state.model_copy(update={"confirming_forget": False})
        dialog = state.dialog
        if dialog is not None and not self.engine.is_finished(dialog):
            # A clear question the knowledge base answers is not taken as a course name, a
            # motivation or a button: it is answered, and the dialog waits at the same step.
            asked = self._normaliser.is_question(event.text)
            answer = self._ask(state, event.text, ctx) if asked else None
            if answer is not None and answer.kind in _ANSWERED:
                new = self._remember(state, answer, token)
                return Turn(state=new, replies=(self._answer_reply(answer, dialog, token),))
            step = self.engine.text(dialog, event.text, ctx, token)
            if step.understood:
                return self._after_step(state, step, ctx, token)
            # Not understood: the dialog stays at its step, with any part of the answer it kept.
            kept = state.model_copy(update={"token": token, "dialog": step.dialog or dialog})
            if step.replies and not asked:
                return Turn(state=kept, replies=tuple(step.replies))
            answer = answer or self._ask(state, event.text, ctx)
            if answer.kind in _ANSWERED or not step.replies:
                new = self._remember(state, answer, token)
                return Turn(state=new, replies=(self._answer_reply(answer, dialog, token),))
            return Turn(state=kept, replies=tuple(step.replies))
        if dialog is not None:
            # Under a result that ended on the answer just given ("this course has started"), a
            # corrected answer typed is that step's again.
            again = self.engine.text(dialog, event.text, ctx, token)
            if again.understood:
                return self._after_step(state, again, ctx, token)
        answer = self._ask(state, event.text, ctx)
        new = self._remember(state, answer, token)
        started = self.asker.start_told(event.text, ctx.today)
        new = new.model_copy(update={"told_start": started}) if started is not None else new
        programme = self.asker.programme_told(event.text)
        new = new.model_copy(update={"told_programme": tuple(sorted(programme))}) if programme else new
        return Turn(state=new, replies=(self._answer_reply(answer, dialog, token),))

    def _ask(self, state: StudentState, text: str, ctx: Context) -> Answer:
        """Outside a dialog a short message may follow on from the last answer; inside one, a
        short text is far more likely the step's answer (a course name) than a follow-up."""
        dialog = state.dialog
        free = dialog is None or self.engine.is_finished(dialog)
        last = state.last_entry if free else None
        facts = QuestionFacts.model_validate_json(state.last_facts) if free and state.last_facts else None
        computed = free and state.last_computed
        return self.asker.ask(
            text,
            ctx.today,
            _record(ctx),
            last_entry=last,
            last_facts=facts,
            last_computed=computed,
            after_dialog_result=free and state.last_dialog_result,
            told_start=state.told_start,
            told_programme=frozenset(state.told_programme),
        )

    def _said_as(self, dialog: DialogState) -> str | None:
        """The dialog's answers in the student's own words (its script's first `said_as` whose steps
        were all answered with something said: no "I don't know", no skip)."""
        script = self.engine.scripts.get(dialog.dialog)
        answers = {k: v for k, v in dialog.answers.items() if v not in _UNSAID}
        for said in script.said_as if script is not None else ():
            try:
                return said.format_map(answers)
            except KeyError:
                continue
        return None

    def _topic(self, dialog: str) -> str | None:
        script = self.engine.scripts.get(dialog)
        return script.topic if script is not None else None

    def _remember(self, state: StudentState, answer: Answer, token: int) -> StudentState:
        """Keep what was just answered as the topic a follow-up refers to: the entry shown, or for
        a computed verdict (no entry of its own) the entry its dialog names as its topic; and the
        facts of the last verdict, which a later "and if it is level 200?" changes."""
        update: dict[str, object] = {"token": token, "last_dialog_result": False}
        if answer.kind in (AnswerKind.ANSWER, AnswerKind.COMPUTED):
            update["last_computed"] = answer.kind is AnswerKind.COMPUTED
        topic = answer.entry or answer.topic
        if topic is None and answer.kind is AnswerKind.COMPUTED and answer.dialogs:
            topic = self._topic(answer.dialogs[0])
        if topic is not None:
            update["last_entry"] = topic
        if answer.basis is not None:
            # Kept until the next worked-out verdict, so "and with 10 more by June?" still varies
            # it after a question about the circumstances in between.
            update["last_facts"] = answer.basis.model_dump_json()
        return state.model_copy(update=update)


_UNSAID = frozenset({"", "-", "0", "unknown"})
"""Answers that tell nothing a follow-up could vary: not known, skipped, none."""


def _record(ctx: Context) -> ElectiveRecord:
    return elective_record(ctx.ledger)
