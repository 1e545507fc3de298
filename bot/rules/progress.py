"""Study progress for residence-permit holders: what is required by which date, and what comes next."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from pydantic import Field

from bot.rules.circumstances import short_premaster_check
from bot.rules.frozen import Frozen, Strict
from bot.rules.parameters import ParameterId
from bot.rules.parsing import safe_date
from bot.rules.rulebook import Finding, Rulebook, Value
from bot.rules.verdict import Verdict

MID_MONTH = 15
"""The page says "mid-May": used only to tell whether such a warning is still ahead, never shown."""


class StartKind(StrEnum):
    SEPTEMBER = "september"
    FEBRUARY = "february"
    PREMASTER = "premaster"
    SHORT_PREMASTER = "short_premaster"


class ProgressSituation(Strict):
    start: StartKind
    started_on: date
    ec_obtained: Decimal = Field(ge=0)
    ec_pending: Decimal = Field(default=Decimal(0), ge=0)
    premaster_ec_total: Decimal | None = Field(default=None, gt=0)
    length_unsaid: bool = False
    """A premaster who did not say whether theirs is a short one (a question in their own words):
    the short premaster's earlier date is then said too."""
    circumstances_reported: bool = False
    """The student says they reported exceptional circumstances (before 1 July, as the steps ask):
    short of the requirement, what follows is the Board of Examiners' decision on them, not a
    deadline missed."""
    ec_this_year: bool = False
    """The EC were counted from this academic year's first day (the dialog asks them so): for a
    February starter past the first period they say nothing of that period's check, only of this
    year."""


class ProgressStatus(StrEnum):
    MET = "met"
    PENDING_WILL_MEET = "pending_will_meet"
    UNDER_WAY = "under_way"
    """Short of the requirement before the check date: the page defines no pace, so not "behind"."""
    BEHIND = "behind"
    UNKNOWN = "unknown"


class When(StrEnum):
    """How a date ahead is said: the page's "mid-May", "before 1 July", or the day itself."""

    MID_MONTH = "mid_month"
    BEFORE = "before"
    ON = "on"


class DatedAction(Frozen):
    """Something ahead: its day (for a "mid-month" warning, the middle of that month) and how the
    page puts it; the presenter words it."""

    on: date
    when: When
    finding: Finding


class FirstPeriod(Frozen):
    """A February starter's first period, 1 February till 31 August, and what it required; and the
    page's general rule (half the nominal load each academic year: `full_year` EC for a year from
    1 September), which it does not spell out for the years after a February start."""

    start: date
    deadline: date
    required: Decimal
    full_year: Decimal
    short_by: Decimal | None = None
    """If the student's EC are all they obtained since the start, their total now is the most they
    can have had at that check: this many EC under what it required (None when not under it)."""
    this_year: bool = False
    """The EC are this academic year's: the first period's check cannot be judged from them."""
    year_needed: Decimal = Decimal(0)
    """With `this_year`: the EC still to go to `full_year`, the general rule's figure."""


class ProgressVerdict(Verdict[ProgressStatus]):
    required_ec: Decimal | None
    ec_obtained: Decimal
    ec_pending: Decimal
    period_start: date
    deadline: date
    ec_needed: Decimal
    days_left: int
    actions: tuple[DatedAction, ...]
    silent: bool = False
    """The page does not say what is required in this period: the reply says so and who decides."""
    first_period: FirstPeriod | None = None
    """For a February starter past the first period: what that period required (the page's one
    figure for them), so a silent verdict still says what the page does say."""

    @property
    def judged_on(self) -> date:
        """The day the verdict was worked out for: its deadline less the days left."""
        return self.deadline - timedelta(days=self.days_left)


class _Period(Frozen):
    start: date
    deadline: date
    required: Decimal | None
    first_february: bool = False
    short_september: bool = False
    ambiguous: bool = False
    february_after: bool = False
    """A February starter after the first period (1 February till 31 August): the page is silent."""
    ended: bool = False
    """A premaster whose one year (or semester) is over: what follows, the page does not say."""
    first: FirstPeriod | None = None
    """With `february_after`: the first period, which the page does give."""


