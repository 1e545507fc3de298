"""Verdicts of the rule core as text a student reads on a phone: headline, why, what next.

One presenter for both paths (a dialog's result and a question with numbers), so a verdict reads
the same wherever it is asked. Every line comes from `messages.yaml`: the rule core's findings carry
a clause, a message key and values, and `said` words them (dates as the pages write them).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Protocol

from bot.citation import Citation
from bot.content.messages import Messages
from bot.presenting.dates import month_name, spoken_date
from bot.rules.circumstances import AppealDeadline, CircumstanceGuide, YearlyDeadline
from bot.rules.credits import CreditStatus
from bot.rules.electives import CapUsage, CourseVerdict, round_down
from bot.rules.petition import ExplanationResult
from bot.rules.progress import DatedAction, FirstPeriod, ProgressStatus, ProgressVerdict, When
from bot.rules.projects import ProjectVerdict
from bot.rules.rulebook import Finding, Phrase, Strength, Value, conditions, weakest
from bot.rules.usecases import HalfCredit, HalfCredits


def day(d: date, m: Messages) -> str:
    """A date as students read it: 31 August 2027."""
    return spoken_date(d, m.dates)


def month_year(d: date, m: Messages) -> str:
    """September 2026: a start as students say it."""
    return f"{month_name(d.month, m.dates)} {d.year}"


def number(value: Decimal | int) -> str:
    """7, 7.5 — never 7.0 or 7.50."""
    text = f"{Decimal(value).normalize():f}"
    return text


def _worded(value: Value, m: Messages) -> object:
    """A finding's value as its message shows it: a date as the pages write it, the rest as is."""
    return day(value, m) if isinstance(value, date) else value


def over_load(m: Messages, ec: Decimal, since: date, load: Decimal | int) -> str:
    """More EC than the nominal load since `since`: the number is asked to be checked in uSis."""
    return m.progress_over_load.format(ec=number(ec), start=day(since, m), load=number(load))


def said(m: Messages, phrase: Phrase) -> str:
    """What a clause says here, in the messages' words, filled in with the finding's values."""
    try:
        template = m.findings[phrase.clause][phrase.key]
    except KeyError:
        raise KeyError(f"knowledge/messages.yaml: findings.{phrase.clause}.{phrase.key} is missing") from None
    return template.format(**{name: _worded(v, m) for name, v in phrase.values.items()})


def mid_month(on: date, m: Messages) -> str:
    """ "mid-September 2027": a month said without its day."""
    return m.when_mid_month.format(month=month_name(on.month, m.dates), year=on.year)


def in_month(on: date, m: Messages) -> str:
    """ "October 2027": a month said as such ("the course ends in October")."""
    return m.when_in_month.format(month=month_name(on.month, m.dates), year=on.year)


def when(m: Messages, action: DatedAction, today: date | None = None) -> str:
    """A date ahead as the page puts it: "mid-May 2027", "before 1 July 2027", "31 August 2027";
    "before 1 July" asked on 30 June says that today is the last day."""
    if action.when is When.MID_MONTH:
        return mid_month(action.on, m)
    if action.when is When.BEFORE:
        last_day = today is not None and (action.on - today).days == 1
        return (m.when_before_last_day if last_day else m.when_before).format(date=day(action.on, m))
    return m.when_on.format(date=day(action.on, m))


def new_year(m: Messages, year: ProgressVerdict, check: date) -> str:
    """After a verdict on the check just passed: the new year's period and what it requires (after
    a February start's first period, only the page's general rule, to be confirmed)."""
    values = {"check": day(check, m), "start": day(year.period_start, m), "deadline": day(year.deadline, m)}
    if year.required_ec is None and year.first_period is not None:
        return m.progress_new_year_general.format(full=number(year.first_period.full_year), **values)
    return m.progress_new_year.format(required=number(year.required_ec or Decimal(0)), **values)


def explanation_text(result: ExplanationResult, m: Messages) -> str | None:
    """The seven details as the text to paste into uSis, one `label: value` line each; None while
    any detail is wrong."""
    if result.details is None:
        return None
    lines = [f"{label}: {_worded(value, m)}" for label, value in result.details]
    if result.level_upgrade is not None:
        lines.append(said(m, result.level_upgrade))
    return "\n".join(lines)


