"""The student's stored ledger: seen by the rule core as an elective record, and changed by the
effects dialogs name (add, remove, been assisted)."""

from __future__ import annotations

from bot.dialogs.state import Ledger, LedgerItem
from bot.rules.electives import ElectiveRecord, RecordedCourse, RecordedProject, recounted
from bot.rules.projects import ProjectKind
from bot.rules.rulebook import Rulebook


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


def with_item(ledger: Ledger, item: LedgerItem) -> Ledger:
    """The ledger with the item added under the next free id."""
    added = item.model_copy(update={"id": ledger.next_id})
    return ledger.model_copy(update={"items": (*ledger.items, added), "next_id": ledger.next_id + 1})


def without_item(ledger: Ledger, item_id: int, book: Rulebook) -> tuple[Ledger, LedgerItem | None]:
    """The ledger without the item, and the item removed (None: it was gone already). The courses
    left are counted again: a removed level 300 course frees its share of the caps for the rest."""
    gone = next((i for i in ledger.items if i.id == item_id), None)
    kept = tuple(i for i in ledger.items if i.id != item_id)
    again = [i for i in kept if i.kind == "course" and i.level is not None and i.ec_offered is not None]
    counted = dict(
        zip(
            (i.id for i in again),
            recounted(book, [(i.level or 0, i.ec_offered or 0) for i in again]),
            strict=True,
        )
    )
    kept = tuple(i.model_copy(update={"ec_counted": counted[i.id]}) if i.id in counted else i for i in kept)
    return ledger.model_copy(update={"items": kept}), gone


def with_assisted_toggled(ledger: Ledger) -> Ledger:
    return ledger.model_copy(update={"been_assisted": not ledger.been_assisted})
