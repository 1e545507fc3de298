"""Properties that hold for every input, not just the listed cases (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.rules.circumstances import appeal_deadline
from bot.rules.credits import CreditStatus
from bot.rules.electives import (
    Course,
    ElectiveRecord,
    Provider,
    RecordedCourse,
    assess_course,
    cap_usage,
    round_down,
)
from bot.rules.progress import ProgressSituation, StartKind, assess_progress
from tests.knowledge_base import BOOK, TODAY

halves = st.integers(min_value=1, max_value=60).map(lambda n: Decimal(n) / 2)
levels = st.sampled_from([100, 200, 300, 400, 500, 600])
providers = st.sampled_from([Provider.LEIDEN, Provider.OTHER_UNIVERSITY])


@given(ec=halves, level=levels, provider=providers)
def test_counted_ec_never_exceed_offered(ec: Decimal, level: int, provider: Provider) -> None:
    course = Course(name="x", ec=ec, provider=provider, level=level)
    verdict = assess_course(BOOK, course, ElectiveRecord(), TODAY)
    assert 0 <= verdict.ec_counted <= ec


@given(ec=halves)
def test_rounding_never_rounds_up(ec: Decimal) -> None:
    assert round_down(ec) <= ec < round_down(ec) + 1


@settings(max_examples=60)
@given(courses=st.lists(st.tuples(halves, levels), min_size=1, max_size=12))
def test_a_record_never_holds_more_than_the_caps_below_400(courses: list[tuple[Decimal, int]]) -> None:
    record = ElectiveRecord()
    for ec, level in courses:
        course = Course(name="x", ec=ec, provider=Provider.LEIDEN, level=level)
        verdict = assess_course(BOOK, course, record, TODAY)
        if verdict.status is not CreditStatus.DOES_NOT_COUNT and verdict.level_applied is not None:
            added = RecordedCourse(name="x", ec_counted=verdict.ec_counted, level=verdict.level_applied)
            record = record.model_copy(update={"courses": (*record.courses, added)})
    usage = cap_usage(BOOK, record)
    assert usage.below_400.used <= BOOK.ec("below_master_cap_ec")
    assert usage.introductory.used <= BOOK.ec("introductory_cap_ec")


@given(
    obtained=st.integers(min_value=0, max_value=120).map(Decimal),
    pending=st.integers(min_value=0, max_value=60).map(Decimal),
    days=st.integers(min_value=0, max_value=3 * 365),
    start=st.sampled_from([StartKind.SEPTEMBER, StartKind.FEBRUARY]),
)
def test_ec_needed_is_never_negative(
    obtained: Decimal, pending: Decimal, days: int, start: StartKind
) -> None:
    started = date(2025, 9, 1) if start is StartKind.SEPTEMBER else date(2026, 2, 1)
    today = started + timedelta(days=days)
    situation = ProgressSituation(start=start, started_on=started, ec_obtained=obtained, ec_pending=pending)
    verdict = assess_progress(BOOK, situation, today)
    assert verdict.ec_needed >= 0
    assert verdict.period_start <= today <= verdict.deadline
    assert all(a.on is None or a.on >= today for a in verdict.actions), "no action lies in the past"


@given(decision=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)))
def test_appeal_deadline_is_six_weeks_after_the_decision(decision: date) -> None:
    assert (appeal_deadline(BOOK, decision, TODAY).last_day - decision).days == 7 * BOOK.integer(
        "appeal_weeks"
    )