def _in_september_intake(book: Rulebook, started_on: date) -> bool:
    """A start in September or later in the calendar year: the September intake's periods."""
    return started_on.month >= book.month_day(ParameterId.PERIOD_START_SEPTEMBER)[0]


def _academic_year_start(book: Rulebook, today: date) -> date:
    september = book.on(ParameterId.PERIOD_START_SEPTEMBER, today.year)
    return september if today >= september else book.on(ParameterId.PERIOD_START_SEPTEMBER, today.year - 1)


def _period(book: Rulebook, s: ProgressSituation, today: date) -> _Period:
    year_start = _academic_year_start(book, today)
    full_end = book.on(ParameterId.PROGRESS_CHECK, year_start.year + 1)
    full = book.ec(ParameterId.REQUIRED_EC_SEPTEMBER)
    if s.start is StartKind.SEPTEMBER:
        return _Period(start=year_start, deadline=full_end, required=full)
    if s.start is StartKind.FEBRUARY:
        first_end = book.on(ParameterId.PROGRESS_CHECK, s.started_on.year)
        february = book.on(ParameterId.PERIOD_START_FEBRUARY, s.started_on.year)
        if s.started_on >= february and today <= first_end:
            return _Period(
                start=february,
                deadline=first_end,
                required=book.ec(ParameterId.REQUIRED_EC_FEBRUARY),
                first_february=True,
            )
        first_required = book.ec(ParameterId.REQUIRED_EC_FEBRUARY)
        short = s.ec_obtained < first_required and not s.ec_this_year
        first = FirstPeriod(
            start=february,
            deadline=first_end,
            required=first_required,
            full_year=full,
            short_by=first_required - s.ec_obtained if short else None,
            this_year=s.ec_this_year,
            year_needed=max(Decimal(0), full - s.ec_obtained),
        )
        return _Period(start=year_start, deadline=full_end, required=None, february_after=True, first=first)
    required = s.premaster_ec_total
    september_start = _in_september_intake(book, s.started_on)
    if s.start is StartKind.SHORT_PREMASTER and september_start:
        deadline = short_premaster_check(book, s.started_on)
        return _Period(start=s.started_on, deadline=deadline, required=required, short_september=True)
    deadline = book.on(ParameterId.PROGRESS_CHECK, s.started_on.year + (1 if september_start else 0))
    if s.start is StartKind.PREMASTER and not september_start:
        # The page gives one year for a premaster but only 31 August as the check date: a February
        # start is not spelled out, so the adviser must confirm.
        deadline = book.on(ParameterId.PROGRESS_CHECK, s.started_on.year + 1)
        return _Period(start=s.started_on, deadline=deadline, required=None, ambiguous=True)
    return _Period(start=s.started_on, deadline=deadline, required=required)


def _premaster_period(book: Rulebook, s: ProgressSituation, today: date) -> _Period:
    """A premaster's period, marked ended once its last day is behind today, unless the student
    gave the programme's total: then it is judged as it stood on that day ("I finished all 15 EC
    in December", asked after 31 January, met it; "12 of 15 EC" did not)."""
    period = _period(book, s, today)
    premaster = s.start in (StartKind.PREMASTER, StartKind.SHORT_PREMASTER)
    if premaster and period.deadline < today and s.premaster_ec_total is None:
        return period.model_copy(update={"ended": True, "required": None})
    return period


def period_start(book: Rulebook, situation: ProgressSituation, today: date) -> date:
    """The first day of the period the student's EC are counted in."""
    return _period(book.at(today), situation, today).start


def period_end(book: Rulebook, situation: ProgressSituation, today: date) -> date | None:
    """The day the period the student's EC are counted in is checked (or, for a premaster, ends);
    None where the page gives no such day (a premaster who started in February)."""
    period = _period(book.at(today), situation, today)
    return None if period.ambiguous else period.deadline


