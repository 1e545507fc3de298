"""Answer one free-text question: a computed verdict, a curated entry, a short choice, or an honest no.

Why this order: a question that carries its own numbers ("7.5 EC", "22 EC since September") deserves
the rule core's answer for those numbers; everything else is found among the curated entries.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from bot.citation import Citation
from bot.knowledge.facts import QuestionFacts, read_facts
from bot.knowledge.loader import KnowledgeBase
from bot.knowledge.matcher import Matcher, Outcome
from bot.knowledge.schema import Entry
from bot.rules.electives import ElectiveRecord

MAX_QUESTION_CHARS = 1000
"""Longer than this is not one question; we say so rather than guess."""


class AnswerKind(StrEnum):
    ANSWER = "answer"
    COMPUTED = "computed"
    SUGGEST = "suggest"
    ABSTAIN = "abstain"
    INVALID = "invalid"


class Choice(BaseModel):
    model_config = ConfigDict(frozen=True)

    entry: str
    title: str


class Answer(BaseModel):
    """Everything a front end needs to show an answer, and `--json` to print it."""

    model_config = ConfigDict(frozen=True)

    kind: AnswerKind
    answer: str
    entry: str | None = None
    score: float = 0.0
    citations: tuple[Citation, ...] = ()
    choices: tuple[Choice, ...] = ()
    dialogs: tuple[str, ...] = ()


class Computer(Protocol):
    """Answers from the numbers and dates a question states, with the rule core; None if it can't."""

    def __call__(self, facts: QuestionFacts, today: date, record: ElectiveRecord) -> Answer | None: ...


class Asker:
    """The one place free text becomes an answer; Telegram, the terminal and `ask` all use it."""

    def __init__(self, kb: KnowledgeBase, matcher: Matcher, computers: Sequence[Computer] = ()) -> None:
        self.kb = kb
        self.matcher = matcher
        self._computers = tuple(computers)
        self._entries = kb.by_id
        self._normaliser = kb.normaliser()

    def entry_answer(self, entry: Entry, score: float = 100.0) -> Answer:
        """The curated answer of one entry, with its citation line."""
        parts = [entry.answer]
        if entry.citation is not None:
            parts.append(self.kb.messages.cite.format(quote=entry.citation.quote))
        return Answer(
            kind=AnswerKind.ANSWER,
            answer="\n\n".join(parts),
            entry=entry.id,
            score=score,
            citations=(entry.citation,) if entry.citation else (),
            dialogs=entry.dialogs,
        )

    def _invalid(self, question: str) -> Answer | None:
        text = question.strip()
        messages = self.kb.messages
        if not text:
            return Answer(kind=AnswerKind.INVALID, answer=messages.empty_question)
        if len(text) > MAX_QUESTION_CHARS:
            return Answer(kind=AnswerKind.INVALID, answer=messages.too_long)
        if not any(ch.isalnum() for ch in text):
            return Answer(kind=AnswerKind.INVALID, answer=messages.no_words)
        if not any(ch.isalpha() for ch in text):
            return Answer(kind=AnswerKind.INVALID, answer=messages.numbers_only)
        return None

    def ask(self, question: str, today: date, record: ElectiveRecord | None = None) -> Answer:
        """Never raises on a student's text: every input gets a reply."""
        invalid = self._invalid(question)
        if invalid is not None:
            return invalid
        if self._computers:
            facts = read_facts(question, self._normaliser, today)
            for compute in self._computers:
                computed = compute(facts, today, record or ElectiveRecord())
                if computed is not None:
                    return computed
        match = self.matcher.match(question)
        if match.outcome is Outcome.ANSWER:
            return self.entry_answer(self._entries[match.ranked[0].entry_id], match.score)
        if match.outcome is Outcome.SUGGEST:
            choices = tuple(
                Choice(entry=r.entry_id, title=self._entries[r.entry_id].title) for r in match.ranked
            )
            lines = [self.kb.messages.did_you_mean]
            lines += [f"{n}. {c.title}" for n, c in enumerate(choices, start=1)]
            return Answer(
                kind=AnswerKind.SUGGEST,
                answer="\n".join(lines),
                score=match.score,
                choices=choices,
            )
        return Answer(kind=AnswerKind.ABSTAIN, answer=self.kb.messages.abstain, score=match.score)