class Explained(Protocol):
    """A verdict that says why and what next: a course's or a project's."""

    @property
    def findings(self) -> tuple[Finding, ...]: ...
    @property
    def next_steps(self) -> tuple[Phrase, ...]: ...
    @property
    def needs_adviser(self) -> bool: ...


class Presented:
    """Text blocks and the citations behind them, built up in order."""

    def __init__(self, messages: Messages) -> None:
        self.m = messages
        self.blocks: list[str] = []
        self.details: list[str] = []
        """The 'why' (findings with their quotes), shown folded away behind the blocks."""
        self.citations: list[Citation] = []

    def line(self, text: str) -> None:
        if text:
            self.blocks.append(text)

    def under_headline(self, text: str) -> None:
        """What the verdict assumed, right under it, before anything it leads to."""
        self.blocks.insert(1, text)

    def findings(self, heading: str, findings: Iterable[Finding]) -> None:
        lines: list[str] = []
        for f in findings:
            lines.append(self.m.finding_line.format(text=said(self.m, f)))
            lines.append(self.m.finding_quote.format(quote=f.citation.quote))
            if f.citation not in self.citations:
                self.citations.append(f.citation)
        if lines:
            self.details.append("\n".join([heading, *lines]))

    def steps(self, heading: str, steps: Sequence[Phrase]) -> None:
        self.first_then(heading, [self.m.finding_line.format(text=said(self.m, s)) for s in steps])

    def first_then(self, heading: str, lines: Sequence[str], first: int = 1) -> None:
        """The next step (or date) up front; the ones after it folded away with the 'why', so the
        first message stays within a phone screen however many steps a verdict has. `first` lines
        go up front when they share one date (two things due before 1 July)."""
        if lines:
            self.blocks.append("\n".join([heading, *lines[:first]]))
        if len(lines) > first:
            self.details.append("\n".join([self.m.then_heading, *lines[first:]]))

    def adviser(self, needed: bool) -> None:
        """Where the rules alone don't settle it, say who to check with."""
        if needed:
            self.line(self.m.adviser_note)

    def explained(self, verdict: Explained) -> None:
        """Why (the findings with their quotes), what next, and the adviser note when it is owed."""
        self.steps(self.m.next_heading, verdict.next_steps)
        self.findings(self.m.why_heading, verdict.findings)
        self.adviser(verdict.needs_adviser)

    def text(self) -> str:
        """The outcome and what to do next: the first thing the student reads."""
        return "\n\n".join(self.blocks)

    def full(self) -> str:
        """Everything the student can read, the folded 'why' included."""
        return "\n\n".join([*self.blocks, *self.details])

    def detail(self) -> str:
        """Why, with the page's sentences: behind the outcome, for whoever wants to check."""
        return "\n\n".join(self.details)


def _first_condition(m: Messages, findings: Sequence[Finding]) -> str:
    """The condition a headline names first: what goes against the student, then what is still open."""
    open_ = conditions(findings)
    if open_:
        return said(m, open_[0])
    return next((said(m, f) for f in findings if f.effect == "limits"), "")


def headline(
    m: Messages, strength: Strength, ec: int, findings: Sequence[Finding], templates: tuple[str, str, str]
) -> str:
    """The verdict's first line is its weakest finding: ✅ only when nothing is left open."""
    certain, conditional, excluded = templates
    if strength is Strength.EXCLUDED:
        # The reason belongs beside the ❌, not only folded away under "Why".
        reason = next((said(m, f) for f in findings if f.effect == "blocks"), "")
        return f"{excluded} {reason}".strip()
    if strength is Strength.CONDITIONAL:
        return conditional.format(ec=ec, condition=_first_condition(m, findings))
    return certain.format(ec=ec)


def half_credit(rounded: HalfCredit, m: Messages) -> Presented:
    """A course known only by its EC: what rounding down alone decides."""
    out = Presented(m)
    headline = m.half_credit_nothing if rounded.counted == 0 else m.half_credit_headline
    out.line(headline.format(offered=number(rounded.offered), counted=rounded.counted))
    for graded in rounded.grade:
        out.line(said(m, graded))
    out.findings(m.why_heading, (rounded.finding, *rounded.grade))
    out.adviser(bool(rounded.grade))
    return out


