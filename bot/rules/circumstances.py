"""Exceptional circumstances: the steps and deadline for each case, and the appeal deadline."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import model_validator

from bot.rules.frozen import Frozen, Strict
from bot.rules.parameters import ParameterId
from bot.rules.rulebook import Finding, Rulebook, Value


class CircumstanceCategory(StrEnum):
    PERSONAL = "personal"
    EDUCATIONAL = "educational"


class PersonalKind(StrEnum):
    ILLNESS = "illness"
    DISABILITY = "disability"
    PREGNANCY_CHILDBIRTH = "pregnancy_childbirth"
    FAMILY = "family"
    BOARD_MEMBERSHIP = "board_membership"


PERSONAL_KEYS: dict[PersonalKind, str] = {kind: f"personal_{kind.value}" for kind in PersonalKind}
"""The message key of `personal_kinds` that names each kind of personal circumstance: `personal_`
and the kind, so a new kind needs only its sentence in knowledge/messages.yaml."""


class CircumstanceCase(Strict):
    category: CircumstanceCategory
    kind: PersonalKind | None = None
    used_before: bool | None = False
    """Whether this personal circumstance was cited in an earlier year; None: the student does not
    know, so what follows if it was is said (the page allows it once)."""

    @model_validator(mode="after")
    def _kind_fits(self) -> CircumstanceCase:
        if self.category is CircumstanceCategory.PERSONAL and self.kind is None:
            raise ValueError("a personal circumstance needs its kind")
        if self.category is CircumstanceCategory.EDUCATIONAL and self.kind is not None:
            raise ValueError("an educational circumstance has no personal kind")
        return self


class CircumstanceGuide(Frozen):
    deadline: date
    """The day before which the steps must be taken (1 July of the current period)."""
    deadline_passed: bool
    steps: tuple[Finding, ...]
    findings: tuple[Finding, ...]
    needs_adviser: bool
    last_check: date | None = None
    """In the weeks after a 31 August check (the appeal time): that check, whose year the student
    most likely means; `deadline` is then the new year's."""
    after_check: tuple[Finding, ...] = ()
    """With `last_check`: its year's reporting deadline passed, the decision, and the appeal."""


class AppealDeadline(Frozen):
    decision_date: date
    last_day: date
    passed: bool
    due_today: bool = False
    """Today is the last day: the appeal must be lodged today."""
    weeks: int
    """How long an appeal may take from the decision's date, as the rulebook says."""
    findings: tuple[Finding, ...]


def _period_end_year(book: Rulebook, today: date) -> int:
    september = book.on(ParameterId.PERIOD_START_SEPTEMBER, today.year)
    return today.year + 1 if today >= september else today.year


def first_check(book: Rulebook, started: date) -> date:
    """The first 31 August check after a start: the one ending the academic year it falls in."""
    return book.on(ParameterId.PROGRESS_CHECK, _period_end_year(book, started))


def short_premaster_check(book: Rulebook, started: date) -> date:
    """The check of a short premaster that started in September (`started`, or the academic year
    `started` falls in): 31 January after it, not the 31 August of everyone else."""
    return book.on(ParameterId.SHORT_PREMASTER_SEPTEMBER_CHECK, _period_end_year(book, started))


def deadline_of_year(book: Rulebook, pid: ParameterId, day: date) -> date:
    """A yearly date as it was (or is) for the academic year `day` falls in: a report of 28 June
    2026 had its decision due before 1 September 2026."""
    return book.on(pid, _period_end_year(book, day))


def in_an_earlier_year(book: Rulebook, day: date, today: date) -> bool:
    """Whether `day` lies in an academic year before today's: a story dated then ("the warning
    mail of 20 June", asked in November) had that year's deadlines, not this year's."""
    return _period_end_year(book, day) < _period_end_year(book, today)


YEARLY_DEADLINES = (
    ParameterId.CIRCUMSTANCES_DEADLINE,
    ParameterId.CORRECTION_DEADLINE,
    ParameterId.PROGRESS_CHECK,
    ParameterId.DECISION_BY,
)
"""The page's yearly dates an answer can be about: two "before 1 July", and the 31 August check."""


class YearlyDeadline(Frozen):
    """A yearly "before" date as it stands for a student today: this academic year's, and whether
    it has passed. An answer that says "before 1 July" is true as a rule and still misleads on
    3 July unless it also says that this year's date is behind the student."""

    on: date
    passed: bool
    days: int
    """Days from today to `on` (0 or fewer once it has passed)."""
    check: bool = False
    """`on` is the day of the check (by 31 August), not a "before" deadline."""
    previous: date | None = None
    """For a "before" deadline: last academic year's date, for a student telling of that year."""
    recent: date | None = None
    """For the check: last year's check day, while it is at most the appeal time ago (early
    September, a student with credits still pending then must not read "no action is required")."""
    just_checked: bool = False
    """For a "before" deadline: the last check was at most the appeal time ago, so a student asking
    (on 2 September) may well mean the year just checked, whose date has passed."""
    decision: bool = False
    """`on` is the day the Board's decision is due: last year's, just after its check, is a decision
    that should have come, not a hindered year's deadline."""


