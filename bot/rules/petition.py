"""The uSis petition: the path for each kind, and the seven details of "explanation student"."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from enum import StrEnum

from bot.rules.frozen import Frozen, Strict
from bot.rules.parameters import ParameterId
from bot.rules.parsing import parse_ec
from bot.rules.rulebook import Finding, Phrase, Rulebook, Value


class PetitionKind(StrEnum):
    REPLACE_COMPULSORY = "replace_compulsory"
    INTERNAL_ELECTIVE = "internal_elective"
    EXTERNAL_ELECTIVE = "external_elective"
    EXTRACURRICULAR = "extracurricular"


PATH_PARAMETERS: dict[PetitionKind, tuple[ParameterId, ParameterId, ParameterId]] = {
    PetitionKind.REPLACE_COMPULSORY: (
        ParameterId.PETITION_REPLACE_COMPULSORY_LABEL,
        ParameterId.PETITION_REPLACE_COMPULSORY_STEP6,
        ParameterId.PETITION_REPLACE_COMPULSORY_STEP7,
    ),
    PetitionKind.INTERNAL_ELECTIVE: (
        ParameterId.PETITION_INTERNAL_ELECTIVE_LABEL,
        ParameterId.PETITION_INTERNAL_ELECTIVE_STEP6,
        ParameterId.PETITION_INTERNAL_ELECTIVE_STEP7,
    ),
    PetitionKind.EXTERNAL_ELECTIVE: (
        ParameterId.PETITION_EXTERNAL_ELECTIVE_LABEL,
        ParameterId.PETITION_EXTERNAL_ELECTIVE_STEP6,
        ParameterId.PETITION_EXTERNAL_ELECTIVE_STEP7,
    ),
    PetitionKind.EXTRACURRICULAR: (
        ParameterId.PETITION_EXTRACURRICULAR_LABEL,
        ParameterId.PETITION_EXTRACURRICULAR_STEP6,
        ParameterId.PETITION_EXTRACURRICULAR_STEP7,
    ),
}
"""For each kind of petition: its label, the link to click at step 6, what to choose at step 7."""


class PetitionPath(Frozen):
    kind: PetitionKind
    kind_label: str
    step6_link: str
    step7_choice: str
    findings: tuple[Finding, ...]


def petition_path(book: Rulebook, kind: PetitionKind) -> PetitionPath:
    """Which link to click at step 6 and what to choose at step 7, for this kind of petition."""
    label_id, step6_id, step7_id = PATH_PARAMETERS[kind]
    label, link, choice = book.text(label_id), book.text(step6_id), book.text(step7_id)
    step6 = book.finding("petition_step6", "info", "action", kind=label, link=link).model_copy(
        update={"citation": book.parameter(step6_id).citation}
    )
    step7 = book.finding("petition_step7", "info", "action", kind=label, choice=choice).model_copy(
        update={"citation": book.parameter(step7_id).citation}
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
LABELS: dict[str, ParameterId] = {
    "ec": ParameterId.EXPLANATION_EC,
    "level": ParameterId.EXPLANATION_LEVEL,
    "institute_department": ParameterId.EXPLANATION_INSTITUTE_DEPARTMENT,
    "course_description": ParameterId.EXPLANATION_COURSE_DESCRIPTION,
    "study_guide_link": ParameterId.EXPLANATION_STUDY_GUIDE_LINK,
    "motivation": ParameterId.EXPLANATION_MOTIVATION,
    "start_date": ParameterId.EXPLANATION_START_DATE,
}
"""The parameter holding each detail's label, as the page writes it."""
_LINK = re.compile(r"^https?://[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(/\S*)?$", re.IGNORECASE)


class ExplanationDraft(Strict):
    """The seven details, as far as the student has given them."""

    ec: str | None = None
    level: str | None = None
    institute_department: str | None = None
    course_description: str | None = None
    study_guide_link: str | None = None
    motivation: str | None = None
    start_date: date | None = None
    level_upgrade: Phrase | None = None
    """The requested ArtScience level upgrade, in the clause's words: the page wants it in the
    application, after the seven details (it is not one of them, so it is never required)."""


class FieldError(Frozen):
    field: str
    message: Phrase


class ExplanationResult(Frozen):
    errors: tuple[FieldError, ...]
    notes: tuple[Phrase, ...]
    details: tuple[tuple[str, Value], ...] | None
    """The seven details as (label, value) in the page's order, None while any is wrong: the
    presenter writes them as the text to paste (it words the start date)."""
    level_upgrade: Phrase | None = None