def half_credits(rounded: HalfCredits, m: Messages) -> Presented:
    """Several courses known only by their EC: each rounded down, and what that leaves in all."""
    out = Presented(m)
    each = m.half_credits_item
    items = ", ".join(
        each.format(offered=number(o), counted=c)
        for o, c in zip(rounded.offered, rounded.counted, strict=True)
    )
    out.line(m.half_credits_headline.format(items=items, total=rounded.total))
    out.findings(m.why_heading, (rounded.finding,))
    return out


_UPGRADE_OPTION = ("upgrade_only_research_group_lab", "option")
"""A Research group or Lab judged below 400, which the upgrade could take to 400."""

_LEADING = frozenset(
    {
        ("permission_before_start", "late"),
        ("permission_before_start", "begun"),
        ("grade_five_and_half", "rounded"),
        ("grade_five_and_half", "below"),
    }
)
"""Findings that decide whether a course can count at all: they lead, the EC follow."""


def course(verdict: CourseVerdict, m: Messages, *, upgrade_asked: bool = False) -> Presented:
    """One course's verdict; `upgrade_asked`: the student has said whether they want the upgrade
    (the /course dialog asks), so a Lab's upgrade is not offered again up front."""
    out = Presented(m)
    capped = verdict.status is CreditStatus.CAPPED
    # Within a cap is no doubt in itself: a cap that cuts the EC, or a condition still open, is.
    cut = capped and verdict.ec_counted < round_down(verdict.ec_offered)
    strength = weakest(verdict.findings, verdict.ec_counted, cut=cut)
    if verdict.status is CreditStatus.DOES_NOT_COUNT:
        strength = Strength.EXCLUDED
    conditional = m.course_capped if capped else m.course_conditional
    if cut:
        # "Can count for 3 EC" of a 5 EC course would say a course can be split: the page doesn't.
        offered = number(Decimal(round_down(verdict.ec_offered)))
        conditional = m.course_cut.format(ec="{ec}", offered=offered, condition="{condition}")
    lead = next((f for f in verdict.findings if (f.clause, f.key) in _LEADING), None)
    if lead is not None and strength is not Strength.EXCLUDED:
        out.line(m.course_open.format(condition=said(m, lead), ec=verdict.ec_counted))
    else:
        templates = (m.course_counts, conditional, m.course_not)
        out.line(headline(m, strength, verdict.ec_counted, verdict.findings, templates))
    # An ArtScience course whose level the page leaves open: what the other level would count,
    # beside the headline, not only among the reasons; it names who to ask, in place of the
    # general adviser note.
    ranged = [f for f in verdict.findings if (f.clause, f.key) == ("artscience_translation", "range_more")]
    for finding in ranged:
        out.line(m.course_range_more.format(**finding.values))
    # A Lab or Research group judged below 400: the upgrade that would let it count whole, up front.
    for finding in (f for f in verdict.findings if (f.clause, f.key) == _UPGRADE_OPTION):
        if not upgrade_asked:
            out.line(said(m, finding))
    out.steps(m.next_heading, verdict.next_steps)
    out.findings(m.why_heading, verdict.findings)
    out.adviser(verdict.needs_adviser and not ranged)
    return out


def project(verdict: ProjectVerdict, m: Messages) -> Presented:
    out = Presented(m)
    capped = verdict.status.value == "capped"
    strength = weakest(verdict.findings, verdict.ec_counted, cut=capped)
    # Capped, the headline says of how many: "3 of the 4 EC" tells the student 1 EC won't count.
    offered = number(verdict.ec_offered)
    capped_line = m.project_capped.format(ec="{ec}", offered=offered, condition="{condition}")
    conditional = capped_line if capped else m.project_conditional
    templates = (m.project_counts, conditional, m.project_not)
    out.line(headline(m, strength, verdict.ec_counted, verdict.findings, templates))
    out.explained(verdict)
    return out


