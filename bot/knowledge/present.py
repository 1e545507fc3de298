"""Verdicts of the rule core as text a student reads on a phone: headline, why, what next.

One presenter for both paths (a dialog's result and a question with numbers), so a verdict reads
the same wherever it is asked. Every line comes from the rulebook's clauses or `messages.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Protocol

from bot.citation import Citation
from bot.knowledge.messages import Messages
from bot.rules.circumstances import AppealDeadline, CircumstanceGuide
from bot.rules.electives import CapUsage, CourseStatus, CourseVerdict
from bot.rules.parsing import spoken_date
from bot.rules.progress import ProgressStatus, ProgressVerdict
from bot.rules.projects import ProjectVerdict
from bot.rules.rulebook import Finding


def day(d: date) -> str:
    """A date as students read it: 31 August 2027."""
    return spoken_date(d)


def number(value: Decimal | int) -> str:
    """7, 7.5 — never 7.0 or 7.50."""
    text = f"{Decimal(value).normalize():f}"
    return text


class Explained(Protocol):
    """A verdict that says why and what next: a course's or a project's."""

    @property
    def findings(self) -> tuple[Finding, ...]: ...
    @property
    def next_steps(self) -> tuple[str, ...]: ...
    @property
    def needs_adviser(self) -> bool: ...


class Presented:
    """Text blocks and the citations behind them, built up in order."""

    def __init__(self, messages: Messages) -> None:
        self.m = messages
        self.blocks: list[str] = []
        self.citations: list[Citation] = []

    def line(self, text: str) -> None:
        if text:
            self.blocks.append(text)

    def findings(self, heading: str, findings: Iterable[Finding]) -> None:
        lines: list[str] = []
        for f in findings:
            lines.append(self.m.finding_line.format(text=f.text))
            lines.append(self.m.finding_quote.format(quote=f.citation.quote))
            if f.citation not in self.citations:
                self.citations.append(f.citation)
        if lines:
            self.blocks.append("\n".join([heading, *lines]))

    def steps(self, heading: str, steps: Sequence[str]) -> None:
        if steps:
            self.blocks.append("\n".join([heading, *(self.m.finding_line.format(text=s) for s in steps)]))

    def adviser(self, needed: bool) -> None:
        """Where the rules alone don't settle it, say who to check with."""
        if needed:
            self.line(self.m.adviser_note)

    def explained(self, verdict: Explained) -> None:
        """Why (the findings with their quotes), what next, and the adviser note when it is owed."""
        self.findings(self.m.why_heading, verdict.findings)
        self.steps(self.m.next_heading, verdict.next_steps)
        self.adviser(verdict.needs_adviser)

    def text(self) -> str:
        return "\n\n".join(self.blocks)


def course(verdict: CourseVerdict, m: Messages) -> Presented:
    out = Presented(m)
    headline = {
        CourseStatus.COUNTS: m.course_counts,
        CourseStatus.CAPPED: m.course_capped,
        CourseStatus.DOES_NOT_COUNT: m.course_not,
    }[verdict.status]
    out.line(headline.format(ec=verdict.ec_counted))
    out.explained(verdict)
    return out


def project(verdict: ProjectVerdict, m: Messages) -> Presented:
    out = Presented(m)
    if verdict.ec_counted <= 0:
        out.line(m.project_not)
    elif verdict.status.value == "counts":
        out.line(m.project_counts.format(ec=verdict.ec_counted))
    else:
        out.line(m.project_capped.format(ec=verdict.ec_counted))
    out.explained(verdict)
    return out


def progress(verdict: ProgressVerdict, m: Messages) -> Presented:
    out = Presented(m)
    values = {
        "required": number(verdict.required_ec) if verdict.required_ec is not None else "",
        "obtained": number(verdict.ec_obtained),
        "pending": number(verdict.ec_pending),
        "needed": number(verdict.ec_needed),
        "deadline": day(verdict.deadline),
        "days": verdict.days_left,
    }
    if verdict.required_ec is None:
        out.line(m.progress_premaster.format(**values))
    elif verdict.status is ProgressStatus.MET:
        out.line(m.progress_met.format(**values))
    elif verdict.status is ProgressStatus.PENDING_WILL_MEET:
        out.line(m.progress_pending.format(**values))
    else:
        out.line(m.progress_behind.format(**values))
    out.findings(m.why_heading, verdict.findings)
    dated = [
        m.date_line.format(when=a.when_text or (day(a.on) if a.on else ""), text=a.finding.text)
        for a in verdict.actions
    ]
    if dated:
        out.line("\n".join([m.dates_heading, *dated]))
        for a in verdict.actions:
            if a.finding.citation not in out.citations:
                out.citations.append(a.finding.citation)
    out.adviser(verdict.needs_adviser)
    return out


def circumstances(guide: CircumstanceGuide, m: Messages) -> Presented:
    out = Presented(m)
    out.line(m.circumstances_deadline.format(date=day(guide.deadline)))
    out.findings(m.next_heading, guide.steps)
    out.findings(m.why_heading, guide.findings)
    out.adviser(guide.needs_adviser)
    return out


def appeal(deadline: AppealDeadline, m: Messages) -> Presented:
    out = Presented(m)
    out.line(m.appeal_line.format(date=day(deadline.last_day)))
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
