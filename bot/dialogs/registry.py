"""The validators and computations dialog scripts name: each written once, over the rule core.

A script says `validate: course_ec` or `compute: course_verdict`; this module is where those names
meet the rules. No rule is decided here: every verdict comes from `bot.rules`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal

from bot.answering.dates import MONTHS, parse_date
from bot.content.loader import KnowledgeBase
from bot.dialogs.engine import SKIPPED, Computation, Computed, Context, Invalid, Registry, Valid, Validator
from bot.dialogs.ledger import elective_record
from bot.dialogs.script import ChoiceSpec
from bot.dialogs.state import LedgerItem
from bot.presenting import verdicts
from bot.rules.circumstances import (
    CircumstanceCase,
    CircumstanceCategory,
    PersonalKind,
    appeal_deadline,
    guide_circumstances,
)
from bot.rules.electives import (
    ArtScienceType,
    Course,
    CourseStatus,
    Provider,
    assess_course,
    cap_usage,
)
from bot.rules.parameters import ParameterId
from bot.rules.parsing import parse_ec, safe_date
from bot.rules.petition import (
    ExplanationDraft,
    PetitionKind,
    check_explanation,
    explanation_labels,
    petition_path,
    route_for_project,
)
from bot.rules.progress import ProgressSituation, StartKind, assess_progress, period_start
from bot.rules.projects import Project, ProjectKind, assess_project

MAX_NAME = 120
MAX_TITLE = 40
_BARE_ADDRESS = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?$", re.IGNORECASE)
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_MONTH_YEAR = re.compile(r"^\s*([a-z]+)\.?\s+(\d{4})\s*$")

Answers = Mapping[str, str]


def _title(name: str) -> str:
    """A course or project name as a verdict's title: long names are cut, so the first message
    keeps its budget for the outcome (the full name stays in the answers and the petition)."""
    return name if len(name) <= MAX_TITLE else name[: MAX_TITLE - 1].rstrip() + "…"


def _given(value: str | None) -> str | None:
    return None if value in (None, "", SKIPPED) else value


class DialogFunctions:
    """The validators and computations, bound to one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.book = kb.rulebook
        self.m = kb.messages

    # -- validators: typed text -> a stored value, or why not -----------------------------------
    def name(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        cleaned = " ".join(text.split())
        if not cleaned or len(cleaned) > MAX_NAME or not any(c.isalnum() for c in cleaned):
            return Invalid(message=self.m.invalid_name)
        return Valid(value=cleaned)

    def positive_ec(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        value = parse_ec(text)
        if value is None or value <= 0 or value > self.book.ec(ParameterId.NOMINAL_STUDY_LOAD):
            return Invalid(message=self.m.invalid_ec)
        return Valid(value=str(value))

    def amount(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        value = parse_ec(text)
        if value is None or value < 0 or value > 10 * self.book.ec(ParameterId.NOMINAL_STUDY_LOAD):
            return Invalid(message=self.m.invalid_amount)
        return Valid(value=str(value))

    def any_date(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        value = parse_date(text, ctx.today)
        return Valid(value=value.isoformat()) if value else Invalid(message=self.m.invalid_date)

    def past_date(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        value = parse_date(text, ctx.today) or _month_year(text)
        if value is None:
            return Invalid(message=self.m.invalid_date)
        if value > ctx.today:
            return Invalid(message=self.m.invalid_date_future)
        return Valid(value=value.isoformat())

    def start_year(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        """The year a September or February starter began: the month is known from the button, so
        it is not asked twice; stored as the period's first day."""
        match = _YEAR.match(text)
        if match is None:
            return self.past_date(text, ctx, answers)
        february = answers.get("start_kind") == "february"
        pid = ParameterId.PERIOD_START_FEBRUARY if february else ParameterId.PERIOD_START_SEPTEMBER
        year = int(match[1])
        if year < 1:
            return Invalid(message=self.m.invalid_year)
        started = self.book.on(pid, year)
        if started > ctx.today:
            return Invalid(message=self.m.invalid_date_future)
        return Valid(value=started.isoformat())

    def grade(self, text: str, ctx: Context, answers: Answers) -> Valid | Invalid:
        value = parse_ec(text)
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
        link = self.explanation_field("study_guide_link", self.as_link)(address, ctx, answers)
        description = self.explanation_field("course_description", self.as_text)(rest, ctx, answers)
        for checked in (link, description):
            if isinstance(checked, Invalid):
                return checked
        assert isinstance(link, Valid) and isinstance(description, Valid)
        return Valid(value=link.value, also={"detail_description": description.value})

    def as_text(self, text: str, today: date) -> str | None:
        return " ".join(text.split()) or None

    def as_link(self, text: str, today: date) -> str | None:
        """A web address as phones copy it, often without "https://": that is added, so only a
        text that is no address at all is refused."""
        cleaned = " ".join(text.split())
        if _BARE_ADDRESS.match(cleaned):
            return "https://" + cleaned
        return cleaned or None

    # -- computations: answers -> text, values and what they make possible ----------------------
    def steps_6_to_9(self, answers: Answers, ctx: Context) -> Computed:
        """The link at uSis step 6 and the drop-down choice at step 7 for this kind of petition,
        for the checklist of steps 6 to 9; the page's sentence for each, folded away."""
        found = petition_path(self.book, PetitionKind(answers["kind"]))
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

    def checklist(self, answers: Answers, ctx: Context) -> Computed:
        labels = explanation_labels(self.book)
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
            level_upgrade=self._upgrade_line(answers),
        )
        result = check_explanation(self.book, draft, ctx.today)
        paste = verdicts.explanation_text(result, self.m)
        if paste is None:
            lines = (self.m.finding_line.format(text=verdicts.said(self.m, e.message)) for e in result.errors)
            return Computed(text="\n".join(lines))
        return Computed(paste=paste)

    def _upgrade_line(self, answers: Answers) -> str | None:
        """The requested level upgrade, when the petition follows a Research group/Lab verdict
        that asked for one: the page says the application must include it."""
        kind = answers.get("artscience_type")
        if answers.get("upgrade") != "yes" or kind not in ("research_group", "lab"):
            return None
        label = verdicts.said(self.m, self.book.phrase("upgrade_in_application", kind))
        draft = self.book.phrase("upgrade_in_application", "draft", name=answers.get("name", ""), type=label)
        return verdicts.said(self.m, draft)

    def course_of(self, answers: Answers) -> Course:
        provider = Provider(answers["provider"])
        artscience = _given(answers.get("artscience_type"))
        return Course(
            name=answers["name"],
            ec=Decimal(answers["ec"]),
            provider=provider,
            level=int(answers["level"]) if provider is not Provider.ARTSCIENCE else None,
            artscience_type=ArtScienceType(artscience)
            if provider is Provider.ARTSCIENCE and artscience
            else None,
            honours=answers.get("honours") == "yes",
            start=date.fromisoformat(s) if (s := _given(answers.get("start"))) else None,
            grade=Decimal(g) if (g := _given(answers.get("grade"))) else None,
            upgrade_requested=answers.get("upgrade") == "yes",
        )

    def course_verdict(self, answers: Answers, ctx: Context) -> Computed:
        course = self.course_of(answers)
        verdict = assess_course(self.book, course, elective_record(ctx.ledger), ctx.today)
        shown = verdicts.course(verdict, self.m)
        blocks = [shown.text()]
        if answers.get("honours") == "unknown":
            blocks.append(verdicts.said(self.m, self.kb.rulebook.phrase("honours_courses", "unknown")))
        flags = set()
        item = None
        if verdict.level_applied is not None and verdict.ec_counted > 0:
            flags.add("can_add")
            item = LedgerItem(
                id=0,
                kind="course",
                name=course.name,
                ec_counted=verdict.ec_counted,
                level=verdict.level_applied,
            )
        if verdict.status is not CourseStatus.DOES_NOT_COUNT:
            flags.add("needs_petition")
        return Computed(
            text="\n\n".join(blocks),
            values={"name": _title(course.name)},
            detail=shown.detail(),
            citations=tuple(shown.citations),
            flags=frozenset(flags),
            ledger_item=item,
        )

    def progress_period(self, answers: Answers, ctx: Context) -> Computed:
        situation = self._situation(answers, ctx, pending=Decimal(0), obtained=Decimal(0))
        return Computed(
            values={"period_start": verdicts.day(period_start(self.book, situation, ctx.today), self.m)}
        )

    def _situation(
        self, answers: Answers, ctx: Context, pending: Decimal, obtained: Decimal
    ) -> ProgressSituation:
        started = answers.get("started_on") or answers["started_year"]
        return ProgressSituation(
            start=StartKind(answers["start_kind"]),
            started_on=date.fromisoformat(started),
            ec_obtained=obtained,
            ec_pending=pending,
        )

    def progress(self, answers: Answers, ctx: Context) -> Computed:
        pending = Decimal(p) if (p := _given(answers.get("ec_pending"))) else Decimal(0)
        obtained = Decimal(answers.get("ec_obtained", "0"))  # a premaster is not asked for EC
        situation = self._situation(answers, ctx, pending=pending, obtained=obtained)
        verdict = assess_progress(self.book, situation, ctx.today)
        shown = verdicts.progress(verdict, self.m)
        flags = {"behind"} if verdict.status.value != "met" else set()
        return Computed(
            text=shown.text(), detail=shown.detail(), citations=tuple(shown.citations), flags=frozenset(flags)
        )

    def circumstances(self, answers: Answers, ctx: Context) -> Computed:
        category = CircumstanceCategory(answers["category"])
        kind = _given(answers.get("personal_kind"))
        case = CircumstanceCase(
            category=category,
            kind=PersonalKind(kind) if category is CircumstanceCategory.PERSONAL and kind else None,
            used_before=answers.get("used_before") == "yes",
        )
        shown = verdicts.circumstances(guide_circumstances(self.book, case, ctx.today), self.m)
        return Computed(text=shown.text(), detail=shown.detail(), citations=tuple(shown.citations))

    def appeal(self, answers: Answers, ctx: Context) -> Computed:
        shown = verdicts.appeal(
            appeal_deadline(self.book, date.fromisoformat(answers["decision_date"]), ctx.today), self.m
        )
        return Computed(text=shown.text(), detail=shown.detail(), citations=tuple(shown.citations))

    def overview(self, answers: Answers, ctx: Context) -> Computed:
        items = ctx.ledger.items
        lines = [self._item_line(item) for item in items] or [self.m.ledger_empty]
        usage = verdicts.caps(cap_usage(self.book, elective_record(ctx.ledger)), self.m)
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
        kind = ProjectKind(answers["project_kind"])
        assisting = kind is ProjectKind.ASSISTING
        work = Project(
            name=answers["project_name"],
            ec=Decimal(answers["project_ec"]),
            kind=kind,
            technical=answers.get("technical") == "yes" if assisting else True,
            assistive_not_essential=answers.get("assistive") == "yes" if assisting else True,
            prior_board_approval_both=answers.get("approval") == "yes" if assisting else True,
            reports_by_both=answers.get("reports") == "yes" if assisting else True,
        )
        verdict = assess_project(self.book, work, elective_record(ctx.ledger))
        shown = verdicts.project(verdict, self.m)
        item = None
        flags: frozenset[str] = frozenset()
        if verdict.ec_counted > 0:
            item = LedgerItem(
                id=0, kind="project", name=work.name, ec_counted=verdict.ec_counted, project_kind=kind.value
            )
            flags = frozenset({"can_add"})
        return Computed(
            text=shown.text(),
            values={"project_name": _title(work.name)},
            detail=shown.detail(),
            citations=tuple(shown.citations),
            flags=flags,
            ledger_item=item,
        )

    def registry(self) -> Registry:
        """Every name a script may use, bound to its function."""
        validators: dict[str, Validator] = {
            "course_name": self.name,
            "project_name": self.name,
            "course_ec": self.positive_ec,
            "project_ec": self.positive_ec,
            "course_start": self.any_date,
            "course_grade": self.grade,
            "started_on": self.past_date,
            "start_year": self.start_year,
            "decision_date": self.past_date,
            "ec_amount": self.amount,
            "explanation_ec": self.explanation_field("ec", self.as_text),
            "explanation_level": self.explanation_field("level", self.as_text),
            "explanation_institute": self.explanation_field("institute_department", self.as_text),
            "explanation_description": self.explanation_field("course_description", self.as_text),
            "explanation_link": self.explanation_field("study_guide_link", self.as_link),
            "explanation_course": self.course_details,
            "explanation_motivation": self.explanation_field("motivation", self.as_text),
            "explanation_start": self.explanation_field("start_date", parse_date),
        }
        computations: dict[str, Computation] = {
            "petition_steps_6_to_9": self.steps_6_to_9,
            "project_route": self.project_route,
            "explanation_checklist": self.checklist,
            "explanation_text": self.explanation,
            "course_verdict": self.course_verdict,
            "progress_period": self.progress_period,
            "progress_verdict": self.progress,
            "circumstances_guide": self.circumstances,
            "appeal_deadline": self.appeal,
            "ledger_overview": self.overview,
            "ledger_choices": self.ledger_choices,
            "ledger_remove_preview": self.remove_preview,
            "project_verdict": self.project,
        }
        return Registry(validators=validators, computations=computations)


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


def _month_year(text: str) -> date | None:
    """'September 2025' as the first of that month: how students remember when they started."""
    match = _MONTH_YEAR.match(text.casefold())
    if match is None or match[1] not in MONTHS:
        return None
    return safe_date(int(match[2]), MONTHS[match[1]], 1)  # year 0000 is no date: a re-ask
