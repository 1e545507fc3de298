"""Does an elective course count, and for how many EC? Levels, caps, half credits, grades, honours.

Each clause of the elective rules is one step below; the verdict is their findings combined.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import Field, model_validator

from bot.rules.credits import CreditStatus, CreditVerdict
from bot.rules.frozen import Frozen, Strict
from bot.rules.parameters import ParameterId
from bot.rules.rulebook import Finding, Phrase, Rulebook


class Provider(StrEnum):
    LEIDEN = "leiden"
    OTHER_UNIVERSITY = "other_university"
    ARTSCIENCE = "artscience"


class ArtScienceType(StrEnum):
    FIRST_YEAR_BACHELOR = "first_year_bachelor"
    KABK_INTRODUCTORY = "kabk_introductory"
    HIGHER_BACHELOR = "higher_bachelor"
    RESEARCH_GROUP = "research_group"
    LAB = "lab"


UPGRADABLE = frozenset({ArtScienceType.RESEARCH_GROUP, ArtScienceType.LAB})
ARTSCIENCE_LEVELS: dict[ArtScienceType, ParameterId] = {
    ArtScienceType.FIRST_YEAR_BACHELOR: ParameterId.ARTSCIENCE_FIRST_YEAR_BACHELOR_LEVELS,
    ArtScienceType.KABK_INTRODUCTORY: ParameterId.ARTSCIENCE_KABK_INTRODUCTORY_LEVELS,
    ArtScienceType.HIGHER_BACHELOR: ParameterId.ARTSCIENCE_HIGHER_BACHELOR_LEVELS,
    ArtScienceType.RESEARCH_GROUP: ParameterId.ARTSCIENCE_RESEARCH_GROUP_LEVELS,
    ArtScienceType.LAB: ParameterId.ARTSCIENCE_LAB_LEVELS,
}
"""The levels each kind of ArtScience course translates to."""


class ProjectKind(StrEnum):
    OWN = "own"
    ASSISTING = "assisting"


class Course(Strict):
    """An elective course as the student describes it."""

    name: str = Field(min_length=1)
    ec: Decimal = Field(gt=0, le=120)
    provider: Provider
    level: int | None = Field(default=None, ge=100, le=900)
    artscience_type: ArtScienceType | None = None
    honours: bool = False
    start: date | None = None
    begun: bool = False
    """The student says the course has started (or is done) without giving its date."""
    permission_asked: bool = False
    """The student says they petitioned before the course started (no decision said)."""
    grade: Decimal | None = Field(default=None, ge=1, le=10)
    grade_supposed: bool = False
    """The grade is one the student supposes ("if I get a 5.5"): the course is not said taken."""
    upgrade_requested: bool = False
    permission_granted: bool = False
    """The student says the petition for it was approved."""

    @model_validator(mode="after")
    def _level_or_type(self) -> Course:
        if self.provider is Provider.ARTSCIENCE:
            if self.artscience_type is None:
                raise ValueError("an ArtScience course needs its course type (ArtScience has no levels)")
        elif self.level is None:
            raise ValueError("a course needs its level (100 to 600)")
        return self


class RecordedCourse(Strict):
    name: str
    ec_counted: int = Field(ge=0)
    level: int


class RecordedProject(Strict):
    name: str
    ec_counted: int = Field(ge=0)
    kind: ProjectKind


class ElectiveRecord(Strict):
    """The electives and projects already approved: what the caps have used up."""

    courses: tuple[RecordedCourse, ...] = ()
    projects: tuple[RecordedProject, ...] = ()
    has_assisted: bool = False
    has_been_assisted: bool = False


class Cap(Frozen):
    used: int
    cap: int

    @property
    def remaining(self) -> int:
        return max(0, self.cap - self.used)


class CapUsage(Frozen):
    below_400: Cap
    introductory: Cap
    project: Cap
    assisting: Cap
    has_assisted: bool
    has_been_assisted: bool


class CourseVerdict(CreditVerdict):
    level_applied: int | None
    """The level the caps were applied at (for the ledger); None when it does not count."""


def _whole(book: Rulebook, pid: ParameterId) -> int:
    return int(book.ec(pid))


def is_introductory(book: Rulebook, level: int) -> bool:
    """Levels 100/200: a level counts in the band of its hundreds (250 is a level-200 course)."""
    return level - level % 100 in book.integers(ParameterId.INTRODUCTORY_LEVELS)


def cap_usage(book: Rulebook, record: ElectiveRecord) -> CapUsage:
    """How much of each cap the record has used."""
    master = book.integer(ParameterId.MASTER_LEVEL)
    below = sum(c.ec_counted for c in record.courses if c.level < master)
    intro = sum(c.ec_counted for c in record.courses if is_introductory(book, c.level))
    project = sum(p.ec_counted for p in record.projects)
    assisting = sum(p.ec_counted for p in record.projects if p.kind is ProjectKind.ASSISTING)
    return CapUsage(
        below_400=Cap(used=below, cap=_whole(book, ParameterId.BELOW_MASTER_CAP_EC)),
        introductory=Cap(used=intro, cap=_whole(book, ParameterId.INTRODUCTORY_CAP_EC)),
        project=Cap(used=project, cap=_whole(book, ParameterId.PROJECT_CAP_EC)),
        assisting=Cap(used=assisting, cap=_whole(book, ParameterId.ASSISTING_CAP_EC)),
        has_assisted=record.has_assisted,
        has_been_assisted=record.has_been_assisted,
    )


def round_down(ec: Decimal) -> int:
    """Half credits are never accepted: always round downward."""
    return math.floor(ec)


def capped_ec(book: Rulebook, level: int, ec: int, record: ElectiveRecord) -> tuple[int, Finding]:
    """EC of a course below level 400 that fit in what is left of the caps, and the deciding clause."""
    usage = cap_usage(book, record)
    outer = usage.below_400
    allowed = min(ec, outer.remaining)
    inner = usage.introductory if is_introductory(book, level) else None
    cap = inner if inner is not None and inner.remaining < outer.remaining else outer
    if inner is not None:
        allowed = min(allowed, inner.remaining)
    clause = "introductory_cap" if cap is inner else "below_master_cap"
    values = {"cap": cap.cap, "remaining": cap.remaining, "counted": allowed, "offered": ec}
    if allowed == 0:
        return 0, book.finding(clause, "full", "blocks", **values)
    if allowed < ec:
        return allowed, book.finding(clause, "cut", "limits", **values)
    return allowed, book.finding(clause, "within", "limits", **values)


def recounted(book: Rulebook, courses: Sequence[tuple[int, int]]) -> tuple[int, ...]:
    """What each recorded course counts, given (level, EC offered) in the order recorded: judged
    again against the caps the ones before it use, so removing one frees its share for the next."""
    master = book.integer(ParameterId.MASTER_LEVEL)
    record = ElectiveRecord()
    counted: list[int] = []
    for n, (level, offered) in enumerate(courses):
        ec = offered if level >= master else capped_ec(book, level, offered, record)[0]
        counted.append(ec)
        kept = RecordedCourse(name=f"course {n + 1}", ec_counted=ec, level=level)
        record = record.model_copy(update={"courses": (*record.courses, kept)})
    return tuple(counted)


def _artscience_range(book: Rulebook, kind: ArtScienceType) -> tuple[int, int]:
    low, high = book.integers(ARTSCIENCE_LEVELS[kind])
    return low, high


def _graded(course: Course) -> bool:
    """The student has a grade for the course, so has taken it (not one they suppose)."""
    return course.grade is not None and not course.grade_supposed


def _permission(book: Rulebook, course: Course, today: date) -> tuple[Finding, bool]:
    """Permission must be asked before the course starts; (finding, needs the coordinator).

    A student who states a grade has taken the course, so "before it starts" is past for them too.
    """
    start = course.start
    if course.permission_granted:
        return book.finding("permission_before_start", "granted", "info"), False
    if course.permission_asked:
        return book.finding("permission_before_start", "asked", "condition"), False
    if start is None and _graded(course):
        return book.finding("permission_before_start", "graded", "condition"), False
    if start is None and course.begun:
        return book.finding("permission_before_start", "begun", "warning"), True
    return permission_timing(book, start, today)


def permission_timing(book: Rulebook, start: date | None, today: date) -> tuple[Finding, bool]:
    """Whether permission can still be asked in time for a course starting on `start` (None: not
    said); (finding, needs the coordinator). Also for a question that gives only the course's
    start ("it started on 1 March, can I still petition?")."""
    if start is None:
        return book.finding("permission_before_start", "unknown", "condition"), False
    if start > today:
        return book.finding("permission_before_start", "ahead", "condition", date=start), False
    return book.finding("permission_before_start", "late", "warning", date=start), True


def _board_decision(book: Rulebook, course: Course) -> Finding:
    """Below level 400 the Board decides each petition: a condition still open, unless the student
    says theirs was approved (that approval is the decision)."""
    if course.permission_granted:
        return book.finding("restrictions_apply", "approved", "info")
    return book.finding("restrictions_apply", "board_decides", "condition")


def _petition_step(book: Rulebook, course: Course, late: bool) -> tuple[Phrase, ...]:
    """File a petition; once the course has started, the coordinator first (the page says a
    petition was due before); nothing once the student says it was approved."""
    if course.permission_granted or course.permission_asked:
        return ()
    if _graded(course) and course.start is None:
        # A student with a grade has taken the course: "file a petition" is no next step for them.
        return (book.phrase("individual_permission", "graded"),)
    return (book.phrase("individual_permission", "late" if late else "petition"),)


def _proof(book: Rulebook, course: Course) -> tuple[Phrase, ...]:
    """With a grade in hand (or a course done that was petitioned in time or approved), the page's
    last step is the student's: proof of the grade to the coordinator."""
    done = _graded(course) or (course.begun and (course.permission_asked or course.permission_granted))
    return (book.phrase("grade_proof", "action"),) if done else ()


