"""One use-case per area: what a dialog or a typed question asks, answered by the rule core.

The dialogs' computations and the free-text calculators both call these, so a decision (does the
course count, may it be recorded, is the student behind, which upgrade line goes in the petition)
is made once, here, and never rebuilt by a caller. A `Course` is built only by `course_of`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from enum import StrEnum

from bot.rules.circumstances import (
    AppealDeadline,
    CircumstanceCase,
    CircumstanceCategory,
    CircumstanceGuide,
    PersonalKind,
    YearlyDeadline,
    appeal_deadline,
    decision_overdue,
    guide_circumstances,
    yearly_deadline,
)
from bot.rules.credits import CreditStatus
from bot.rules.electives import (
    UPGRADABLE,
    ArtScienceType,
    CapUsage,
    Course,
    CourseVerdict,
    ElectiveRecord,
    Provider,
    assess_course,
    assess_courses,
    cap_usage,
    permission_timing,
    round_down,
    with_course,
)
from bot.rules.frozen import Strict
from bot.rules.parameters import ParameterId
from bot.rules.petition import (
    ExplanationDraft,
    ExplanationResult,
    PetitionKind,
    PetitionPath,
    check_explanation,
    petition_path,
)
from bot.rules.progress import ProgressSituation, ProgressStatus, ProgressVerdict, StartKind, assess_progress
from bot.rules.progress import period_end as _period_end
from bot.rules.progress import period_start as _period_start
from bot.rules.projects import Project, ProjectKind, ProjectVerdict, assess_project
from bot.rules.rulebook import Finding, Phrase, Rulebook


# -- course ---------------------------------------------------------------------------------------
class Honours(StrEnum):
    """Whether the course is an honours course, as the student knows it."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class CourseQuestion(Strict):
    """A course as described, before the rule core's own checks (a level is ignored for ArtScience,
    a type is ignored elsewhere)."""

    name: str
    ec: Decimal
    provider: Provider
    level: int | None = None
    artscience_type: ArtScienceType | None = None
    honours: Honours = Honours.NO
    start: date | None = None
    begun: bool = False
    permission_asked: bool = False
    grade: Decimal | None = None
    grade_supposed: bool = False
    upgrade_requested: bool = False
    permission_granted: bool = False


class CourseCheck(Strict):
    """The verdict, the notes that go with it, and what it makes possible."""

    course: Course
    verdict: CourseVerdict
    notes: tuple[Finding, ...] = ()
    """Said after the verdict (an honours course the student is unsure about)."""
    recordable: bool
    """Counts for some EC at a known level: it can go into the student's electives."""
    needs_petition: bool
    """It can count and has not started: a petition may still be filed before it starts."""
    started: bool = False
    """It has started (or has a grade): too late for a petition, the page says to ask beforehand."""


def course_of(question: CourseQuestion) -> Course:
    """The one place a `Course` is built: ArtScience has types, not levels."""
    artscience = question.provider is Provider.ARTSCIENCE
    return Course(
        name=question.name,
        ec=question.ec,
        provider=question.provider,
        level=None if artscience else question.level,
        artscience_type=question.artscience_type if artscience else None,
        honours=question.honours is Honours.YES,
        start=question.start,
        begun=question.begun,
        permission_asked=question.permission_asked,
        grade=question.grade,
        grade_supposed=question.grade_supposed,
        upgrade_requested=question.upgrade_requested,
        permission_granted=question.permission_granted,
    )


def check_course(
    book: Rulebook, question: CourseQuestion, record: ElectiveRecord, today: date
) -> CourseCheck:
    """Does the course count, for how much, and may it be recorded or petitioned."""
    course = course_of(question)
    verdict = assess_course(book, course, record, today)
    notes = (
        (book.finding("honours_courses", "unknown", "warning"),)
        if question.honours is Honours.UNKNOWN
        else ()
    )
    started = (course.start is not None and course.start <= today) or course.begun or course.grade is not None
    return CourseCheck(
        course=course,
        verdict=verdict,
        notes=notes,
        recordable=verdict.level_applied is not None and verdict.ec_counted > 0,
        needs_petition=verdict.status is not CreditStatus.DOES_NOT_COUNT and not started,
        started=started and verdict.status is not CreditStatus.DOES_NOT_COUNT,
    )


