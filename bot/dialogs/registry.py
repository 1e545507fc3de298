"""The validators, computations and effects dialog scripts name: each written once, over the rule core.

A script says `validate: course_ec`, `compute: course_verdict` or `effect: ledger_add`; this module
is where those names meet the rules. Each is registered with its `Contract`: the answers (step ids)
it reads and the choice values it understands, which `kb check` holds every dialog to. No rule is
decided here: every verdict comes from the use-cases in `bot.rules.usecases`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from bot.answering.dates import DateReader
from bot.answering.facts import spelled_number, spelled_year
from bot.content.loader import KnowledgeBase
from bot.dialogs.engine import (
    SKIPPED,
    Computation,
    Computed,
    Context,
    Contract,
    Effect,
    Effected,
    Invalid,
    Named,
    Registry,
    Valid,
    Validator,
)
from bot.dialogs.ledger import elective_record, with_assisted_toggled, with_item, without_item
from bot.dialogs.matching import words
from bot.dialogs.script import ChoiceSpec
from bot.dialogs.state import LedgerItem
from bot.presenting import verdicts
from bot.presenting.dates import month_name
from bot.rules.circumstances import CircumstanceCategory, PersonalKind
from bot.rules.electives import ArtScienceType, Provider, round_down
from bot.rules.parameters import ParameterId
from bot.rules.parsing import parse_ec
from bot.rules.petition import (
    ExplanationDraft,
    PetitionKind,
    check_explanation,
    explanation_labels,
    route_for_project,
)
from bot.rules.progress import ProgressSituation, ProgressStatus, ProgressVerdict, StartKind
from bot.rules.projects import ProjectKind
from bot.rules.usecases import (
    CHECKED_YEARLY,
    CircumstanceQuestion,
    CourseQuestion,
    ExplanationQuestion,
    Honours,
    ProjectQuestion,
    beyond_study_load,
    check_appeal,
    check_circumstances,
    check_course,
    check_progress,
    check_project,
    compose_explanation,
    ledger_usage,
    overdue_decision,
    past_check,
    petition_steps,
    petition_too_late,
    progress_period,
    report_deadline,
    upgrade_line,
)

MAX_NAME = 120
MAX_TITLE = 40
_BARE_ADDRESS = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?$", re.IGNORECASE)
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_NEGATIVE = re.compile(r"^\s*[-\u2212\u2013]\s*\d")


Answers = Mapping[str, str]


def _values(*enums: type[StrEnum]) -> frozenset[str]:
    return frozenset(member.value for enum in enums for member in enum)


YES_NO = frozenset({"yes", "no"})
STARTED_UNDATED = "begun"
"""The start answered "it has already started" ("last month"): begun, on no day the student gave."""
COURSE = Contract(
    steps=frozenset(
        {"name", "provider", "level", "artscience_type", "upgrade", "ec", "honours", "start", "grade"}
    ),
    values={
        "provider": _values(Provider),
        "level": frozenset({"100", "200", "300", "400"}),
        "artscience_type": _values(ArtScienceType),
        "upgrade": YES_NO,
        "honours": _values(Honours),
        "start": frozenset({STARTED_UNDATED}),
    },
    # A level not known (or a bachelor year elsewhere) ends at its own result, never a verdict.
    ignores={"level": frozenset({"unknown"})},
)
"""What `course_verdict` reads: the whole course as the course dialog asks it."""
START_KINDS = _values(StartKind)
PROGRESS_START = Contract(
    steps=frozenset({"start_kind", "started_on", "started_year"}),
    values={"start_kind": START_KINDS},
    ignores={"start_kind": frozenset({"no_permit"})},
)
PENDING_UNKNOWN = "unknown"
"""The pending EC answered "I don't know": counted as none, and the verdict says they would add."""
PROGRESS = PROGRESS_START.model_copy(
    update={
        "steps": PROGRESS_START.steps | {"premaster_total", "ec_obtained", "ec_pending"},
        "values": {**PROGRESS_START.values, "ec_pending": frozenset({PENDING_UNKNOWN})},
    }
)
USED_BEFORE_UNKNOWN = "unknown"
"""Whether the circumstance was cited before, answered "I don't know": neither yes nor no."""
CIRCUMSTANCES = Contract(
    steps=frozenset({"category", "personal_kind", "used_before"}),
    values={
        "category": _values(CircumstanceCategory),
        "personal_kind": _values(PersonalKind),
        "used_before": YES_NO | {USED_BEFORE_UNKNOWN},
    },
    ignores={"personal_kind": frozenset({"other"})},
)
APPEAL = Contract(steps=frozenset({"decision_date"}))
PETITION_KIND = Contract(
    steps=frozenset({"kind"}),
    carried=frozenset({"name"}),
    values={"kind": _values(PetitionKind)},
    ignores={"kind": frozenset({"project"})},
)
DETAILS = frozenset(
    {
        "detail_ec",
        "detail_level",
        "detail_institute",
        "detail_description",
        "detail_link",
        "detail_motivation",
    }
)
UPGRADE_ASKED = frozenset({"no", ArtScienceType.RESEARCH_GROUP.value, ArtScienceType.LAB.value})
"""The petition's own question: no upgrade, or the upgradable ArtScience type it is asked for."""
UPGRADE = Contract(
    steps=frozenset({"as_upgrade"}),
    carried=frozenset({"name", "artscience_type", "upgrade"}),
    values={"artscience_type": _values(ArtScienceType), "upgrade": YES_NO, "as_upgrade": UPGRADE_ASKED},
)
"""The requested ArtScience level upgrade: asked by the petition, or carried from a course verdict."""
LATE = Contract(steps=frozenset({"detail_start"}), values={"detail_start": frozenset({STARTED_UNDATED})})
"""What `petition_late` reads: the petition's course start, a date or "it has already started"."""
EXPLANATION = UPGRADE.model_copy(update={"steps": DETAILS | {"detail_start", "as_upgrade"}})
PROJECT = Contract(
    steps=frozenset(
        {"project_name", "project_ec", "project_kind", "technical", "assistive", "approval", "reports"}
    ),
    values={
        "project_kind": _values(ProjectKind),
        "technical": YES_NO,
        "assistive": YES_NO,
        "approval": YES_NO,
        "reports": YES_NO,
    },
)
REMOVE = Contract(steps=frozenset({"remove_which"}))
START_YEAR = Contract(
    steps=frozenset({"start_kind"}),
    values={"start_kind": frozenset({"september", "february"})},
    ignores={"start_kind": (START_KINDS | {"no_permit"}) - {"september", "february"}},
)
"""`start_year` asks a September or February starter only: the button already said the month."""