def _actions(book: Rulebook, period: _Period, today: date, open_: bool) -> list[DatedAction]:
    """The dates ahead, in order: never a date that has passed, never one the page does not give.

    Where the page gives no check date (a premaster who started in February), there are none: the
    warnings and the 1 July steps lead up to a check, and which check is theirs the page does not
    say, so listing the 31 August check's dates would contradict the verdict's own caveat."""
    year = period.deadline.year
    actions: list[DatedAction] = []
    if period.short_september or period.ambiguous:
        return actions
    if open_:
        for month in book.integers(ParameterId.WARNING_MONTHS):
            mid = date(year, month, MID_MONTH)
            if mid > today:
                warning = book.finding("warnings", "warning", "warning")
                actions.append(DatedAction(on=mid, when=When.MID_MONTH, finding=warning))
    for pid, cid in (
        (ParameterId.CORRECTION_DEADLINE, "usis_correction"),
        (ParameterId.CIRCUMSTANCES_DEADLINE, "circumstances_on_time"),
    ):
        on = book.on(pid, year)
        if on > today and (open_ or cid == "usis_correction"):
            actions.append(
                DatedAction(on=on, when=When.BEFORE, finding=book.finding(cid, "action", "action"))
            )
    if period.deadline >= today:
        actions.append(
            DatedAction(
                on=period.deadline,
                when=When.ON,
                finding=book.finding("decision_by_email", "action", "info"),
            )
        )
    return sorted(actions, key=lambda a: a.on)


def _period_findings(
    book: Rulebook, situation: ProgressSituation, period: _Period, today: date
) -> list[Finding]:
    """What the page requires in this period and when it is checked; or that it does not say."""
    values: dict[str, Value] = {"start": period.start, "deadline": period.deadline}
    check = book.finding("progress_check", "check", "info", date=period.deadline)
    if period.february_after:
        first = book.on(ParameterId.PROGRESS_CHECK, situation.started_on.year)
        said = book.finding(
            "sufficient_progress",
            "february_after",
            "info",
            required=book.ec(ParameterId.REQUIRED_EC_FEBRUARY),
            first_end=first,
        )
        return [said, check]
    if situation.start in (StartKind.SEPTEMBER, StartKind.FEBRUARY):
        requirement = "february_first" if period.first_february else "required"
        required = period.required if period.required is not None else Decimal(0)
        return [book.finding("sufficient_progress", requirement, "info", required=required, **values), check]
    if period.ambiguous:
        years = book.integer(ParameterId.PREMASTER_YEARS)
        findings = [book.finding("premaster", "february", "info", years=years)]
        start = situation.started_on
        year_end = safe_date(start.year + years, start.month, start.day)
        if year_end is not None and year_end <= today:
            # "Started in February 2026, 20 EC still to do", in March 2027: the year is over.
            findings.append(book.finding("premaster", "february_passed", "warning", start=start, years=years))
        return findings
    if period.ended:
        weeks = book.integer(ParameterId.APPEAL_WEEKS)
        return [book.finding("premaster", "ended", "info", weeks=weeks, **values)]
    length = "short" if situation.start is StartKind.SHORT_PREMASTER else "full"
    said = book.finding("premaster", length, "info", **values)
    if period.short_september:
        return [said, book.finding("short_premaster_check", "check", "info", date=period.deadline)]
    if (
        situation.length_unsaid
        and situation.start is StartKind.PREMASTER
        and _in_september_intake(book, situation.started_on)
    ):
        # Not said to be short, but it may be: its earlier date must not go unsaid.
        short_end = short_premaster_check(book, situation.started_on)
        if short_end < today:
            # A date behind the student is never said as a requirement still to meet.
            passed = book.finding("short_premaster_check", "if_short_passed", "info", date=short_end)
            return [said, passed, check]
        return [said, book.finding("short_premaster_check", "if_short", "info", date=short_end), check]
    return [said, check]