def _rounding_and_grade(book: Rulebook, course: Course) -> tuple[int, list[Finding], bool]:
    """Half credits round down; elsewhere a 5.5 becomes 5; a low grade is open anywhere. (whole EC,
    findings, ask the coordinator)."""
    findings: list[Finding] = []
    adviser = False
    whole = round_down(course.ec)
    if Decimal(whole) != course.ec:
        key = "zero" if whole == 0 else "rounded"
        findings.append(book.finding("half_credits", key, "limits", offered=course.ec, counted=whole))
    if course.provider is not Provider.LEIDEN:
        findings.append(book.finding("other_institutions", "allowed", "info"))
    # A grade under the pass mark the page never gives, or a 5.5, settles nothing, at Leiden too.
    graded = grade_findings(book, course.grade, course.provider) if course.grade is not None else ()
    findings.extend(graded)
    return whole, findings, adviser or bool(graded)


def _late_upgrade(book: Rulebook, low: int, high: int, whole: int, record: ElectiveRecord) -> Finding:
    """An upgrade asked for a course already started: what it counts for without it."""
    fallback, _ = capped_ec(book, low, whole, record)
    return book.finding("upgrade_student_initiates", "late", "warning", low=low, high=high, fallback=fallback)


def _declined_upgrade(book: Rulebook, low: int, high: int, whole: int, record: ElectiveRecord) -> Finding:
    """The board may decline an upgrade: what the course counts for then, at either end of its range."""
    fallback, _ = capped_ec(book, low, whole, record)
    at_high, _ = capped_ec(book, high, whole, record)
    return book.finding(
        "upgrade_may_be_declined",
        "warning",
        "warning",
        low=low,
        high=high,
        fallback=fallback,
        at_high=at_high,
    )