def check_courses(
    book: Rulebook, questions: tuple[CourseQuestion, ...], record: ElectiveRecord, today: date
) -> tuple[CourseVerdict, ...]:
    """Several courses in one question, sharing the caps in the order given."""
    return assess_courses(book, tuple(course_of(q) for q in questions), record, today)


def record_after(record: ElectiveRecord, judged: Iterable[tuple[Course, CourseVerdict]]) -> ElectiveRecord:
    """The record once the courses just judged are approved as judged."""
    for course, verdict in judged:
        record = with_course(record, course, verdict)
    return record


def room_after(
    book: Rulebook, record: ElectiveRecord, judged: tuple[tuple[Course, CourseVerdict], ...]
) -> CapUsage:
    """The caps once the courses just judged are approved as judged: what is left for others."""
    return cap_usage(book, record_after(record, judged))


class HalfCredit(Strict):
    offered: Decimal
    counted: int
    finding: Finding
    grade: tuple[Finding, ...] = ()
    """What the page says of the grade the student states (a 5.5 from elsewhere becomes 5)."""


def half_credit(
    book: Rulebook,
    ec: Decimal,
    today: date,
    grade: Decimal | None = None,
    provider: Provider = Provider.LEIDEN,
) -> HalfCredit | None:
    """What a course's EC alone decide, its level unknown: half credits round down, and a grade from
    elsewhere the page does not accept. The findings are the ones the course verdict makes (asked
    of a master-level course, where nothing else limits)."""
    counted = round_down(ec)
    if counted == ec:
        return None
    probe = CourseQuestion(
        name="course", ec=ec, provider=provider, level=book.integer(ParameterId.MASTER_LEVEL), grade=grade
    )
    try:
        course = course_of(probe)
    except ValueError:  # more EC than any course has: not a course the rules judge
        return None
    verdict = assess_course(book, course, ElectiveRecord(), today)
    finding = next(f for f in verdict.findings if f.clause == "half_credits")
    graded = tuple(f for f in verdict.findings if f.clause == "grade_five_and_half")
    return HalfCredit(offered=ec, counted=counted, finding=finding, grade=graded)


class HalfCredits(Strict):
    """Several courses known only by their EC: each rounded down on its own, and the total."""

    offered: tuple[Decimal, ...]
    counted: tuple[int, ...]
    finding: Finding

    @property
    def total(self) -> int:
        return sum(self.counted)


def half_credits(
    book: Rulebook, amounts: tuple[Decimal, ...], today: date, provider: Provider = Provider.LEIDEN
) -> HalfCredits | None:
    """ "A 7.5 EC and a 4.5 EC course, what total?": rounding is per course (7 + 4, not 12 down
    from 12); None when no amount has a half to lose or one is no course's size."""
    master = book.integer(ParameterId.MASTER_LEVEL)
    try:  # every amount must be a course's size the rules judge
        for ec in amounts:
            course_of(CourseQuestion(name="course", ec=ec, provider=provider, level=master))
    except ValueError:
        return None
    # The rounding finding of the first amount with a half to lose (the rest is arithmetic).
    rounded = (half_credit(book, ec, today, None, provider) for ec in amounts)
    found = next((r for r in rounded if r is not None), None)
    if found is None:
        return None
    return HalfCredits(
        offered=amounts, counted=tuple(round_down(ec) for ec in amounts), finding=found.finding
    )