def _circumstances_closed(
    book: Rulebook, situation: ProgressSituation, period: _Period, status: ProgressStatus, today: date
) -> list[Finding]:
    """Short of the requirement once the steps for exceptional circumstances are closed (1 July):
    said as passed (the page is silent on a late report, so the student must hear it, not infer
    it); or, for a student who says they reported, the Board of Examiners' decision on them."""
    reporting = book.on(ParameterId.CIRCUMSTANCES_DEADLINE, period.deadline.year)
    short = status in (ProgressStatus.UNDER_WAY, ProgressStatus.BEHIND)
    if not short or period.short_september:
        return []
    if not situation.circumstances_reported:
        if today < reporting:
            return []
        return [book.finding("circumstances_on_time", "passed", "warning", date=reporting)]
    # Reported (before 1 July, or said so): what follows is the Board's decision on them.
    decision_by = book.on(ParameterId.DECISION_BY, period.deadline.year)
    return [
        book.finding("examiners_decide", "info", "info", date=decision_by),
        book.finding("positive_decision", "info", "info"),
        book.finding("negative_decision", "info", "info"),
    ]


def assess_progress(book: Rulebook, situation: ProgressSituation, today: date) -> ProgressVerdict:
    """What is required by which date, how far the student is, and the dates ahead.

    Short of the requirement is "behind" only on the check date: before it the page sets no pace."""
    if situation.started_on > today:
        raise ValueError("the start of studies is after today")
    book = book.at(today)
    period = _premaster_period(book, situation, today)
    findings = _period_findings(book, situation, period, today)
    silent = period.february_after or period.ambiguous or period.ended
    adviser = silent
    obtained, pending = situation.ec_obtained, situation.ec_pending
    required = period.required
    days_left = max(0, (period.deadline - today).days)
    needed = Decimal(0)
    if required is None:
        if not silent:
            findings.append(book.finding("premaster", "unknown_total", "action"))
        status = ProgressStatus.UNKNOWN
        adviser = True
    else:
        needed = max(Decimal(0), required - obtained)
        if obtained >= required:
            status = ProgressStatus.MET
        elif obtained + pending >= required:
            status = ProgressStatus.PENDING_WILL_MEET
            findings.append(book.finding("credits_pending", "no_action", "info", date=period.deadline))
        elif today < period.deadline:
            status = ProgressStatus.UNDER_WAY
            findings.append(book.finding("seek_guidance", "pace", "info", deadline=period.deadline))
        else:
            status = ProgressStatus.BEHIND
            findings.append(book.finding("seek_guidance", "behind", "action"))
            findings.append(book.finding("ind_notified", "consequence", "warning"))
            # What comes after a check the student fell short at: the decision, and the appeal
            # against it (with the step that puts the IND notification on hold).
            findings.append(book.finding("decision_by_email", "behind", "info"))
            weeks = book.integer(ParameterId.APPEAL_WEEKS)
            findings.append(book.finding("appeal_deadline", "after_decision", "action", weeks=weeks))
            findings.append(book.finding("appeal_immigration_office", "action", "action"))
        findings += _circumstances_closed(book, situation, period, status, today)
    actions = _actions(book, period, today, open_=status is not ProgressStatus.MET)
    if situation.circumstances_reported:
        # The student reported them: "report them before 1 July" is no step ahead for them.
        actions = [a for a in actions if a.finding.clause != "circumstances_on_time"]
    return ProgressVerdict(
        required_ec=required,
        ec_obtained=obtained,
        ec_pending=pending,
        period_start=period.start,
        deadline=period.deadline,
        ec_needed=needed,
        days_left=days_left,
        status=status,
        findings=tuple(findings),
        actions=tuple(actions),
        needs_adviser=adviser or (period.short_september and status is not ProgressStatus.MET),
        silent=silent,
        first_period=period.first,
    )
