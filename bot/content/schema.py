"""The shapes of the files in `knowledge/`: what a coordinator may write, checked at load time."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator

from bot.citation import Citation
from bot.rules.frozen import Strict

ENTRY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ANSWER_SOFT_LIMIT = 700
ANSWER_HARD_LIMIT = 1500
QUOTE_MAX_WORDS = 25


class Source(Strict):
    """One official page: its id (used in citations), its title and the seed file it was copied to."""

    id: str = Field(pattern=ENTRY_ID.pattern)
    title: str = Field(min_length=1)
    file: str = Field(min_length=1)
    addresses: tuple[str, ...] = ()


class SourcesFile(Strict):
    sources: tuple[Source, ...]


EntryKind = Literal["answer", "out_of_scope"]


class Entry(Strict):
    """One thing a student may ask: how they ask it, what we answer, and the sentence it rests on.

    `kind: out_of_scope` marks an honest "the pages don't cover this" entry: it still answers,
    but says where to ask instead, and needs no citation.
    """

    id: str = Field(pattern=ENTRY_ID.pattern, max_length=60)
    title: str = Field(min_length=1, max_length=80)
    kind: EntryKind = "answer"
    phrasings: tuple[str, ...] = Field(min_length=3)
    answer: str = Field(min_length=1)
    citation: Citation | None = None
    related: tuple[str, ...] = ()
    next: str | None = None
    """The entry a student needs after this one: "done, what's next?" is answered with it."""
    dialogs: tuple[str, ...] = ()
    if_missed: str | None = None
    """The entry that says what follows when this answer's date is missed ("and if I miss that?");
    an answer with a date and none of these says the page does not say."""
    deadline: str | None = None
    """A yearly date the answer is about (`circumstances_deadline`, `correction_deadline`,
    `progress_check`): the answer then also says this year's date, and whether it has passed for
    the student asking."""
    only_with: tuple[str, ...] = ()
    """Words one of which a message must hold for this entry to be found: "first year" is an
    ArtScience course's level only beside ArtScience words; of a master course it is no such thing."""
    never_with: tuple[str, ...] = ()
    """Words none of which a message may hold for this entry to be found: the negative decision's
    answer ("the IND cancels your permit") is never for a student who says theirs was positive."""
    for_shortfall: bool = False
    """The answer is for a student who fell short at the check (a decision, an appeal): beneath a
    verdict that the requirement is met, it is not said as if it were theirs."""
    for_start: Literal["september", "february"] | None = None
    """The start month the answer is about: a student whose start is known ("I just started this
    week", on 2 September) gets the entry of their own start among those that have one."""
    for_premaster: str | None = None
    """The entry that answers a premaster student instead: one who said so earlier ("I'm in the
    short premaster") and now asks "how many EC do I need?" is not held to the master's 30 EC."""

    @field_validator("phrasings")
    @classmethod
    def _phrasings_not_blank(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not p.strip() for p in value):
            raise ValueError("a phrasing is empty")
        return tuple(p.strip() for p in value)

    @field_validator("answer")
    @classmethod
    def _answer_trimmed(cls, value: str) -> str:
        return value.strip()


class EntriesFile(Strict):
    entries: tuple[Entry, ...]


class UnsaidDetail(Strict):
    """A detail students ask that the pages never give (a fee, how long, a template): asked with
    any of `asks`, it gets `note` before an answer not among `answered_by`; with `only_for`, only
    before the answers listed there (a deadline: most answers give one, these do not)."""

    id: str = Field(pattern=ENTRY_ID.pattern)
    asks: tuple[str, ...] = Field(min_length=1)
    note: str = Field(min_length=1)
    answered_by: tuple[str, ...] = ()
    only_for: tuple[str, ...] = ()

    @field_validator("note")
    @classmethod
    def _names_who(cls, value: str) -> str:
        if "{who}" not in value or value.count("{") != 1:
            raise ValueError("the note must name {who} and no other placeholder")
        return value


class DetailsFile(Strict):
    details: tuple[UnsaidDetail, ...] = ()