# -- ledger: projects and the caps ------------------------------------------------------------------
class ProjectQuestion(Strict):
    """Project work as described; the four assisting conditions are only asked when assisting."""

    name: str
    ec: Decimal
    kind: ProjectKind
    technical: bool = True
    assistive: bool = True
    approval: bool = True
    reports: bool = True
    approval_confirmed: bool = False
    """The student said the board's prior approval is given (the dialog asks; a question may not say)."""
    assisted_before: bool = False
    """The student says they assisted before (a typed question), whatever the ledger holds."""
    was_assisted: bool = False
    """The student says they were assisted before ("someone assisted me with my project")."""


class ProjectCheck(Strict):
    project: Project
    verdict: ProjectVerdict
    recordable: bool


def beyond_study_load(book: Rulebook, ec: Decimal, since: date, today: date) -> Decimal | None:
    """The nominal study load of the years from `since` to `today` (a year begun counts whole) when
    `ec` exceed it, else None: so many EC are more likely a slip than a verdict to trust."""
    book = book.at(today)
    years = today.year - since.year - ((today.month, today.day) < (since.month, since.day)) + 1
    load = book.ec(ParameterId.NOMINAL_STUDY_LOAD) * max(1, years)
    return load if ec > load else None


def petition_too_late(book: Rulebook, start: date | None, today: date) -> Finding | None:
    """For a petition's course: the late case when it has started (None: on a day not given), as a
    course verdict says it; None while it starts after today. The page says nothing of a late
    request, so no text is written for it."""
    book = book.at(today)
    if start is None:
        return book.finding("permission_before_start", "begun", "warning")
    finding, late = permission_timing(book, start, today)
    return finding if late else None


def petition_ahead(book: Rulebook, start: date, today: date) -> Finding | None:
    """For a petition's course that starts after today: the day to file it by (before the start);
    None once it has started."""
    finding, late = permission_timing(book.at(today), start, today)
    return None if late else finding


def check_project(book: Rulebook, question: ProjectQuestion, record: ElectiveRecord) -> ProjectCheck:
    assisting = question.kind is ProjectKind.ASSISTING
    work = Project(
        name=question.name,
        ec=question.ec,
        kind=question.kind,
        technical=question.technical if assisting else True,
        assistive_not_essential=question.assistive if assisting else True,
        prior_board_approval_both=question.approval if assisting else True,
        reports_by_both=question.reports if assisting else True,
        approval_confirmed=assisting and question.approval_confirmed,
    )
    if question.assisted_before:
        record = record.model_copy(update={"has_assisted": True})
    if question.was_assisted:
        record = record.model_copy(update={"has_been_assisted": True})
    verdict = assess_project(book, work, record)
    return ProjectCheck(project=work, verdict=verdict, recordable=verdict.ec_counted > 0)


def ledger_usage(book: Rulebook, record: ElectiveRecord) -> CapUsage:
    """How much of each cap the recorded electives use."""
    return cap_usage(book, record)


# -- progress -----------------------------------------------------------------------------------------
class ProgressCheck(Strict):
    verdict: ProgressVerdict
    behind: bool
    """Not (yet) meeting the requirement: exceptional circumstances may matter."""


def progress_period(book: Rulebook, start: StartKind, started_on: date, today: date) -> date:
    """The first day of the period the student's EC are counted from."""
    situation = ProgressSituation(start=start, started_on=started_on, ec_obtained=Decimal(0))
    return _period_start(book, situation, today)


CHECKED_YEARLY = frozenset({StartKind.SEPTEMBER, StartKind.FEBRUARY})
"""Starts checked every 31 August (a premaster's check is its own end)."""


