"""The use-cases: the decisions callers used to make themselves are made here, once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.rules.credits import CreditStatus
from bot.rules.electives import ArtScienceType, ElectiveRecord, Provider, assess_course
from bot.rules.projects import ProjectKind
from bot.rules.usecases import (
    CourseQuestion,
    Honours,
    ProjectQuestion,
    beyond_study_load,
    check_course,
    check_project,
    course_of,
    half_credit,
    petition_too_late,
)
from tests.knowledge_base import BOOK, TODAY

EMPTY = ElectiveRecord()


def _course(**changes: object) -> CourseQuestion:
    base = CourseQuestion(name="Sound design", ec=Decimal(6), provider=Provider.LEIDEN, level=400)
    return base.model_copy(update=changes)


def test_an_unsure_honours_answer_is_a_note_not_a_block() -> None:
    unsure = check_course(BOOK, _course(honours=Honours.UNKNOWN), EMPTY, TODAY)
    assert unsure.verdict.status is CreditStatus.COUNTS
    assert [n.clause for n in unsure.notes] == ["honours_courses"]
    assert unsure.recordable and unsure.needs_petition


def test_an_honours_course_is_blocked_and_neither_recorded_nor_petitioned() -> None:
    honours = check_course(BOOK, _course(honours=Honours.YES), EMPTY, TODAY)
    assert honours.verdict.status is CreditStatus.DOES_NOT_COUNT
    assert honours.notes == ()
    assert not honours.recordable and not honours.needs_petition


def test_artscience_has_types_and_other_providers_levels() -> None:
    art = course_of(_course(provider=Provider.ARTSCIENCE, artscience_type=ArtScienceType.LAB))
    assert art.level is None and art.artscience_type is ArtScienceType.LAB
    leiden = course_of(_course(artscience_type=ArtScienceType.LAB))
    assert leiden.level == 400 and leiden.artscience_type is None


def test_the_half_credit_finding_is_the_course_verdicts_own() -> None:
    rounded = half_credit(BOOK, Decimal("7.5"), TODAY)
    assert rounded is not None and rounded.counted == 7
    course = course_of(_course(ec=Decimal("7.5")))
    made = [f for f in assess_course(BOOK, course, EMPTY, TODAY).findings if f.clause == "half_credits"]
    assert made == [rounded.finding]
    assert half_credit(BOOK, Decimal(6), TODAY) is None


def test_assisting_again_as_said_equals_assisting_again_as_recorded() -> None:
    said = ProjectQuestion(name="help", ec=Decimal(3), kind=ProjectKind.ASSISTING, assisted_before=True)
    recorded = EMPTY.model_copy(update={"has_assisted": True})
    assert (
        check_project(BOOK, said, EMPTY).verdict
        == check_project(BOOK, said.model_copy(update={"assisted_before": False}), recorded).verdict
    )
    assert not check_project(BOOK, said, EMPTY).recordable


def test_more_ec_than_the_years_nominal_load_are_flagged() -> None:
    """60 EC a year: 95 EC in the first year is more, in the second it is not."""
    september = date(2026, 9, 1)
    assert beyond_study_load(BOOK, Decimal(95), september, date(2027, 3, 10)) == Decimal(60)
    assert beyond_study_load(BOOK, Decimal(60), september, date(2027, 3, 10)) is None
    assert beyond_study_load(BOOK, Decimal(95), september, date(2027, 9, 10)) is None


def test_a_petition_for_a_started_course_is_the_late_case() -> None:
    today = date(2027, 3, 10)
    assert petition_too_late(BOOK, date(2027, 9, 1), today) is None
    late = petition_too_late(BOOK, date(2027, 3, 1), today)
    assert late is not None and (late.clause, late.key) == ("permission_before_start", "late")
    begun = petition_too_late(BOOK, None, today)
    assert begun is not None and begun.key == "begun"
