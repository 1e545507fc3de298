"""The student's stored ledger, seen by the rule core as an elective record."""

from __future__ import annotations

from bot.dialogs.state import Ledger
from bot.rules.electives import ElectiveRecord, RecordedCourse, RecordedProject
from bot.rules.projects import ProjectKind


def elective_record(ledger: Ledger) -> ElectiveRecord:
    """Courses and projects as the caps see them; having assisted follows from the projects."""
    courses = tuple(
        RecordedCourse(name=i.name, ec_counted=i.ec_counted, level=i.level)
        for i in ledger.items
        if i.kind == "course" and i.level is not None
    )
    projects = tuple(
        RecordedProject(name=i.name, ec_counted=i.ec_counted, kind=ProjectKind(i.project_kind))
        for i in ledger.items
        if i.kind == "project" and i.project_kind is not None
    )
    return ElectiveRecord(
        courses=courses,
        projects=projects,
        has_assisted=any(p.kind is ProjectKind.ASSISTING for p in projects),
        has_been_assisted=ledger.been_assisted,
    )
