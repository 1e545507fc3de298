"""Questions that carry their own numbers, answered by the rule core with those numbers.

"The course is 7.5 ects", "I have 22 EC and started in September", "the decision was dated 25
August": a canned text would be wrong for someone; the rules applied to their numbers are not.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from bot.answering.ask import Answer, AnswerKind, Computer
from bot.answering.dates import coming, last_first_of
from bot.answering.facts import (
    ARTSCIENCE_KINDS,
    FEBRUARY,
    SEPTEMBER,
    QuestionFacts,
    counted_ec,
    is_number,
    no_student_permit,
)
from bot.content.loader import KnowledgeBase
from bot.content.messages import Messages
from bot.content.normalise import Cues
from bot.presenting import verdicts
from bot.rules.circumstances import first_check
from bot.rules.electives import (
    ArtScienceType,
    Course,
    CourseVerdict,
    ElectiveRecord,
    Provider,
)
from bot.rules.parameters import ParameterId
from bot.rules.parsing import safe_date
from bot.rules.progress import MID_MONTH, ProgressSituation, ProgressStatus, ProgressVerdict, StartKind
from bot.rules.projects import ProjectKind, with_project
from bot.rules.rulebook import Rulebook
from bot.rules.usecases import (
    CourseQuestion,
    Honours,
    ProjectQuestion,
    beyond_study_load,
    check_appeal,
    check_courses,
    check_progress,
    check_project,
    course_of,
    half_credit,
    half_credits,
    record_after,
    room_after,
)

_ARTSCIENCE_TYPES = dict(
    zip(
        ARTSCIENCE_KINDS,
        (
            ArtScienceType.FIRST_YEAR_BACHELOR,
            ArtScienceType.KABK_INTRODUCTORY,
            ArtScienceType.HIGHER_BACHELOR,
            ArtScienceType.RESEARCH_GROUP,
            ArtScienceType.LAB,
        ),
        strict=True,
    )
)
"""Each ArtScience cue list of the lexicon, as the kind of course the rule core knows."""


def _computed(shown: verdicts.Presented, dialogs: tuple[str, ...], *, met: bool = False) -> Answer:
    return Answer(
        kind=AnswerKind.COMPUTED,
        answer=shown.text(),
        detail=shown.detail(),
        score=100.0,
        citations=tuple(shown.citations),
        dialogs=dialogs,
        requirement_met=met,
    )


def _judged(
    book: Rulebook,
    m: Messages,
    cue: Cues,
    facts: QuestionFacts,
    record: ElectiveRecord,
    today: date,
    named: list[CourseQuestion],
) -> Answer | None:
    """The courses a question names, with what the whole question says of them all (a grade, a
    start, an approval), judged together against the caps in the order named."""
    # An approval said beside several courses belongs to one of them, which we cannot tell: none
    # of them is taken as approved (the Board's decision would otherwise be settled for all).
    approved = facts.approved and len(named) == 1
    start = _course_start(facts, cue, facts.stated_today or today)
    # Said of the one course asked about: beside others ("I took a 5 EC project, can I add ...")
    # the words may be about those.
    begun = facts.begun and start is None and len(named) == 1 and not facts.aside and not facts.earlier
    asked = facts.petitioned and len(named) == 1 and not approved
    shared = {
        "grade": facts.grade,
        "grade_supposed": facts.grade_supposed,
        "start": start,
        "begun": begun,
        "permission_granted": approved,
        "permission_asked": asked,
    }
    # A grade said of one of several courses is that course's only ("got 5.5" for the 5 EC one).
    graded = next((k for k, c in enumerate(named) if c.ec == facts.graded_ec), None)
    ungraded = {"grade": None, "grade_supposed": False}
    described = tuple(
        course.model_copy(
            update={"name": f"course {n}", **shared} | (ungraded if graded not in (None, n - 1) else {})
        )
        for n, course in enumerate(named, start=1)
    )
    try:
        assessed = check_courses(book, described, record, facts.stated_today or today)
    except ValueError:
        return None
    return _courses_answer(book, m, tuple(course_of(q) for q in described), assessed, record)


def _after_used(
    book: Rulebook,
    m: Messages,
    cue: Cues,
    facts: QuestionFacts,
    record: ElectiveRecord,
    today: date,
    named: list[CourseQuestion],
) -> Answer | None:
    """ "I already used 3 EC at level 200; can I add a 3 EC level 300 course?": the first courses
    are used (approved, as said), and only the others are judged, against what is left; the
    approval said belongs to the used ones."""
    used = _with_used(book, named[: facts.earlier], record, facts.stated_today or today)
    if used is None:
        return None
    told = facts.model_copy(update={"approved": False})
    judged = _judged(book, m, cue, told, used, today, named[facts.earlier :])
    if judged is None:
        return None
    counted = ", ".join(
        m.earlier_course.format(ec=verdicts.number(c.ec_counted), level=c.level)
        for c in used.courses[len(record.courses) :]
    )
    return _after_counting(judged, m, counted)


def _with_aside_said(
    book: Rulebook,
    m: Messages,
    cue: Cues,
    facts: QuestionFacts,
    answer: Answer | None,
    record: ElectiveRecord,
) -> Answer | None:
    """A course verdict that first says why the honours course or project beside it was left out;
    project work with assisting beside the courses is judged under its own cap, after them."""
    if answer is None:
        return None
    said = []
    if "honours" in facts.aside:
        said.append(m.aside_honours)
    projects = _projects_said(book, m, cue, facts, record)
    if "project" in facts.aside and projects is None:
        said.append(_aside_project_said(book, m, facts.aside_project))
    if said:
        # After the course's own verdict line, which it is named beside: "✅ Counts: 5 EC" first.
        head, _, rest = answer.answer.partition("\n\n")
        answer = answer.model_copy(update={"answer": "\n\n".join(p for p in (head, *said, rest) if p)})
    if projects is not None:
        answer = answer.model_copy(update={"answer": f"{answer.answer}\n\n{projects}"})
    return answer


def _project_beside_courses(facts: QuestionFacts, cue: Cues) -> Decimal | None:
    """The EC of the student's own project work named beside courses and assisting ("3 EC of
    project, 2 EC assisting and a 5 EC level 300 course"): said beside a level course, or the one
    amount left when the courses' and the assisting's are taken away."""
    if facts.assisted is None or not facts.words & cue.project_work:
        return None
    if facts.aside_project is not None:
        return facts.aside_project
    rest = list(facts.ec)
    for ec in [ec for ec, _ in facts.courses] + [facts.assisted]:
        if ec in rest:
            rest.remove(ec)
    return rest[0] if len(rest) == 1 and facts.courses else None


def _projects_said(
    book: Rulebook, m: Messages, cue: Cues, facts: QuestionFacts, record: ElectiveRecord
) -> str | None:
    """Own project work and assisting beside courses, under the project cap: the own project first,
    then the assisting, as the rule core counts them."""
    own_ec = _project_beside_courses(facts, cue)
    if own_ec is None or facts.assisted is None:
        return None
    own = check_project(book, ProjectQuestion(name="own project", ec=own_ec, kind=ProjectKind.OWN), record)
    after = with_project(record, own.project, own.verdict)
    helping = ProjectQuestion(name="assisting", ec=facts.assisted, kind=ProjectKind.ASSISTING)
    assisting = check_project(book, helping, after).verdict
    return m.beside_projects.format(
        own=verdicts.number(own_ec),
        assisted=verdicts.number(facts.assisted),
        counted=verdicts.number(Decimal(own.verdict.ec_counted) + Decimal(assisting.ec_counted)),
        cap=verdicts.number(book.ec(ParameterId.PROJECT_CAP_EC)),
        assisting_cap=verdicts.number(book.ec(ParameterId.ASSISTING_CAP_EC)),
    )


def _aside_project_said(book: Rulebook, m: Messages, ec: Decimal | None) -> str:
    """The project beside a course, under its own cap; with its size, how much of it can count
    (the rule core's project check: "a 6 EC project" is 5 EC at most)."""
    cap = verdicts.number(book.ec(ParameterId.PROJECT_CAP_EC))
    if ec is None:
        return m.aside_project.format(cap=cap)
    own = ProjectQuestion(name="own project", ec=ec, kind=ProjectKind.OWN)
    counted = check_project(book, own, ElectiveRecord()).verdict.ec_counted
    sized = m.aside_project_sized if counted >= ec else m.aside_project_over
    return sized.format(cap=cap, ec=verdicts.number(ec), counted=verdicts.number(counted))


def _after_counting(answer: Answer, m: Messages, counted: str, *, used: bool = True) -> Answer:
    """A verdict judged after what the student says is already `used` (or is doing now), which it
    names first."""
    lead = (m.earlier_used if used else m.project_first).format(courses=counted)
    return answer.model_copy(update={"answer": f"{lead}\n\n{answer.answer}"})


def _with_used(
    book: Rulebook, used: list[CourseQuestion], record: ElectiveRecord, today: date
) -> ElectiveRecord | None:
    """The record with courses the student says are already used, each as approved."""
    approved = tuple(
        course.model_copy(update={"name": f"earlier course {n}", "permission_granted": True})
        for n, course in enumerate(used, start=1)
    )
    try:
        assessed = check_courses(book, approved, record, today)
    except ValueError:
        return None
    return record_after(record, zip((course_of(q) for q in approved), assessed, strict=True))


def _courses_answer(
    book: Rulebook,
    m: Messages,
    courses: tuple[Course, ...],
    assessed: tuple[CourseVerdict, ...],
    record: ElectiveRecord,
) -> Answer:
    """One course's verdict, or several sharing the caps, with what is left of the caps after them."""
    levels = tuple(course.level for course in courses)
    kinds = tuple(course.artscience_type.value if course.artscience_type else None for course in courses)
    if len(assessed) == 1:
        shown = verdicts.course(assessed[0], m)
    else:
        shown = verdicts.courses(assessed, m, levels, kinds)
    verdicts.room_left(
        shown, assessed, room_after(book, record, tuple(zip(courses, assessed, strict=True))), m
    )
    return _computed(shown, ("course",))


def _start_of(facts: QuestionFacts, today: date, cue: Cues) -> tuple[StartKind, date] | None:
    """The kind of start and its most recent first day, from what the question says."""
    words = facts.words
    # "Started in February 2024 ... from September 2024 on": the start is named first; so is a
    # premaster's ("started in September ... the resit is in February").
    named = [m for m in facts.months if m in (SEPTEMBER, FEBRUARY)]
    if facts.course_starts and not named:
        return None  # "it starts 2 February 2027": the course's month, not the student's start
    if words & cue.premaster:
        kind = StartKind.SHORT_PREMASTER if words & cue.short else StartKind.PREMASTER
        month = named[0] if named else SEPTEMBER
    else:
        if named:
            month = named[0]
        elif words & cue.september:
            month = SEPTEMBER
        elif words & cue.february:
            month = FEBRUARY
        else:
            return None
        kind = StartKind.SEPTEMBER if month == SEPTEMBER else StartKind.FEBRUARY
    # A start ahead, with its year, only for EC the student expects to have by its check.
    ahead = _ahead_expected(facts, cue, today)
    stated = [d for d in facts.month_years if d.month == month and (d <= today or ahead)]
    if stated:
        return kind, stated[0]
    return kind, last_first_of(month, today)


def _ahead_expected(facts: QuestionFacts, cue: Cues, today: date) -> bool:
    """A start ahead, with its year, and EC the student expects or would pass by its check ("I start
    in February 2027; if I pass 15 EC by August ..."): those EC are a projection of that check."""
    return any(d > today for d in facts.month_years) and bool(facts.expected or facts.words & cue.to_come)


def _assumed_start(
    facts: QuestionFacts, today: date, cue: Cues, *, at_check: bool
) -> tuple[StartKind, date] | None:
    """ "I have 12 EC, am I on track?": worked out for a September start, which the reply names,
    rather than asking for the EC the student has just given. Not for a premaster (its length
    matters), a story of what held the student back (the entry on reporting it answers, unless
    the EC are those `at_check`: "29 EC on 31 August, no circumstances reported", or the story is
    bare: "I was pregnant this year and have 18 EC, what do I do?"), or one course's size ("my
    6 EC course isn't in uSis yet"): no total to judge there."""
    # Reported circumstances: the verdict says what follows them (the Board's decision).
    told = at_check or facts.reported or _bare_hindrance(facts, cue)
    hindered = bool(facts.words & cue.hindered) and not told
    # Nor a course's start ("the course is 7.5 EC and starts 2 February 2027"): a course asked about.
    if facts.words & cue.premaster or hindered or facts.course_sized or facts.course_starts:
        return None
    return StartKind.SEPTEMBER, last_first_of(SEPTEMBER, today)


def _bare_hindrance(facts: QuestionFacts, cue: Cues) -> bool:
    """ "I was ill this year and have 18 EC, what now?", however long the story around it ("my visa
    is everything, is it too late?"): what held the student back, the EC and a worry; a story that
    asks more ("does that count?", "which steps?", "will the IND know?") is the entry's."""
    return bool(facts.words & cue.hindered) and not facts.words & cue.story_asks


def _calculation_day(facts: QuestionFacts, today: date) -> date:
    """The question's own today ("it's June now"), never before a start it states: "started in
    September 2026 and it's June" means June 2027."""
    stated = facts.stated_today
    if stated is None:
        return today
    if any(start > stated for start in facts.month_years):
        later = safe_date(stated.year + 1, stated.month, stated.day)
        if later is not None:
            return later
    return stated


def _progress_day(book: Rulebook, facts: QuestionFacts, today: date, cue: Cues) -> date:
    """ "I had 10 EC by 31 August 2026": EC stated at a check day that has passed are judged on that
    day, so the student hears how that check went, not what a later period needs."""
    day = _calculation_day(facts, today)
    # "Today is 2 September, I had 27 EC on 31 August": a today stated is the one to look back from.
    if facts.stated_today is None or day == today:
        # Without its year, only in the past tense: "will it be enough by 31 August?" is about
        # the coming check, "I had 10 EC by 31 August" about the last one.
        told_past = bool(facts.words & cue.past) and not facts.words & cue.future
        dated = [d for d in facts.dates if told_past or d not in facts.yearless]
        # Never a check before the student's own start ("started sept 2026 ... after 31 august").
        start = min(facts.month_years, default=None)
        checks = [
            d
            for d in dated
            if d < today and d == book.on(ParameterId.PROGRESS_CHECK, d.year) and (start is None or d > start)
        ]
        if facts.reported:
            # "I submitted the form on 20 June 2026", asked in November: that year's check saw the EC.
            reports = [d for d in facts.dates if d not in facts.yearless and d not in facts.limits]
            seen = ((d, book.on(ParameterId.PROGRESS_CHECK, d.year)) for d in reports)
            checks += [check for d, check in seen if d < check < today]
        if checks:
            return max(checks)
    return day


def _asks_progress(
    facts: QuestionFacts,
    cue: Cues,
    stopwords: frozenset[str],
    rule_amounts: frozenset[Decimal],
    *,
    at_check: bool = False,
    calculated: frozenset[str] = frozenset(),
    ahead: bool = False,
) -> bool:
    """The student's own EC, held or expected, in a question about study progress: said in so
    many words, held on the check's day (`at_check`: "I have 29 EC on 31 August"), or nothing but
    the EC and a worry ("I have 12 EC, what should I do?", "got 13 ec now, problem?"), which on
    these pages is the 30 EC a year."""
    # "23 EC in uSis and I'm taking a 7.5 EC master course": the course's level, beside EC held.
    held_beside_course = len(facts.ec) == 2 and "usis" in facts.words and bool(facts.words & cue.progress)
    if not facts.ec or (facts.level is not None and not held_beside_course) or facts.ec[0] == facts.assisted:
        return False  # "I'm 3 EC short, can I do the 2 EC assisting thing?": 2 EC of assisting, not held
    rest = facts.words - stopwords - cue.holding - cue.pending - cue.time - cue.concern - {"ec"}
    # "September starter, 12 EC. When will I be warned?": nothing but a start, EC and the dates
    # asked about; never the rule's own amount ("feb starter, still 30 EC?"). The months are among
    # the `calculated` words: "28 EC on 31 Aug, started Sept" says a day, a start and EC.
    said_start = rest - cue.start - cue.september - cue.february - cue.warned - cue.progress - calculated
    started = (
        bool(facts.words & cue.start)
        and all(is_number(w) for w in said_start)
        and facts.ec[0] not in rule_amounts
    )
    # "50 EC in total, 28 of them since September", "20 EC last year": EC told by academic year.
    assisting = facts.assisting_again or bool(facts.words & cue.assist)  # "2 EC for assisting last year"
    # "... and if I pass 15 EC by August?", of a start `ahead`: a projection of its first check.
    by_year = ((facts.this_year_ec or facts.earlier_year_ec is not None) and not assisting) or ahead
    # "started sept 2025, 22 EC, I was sick in may": a start with its year, EC and a hindrance.
    dated_start = bool(facts.words & cue.start and facts.month_years) and not facts.course_sized
    held_since = dated_start and bool(facts.words & cue.hindered)
    # "started feb 2027, 12 EC, 2 more exams in august of 3 EC each": a dated start, EC and more to come.
    ahead = facts.exam_ahead or bool(facts.words & (cue.to_come | cue.plans))
    with_more = dated_start and len(facts.ec) > 1 and ahead
    if (
        not facts.words & cue.holding
        and not facts.pending
        and not facts.expected
        and not started
        and not by_year
        and not (held_since or with_more)
    ):
        return False
    # "It's now April and I have 20 EC": a month that says when is no other topic.
    only_holding = bool(facts.words & cue.holding) and all(
        is_number(w) for w in rest - cue.hindered - calculated
    )
    # "I have 25 EC and 10 EC if I pass my exams in June": held, and more to come.
    only_holding = only_holding or (
        len(facts.ec) > 1
        and bool(facts.words & cue.holding)
        and all(is_number(w) for w in rest - cue.to_come - calculated)
    )
    # "I'll end up with 14 EC", "reported my illness, 20 EC", "I have 22 of the 30 I need".
    told = (
        facts.expected
        or facts.reported
        or by_year
        or (facts.out_of in rule_amounts and bool(facts.words & cue.holding))
    )
    # "I went home to help my mum. Now I only have 12 EC": held, beside what held the student back;
    # never the rule's own amount ("I had a burn-out, I won't reach 30 EC").
    held = bool(facts.words & cue.holding) and facts.ec[0] not in rule_amounts
    hindered = held and _bare_hindrance(facts, cue)
    return bool(facts.words & (cue.progress | cue.start)) or told or only_holding or at_check or hindered


_COUNTS_AS = frozenset({"count", "counts", "qualify", "qualifies", "valid", "accepted", "recognised"})
_COUNTS_AS |= frozenset({"recognized"})
_A_REASON = frozenset({"circumstances", "circumstance", "excuse", "reason"})


def _as_listed(facts: QuestionFacts, cue: Cues) -> tuple[QuestionFacts, bool]:
    """The facts with a list of courses read as EC held (see `_listed_courses`), and whether so."""
    listed = _listed_courses(facts, cue)
    return (facts, False) if listed is None else (listed, True)


def _listed_courses(facts: QuestionFacts, cue: Cues) -> QuestionFacts | None:
    """ "My courses: 6, 6, 5, 7.5 and 5.5 EC, started September 2026. Is that 30?": the EC held, a
    list of courses beside a start of studies, each course rounded down on its own; None for any
    other amounts (held, to come, pending, more: each read as such by the progress check)."""
    if len(facts.ec) < _LISTED or facts.level is not None or "course" not in facts.words:
        return None
    if not (facts.words & cue.start and facts.month_years) or facts.pending:
        return None
    if facts.words & (cue.holding | cue.to_come | cue.added | cue.alongside | cue.failing | cue.earlier):
        return None
    return facts.model_copy(update={"per_course": facts.ec, "ec": (sum(facts.ec, Decimal(0)),)})


_LISTED = 3
"""Amounts enough to be a list of courses, not EC held and EC to come."""


def _asks_what_counts_as_circumstances(facts: QuestionFacts, cue: Cues) -> bool:
    """ "I only got 22 EC. Does work count as exceptional circumstances?": what counts as a reason is
    asked, not the EC gap (which the student did not ask for)."""
    words = facts.words
    # "Does a disability count, and which category is it, personal or educational?"
    which_kind = {"personal", "educational"} <= words or bool(words & {"category", "categories"})
    counts_as = bool(words & _COUNTS_AS and words & _A_REASON)
    return (counts_as or which_kind) and not words & (cue.progress | cue.concern)


def _rounded_said(facts: QuestionFacts, said_ec: tuple[Decimal, ...]) -> tuple[Decimal, Decimal] | None:
    """The EC held as the student said them and as they count, where half credits differ."""
    if facts.ec[:1] != said_ec[:1]:
        return said_ec[0], facts.ec[0]
    if facts.halves is not None and facts.ec[0] == facts.halves[1]:
        return facts.halves
    return None


def _as_counted(facts: QuestionFacts) -> QuestionFacts:
    """The EC as they count: an amount said of several courses ("two courses of 7.5 EC each") is
    each course rounded down (14, not 15); a worked sum said again after them is no second amount.
    A part the pages may not count ("5 of them are from an extracurricular course") is left out:
    the verdict is on what surely counts, the part said under it (see `_notes_under_headline`)."""
    if facts.unsure_part is not None and facts.ec:
        return facts.model_copy(update={"ec": (facts.ec[0] - facts.unsure_part, *facts.ec[1:])})
    if not facts.per_course or len(facts.per_course) <= len(facts.ec):
        return facts
    courses = list(facts.per_course)
    counted: list[Decimal] = []
    for amount in facts.ec:
        parts: list[Decimal] = []
        while courses and sum(parts, Decimal(0)) < amount:
            parts.append(courses.pop(0))
        exact = sum(parts, Decimal(0)) == amount
        counted.append(counted_ec(parts) if exact else amount)
    if facts.halves is not None and len(counted) > 1 and counted[1] == counted[0] == facts.halves[1]:
        counted.pop(1)  # "two courses of 7.5 EC each, so 7.5 + 7.5 = 15": the same EC again
    return facts.model_copy(update={"ec": tuple(counted)})


def _premaster_total(facts: QuestionFacts) -> Decimal | None:
    """ "12 of my 15 EC", "all 15 EC": the premaster programme's whole, which the page says must
    be completed; None when the question gives no whole of the EC it states."""
    if facts.out_of is None or not facts.ec or facts.out_of < facts.ec[0]:
        return None
    return facts.out_of


def _five_and_half_said(facts: QuestionFacts) -> bool:
    """A 5.5 that is no amount of EC is a grade, wherever it stands ("a UvA course where I got a
    5.5", "course B 2.5 EC with a 5.5")."""
    half = Decimal("5.5")
    return facts.grade == half or ("5.5" in facts.words and half not in (*facts.ec, *facts.pending))


def _five_and_half_elsewhere(facts: QuestionFacts, cue: Cues) -> bool:
    """A final 5.5 from another university said beside the EC: Leiden does not accept it."""
    return _five_and_half_said(facts) and bool(facts.words & cue.other_university)


def _told_progress(
    book: Rulebook,
    m: Messages,
    cue: Cues,
    facts: QuestionFacts,
    verdict: ProgressVerdict,
    started_on: date,
    *,
    assumed: bool,
    this_year: bool = False,
) -> verdicts.Presented:
    """The verdict as told to a student who may have said what held them back: the day to report
    it up front, and for family circumstances the step of their own (a student counsellor). Where
    the start was `assumed`, the reply says which, right under the verdict. EC said as `this_year`'s
    beside an earlier year's are this period's, not totals that may include earlier years."""
    hindered = bool(facts.words & cue.hindered)
    up_front: tuple[str, ...] = ("circumstances_on_time",) if hindered else ()
    five_and_half = _five_and_half_elsewhere(facts, cue)
    if facts.words & cue.warned:
        up_front += ("warnings",)
    shown = verdicts.progress(
        verdict,
        m,
        totals_since=None if this_year else started_on,
        up_front_clauses=up_front,
        expected=facts.expected,
        some_may_not_count=bool(facts.words & cue.honours) or five_and_half,
        first_told=this_year,
    )
    asks_what_follows = bool(facts.words & cue.what_follows)  # "what happens if I'm still under in August?"
    if (facts.expected or asks_what_follows) and verdict.status is ProgressStatus.UNDER_WAY:
        # Short at the check if that is all: what follows then is what the student asks about.
        shown.line(verdicts.said(m, book.finding("ind_notified", "consequence", "warning")))
    if facts.expected and facts.words & cue.pending and "usis" in facts.words:
        # "Waiting for my last grade to be put in uSis, with it I'll have 30": entered later needs nothing.
        waiting = book.finding("credits_pending", "no_action", "info", date=verdict.deadline)
        shown.under_headline(verdicts.said(m, waiting))
    if assumed:
        shown.under_headline(m.progress_start_unsaid)
    if facts.words & cue.honours:
        # "30 EC, 6 of them an honours course": whether those count here, the page does not say.
        shown.under_headline(m.progress_honours_open)
    if five_and_half:
        # "30 EC, including a UvA course where I got a 5.5": rounded to 5, so maybe not passed.
        shown.under_headline(m.progress_five_and_half_open)
    if facts.words & cue.warned and verdict.status is ProgressStatus.MET:
        _warned_but_met(book, m, shown, verdict)
    reporting_ahead = any(a.finding.clause == "circumstances_on_time" for a in verdict.actions)
    if facts.words & cue.personal and reporting_ahead and not facts.reported:
        # "I was pregnant this year, 18 EC": how to report it, not only the day to.
        findings = [
            book.finding("statement_of_hindrance", "action", "action"),
            book.finding("support_services_evaluate", "info", "info"),
        ]
        if facts.words & cue.hear_back:
            # "... and when will I hear?": the Board's decision, by the day after the check.
            due = book.on(ParameterId.DECISION_BY, verdict.deadline.year)
            findings.append(book.finding("examiners_decide", "info", "info", date=due))
        for finding in findings:
            shown.line(verdicts.said(m, finding))
            shown.citations.append(finding.citation)
    if facts.words & cue.family and verdict.status is not ProgressStatus.MET:
        shown.line(verdicts.said(m, book.finding("family_counsellor", "action", "action")))
    after = _after_the_check(book, facts, verdict, m)
    if after is not None and verdict.status is not ProgressStatus.BEHIND:
        # "They publish the grade on 5 September": after the check that decides.
        said, month_only = after
        template = m.progress_after_check_month if month_only else m.progress_after_check_date
        shown.under_headline(template.format(date=said, deadline=verdicts.day(verdict.deadline, m)))
    short_check = any(f.clause == "short_premaster_check" and f.key == "check" for f in verdict.findings)
    if hindered and short_check and verdict.status is not ProgressStatus.MET:
        # "Short premaster and I was ill": the page's reporting date (1 July) is for 31 August.
        shown.under_headline(m.progress_reporting_unsaid)
    return shown


def _still_to_come(
    book: Rulebook,
    m: Messages,
    cue: Cues,
    shown: verdicts.Presented,
    facts: QuestionFacts,
    situation: ProgressSituation,
    verdict: ProgressVerdict,
    today: date,
) -> None:
    """Short of the requirement, what EC the student names beside those they have would change:
    a second amount ("my last exams are worth 10 EC") or pending ones ("and 6 pending"), never
    silently ignored."""
    more = counted_ec(facts.ec[1:])
    if more and verdict.status is ProgressStatus.UNKNOWN:
        # "Started in February 2026, 14 EC this year ... what if I get 12 more?": this year's figure.
        verdicts.february_year_more(shown, verdict, more, m)
    if verdict.status not in (ProgressStatus.UNDER_WAY, ProgressStatus.BEHIND):
        return
    one_to_come = len(facts.ec[1:]) + len(facts.pending) == 1 and verdict.status is ProgressStatus.UNDER_WAY
    if one_to_come and _months_after_check(verdict, facts.ending_months):
        # "An 8 EC course ends in October": not obtained by the check, as said under the headline.
        # (A grade entered later, of EC obtained before, needs no action: that is said.)
        return
    checked = verdict.status is ProgressStatus.BEHIND
    if more:
        # "24 EC, a 5 EC course pending and a 7.5 EC summer course": both still to come.
        with_more = situation.model_copy(update={"ec_pending": more + situation.ec_pending})
        said = sum(facts.ec[1:], Decimal(0)) + sum(facts.pending, Decimal(0))
        whole = more + situation.ec_pending
        again = check_progress(book, with_more, today).verdict
        elsewhere = bool(facts.words & cue.other_university)
        verdicts.more_to_come(shown, again, whole, m, said=said, checked=checked, elsewhere=elsewhere)
        if elsewhere and not facts.pending:  # else said by `_proof_first`
            _say_proof(book, m, shown)
    elif situation.ec_pending:
        verdicts.more_to_come(shown, verdict, situation.ec_pending, m, checked=checked)
    elif facts.words & cue.pending and verdict.required_ec is not None:
        # "14 EC, last exam result comes next week": awaited, of no amount said.
        deadline, required = verdicts.day(verdict.deadline, m), verdicts.number(verdict.required_ec)
        shown.under_headline(m.progress_result_awaited.format(deadline=deadline, required=required))


def _proof_first(
    book: Rulebook, m: Messages, cue: Cues, shown: verdicts.Presented, facts: QuestionFacts
) -> None:
    """EC pending from another university: the result reaches uSis only once the coordinator has
    accepted proof of it, so "only waiting" is not all there is to do."""
    if facts.pending and facts.words & cue.other_university:
        _say_proof(book, m, shown)


def _say_proof(book: Rulebook, m: Messages, shown: verdicts.Presented) -> None:
    """Under the headline: send proof of the grade to the coordinator (a result from elsewhere)."""
    proof = book.finding("grade_proof", "action", "action")
    shown.under_headline(verdicts.said(m, proof))
    shown.citations.append(proof.citation)


def _about_procedure(facts: QuestionFacts, cue: Cues) -> bool:
    """ "A 10 EC level 400 course: which dropdown option in uSis?" asks how, not whether it counts;
    "is the 3 EC inside the 5?" asks how the caps relate, about no course of the student's."""
    return bool(facts.words & cue.rule_terms) or (
        bool(facts.words & cue.procedure) and not facts.words & cue.counting
    )


def _course_start(facts: QuestionFacts, cue: Cues, today: date) -> date | None:
    """ "The course started on 2 November", "it began last week": the one date the question gives,
    when it speaks of a start (a course that has started was to be petitioned before). Written
    without its year beside a start to come ("starting 1 february", "starts 3 feb"), the coming one:
    a course that has not started has its petition still ahead."""
    if len(facts.dates) != 1 or not facts.words & cue.start:
        return None
    day = facts.dates[0]
    to_come = facts.words & (cue.start_said_now | cue.upcoming | cue.future) and not facts.words & cue.started
    return coming(day, today) if day in facts.yearless and to_come else day


_RESITS_AND_EXAMS = frozenset({"resit", "retake", "exam", "exams"})
"""Beside a day and EC: the day is an exam's, not a decision's (unless one is said received). As
the lexicon leaves them ("herkansing", "resits" and "tentamen" become "resit" and "exam")."""


def _decision_date(book: Rulebook, facts: QuestionFacts, day: date, cue: Cues) -> date | None:
    """The date a decision bears: the one written after "dated", else the first date that is no
    limit ("by 31 August" dates no decision) and, beside another, no check day ("26 EC on 31
    August, got the decision on 5 September": 5 September); a decision still to come only in the
    future tense ("I will get the decision on 30 September", a day without its year then the
    coming one). A decision received "today" bears today's date, as said."""
    if facts.no_decision:
        return None  # "I reported on 20 June. No decision yet": its due date, not an appeal's
    if facts.words & _RESITS_AND_EXAMS and facts.ec and not facts.words & (_RECEIVED_ALREADY | {"dated"}):
        # "I did a 5 EC resit on 20 August ... Do I need to worry about a decision?": the day is
        # the exam's, and the decision only asked about.
        return None
    # "Received a negative decision on 28 aug ... will the IND get told?": the future is the IND's.
    future = bool(facts.words & cue.future) and not facts.words & _RECEIVED_ALREADY
    dated = [d for d in facts.dates if d not in facts.limits]
    if facts.reported or facts.words & cue.hindered:
        # "On 25 June I reported my illness, on 30 August I got a negative decision": a day before
        # 1 July is the report's, and of the days after it the decision is the latest.
        report_by = ParameterId.CIRCUMSTANCES_DEADLINE
        dated = sorted((d for d in dated if d >= book.on(report_by, d.year)), reverse=True)
    not_checks = [d for d in dated if d != book.on(ParameterId.PROGRESS_CHECK, d.year)]
    # A check day alone dates a decision only when one is said to have come that day ("received it
    # on 31 August"); "had 25 EC on 31 August" dates the EC, and the decision comes after it.
    dated = not_checks or (dated if facts.words & _RECEIVED_ALREADY else [])
    if future:
        dated = [coming(d, day) if d in facts.yearless else d for d in dated]
    decided = facts.dated_on or (dated[0] if dated else None)
    if decided is None and "today" in facts.words and facts.words & _ASKS_APPEAL_TIME:
        decided = day  # "I received a negative decision today: how long do I have to appeal?"
    received = facts.words & _RECEIVED_ALREADY and facts.words & _A_DECISION
    told = facts.stated_today
    # "I got an email from the board today (15 sept) ...": only after the check can it be its decision.
    if (
        decided is None
        and told is not None
        and received
        and told > book.on(ParameterId.PROGRESS_CHECK, told.year)
    ):
        decided = told
    # "The decision is dated 20 August 2027": a date written with its year on the decision, ahead or not.
    written = facts.dated_on is not None and decided == facts.dated_on and decided not in facts.yearless
    if decided is None or (decided > day and not future and not written):
        return None
    return decided


_RECEIVED_ALREADY = frozenset({"received", "got", "gotten", "opened", "arrived", "issued", "sent", "emailed"})
"""Beside a decision's day: it has come, whatever else the question puts in the future tense."""
_A_DECISION = frozenset({"decision", "insufficient", "negative", "examiners"})
"""What a decision comes as: said received on a day the student gives, it bears that day."""
_ABOUT_THE_PERMIT = frozenset({"permit", "ind"})
"""Beside a decision's date, words that ask what it means for the residence permit."""
_ASKS_APPEAL_TIME = frozenset({"appeal", "long", "deadline", "until", "weeks", "days"})
"""Beside a decision received today, words that ask for the appeal's last day, not what follows."""


def _check_day_ahead(book: Rulebook, facts: QuestionFacts, decided: date, cue: Cues) -> bool:
    """ "I had 29 EC on 31 August, a decision will come", "... and I have not received any
    decision": in the future tense or denied, the check's day is no decision's date (a decision
    received on 31 August, said so, still is)."""
    check_day = decided == book.on(ParameterId.PROGRESS_CHECK, decided.year)
    return check_day and facts.dated_on is None and (bool(facts.words & cue.future) or facts.no_decision)


def _progress_verdict(
    book: Rulebook, situation: ProgressSituation, facts: QuestionFacts, day: date, today: date
) -> ProgressVerdict:
    """The rule core's verdict on `day`, as true on the student's `today`: judged on a check day
    that has passed, nothing before today is "ahead", and a decision due by now is said as due;
    judged on a start ahead, its days counted from today."""
    verdict = check_progress(book, situation, day).verdict
    if facts.stated_today in (None, today) and day < today:
        verdict = _ahead_of(verdict, today)
    if day == situation.started_on > today:
        verdict = verdict.model_copy(update={"days_left": (verdict.deadline - today).days})
    return _decision_due(book, verdict, today)


def _ahead_of(verdict: ProgressVerdict, today: date) -> ProgressVerdict:
    """The verdict with only the dates still ahead of `today`."""
    return verdict.model_copy(update={"actions": tuple(a for a in verdict.actions if a.on > today)})


def _awaiting_entry(facts: QuestionFacts, cue: Cues) -> QuestionFacts:
    """ "28 EC, but my last two exams (2 EC and 5 EC) are not in uSis yet", "26 EC and 6 EC from an
    exam last week still pending": the EC beside those held are obtained and waiting to be entered,
    which the page calls pending."""
    not_yet = "usis" in facts.words and ("yet" in facts.words or bool(facts.words & cue.negation))
    # "26 EC in uSis and 6 EC from an exam last week still pending": the word too far to tag it.
    said_pending = not facts.pending and bool(facts.words & cue.pending)
    # "Waiting for 4 more, the exam is on 30 June": a pending word said of an exam still to sit.
    said_pending = said_pending and not facts.exam_ahead
    if len(facts.ec) < 2 or not (not_yet or said_pending) or facts.words & cue.disputed:
        return facts
    return facts.model_copy(update={"ec": facts.ec[:1], "pending": (*facts.pending, *facts.ec[1:])})


def _decision_due(book: Rulebook, verdict: ProgressVerdict, today: date) -> ProgressVerdict:
    """Circumstances reported, asked once the day the Board's decision was due has passed: it was
    due then, and a student without it must act now ("not received any decision")."""
    findings = list(verdict.findings)
    for n, finding in enumerate(findings):
        by = finding.values.get("date")
        if finding.clause == "examiners_decide" and isinstance(by, date) and by <= today:
            findings[n] = book.finding("examiners_decide", "due", "info", date=by)
    return verdict.model_copy(update={"findings": tuple(findings)})


def _reported(book: Rulebook, facts: QuestionFacts, cue: Cues) -> bool:
    """ "I reported my illness in June": circumstances reported on time, so the Board's decision
    on them follows; not one reported on 10 July, or "late", after the 1 July deadline."""
    if not facts.reported or facts.words & cue.late:
        return False
    deadline = ParameterId.CIRCUMSTANCES_DEADLINE
    check = ParameterId.PROGRESS_CHECK
    return not any(
        book.on(deadline, d.year) <= d < book.on(check, d.year) for d in facts.dates if d not in facts.limits
    )


def _warned_but_met(book: Rulebook, m: Messages, shown: verdicts.Presented, verdict: ProgressVerdict) -> None:
    """ "I got a warning email, but I have 31 EC": the warning and the check go by uSis, so the ✅ on
    the student's count holds only if uSis shows it; the route to correct it, and whether its date
    (before 1 July) has passed."""
    correction = book.on(ParameterId.CORRECTION_DEADLINE, verdict.deadline.year)
    if correction > verdict.deadline:
        return  # a check of its own (a short premaster's): the page gives this date for 31 August only
    template = m.progress_warned_but_met if verdict.judged_on < correction else m.progress_warned_but_met_late
    shown.under_headline(template.format(correction=verdicts.day(correction, m)))
    shown.citations.append(book.clause("usis_correction").citation)


def _after_the_check(
    book: Rulebook, facts: QuestionFacts, verdict: ProgressVerdict, m: Messages
) -> tuple[str, bool] | None:
    """A day the question gives just after the check it is judged by ("the grade is published on
    5 September"), within the appeal time, or a month of the rest of that year ("mid September",
    "the course ends in October"): a result then comes after the data the check used. Said back as
    the student said it, and whether as a month."""
    start = (verdict.period_start.month, verdict.period_start.day)
    # "since 1 September", "from 1 sept": a period's start, no day a result comes.
    year_start = book.on(ParameterId.PERIOD_START_SEPTEMBER, verdict.deadline.year)
    starts = {start, (year_start.month, year_start.day)}
    days = [
        coming(d, verdict.deadline) if d in facts.yearless else d
        for d in facts.dates
        if d not in facts.limits and (d.month, d.day) not in starts
    ]
    weeks = book.weeks(ParameterId.APPEAL_WEEKS)
    said = [(verdicts.day(d, m), False) for d in days if verdict.deadline < d <= verdict.deadline + weeks]
    said += [(verdicts.mid_month(d, m), True) for d in _months_after_check(verdict, facts.timed_months)]
    said += [(verdicts.in_month(d, m), True) for d in _months_after_check(verdict, facts.result_months)]
    return said[0] if said else None


def _months_after_check(verdict: ProgressVerdict, months: tuple[int, ...]) -> list[date]:
    """Of months said alone, the middles that fall after the check, in the months of its year
    after it: each month is its next middle from the day judged ("ends in October", said in June)."""
    judged = verdict.judged_on
    middles = [
        date(judged.year if month >= judged.month else judged.year + 1, month, MID_MONTH) for month in months
    ]
    return [d for d in middles if verdict.deadline < d and d.year == verdict.deadline.year]


def _finished_late(facts: QuestionFacts, verdict: ProgressVerdict, today: date) -> date | None:
    """ "Finished 15 of 15 EC on 20 February", after a premaster's 31 January: the day it was
    completed, after the day it had to be; None if no such day is said."""
    if verdict.required_ec is None or verdict.deadline >= today:
        return None
    after = [d for d in facts.dates if verdict.deadline < d <= today and d not in facts.limits]
    return after[0] if after else None


def _premaster_late(
    book: Rulebook, m: Messages, verdict: ProgressVerdict, finished: date
) -> verdicts.Presented:
    """A premaster completed after its end date: not met by the check, and what follows it."""
    shown = verdicts.Presented(m)
    shown.line(
        m.premaster_finished_late.format(
            deadline=verdicts.day(verdict.deadline, m), finished=verdicts.day(finished, m)
        )
    )
    weeks = book.integer(ParameterId.APPEAL_WEEKS)
    for finding in (
        book.finding("decision_by_email", "behind", "info"),
        book.finding("ind_notified", "consequence", "warning"),
        book.finding("appeal_deadline", "after_decision", "action", weeks=weeks),
        book.finding("appeal_immigration_office", "action", "action"),
    ):
        shown.line(verdicts.said(m, finding))
        shown.citations.append(finding.citation)
    shown.adviser(True)
    return shown


def _new_year(book: Rulebook, situation: ProgressSituation, today: date) -> ProgressVerdict | None:
    """After a February starter's first check, the year after it, with nothing obtained yet (its
    requirement is only the page's general rule); None for a September starter, whose next year
    is no question."""
    if situation.start is not StartKind.FEBRUARY:
        return None
    fresh = situation.model_copy(update={"ec_obtained": Decimal(0), "ec_pending": Decimal(0)})
    return check_progress(book, fresh, today).verdict


def _judged_on(
    shown: verdicts.Presented,
    m: Messages,
    verdict: ProgressVerdict,
    today: date,
    real_today: date,
    *,
    at_last_check: bool,
    premaster: bool,
    new_year: ProgressVerdict | None = None,
) -> verdicts.Presented:
    """The day a progress verdict was worked out for, when it is not the student's today: the check
    just passed (with the `new_year` after it, where given), the end of a premaster (its EC taken
    as those of then), or the question's day."""
    if at_last_check:
        shown.line(m.as_of_last_check.format(date=verdicts.day(today, m)))
        if new_year is not None:
            shown.line(verdicts.new_year(m, new_year, today))
        return shown
    if premaster and verdict.required_ec is not None and verdict.deadline < today:
        shown.line(m.as_of_premaster_end.format(date=verdicts.day(verdict.deadline, m)))
    return _as_of(shown, today, real_today, m)


def _no_verdict_asked(facts: QuestionFacts, cue: Cues, today: date) -> bool:
    """EC in a progress question that asks no verdict on them: "uSis is wrong, it shows 20 but I
    have 30" asks which number is right (the entry on correcting uSis before 1 July answers it); a
    personal circumstance cited again asks whether it can be (only once);
    "I'm starting in February" has a period not begun, with no EC to judge yet."""
    # "The warning email is a mistake, I have 35 EC": whether the warning holds is the verdict asked.
    warning_disputed = bool(facts.words & cue.warned) and len(facts.ec) == 1
    if facts.words & cue.disputed and not warning_disputed:
        return True
    if facts.words & cue.repeat and facts.words & cue.personal:
        return True  # "can I use my board year again?": the once-only rule answers, not the EC
    shows = "usis" in facts.words and bool(facts.words & cue.record_shows)
    # Not "uSis says 18 EC. I have exams in June worth 10 EC": EC to come beside what uSis shows.
    to_come = bool(facts.words & cue.to_come) and not facts.words & cue.record_gap
    # Nor "uSis shows 24 EC, plus a 7.5 EC course from TU Delft": a course beside them, no dispute.
    to_come = to_come or bool(facts.words & cue.alongside and not facts.words & cue.record_gap)
    if shows and (len(facts.ec) > 1 or facts.words & cue.record_gap) and not to_come:
        return True  # "my uSis shows 20 EC but I actually have 32", "... a grade is missing"
    if _ahead_expected(facts, cue, today):
        return False  # "I start in February 2027; if I pass 15 EC by August, is that enough?"
    return bool(facts.words & cue.upcoming) or any(d > today for d in facts.month_years)


def _at_last_check(
    facts: QuestionFacts, cue: Cues, today: date, real_today: date, recent: date | None, started_on: date
) -> bool:
    """EC given without a day of their own, days after a check the student's period ended at; not
    those said of the new period ("4 EC since 1 September", "this academic year I have 5 EC so far").
    "I got 26 EC this year", days after the check, is the year just checked: a year's EC are not
    earned in its first weeks, and reading them as the new year's hides a shortfall."""
    # "It's 3 September now" on 3 September says the day it is, nothing else.
    unstated = facts.stated_today in (None, real_today) and today == real_today
    if recent is None or not unstated or started_on >= recent:
        return False
    if facts.earlier_is_rest:
        return False  # "45 EC in total, 20 of them this year": the 25 were the year just checked
    if facts.this_year_ec and {"now", "year"} <= facts.words and facts.words & _A_LATER_YEAR:
        return False  # "now in my second year, 8 EC this year": the new year's, said so
    if facts.this_year_ec and facts.earlier_year_ec is not None and recent - started_on < _A_YEAR:
        # "Started September 2026, 35 EC in my first year, this year 5": the first year is the one
        # just checked, so this year's are the new year's.
        return False

    # "4 EC on 5 September" are the new period's; a grade that "came in yesterday" was only entered.
    new_period = any(d > recent for d in facts.dates) and not facts.words & _ENTERED
    return not (new_period or (facts.words & cue.this_period and not facts.since_earlier_year))


_A_YEAR = timedelta(days=366)
"""A start less than this before the check just made began the year it checked."""
_A_LATER_YEAR = frozenset({"second", "2nd", "third", "3rd"})
"""Beside "now" and "year": the student is in a year after their first ("now in my second year")."""
_ENTERED = frozenset({"registered", "entered", "came", "arrived", "uploaded", "processed", "appeared"})
"""Beside a date after the check: the day a result reached uSis, not the day it was obtained."""


def _notes_under_headline(
    book: Rulebook,
    m: Messages,
    cue: Cues,
    shown: verdicts.Presented,
    facts: QuestionFacts,
    said_ec: tuple[Decimal, ...],
    situation: ProgressSituation,
    today: date,
    this_start: date | None = None,
    on_the_day: ProgressVerdict | None = None,
) -> None:
    """What the verdict took as said, right under it: more EC than the time allows ("started in
    September, 95 EC"), proof first for EC from elsewhere, half credits rounded ("two UvA
    courses of 7.5 EC each": 14 EC), and a start without its year read as last year's, with what
    the EC would mean for a student who started `this_start` instead. Short `on_the_day` of the
    check itself, the day is not over: said in the present tense, with what can still count."""
    if on_the_day is not None and on_the_day.status is ProgressStatus.BEHIND:
        _headline_again(shown, m.progress_behind_on_the_day, on_the_day, on_the_day.deadline, m)
    if this_start is not None:
        _this_start_too(book, m, shown, situation, this_start)
    whole = situation.ec_obtained + situation.ec_pending
    load = beyond_study_load(book, whole, situation.started_on, today)
    if load is not None:
        shown.under_headline(verdicts.over_load(m, whole, situation.started_on, load))
    _proof_first(book, m, cue, shown, facts)
    if facts.unsure_part is not None and said_ec:
        part, total = verdicts.number(facts.unsure_part), verdicts.number(said_ec[0])
        held = verdicts.number(situation.ec_obtained)
        shown.under_headline(m.progress_part_unsure.format(part=part, total=total, held=held))
    rounded = None if facts.unsure_part is not None else _rounded_said(facts, said_ec)
    if rounded is not None:
        said, counted = verdicts.number(rounded[0]), verdicts.number(rounded[1])
        shown.under_headline(m.progress_halves_rounded.format(said=said, counted=counted))


def _this_start_too(
    book: Rulebook, m: Messages, shown: verdicts.Presented, situation: ProgressSituation, this_start: date
) -> None:
    """Just after the check, "started in September, 6 EC" is read as last year's start (EC are
    rarely earned in a start's first weeks); a student who started this September is told their
    own first check and how many EC they need by it, so neither reading is left unsaid."""
    required = book.ec(ParameterId.REQUIRED_EC_SEPTEMBER)
    more = required - situation.ec_obtained
    if more <= 0:
        return  # enough for either start
    shown.under_headline(
        m.progress_start_read_back.format(
            start=verdicts.month_year(situation.started_on, m),
            this_start=verdicts.month_year(this_start, m),
            check=verdicts.day(first_check(book, this_start), m),
            last_check=verdicts.day(first_check(book, situation.started_on), m),
            more=verdicts.number(more),
        )
    )


def _earlier_check(
    book: Rulebook, facts: QuestionFacts, started_on: date, kind: StartKind, today: date
) -> tuple[date, date] | None:
    """The check of the earlier academic year the student's `earlier_year_ec` are from, and their
    start as that year knew it: the last check before today ("last year"), or the first check after
    the start ("in my first year", only once that check has passed). A start said without its year
    that falls after that year is the one before it ("started in September, 20 EC last year")."""
    if facts.earlier_year_ec is None or kind in (StartKind.PREMASTER, StartKind.SHORT_PREMASTER):
        return None
    if facts.earlier_is_first_year:
        first = first_check(book, started_on)
        if first >= today and {"this", "year"} <= facts.words:
            # "45 EC in my first year, can I get fewer this year?": this year is a later one, so the
            # first year began a year before the start assumed.
            started_on = safe_date(started_on.year - 1, started_on.month, started_on.day) or started_on
            first = first_check(book, started_on)
        return (first, started_on) if first < today else None
    check = _last_check(book, today)
    if facts.earlier_is_rest and first_check(book, started_on) != check:
        return None  # "80 EC in total, 20 of them this year" after two years: no one year's EC
    if first_check(book, started_on) <= check:
        return check, started_on
    stated_year = any(d.month == started_on.month for d in facts.month_years)
    before = None if stated_year else safe_date(started_on.year - 1, started_on.month, started_on.day)
    if before is not None and first_check(book, before) <= check:
        return check, before
    return None


def _judged_when(
    facts: QuestionFacts, earlier: tuple[date, date] | None, today: date, started_on: date
) -> tuple[date, date]:
    """ "Started Sept 2025, I got only 20 EC last year": judged at that year's check, with what
    followed it, not as this year's need read from last year's EC; any other EC on `today`."""
    if earlier is not None and facts.ec == (facts.earlier_year_ec,):
        return earlier
    return today, started_on


def _headline_again(
    shown: verdicts.Presented, template: str, verdict: ProgressVerdict, check: date, m: Messages
) -> None:
    """The verdict's first line said again for the day it is about (the check day itself, an
    earlier year's check), with the same figures."""
    if shown.blocks:
        shown.blocks[0] = template.format(
            deadline=verdicts.day(check, m),
            obtained=verdicts.number(verdict.ec_obtained),
            required=verdicts.number(verdict.required_ec or Decimal(0)),
            needed=verdicts.number(verdict.ec_needed),
        )


def _as_of_earlier_year(
    m: Messages, shown: verdicts.Presented, verdict: ProgressVerdict, check: date
) -> None:
    """A verdict on an earlier year's EC alone, judged at that year's check: said in the past tense
    ("By 31 August 2026 ... you had"), never as this period's ✅, and which check it was."""
    if verdict.status is ProgressStatus.MET and verdict.required_ec is not None:
        _headline_again(shown, m.progress_met_at_earlier_check, verdict, check, m)
    shown.line(m.as_of_earlier_year.format(date=verdicts.day(check, m)))


def _earlier_year_line(
    book: Rulebook,
    m: Messages,
    shown: verdicts.Presented,
    kind: StartKind,
    earlier: tuple[date, date],
    ec: Decimal,
) -> None:
    """Under this year's verdict, how the earlier year the student also gave EC of went at its check:
    met, or short, with the decision and appeal that follow a shortfall."""
    check, started_on = earlier
    situation = ProgressSituation(start=kind, started_on=started_on, ec_obtained=ec)
    verdict = check_progress(book, situation, check).verdict
    if verdict.required_ec is None:
        return
    required = verdicts.number(verdict.required_ec)
    values = {"date": verdicts.day(check, m), "ec": verdicts.number(ec), "required": required}
    if verdict.status is ProgressStatus.MET:
        shown.under_headline(m.progress_earlier_year_met.format(**values))
        return
    short = verdicts.number(verdict.required_ec - ec)
    weeks = book.integer(ParameterId.APPEAL_WEEKS)
    shown.under_headline(m.progress_earlier_year_short.format(short=short, weeks=weeks, **values))
    for finding in (
        book.finding("decision_by_email", "behind", "info"),
        book.finding("appeal_deadline", "after_decision", "action", weeks=weeks),
    ):
        shown.citations.append(finding.citation)
    shown.adviser(True)


def _before_recent_check(
    facts: QuestionFacts, started_on: date, recent: date | None, *, said: bool = True
) -> tuple[date, date | None]:
    """ "Started in September, I have 28 EC", days after the check: EC already earned are no start
    made this week, but the last period's (the year before, as a start without its year). With
    the start read so, the start it was moved from, which the reply also answers for."""
    stated_year = any(d.month == started_on.month for d in facts.month_years)
    if recent is None or started_on <= recent or stated_year or facts.ec[0] <= 0 or facts.new_start:
        return started_on, None
    before = safe_date(started_on.year - 1, started_on.month, started_on.day) or started_on
    # "I started last September": the student says which, so no other reading is given.
    # A start assumed, or EC said to be those of the check day, have no other reading.
    return before, None if facts.words & _SAID_BACK or not said else started_on


_SAID_BACK = frozenset({"last", "previous", "vorige", "vorig", "ago"})
"""Beside a start without its year, words that place it before this one ("last September")."""


def _last_check(book: Rulebook, today: date) -> date:
    """The last 31 August check before today."""
    check = book.on(ParameterId.PROGRESS_CHECK, today.year)
    return check if check < today else book.on(ParameterId.PROGRESS_CHECK, today.year - 1)


def _recent_check(book: Rulebook, today: date) -> date | None:
    """The last 31 August check, if it was at most the appeal time ago: just after it, that check
    is what a student's EC are measured against."""
    check = _last_check(book, today)
    return check if today - check <= book.weeks(ParameterId.APPEAL_WEEKS) else None


def _provider(facts: QuestionFacts, cue: Cues) -> Provider:
    """Leiden, unless the question names another university or gives half credits, which only
    other universities award ("Other universities may award half credits")."""
    halves = any(amount % 1 for amount in (*facts.ec, *facts.per_course))
    named = facts.words & cue.other_university
    if _LEIDEN in facts.words:
        named -= {_UNIVERSITY}  # "a Leiden University course": Leiden's own
    return Provider.OTHER_UNIVERSITY if named or halves else Provider.LEIDEN


_LEIDEN = "leiden"
_UNIVERSITY = "university"
"""Of the words for another university, the one Leiden's own name has too."""


def _as_of(shown: verdicts.Presented, day: date, today: date, m: Messages) -> verdicts.Presented:
    """A verdict worked out for another day than today (the one the question gives) says so, so no
    date reads as ahead of the student's real today by mistake."""
    if day != today:
        shown.line(m.as_of_stated.format(date=verdicts.day(day, m)))
    return shown


def _decided_for(facts: QuestionFacts, cue: Cues) -> bool:
    """A decision in the student's favour: "positive", or "the Board accepted my illness" (not
    "did not accept", "rejected")."""
    accepted = bool(facts.words & cue.approved) and not facts.words & cue.negation
    return bool(facts.words & cue.decided_for) or accepted


_APPEAL_WORDS = frozenset({"appeal", "appeals", "objection", "bezwaar", "beroep"})
"""The words that name an appeal itself (the `appeal` cue also holds "decision", "decided")."""


def _appeal_answer(
    book: Rulebook, m: Messages, cue: Cues, facts: QuestionFacts, today: date
) -> Answer | None:
    """The last day to appeal a decision the question dates, worked out for the question's today."""
    day = _calculation_day(facts, today)
    # "If I don't make it by 31 August, who sends the decision?" dates no decision.
    decided = _decision_date(book, facts, day, cue)
    # "I submitted a petition on 20 November, will it be decided in time?": an elective's permission,
    # which no appeal of the progress page is about.
    petition = bool(facts.words & cue.permission) and not facts.words & _APPEAL_WORDS
    if (
        decided is None
        or not facts.words & cue.appeal
        or facts.words & cue.appealed
        or _decided_for(facts, cue)
        or petition
    ):
        return None  # a positive decision, or an appeal already lodged: their entries answer
    if _check_day_ahead(book, facts, decided, cue):
        return None
    shown = verdicts.appeal(check_appeal(book, decided, day), m)
    if "dated" not in facts.words and facts.words & cue.received:
        # "I received the decision e-mail on 5 September": the 6 weeks run from the date on it.
        shown.under_headline(m.appeal_received.format(date=verdicts.day(decided, m)))
    if facts.words & _ABOUT_THE_PERMIT:
        # "What happens with my permit now?": what the decision means for it, under the date.
        negative = verdicts.said(m, book.finding("negative_decision", "info", "info"))
        shown.under_headline(negative if "negative" in facts.words else m.appeal_if_negative)
    return _computed(_as_of(shown, day, today, m), ("circumstances",))


def build_computers(
    kb: KnowledgeBase, stopwords: frozenset[str], calculated: frozenset[str] = frozenset()
) -> list[Computer]:
    """The question-with-numbers answerers, in the order they are tried; `stopwords` as the
    normaliser folds them (a question of nothing but EC and a worry is a progress question), and
    its `calculated` words (a start, months: "and 10 EC if I pass my exams in June")."""
    book = kb.rulebook
    m = kb.messages
    cue = kb.lexicon.cues
    rule_amounts = frozenset(
        book.ec(pid) for pid in (ParameterId.REQUIRED_EC_SEPTEMBER, ParameterId.REQUIRED_EC_FEBRUARY)
    )

    def appeal(facts: QuestionFacts, today: date, record: ElectiveRecord) -> Answer | None:
        return _appeal_answer(book, m, cue, facts, today)

    def progress(facts: QuestionFacts, today: date, record: ElectiveRecord) -> Answer | None:
        real_today, today = today, _progress_day(book, facts, today, cue)
        facts, listed = _as_listed(_awaiting_entry(facts, cue), cue)
        said_ec = facts.ec
        facts = _as_counted(facts)
        at_check = any(d == book.on(ParameterId.PROGRESS_CHECK, d.year) for d in facts.dates)
        asked = listed or _asks_progress(
            facts,
            cue,
            stopwords,
            rule_amounts,
            at_check=at_check,
            calculated=calculated,
            ahead=_ahead_expected(facts, cue, today),
        )
        # "I did the exam for a 10 EC course": a course's size, with no start, is not all the student has.
        course_only = facts.course_sized and not listed and not facts.words & cue.start
        if not asked or course_only or _no_verdict_asked(facts, cue, today) or facts.words & cue.decided_for:
            return None
        if no_student_permit(facts, cue):
            return None  # an EU student's EC are judged by no rule of the page: its entry says so
        if _asks_what_counts_as_circumstances(facts, cue):
            return None  # "22 EC ... does work count as exceptional circumstances?": the entry answers
        said = _start_of(facts, today, cue)
        start = said or _assumed_start(facts, today, cue, at_check=at_check)
        if start is None:
            return None
        kind, started_on = start
        recent = _recent_check(book, today)
        started_on, this_start = _before_recent_check(
            facts, started_on, recent, said=bool(said) and not at_check
        )
        earlier = _earlier_check(book, facts, started_on, kind, real_today)
        today, started_on = _judged_when(facts, earlier, today, started_on)
        ahead = started_on > today
        if ahead:
            # A start ahead ("I start in February 2027"): its period, seen from its first day, for
            # EC that can only be expected.
            today, facts = started_on, facts.model_copy(update={"expected": True})
        premaster = kind in (StartKind.PREMASTER, StartKind.SHORT_PREMASTER)
        # A premaster's check is its own end, judged by the rule core.
        at_last_check = not premaster and _at_last_check(facts, cue, today, real_today, recent, started_on)
        # "I have 24 EC, what happens now?" days after the check: those EC are what the check saw,
        # and the check is what matters now, not next year's.
        today = recent if at_last_check and recent is not None else today
        # EC of this year beside an earlier year's ("16 EC by last August, 12 since September").
        beside_earlier = earlier is not None and today != earlier[0]
        this_year = beside_earlier or facts.this_year_ec
        situation = ProgressSituation(
            start=kind,
            started_on=started_on,
            ec_obtained=facts.ec[0],
            ec_pending=counted_ec(facts.pending),
            premaster_ec_total=_premaster_total(facts) if premaster else None,
            length_unsaid=kind is StartKind.PREMASTER,
            circumstances_reported=_reported(book, facts, cue),
            ec_this_year={"this", "year"} <= facts.words or this_year,  # "20 EC this year"
        )
        verdict = _progress_verdict(book, situation, facts, today, real_today)
        late = _finished_late(facts, verdict, real_today) if premaster else None
        if late is not None:
            return _computed(_premaster_late(book, m, verdict, late), ("progress",))
        # A question's EC are what the student has, maybe since an earlier year; the dialog asks for
        # the EC of this period instead.
        shown = _told_progress(
            book, m, cue, facts, verdict, started_on, assumed=said is None, this_year=this_year
        )
        _still_to_come(book, m, cue, shown, facts, situation, verdict, today)
        on_the_day = verdict if today == real_today == verdict.deadline else None
        _notes_under_headline(book, m, cue, shown, facts, said_ec, situation, today, this_start, on_the_day)
        if earlier is not None and today == earlier[0]:
            _as_of_earlier_year(m, shown, verdict, today)
            return _computed(shown, ("progress",))
        if beside_earlier and earlier is not None and facts.earlier_year_ec is not None:
            # "16 EC by last August, since September 12 EC": this year's verdict, and last year's.
            _earlier_year_line(book, m, shown, kind, earlier, facts.earlier_year_ec)
        # A start ahead was judged from its first day, for the student's today.
        day = real_today if ahead else today
        # "... now it's my second year, how many EC do I need this year?": after a February starter's
        # first check, the new year's rule (only the general one, to confirm).
        judged = _judged_on(
            shown,
            m,
            verdict,
            day,
            real_today,
            at_last_check=at_last_check,
            premaster=premaster,
            new_year=_new_year(book, situation, real_today) if at_last_check else None,
        )
        return _computed(judged, ("progress",), met=verdict.status is ProgressStatus.MET)

    computers: list[Computer] = [
        appeal,
        progress,
        *_stated_cases(book, m, cue),
        _course_computer(book, m, cue),
    ]
    return computers


def _course_computer(book: Rulebook, m: Messages, cue: Cues) -> Computer:
    """A course's verdict, or, after a cap said to be used up, that of the course asked after it."""

    def course(facts: QuestionFacts, today: date, record: ElectiveRecord) -> Answer | None:
        used_up = _cap_used_up(book, cue, facts)
        judged = _several_answer if used_up is not None else _course_answer
        return judged(book, m, cue, used_up or facts, facts.stated_today or today, record)

    return course


_USED = frozenset({"used", "already"})


def _cap_used_up(book: Rulebook, cue: Cues, facts: QuestionFacts) -> QuestionFacts | None:
    """ "I already used my 5 EC at level 300. Can I do another level 300 course?": a course of no
    size asked about after a cap said to be used up, as the used course and one of the least size
    after it (which the cap leaves no room for, whatever its size); None for any other question."""
    if len(facts.ec) != 1 or len(facts.levels) < 2 or not facts.words & _USED or facts.courses:
        return None
    used, (done, asked) = facts.ec[0], (facts.levels[0], facts.levels[-1])
    master = book.integer(ParameterId.MASTER_LEVEL)
    if done >= master or asked >= master:
        return None
    introductory = book.integers(ParameterId.INTRODUCTORY_LEVELS)
    both_introductory = {done - done % 100, asked - asked % 100} <= set(introductory)
    full = used >= book.ec(ParameterId.BELOW_MASTER_CAP_EC) or (
        both_introductory and used >= book.ec(ParameterId.INTRODUCTORY_CAP_EC)
    )
    if not full:
        return None
    least = Decimal(1)
    return facts.model_copy(
        update={"ec": (used, least), "courses": ((used, done), (least, asked)), "earlier": 1}
    )


def _course_answer(
    book: Rulebook, m: Messages, cue: Cues, facts: QuestionFacts, today: date, record: ElectiveRecord
) -> Answer | None:
    """One course's EC (and level), or several amounts with no level: what can count of them."""
    # "2x 2.5 EC abroad": courses counted one by one, at another university, are electives.
    counted_elsewhere = len(facts.per_course) > 1 and bool(facts.words & cue.other_university)
    if not facts.ec or not (facts.words & cue.course or counted_elsewhere) or _about_procedure(facts, cue):
        return None
    amounts = facts.per_course or facts.ec
    if _project_beside_courses(facts, cue) is not None and len(amounts) == 2 and facts.assisted in amounts:
        # "2 EC assisting and a 3 EC level 300 course": the course's EC are the 3
        amounts = tuple(a for a in amounts if a != facts.assisted) or amounts[:1]
    if len(amounts) > 1:
        # Several amounts and no level: what rounding alone leaves of them, course by course. A
        # grade said with them belongs to one course we cannot tell, an ArtScience kind to the
        # rule core.
        # A final 5.5 said among them ("course B 2.5 EC with a 5.5") is said under the rounding.
        five_and_half = _five_and_half_said(facts)
        graded = facts.grade is not None and not five_and_half
        if facts.level is not None or graded or facts.words & cue.artscience:
            return None
        together = half_credits(book, amounts, today, _provider(facts, cue))
        if together is None:
            return None
        shown = verdicts.half_credits(together, m)
        if five_and_half:
            shown.line(m.courses_five_and_half_open)
            shown.citations.append(book.clause("grade_five_and_half").citation)
        return _computed(shown, ("course",))
    ec = amounts[0]
    provider = _provider(facts, cue)
    if facts.level is None:
        rounded = half_credit(book, ec, today, facts.grade, provider)
        if rounded is None:
            return None
        return _computed(verdicts.half_credit(rounded, m), ("course",))
    if facts.words & cue.artscience:
        return None
    honours = Honours.YES if facts.words & cue.honours and "honours" not in facts.aside else Honours.NO
    named = CourseQuestion(name="", ec=ec, provider=provider, level=facts.level, honours=honours)
    judged = _judged(book, m, cue, facts, record, today, [named])
    return _with_aside_said(book, m, cue, facts, judged, record)


def _several_answer(
    book: Rulebook, m: Messages, cue: Cues, facts: QuestionFacts, today: date, record: ElectiveRecord
) -> Answer | None:
    """Several courses judged in the order named, after any the student says are already used."""
    provider = _provider(facts, cue)
    named = [CourseQuestion(name="", ec=ec, provider=provider, level=level) for ec, level in facts.courses]
    # "An honours course of 5 EC and a regular one of 6 EC": the honours one never counts.
    honours = next((k for k, (ec, _) in enumerate(facts.courses) if ec == facts.honours_ec), None)
    if honours is not None:
        named[honours] = named[honours].model_copy(update={"honours": Honours.YES})
    if facts.earlier:
        judged = _after_used(book, m, cue, facts, record, today, named)
    else:
        judged = _judged(book, m, cue, facts, record, today, named)
    return _with_aside_said(book, m, cue, facts, judged, record)


_LEFT = frozenset({"left", "remaining", "remains", "over"})
"""Asked of a cap: what is left of it ("how much is left for my own project?")."""


def _own_left(book: Rulebook, facts: QuestionFacts, cue: Cues) -> QuestionFacts:
    """ "2 EC for assisting: how much is left for my own project?": an own project of the whole
    cap, judged after the assisting, says what is left of it."""
    words = facts.words
    if facts.assisted is None or not words & cue.own or len(facts.ec) != 1 or not words & _LEFT:
        return facts
    return facts.model_copy(update={"ec": (facts.assisted, book.ec(ParameterId.PROJECT_CAP_EC))})


def _own_after_assisting(book: Rulebook, m: Messages, cue: Cues) -> Computer:
    """An own project judged after the assisting beside it, which uses part of the project cap."""

    def compute(facts: QuestionFacts, today: date, record: ElectiveRecord) -> Answer | None:
        """ "I got 2 EC for helping a graduation project, now my own 4 EC project": the assisting
        uses part of the project cap, so the rule core judges the own project after it. With a
        third amount ("a 3 EC project approved, 2 EC assisting: can I add another 2 EC project?"),
        the first own project is approved work too, and the last one is the one asked about."""
        words = facts.words
        facts = _own_left(book, facts, cue)
        # "I'll assist a friend and do my own 4 EC project": the assisting at the most it can give.
        assisting = bool(words & cue.assist) and "graduation" in words
        assumed = facts.assisted is None and assisting and len(facts.ec) == 1
        if assumed:
            most = book.ec(ParameterId.ASSISTING_CAP_EC)
            facts = facts.model_copy(update={"assisted": most, "ec": (most, *facts.ec)})
        if facts.assisted is None or not words & cue.own or len(facts.ec) not in (2, 3):
            return None
        # A follow-up changed the amounts (the assisting said before is not among them), or the project
        # is said beside a level course ("4 EC own project, 2 EC assisting and a 3 EC level 300
        # course"): the course's verdict says it.
        if facts.assisted not in facts.ec or (facts.aside_project is not None and facts.level is not None):
            return None
        if words & cue.rule_terms:
            return None  # "are the 2 EC for assisting separate from the 5 EC?": how the caps relate
        if words & cue.repeat:
            # "Can I do it again for another 2 EC? And later get help for my own project?": the
            # second amount is a second assisting, whatever the own project is for.
            return None
        others = list(facts.ec)
        others.remove(facts.assisted)
        if len(others) == 2 and others[-1] == others[0] + facts.assisted:
            others.pop()  # "3 ec assisting + 3 ec own project = 6 ec": the sum, no third part
        *earlier, asked = others
        helped = check_project(
            book, ProjectQuestion(name="assisting", ec=facts.assisted, kind=ProjectKind.ASSISTING), record
        )
        before = with_project(record, helped.project, helped.verdict)
        for ec in earlier:
            approved = ProjectQuestion(name="own project", ec=ec, kind=ProjectKind.OWN)
            done = check_project(book, approved, before)
            before = with_project(before, done.project, done.verdict)
        own = ProjectQuestion(name="own project", ec=asked, kind=ProjectKind.OWN)
        judged = check_project(book, own, before).verdict
        shown = verdicts.project(judged, m)
        # What the student asked ("is this combination fine?"): the parts together.
        cap = book.integer(ParameterId.PROJECT_CAP_EC)
        counted = Decimal(helped.verdict.ec_counted)
        own_counted = Decimal(judged.ec_counted)
        verdicts.with_assisting(shown, facts.assisted, counted, own_counted, cap, m, sum(earlier, Decimal(0)))
        if assumed:
            shown.under_headline(m.assisting_at_most.format(ec=verdicts.number(facts.assisted)))
        return _computed(shown, ("electives",))

    return compute


def _stated_cases(book: Rulebook, m: Messages, cue: Cues) -> list[Computer]:
    """Questions whose own words decide the rule: several courses at once, assisting again."""

    def several(facts: QuestionFacts, today: date, record: ElectiveRecord) -> Answer | None:
        """Two or more courses, each with its EC and level, share the caps in the order given."""
        if not facts.courses or facts.words & cue.artscience or _about_procedure(facts, cue):
            return None
        return _several_answer(book, m, cue, facts, today, record)

    def assisting_again(facts: QuestionFacts, today: date, record: ElectiveRecord) -> Answer | None:
        """ "Can I help another student's graduation project again?": the rule core, with the
        earlier assisting the question states, says once only."""
        words = facts.words
        # "I helped one student for 2 EC, can I help another?": the amount said for helping is
        # the assisting's, though no word names a graduation project.
        about = words & (cue.graduation | cue.assisting) or facts.assisted is not None
        if not (facts.ec and words & cue.assist and about and facts.assisting_again):
            return None
        own_project = bool(words & cue.own) and not words & cue.repeat
        asks_to_assist = facts.was_assisted and facts.asks_to_assist
        unclear = (facts.helped_by_another or facts.was_assisted) and not asks_to_assist
        if own_project or unclear or len(facts.ec) > 2:
            # "I helped once, now my own project", "another student wants to help me too", a plan of
            # several parts: not simply a second assisting; the entries answer it.
            return None
        ec = facts.ec[-1]
        # "Someone assisted me; can I assist another student?": whether that rules it out, the page
        # does not spell out (the rule core says so); never "you have already assisted".
        work = ProjectQuestion(
            name="assisting",
            ec=max(ec, Decimal(1)),
            kind=ProjectKind.ASSISTING,
            assisted_before=not asks_to_assist,
            was_assisted=asks_to_assist,
        )
        return _computed(verdicts.project(check_project(book, work, record).verdict, m), ("electives",))

    def artscience(facts: QuestionFacts, today: date, record: ElectiveRecord) -> Answer | None:
        """ "A 3 EC first-year ArtScience course and a 6 EC lab": each kind at the level the page
        gives it, sharing the caps; an upgrade only when the student asks for it outright."""
        if not facts.artscience or _about_procedure(facts, cue):
            return None
        words = facts.words
        # "Make it level 400" asks for the upgrade as plainly as the word does.
        # "It counts as 100-300; I'd like it as level 400": any level named at 400 asks for it.
        asked = bool(words & cue.upgrade) or (
            any(level >= book.integer(ParameterId.MASTER_LEVEL) for level in facts.levels)
            and not facts.beside_artscience  # the level 400 is that of the course beside
        )
        upgrade = asked and not facts.upgrade_denied
        # "A Lab upgraded to 400 and a research group without upgrade": said of each course, the
        # upgrade is each one's; the others named beside them are not upgraded.
        each = facts.artscience_upgrades
        said_of_each = len(each) == len(facts.artscience) and any(u is not None for u in each)
        upgrades = [bool(u) for u in each] if said_of_each else [upgrade] * len(facts.artscience)
        named = [
            # Asked for any kind: the rule core says when only Research groups and Labs can be.
            CourseQuestion(
                name="",
                ec=ec,
                provider=Provider.ARTSCIENCE,
                artscience_type=_ARTSCIENCE_TYPES[kind],
                upgrade_requested=upgraded,
            )
            for (ec, kind), upgraded in zip(facts.artscience, upgrades, strict=True)
        ]
        provider = _provider(facts, cue)
        beside = [
            CourseQuestion(name="", ec=ec, provider=provider, level=level)
            for ec, level in facts.beside_artscience
        ]
        if facts.beside_used:
            # "I already have a 3 EC level 300 course approved; now a KABK course?": that one first.
            used = facts.model_copy(update={"earlier": facts.beside_used})
            return _after_used(book, m, cue, used, record, today, beside + named)
        return _judged(book, m, cue, facts, record, today, named + beside)

    return [
        several,
        artscience,
        _assisting_after_projects(book, m, cue),
        _own_after_assisting(book, m, cue),
        assisting_again,
        _own_project(book, m, cue),
    ]


def _own_project(book: Rulebook, m: Messages, cue: Cues) -> Computer:
    """ "Can I do a 6 EC project?": one own project of that size against the project cap (more
    than the cap cannot all count), never the assisting rule, which is about helping another's."""

    def compute(facts: QuestionFacts, today: date, record: ElectiveRecord) -> Answer | None:
        words = facts.words
        if len(facts.ec) != 1 or facts.level is not None or facts.assisted is not None:
            return None
        if "project" not in words or words & (cue.assist | cue.rule_terms | cue.earlier | cue.repeat):
            return None
        if words & (cue.graduation - {"project"}):
            return None  # a thesis or graduation project is no elective project
        own = ProjectQuestion(name="own project", ec=facts.ec[0], kind=ProjectKind.OWN)
        return _computed(verdicts.project(check_project(book, own, record).verdict, m), ("electives",))

    return compute


def _how_much_assisting(facts: QuestionFacts, cue: Cues) -> bool:
    """One amount, the project work the student has, and a question of how much helping another's
    graduation project would give: not a second assisting."""
    words = facts.words
    asked = bool(words & cue.assist and words & cue.counting and words & cue.graduation)
    return asked and len(facts.ec) == 1 and not (words & cue.repeat or facts.assisting_again)


def _project_then_assisting(facts: QuestionFacts, cue: Cues) -> bool:
    """Project work, then the assisting ("a 4 EC project, now 2 EC assisting"), and perhaps more
    project work after both ("and a 1 EC project on top?")."""
    amounts = facts.ec
    if len(amounts) == 2:
        return amounts[-1] == facts.assisted
    return len(amounts) == 3 and amounts[1] == facts.assisted and bool(facts.words & cue.project_work)


def _assisting_after_projects(book: Rulebook, m: Messages, cue: Cues) -> Computer:
    """ "I already did 3 EC of project work; can I get 2 EC for assisting a graduation project?":
    the project work done fills the project cap first, then the assisting is judged against what
    is left of it."""

    def compute(facts: QuestionFacts, today: date, record: ElectiveRecord) -> Answer | None:
        words = facts.words
        assisted = facts.assisted
        if assisted is None and _how_much_assisting(facts, cue):
            # "I already have 4 EC from my own project. How much can I get for helping?": the most
            # assisting can give, judged against what the project work left of the cap.
            assisted = book.ec(ParameterId.ASSISTING_CAP_EC)
        elif assisted is None or not _project_then_assisting(facts, cue):
            return None
        elif words & (cue.own | cue.repeat | cue.rule_terms) or facts.assisting_again:
            return None  # an own project planned, a second assisting, or a question about the caps
        elif facts.level is not None and facts.aside_project is not None:
            return None  # "5 EC at level 300 approved ... 3 EC project work and 2 EC assisting": a course
        # "I'm doing a 4 EC project and would add 2 EC for assisting": that project first; a
        # project said beside the assisting's own amount only ("assisting two students in their
        # graduation projects, 1 EC each" has none of its own).
        doing = bool(words & cue.project_work) and facts.assisted is not None and not facts.per_course
        if not words & cue.earlier and not doing:
            return None
        done = ProjectQuestion(name="earlier project work", ec=facts.ec[0], kind=ProjectKind.OWN)
        earlier = check_project(book, done, record)
        before = with_project(record, earlier.project, earlier.verdict)
        work = ProjectQuestion(name="assisting", ec=assisted, kind=ProjectKind.ASSISTING)
        helped = check_project(book, work, before)
        helping = helped.verdict
        cap = book.integer(ParameterId.PROJECT_CAP_EC)
        own = Decimal(earlier.verdict.ec_counted)
        # "3 EC project and 2 EC assisting = 5 EC": a third amount that is the two added up is their
        # total said again, no more project work.
        more_work = len(facts.ec) == 3 and facts.ec[2] != facts.ec[0] + facts.ec[1]
        if more_work:
            # "And a 1 EC project on top?": more project work after both, judged on what they left.
            after = with_project(before, helped.project, helping)
            more = ProjectQuestion(name="more project work", ec=facts.ec[2], kind=ProjectKind.OWN)
            added = check_project(book, more, after).verdict
            shown = verdicts.project(added, m)
            # The total with this one's EC that can count: the verdict's own figure, never 4 beside 1.
            this = Decimal(added.ec_counted)
            assisting = Decimal(helping.ec_counted)
            values = {
                "earlier": verdicts.number(own),
                "assisted": verdicts.number(assisting),
                "this": verdicts.number(this),
                "total": verdicts.number(own + assisting + this),
                "cap": str(cap),
            }
            template = m.project_with_earlier_and_this if this else m.project_with_earlier
            shown.blocks.insert(1, template.format(**values))
        else:
            shown = verdicts.project(helping, m)
            # The parts together, against the project cap ("3 EC project plus 3 EC helping: fine?").
            verdicts.with_assisting(shown, assisted, Decimal(helping.ec_counted), own, cap, m)
        counted = m.earlier_project.format(ec=verdicts.number(facts.ec[0]))
        used = bool(words & cue.earlier)
        return _after_counting(_computed(shown, ("electives",)), m, counted, used=used)

    return compute