def yearly_deadline(book: Rulebook, pid: ParameterId, today: date) -> YearlyDeadline:
    if pid not in YEARLY_DEADLINES:
        raise ValueError(f"{pid.value} is not a yearly deadline")
    book = book.at(today)
    year = _period_end_year(book, today)
    on = book.on(pid, year)
    days = (on - today).days
    last = book.on(ParameterId.PROGRESS_CHECK, year - 1)
    just_checked = today - last <= book.weeks(ParameterId.APPEAL_WEEKS)
    if pid is not ParameterId.PROGRESS_CHECK:
        previous = book.on(pid, year - 1)
        return YearlyDeadline(
            on=on,
            passed=today >= on,
            days=days,
            previous=previous,
            just_checked=just_checked,
            decision=pid is ParameterId.DECISION_BY,
        )
    recent = last if just_checked else None
    return YearlyDeadline(on=on, passed=today > on, days=days, check=True, recent=recent)


def guide_circumstances(book: Rulebook, case: CircumstanceCase, today: date) -> CircumstanceGuide:
    """What to do, by when, who evaluates, and what each decision means."""
    book = book.at(today)
    year = _period_end_year(book, today)
    deadline = book.on(ParameterId.CIRCUMSTANCES_DEADLINE, year)
    passed = today >= deadline
    steps: list[Finding] = []
    findings: list[Finding] = []
    adviser = passed
    personal = case.category is CircumstanceCategory.PERSONAL
    reused = personal and case.used_before is True
    unsure = personal and case.used_before is None
    if passed:
        findings.append(book.finding("circumstances_on_time", "passed", "warning", date=deadline))
    if case.category is CircumstanceCategory.PERSONAL and case.kind is not None:
        findings.append(book.finding("personal_kinds", PERSONAL_KEYS[case.kind], "info"))
        steps.append(book.finding("statement_of_hindrance", "action", "action"))
        if case.kind is PersonalKind.FAMILY:
            steps.append(book.finding("family_counsellor", "action", "action"))
        steps.append(book.finding("support_services_evaluate", "info", "info"))
        if case.used_before is not False:
            findings.append(book.finding("personal_once", "reused" if reused else "unsure", "warning"))
            adviser = True
        else:
            findings.append(book.finding("personal_once", "first", "info"))
    else:
        findings.append(book.finding("two_categories", "educational", "info"))
        steps.append(book.finding("educational_adviser", "action", "action"))
        steps.append(book.finding("educational_report", "action", "action"))
    decision_by = book.on(ParameterId.DECISION_BY, year)
    findings.append(book.finding("examiners_decide", "info", "info", date=decision_by))
    # The exception frames the rule: a reused circumstance is never told "not reported to the IND".
    positive = "reused" if reused else "unsure" if unsure else "info"
    findings.append(book.finding("positive_decision", positive, "info"))
    findings.append(book.finding("study_plan", "info", "info"))
    findings.append(book.finding("negative_decision", "info", "warning"))
    recent = yearly_deadline(book, ParameterId.PROGRESS_CHECK, today).recent
    return CircumstanceGuide(
        deadline=deadline,
        deadline_passed=passed,
        steps=tuple(steps),
        findings=tuple(findings),
        needs_adviser=adviser,
        last_check=recent,
        after_check=_after_check(book, recent) if recent is not None else (),
    )


def _after_check(book: Rulebook, check: date) -> tuple[Finding, ...]:
    """What the year checked on `check` still holds: its reporting deadline has passed (the page
    is silent on a late report), the Board of Examiners e-mails its decision, and the appeal."""
    return (
        book.finding(
            "circumstances_on_time",
            "passed_checked",
            "warning",
            date=book.on(ParameterId.CIRCUMSTANCES_DEADLINE, check.year),
            check=check,
        ),
        book.finding(
            "examiners_decide", "checked", "info", date=book.on(ParameterId.DECISION_BY, check.year)
        ),
        # Its words name the Immigration Office step too, whose sentence the 'why' cites.
        book.finding("appeal_deadline", "checked", "action", weeks=book.integer(ParameterId.APPEAL_WEEKS)),
        book.finding("appeal_immigration_office", "action", "action"),
    )


def decision_overdue(book: Rulebook, today: date) -> Finding | None:
    """In the weeks after a check, a decision on circumstances not yet received was due before
    1 September: the page says no more, so the student hears it and who to ask."""
    book = book.at(today)
    recent = yearly_deadline(book, ParameterId.PROGRESS_CHECK, today).recent
    if recent is None:
        return None
    due = book.on(ParameterId.DECISION_BY, recent.year)
    return (
        book.finding("examiners_decide", "overdue", "warning", date=due, check=recent)
        if due <= today
        else None
    )


def appeal_deadline(book: Rulebook, decision_date: date, today: date) -> AppealDeadline:
    """Within six weeks of the date of the decision: the last day, and whether it has passed."""
    book = book.at(today)
    last_day = decision_date + book.weeks(ParameterId.APPEAL_WEEKS)
    values: dict[str, Value] = {
        "weeks": book.integer(ParameterId.APPEAL_WEEKS),
        "decision": decision_date,
        "date": last_day,
    }
    if last_day < today:
        findings: tuple[Finding, ...] = (book.finding("appeal_deadline", "passed", "warning", **values),)
    else:
        findings = (
            book.finding("appeal_deadline", "last_day", "action", **values),
            book.finding("appeal_how", "action", "action"),
            book.finding("appeal_immigration_office", "action", "action"),
        )
    return AppealDeadline(
        decision_date=decision_date,
        last_day=last_day,
        passed=last_day < today,
        due_today=last_day == today,
        weeks=book.integer(ParameterId.APPEAL_WEEKS),
        findings=findings,
    )
