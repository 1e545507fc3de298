"""The uSis petition: the path for each kind, and the seven details of "explanation student"."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from bot.rules.parsing import parse_ec, spoken_date
from bot.rules.rulebook import Finding, Rulebook


class PetitionKind(StrEnum):
    REPLACE_COMPULSORY = "replace_compulsory"
    INTERNAL_ELECTIVE = "internal_elective"
    EXTERNAL_ELECTIVE = "external_elective"
    EXTRACURRICULAR = "extracurricular"


class PetitionPath(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: PetitionKind
    kind_label: str
    step6_link: str
    step7_choice: str
    findings: tuple[Finding, ...]


def petition_path(book: Rulebook, kind: PetitionKind) -> PetitionPath:
    """Which link to click at step 6 and what to choose at step 7, for this kind of petition."""
    prefix = f"petition.{kind.value}"
    label, link, choice = (book.text(f"{prefix}.{part}") for part in ("label", "step6", "step7"))
    step6 = Finding(
        clause="petition_step6",
        citation=book.parameter(f"{prefix}.step6").citation,
        effect="action",
        text=book.say("petition_step6", "info", kind=label, link=link),
    )
    step7 = Finding(
        clause="petition_step7",
        citation=book.parameter(f"{prefix}.step7").citation,
        effect="action",
        text=book.say("petition_step7", "info", kind=label, choice=choice),
    )
    return PetitionPath(
        kind=kind, kind_label=label, step6_link=link, step7_choice=choice, findings=(step6, step7)
    )


def route_for_project(book: Rulebook) -> Finding:
    """Elective projects are not petitioned in uSis: a proposal goes to the Board."""
    return book.finding("project_proposal", "route", "action")


FIELDS = (
    "ec",
    "level",
    "institute_department",
    "course_description",
    "study_guide_link",
    "motivation",
    "start_date",
)
_LINK = re.compile(r"^https?://[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(/\S*)?$", re.IGNORECASE)


class ExplanationDraft(BaseModel):
    """The seven details, as far as the student has given them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ec: str | None = None
    level: str | None = None
    institute_department: str | None = None
    course_description: str | None = None
    study_guide_link: str | None = None
    motivation: str | None = None
    start_date: date | None = None
    level_upgrade: str | None = None
    """The requested ArtScience level upgrade, in the clause's words: the page wants it in the
    application, after the seven details (it is not one of them, so it is never required)."""


class FieldError(BaseModel):
    model_config = ConfigDict(frozen=True)

    field: str
    message: str


class ExplanationResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    errors: tuple[FieldError, ...]
    notes: tuple[str, ...]
    text: str | None


def explanation_labels(book: Rulebook) -> tuple[str, ...]:
    """The seven details' labels in the page's order."""
    return tuple(book.text(f"explanation.{field}") for field in FIELDS)


def _field_error(book: Rulebook, field: str, value: object, today: date) -> str | None:
    label = book.text(f"explanation.{field}")
    if value is None or (isinstance(value, str) and not value.strip()):
        return book.say("explanation_details", "missing", label=label)
    if field == "ec":
        ec = parse_ec(str(value))
        if ec is None or ec <= 0:
            return book.say("explanation_details", "ec_invalid", label=label)
    if field == "study_guide_link" and not _LINK.match(str(value).strip()):
        return book.say("explanation_details", "link_invalid", label=label)
    if field == "motivation":
        words = book.integer("explanation.motivation_min_words")
        if len(str(value).split()) < words:
            return book.say("explanation_details", "motivation_short", label=label, words=words)
    if field == "start_date" and isinstance(value, date) and value <= today:
        return book.say("permission_before_start", "field_late", date=spoken_date(value))
    return None


def check_explanation(book: Rulebook, draft: ExplanationDraft, today: date) -> ExplanationResult:
    """Field-by-field errors, or the paste-ready "explanation student" text."""
    errors: list[FieldError] = []
    notes: list[str] = []
    for field in FIELDS:
        problem = _field_error(book, field, getattr(draft, field), today)
        if problem is not None:
            errors.append(FieldError(field=field, message=problem))
    ec = parse_ec(draft.ec) if draft.ec else None
    if ec is not None and ec > 0 and ec != Decimal(int(ec)):
        notes.append(book.say("half_credits", "draft", offered=ec, counted=int(ec)))
    if errors:
        return ExplanationResult(errors=tuple(errors), notes=tuple(notes), text=None)
    values = {field: getattr(draft, field) for field in FIELDS}
    values["ec"] = f"{ec} EC" if ec is not None else values["ec"]
    values["start_date"] = spoken_date(draft.start_date) if draft.start_date else ""
    lines = [
        f"{label}: {' '.join(str(values[f]).split())}"
        for label, f in zip(explanation_labels(book), FIELDS, strict=True)
    ]
    if draft.level_upgrade:
        lines.append(draft.level_upgrade)
    return ExplanationResult(errors=(), notes=tuple(notes), text="\n".join(lines))