def courses(
    verdicts: Sequence[CourseVerdict],
    m: Messages,
    levels: Sequence[int | None] = (),
    kinds: Sequence[str | None] = (),
) -> Presented:
    """Several courses of one question: each verdict in turn, then what they count for together.
    Each is named by its kind (an ArtScience Lab) or its level where known: two courses of 5 EC
    are told apart by it."""
    out = Presented(m)
    offered = sum((v.ec_offered for v in verdicts), Decimal(0))
    counted = sum(v.ec_counted for v in verdicts)
    if counted == offered:
        out.line(m.courses_total_all.format(offered=number(offered)))
    else:
        out.line(m.courses_total.format(counted=counted, offered=number(offered)))
    for n, verdict in enumerate(verdicts, start=1):
        one = course(verdict, m)
        level = levels[n - 1] if n <= len(levels) else None
        kind = kinds[n - 1] if n <= len(kinds) else None
        name = m.artscience_kinds.get(kind) if kind is not None else None
        item = m.course_item_named if name else (m.course_item if level is None else m.course_item_level)
        said = item.format(n=n, ec=number(verdict.ec_offered), level=level, name=name)
        crowded = _crowded(verdict, verdicts[: n - 1], m)
        out.line(said + "\n" + (crowded or one.blocks[0]))
        # Crowded out, "you have already used" the cap is no reason: the line above says why.
        reasons = [f for f in verdict.findings if not (crowded and f.key == "full")]
        out.findings(m.why_heading, reasons)
        for citation in one.citations:
            if citation not in out.citations:
                out.citations.append(citation)
    out.adviser(any(v.needs_adviser for v in verdicts))
    return out


def _crowded(verdict: CourseVerdict, before: Sequence[CourseVerdict], m: Messages) -> str | None:
    """A course a cap leaves no room for only because courses named before it in the same
    question filled it ("5 EC level 300 and also 3 EC level 200"): not "you have already used"
    the cap, for the order the student named them in decides nothing on the page."""
    full = next((f for f in verdict.findings if f.key == "full" and f.clause in m.course_crowded), None)
    if full is None or verdict.ec_counted:
        return None
    filled = any(v.ec_counted and any(f.clause == full.clause for f in v.findings) for v in before)
    return m.course_crowded[full.clause].format(**full.values) if filled else None


URGENT_CLAUSES = (
    "ind_notified",
    "examiners_decide",
    "positive_decision",
    "negative_decision",
    "decision_by_email",
    "appeal_deadline",
    "appeal_immigration_office",
    "circumstances_on_time",
)
"""Short on the check day: what follows, and whether circumstances can still be reported."""


def _found(findings: Iterable[Finding], clause: str, key: str) -> Finding | None:
    return next((f for f in findings if (f.clause, f.key) == (clause, key)), None)


def _first_period(
    out: Presented, verdict: ProgressVerdict, first: FirstPeriod, m: Messages, *, first_told: bool = False
) -> None:
    """A February starter past the first period: what the page says of it, and of the years after;
    `first_told`: the student gave that period's EC apart, so it is judged apart (not "can't tell")."""
    out.line(
        m.progress_silent_february.format(
            start=day(first.start, m),
            deadline=day(first.deadline, m),
            required=number(first.required),
            full=number(first.full_year),
            year_start=day(verdict.period_start, m),
            next_check=day(verdict.deadline, m),
        )
    )
    said_of_first = {
        "obtained": number(verdict.ec_obtained),
        "start": day(first.start, m),
        "deadline": day(first.deadline, m),
        "required": number(first.required),
    }
    if first.this_year:
        _first_period_this_year(out, verdict, first, m, first_told=first_told)
    elif first.short_by is not None:
        out.line(m.progress_first_period_short.format(short=number(first.short_by), **said_of_first))
    elif verdict.ec_obtained > 0:
        out.line(m.progress_first_period_met.format(**said_of_first))


def _first_period_this_year(
    out: Presented, verdict: ProgressVerdict, first: FirstPeriod, m: Messages, *, first_told: bool
) -> None:
    """EC counted from this year's first day: how far they go to the general rule's figure, and
    that the first period's check, which they do not cover, stays open."""
    values = {
        "obtained": number(verdict.ec_obtained),
        "full": number(first.full_year),
        "needed": number(first.year_needed),
        "pending": number(verdict.ec_pending),
        "total": number(verdict.ec_obtained + verdict.ec_pending),
        "year_start": day(verdict.period_start, m),
        "next_check": day(verdict.deadline, m),
        "start": day(first.start, m),
        "deadline": day(first.deadline, m),
        "required": number(first.required),
    }
    met = first.year_needed == 0
    out.line((m.progress_february_year_met if met else m.progress_february_year_short).format(**values))
    if verdict.ec_pending > 0 and not met:
        out.line(m.progress_february_year_pending.format(**values))
    if not first_told:
        out.line(m.progress_first_period_unknown.format(**values))


