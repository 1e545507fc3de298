"""What is stored about one student: where they are in a dialog, and their elective ledger.

Only what a feature needs: no message text, no names beyond the course names a student adds.
The whole state is one JSON-serialisable model, so any store can keep it and `/forget` drops it.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from bot.rules.frozen import Strict
from bot.rules.reminders import Reminder

STATE_SCHEMA_VERSION = 1


class DialogState(Strict):
    """Position in one dialog: the step, the answers so far, and the path back."""

    dialog: str
    step: str
    answers: dict[str, str] = Field(default_factory=dict)
    history: tuple[str, ...] = ()
    came_from: DialogState | None = None
    """The result of another dialog this one was started from ("File a petition for it" under a
    course verdict): ‹ Back at the first step returns to it, so what was carried is not lost. One
    level only: the result kept has no `came_from` of its own."""


class LedgerItem(Strict):
    """One elective course or project the student has recorded, with the EC that counted."""

    id: int
    kind: Literal["course", "project"]
    name: str = Field(min_length=1, max_length=120)
    ec_counted: int = Field(ge=0, le=60)
    ec_offered: int | None = Field(default=None, ge=0, le=120)
    """The course's whole EC before the caps, to count it again when an earlier one is removed."""
    level: int | None = None
    project_kind: Literal["own", "assisting"] | None = None


class Ledger(Strict):
    items: tuple[LedgerItem, ...] = ()
    been_assisted: bool = False
    next_id: int = 1


class StudentState(Strict):
    """Everything kept for one student. `token` makes buttons of older messages recognisably stale."""

    schema_version: int = STATE_SCHEMA_VERSION
    dialog: DialogState | None = None
    ledger: Ledger = Field(default_factory=Ledger)
    token: int = 0
    confirming_forget: bool = False
    last_entry: str | None = None
    """The knowledge entry last shown, so "what's next?" can follow on from it (erased by /forget)."""
    last_facts: str | None = None
    """The numbers and words of the last worked-out question (as JSON), so "and if it is level
    200?" can be worked out again with the change; dropped at the next answer that is not worked
    out, erased by /forget."""
    last_computed: bool = False
    """The last answer was a worked-out verdict (not an entry), so "why?" asks for its reasons."""
    told_start: date | None = None
    """The start of studies the student told in a message ("I started in February 2026"), so a
    later "I have 10 EC, on track?" is judged for that start, not a September one (erased by
    /forget)."""
    told_programme: tuple[str, ...] = ()
    """The premaster the student told of ("I'm in the short premaster"), as its words, so a later
    "how many EC do I need?" gets the premaster's rule, not the master's 30 EC (erased by /forget)."""
    last_dialog_result: bool = False
    """The last reply was a dialog's result, whose reasons it shows itself: "why?" points to them."""
    reminders: tuple[Reminder, ...] = ()
    """Deadline reminders the student asked for and that have not gone out yet (erased by /forget)."""
    next_reminder: int = 1

    def is_blank(self) -> bool:
        return self == StudentState()
