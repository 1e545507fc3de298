"""Project credits: at most 5 EC of project work, at most 2 EC of it for assisting, each once."""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field

from bot.rules.credits import CreditStatus, CreditVerdict
from bot.rules.electives import ElectiveRecord, ProjectKind, RecordedProject, cap_usage, round_down
from bot.rules.frozen import Strict
from bot.rules.rulebook import Finding, Phrase, Rulebook

__all__ = [
    "CreditStatus",
    "Project",
    "ProjectKind",
    "ProjectVerdict",
    "assess_being_assisted",
    "assess_project",
    "with_project",
]


class Project(Strict):
    """Project work as the student describes it; the four conditions matter only when assisting."""

    name: str = Field(min_length=1)
    ec: Decimal = Field(gt=0, le=60)
    kind: ProjectKind
    technical: bool = True
    assistive_not_essential: bool = True
    prior_board_approval_both: bool = True
    reports_by_both: bool = True
    approval_confirmed: bool = False
    """The student said the board has already given its prior approval for the assistance (not
    merely not said otherwise): the verdict then starts from that approval, not from a proposal."""


class ProjectVerdict(CreditVerdict):
    """A project's verdict: the same shape as a course's, without a level."""


def with_project(record: ElectiveRecord, project: Project, verdict: ProjectVerdict) -> ElectiveRecord:
    """The record once this project work is approved as judged: its EC use the project caps, and
    assisting counts as the student's one time (as `with_course` does for a course)."""
    if verdict.ec_counted <= 0:
        return record
    done = RecordedProject(name=project.name, ec_counted=verdict.ec_counted, kind=project.kind)
    update: dict[str, object] = {"projects": (*record.projects, done)}
    if project.kind is ProjectKind.ASSISTING:
        update["has_assisted"] = True
    return record.model_copy(update=update)


def _assisting_conditions(book: Rulebook, project: Project) -> tuple[list[Finding], list[Phrase]]:
    """Unmet conditions block; a missing prior approval is still to be obtained (an action)."""
    blocks: list[Finding] = []
    steps: list[Phrase] = []
    if not project.technical:
        blocks.append(book.finding("assisting_technical", "missing", "blocks"))
    if not project.assistive_not_essential:
        blocks.append(book.finding("assisting_assistive", "missing", "blocks"))
    if not project.reports_by_both:
        blocks.append(book.finding("assisting_report", "missing", "blocks"))
    else:
        steps.append(book.phrase("assisting_report", "action"))
    if not project.prior_board_approval_both:
        steps.insert(0, book.phrase("assisting_approval", "missing"))
    return blocks, steps


def assess_project(book: Rulebook, project: Project, record: ElectiveRecord) -> ProjectVerdict:
    """How many EC of this project work could count, and what must happen first."""
    usage = cap_usage(book, record)
    whole = round_down(project.ec)
    approved = (
        project.kind is ProjectKind.ASSISTING
        and project.approval_confirmed
        and project.prior_board_approval_both
    )
    findings: list[Finding] = [book.finding("project_proposal", "route", "condition")]
    steps: list[Phrase] = [book.phrase("project_proposal", "route")]
    if approved:
        # The board has approved the assistance: asking it again is no next step.
        findings = [book.finding("assisting_approval", "given", "info")]
        steps = []
    adviser = Decimal(whole) != project.ec

    def verdict(counted: int) -> ProjectVerdict:
        if counted == 0:
            status = CreditStatus.DOES_NOT_COUNT
        elif counted < whole:
            status = CreditStatus.CAPPED
        else:
            status = CreditStatus.COUNTS
        return ProjectVerdict(
            status=status,
            ec_offered=project.ec,
            ec_counted=counted,
            findings=tuple(findings),
            next_steps=tuple(steps) if counted else (),
            needs_adviser=adviser,
        )

    outer = usage.project
    allowed = min(whole, outer.remaining)
    if project.kind is ProjectKind.ASSISTING:
        if record.has_assisted:
            findings.append(book.finding("assist_once", "assisted_already", "blocks"))
            return verdict(0)
        if record.has_been_assisted:
            # "A student can be the assisting and assisted party only once": whether having been
            # assisted rules out assisting, the page does not spell out.
            findings.append(book.finding("assist_once", "assisting_after_assisted", "condition"))
            adviser = True
        blocks, more = _assisting_conditions(book, project)
        if record.has_been_assisted:
            more.insert(0, book.phrase("assist_once", "assisting_after_assisted"))
        if blocks:
            findings.extend(blocks)
            return verdict(0)
        if approved:
            findings.append(book.finding("assisting_report", "pending", "condition"))
        else:
            steps[:0] = more
        if not project.prior_board_approval_both:
            findings.append(book.finding("assisting_approval", "missing", "condition"))
        inner = usage.assisting
        if inner.remaining < whole:
            allowed = min(allowed, inner.remaining)
            findings.append(
                book.finding("assisting_cap", "cut", "limits", cap=inner.cap, counted=allowed, offered=whole)
            )
        else:
            findings.append(book.finding("assisting_cap", "within", "limits", cap=inner.cap, counted=whole))
    values = {"cap": outer.cap, "remaining": outer.remaining, "counted": allowed, "offered": whole}
    if outer.remaining == 0:
        findings.append(book.finding("project_cap", "full", "blocks", **values))
        return verdict(0)
    key = "cut" if allowed < whole and outer.remaining < whole else "within"
    findings.append(book.finding("project_cap", key, "limits", **values))
    findings.append(book.finding("project_individual", "board_decides", "condition"))
    return verdict(allowed)


def assess_being_assisted(book: Rulebook, record: ElectiveRecord) -> ProjectVerdict:
    """Being assisted in one's own graduation project is possible once."""
    if record.has_been_assisted:
        finding = book.finding("assist_once", "been_assisted_already", "blocks")
        status = CreditStatus.DOES_NOT_COUNT
    else:
        finding = book.finding("assist_once", "ok_to_be_assisted", "info")
        status = CreditStatus.COUNTS
    return ProjectVerdict(
        status=status,
        ec_offered=Decimal(0),
        ec_counted=0,
        findings=(finding, book.finding("assisting_approval", "missing", "condition")),
        next_steps=(),
        needs_adviser=False,
    )
