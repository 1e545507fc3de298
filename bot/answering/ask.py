"""Answer one free-text question: a computed verdict, a curated entry, a short choice, or an honest no.

Why this order: a question that carries its own numbers ("7.5 EC", "22 EC since September") deserves
the rule core's answer for those numbers; everything else is found among the curated entries.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Protocol

from pydantic import Field

from bot.answering.dates import coming, last_first_of
from bot.answering.facts import (
    FEBRUARY,
    SEPTEMBER,
    QuestionFacts,
    changes,
    courses_varied,
    no_student_permit,
    read_facts,
    vary,
)
from bot.answering.matcher import Match, Matcher, Outcome, Ranked, area_of
from bot.answering.reading import SENTENCE_END, Reader, Reading, SmallTalk
from bot.answering.unsaid import UnsaidDetails
from bot.citation import Citation
from bot.content.loader import KnowledgeBase
from bot.content.schema import Entry
from bot.presenting import verdicts
from bot.rules.circumstances import (
    YearlyDeadline,
    deadline_of_year,
    first_check,
    in_an_earlier_year,
    short_premaster_check,
    yearly_deadline,
)
from bot.rules.electives import ElectiveRecord
from bot.rules.frozen import Frozen
from bot.rules.parameters import ParameterId
from bot.rules.usecases import petition_ahead, petition_too_late

MAX_QUESTION_CHARS = 1500
"""Longer than this is not one question; we say so rather than guess."""
TIME_DETAILS = frozenset({"duration", "deadline"})
"""The details (knowledge/details.yaml) that ask how much time is left."""
BARE_WORDS = 2
"""After an answer, a message of this few meaningful words ("who decides?") is read against it."""
FOLLOW_UP_WORDS = 3
"""A question this short that matches nothing clearly is read against the last answer's topic."""
_NUMBERS = re.compile(r"\d+(?:[.,]\d+)?")
_NO_UNIT_AFTER = r"(?!\s*(?:ec|credits?|points?|courses?|exams?))"
_PASS_ALL = re.compile(
    r"\bpass(?:ed)?\s+(?:them\s+)?(?:both|all|everything|them all|all of them|each)\b", re.IGNORECASE
)
""" "and if I pass both?": every course still to come, passed."""
_DECIDED = frozenset({"decision", "insufficient", "negative", "rejected", "examiners", "email"})
"""Beside a day told, words of a decision that can be appealed."""
_TWO_QUESTIONS = 2
_OWN_WORDS = 2
_OWN_COVERAGE = 0.5
"""A question sentence needs this many content words of its own, and an entry that covers this
much of it, to be answered on its own beneath the answer to the other."""
_COUNT_WORDS = frozenset({"one", "two", "three", "both", "some", "any", "all"})
"""In "and if I fail one?": how many of the courses to come, so not simply the one course."""
_GOT_BARE = re.compile(
    r"\b(got|get|gets|getting|received|receive|scored|score)\s+(\d{1,2}(?:[.,]\d)?)\b(?!\s*ec)", re.IGNORECASE
)
""" "got 6.5": a grade said without its article, once a grade was asked about."""
_MANY_OF_THEM = re.compile(r"\b(two|three|four|[2-4]) of (?:them|those|these)\b", re.IGNORECASE)
""" "two of them": that many courses of the size said before."""
_PART_OF_THEM = re.compile(r"\b\d+(?:[.,]\d+)? of (?:them|those|these)\b", re.IGNORECASE)
""" "20 of them": a part of the amount said before."""
_BARE_MORE = re.compile(rf"\b({_NUMBERS.pattern})\s+more\b{_NO_UNIT_AFTER}", re.IGNORECASE)
_BARE_ANOTHER = re.compile(rf"\banother\s+({_NUMBERS.pattern})\b{_NO_UNIT_AFTER}", re.IGNORECASE)
""" "5 more", "another 5": EC said bare after a verdict on EC (no unit after the number)."""
_NOT_DONE = re.compile(
    r"^\s*(?:and|so|but|ok)?\s*(?:what|and|but)?\s*(?:if|about if)\s+(?:i\s+)?"
    r"(?:don'?t|do not|can'?t|cannot|won'?t|fail(?: them| those| both| all of them| it)?|not)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
""" "What if I don't?", "and if I fail them?": the last verdict's EC still to come do not come."""
_ONLY_PART = re.compile(r"\bonly\s+(\d+(?:\.\d+)?)\s+of\s+(?:those|them|these|it)\b", re.IGNORECASE)
""" "And if only 6 of those come in?": part of the EC the last verdict had still to come."""
_BARE_SIZE = re.compile(rf"\b(?:is|was|were|be)\s+({_NUMBERS.pattern})(?=\s*[?.!]*\s*$)", re.IGNORECASE)
""" "And if the project is 3?": a size said bare at the end, after a verdict on EC."""
_BARE_IF = frozenset({"if", "with", "what about", "how about"})
"""All a follow-up says before its number ("and if only 10?"): the last verdict's question again."""
_OPENERS = frozenset({"what", "and", "so", "but", "then", "ok", "okay", "also"})
"""Words before a follow-up's own ("what if I get 12?" asks "if I get 12")."""
_ARTSCIENCE = "artscience"
"""The entry area of ArtScience courses (see `area_of`)."""
_WHO_WHERE = frozenset({"who", "whom", "whose", "where", "via", "through"})
"""A follow-up asking whom, where or by which way ("via usis?") of what the last answer names."""
_ELECTIVES_DIALOG = "electives"
_BY_A_TIME = re.compile(
    r"^(.*\d)\s+((?:by|in|before|until|till)\s+(?:the\s+end\s+of\s+)?[a-z]+)\s*[?!.]*$", re.IGNORECASE
)
""" "What if I get 10 by June?": a bare number, then when."""
_WHOLE_BY_THEN = frozenset({"have", "end", "ending", "at", "reach", "finish"})
"""In an expected amount ("I'll have 20", "end up with 20", "be at 20"): the total then, not more."""
_TIME_FIRST = re.compile(
    r"^(?:and\s+|so\s+)?((?:by|in|before|until|till)\s+(?:the\s+end\s+of\s+)?[a-z]+),?\s+(.*\d)\s*[?!.]*$",
    re.IGNORECASE,
)
""" "And by the end of January I'll have 20": when, then a bare number."""
_VERDICT_ASKED = frozenset(
    {"is", "are", "will", "would", "can", "could", "am", "do", "does", "did", "should", "have", "has"}
)
"""The first word of a question that asks for a yes or no."""
_OUTCOME_SUPPOSED = re.compile(
    r"\b(?:(?:what\s+)?if\s+i|i\s+will|i'll|i\s+think\s+i(?:'ll|\s+will))\s+(?:only\s+)?(fail|pass)\s+"
    r"(?:only\s+)?(one|1|two|2|both|all)\b(?:\s+of\s+(?:them|those|these|the\s+\w+))?",
    re.IGNORECASE,
)
""" "If I pass one", "what if I fail one of them", "I will pass only one of them": of the courses
the message tells are to come, so many passed or failed."""
_ALONGSIDE = "also"
"""The word that makes a follow-up's course one taken beside the last (a lexicon `alongside` cue)."""
_SUPPOSED_COUNTS = {"one": 1, "1": 1, "two": 2, "2": 2, "both": 2}
"""How many courses a supposed outcome is of; "all" is every course to come."""
_ONE_OF_BARE = re.compile(
    r"(\b(?:fail|failed|flunk)\s+one\s+of\s+\d+(?:[.,]\d+)?)(\s*[?.!]*\s*)$", re.IGNORECASE
)
""" "And if I fail one of 5?": a course of that size, its unit unsaid."""
_DEADLINE_ASKED = frozenset({"deadline", "deadlines", "exactly", "precisely", "again", "exact", "date"})
"""All a short follow-up says of the last answer's date ("and the deadline?", "by when exactly?")."""
_NOT_SO = frozenset({"not", "no", "non", "isnt", "wasnt", "regular", "normal"})
_BARE_NUMBER_WORDS = frozenset({"one", "too", "also", "then"})
"""Beside a bare number, words that say nothing of what it counts ("and the 5 one too?")."""
_MISSED = frozenset({"miss", "missed", "late"})
_HAPPENS = frozenset({"happens", "happen"})
_YES_NO = frozenset({"do", "does", "should", "must"})
_TALKING_VERBS = ("talk", "speak", "turn")
"""What a "who" question does with the person it asks for; the answer names the person, not the verb."""
_ASKING_VERBS = ("use", "need", "go", "do", "have", "get", "via", "through")
"""A yes-or-no question of the last answer ("do I use uSis?"): its first words, and the verbs that
ask of the thing it names without naming anything."""
_PROJECT = "project"
"""The dialog project verdicts offer, and the area of the project entries it stands for."""
_COURSE_DIALOG = "course"
_PETITION_AREA = "petition"
_CIRCUMSTANCES = "circumstances"
"""The course verdict's dialog, and the areas of the petition's and the circumstances' entries."""
_PROGRESS_PAGE = "progress"
_PAGE_OF = {
    **dict.fromkeys(("progress", "circumstances"), "progress"),
    **dict.fromkeys(
        ("elective", "electives", "course", "petition", _ARTSCIENCE, "project", "ledger"), "electives"
    ),
}
"""Which official page an entry area (its id's first word) or a dialog belongs to."""


def _fitting(sentences: Sequence[str]) -> list[str]:
    """As many of `sentences`, in order, as fit in `MAX_QUESTION_CHARS` together."""
    kept: list[str] = []
    size = 0
    for sentence in sentences:
        size += len(sentence) + 1
        if size > MAX_QUESTION_CHARS:
            break
        kept.append(sentence)
    return kept


def _parts_of(text: str, is_question: Callable[[str], bool]) -> list[str]:
    """What to read of a message too long to read whole, best first: its questions (and the two
    sentences before each, which often say whose numbers they are), then its last sentences (a
    story ends with its question), then its first (or it opens with it). Each fits in
    `MAX_QUESTION_CHARS`; none if not even one sentence does."""
    sentences = [s.strip() for s in SENTENCE_END.split(text) if s.strip()]
    asked = [n for n, s in enumerate(sentences) if is_question(s)]
    around = sorted({m for n in asked for m in (n - 2, n - 1, n) if m >= 0})
    parts = [
        _fitting([sentences[n] for n in around]),
        list(reversed(_fitting(list(reversed(sentences))))),
        _fitting(sentences),
    ]
    return list(dict.fromkeys(" ".join(p) for p in parts if p))


_RECENT_START_DAYS = 183
"""A course start given further back than this is not the one being petitioned for now."""
_START_MONTHS = {"september": SEPTEMBER, "february": FEBRUARY}


def _latest_start(today: date) -> date:
    """The latest first of September or February on or before today."""
    september = last_first_of(SEPTEMBER, today)
    february = date(today.year, FEBRUARY, 1)
    return february if september < february <= today else september


def _to_come(facts: QuestionFacts) -> tuple[Decimal, ...]:
    """ "14 EC now and 3 courses left of 6 EC each", "passed 3 courses of 6 EC; 3 of 5 EC to come": the
    courses after the ones that make up the EC held (all of them where no amount is to come)."""
    courses = facts.per_course
    if len(facts.ec) > 1:
        held = next((k for k in range(1, len(courses)) if sum(courses[:k]) == facts.ec[0]), 0)
        return courses[held:]
    return courses


def _of_a_course(facts: QuestionFacts) -> bool:
    """A course's verdict: its level said, no start of studies."""
    return facts.level is not None and not facts.month_years


def _one_course(facts: QuestionFacts) -> bool:
    """ "What about a level 300 of 2 EC?": one course, sized and levelled, none said to be done."""
    return _of_a_course(facts) and len(facts.ec) == 1 and not facts.earlier


def _only_ec(facts: QuestionFacts) -> bool:
    """ "And if it is only 4 EC?": an amount, and no level, start or date of its own."""
    return len(facts.ec) == 1 and facts.level is None and not (facts.months or facts.dates)


def _since_start(deadline: YearlyDeadline, start: date | None) -> YearlyDeadline:
    """A yearly date without last year's, for a student who started after it: "Just started in
    September" has no check of 31 August just gone and no 1 July that passed."""
    if start is None:
        return deadline
    fresh: dict[str, object] = {}
    if deadline.recent is not None and start > deadline.recent:
        fresh["recent"] = None
    if deadline.previous is not None and start > deadline.previous:
        fresh.update(previous=None, just_checked=False)
    return deadline.model_copy(update=fresh) if fresh else deadline


def _on_pages(entry_id: str, pages: set[str]) -> bool:
    """Beside a verdict, only answers from its own page: a course verdict never gets the IND's
    consequences beside it ("what do I end up with" is not about study progress), nor an answer
    about what the pages don't cover."""
    page = _PAGE_OF.get(area_of(entry_id))
    return page is not None and (not pages or page in pages)


class AnswerKind(StrEnum):
    ANSWER = "answer"
    COMPUTED = "computed"
    SUGGEST = "suggest"
    ABSTAIN = "abstain"
    INVALID = "invalid"
    SMALL_TALK = "small_talk"


class Choice(Frozen):
    entry: str
    title: str


class Answer(Frozen):
    """Everything a front end needs to show an answer, and `--json` to print it."""

    kind: AnswerKind
    answer: str
    detail: str = ""
    """The 'why' behind `answer` (a computed verdict's findings and quotes), shown folded away."""
    entry: str | None = None
    score: float = 0.0
    citations: tuple[Citation, ...] = ()
    choices: tuple[Choice, ...] = ()
    related: tuple[Choice, ...] = ()
    """Runners-up shown beside a direct answer, so a near miss costs one tap, not a retyped question."""
    dialogs: tuple[str, ...] = ()
    unsaid: bool = False
    """The answer opens by saying the page does not give the detail asked (a fee, how long): the
    honest "I can't answer that", with what the page does say beside it."""
    requirement_met: bool = Field(default=False, exclude=True)
    """A progress verdict that the student met the requirement: answers for a student who fell
    short (`Entry.for_shortfall`) are not said beneath it as if they were theirs."""
    basis: QuestionFacts | None = Field(default=None, exclude=True)
    topic: str | None = Field(default=None, exclude=True)
    """For a worked-out verdict, the entry of its own area the question was most about ("until when
    can I appeal?": the appeal's), which a follow-up ("and if I miss it?") refers to."""
    """The facts a computed verdict was worked out from, kept so "and if it is level 200?" can be
    worked out again with one of them changed."""


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
        self._normaliser = matcher.normaliser
        self._calculated = self._normaliser.calculated_words()
        self._reader = Reader(self._normaliser)
        self._cues = self._normaliser.lexicon.cues
        self._cue_words = self._cues.vocabulary()
        m = kb.messages
        who = {"electives": m.unsaid_who_electives, "progress": m.unsaid_who_progress}
        self._unsaid = UnsaidDetails(kb.details, who)

    def entry_answer(
        self,
        entry: Entry,
        score: float = 100.0,
        today: date | None = None,
        *,
        looking_back: bool = False,
        told_of: date | None = None,
        started: date | None = None,
        short_premaster: date | None = None,
        unsaid: str | None = None,
        premaster: bool = False,
        own_start: date | None = None,
    ) -> Answer:
        """The curated answer of one entry, with its citation line; with `today`, an answer about a
        yearly date also says this year's date and whether it has passed (for a day `told_of` in an
        earlier academic year, first that year's date; and, `looking_back` on
        last academic year, that its date has; for a start the question gives, its first check;
        for a short premaster started in September, on or before `short_premaster`, its own).
        `unsaid` goes first: the detail asked that the page does not give. A student whose
        `own_start` (said now or before) came after last year's date hears nothing of that year."""
        parts = [unsaid, entry.answer] if unsaid else [entry.answer]
        if entry.deadline is not None and today is not None:
            deadline_id = ParameterId(entry.deadline)
            yearly = yearly_deadline(self.kb.rulebook, deadline_id, today)
            deadline = _since_start(yearly, own_start or started)
            line = verdicts.yearly(deadline, self.kb.messages, looking_back=looking_back)
            then = deadline_of_year(self.kb.rulebook, deadline_id, told_of) if told_of else None
            if then is not None and told_of is not None and then != deadline.previous:
                # "I reported my illness on 28 June 2026", asked in September 2027: that year's date
                # (last academic year's is said as such by `yearly`).
                said = self.kb.messages.deadline_that_year.format(
                    said=verdicts.day(told_of, self.kb.messages), date=verdicts.day(then, self.kb.messages)
                )
                now = deadline.model_copy(update={"just_checked": False})
                line = said + "\n" + verdicts.yearly(now, self.kb.messages)
            # "Before 1 July" is set for the 31 August check; for a 31 January one the page is silent.
            unsaid_report = short_premaster is not None and deadline_id is ParameterId.CIRCUMSTANCES_DEADLINE
            if short_premaster is not None and (deadline_id is ParameterId.PROGRESS_CHECK or unsaid_report):
                # A short premaster's check is 31 January: 31 August would be months too late.
                check = short_premaster_check(self.kb.rulebook, short_premaster)
                line = verdicts.short_premaster_check(check, today, self.kb.messages)
                if unsaid_report:
                    line += "\n" + self.kb.messages.progress_reporting_unsaid_above
            elif started is not None and deadline_id is ParameterId.PROGRESS_CHECK:
                first = first_check(self.kb.rulebook, started)
                # A start still to come, or after the last check, was never subject to this year's.
                new = started > today or (deadline.recent is not None and started > deadline.recent)
                line = verdicts.first_check(started, first, today, self.kb.messages) + (
                    "" if new else "\n" + line
                )
            # Any other premaster's check is its own end, which the page does not date: no 31 August.
            if unsaid_report:
                parts.insert(0, line)  # before the page's "before 1 July", which is not for this check
            elif not (premaster and short_premaster is None and deadline_id is ParameterId.PROGRESS_CHECK):
                parts.append(line)
        if entry.citation is not None:
            parts.append(self.kb.messages.cite.format(quote=entry.citation.quote))
        return Answer(
            kind=AnswerKind.ANSWER,
            answer="\n\n".join(parts),
            entry=entry.id,
            score=score,
            citations=(entry.citation,) if entry.citation else (),
            dialogs=entry.dialogs,
            unsaid=bool(unsaid),
        )

    def show(self, entry_id: str, today: date) -> Answer:
        """One entry's answer as a button shows it: with its next and related entries beside it."""
        return self._answered(Match(outcome=Outcome.ANSWER, ranked=()), self._entries[entry_id], today)

    def _choice(self, entry_id: str) -> Choice:
        return Choice(entry=entry_id, title=self._entries[entry_id].title)

    def _told_back(
        self, reading: Reading, facts: QuestionFacts, today: date, last_facts: QuestionFacts | None = None
    ) -> bool:
        """A season or month the question tells of lies in last academic year, asked now: "I was ill
        this spring", "my mom was in hospital in March", "ill from February to May 2026", asked in
        November; that year's dates have passed. A follow-up that names no time of its own ("can I
        still report it now?") is about the months the last verdict's question told of."""
        if last_facts is not None and not (facts.months or facts.month_years or facts.dates):
            facts = last_facts
        days = [last_first_of(month, today) for month in facts.months] + list(facts.month_years)
        if reading.season_month is not None:
            days.append(date(today.year, reading.season_month, 1))
        # Nothing before the student's own start was theirs: "started in February 2027 ... exams in
        # June" asked in April tells of no June 2026.
        start = self._stated_start(facts, today) or date.min
        return any(in_an_earlier_year(self.kb.rulebook, d, today) for d in days if start <= d <= today)

    def _invalid(self, question: str) -> Answer | None:
        text = question.strip()
        messages = self.kb.messages
        if not text:
            return Answer(kind=AnswerKind.INVALID, answer=messages.empty_question)
        if len(text) > MAX_QUESTION_CHARS and not _parts_of(text, self._normaliser.is_question):
            return Answer(kind=AnswerKind.INVALID, answer=messages.too_long)
        if not any(ch.isalnum() for ch in text):
            return Answer(kind=AnswerKind.INVALID, answer=messages.no_words)
        if not any(ch.isalpha() for ch in text):
            return Answer(kind=AnswerKind.INVALID, answer=messages.numbers_only)
        return None

    def ask(
        self,
        question: str,
        today: date,
        record: ElectiveRecord | None = None,
        last_entry: str | None = None,
        last_facts: QuestionFacts | None = None,
        *,
        last_computed: bool = False,
        after_dialog_result: bool = False,
        told_start: date | None = None,
        told_programme: frozenset[str] = frozenset(),
    ) -> Answer:
        """Never raises on a student's text: every input gets a reply.

        `last_entry` is the entry the student was last answered with, so "what's next?" and a
        short "and for February?" are read as follow-ups to it; `last_facts` are the facts of the
        last worked-out verdict, so "and if it is level 200?" is worked out again with the change;
        `last_computed` says that verdict was the last answer, so "why?" asks its reasons;
        `after_dialog_result`, that the last reply was a dialog's verdict, which shows its own;
        `told_start`, the start of studies told in an earlier message (`start_told`);
        `told_programme`, the premaster words told earlier (`programme_told`).
        """
        if (invalid := self._invalid(question)) is not None:
            return invalid
        if len(question.strip()) > MAX_QUESTION_CHARS:
            # Too long to read whole: answered from the part of it that asks, and said so.
            for part in _parts_of(question.strip(), self._normaliser.is_question):
                answer = self.ask(part, today, record, last_entry, last_facts)
                if answer.kind is not AnswerKind.ABSTAIN:
                    break
            told = f"{self.kb.messages.long_read_part}\n\n{answer.answer}"
            return answer.model_copy(update={"answer": told})
        reading = self._reader.read(question)
        if reading.small_talk is not None:
            return self._small_talk(reading.small_talk)
        last = self._entries.get(last_entry) if last_entry else None
        if reading.follow_up and reading.asks_what_now and last_computed and last_facts is not None:
            # "What now?" after a worked-out verdict: its steps, for today, again.
            reading = reading.model_copy(update={"follow_up": False, "asks_what_now": True})
        # "What do I need to do?" after an entry with a next step asks for that step.
        if reading.follow_up or (reading.asks_what_now and not last_computed and last and last.next):
            if last is not None and last.next is not None:
                return self.show(last.next, today)
            if last is None:
                return Answer(kind=AnswerKind.ABSTAIN, answer=self.kb.messages.no_follow_up)
            related = tuple(self._choice(r) for r in last.related if r in self._entries)
            text = self.kb.messages.no_next.format(title=last.title)
            return Answer(
                kind=AnswerKind.ABSTAIN, answer=text, related=related[: self.matcher.thresholds.max_related]
            )
        steps = self._steps_to_choose(reading, last) if not last_computed else None
        if steps is not None:
            return steps
        held = record or ElectiveRecord()
        # "When exactly is my appeal deadline?" a question after the date was given: that verdict again.
        again = last_facts is not None and self._asks_appeal_again(reading, last_facts)
        verdict_facts = last_facts if last_computed or again else None
        about_last = self._about_last(reading, last, verdict_facts, today, held, after_dialog_result)
        if about_last is not None:
            return about_last
        worked_out, facts = self._worked_out(
            question, reading, today, held, last_facts, told_start, told_programme
        )
        if worked_out is not None:
            return self._also_asked(worked_out, reading, today)
        # "It's 3 July now, can I still report?": the date under the answer is judged on that day.
        today = facts.stated_today or today
        ranking, match = self._ranked(reading)
        if match.outcome is Outcome.ABSTAIN and self._unsaid.asked(reading.text):
            # "How fast can I get an elective approved?": a detail the pages never give (said so in
            # a note) makes the question look off the pages; the rest of it finds its topic.
            asked = self._unsaid.without(reading.text)
            if self._normaliser.content_words(asked):
                focus = tuple(self._unsaid.without(f) for f in reading.focus)
                ranking, match = self._ranked(reading.model_copy(update={"text": asked, "focus": focus}))
        if last is not None and self._is_short(reading.text):
            match = self._with_context(last, reading, ranking, match)
        if match.outcome is Outcome.ANSWER and self._step_by_number_only(reading, match, last_computed):
            # "and the 5 one too?" after a verdict on EC: its 5 is no uSis step 5.
            return Answer(kind=AnswerKind.ABSTAIN, answer=self.kb.messages.number_unclear, score=match.score)
        if match.outcome is Outcome.ANSWER:
            entry = self._entries[match.ranked[0].entry_id]
            # "The warning mail of 20 June", asked in November: that year's dates, not this one's.
            earlier = [d for d in facts.dates if in_an_earlier_year(self.kb.rulebook, d, today)]
            entry, started = self._for_start(entry, facts, today, told_start)
            # "how many EC do I need?" after "I'm in the short premaster": the premaster's rule.
            facts = self._with_programme(facts, told_programme, always=True)
            premaster = bool(facts.words & self._cues.premaster)
            if premaster and entry.for_premaster is not None:
                entry = self._entries[entry.for_premaster]
            started_lead = self._started_already(facts, today)
            answered = self._with_numbers_kept(
                self._answered(
                    match,
                    entry,
                    today,
                    looking_back=reading.looking_back
                    or bool(earlier)
                    or self._told_back(reading, facts, today, last_facts),
                    # Only a day written with its year: "on 31 August" is the rule's day, not a story's.
                    told_of=min((d for d in earlier if d not in facts.yearless), default=None),
                    started=started,
                    short_premaster=self._short_premaster_start(facts, today),
                    premaster=premaster and not self._september_premaster(facts),
                    unsaid=self._unsaid.note(question, entry, _PAGE_OF.get(area_of(entry.id))),
                    lead=started_lead or self._other_permit(facts, entry),
                    own_start=told_start,
                ),
                entry,
                facts,
            )
            return self._also_asked(
                answered,
                reading,
                today,
                begun=facts.begun or started_lead is not None,
                permit_free=no_student_permit(facts, self._cues),
            )
        if match.outcome is Outcome.SUGGEST:
            choices = tuple(self._choice(r.entry_id) for r in match.ranked)
            lines = [self.kb.messages.did_you_mean]
            lines += [f"{n}. {c.title}" for n, c in enumerate(choices, start=1)]
            return Answer(
                kind=AnswerKind.SUGGEST,
                answer="\n".join(lines),
                score=match.score,
                choices=choices,
            )
        return Answer(kind=AnswerKind.ABSTAIN, answer=self.kb.messages.abstain, score=match.score)

    def _also_asked(
        self, answer: Answer, reading: Reading, today: date, *, begun: bool = False, permit_free: bool = False
    ) -> Answer:
        """A message of two questions ("What do I put there? Also, do I need a link?"): the one the
        answer is not about is answered beneath it, when its own sentence finds an entry clearly,
        alone as with the story told before it; never one the answer covers or off its topic. For
        a student without a student permit (`permit_free`), without this year's dates: the
        progress page's are not theirs."""
        # A verdict's topic stands for its entry ("a 5 EC project": the project cap's).
        main = self._entries.get(answer.entry or answer.topic or "")
        if (
            len(reading.focus) < _TWO_QUESTIONS
            or answer.unsaid
            or (main is not None and main.kind == "out_of_scope")
        ):
            return answer  # an honest "not on the pages" is not followed by an answer beside the point
        covered = self.matcher.stems(answer.answer)
        told = [s for s in SENTENCE_END.split(reading.text) if s.strip() and s.strip() not in reading.focus]
        story = " ".join(told)
        honours = answer.basis is not None and bool(answer.basis.words & self._cues.honours)
        # Never the petition's general steps beneath a course's verdict (it names its petition step
        # itself), a course said to have begun (its petition was due before) or a progress verdict
        # ("can I use EC from an extracurricular course?" asks what counts, not how to petition).
        progress = any(_PAGE_OF.get(d) == _PROGRESS_PAGE for d in answer.dialogs)
        no_petition = begun or progress or _COURSE_DIALOG in answer.dialogs
        computed = answer.kind is AnswerKind.COMPUTED
        supposed = self._honours_supposed(reading, reading.text) if computed else None
        for asked in reading.focus:
            own = self.matcher.stems(asked)
            said = set(self._normaliser.words(asked))
            # "over the limit?" asks nothing of its own: no question word, only a word or two.
            asks = bool(said & self._normaliser.lexicon.question_words)
            if not asks or own <= covered:
                continue  # "is that also a usis petition?" beside "not through uSis" is answered above
            # "also when do I get warnings?": one word of its own, but one entry found clearly alone.
            alone_sure = None
            if len(self._normaliser.content_words(asked)) < _OWN_WORDS:
                alone_sure = self._sure_alone(asked)
                if alone_sure is None:
                    continue
            # "What do I put there?" points back at the story told before it, which decides; any other
            # must find the same entry alone as with the story ("Did I miss a step?" alone is uSis's).
            pointing = said & self._normaliser.lexicon.referring
            if pointing and honours:
                continue  # "can it count below 400 instead?" of an honours course: it never counts
            match = alone_sure or self.matcher.match(f"{story} {asked}", (asked,))
            alone = match if (pointing and story) or alone_sure else self.matcher.match(asked)
            if match.outcome is not Outcome.ANSWER or match.ranked[0].coverage < _OWN_COVERAGE:
                continue
            if not alone.ranked or alone.ranked[0].entry_id != match.ranked[0].entry_id:
                continue
            entry = self._entries[match.ranked[0].entry_id]
            # Beside an entry, only one of its own topic ("Do I use uSis?" after an own project is
            # that answer's "not through uSis", not the petition's steps); beside a verdict, any.
            beside = main is None or area_of(entry.id) == area_of(main.id) or entry.id in main.related
            beside = beside and not (no_petition and area_of(entry.id) == _PETITION_AREA)
            # ArtScience's rules (its upgrade) only where the message names ArtScience: "can it count
            # below 400 instead?" of an honours course is not about an ArtScience upgrade.
            named = set(self._normaliser.words(reading.text)) & self._cues.artscience
            beside = beside and (area_of(entry.id) != _ARTSCIENCE or bool(named))
            # Not the answer's own entry, nor one of its dialogs' (a verdict already says theirs),
            # save the honours rule the message only supposed, which the verdict did not judge.
            shared = bool(set(entry.dialogs) & set(answer.dialogs)) and asked != supposed
            shown = entry.id == answer.entry or shared
            if shown or not beside:
                continue
            if entry.for_shortfall and answer.requirement_met:
                # "31 EC on 31 August. Also do I have to make a study plan?": that is for a student who
                # fell short and got a positive decision, not for this one.
                beneath = self.kb.messages.also_asked_not_yours.format(title=entry.title)
                return answer.model_copy(update={"answer": f"{answer.answer}\n\n{beneath}"})
            other = self.entry_answer(entry, match.score, None if permit_free else today)
            beneath = self.kb.messages.also_asked.format(title=entry.title, answer=other.answer)
            return answer.model_copy(
                update={
                    "answer": f"{answer.answer}\n\n{beneath}",
                    "citations": (*answer.citations, *other.citations),
                }
            )
        return answer

    def _sure_alone(self, asked: str) -> Match | None:
        """A question sentence that alone finds one entry surely, with every word covered and far
        ahead of any other ("also when do I get warnings?"): that entry, whatever the story says."""
        if self._normaliser.lexicon.referring & set(self._normaliser.words(asked)):
            return None
        alone = self.matcher.match(asked)
        t = self.matcher.thresholds
        if alone.outcome is not Outcome.ANSWER or not alone.ranked:
            return None
        best = alone.ranked[0]
        runner = alone.ranked[1].score if len(alone.ranked) > 1 else 0.0
        clear = best.score >= t.sure and best.coverage >= 1.0 and best.score - runner >= t.related_spread
        return alone if clear else None

    def _steps_to_choose(self, reading: Reading, last: Entry | None) -> Answer | None:
        """ "What do I need to do?" after an answer whose next step depends on the student's case
        (the deadline to report: personal or educational circumstances): its steps to choose."""
        if not reading.asks_what_now or last is None or last.next is not None:
            return None
        if "do" not in self._normaliser.words(reading.text):
            return None  # "am I ok?" asks for a verdict, not for steps
        steps = tuple(self._choice(r) for r in last.related if r in self._entries)
        if not steps:
            return None
        lines = [self.kb.messages.next_depends.format(title=last.title)]
        lines += [f"{n}. {c.title}" for n, c in enumerate(steps, start=1)]
        return Answer(kind=AnswerKind.SUGGEST, answer="\n".join(lines), choices=steps)

    def _with_numbers_kept(self, answered: Answer, entry: Entry, facts: QuestionFacts) -> Answer:
        """ "2 EC for assisting: how many count?" gets the rule's entry; its numbers are kept, so
        "and if I also did a 4 EC project of my own?" is worked out with them; so is a course's level
        ("an honours course at level 400?" ... "but it's 5 EC, can I use it?")."""
        assisting = bool(facts.words & self._cues.assist) and "graduation" in facts.words
        if facts.assisted is None and facts.level is None and not assisting:
            return answered
        return answered.model_copy(update={"basis": self._kept(facts, entry.dialogs)})

    def _kept(self, facts: QuestionFacts, dialogs: tuple[str, ...]) -> QuestionFacts:
        """Facts kept for a follow-up: the numbers and the words a calculator reads, not the message;
        with the answer's own topic (its dialogs), which the first message may never have named."""
        return facts.model_copy(update={"words": (facts.words | set(dialogs)) & self._cue_words})

    def _worked_out(
        self,
        question: str,
        reading: Reading,
        today: date,
        held: ElectiveRecord,
        last_facts: QuestionFacts | None,
        told_start: date | None,
        told_programme: frozenset[str] = frozenset(),
    ) -> tuple[Answer | None, QuestionFacts]:
        """The question's own numbers worked out, or the last verdict's with what the question
        changes; and the facts read from the question."""
        if reading.variation is not None and last_facts is not None:
            # "Will it count? Also, what if ...", after a verdict: the variation is worked out.
            question = reading.variation
            reading = reading.model_copy(update={"text": question, "focus": (), "continues": True})
        # "and if the project is 3?" after a verdict on EC: a size said bare, the last one's changed;
        # never a grade ("what if the grade is 5.5?"), which is no size.
        resized = (
            bool(last_facts and last_facts.ec)
            and _BARE_SIZE.search(question) is not None
            and not set(self._normaliser.words(question)) & self._cues.grade
        )
        if resized:
            question = _BARE_SIZE.sub(r"\1 EC", question)
        elif last_facts is not None and last_facts.grade is not None:
            # "and if I got 6.5 instead?" after a verdict on a grade: another grade ("got a 6.5").
            question = _GOT_BARE.sub(r"\1 a \2", question)
        if told_start is not None or (last_facts is not None and last_facts.ec):
            question = self._as_ec_expected(question, last_facts)
        else:
            # "started in feb 2027. what if I get 12?": the start told first, then the amount bare. The
            # start is read (all of the message's facts) only for a last sentence ending in a number.
            *before, asked = SENTENCE_END.split(question)
            said = self._normaliser.words(asked) if before else []
            if said and _NUMBERS.fullmatch(said[-1]) and self.start_told(question, today) is not None:
                question = " ".join((*before, self._as_ec_expected(asked, None)))
        question = self._as_one_failed(question, last_facts)
        fewer = self._fewer_to_come(question, last_facts)
        if fewer is not None:
            return self._compute(fewer, today, held, Reading(text="")), fewer
        outcome = self._outcome_supposed(question, today, held, told_start, told_programme, last_facts)
        if outcome is not None:
            return outcome
        own = read_facts(question, self._normaliser, today)
        supposed = self._honours_supposed(reading, question)
        if supposed is not None and (last_facts is None or not reading.continues):
            # "Does a level 400 course at the VU count? Also, what if it's an honours course?": the
            # course as asked, and the honours rule beneath it (`_also_asked`), not only the latter.
            own = read_facts(question.replace(supposed, " "), self._normaliser, today)
        facts = self._with_programme(self._with_start(own, told_start), told_programme)
        plain = self._not_honours(reading, own, last_facts)
        if plain is not None:
            computed = self._compute(plain, today, held, Reading(text=""))
            return computed and self._with_varied_note(computed), plain
        # "my grades for 6 EC are not in uSis yet" after EC held: those, still to be entered.
        entered_later = bool(last_facts and last_facts.ec and facts.pending and not facts.ec)
        follows = last_facts is not None and (reading.continues or entered_later) and changes(facts)
        # "And a 3 EC level 200 one on top?": beside the last course, before it is read alone;
        # and "and what if I only get 12 EC?", whole only with the start told before ("started in
        # February 2026, 14 EC this year"), is that verdict varied before it is read alone. Any
        # other variation only once the message alone is no question with numbers.
        first = follows and bool(
            facts.words & self._cues.alongside
            or (last_facts is not None and courses_varied(last_facts, facts, self._cues) is not None)
            or facts is not own
            or (last_facts is not None and _of_a_course(last_facts) and _only_ec(facts))
            # "and if the project is 3 EC?" after assisting beside a project: the assisting stays.
            or (
                last_facts is not None
                and last_facts.assisted is not None
                and _only_ec(facts)
                and not facts.assisted
            )
            # "what about a level 300 of 2 EC instead?" after courses already done: those stay done.
            or (last_facts is not None and last_facts.earlier > 0 and _one_course(facts))
            # "and with another 5?" after a verdict on EC: more of the same, never 5 EC alone.
            or (last_facts is not None and bool(last_facts.ec) and self._more_ec(facts))
            or entered_later
            or resized
        )
        beside = self._varied(last_facts, facts, today, held) if first else None
        computed = beside or self._compute(facts, today, held, reading)
        if computed is None and not follows:
            computed, facts = self._one_question_apart(question, reading, today, held, facts, told_start)
        if computed is not None and follows and not first and last_facts is not None:
            computed = self._with_both(computed, last_facts, facts, today, held)
        if computed is not None:
            return self._read_day_first(computed, facts), facts
        varied = self._varied(last_facts, facts, today, held) if follows and not first else None
        return varied, facts

    def _with_both(
        self,
        alone: Answer,
        last_facts: QuestionFacts,
        facts: QuestionFacts,
        today: date,
        held: ElectiveRecord,
    ) -> Answer:
        """ "And a 3 EC level 300 one?" after a 4 EC level 300 course: judged alone (it may be meant
        instead), and, since both below level 400 share its caps, what the two would count together."""
        below = self.kb.rulebook.integer(ParameterId.MASTER_LEVEL)
        levels = (last_facts.level, facts.level)
        if not (_one_course(last_facts) and _one_course(facts)) or any(
            lv is None or lv >= below for lv in levels
        ):
            return alone
        also = facts.model_copy(update={"words": facts.words | {_ALONGSIDE}})
        both = self._varied(last_facts, also, today, held)
        if both is None:
            return alone
        headline = both.answer.split("\n\n", maxsplit=1)[0]
        line = self.kb.messages.together_with_last.format(verdict=headline)
        return alone.model_copy(update={"answer": f"{alone.answer}\n\n{line}"})

    def _outcome_supposed(
        self,
        question: str,
        today: date,
        held: ElectiveRecord,
        told_start: date | None,
        told_programme: frozenset[str],
        last_facts: QuestionFacts | None,
    ) -> tuple[Answer | None, QuestionFacts] | None:
        """ "I have 8 EC and 2 exams left, 5 EC each. If I pass one, is it enough?": the courses to
        come as told (here or, for a follow-up of no numbers, in the last question), with the ones
        the student supposes failed taken off (passing one of two is failing one); never all passed."""
        said = _OUTCOME_SUPPOSED.search(question)
        if said is None:
            return None
        story = read_facts(question[: said.start()] + question[said.end() :], self._normaliser, today)
        story = self._with_programme(self._with_start(story, told_start), told_programme)
        if not story.ec and last_facts is not None:
            story = last_facts  # "if I pass only one, is it enough?" after the story
        courses = _to_come(story)
        if (
            len(story.ec) < 2
            or len(courses) < 2
            or len(set(courses)) != 1
            or sum(courses) != sum(story.ec[1:])
        ):
            return None
        count = _SUPPOSED_COUNTS.get(said[2].lower(), len(courses))
        failed = count if said[1].lower() == "fail" else len(courses) - count
        if not 0 < failed <= len(courses):
            return None
        follow_up = read_facts(f"and if I fail {failed * courses[0]:f} EC?", self._normaliser, today)
        varied = vary(story, follow_up, self._cues)
        return self._compute(varied, today, held, Reading(text="")), varied

    def _honours_supposed(self, reading: Reading, question: str) -> str | None:
        """A later question sentence that only supposes the course honours ("Also, what if it's an
        honours course?"), of no numbers of its own, beside a question about a course with numbers."""
        if len(reading.focus) < _TWO_QUESTIONS or not _NUMBERS.search(question):
            return None
        for asked in reading.focus[1:]:
            said = self._normaliser.words(asked)
            opener = said[1:3] if said[:1] in (["also"], ["and"]) else said[:2]
            supposes = opener in (["what", "if"], ["and", "if"], ["what", "about"]) or opener[:1] == ["if"]
            honours = bool(set(said) & self._cues.honours)
            if supposes and honours and not _NUMBERS.search(asked) and asked in question:
                return asked
        return None

    def _not_honours(
        self, reading: Reading, facts: QuestionFacts, last_facts: QuestionFacts | None
    ) -> QuestionFacts | None:
        """ "And if it's not honours?" after an honours course's verdict: the same course, not an
        honours one, worked out again (never the honours rule repeated)."""
        honours = self._cues.honours
        if last_facts is None or not reading.continues or facts.ec or not last_facts.words & honours:
            return None
        if not (facts.words & honours and facts.words & _NOT_SO):
            return None
        words = last_facts.words - honours
        update = {"words": words, "aside": last_facts.aside - {"honours"}, "honours_ec": None}
        return last_facts.model_copy(update=update)

    def _asks_a_verdict(self, sentence: str) -> bool:
        """A yes-or-no question ("is this possible?", "will I make it?") or one of how many, also as
        the last clause of a sentence ("I have 20 EC, started in 2026, is that enough?")."""
        words = self._normaliser.words(sentence.rsplit(",", maxsplit=1)[-1])
        return bool(words) and (words[0] in _VERDICT_ASKED or words[:2] in (["how", "many"], ["how", "much"]))

    def _one_question_apart(
        self,
        question: str,
        reading: Reading,
        today: date,
        held: ElectiveRecord,
        facts: QuestionFacts,
        told_start: date | None,
    ) -> tuple[Answer | None, QuestionFacts]:
        """ "... 18 EC, 6 to come ... Will I make it? Also, what if uSis shows the wrong number?": a
        question beside the one with numbers can keep them from being worked out ("wrong" asks
        which number is right); without it they are, and it is answered beneath (`_also_asked`)."""
        if len(reading.focus) < _TWO_QUESTIONS:
            return None, facts
        for asked in reversed(reading.focus):
            if _NUMBERS.search(asked) or asked not in question:
                continue
            # Only where another question asks for a verdict ("Will I make it?", "how many count?"),
            # never "What do I put in the level field?", which its entry answers.
            if not any(self._asks_a_verdict(other) for other in reading.focus if other != asked):
                continue
            apart = read_facts(question.replace(asked, " "), self._normaliser, today)
            apart = self._with_start(apart, told_start)
            computed = self._compute(apart, today, held, reading)
            if computed is not None:
                return computed, apart
        return None, facts

    def _varied(
        self, last_facts: QuestionFacts | None, facts: QuestionFacts, today: date, held: ElectiveRecord
    ) -> Answer | None:
        """ "And if it is level 200?": the last verdict's question, with what this one changes. Its
        few words ("and if it is level 200?") say nothing about what else to show beside it."""
        if last_facts is None or self._of_others(facts):
            return None
        quiet = Reading(text="")
        varied = self._compute(vary(last_facts, facts, self._cues), today, held, quiet)
        # A change the verdict does not depend on ("what if I started in February?" after a
        # course verdict) is no variation of it: the words are read as a question of their own.
        before = self._compute(last_facts, today, held, quiet) if varied is not None else None
        # The same numbers asked again ("and if I get 10 more EC?" after "and with ten more?") get
        # the same verdict again, not a question of their own.
        again = bool(facts.ec) and set(facts.ec) <= set(last_facts.ec)
        # "And if I fail my last 5 EC course?": the same verdict is the answer (nothing added).
        failing = bool(facts.ec) and bool(facts.words & self._cues.failing)
        # "And if it's level 500?" after an honours course: another level of the same course, whose
        # verdict stays what it was (honours courses never count), is still that verdict.
        relevelled = facts.level is not None and last_facts.level is not None
        unchanged = before is not None and varied is not None and varied.answer == before.answer
        if varied is None or (unchanged and not (again or failing or relevelled)):
            return None
        return self._with_varied_note(varied)

    def _with_varied_note(self, varied: Answer) -> Answer:
        """A verdict worked out again with the last question's numbers, saying so beneath it."""
        return varied.model_copy(update={"answer": f"{varied.answer}\n\n{self.kb.messages.varied_note}"})

    def _of_others(self, facts: QuestionFacts) -> bool:
        """ "And for February starters?": a start asked of others, with no EC, is the rule for
        them (an entry), never the student's own EC judged as if they had started then."""
        cues = self._cues
        return not facts.ec and bool(facts.words & cues.starters) and not facts.words & cues.self_said

    def _why(
        self, last: Entry | None, verdict_facts: QuestionFacts | None, today: date, record: ElectiveRecord
    ) -> Answer | None:
        """ "Why?" after an answer: a verdict's reasons, each with the page's sentence; an entry's
        sentence of the page; for what the pages do not cover, that they do not."""
        m = self.kb.messages
        if verdict_facts is not None:
            verdict = self._compute(verdict_facts, today, record, Reading(text=""))
            if verdict is not None and verdict.detail:
                return verdict.model_copy(update={"answer": verdict.detail, "detail": "", "related": ()})
        if last is None:
            return None
        if last.citation is None:
            return Answer(kind=AnswerKind.ANSWER, answer=m.why_unsaid, entry=last.id)
        text = m.why_entry.format(title=last.title, quote=last.citation.quote)
        related = tuple(self._choice(r) for r in last.related if r in self._entries)
        return Answer(
            kind=AnswerKind.ANSWER,
            answer=text,
            entry=last.id,
            citations=(last.citation,),
            related=related[: self.matcher.thresholds.max_related],
            dialogs=last.dialogs,
        )

    def _compute(
        self, facts: QuestionFacts, today: date, record: ElectiveRecord, reading: Reading
    ) -> Answer | None:
        """The first calculator's verdict on these facts, with what it was worked out from."""
        for compute in self._computers:
            computed = compute(facts, today, record)
            if computed is not None:
                shown = computed if computed.related else self._beside_computed(computed, reading, facts)
                page = next((_PAGE_OF[d] for d in computed.dialogs if d in _PAGE_OF), None)
                unsaid = self._unsaid.beside_verdict(reading.text, page)
                if unsaid is not None:
                    shown = shown.model_copy(update={"answer": f"{unsaid}\n\n{shown.answer}", "unsaid": True})
                # With the verdict's own topic ("progress"), so "what if I get 6 more?" after "I have
                # 18 EC" is that verdict varied.
                return shown.model_copy(update={"basis": self._kept(facts, computed.dialogs)})
        return None

    def _beside_computed(self, computed: Answer, reading: Reading, facts: QuestionFacts) -> Answer:
        """A computed verdict with the entries the words were about as related answers: a story
        with numbers ("my mother was in hospital ... I have 18 EC") is also about circumstances.
        Its numbers were the calculator's, so they are left out of that ranking ("10 July" is no
        reason to show uSis step 10), and so were its words for the student's situation ("started
        in September" is no reason to show "ask before the course starts"). Entries of the
        verdict's own area add nothing beside it."""
        calculated = self._calculated

        def rest(text: str) -> str:
            words = self._normaliser.words(_NUMBERS.sub(" ", text))
            return " ".join(w for w in words if w not in calculated)

        ranking = self.matcher.rank_message(rest(reading.text), tuple(rest(f) for f in reading.focus))
        t = self.matcher.thresholds
        # An ArtScience course's verdict is about ArtScience ("who decides?" then means the upgrade's).
        own = set(computed.dialogs) | ({_ARTSCIENCE} if facts.artscience else set())
        if _ELECTIVES_DIALOG in own:
            own.add(_PROJECT)  # a project's verdict: "who do I send it to?" then means the proposal
        pages = {_PAGE_OF[d] for d in computed.dialogs if d in _PAGE_OF}
        # Only what the words are about: an entry far behind the best one (of any area) shares a
        # common word ("student") with the message, not its topic.
        bar = max(t.lead_floor, (ranking[0].score if ranking else 0.0) - t.related_spread)
        related = [
            r.entry_id
            for r in ranking
            if r.score >= bar and area_of(r.entry_id) not in own and _on_pages(r.entry_id, pages)
        ]
        choices = tuple(self._choice(entry) for entry in related[: t.max_related])
        # "Until when can I appeal?": the appeal is what "and if I miss it?" then refers to, not
        # the area's overview.
        # "I broke my leg in May ...": its report may be the topic ("who do I tell?"), and a button too.
        topical = own | ({_CIRCUMSTANCES} if facts.words & self._cues.hindered else set())
        topic = next((r.entry_id for r in ranking if r.score >= bar and area_of(r.entry_id) in topical), None)
        return computed.model_copy(update={"related": choices, "topic": topic})

    def _belongs(self, entry_id: str, area: str, *, pointing: bool = True) -> bool:
        """An entry of that area, or, where `pointing`, one that points to it: "and if I fail it?"
        after a course is the out-of-scope answer on failing an elective, whose related answer is
        an elective's; "who do I contact?", pointing back at nothing, is not about grades."""
        entry = self._entries.get(entry_id)
        # Only an out-of-scope answer, which has no area of its own, belongs by what it points to.
        related = entry.related if pointing and entry is not None and entry.kind == "out_of_scope" else ()
        return area_of(entry_id) == area or any(area_of(r) == area for r in related)

    def _within(self, last: Entry, ranking: tuple[Ranked, ...], *, pointing: bool = True) -> Match | None:
        """ "And for February?" after an answer about September starters asks the same thing of
        another case: the best entry of the last answer's area (or among its related ones) is
        meant, else the best of its official page, unless it trails the overall best by more than
        `context_spread`: after an answer about assisting, "and if they say no?" is about the
        Board's approval (electives), never the IND (study progress)."""
        if not ranking:
            return None
        t = self.matcher.thresholds
        # Never the last answer again: the follow-up asks something of it.
        # Only an entry that covers the words as fully as the best: "what if I appeal?" after the IND
        # consequences is about appealing, not the year's dates that share "if".
        near = [
            r
            for r in ranking
            if r.score >= max(t.floor, ranking[0].score - t.context_spread)
            and r.entry_id != last.id
            and r.coverage >= ranking[0].coverage
        ]
        area = area_of(last.id)
        page = _PAGE_OF.get(area)
        related = set(last.related)
        in_area = [
            r for r in near if r.entry_id in related or self._belongs(r.entry_id, area, pointing=pointing)
        ]
        on_page = [r for r in near if page is not None and _PAGE_OF.get(area_of(r.entry_id)) == page]
        candidates = in_area or on_page
        if not candidates:
            return None
        chosen = candidates[0]
        rest = tuple(r for r in ranking if r is not chosen)
        return Match(outcome=Outcome.ANSWER, ranked=(chosen, *rest))

    def _ranked(self, reading: Reading) -> tuple[tuple[Ranked, ...], Match]:
        """The entries ranked for a message, and what to do with the ranking."""
        ranking = self.matcher.rank_message(reading.text, reading.focus)
        words = len(self._normaliser.content_words(reading.text))
        if reading.sentences > 1:
            # A message told in sentences is a story, however few of its words are meaningful.
            words = max(words, self.matcher.thresholds.long_words)
        return ranking, self.matcher.decide(ranking, words)

    def _with_context(
        self, last: Entry, reading: Reading, ranking: tuple[Ranked, ...], match: Match
    ) -> Match:
        """A short message after an answer, read against it where it asks something of it: one
        that points back, or one of a word or two ("who decides?") that says too little alone."""
        bare = len(self._normaliser.content_words(reading.text)) <= BARE_WORDS
        # Not a what-if ("and if I fail it?"): that asks something new of the last answer's topic.
        if bare and "if" not in self._normaliser.words(reading.text):
            named = self._named_by_follow_up(last, reading, ranking)
            if named is not None:
                return named
        if reading.continues or bare:
            within = self._within(last, ranking, pointing=reading.continues)
            if within is not None and not reading.continues and ranking:
                # A word or two with a topic of its own ("deadline for the petition") keeps it: the
                # last answer's topic is taken only where it covers the words as fully.
                within = within if within.ranked[0].coverage >= ranking[0].coverage else None
            match = within or self._in_context(last, reading.text, match) or match
        elif self._off_the_pages(match):
            # "How long do I have?" after an appeal date: a few words that alone read as something
            # the pages don't cover are more likely about the last answer.
            match = self._within(last, ranking) or match
        if match.outcome is not Outcome.ANSWER:
            in_context = self.matcher.match(f"{reading.text} {last.title}")
            # A choice the words alone offer is settled by the last topic only among those choices:
            # "wat is the deadlin for the petitoin" after a verdict on an illness is never about
            # falling behind.
            offered = {r.entry_id for r in match.ranked} if match.outcome is Outcome.SUGGEST else None
            settled = offered is None or (
                bool(in_context.ranked) and in_context.ranked[0].entry_id in offered
            )
            if in_context.outcome is Outcome.ANSWER and settled:
                return in_context
        return match

    def _about_last(
        self,
        reading: Reading,
        last: Entry | None,
        verdict_facts: QuestionFacts | None,
        today: date,
        record: ElectiveRecord,
        after_dialog_result: bool,
    ) -> Answer | None:
        """ "Why?", "how long do I have?" and "what do I do?" ask about the last answer, not a
        question of their own: a dialog's result shows its own reasons; a verdict's dates and steps
        are worked out again for today; a verdict's or an entry's reasons are given (see `_why`)."""
        if reading.asks_why and after_dialog_result:
            return Answer(kind=AnswerKind.ANSWER, answer=self.kb.messages.why_in_result)
        asked_again = reading.asks_what_now or self._asks_time_left(reading)
        appeal = verdict_facts is not None and self._asks_appeal_again(reading, verdict_facts)
        if verdict_facts is not None and (asked_again or appeal):
            # "How long do I have to appeal?" names its topic, the appeal, which a follow-up ("can I
            # stay meanwhile?") then refers to; "what now?" names none.
            again = self._compute(verdict_facts, today, record, reading if appeal else Reading(text=""))
            if again is not None:
                return again
        if last is not None and last.deadline and verdict_facts is None and self._asks_time_left(reading):
            # "Before when?" after an answer about a dated step: that step's date, for today, again,
            # never the best match of two bare words (the Board's decision date is not the student's).
            return self.show(last.id, today)
        if last is not None and last.deadline and verdict_facts is None and self._asks_if_missed(reading):
            # "And if I miss that?" after a dated step: what the page says follows, or that it is silent.
            if last.if_missed is not None:
                return self.show(last.if_missed, today)
            return self.entry_answer(last, today=today, unsaid=self.kb.messages.missed_unsaid)
        if reading.asks_why:
            return self._why(last, verdict_facts, today, record)
        return None

    def _step_by_number_only(self, reading: Reading, match: Match, last_computed: bool) -> bool:
        """A petition step found by nothing but a bare number, right after a worked-out verdict."""
        if not last_computed or area_of(match.ranked[0].entry_id) != _PETITION_AREA:
            return False
        words = set(self._normaliser.content_words(reading.text))
        return bool(words) and all(_NUMBERS.fullmatch(w) or w in _BARE_NUMBER_WORDS for w in words)

    def _asks_if_missed(self, reading: Reading) -> bool:
        """A short "and if I miss that?", "too late?": about the last answer's date, nothing else."""
        if not self._is_short(reading.text):
            return False
        words = set(self._normaliser.content_words(reading.text))
        return bool(words & _MISSED) and words <= _MISSED | _DEADLINE_ASKED | _HAPPENS

    def _asks_appeal_again(self, reading: Reading, verdict_facts: QuestionFacts) -> bool:
        """ "When is my last day to appeal?" right after an appeal date was worked out: that
        verdict again, not the rule asking for the date already given."""
        appeal = self._cues.appeal
        said = set(self._normaliser.words(reading.text))
        # "got an email from the board today (15 sept)": a decision dated by the day told.
        told = verdict_facts.dates or verdict_facts.stated_today
        dated = bool(told) and bool(verdict_facts.words & (appeal | _DECIDED))
        return (
            dated
            and self._is_short(reading.text)
            and bool(said & appeal)
            and not _NUMBERS.search(reading.text)
        )

    def _asks_time_left(self, reading: Reading) -> bool:
        """A short "how long do I have?", "how many days left?": about the last verdict's dates,
        asked of nothing else ("what is the deadline for the petition?" names its own topic)."""
        if not self._is_short(reading.text):
            return False
        words = set(self._normaliser.content_words(reading.text))
        if words and words <= _DEADLINE_ASKED:
            return True  # "and the deadline?", "deadline exactly?"
        if not self._unsaid.asked(reading.text) & TIME_DETAILS:
            return False
        return set(self._normaliser.content_words(self._unsaid.without(reading.text))) <= _DEADLINE_ASKED

    def _off_the_pages(self, match: Match) -> bool:
        """The best entry is an honest "the pages don't cover this"."""
        return (
            match.outcome is Outcome.ANSWER and self._entries[match.ranked[0].entry_id].kind == "out_of_scope"
        )

    def facts_of(self, said: str, today: date) -> QuestionFacts:
        """The facts of words said for the student (a dialog's answers), as if they typed them."""
        return read_facts(said, self._normaliser, today)

    def start_told(self, question: str, today: date) -> date | None:
        """The start of studies a message tells, with its year, if it has been ("I started in
        February 2026"): kept for the student's later questions, which seldom say it again."""
        if len(question) > MAX_QUESTION_CHARS:
            return None
        started = self._stated_start(read_facts(question, self._normaliser, today), today)
        return started if started is not None and started <= today else None

    def _as_ec_expected(self, question: str, last_facts: QuestionFacts | None) -> str:
        """ "What if I get 12?", once a start was told: a bare number after a phrase of what the
        student expects to have is EC ("what if I get 12 EC?"), not a grade or a course; more EC
        beside those the last verdict was on ("I have 18 EC" ... "what if I get 12?": 12 more),
        unless "only" makes it the year's end total ("20 EC so far" ... "what if I only get 26?")."""
        words = self._normaliser.words(question)
        one = last_facts is not None and len(last_facts.ec) == 1 and last_facts.level is None
        if one and last_facts is not None and "ec" not in words:
            size = f"{last_facts.ec[0].normalize():f}"
            many = _MANY_OF_THEM.search(question)
            if many is not None:
                # "and if I take two of them?" after a 2.5 EC course: two courses of that size.
                return _MANY_OF_THEM.sub(f"{many[1]} courses of {size} EC each", question, count=1)
            # "and this year I have 20 of them" after "I have 45 EC in total": this year's part of it.
            this_year = bool(set(words) & self._cues.this_period) or {"this", "year"} <= set(words)
            if this_year and _PART_OF_THEM.search(question):
                return f"I have {size} EC in total. {question}"
        if last_facts is not None and last_facts.ec and "ec" not in words:
            # "and if I get 5 more instead?", "and with another 5?": more EC, said bare.
            bare = _BARE_MORE.sub(r"\1 more EC", _BARE_ANOTHER.sub(r"another \1 EC", question))
            if bare != question:
                return bare
        timed = _BY_A_TIME.match(question)
        if timed is not None and (head := self._as_ec_expected(timed[1], last_facts)) != timed[1]:
            # "what if I get 10 by June?": the number is EC as without its time, which stays said.
            return f"{head.rstrip(' ?!.')} {timed[2]}?"
        first = _TIME_FIRST.match(question)
        if first is not None and (head := self._as_ec_expected(first[2], last_facts)) != first[2]:
            # "and by the end of january I'll have 20": the same, with the time said first.
            return f"{head.rstrip(' ?!.')} {first[1]}?"
        # "and 5?" after a project's or a course's verdict (no start of studies): its size instead.
        if self._a_size_asked(words, last_facts):
            return f"and if it is {words[1]} EC?"
        # "and 15?" after "what if I get 10 by June?": the same question with that number.
        shortest = 2 if words[:1] == ["and"] else 3
        if len(words) < shortest or not _NUMBERS.fullmatch(words[-1]):
            return question
        said = [w for w in words[:-1] if w not in _OPENERS]
        plain = said[1:] if said[:1] == ["i"] else said  # "I'll have 20": as "will have 20"
        asked = " ".join(w for w in plain if w != "only")
        # "and if only 10?" after a verdict on EC asks the same with that number.
        bare_if = asked in (*_BARE_IF, "") and last_facts is not None and bool(last_facts.ec)
        if asked not in self._cues.expected and not bare_if:
            return question
        held = sum(last_facts.ec, Decimal(0)) if last_facts is not None else Decimal(0)
        try:
            total = "only" in said and Decimal(words[-1]) > held
        except InvalidOperation:
            total = False
        # Another year's end total in place of the one asked before ("and 15?" after "if I get 10?").
        instead = last_facts is not None and last_facts.expected and not said
        # "I'll have 20", "I'll end up with 20": a total by then; "what if I get 12?": more.
        total = total or any(word in _WHOLE_BY_THEN for word in plain)
        more = held > 0 and not total and not instead
        return f"{question.rstrip(' ?!.')} {'more EC' if more else 'EC'}?"

    def _a_size_asked(self, words: list[str], last_facts: QuestionFacts | None) -> bool:
        """ "and 5?" after a project's or a course's verdict, with no start of studies: its size."""
        if last_facts is None or last_facts.words & self._cues.start:
            return False
        sized = bool(last_facts.words & (self._cues.project_work | self._cues.course))
        return sized and len(words) == 2 and words[0] == "and" and _NUMBERS.fullmatch(words[1]) is not None

    def _more_ec(self, facts: QuestionFacts) -> bool:
        """ "And with another 5?", "if I get 5 more": more EC, and nothing else of its own."""
        return _only_ec(facts) and bool(facts.words & self._cues.added)

    def _read_day_first(self, computed: Answer, facts: QuestionFacts) -> Answer:
        """A verdict on a date written in numbers that reads either way ("09/01/2027") says how it
        was read, and how to say the other."""
        if not facts.day_first:
            return computed
        written, day_first, month_first = facts.day_first[0]
        m = self.kb.messages
        said = m.date_read_day_first.format(
            written=written, day_first=verdicts.day(day_first, m), month_first=verdicts.day(month_first, m)
        )
        return computed.model_copy(update={"answer": f"{computed.answer}\n\n{said}"})

    def _fewer_to_come(self, question: str, last_facts: QuestionFacts | None) -> QuestionFacts | None:
        """ "What if I don't?" after EC held and more to come: what is held alone, as the year's end;
        "and if only 6 of those come in?": held and those 6 only. None for any other message."""
        if last_facts is None or last_facts.level is not None:
            return None
        to_come = last_facts.ec[1:2] or (
            tuple(last_facts.pending[:1]) if len(last_facts.pending) == 1 else ()
        )
        if len(last_facts.ec) > 2 or not last_facts.ec or not to_come:
            return None
        if _PASS_ALL.search(question) and not _NUMBERS.search(question):
            return last_facts  # "and if I pass both?": all of those to come, as the verdict said
        if _NOT_DONE.match(question) or self._fails_the_one(question, last_facts):
            # "And if I fail both?" of two courses to come: a result already waited for still comes.
            pending = last_facts.pending if len(last_facts.ec) > 1 else ()
            return last_facts.model_copy(
                update={"ec": last_facts.ec[:1], "pending": pending, "per_course": (), "expected": True}
            )
        part = _ONLY_PART.search(question)
        if part is None or (fewer := Decimal(part[1])) >= to_come[0]:
            return None
        if last_facts.pending:
            return last_facts.model_copy(update={"pending": (fewer,), "per_course": ()})
        return last_facts.model_copy(update={"ec": (last_facts.ec[0], fewer), "per_course": ()})

    def _fails_the_one(self, question: str, last_facts: QuestionFacts) -> bool:
        """ "And if the grade is a fail?" after EC held and one course to come: that course failed."""
        # One course to come, beside the EC held: never one of several ("and if I fail the resit?").
        several = len(_to_come(last_facts)) > 1 if len(last_facts.ec) > 1 else len(last_facts.per_course) > 2
        if _NUMBERS.search(question) or not self._is_short(question) or several:
            return False
        words = set(self._normaliser.words(question))
        # "and if I fail one?" of EC to come from several courses is one of them (`_as_one_failed`).
        return bool(words & self._cues.failing) and not words & _COUNT_WORDS

    def _as_one_failed(self, question: str, last_facts: QuestionFacts | None) -> str:
        """ "And if I fail one of the June exams?" after courses of one size ("two more exams of 5 EC
        each"): one course of that size fails ("and if I fail 5 EC?"), said with its EC; "and if I
        fail one of 5?" after EC to come names that one's size bare."""
        if last_facts is not None and len(last_facts.ec) > 1 and _ONE_OF_BARE.search(question):
            return _ONE_OF_BARE.sub(r"\1 EC\2", question)
        if last_facts is None or _NUMBERS.search(question):
            return question
        courses = _to_come(last_facts)
        if len(set(courses)) != 1:
            return question
        words = set(self._normaliser.words(question))
        if not (words & self._cues.failing and words & {"one", "1"}):
            return question
        size = courses[0]
        return f"{question.rstrip(' ?!.')}, {size.normalize():f} EC?"

    def programme_told(self, question: str) -> frozenset[str]:
        """The premaster a message tells of ("I'm in the short premaster", "... that started in
        February"): its words and start month, kept for the student's later questions, which seldom
        say them again; empty if it tells of none."""
        cues = self._cues
        words = frozenset(self._normaliser.words(question))
        if not words & cues.premaster:
            return frozenset()
        return words & (cues.premaster | cues.short | cues.september | cues.february)

    def _with_programme(
        self, facts: QuestionFacts, told: frozenset[str], *, always: bool = False
    ) -> QuestionFacts:
        """A question that names no programme of its own, for the premaster told before: for EC
        worked out (`always`: for any answer), as if it said so."""
        if not told or facts.words & self._cues.premaster or not (facts.ec or always):
            return facts
        return facts.model_copy(update={"words": facts.words | told})

    def _with_start(self, facts: QuestionFacts, told_start: date | None) -> QuestionFacts:
        """A question with EC that names no start of its own, judged for the start told before:
        as if it said "started in February 2026" itself."""
        cues = self._cues
        said = facts.words & (cues.start | cues.september | cues.february | cues.premaster)
        months = (*facts.months, *(d.month for d in facts.month_years))
        named = any(m in (SEPTEMBER, FEBRUARY) for m in months)
        if told_start is None or not facts.ec or said or named:
            return facts
        month = cues.september if told_start.month == SEPTEMBER else cues.february
        return facts.model_copy(
            update={
                "words": facts.words | {"started"} | month,
                "months": (told_start.month, *facts.months),
                "month_years": (told_start, *facts.month_years),
            }
        )

    def _stated_start(self, facts: QuestionFacts, today: date) -> date | None:
        """The month the student says they started ("started in February 2025"), where a start
        month of the page (September, February) is named; without its year, only a start to come,
        the next such month, today included ("I'm starting this September", on 1 September): a
        past one without its year could be any year's."""
        if not facts.words & self._cues.start or facts.words & self._cues.premaster:
            return None  # a premaster's check date depends on its length (31 January for a short one)
        firsts = [d for d in (*facts.month_years, *facts.dates) if d.day == 1]
        dated = next((d for d in firsts if d.month in (SEPTEMBER, FEBRUARY)), None)
        if dated is not None or facts.month_years:
            return dated
        month = next((m for m in facts.months if m in (SEPTEMBER, FEBRUARY)), None)
        if month is None and not facts.months and facts.words & self._cues.started_lately:
            # "I just started this week", "started last month": the latest start so far.
            return _latest_start(today)
        only = len({m for m in facts.months if m in (SEPTEMBER, FEBRUARY)}) == 1
        this = {"this", "year"} <= facts.words or ("this" in facts.words and facts.words & self._cues.started)
        if month is not None and only and this and month <= today.month:
            # "I started in February this year", in March 2027; "I started this September", on 3 September.
            return date(today.year, month, 1)
        started = facts.words & self._cues.started
        if month is not None and only and started and facts.words & self._cues.started_lately:
            return last_first_of(month, today)  # "just started my master in September", in October
        to_come = self._cues.upcoming | self._cues.future | self._cues.start_said_now
        if month is None or not facts.words & to_come or facts.words & self._cues.past or started:
            return None  # "started in September, when will it be checked?": a start of any year
        return date(today.year if (month, 1) >= (today.month, today.day) else today.year + 1, month, 1)

    def _for_start(
        self, entry: Entry, facts: QuestionFacts, today: date, told_start: date | None = None
    ) -> tuple[Entry, date | None]:
        """The start the student states, and of the entries about one start month, the one of
        theirs: "If you started in February" is no answer for a student who says they started
        this week, on 2 September, nor for one who told a September start before and now asks
        "and for next year?" (a question naming a start month asks of that month)."""
        started = self._stated_start(facts, today)
        month = started.month if started is not None else None
        if (
            month is None
            and told_start is not None
            and not facts.words & (self._cues.september | self._cues.february)
        ):
            month = told_start.month
        if entry.for_start is None or month is None or _START_MONTHS[entry.for_start] == month:
            return entry, started
        own = next((e for e in self.kb.entries if e.for_start and _START_MONTHS[e.for_start] == month), None)
        return own or entry, started

    def _other_permit(self, facts: QuestionFacts, entry: Entry) -> str | None:
        """ "I have a partner permit (not a study permit) ... is my permit at risk?": above any answer
        of the progress page, that its rule is for student residence-permit holders only."""
        if not no_student_permit(facts, self._cues) or _PAGE_OF.get(area_of(entry.id)) != "progress":
            return None
        if "student residence permit" in entry.answer:
            return None  # the answer says whom the rule is for itself
        return self.kb.messages.progress_other_permit

    def _started_already(self, facts: QuestionFacts, today: date) -> str | None:
        """ "The course started on 1 March, can I still petition?": the rule core's word on a start
        that has passed, ahead of the answer, which alone reads as if there were still time. Not
        for a student's own start ("I started the master on 1 September")."""
        cues = self._cues
        words = facts.words
        if not (words & cues.course and words & cues.permission) or facts.ec:
            return None
        if words & cues.own_start or facts.month_years:
            return None
        ahead = self._start_ahead(facts, today)
        if ahead is not None:
            return ahead
        # "The course starts Monday": a start ahead, whatever other date ("5 weeks ago") is given.
        if not words & cues.started:
            return None
        recent = [d for d in facts.dates if d <= today and (today - d).days <= _RECENT_START_DAYS]
        if not recent:
            return None
        late = petition_too_late(self.kb.rulebook, max(recent), today)
        return (
            None
            if late is None
            else self.kb.messages.warning_line.format(text=verdicts.said(self.kb.messages, late))
        )

    def _start_ahead(self, facts: QuestionFacts, today: date) -> str | None:
        """ "My elective starts 10 January, is there still time to petition?": the one date given,
        said as a start to come (the coming 10 January, written without its year), is the day to
        petition before, said ahead of the answer."""
        cues = self._cues
        to_come = facts.words & (cues.start_said_now | cues.upcoming | cues.future)
        if len(facts.dates) != 1 or not to_come or facts.words & cues.started:
            return None
        day = coming(facts.dates[0], today) if facts.dates[0] in facts.yearless else facts.dates[0]
        ahead = petition_ahead(self.kb.rulebook, day, today) if day > today else None
        return (
            None
            if ahead is None
            else self.kb.messages.ahead_line.format(text=verdicts.said(self.kb.messages, ahead))
        )

    def _september_premaster(self, facts: QuestionFacts) -> bool:
        """A premaster said to have started in September: its year ends at the page's 31 August check
        (only a short one's is 31 January; a February start's end the page does not date)."""
        cues = self._cues
        said = any(d.month == SEPTEMBER for d in facts.month_years) or SEPTEMBER in facts.months
        return said and bool(facts.words & cues.start) and not facts.words & cues.february

    def _short_premaster_start(self, facts: QuestionFacts, today: date) -> date | None:
        """A short premaster that started in September (said so, or no month said): the start, or
        today for the current academic year's; None for anyone else (a February start included,
        for which the page gives no date of its own)."""
        cues = self._cues
        if not (facts.words & cues.premaster and facts.words & cues.short):
            return None
        said = next((d for d in facts.month_years if d.month == SEPTEMBER and d <= today), None)
        if said is not None:
            return said
        other_month = FEBRUARY in facts.months or any(d.month == FEBRUARY for d in facts.month_years)
        # "... started in February 2027" told before: the words kept with the premaster say it.
        return None if other_month or facts.words & cues.february else today

    def _named_by_follow_up(self, last: Entry, reading: Reading, ranking: tuple[Ranked, ...]) -> Match | None:
        """A word or two asked of the last answer that it, or one of its related answers, names: "who
        writes the report?" after educational circumstances is that answer again ("your study
        adviser helps you write a report"); "what steps?" after the personal circumstances is the
        related "Steps for personal circumstances", never the uSis petition's steps."""
        asked = self.matcher.stems(reading.text)
        if not asked:
            return None
        # Only "who ...?", "where ...?" or "via ...?" is answered by the last answer again, which names it;
        # "how do I petition it?" asks for more than the last answer's "petition in uSis".
        said = self._normaliser.words(reading.text)
        whom = bool(set(said) & _WHO_WHERE)
        # "Who do I talk to?" after the family circumstances: the person that answer names.
        names_one = bool(set(self._normaliser.words(last.answer)) & self._cues.people)
        whom_only = whom and names_one and not asked - self.matcher.stems(" ".join(_TALKING_VERBS))
        # "Do I use uSis?" after "a project is not petitioned in uSis": asked of what it names.
        named = asked - self.matcher.stems(" ".join(_ASKING_VERBS))
        yes_no = bool(said[:1]) and said[0] in _YES_NO and bool(named)
        answered = self.matcher.stems(last.answer)
        again = (whom and asked <= answered) or whom_only or (yes_no and named <= answered)
        chosen = last.id if again else None
        for related in last.related if chosen is None else ():
            entry = self._entries.get(related)
            if entry is None:
                continue
            in_title = asked <= self.matcher.stems(entry.title)
            if in_title or (yes_no and named <= self.matcher.stems(entry.answer)):
                chosen = related
                break
        if chosen is None and yes_no:
            # "Do I use uSis?" after assisting: the answer of the same topic that names uSis, as the
            # words rank with the last answer's title.
            chosen = next(
                (
                    r.entry_id
                    for r in self.matcher.rank_message(f"{reading.text} {last.title}", ())
                    if area_of(r.entry_id) == area_of(last.id)
                    and named <= self.matcher.stems(self._entries[r.entry_id].answer)
                ),
                None,
            )
        if chosen is None:
            return None
        best = ranking[0].score if ranking else 0.0
        # Its runners-up only of its own area: the two words alone rank the petition's steps.
        rest = tuple(r for r in ranking if r.entry_id != chosen and area_of(r.entry_id) == area_of(chosen))
        return Match(outcome=Outcome.ANSWER, ranked=(Ranked(entry_id=chosen, score=best), *rest))

    def _in_context(self, last: Entry, text: str, alone: Match) -> Match | None:
        """ "And can I appeal?" after "my petition was rejected": the words are asked of the last
        answer's topic, so they are matched with its title; kept when that finds an entry of the
        same area that covers the words as fully as what they find alone, and scores within a
        related answer's distance of it (the study-progress appeal is no answer about a petition;
        "what if I started in February?" after a course still leaves the course: the course's
        entries do not cover "started")."""
        if alone.outcome is not Outcome.ANSWER:
            return None
        in_context = self.matcher.match(f"{text} {last.title}")
        if in_context.outcome is not Outcome.ANSWER:
            return None
        best, plain = in_context.ranked[0], alone.ranked[0]
        near = best.score >= plain.score - self.matcher.thresholds.related_spread
        same_topic = area_of(best.entry_id) == area_of(last.id) or best.entry_id in last.related
        return in_context if same_topic and near and best.coverage >= plain.coverage else None

    def _is_short(self, text: str) -> bool:
        return len(self._normaliser.content_words(text)) <= FOLLOW_UP_WORDS

    def _answered(
        self,
        match: Match,
        entry: Entry,
        today: date,
        *,
        looking_back: bool = False,
        told_of: date | None = None,
        started: date | None = None,
        short_premaster: date | None = None,
        unsaid: str | None = None,
        lead: str | None = None,
        premaster: bool = False,
        own_start: date | None = None,
    ) -> Answer:
        """An entry's answer with the runners-up of its match (or its own related entries) beside it;
        `lead`, a warning for this student (the course has started), goes first."""
        score = match.score if match.ranked else 100.0
        answer = self.entry_answer(
            entry,
            score,
            today,
            looking_back=looking_back,
            told_of=told_of,
            started=started,
            short_premaster=short_premaster,
            unsaid=unsaid,
            premaster=premaster,
            own_start=own_start,
        )
        if lead is not None:
            answer = answer.model_copy(update={"answer": f"{lead}\n\n{answer.answer}"})
        related = [r.entry_id for r in match.ranked[1:]]
        related += [r for r in entry.related if r not in related]
        if entry.next is not None:
            related.insert(0, entry.next)
        unique = [r for r in dict.fromkeys(related) if r != entry.id and r in self._entries]
        limit = self.matcher.thresholds.max_related
        return answer.model_copy(update={"related": tuple(self._choice(r) for r in unique[:limit])})

    def _small_talk(self, kind: SmallTalk) -> Answer:
        m = self.kb.messages
        text = {
            SmallTalk.GREETING: m.small_talk_greeting,
            SmallTalk.THANKS: m.small_talk_thanks,
            SmallTalk.ACKNOWLEDGED: m.small_talk_acknowledged,
            SmallTalk.CAPABILITIES: m.small_talk_capabilities,
        }[kind]
        return Answer(kind=AnswerKind.SMALL_TALK, answer=text)