def _behind_in_short(out: Presented, verdict: ProgressVerdict, m: Messages) -> None:
    """Short on the check day, in a dialog's first message: what follows in one line (the
    decision, the IND, the appeal and the Immigration Office step), then whether circumstances
    can still be reported; each finding in full stays in the folded 'why'."""
    appeal = _found(verdict.findings, "appeal_deadline", "after_decision")
    weeks = appeal.values.get("weeks", "") if appeal is not None else ""
    out.line(m.progress_behind_next.format(weeks=weeks))
    closed = _found(verdict.findings, "circumstances_on_time", "passed")
    if closed is not None:
        out.line(m.progress_reporting_closed.format(date=_worded(closed.values["date"], m)))
    elif _found(verdict.findings, "short_premaster_check", "check") is not None:
        out.line(m.progress_reporting_unsaid)


def _premaster_open(out: Presented, verdict: ProgressVerdict, m: Messages) -> None:
    """A premaster started in February: the page's year stands, its check date is open; once that
    year from the start is over, said so."""
    out.line(m.progress_premaster_open)
    if (passed := _found(verdict.findings, "premaster", "february_passed")) is not None:
        out.line(m.warning_line.format(text=said(m, passed)))


def progress(
    verdict: ProgressVerdict,
    m: Messages,
    *,
    totals_since: date | None = None,
    up_front_clauses: tuple[str, ...] = (),
    expected: bool = False,
    some_may_not_count: bool = False,
    compact: bool = False,
    first_told: bool = False,
) -> Presented:
    """The verdict, opened by its status; `totals_since` is the start of a student whose stated EC
    may be totals since an earlier academic year, so no status is claimed for this year's EC.
    `up_front_clauses`: the clauses whose dates go up front, beside the first: what the student asked
    about ("warnings") or told of (what held them back: the day to report it).
    `expected`: the EC are what the student expects to have by the check, not what they have.
    `some_may_not_count`: some of the EC may not count for the check (honours): no ✅ then.
    `compact`: a dialog's verdict, short at the check: what follows in one line (see `_behind_in_short`).
    `first_told`: the EC of an earlier year were given apart, and are judged apart."""
    out = Presented(m)
    values = {
        "start": day(verdict.period_start, m),
        "required": number(verdict.required_ec) if verdict.required_ec is not None else "",
        "obtained": number(verdict.ec_obtained),
        "pending": number(verdict.ec_pending),
        "needed": number(verdict.ec_needed),
        "deadline": day(verdict.deadline, m),
        "days": verdict.days_left,
        "from_today": from_today(verdict.days_left, m),
        "total": number(verdict.ec_obtained + verdict.ec_pending),
    }
    if any(f.clause == "premaster" and f.key == "february" for f in verdict.findings):
        # The page's rule for a premaster (the whole programme within a year) stands; only its
        # check date for a February start is open.
        _premaster_open(out, verdict, m)
    elif verdict.silent and verdict.first_period is not None:
        _first_period(out, verdict, verdict.first_period, m, first_told=first_told)
    elif verdict.silent and (ended := _found(verdict.findings, "premaster", "ended")) is not None:
        # The page says what follows an incomplete premaster: the finding says it, up front.
        out.line(m.warning_line.format(text=said(m, ended)))
    elif verdict.silent:
        out.line(m.progress_silent)
    elif verdict.required_ec is not None and totals_since is not None and totals_since < verdict.period_start:
        out.line(m.progress_per_year.format(**values))
        if verdict.ec_needed > 0:
            out.line(m.progress_per_year_short.format(**values))
    elif verdict.required_ec is None:
        out.line(m.progress_premaster.format(**values))
    elif expected and verdict.status in (ProgressStatus.MET, ProgressStatus.UNDER_WAY):
        met = verdict.status is ProgressStatus.MET
        out.line((m.progress_expected_met if met else m.progress_expected_short).format(**values))
    elif verdict.status is ProgressStatus.MET:
        out.line((m.progress_met_if_all_count if some_may_not_count else m.progress_met).format(**values))
    elif verdict.status is ProgressStatus.PENDING_WILL_MEET and some_may_not_count:
        # "Waiting for a UvA course where I got a 5.5": enough only if it counts, so no "no action
        # is required" either; the note on what may not count says whom to ask.
        out.line(m.progress_pending_if_all_count.format(**values))
    elif verdict.status is ProgressStatus.PENDING_WILL_MEET:
        out.line(
            (m.progress_pending_after if _judged_after_the_check(verdict) else m.progress_pending).format(
                **values
            )
        )
        # What the student most wants to know while credits wait: whether to do anything.
        for waiting in (f for f in verdict.findings if f.clause == "credits_pending"):
            out.line(said(m, waiting))
    elif verdict.status is ProgressStatus.UNDER_WAY:
        out.line(m.progress_under_way.format(**values))
    else:
        out.line(m.progress_behind.format(**values))
    # A premaster who did not say theirs is short: its earlier date, whatever the verdict above.
    for short in (
        f
        for f in verdict.findings
        if f.clause == "short_premaster_check" and f.key in ("if_short", "if_short_passed")
    ):
        out.line(said(m, short))
    if compact and verdict.status is ProgressStatus.BEHIND:
        _behind_in_short(out, verdict, m)
    else:
        out.line(m.progress_scope)
        # Short on the check day, what follows (the IND, the decision on reported circumstances),
        # and the reporting of circumstances closed: said up front, in that order, since they
        # change what the student can still do.
        urgent = sorted(
            (f for f in verdict.findings if f.clause in URGENT_CLAUSES),
            key=lambda f: URGENT_CLAUSES.index(f.clause),
        )
        for finding in urgent:
            out.line(said(m, finding))
    actions = verdict.actions
    if actions:
        up_front = [a for a in actions if a.on == actions[0].on]
        up_front += [a for a in actions if a.finding.clause in up_front_clauses and a not in up_front]
        actions = (*up_front, *(a for a in actions if a not in up_front))
        dated = [
            m.date_line.format(when=when(m, a, verdict.judged_on), text=said(m, a.finding)) for a in actions
        ]
        out.first_then(m.dates_heading, dated, first=len(up_front))
        for a in verdict.actions:
            if a.finding.citation not in out.citations:
                out.citations.append(a.finding.citation)
    out.findings(m.why_heading, verdict.findings)
    out.adviser(verdict.needs_adviser)
    return out