def past_check(book: Rulebook, start: StartKind, started_on: date, today: date) -> date | None:
    """The check a dialog's EC are about when it has passed: for a September or February starter in
    the weeks after 31 August (the appeal time) who was in the period it checked, that check; for a
    premaster whose programme had to be complete by now, its end. None: the EC are this period's,
    today."""
    if start in CHECKED_YEARLY:
        recent = yearly_deadline(book, ParameterId.PROGRESS_CHECK, today).recent
        if recent is None or started_on >= recent:
            return None
        # A February starter's later years the page covers only by its general rule: the check just
        # passed is judged for the first period alone, which ends on it.
        first_period = start is StartKind.SEPTEMBER or started_on.year == recent.year
        return recent if first_period else None
    if start in (StartKind.PREMASTER, StartKind.SHORT_PREMASTER):
        situation = ProgressSituation(start=start, started_on=started_on, ec_obtained=Decimal(0))
        end = _period_end(book, situation, today)
        return end if end is not None and end < today else None
    return None


def check_progress(book: Rulebook, situation: ProgressSituation, today: date) -> ProgressCheck:
    verdict = assess_progress(book, situation, today)
    return ProgressCheck(verdict=verdict, behind=verdict.status is not ProgressStatus.MET)


# -- circumstances and appeal ---------------------------------------------------------------------------
class CircumstanceQuestion(Strict):
    category: CircumstanceCategory
    personal_kind: PersonalKind | None = None
    used_before: bool | None = False
    """None: the student does not know whether they cited it before."""


def check_circumstances(book: Rulebook, question: CircumstanceQuestion, today: date) -> CircumstanceGuide:
    """The steps and deadline; the kind of personal circumstance only matters when personal."""
    personal = question.category is CircumstanceCategory.PERSONAL
    case = CircumstanceCase(
        category=question.category,
        kind=question.personal_kind if personal else None,
        used_before=question.used_before,
    )
    return guide_circumstances(book, case, today)


def overdue_decision(book: Rulebook, today: date) -> Finding | None:
    """Just after a check, a decision on circumstances that has not come was due already."""
    return decision_overdue(book, today)


def report_deadline(book: Rulebook, today: date) -> YearlyDeadline:
    """This academic year's "before 1 July" for reporting circumstances, as it stands today."""
    return yearly_deadline(book, ParameterId.CIRCUMSTANCES_DEADLINE, today)


def check_appeal(book: Rulebook, decided: date, today: date) -> AppealDeadline:
    return appeal_deadline(book, decided, today)


# -- petition -----------------------------------------------------------------------------------------
def petition_steps(book: Rulebook, kind: PetitionKind) -> PetitionPath:
    return petition_path(book, kind)


class ExplanationQuestion(Strict):
    """The seven details as given, and the course's ArtScience upgrade when the petition follows a
    course verdict that asked for one."""

    draft: ExplanationDraft
    name: str = ""
    artscience_type: ArtScienceType | None = None
    upgrade_requested: bool = False


UPGRADE_DRAFT = {ArtScienceType.RESEARCH_GROUP: "draft_research_group", ArtScienceType.LAB: "draft_lab"}
"""The message key of the upgrade line the application must include, per upgradable type."""
UPGRADE_UNNAMED = {ArtScienceType.RESEARCH_GROUP: "unnamed_research_group", ArtScienceType.LAB: "unnamed_lab"}
"""The same line when the course's name is not known (it goes in uSis's description field)."""


def upgrade_line(book: Rulebook, question: ExplanationQuestion) -> Phrase | None:
    """The requested level upgrade as the application must include it, or None when none is asked."""
    kind = question.artscience_type
    if not question.upgrade_requested or kind not in UPGRADABLE:
        return None
    assert kind is not None
    if question.name:
        return book.phrase("upgrade_in_application", UPGRADE_DRAFT[kind], name=question.name)
    return book.phrase("upgrade_in_application", UPGRADE_UNNAMED[kind])


def compose_explanation(book: Rulebook, question: ExplanationQuestion, today: date) -> ExplanationResult:
    """The explanation text, or what is missing; a requested Research group/Lab upgrade must be in
    the application, so it is added to the draft."""
    draft = question.draft
    line = upgrade_line(book, question)
    if line is not None:
        draft = draft.model_copy(update={"level_upgrade": line})
    return check_explanation(book, draft, today)