def assess_course(book: Rulebook, course: Course, record: ElectiveRecord, today: date) -> CourseVerdict:
    """The verdict on one course given what the student already has approved."""
    book = book.at(today)
    offered = course.ec
    whole, first, adviser = _rounding_and_grade(book, course)
    findings: list[Finding] = list(first)

    def verdict(
        status: CreditStatus, counted: int, level: int | None, steps: tuple[Phrase, ...] = ()
    ) -> CourseVerdict:
        return CourseVerdict(
            status=status,
            ec_offered=offered,
            ec_counted=counted,
            level_applied=level,
            findings=tuple(findings),
            next_steps=steps,
            needs_adviser=adviser,
        )

    if course.honours:
        findings.append(book.finding("honours_courses", "blocked", "blocks"))
        return verdict(CreditStatus.DOES_NOT_COUNT, 0, None)
    if whole == 0:
        return verdict(CreditStatus.DOES_NOT_COUNT, 0, None)

    master = book.integer(ParameterId.MASTER_LEVEL)
    upgraded = False
    if course.provider is Provider.ARTSCIENCE and course.artscience_type is not None:
        low, high = _artscience_range(book, course.artscience_type)
        if low == high:
            findings.append(book.finding("artscience_translation", "level", "info", level=low))
        else:
            findings.append(book.finding("artscience_translation", "range", "info", low=low, high=high))
            adviser = True
        if course.upgrade_requested:
            if course.artscience_type in UPGRADABLE:
                upgraded = True
            else:
                findings.append(book.finding("upgrade_only_research_group_lab", "refused", "warning"))
    else:
        low = high = course.level or 0

    permission, late = _permission(book, course, today)
    adviser = adviser or late
    petition_step = _petition_step(book, course, late)

    def add_permission() -> None:
        """A late start is what the student must act on first; otherwise it is one condition of many."""
        findings.insert(0 if late else len(findings), permission)

    if upgraded and late:
        # The upgrade had to be raised with the teacher before the course started: that step is
        # past, so the course is judged as it is without it, and the finding says so.
        findings.append(_late_upgrade(book, low, high, whole, record))
    elif upgraded:
        findings.append(book.finding("upgrade_only_research_group_lab", "possible", "counts"))
        findings.append(book.finding("level_400_criterion", "criterion", "info"))
        findings.append(book.finding("upgrade_teacher_judges", "condition", "condition"))
        findings.append(_declined_upgrade(book, low, high, whole, record))
        add_permission()
        steps = tuple(
            book.phrase(cid, "action")
            for cid in (
                "upgrade_student_initiates",
                "upgrade_assignment",
                "upgrade_teacher_judges",
                "upgrade_in_application",
            )
        )
        return verdict(CreditStatus.COUNTS, whole, master, (*steps, *petition_step, *_proof(book, course)))

    if low >= master:
        findings.append(book.finding("master_level", "counts", "counts", level=low))
        add_permission()
        return verdict(CreditStatus.COUNTS, whole, low, (*petition_step, *_proof(book, course)))

    findings.append(
        book.finding("master_level", "below", "limits", level=low if low == high else f"{low}-{high}")
    )
    counted, cap_finding, applied = _capped_in_range(book, low, high, whole, record, findings)
    findings.append(cap_finding)
    findings.extend(_upgrade_option(book, course, whole, late=late))
    if counted == 0:
        return verdict(CreditStatus.DOES_NOT_COUNT, 0, None)
    findings.append(_board_decision(book, course))
    findings.append(permission)
    return verdict(CreditStatus.CAPPED, counted, applied, (*petition_step, *_proof(book, course)))