def february_year_more(out: Presented, verdict: ProgressVerdict, more: Decimal, m: Messages) -> None:
    """A February starter's EC of this year with `more` still to come beside them, against the
    general rule's figure (the first period's check stays open)."""
    first = verdict.first_period
    if first is None or not first.this_year:
        return
    total = verdict.ec_obtained + verdict.ec_pending + more
    short = max(Decimal(0), first.full_year - total)
    template = m.progress_february_year_more_short if short else m.progress_february_year_more_met
    values = {"more": number(more), "total": number(total), "full": number(first.full_year)}
    # Right under this year's line, which follows the headline: it answers "what if I get 12 more?".
    out.blocks.insert(2, template.format(short=number(short), next_check=day(verdict.deadline, m), **values))


def more_to_come(
    out: Presented,
    verdict: ProgressVerdict,
    more: Decimal,
    m: Messages,
    *,
    said: Decimal | None = None,
    waiting: bool = False,
    checked: bool = False,
    elsewhere: bool = False,
) -> None:
    """What another amount the student names would change, if it is still to come: `verdict` is
    the rule core's verdict with that amount counted as pending. `said` is the amount as the
    student wrote it, where half credits made `more` smaller ("a 4.5 EC course": 4 EC).
    `waiting`: the amount is what the student said they are waiting for (a dialog's answer).
    `checked`: the check has passed, so the amount counts only if obtained by then.
    `elsewhere`: the amount is from another university, which reaches uSis only after the student
    sends proof (said beside it), so never "no action is required"."""
    if verdict.required_ec is None or verdict.silent:
        return
    total = verdict.ec_obtained + more
    rounded = said is not None and said != more
    values = {
        "more": number(said if rounded and said is not None else more),
        "rounded": m.progress_more_rounded.format(counted=number(more)) if rounded else "",
        "total": number(total),
        "deadline": day(verdict.deadline, m),
        "required": number(verdict.required_ec),
        "short": number(max(Decimal(0), verdict.required_ec - total)),
    }
    met = verdict.status is ProgressStatus.PENDING_WILL_MEET
    template = m.progress_more_met if met else m.progress_more_short
    if waiting and not met:
        template = m.progress_waiting_short
    if elsewhere and met:
        template = m.progress_more_met_elsewhere
    if checked:
        template = m.progress_more_met_checked if met else m.progress_more_short_checked
    # Right under the headline: it answers what the student asked ("if I pass them, am I safe?").
    out.blocks.insert(1, template.format(**values))