def _title(name: str) -> str:
    """A course or project name as a verdict's title: long names are cut, so the first message
    keeps its budget for the outcome (the full name stays in the answers and the petition)."""
    return name if len(name) <= MAX_TITLE else name[: MAX_TITLE - 1].rstrip() + "…"


def _number(text: str) -> Decimal | None:
    """An amount or grade as typed on a phone: digits ("7,5 EC") or words ("twelve and a half",
    "none"), read as the free-text questions read them; "-5" stays below zero, for the validator
    to refuse (it is no 5)."""
    value = parse_ec(text)
    value = value if value is not None else spelled_number(text)
    return -value if value is not None and _NEGATIVE.match(text) else value


def _typed_year(text: str) -> int | None:
    """A year as typed: "2025", or in words ("twenty twenty-five")."""
    match = _YEAR.match(text)
    return int(match[1]) if match is not None else spelled_year(text)


def _given(value: str | None) -> str | None:
    return None if value in (None, "", SKIPPED) else value


class DialogFunctions:
    """The validators and computations, bound to one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.book = kb.rulebook
        self.dates = DateReader(kb.lexicon.months, kb.lexicon.months_not_alone)
        self.m = kb.messages

    # -- validators: typed text -> a stored value, or why not -----------------------------------
    def name(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        cleaned = " ".join(text.split())
        if not cleaned or len(cleaned) > MAX_NAME or not any(c.isalnum() for c in cleaned):
            return Invalid(message=self.m.invalid_name)
        return Valid(value=cleaned)

    def positive_ec(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        value = _number(text)
        if value is None or value <= 0 or value > self.book.ec(ParameterId.NOMINAL_STUDY_LOAD):
            return Invalid(message=self.m.invalid_ec)
        return Valid(value=str(value))

    def amount(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        value = _number(text)
        if value is None or value < 0 or value > 10 * self.book.ec(ParameterId.NOMINAL_STUDY_LOAD):
            return Invalid(message=self.m.invalid_amount)
        return Valid(value=str(value))

    def past_date(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        value = self.dates.parse(text, ctx.today) or self.dates.month_year(text)
        if value is None:
            return Invalid(message=self.m.invalid_date)
        if value > ctx.today:
            return Invalid(message=self.m.invalid_date_future, read=True)
        return Valid(value=value.isoformat())

    def started_on(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        """A premaster's start (see `past_date`); a bare year is asked its month, as a premaster
        may start in September or February."""
        year = _typed_year(text)
        if year is not None and self.dates.parse(text, ctx.today) is None:
            return Invalid(message=self.m.invalid_start_month.format(year=year))
        return self.past_date(text, ctx, answers)

    def total(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        """A premaster programme's EC in all: more than none."""
        value = _number(text)
        if value is None or value <= 0 or value > 10 * self.book.ec(ParameterId.NOMINAL_STUDY_LOAD):
            return Invalid(message=self.m.invalid_amount)
        return Valid(value=str(value))

    def start_year(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        """The year a September or February starter began: the month is known from the button, so
        it is not asked twice; stored as the period's first day."""
        year = _typed_year(text)
        if year is None and text.strip().isdigit():  # "1": not a year, and not a date either
            return Invalid(message=self.m.invalid_year)
        if year is None:
            read = self.past_date(text, ctx, answers)
            # The step asks for a year: what is neither a year nor a date is asked a year.
            unread = isinstance(read, Invalid) and read.message == self.m.invalid_date
            return Invalid(message=self.m.invalid_year) if unread else read
        february = answers.get("start_kind") == "february"
        pid = ParameterId.PERIOD_START_FEBRUARY if february else ParameterId.PERIOD_START_SEPTEMBER
        if year < 1:
            return Invalid(message=self.m.invalid_year)
        started = self.book.on(pid, year)
        if started > ctx.today:
            return Invalid(message=self.m.invalid_date_future)
        return Valid(value=started.isoformat())

    def start_date(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        """A course's start date; a month without a day ("Feb 2027") is asked its day; "today" and
        "yesterday" are read from today (the lexicon's `days_ago`)."""
        ago = self.kb.lexicon.days_ago.get(" ".join(words(text)))
        value = ctx.today - timedelta(days=ago) if ago is not None else self.dates.parse(text, ctx.today)
        if value is None:
            return Invalid(message=self.unread_start(text, ctx.today))
        return Valid(value=value.isoformat())

    def unread_start(self, text: str, today: date) -> str:
        """Why a start date could not be read: its day asked for a month alone, else an example
        that is still ahead."""
        example = verdicts.day(self.next_start(today), self.m)
        return self.day_missing(text) or self.m.invalid_start_date.format(example=example)

    def day_missing(self, text: str) -> str | None:
        """For a month and year without a day, the question for the day; else None."""
        month = self.dates.month_year(text)
        if month is None:
            return None
        name = month_name(month.month, self.m.dates)
        return self.m.invalid_start_day.format(
            month=name, year=month.year, example=verdicts.day(month, self.m)
        )

    def grade(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        value = _number(text)
        if value is None or not Decimal(1) <= value <= Decimal(10):
            return Invalid(message=self.m.invalid_grade)
        return Valid(value=str(value))

    def explanation_field(
        self, field: str, parse: Callable[[str, date], object]
    ) -> Callable[[str, Context, Answers], Valid | Invalid]:
        """One detail of the explanation, checked by the rule core's own check of the draft."""

        def validate(text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
            value = parse(text.strip(), ctx.today)
            draft = ExplanationDraft.model_validate({field: value})
            errors = [e for e in check_explanation(self.book, draft, ctx.today).errors if e.field == field]
            if errors or value is None:
                message = verdicts.said(self.m, errors[0].message) if errors else self.m.invalid_date
                return Invalid(message=message)
            return Valid(value=value.isoformat() if isinstance(value, date) else str(value))

        return validate

    def course_details(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        """The study-guide link and the course description in one message, in either order: the
        address is stored as the link detail, the words around it as the description detail."""
        words = text.split()
        found = _address_in(words)
        rest = " ".join(words[:found] + words[found + 1 :]) if found is not None else " ".join(words)
        address = words[found].rstrip(".,;:!?)") if found is not None else ""
        # Sent in two messages: the half given first was kept, so nothing typed is lost.
        address = address or answers.get("detail_link", "")
        rest = rest or answers.get("detail_description", "")
        link = self.explanation_field("study_guide_link", self.as_link)(address, ctx, answers)
        description = self.explanation_field("course_description", self.as_text)(rest, ctx, answers)
        if isinstance(link, Invalid):
            kept = {"detail_description": description.value} if isinstance(description, Valid) else {}
            return link.model_copy(update={"keep": kept})
        if isinstance(description, Invalid):
            return description.model_copy(update={"keep": {"detail_link": link.value}})
        return Valid(value=link.value, also={"detail_description": description.value})

    def as_amount(self, text: str, today: date) -> str | None:
        """EC as typed, or in words ("seven and a half") as the digits the text will show."""
        if parse_ec(text) is None and (spelled := spelled_number(text)) is not None:
            return verdicts.number(spelled)
        return self.as_text(text, today)

    def as_text(self, text: str, today: date) -> str | None:
        return " ".join(text.split()) or None

    def as_link(self, text: str, today: date) -> str | None:
        """A web address as phones copy it, often without "https://": that is added, so only a
        text that is no address at all is refused."""
        cleaned = " ".join(text.split())
        if _BARE_ADDRESS.match(cleaned):
            return "https://" + cleaned
        return cleaned or None

    # -- reading answers: the typed question each use-case takes ------------------------------
    def course_question(self, answers: Answers) -> CourseQuestion:
        """The course as the course dialog asks it (see `COURSE`)."""
        level = _given(answers.get("level"))
        artscience = _given(answers.get("artscience_type"))
        begun = answers.get("start") == STARTED_UNDATED
        start = None if begun else _given(answers.get("start"))
        return CourseQuestion(
            name=answers["name"],
            ec=Decimal(answers["ec"]),
            provider=Provider(answers["provider"]),
            level=int(level) if level else None,
            artscience_type=ArtScienceType(artscience) if artscience else None,
            honours=Honours(answers.get("honours", Honours.NO.value)),
            start=date.fromisoformat(start) if start else None,
            begun=begun,
            grade=Decimal(g) if (g := _given(answers.get("grade"))) else None,
            upgrade_requested=answers.get("upgrade") == "yes",
        )

    def started(self, answers: Answers) -> tuple[StartKind, date]:
        """How and when the student started (see `PROGRESS_START`)."""
        started = answers.get("started_on") or answers["started_year"]
        return StartKind(answers["start_kind"]), date.fromisoformat(started)

    def situation(self, answers: Answers) -> ProgressSituation:
        """The progress question (see `PROGRESS`); a premaster who does not know the programme's
        total is not asked for EC."""
        kind, started_on = self.started(answers)
        total = _given(answers.get("premaster_total"))
        return ProgressSituation(
            start=kind,
            started_on=started_on,
            ec_obtained=Decimal(answers.get("ec_obtained", "0")),
            ec_pending=Decimal(p)
            if (p := _given(answers.get("ec_pending"))) and p != PENDING_UNKNOWN
            else Decimal(0),
            premaster_ec_total=Decimal(total) if total else None,
            # The EC are asked "since {period_start}", this academic year's first day.
            ec_this_year=True,
        )

    def situation_ahead(self, answers: Answers, today: date) -> ProgressSituation:
        """The progress question whose dates are still ahead: just after a September starter's
        check, whose EC were those of the year checked, the new year's, with nothing obtained yet."""
        situation = self.situation(answers)
        if situation.start in CHECKED_YEARLY and past_check(
            self.book, situation.start, situation.started_on, today
        ):
            return situation.model_copy(update={"ec_obtained": Decimal(0), "ec_pending": Decimal(0)})
        return situation

    def circumstance_question(self, answers: Answers) -> CircumstanceQuestion:
        """The circumstances question (see `CIRCUMSTANCES`); "other" never reaches a verdict."""
        kind = _given(answers.get("personal_kind"))
        category = CircumstanceCategory(answers["category"])
        return CircumstanceQuestion(
            category=category,
            personal_kind=PersonalKind(kind) if kind and category is CircumstanceCategory.PERSONAL else None,
            used_before=None
            if answers.get("used_before") == USED_BEFORE_UNKNOWN
            else answers.get("used_before") == "yes",
        )

    def decided(self, answers: Answers) -> date:
        """The date of the decision appealed against (see `APPEAL`)."""
        return date.fromisoformat(answers["decision_date"])

    def project_question(self, answers: Answers) -> ProjectQuestion:
        """The project as the electives dialog asks it (see `PROJECT`)."""
        return ProjectQuestion(
            name=answers["project_name"],
            ec=Decimal(answers["project_ec"]),
            kind=ProjectKind(answers["project_kind"]),
            technical=answers.get("technical") == "yes",
            assistive=answers.get("assistive") == "yes",
            approval=answers.get("approval") == "yes",
            approval_confirmed=answers.get("approval") == "yes",
            reports=answers.get("reports") == "yes",
        )

    # -- computations: answers -> text, values and what they make possible ----------------------
    def steps_6_to_9(self, answers: Answers, ctx: Context) -> Computed:
        """The link at uSis step 6 and the drop-down choice at step 7 for this kind of petition,
        for the checklist of steps 6 to 9; the page's sentence for each, folded away."""
        found = petition_steps(self.book, PetitionKind(answers["kind"]))
        values = {
            "kind_label": found.kind_label,
            "step6_link": found.step6_link,
            "step7_choice": found.step7_choice,
            "course_name": f": {answers['name']}" if answers.get("name") else "",
        }
        citations = tuple(f.citation for f in found.findings)
        why = "\n\n".join(self.m.cite.format(quote=c.quote) for c in citations)
        return Computed(values=values, detail=why, citations=citations)

    def project_route(self, answers: Answers, ctx: Context) -> Computed:
        """The script's prompt says it in the student's words; this adds the page's sentence."""
        return Computed(cite=route_for_project(self.book).citation)

    def next_start(self, today: date) -> date:
        """An example start date that is still ahead: the next 1 February or 1 September (the
        study periods' first days)."""
        starts = (ParameterId.PERIOD_START_FEBRUARY, ParameterId.PERIOD_START_SEPTEMBER)
        years = (today.year, today.year + 1)
        return min(d for year in years for pid in starts if (d := self.book.on(pid, year)) > today)

    def start_example(self, answers: Answers, ctx: Context) -> Computed:
        """The example in a prompt for a course's start date: never a day already past."""
        return Computed(values={"example": verdicts.day(self.next_start(ctx.today), self.m)})

    def upgrade(self, answers: Answers) -> tuple[ArtScienceType | None, bool]:
        """The ArtScience type and whether its level upgrade is requested (see `UPGRADE`): the
        petition's own question, or what a course verdict carried."""
        asked = _given(answers.get("as_upgrade"))
        if asked is not None and asked != "no":
            return ArtScienceType(asked), True
        kind = _given(answers.get("artscience_type"))
        return (ArtScienceType(kind) if kind else None), answers.get("upgrade") == "yes"

    def petition_late(self, answers: Answers, ctx: Context) -> Computed:
        """A petition's course already started: said as a course verdict says it (see `LATE`)."""
        given = answers.get("detail_start", STARTED_UNDATED)
        start = None if given == STARTED_UNDATED else date.fromisoformat(given)
        late = petition_too_late(self.book, start, ctx.today)
        if late is None:
            return Computed()
        return Computed(values={"late": verdicts.said(self.m, late)}, cite=late.citation)

    def checklist(self, answers: Answers, ctx: Context) -> Computed:
        labels = list(explanation_labels(self.book))
        kind, requested = self.upgrade(answers)
        question = ExplanationQuestion(
            draft=ExplanationDraft(),
            name=answers.get("name", ""),
            artscience_type=kind,
            upgrade_requested=requested,
        )
        line = upgrade_line(self.book, question)
        if line is not None:
            labels.append(verdicts.said(self.m, line))
        return Computed(text="\n".join(self.m.finding_line.format(text=label) for label in labels))

    def explanation(self, answers: Answers, ctx: Context) -> Computed:
        draft = ExplanationDraft(
            ec=answers.get("detail_ec"),
            level=answers.get("detail_level"),
            institute_department=answers.get("detail_institute"),
            course_description=answers.get("detail_description"),
            study_guide_link=answers.get("detail_link"),
            motivation=answers.get("detail_motivation"),
            start_date=date.fromisoformat(answers["detail_start"]) if answers.get("detail_start") else None,
        )
        kind, requested = self.upgrade(answers)
        question = ExplanationQuestion(
            draft=draft, name=answers.get("name", ""), artscience_type=kind, upgrade_requested=requested
        )
        result = compose_explanation(self.book, question, ctx.today)
        paste = verdicts.explanation_text(result, self.m)
        if paste is None:
            wrong = (self.m.finding_line.format(text=verdicts.said(self.m, e.message)) for e in result.errors)
            return Computed(text="\n".join(wrong))
        # Beside the draft, not in it, each with the sentence it rests on: the text keeps the EC
        # and level as the student typed them, and the student hears that a half credit will not
        # count ("7.5 EC becomes 7 EC") and that a bachelor course counts only within the cap.
        notes = [self.m.warning_line.format(text=verdicts.said(self.m, note)) for note in result.notes]
        citations = tuple(self.book.clause(note.clause).citation for note in result.notes)
        quotes = [self.m.cite.format(quote=c.quote) for c in citations]
        return Computed(text="\n\n".join(notes), detail="\n".join(quotes), paste=paste, citations=citations)

    def course_verdict(self, answers: Answers, ctx: Context) -> Computed:
        check = check_course(self.book, self.course_question(answers), elective_record(ctx.ledger), ctx.today)
        verdict = check.verdict
        shown = verdicts.course(verdict, self.m, upgrade_asked=True)
        blocks = [shown.text(), *(verdicts.said(self.m, note) for note in check.notes)]
        flags = set()
        item = None
        if check.recordable:
            flags.add("can_add")
            item = LedgerItem(
                id=0,
                kind="course",
                name=check.course.name,
                ec_counted=verdict.ec_counted,
                ec_offered=round_down(check.course.ec),
                level=verdict.level_applied,
            )
        if check.needs_petition:
            flags.add("needs_petition")
        if check.started:
            flags.add("started")
        return Computed(
            text="\n\n".join(blocks),
            values={"name": _title(check.course.name)},
            detail=shown.detail(),
            citations=tuple(shown.citations),
            flags=frozenset(flags),
            ledger_item=item,
        )

    def progress_period(self, answers: Answers, ctx: Context) -> Computed:
        """Where the EC are counted from; once the check they are about has passed (just after
        31 August, or after a premaster's end), the EC asked for are those held on that day."""
        kind, started_on = self.started(answers)
        start = progress_period(self.book, kind, started_on, ctx.today)
        passed = past_check(self.book, kind, started_on, ctx.today)
        if passed is not None and kind in CHECKED_YEARLY:
            start = progress_period(self.book, kind, started_on, passed)
        text = self.m.progress_ask_at_check.format(date=verdicts.day(passed, self.m)) if passed else ""
        return Computed(text=text, values={"period_start": verdicts.day(start, self.m)})

    def progress(self, answers: Answers, ctx: Context) -> Computed:
        situation = self.situation(answers)
        passed = past_check(self.book, situation.start, situation.started_on, ctx.today)
        # Just after 31 August, a September starter's EC are judged at that check (the rule core
        # judges a premaster at its end itself); nothing before today is a date ahead.
        judged = passed if passed is not None and situation.start in CHECKED_YEARLY else ctx.today
        check = check_progress(self.book, situation, judged)
        verdict = check.verdict
        if judged != ctx.today:
            # Asked after the check: no date before today ahead, and credits waiting then are said
            # as what they were ("if you obtained them by 31 August 2027"), not what they will be.
            findings = tuple(
                f.model_copy(update={"key": "no_action_after"})
                if (f.clause, f.key) == ("credits_pending", "no_action")
                else f
                for f in verdict.findings
            )
            verdict = verdict.model_copy(
                update={
                    "actions": tuple(a for a in verdict.actions if a.on > ctx.today),
                    "findings": findings,
                }
            )
        shown = verdicts.progress(verdict, self.m, compact=True)
        total = situation.premaster_ec_total
        if total is not None and any(
            (f.clause, f.key) == ("premaster", "february") for f in verdict.findings
        ):
            # No check date for a February premaster: the numbers asked are still counted.
            left = verdicts.number(max(Decimal(0), total - situation.ec_obtained))
            shown.under_headline(
                self.m.progress_premaster_open_count.format(
                    obtained=verdicts.number(situation.ec_obtained), total=verdicts.number(total), left=left
                )
            )
        self._pending(shown, verdict, situation, unknown=answers.get("ec_pending") == PENDING_UNKNOWN)
        self._over_load(shown, verdict, situation, judged)
        if judged != ctx.today:
            # Short at that check, what follows comes first: the new year is folded away.
            new_year = self._new_year(answers, judged, ctx.today)
            if verdict.status is ProgressStatus.BEHIND:
                shown.details.insert(0, new_year)
            else:
                shown.line(new_year)
        flags = frozenset({"behind"}) if check.behind else frozenset()
        return Computed(
            text=shown.text(), detail=shown.detail(), citations=tuple(shown.citations), flags=flags
        )

    def _pending(
        self,
        shown: verdicts.Presented,
        verdict: ProgressVerdict,
        situation: ProgressSituation,
        *,
        unknown: bool,
    ) -> None:
        """Under a verdict still short: what the EC waiting for uSis would change; when the student
        does not know them, that they would add to the EC counted (unknown is not none)."""
        if verdict.status not in (ProgressStatus.UNDER_WAY, ProgressStatus.BEHIND):
            return
        if situation.ec_pending:
            verdicts.more_to_come(shown, verdict, situation.ec_pending, self.m, waiting=True)
        elif unknown and verdict.required_ec is not None:
            note = self.m.progress_pending_unknown.format(
                obtained=verdicts.number(situation.ec_obtained),
                deadline=verdicts.day(verdict.deadline, self.m),
                required=verdicts.number(verdict.required_ec),
            )
            shown.under_headline(note)

    def _over_load(
        self, shown: verdicts.Presented, verdict: ProgressVerdict, situation: ProgressSituation, today: date
    ) -> None:
        """More EC since the period's start than its nominal load: likely a mistyped number (or all
        EC ever), so the student is asked to check it before trusting the verdict."""
        ec = situation.ec_obtained + situation.ec_pending
        load = beyond_study_load(self.book, ec, verdict.period_start, today)
        if load is not None:
            shown.under_headline(verdicts.over_load(self.m, ec, verdict.period_start, load))

    def _new_year(self, answers: Answers, check: date, today: date) -> str:
        """After a verdict on the check just passed: the new year's period and requirement."""
        year = check_progress(self.book, self.situation_ahead(answers, today), today).verdict
        return verdicts.new_year(self.m, year, check)

    def no_decision(self, answers: Answers, ctx: Context) -> Computed:
        """No decision yet, just after a check: the one on circumstances was due already."""
        overdue = overdue_decision(self.book, ctx.today)
        if overdue is None:
            return Computed()
        return Computed(
            text=self.m.warning_line.format(text=verdicts.said(self.m, overdue)),
            citations=(overdue.citation,),
        )

    def report_date(self, answers: Answers, ctx: Context) -> Computed:
        """Under an answer that says "before 1 July": this year's date, and whether it has passed."""
        return Computed(text=verdicts.yearly(report_deadline(self.book, ctx.today), self.m))

    def circumstances(self, answers: Answers, ctx: Context) -> Computed:
        guide = check_circumstances(self.book, self.circumstance_question(answers), ctx.today)
        shown = verdicts.circumstances(guide, self.m)
        return Computed(text=shown.text(), detail=shown.detail(), citations=tuple(shown.citations))

    def appeal(self, answers: Answers, ctx: Context) -> Computed:
        shown = verdicts.appeal(check_appeal(self.book, self.decided(answers), ctx.today), self.m)
        return Computed(text=shown.text(), detail=shown.detail(), citations=tuple(shown.citations))

    def overview(self, answers: Answers, ctx: Context) -> Computed:
        items = ctx.ledger.items
        lines = [self._item_line(item) for item in items] or [self.m.ledger_empty]
        usage = verdicts.caps(ledger_usage(self.book, elective_record(ctx.ledger)), self.m)
        flags = frozenset({"has_items"}) if items else frozenset()
        return Computed(text="\n".join(lines) + "\n\n" + usage, flags=flags)

    def _item_line(self, item: LedgerItem) -> str:
        if item.kind == "course":
            return self.m.ledger_item_course.format(name=item.name, ec=item.ec_counted, level=item.level)
        kind = self.m.project_assisting if item.project_kind == "assisting" else self.m.project_own
        return self.m.ledger_item_project.format(name=item.name, ec=item.ec_counted, kind=kind)

    def ledger_choices(self, answers: Answers, ctx: Context) -> Computed:
        choices = tuple(
            ChoiceSpec(label=f"{item.name[:40]} ({item.ec_counted} EC)", value=str(item.id))
            for item in ctx.ledger.items
        )
        return Computed(choices=choices)

    def remove_preview(self, answers: Answers, ctx: Context) -> Computed:
        chosen = answers.get("remove_which", "")
        item = next((i for i in ctx.ledger.items if str(i.id) == chosen), None)
        return Computed(values={"item": item.name if item else ""}, ledger_item=item)

    def project(self, answers: Answers, ctx: Context) -> Computed:
        check = check_project(self.book, self.project_question(answers), elective_record(ctx.ledger))
        shown = verdicts.project(check.verdict, self.m)
        item = None
        flags: frozenset[str] = frozenset()
        if check.recordable:
            work = check.project
            item = LedgerItem(
                id=0,
                kind="project",
                name=work.name,
                ec_counted=check.verdict.ec_counted,
                project_kind=work.kind.value,
            )
            flags = frozenset({"can_add"})
        return Computed(
            text=shown.text(),
            values={"project_name": _title(check.project.name)},
            detail=shown.detail(),
            citations=tuple(shown.citations),
            flags=flags,
            ledger_item=item,
        )

    # -- effects: a button of a result step changes the ledger ---------------------------------
    def ledger_add(self, computed: Computed, ctx: Context) -> Effected | None:
        item = computed.ledger_item
        if item is None:
            return None
        note = self.m.ledger_added.format(name=item.name, ec=item.ec_counted)
        return Effected(ledger=with_item(ctx.ledger, item), note=note)

    def ledger_remove(self, computed: Computed, ctx: Context) -> Effected | None:
        if computed.ledger_item is None:
            return None
        ledger, gone = without_item(ctx.ledger, computed.ledger_item.id, self.book)
        return Effected(ledger=ledger, note=self.m.ledger_removed.format(name=gone.name) if gone else None)

    def ledger_toggle_assisted(self, computed: Computed, ctx: Context) -> Effected | None:
        return Effected(ledger=with_assisted_toggled(ctx.ledger))

    def registry(self) -> Registry:
        """Every name a script may use, bound to its function and the contract it keeps."""
        course_details = Contract(
            writes=frozenset({"detail_description"}),
            steps=frozenset({"detail_description", "detail_link"}),
        )
        validators: dict[str, Named[Validator]] = {
            "course_name": Named(self.name),
            "project_name": Named(self.name),
            "course_ec": Named(self.positive_ec),
            "project_ec": Named(self.positive_ec),
            "course_start": Named(self.start_date),
            "course_grade": Named(self.grade),
            "started_on": Named(self.started_on),
            "start_year": Named(self.start_year, START_YEAR),
            "decision_date": Named(self.past_date),
            "ec_amount": Named(self.amount),
            "premaster_total": Named(self.total),
            "explanation_ec": Named(self.explanation_field("ec", self.as_amount)),
            "explanation_level": Named(self.explanation_field("level", self.as_text)),
            "explanation_institute": Named(self.explanation_field("institute_department", self.as_text)),
            "explanation_description": Named(self.explanation_field("course_description", self.as_text)),
            "explanation_link": Named(self.explanation_field("study_guide_link", self.as_link)),
            "explanation_course": Named(self.course_details, course_details),
            "explanation_motivation": Named(self.explanation_field("motivation", self.as_text)),
            "explanation_start": Named(self.start_date),
        }
        computations: dict[str, Named[Computation]] = {
            "petition_steps_6_to_9": Named(self.steps_6_to_9, PETITION_KIND),
            "project_route": Named(self.project_route),
            "explanation_checklist": Named(self.checklist, UPGRADE),
            "start_example": Named(self.start_example),
            "explanation_text": Named(self.explanation, EXPLANATION),
            "petition_late": Named(self.petition_late, LATE),
            "course_verdict": Named(self.course_verdict, COURSE),
            "progress_period": Named(self.progress_period, PROGRESS_START),
            "progress_verdict": Named(self.progress, PROGRESS),
            "circumstances_guide": Named(self.circumstances, CIRCUMSTANCES),
            "appeal_deadline": Named(self.appeal, APPEAL),
            "decision_overdue": Named(self.no_decision),
            "report_date": Named(self.report_date),
            "ledger_overview": Named(self.overview),
            "ledger_choices": Named(self.ledger_choices),
            "ledger_remove_preview": Named(self.remove_preview, REMOVE),
            "project_verdict": Named(self.project, PROJECT),
        }
        effects: dict[str, Named[Effect]] = {
            "ledger_add": Named(self.ledger_add),
            "ledger_remove": Named(self.ledger_remove),
            "ledger_toggle_assisted": Named(self.ledger_toggle_assisted),
        }
        return Registry(validators=validators, computations=computations, effects=effects)


def build_registry(kb: KnowledgeBase) -> Registry:
    """Bind every name a script may use to its function, over this knowledge base."""
    return DialogFunctions(kb).registry()


def _address_in(words: list[str]) -> int | None:
    """Where the web address is among the words: one with http(s)://, else one that reads as an
    address without it ("studiegids.uva.nl/vak/123"; "7.5" is no address)."""
    for index, word in enumerate(words):
        if word.casefold().startswith(("http://", "https://")):
            return index
    for index, word in enumerate(words):
        host = word.rstrip(".,;:!?)").split("/")[0]
        if _BARE_ADDRESS.match(word.rstrip(".,;:!?)")) and host.rsplit(".", 1)[-1].isalpha():
            return index
    return None