def explanation_labels(book: Rulebook) -> tuple[str, ...]:
    """The seven details' labels in the page's order."""
    return tuple(book.text(LABELS[field]) for field in FIELDS)


def _reads_as_level(book: Rulebook, text: str) -> bool:
    """A level in words ("Master 2nd year") is taken as written; one that is only a number must be
    one of Leiden's: a whole multiple of its lowest level ("5" or "450" is no level)."""
    number = text.strip()
    if not number.isdigit():
        return True
    lowest = min(book.integers(ParameterId.INTRODUCTORY_LEVELS))
    return int(number) >= lowest and int(number) % lowest == 0


def _below_master(book: Rulebook, text: str) -> bool:
    """A level that reads as below master: a Leiden level under the master level ("300", "level
    200"), or a year of a bachelor as another university states it ("Bachelor 3rd year")."""
    master = book.integer(ParameterId.MASTER_LEVEL)
    levels = [int(n) for n in re.findall(r"\b\d{3}\b", text)]
    if levels:
        return all(level < master for level in levels)
    word = book.text(ParameterId.EXPLANATION_BACHELOR_LEVEL_WORD).casefold()
    return re.search(rf"\b{re.escape(word)}", text.casefold()) is not None


def _field_error(book: Rulebook, field: str, value: object, today: date) -> Phrase | None:
    label = book.text(LABELS[field])
    if value is None or (isinstance(value, str) and not value.strip()):
        return book.phrase("explanation_details", "missing", label=label)
    if field == "ec":
        ec = parse_ec(str(value))
        if ec is None or ec <= 0:
            return book.phrase("explanation_details", "ec_invalid", label=label)
        load = book.ec(ParameterId.NOMINAL_STUDY_LOAD)
        if ec > load:
            return book.phrase("explanation_details", "ec_too_many", label=label, ec=ec, load=load)
    if field == "level" and not _reads_as_level(book, str(value)):
        lowest = min(book.integers(ParameterId.INTRODUCTORY_LEVELS))
        master = book.integer(ParameterId.MASTER_LEVEL)
        return book.phrase(
            "explanation_details",
            "level_unclear",
            label=label,
            level=str(value),
            lowest=lowest,
            master=master,
        )
    if field == "study_guide_link" and not _LINK.match(str(value).strip()):
        return book.phrase("explanation_details", "link_invalid", label=label)
    if field == "motivation":
        words = book.integer(ParameterId.EXPLANATION_MOTIVATION_MIN_WORDS)
        if len(str(value).split()) < words:
            return book.phrase("explanation_details", "motivation_short", label=label, words=words)
    if field == "start_date" and isinstance(value, date) and value <= today:
        return book.phrase("permission_before_start", "field_late", date=value)
    return None


def check_explanation(book: Rulebook, draft: ExplanationDraft, today: date) -> ExplanationResult:
    """Field-by-field errors, or the paste-ready "explanation student" text."""
    book = book.at(today)
    errors: list[FieldError] = []
    notes: list[Phrase] = []
    for field in FIELDS:
        problem = _field_error(book, field, getattr(draft, field), today)
        if problem is not None:
            errors.append(FieldError(field=field, message=problem))
    if draft.level and _reads_as_level(book, draft.level) and _below_master(book, draft.level):
        notes.append(
            book.phrase(
                "master_level",
                "draft_below",
                level=" ".join(draft.level.split()),
                cap=book.ec(ParameterId.BELOW_MASTER_CAP_EC),
                introductory=book.ec(ParameterId.INTRODUCTORY_CAP_EC),
            )
        )
    ec = parse_ec(draft.ec) if draft.ec else None
    if ec is not None and ec > 0 and ec != Decimal(int(ec)):
        notes.append(book.phrase("half_credits", "draft", offered=ec, counted=int(ec)))
    if errors:
        return ExplanationResult(errors=tuple(errors), notes=tuple(notes), details=None)
    values: dict[str, Value] = {
        field: value if isinstance(value, date) else " ".join(str(value).split())
        for field in FIELDS
        if (value := getattr(draft, field)) is not None
    }
    if ec is not None:
        values["ec"] = f"{ec} EC"
    details = tuple((label, values[f]) for label, f in zip(explanation_labels(book), FIELDS, strict=True))
    return ExplanationResult(
        errors=(), notes=tuple(notes), details=details, level_upgrade=draft.level_upgrade
    )