def with_assisting(
    out: Presented,
    asked: Decimal,
    assisted: Decimal,
    own: Decimal,
    cap: int,
    m: Messages,
    earlier: Decimal = Decimal(0),
) -> None:
    """Under an own project's verdict after assisting: the parts together, against the project cap;
    and when the assisting asked for is more than can count, how much of it does. `earlier` is
    own project work already approved, counted before this one."""
    if own <= 0:
        return
    if assisted <= 0:
        if own + earlier >= cap:
            # "A 6 EC project and also assist for 2 EC": the project alone fills the cap.
            out.blocks.insert(1, m.project_fills_cap.format(asked=number(asked), own=number(own), cap=cap))
        return
    if earlier:
        template = m.project_with_earlier
    else:
        template = m.project_with_assisting_capped if assisted < asked else m.project_with_assisting
    values = {
        "asked": number(asked),
        "assisted": number(assisted),
        "earlier": number(earlier),
        "total": number(assisted + own + earlier),
        "cap": cap,
    }
    out.blocks.insert(1, template.format(**values))


def room_left(out: Presented, verdicts: Sequence[CourseVerdict], usage: CapUsage, m: Messages) -> None:
    """Under verdicts below level 400: how much of the caps is left for other courses ("can I
    still take a level 300 course, and how big?")."""
    if not any(v.status is CreditStatus.CAPPED for v in verdicts):
        return
    below = usage.below_400
    if below.remaining == 0:
        out.line(m.room_none.format(cap=below.cap))
        return
    intro = min(usage.introductory.remaining, below.remaining)
    out.line(m.room_left.format(below=below.remaining, cap=below.cap, intro=intro))


def _judged_after_the_check(verdict: ProgressVerdict) -> bool:
    """Judged as of a check already past: credits waiting are said in the past tense."""
    return any((f.clause, f.key) == ("credits_pending", "no_action_after") for f in verdict.findings)


def from_today(days: int, m: Messages) -> str:
    """ "today", "1 day from today", "12 days from today": never "0 days" or "1 days"."""
    if days == 0:
        return m.days_zero
    return m.days_one if days == 1 else m.days_many.format(days=days)


def first_check(started: date, first: date, today: date, m: Messages) -> str:
    """The first check for a start the question gives: a student who started in February 2025
    asking "by when?" is not told only this year's date."""
    template = m.first_check_passed if first < today else m.first_check_ahead
    return template.format(month=m.dates.months[started.month - 1], year=started.year, date=day(first, m))


def short_premaster_check(check: date, today: date, m: Messages) -> str:
    """A short premaster's check under an answer about "the check": 31 January, not 31 August."""
    if check < today:
        return m.short_premaster_check_passed.format(date=day(check, m))
    ahead = from_today((check - today).days, m)
    return m.short_premaster_check_ahead.format(date=day(check, m), from_today=ahead)