def _upgrade_option(book: Rulebook, course: Course, whole: int, *, late: bool) -> tuple[Finding, ...]:
    """A Lab judged below 400 could still count whole with the upgrade, if raised in time."""
    if course.artscience_type in UPGRADABLE and not course.upgrade_requested and not late:
        return (book.finding("upgrade_only_research_group_lab", "option", "info", ec=whole),)
    return ()


def _capped_in_range(
    book: Rulebook, low: int, high: int, whole: int, record: ElectiveRecord, findings: list[Finding]
) -> tuple[int, Finding, int]:
    """EC within the caps below 400, the deciding finding, and the level applied. For a range
    (an ArtScience Lab: 100-300) the strictest level is used, unless it leaves nothing and the
    highest leaves some: then it counts only if the Board places it there, a condition (said in
    place of the range finding), not a "does not count". Where the highest level would count more,
    the range finding says how much."""
    counted, cap_finding = capped_ec(book, low, whole, record)
    if high == low:
        return counted, cap_finding, low
    upper, upper_finding = capped_ec(book, high, whole, record)
    ranged = book.finding("artscience_translation", "range", "info", low=low, high=high)
    if counted > 0 and upper > counted:
        # "Can count for 3 EC" would read as the whole answer: at the range's top level, more.
        findings[findings.index(ranged)] = book.finding(
            "artscience_translation", "range_more", "info", low=low, high=high, counted=counted, upper=upper
        )
    if counted > 0 or upper == 0:
        return counted, cap_finding, low
    findings[findings.index(ranged)] = book.finding(
        "artscience_translation", "range_upper", "condition", low=low, high=high
    )
    return upper, upper_finding, high


def with_course(record: ElectiveRecord, course: Course, verdict: CourseVerdict) -> ElectiveRecord:
    """The record once this course is approved as judged: the caps it uses are used."""
    if verdict.level_applied is None or verdict.ec_counted <= 0:
        return record
    added = RecordedCourse(name=course.name, ec_counted=verdict.ec_counted, level=verdict.level_applied)
    return record.model_copy(update={"courses": (*record.courses, added)})


def assess_courses(
    book: Rulebook, courses: tuple[Course, ...], record: ElectiveRecord, today: date
) -> tuple[CourseVerdict, ...]:
    """Several courses in one question, in the order given: each is judged against the caps the
    ones before it would use, so 3 EC at level 200 and 4 EC at level 300 share the 5 EC below 400."""
    verdicts: list[CourseVerdict] = []
    for course in courses:
        verdict = assess_course(book, course, record, today)
        verdicts.append(verdict)
        record = with_course(record, course, verdict)
    return tuple(verdicts)


def grade_findings(book: Rulebook, grade: Decimal, provider: Provider) -> tuple[Finding, ...]:
    """What the page says about a final grade from elsewhere: a 5.5 is not accepted, it becomes 5.
    A lower grade, from anywhere, is no ✅ either, nor a Leiden 5.5: the page gives no pass mark."""
    unaccepted = book.ec(ParameterId.UNACCEPTED_GRADE)
    if grade < unaccepted:
        below = book.finding("grade_five_and_half", "below", "condition", grade=grade, unaccepted=unaccepted)
        return (below,)
    if grade != unaccepted:
        return ()
    if provider is Provider.LEIDEN:
        # The 5.5 rule is about other universities; for a Leiden 5.5 the page gives no pass mark.
        return (book.finding("grade_five_and_half", "leiden", "condition", grade=grade),)
    rounded = book.ec(ParameterId.ROUNDED_GRADE)
    return (book.finding("grade_five_and_half", "rounded", "warning", grade=grade, rounded=rounded),)
