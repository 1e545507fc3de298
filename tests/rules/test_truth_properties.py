"""Issue 9 as properties over generated inputs and `today` values (two academic years).

What a student reads is checked, not only the verdict: every reply is rendered by the presenter the
dialogs and `ask` share.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content.loader import load_knowledge
from bot.presenting import verdicts
from bot.rules.circumstances import (
    CircumstanceCase,
    CircumstanceCategory,
    PersonalKind,
    appeal_deadline,
    guide_circumstances,
)
from bot.rules.electives import (
    ArtScienceType,
    Course,
    ElectiveRecord,
    Provider,
    RecordedCourse,
    assess_course,
    assess_courses,
)
from bot.rules.progress import ProgressSituation, StartKind, assess_progress
from bot.rules.projects import Project, ProjectKind, assess_project
from bot.rules.rulebook import CONDITIONAL_EFFECTS
from tests.rules.coverage import covers

KB = load_knowledge()
BOOK, M = KB.rulebook, KB.messages
FIRST_DAY, LAST_DAY = date(2026, 9, 1), date(2028, 8, 31)
todays = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)
halves = st.integers(min_value=1, max_value=30).map(lambda n: Decimal(n) / 2)

MONTH_NAMES = list(M.dates.months)
_MONTH = "|".join(MONTH_NAMES)
_DATE = re.compile(rf"\b(?:(\d{{1,2}})|mid)[ -]({_MONTH}) (\d{{4}})\b")
PAST_MARKERS = (
    "passed",
    "ended",
    "ran from",
    "runs from",
    "started on",
    "between",
    "since",
    "decision (",
    "decision of",
)
"""Words that say a date is behind the student: a past date is only ever written with one of them."""


def _dates(line: str) -> list[date]:
    return [
        date(int(m[3]), MONTH_NAMES.index(m[2]) + 1, int(m[1]) if m[1] else 15) for m in _DATE.finditer(line)
    ]


def assert_no_past_date_as_upcoming(text: str, today: date) -> None:
    """A past date appears only with words that say it is past; 'Dates ahead' holds only dates ahead."""
    ahead = False
    listed: list[date] = []
    for line in text.splitlines():
        if line.strip() == M.dates_heading or (line.strip() == M.then_heading and listed):
            ahead = True  # the next date leads; the later ones are folded under "Then:"
            continue
        if not line.startswith("•") and not line.startswith("   "):
            ahead = False
        if ahead:
            listed += _dates(line)[:1]
        for d in _dates(line):
            if d >= today:
                continue
            assert not ahead, f"past date {d} under {M.dates_heading!r} on {today}: {line}"
            assert any(w in line for w in PAST_MARKERS), f"past date {d} as upcoming on {today}: {line}"
    assert listed == sorted(listed), f"dates ahead out of order: {listed}"


@settings(max_examples=150, deadline=None)
@covers(
    "sufficient_progress",
    "progress_check",
    "premaster",
    "warnings",
    "usis_correction",
    "circumstances_on_time",
    "decision_by_email",
    "credits_pending",
    "seek_guidance",
)
@given(
    today=todays,
    start=st.sampled_from(list(StartKind)),
    back=st.integers(min_value=0, max_value=700),
    obtained=st.integers(min_value=0, max_value=60).map(Decimal),
    pending=st.integers(min_value=0, max_value=20).map(Decimal),
)
def test_progress_never_presents_a_past_date_as_upcoming(
    today: date, start: StartKind, back: int, obtained: Decimal, pending: Decimal
) -> None:
    started = today - timedelta(days=back)
    month = 2 if start is StartKind.FEBRUARY else 9
    started = date(started.year, month, 1)
    if started > today:
        started = date(started.year - 1, month, 1)
    situation = ProgressSituation(start=start, started_on=started, ec_obtained=obtained, ec_pending=pending)
    text = verdicts.progress(assess_progress(BOOK, situation, today), M).full()
    assert_no_past_date_as_upcoming(text, today)
    assert M.progress_scope in text


@settings(max_examples=100, deadline=None)
@covers("two_categories", "examiners_decide", "circumstances_on_time", "appeal_deadline", "appeal_how")
@given(
    today=todays,
    personal=st.sampled_from([None, *PersonalKind]),
    reused=st.booleans(),
    decided=st.integers(min_value=0, max_value=200),
)
def test_circumstances_and_appeals_never_present_a_past_date_as_upcoming(
    today: date, personal: PersonalKind | None, reused: bool, decided: int
) -> None:
    category = CircumstanceCategory.EDUCATIONAL if personal is None else CircumstanceCategory.PERSONAL
    case = CircumstanceCase(category=category, kind=personal, used_before=reused and personal is not None)
    guide = verdicts.circumstances(guide_circumstances(BOOK, case, today), M).full()
    assert_no_past_date_as_upcoming(guide, today)
    appeal = verdicts.appeal(appeal_deadline(BOOK, today - timedelta(days=decided), today), M).full()
    assert_no_past_date_as_upcoming(appeal, today)


@settings(max_examples=100, deadline=None)
@covers("personal_once", "positive_decision", "negative_decision")
@given(today=todays, personal=st.sampled_from(list(PersonalKind)), reused=st.booleans())
def test_no_outcome_beside_its_negation_without_the_exception(
    today: date, personal: PersonalKind, reused: bool
) -> None:
    case = CircumstanceCase(category=CircumstanceCategory.PERSONAL, kind=personal, used_before=reused)
    text = verdicts.circumstances(guide_circumstances(BOOK, case, today), M).full()
    for line in text.splitlines():
        if "not reported to the IND" in line and reused:
            assert "except" in line, line


courses = st.builds(
    lambda provider, level, kind, ec, start, grade, upgrade: Course(
        name="x",
        ec=ec,
        provider=provider,
        level=None if provider is Provider.ARTSCIENCE else level,
        artscience_type=kind if provider is Provider.ARTSCIENCE else None,
        start=start,
        grade=grade,
        upgrade_requested=upgrade,
    ),
    st.sampled_from(list(Provider)),
    st.sampled_from([100, 200, 300, 400, 500]),
    st.sampled_from(list(ArtScienceType)),
    halves,
    st.none() | todays,
    st.none() | st.sampled_from([Decimal("5.5"), Decimal(7), Decimal(5)]),
    st.booleans(),
)
records = st.lists(
    st.builds(
        RecordedCourse, name=st.just("y"), ec_counted=st.integers(0, 4), level=st.sampled_from([200, 300])
    ),
    max_size=2,
).map(lambda listed: ElectiveRecord(courses=tuple(listed)))


@settings(max_examples=200, deadline=None)
@covers(
    "permission_before_start",
    "grade_five_and_half",
    "upgrade_may_be_declined",
    "upgrade_teacher_judges",
    "restrictions_apply",
    "master_level",
    "below_master_cap",
    "introductory_cap",
    "half_credits",
    "artscience_translation",
)
@given(course=courses, record=records, today=todays)
def test_no_tick_with_a_conditional_finding_and_no_past_start_as_upcoming(
    course: Course, record: ElectiveRecord, today: date
) -> None:
    verdict = assess_course(BOOK, course, record, today)
    text = verdicts.course(verdict, M).full()
    if text.startswith("✅"):
        assert not [f.clause for f in verdict.findings if f.effect in CONDITIONAL_EFFECTS | {"blocks"}]
    if course.start is not None and course.start <= today and verdict.ec_counted > 0:
        assert not text.startswith("✅") and "started on" in text
    assert_no_past_date_as_upcoming(text, today)
    assert 0 <= verdict.ec_counted <= course.ec


@settings(max_examples=100, deadline=None)
@covers("below_master_cap", "introductory_cap")
@given(listed=st.lists(courses, min_size=1, max_size=4))
def test_counted_ec_of_several_courses_never_exceed_offered_nor_the_caps(listed: list[Course]) -> None:
    assessed = assess_courses(BOOK, tuple(listed), ElectiveRecord(), FIRST_DAY)
    assert sum(v.ec_counted for v in assessed) <= sum(c.ec for c in listed)
    below = sum(v.ec_counted for v in assessed if v.level_applied is not None and v.level_applied < 400)
    assert below <= BOOK.ec("below_master_cap_ec")


@settings(max_examples=100, deadline=None)
@covers("project_cap", "assisting_cap", "assist_once", "project_proposal", "project_individual")
@given(
    ec=halves,
    kind=st.sampled_from(list(ProjectKind)),
    flags=st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans()),
)
def test_projects_never_tick_while_a_proposal_is_to_send_and_never_count_more_than_offered(
    ec: Decimal, kind: ProjectKind, flags: tuple[bool, bool, bool, bool, bool]
) -> None:
    technical, assistive, approval, reports, assisted = flags
    work = Project(
        name="p",
        ec=ec,
        kind=kind,
        technical=technical,
        assistive_not_essential=assistive,
        prior_board_approval_both=approval,
        reports_by_both=reports,
    )
    verdict = assess_project(BOOK, work, ElectiveRecord(has_assisted=assisted))
    text = verdicts.project(verdict, M).full()
    assert not text.startswith("✅")
    assert 0 <= verdict.ec_counted <= ec