def yearly(deadline: YearlyDeadline, m: Messages, *, looking_back: bool = False) -> str:
    """This year's date under an answer that gives the rule ("before 1 July"); for a student telling
    of last academic year, first that year's date, which has passed."""
    if deadline.check:
        ahead = m.check_ahead.format(date=day(deadline.on, m), from_today=from_today(deadline.days, m))
        if deadline.recent is not None:
            # Just after a check, the year's own check is as much the answer: "what do I need
            # this year?" in October is about next 31 August, not only the one just gone.
            return m.check_recent.format(date=day(deadline.recent, m)) + "\n" + ahead
        return ahead
    template = m.deadline_passed if deadline.passed else m.deadline_ahead
    if deadline.days == 1:
        template = m.deadline_tomorrow
    this_year = template.format(date=day(deadline.on, m), from_today=from_today(deadline.days, m))
    if (looking_back or deadline.just_checked) and deadline.previous is not None and not deadline.passed:
        last_year = m.decision_last_year if deadline.decision else m.deadline_last_year
        return last_year.format(date=day(deadline.previous, m)) + "\n" + this_year
    return this_year


def _headed_by_date(
    m: Messages, on: date, passed: bool, ahead: str, gone: str, **values: object
) -> Presented:
    """A verdict that opens with its deadline: still ahead, or passed (never shown as a deadline)."""
    out = Presented(m)
    out.line((gone if passed else ahead).format(date=day(on, m), **values))
    return out


def circumstances(guide: CircumstanceGuide, m: Messages) -> Presented:
    if guide.last_check is not None:
        return _circumstances_after_check(guide, guide.last_check, m)
    out = _headed_by_date(
        m, guide.deadline, guide.deadline_passed, m.circumstances_deadline, m.circumstances_passed
    )
    # What goes against the student (a circumstance cited before still leads to the IND) comes
    # before the steps, not among the reasons.
    for warning in (f for f in guide.findings if f.effect == "warning" and f.clause == "personal_once"):
        out.line(said(m, warning))
    out.steps(m.next_heading, guide.steps)
    out.findings(m.why_heading, (*guide.steps, *guide.findings))
    out.adviser(guide.needs_adviser)
    return out


def _circumstances_after_check(guide: CircumstanceGuide, check: date, m: Messages) -> Presented:
    """Just after a check: first what the year it checked still holds (its reporting deadline
    passed, the decision by e-mail, the appeal), then the new year's date; the steps fold away."""
    out = Presented(m)
    # The appeal's line names the Immigration Office step: that finding is in the 'why' only.
    shown = [f for f in guide.after_check if f.clause != "appeal_immigration_office"]
    for n, finding in enumerate(shown):
        out.line(m.warning_line.format(text=said(m, finding)) if n == 0 else said(m, finding))
    out.line(m.circumstances_next_year.format(date=day(guide.deadline, m)))
    for warning in (f for f in guide.findings if f.effect == "warning" and f.clause == "personal_once"):
        out.line(said(m, warning))
    lines = [m.finding_line.format(text=said(m, s)) for s in guide.steps]
    out.details.append("\n".join([m.next_heading, *lines]))
    out.findings(m.why_heading, (*guide.after_check, *guide.steps, *guide.findings))
    return out


def appeal(deadline: AppealDeadline, m: Messages) -> Presented:
    ahead = m.appeal_today if deadline.due_today else m.appeal_line
    out = _headed_by_date(
        m,
        deadline.last_day,
        deadline.passed,
        ahead,
        m.appeal_passed,
        weeks=deadline.weeks,
        decision=day(deadline.decision_date, m),
    )
    # While an appeal is possible, the step that keeps the IND waiting is said up front.
    for step in (f for f in deadline.findings if f.clause == "appeal_immigration_office"):
        out.line(said(m, step))
    out.findings(m.why_heading, deadline.findings)
    return out


def caps(usage: CapUsage, m: Messages) -> str:
    lines = [m.caps_heading]
    for label, used, cap in (
        (m.cap_below_400, usage.below_400.used, usage.below_400.cap),
        (m.cap_introductory, usage.introductory.used, usage.introductory.cap),
        (m.cap_project, usage.project.used, usage.project.cap),
        (m.cap_assisting, usage.assisting.used, usage.assisting.cap),
    ):
        lines.append(m.cap_line.format(label=label, used=number(used), cap=number(cap)))
    lines.append(m.assisted_yes if usage.has_assisted else m.assisted_no)
    lines.append(m.been_assisted_yes if usage.has_been_assisted else m.been_assisted_no)
    return "\n".join(lines)
