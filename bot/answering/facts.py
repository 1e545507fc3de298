"""The numbers and dates a question carries ("7.5 ects", "22 EC since September", "dated 25 August").

Pure reading of text into typed facts; what the facts mean is for the rule core to say.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from bot.answering.dates import DateReader, last_first_of
from bot.answering.reading import SENTENCE_END
from bot.content.normalise import Cues, Normaliser, fold
from bot.rules.electives import round_down
from bot.rules.frozen import Frozen
from bot.rules.parsing import safe_date
from bot.rules.progress import MID_MONTH

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")
_SHORT_NUMERIC = re.compile(r"\b(?:on|dated|of|from|since) (\d{1,2})/(\d{1,2})\b(?![/-]\d)")
"""A day and month without the year, only right after a word that introduces a date ("on 10/9"):
alone, "3/5" may be anything."""
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
_LEVEL = re.compile(r"\blevel (\d{3})\b|\b(\d{3}) level\b|\b(\d{3})-level\b")


_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")


def is_number(word: str) -> bool:
    """A word that is a number ("12", "7.5"), as amounts, levels and grades are written, or a
    day's ordinal ("the 31st of August")."""
    return _NUMBER.match(word) is not None or _ORDINAL.match(word) is not None


SEPTEMBER, FEBRUARY = 9, 2
"""The two months a study year can start in, on the progress page."""

_NOT_AN_AMOUNT = r"(?! (?:ec|ects|ecs|credits|credit|studiepunten)\b)"


class _DatePatterns:
    """The patterns of dates inside a question, built from the lexicon's month words."""

    def __init__(self, months: tuple[tuple[str, ...], ...], not_alone: frozenset[str]) -> None:
        self.reader = DateReader(months, not_alone)
        month = self.reader.alternation or "(?!)"
        self.day_month = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({month})\b(?: (\d{{4}}))?")
        # "started feb, 9 ec in may": a number followed by its unit is an amount, not a day.
        self.month_day = re.compile(
            rf"\b({month}) (\d{{1,2}})(?:st|nd|rd|th)?\b{_NOT_AN_AMOUNT}(?: (\d{{4}}))?"
        )
        self.month_year = re.compile(rf"\b({month}) (\d{{4}})\b")
        day_month = rf"\d{{1,2}}(?:st|nd|rd|th)? (?:{month})(?: \d{{4}})?"
        month_day = rf"(?:{month}) \d{{1,2}}(?:st|nd|rd|th)?{_NOT_AN_AMOUNT}(?: \d{{4}})?"
        self.stated_today = re.compile(
            rf"\b(?:today(?: is)?|(?:it is|its|it s)(?: now)?|now(?: it is| its| is)?)(?: the)?"
            rf" ({day_month}|{month_day})\b"
            # "25 aug today is 30 sept", "decision 20 aug, today 15 sep": a date right after "today"
            # is the question's today; what precedes it is not.
            rf"|\b({day_month}) (?:now|today)\b(?! is\b)(?! (?:the )?(?:\d|(?:{month})\b))"
        )
        self.stated_month = re.compile(
            rf"\b(?:it is|its|it s)(?: now| already)? (?:mid[ -]|early[ -]|late[ -]|the end of |end of )?"
            rf"({month})(?: (\d{{4}}))?\b(?! \d)"
            rf"|\bnow in (?:mid[ -]|early[ -]|late[ -])?({month})\b(?! \d)"
            rf"|\bright now ({month})\b(?! \d)"  # "I have 24 EC right now (June)"
        )
        """ "It's now April", "it's now May 2027": the question's today is in that month (its
        middle; without a year, the nearest one)."""


@functools.cache
def _patterns(months: tuple[tuple[str, ...], ...], not_alone: frozenset[str]) -> _DatePatterns:
    """Built once per lexicon (one per knowledge base), on first use."""
    return _DatePatterns(months, not_alone)


class QuestionFacts(Frozen):
    """What a question states, each None when it does not say."""

    ec: tuple[Decimal, ...] = ()
    """Amounts written next to EC (or a synonym), in order, pending ones excepted."""
    pending: tuple[Decimal, ...] = ()
    """Amounts the student says are pending (waiting to be entered in uSis)."""
    per_course: tuple[Decimal, ...] = ()
    """Each course's amount where one is said of several ("two courses of 2.5 EC each": 2.5 and
    2.5, where `ec` has their 5); empty otherwise."""
    level: int | None = None
    halves: tuple[Decimal, Decimal] | None = None
    """EC the student adds up and what they count for, half credits rounded down course by course
    ("7.5 + 7.5 = 15 EC": 15 said, 14 counted); None where no half is lost."""
    levels: tuple[int, ...] = ()
    """Every level named, in order ("a Lab, which counts as 100-300; I'd like it as level 400")."""
    upgrade_denied: bool = False
    """An upgrade or a level said with a "no" just before it ("without upgrade", "not as level
    400"); a "no" elsewhere ("what if the board says no?") denies nothing."""
    upgrade_asked: bool = False
    """An ArtScience course's upgrade is asked for, not denied ("and with the upgrade?")."""
    dates: tuple[date, ...] = ()
    limits: frozenset[date] = frozenset()
    """Those of `dates` said as a limit ("by 31 August", "before 1 July"): no decision was dated then."""
    yearless: frozenset[date] = frozenset()
    """Those of `dates` written without their year ("by 31 August"): read as the latest such day
    not after today, which for a deadline may be the wrong year."""
    dated_on: date | None = None
    """The first of `dates` written after "dated" ("the letter is dated 1 October"): the date a
    decision bears, whatever other day the question names (the day it arrived)."""
    months: tuple[int, ...] = ()
    """Months named without a day ("started in September")."""
    timed_months: tuple[int, ...] = ()
    """Months said, with the part of them, as when something happens ("grades come out mid
    September", "by the end of January"), not as a start."""
    result_months: tuple[int, ...] = ()
    """Months said as when a course's result comes ("ends in October", "graded in September")."""
    ending_months: tuple[int, ...] = ()
    """Of those, the months a course ends ("ends in October"): its EC are not obtained before."""
    month_years: tuple[date, ...] = ()
    """A month with its year ("started in February 2026"), as the first of that month."""
    courses: tuple[tuple[Decimal, int], ...] = ()
    """(EC, level) pairs when the question names each course's EC beside its level, or as many
    levels as amounts (paired in the order written: "a 200 level course of 5 EC and a 300 one of 3")."""
    approved: bool = False
    """The student says the petition was approved (never in a question whether it will be)."""
    grade: Decimal | None = None
    """A final grade the question states ("got a 5.5"), never an amount of EC."""
    grade_supposed: bool = False
    """The grade is one the student supposes ("and if I get a 5.5?"), not one they have."""
    graded_ec: Decimal | None = None
    """Of several courses, the EC of the one the grade is said of: the amount said last before it
    ("a 5 EC course where I got 5.5, and a 2.5 EC course where I got 7": the 5 EC one)."""
    stated_today: date | None = None
    """The question's own today ("it's 10 July now"): answers are computed for that day."""
    artscience: tuple[tuple[Decimal, str], ...] = ()
    """In a question about ArtScience, each amount with the kind of course named nearest to it, as
    the name of its cue list ("a 6 EC lab" -> (6, "artscience_lab")); empty unless every amount
    has its own kind close by."""
    beside_artscience: tuple[tuple[Decimal, int], ...] = ()
    """Beside `artscience`, the courses said with a level of their own ("a 3 EC KABK introductory
    course and a 4 EC level 300 course at Leiden"): judged with them, sharing the caps."""
    day_first: tuple[tuple[str, date, date], ...] = ()
    """Dates written in numbers that read either way ("09/01/2027"): as written, read day first
    (as in the Netherlands: 9 January), and read month first (1 September); the reply says which."""
    exam_ahead: bool = False
    """An exam or resit still to sit is told ("the exam is on 30 June", "my resit in August"): EC
    waited for are still to come, never only waiting for uSis."""
    unsure_part: Decimal | None = None
    """Part of the student's total whose counting the pages do not decide ("30 EC but 5 of them are
    from an extracurricular course", "my 6 EC elective was not approved"): no verdict on the total."""
    beside_used: int = 0
    """How many of `beside_artscience`, all said before the ArtScience courses, the student says are
    already used or approved ("I already have a 3 EC level 300 course approved; now a 3 EC KABK
    introductory course?"): they use the caps first, and only the ArtScience ones are asked about."""
    artscience_upgrades: tuple[bool | None, ...] = ()
    """Beside each of `artscience`, what the words around it say of its upgrade: asked (True),
    declined ("without upgrade", False), or nothing (None)."""
    helped_by_another: bool = False
    """Assisting said with "by" or "been" ("assisted by another student", "I've been helping"): who
    helps whom is not plain, so the entries answer it rather than a verdict of a second assisting."""
    was_assisted: bool = False
    """The student says they were the assisted party ("someone assisted me", "I was assisted")."""
    asks_to_assist: bool = False
    """The student asks whether they may be the helper ("can I (still) assist another student?")."""
    assisting_again: bool = False
    """The student asks to assist a graduation project a second time (see `_assisting_again`)."""
    expected: bool = False
    """The student's EC are what they expect to have ("I'll end up with 14 EC by August"), not
    what they have now: a projection of the check, not a verdict on today."""
    course_sized: bool = False
    """Every amount is one course's size ("a 6 EC course"), none a total the student has."""
    course_starts: bool = False
    """A start said of a course ("it starts 2 February 2027", "the course begins"), not of studies."""
    reported: bool = False
    """The student says they reported their circumstances ("I reported my illness in June"; not
    "no circumstances reported")."""
    earlier: int = 0
    """How many of `courses`, counted from the first, the student says are already used or approved
    ("I already used 3 EC at level 200. Can I add a 3 EC level 300 course?"): the caps they use are
    used, and only the others are asked about."""
    out_of: Decimal | None = None
    """The whole the student's EC are part of: the 15 of "12 of 15 EC", "12/15 EC" or "all 15 EC"
    (for a premaster, the programme the page says must be completed)."""
    petitioned: bool = False
    """The student says they petitioned ("I petitioned before the start", "I submitted my
    petition"), not that it was approved, and not denied ("petition not filed")."""
    no_decision: bool = False
    """The student says no decision has come ("I haven't received any decision", "no decision
    yet"), not that one said no ("my circumstances were not valid")."""
    begun: bool = False
    """The student says the course has started or is done ("I started it last week", "a course I'm
    already following"), without its date."""
    new_start: bool = False
    """The student's start is the latest one ("started this September", "a first-year student"):
    never read back a year, whatever EC they already have."""
    aside: frozenset[str] = frozenset()
    """What the question sets aside beside a course with a level: "honours" for "a 5 EC honours
    course" and "project" for "a 5 EC project" that took nothing from the level caps."""
    honours_ec: Decimal | None = None
    """Of several courses, the EC of the one said to be an honours course ("an honours course of
    5 EC and a regular one of 6 EC"): never an elective."""
    aside_project: Decimal | None = None
    """The EC of that project ("a 5 EC own project"), judged against the project cap of its own."""
    project_part: Decimal | None = None
    """The EC said of a project ("a 5 EC project", "the project only gives 3 EC"): the one part a
    follow-up about the project changes ("and if the project only gives 3 EC?")."""
    assisted: Decimal | None = None
    """EC the question says came from assisting ("2 EC for helping a friend's graduation project"),
    one of `ec`."""
    earlier_year_ec: Decimal | None = None
    """The amount said of an earlier academic year ("I got 20 EC last year"), one of `ec` when it is
    the only one, dropped from it beside this year's ("16 EC by last August, since September 12")."""
    earlier_is_first_year: bool = False
    """`earlier_year_ec` was said as the first year's: earlier only if the start makes it so."""
    earlier_is_rest: bool = False
    """`earlier_year_ec` is a total less this year's part ("50 EC in total, 28 since September"):
    one earlier year's only where the start was one year before."""
    this_year_ec: bool = False
    """The EC held were said as this academic year's ("28 EC this year", "since September")."""
    since_earlier_year: bool = False
    """The EC are said to be "since september 2026" of an earlier academic year than today's: the
    year just checked, never the new period."""
    words: frozenset[str] = frozenset()


def folded_dates(text: str) -> str:
    """Like `fold`, but keeping the - and / that dates are written with."""
    return (
        fold(text.replace("-", " DASH ").replace("/", " SLASH "))
        .replace(" dash ", "-")
        .replace(" slash ", "/")
    )


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _latest_so_far(month: int, day: int, today: date) -> date | None:
    """A day written without its year: the latest such day not after today (None if no such day)."""
    d = safe_date(today.year, month, day)
    if d is not None and d > today:
        d = safe_date(today.year - 1, month, day)
    return d


def _either_way(text: str) -> tuple[tuple[str, date, date], ...]:
    """See `QuestionFacts.day_first`."""
    found = []
    for m in _NUMERIC.finditer(text):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        if first == second or first > 12 or second > 12:
            continue
        day_first, month_first = safe_date(year, second, first), safe_date(year, first, second)
        if day_first is not None and month_first is not None:
            found.append((m[0], day_first, month_first))
    return tuple(found)


def _dates(folded: str, today: date, found_in: _DatePatterns) -> tuple[list[date], set[date], set[date]]:
    """Dates written in the usual ways; those written without a year (such a date is the latest
    one not after today); and those said as a limit ("by 31 August"), which date no event."""
    found: list[tuple[int, date]] = []
    yearless: set[date] = set()
    for m in _ISO.finditer(folded):
        d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        if d:
            found.append((m.start(), d))
    for m in _SHORT_NUMERIC.finditer(folded):
        # "Came on 10/9": day and month, the year left out.
        d = _latest_so_far(int(m[2]), int(m[1]), today)
        if d:
            found.append((m.start(1), d))
            yearless.add(d)
    for m in _NUMERIC.finditer(folded):
        d = safe_date(int(m[3]), int(m[2]), int(m[1]))
        if d:
            found.append((m.start(), d))
    for pattern, day_group, month_group in ((found_in.day_month, 1, 2), (found_in.month_day, 2, 1)):
        for m in pattern.finditer(folded):
            month = found_in.reader.months[m[month_group]]
            day = int(m[day_group])
            if m[3]:
                d = safe_date(int(m[3]), month, day)
            else:
                d = _latest_so_far(month, day, today)
                if d:
                    yearless.add(d)
            if d:
                found.append((m.start(), d))
    # Whatever way the date is written, "by 31/08" limits as "by 31 August" does.
    limits = {d for start, d in found if set(folded[:start].split()[-1:]) & _LIMIT_WORDS}
    return [d for _, d in sorted(found)], yearless, limits


_LIMIT_WORDS = frozenset({"by", "before", "until", "till"})
_DATED = re.compile(r"\bdated\b")
_DECIDED_ON = re.compile(r"\bdecision(?: \w+){0,2} on\b|\bexaminers on\b")
""" "The decision came on", "an e-mail from the Board of Examiners on": without a "dated", the date
after it is the decision's, whatever other days the story names (an exam's, a grade's entry)."""


_DECIMAL_COMMA = re.compile(r"(\d),(\d)")
_GLUED_UNIT = re.compile(r"(\d)(ects|ecs|ec|sp|credits|studiepunten)\b", re.IGNORECASE)
""""20EC", "7.5ects": the amount and its unit, typed without a space."""
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SLASH_TOTAL = re.compile(r"\b(\d+(?:\.\d+)?) ?/ ?(\d+) ?(?=ec|ects|credits|studiepunten)", re.IGNORECASE)
""""25/30 EC": the student's 25 of the 30 they need."""
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_SPELLED = {w: n for n, w in enumerate(_UNITS, start=1)} | {w: n for n, w in enumerate(_TEENS, start=10)}
_SPELLED_AMOUNT = re.compile(
    rf"\b(?:({'|'.join(_TENS)})(?:[ -]({'|'.join(_UNITS)}))?|({'|'.join(_SPELLED)}))"
    r"(?= (?:ec|ects|credits|studiepunten)\b| more\b(?<!one more))",
    re.IGNORECASE,
)
""" "twenty EC", and an amount of more ("what if I get six more?"); never "one more" (a question, a try)."""
_YEAR = 1000
"""An amount this large is a year ("September 2025"), never a student's EC."""

_PART = r"\d+(?:\.\d+)?(?:\s*(?:ec|ects))?"
_WORKED_SUM = re.compile(
    rf"(?<![\d.])({_PART}(?:\s*\+\s*{_PART})+)\s*=\s*\d+(?:\.\d+)?(?![\d.])", re.IGNORECASE
)
""" "22 + 7.5 = 29.5 EC": a sum the student worked out, half credits and all."""


_SUM = re.compile(
    r"(?<![\d.,])(\d+(?:\.\d+)?(?:\s*\+\s*\d+(?:\.\d+)?)+)(?=\s*(?:ec|ects|credits?)\b)", re.IGNORECASE
)
""" "6 + 6 + 5 + 3.5 EC": amounts added up before their unit, each course's half credit rounded
down on its own."""


_LEVEL_BEFORE = re.compile(r"(?:level|lvl|lv|niveau)[\s-]*$", re.IGNORECASE)


def _summed(question: str) -> str:
    """ "I passed 6 + 6 + 5 EC": the student's total, 17 EC, as one amount."""

    def total(m: re.Match[str]) -> str:
        if _LEVEL_BEFORE.search(question[: m.start()]):
            return m[0]  # "level 100 + 3 EC": a level, then the next course's EC
        return str(counted_ec(_sum_parts(m)))

    return _SUM.sub(total, question)


_TIMES_WORKED = re.compile(
    r"((?<![\d.])[2-9]\s*[x×*]\s*\d+(?:\.\d+)?\s*(?:ec|ects)?(?:\s+[a-z]+){0,3})\s*=\s*\d+(?:\.\d+)?\s*(?:ec|ects)?",
    re.IGNORECASE,
)
""" "2x 2.5 EC abroad = 5 EC?": the courses, not the student's product as one more amount."""
_COURSES_WORKED = re.compile(
    r"(\b(?:[2-9]|two|three|four|five|six)\s+(?:courses|vakken|exams|modules)\s+of\s+\d+(?:\.\d+)?\s*"
    r"(?:ec|ects)(?:\s+each)?)\s*=\s*\d+(?:\.\d+)?\s*(?:ec|ects)?",
    re.IGNORECASE,
)
""" "I passed 4 courses of 6 EC = 24 EC": the courses, not their product again."""


def _times(question: str) -> str:
    """Drops the product a student worked out after "2x 2.5 EC" or "4 courses of 6 EC": each
    course counts (and rounds) on its own, and the product is no further amount."""
    return _COURSES_WORKED.sub(r"\1", _TIMES_WORKED.sub(r"\1", question))


def _sum_parts(m: re.Match[str]) -> list[Decimal]:
    return [Decimal(re.sub(r"[^\d.]", "", part)) for part in m[1].split("+")]


def _worked_sums(question: str) -> str:
    """ "I have 22 + 7.5 = 29.5 EC": one amount, the sum of its parts as they count, each half
    credit rounded down (never the parts again as EC still to come, nor the student's result)."""
    return _WORKED_SUM.sub(lambda m: str(counted_ec(_sum_parts(m))), question)


def counted_ec(parts: Iterable[Decimal]) -> Decimal:
    """Courses' EC as they count together, as uSis will hold them: each half credit rounded down
    by the rule core."""
    return Decimal(sum(round_down(part) for part in parts))


def _halves_rounded(question: str, per_course: tuple[Decimal, ...]) -> tuple[Decimal, Decimal] | None:
    """What the student adds up and what it counts for, where half credits make them differ:
    "7.5 + 7.5 = 15 EC" or "two courses of 7.5 EC each" are 15 EC said, 14 EC counted."""
    said: list[Decimal] = []
    if m := _WORKED_SUM.search(question) or _SUM.search(question):
        said = _sum_parts(m)
    elif len(per_course) > 1:
        said = list(per_course)
    counted = counted_ec(said)
    total = sum(said, Decimal(0))
    return (total, counted) if counted != total else None


def _spelled_amounts(question: str) -> str:
    """ "twenty EC", "twenty-two credits": the amount in digits, as the rest of the reading expects."""

    def digits(m: re.Match[str]) -> str:
        if m[3]:
            return str(_SPELLED[m[3].lower()])
        return str(_TENS[m[1].lower()] + (_SPELLED[m[2].lower()] if m[2] else 0))

    return _SPELLED_AMOUNT.sub(digits, question)


_ZERO_WORDS = frozenset({"zero", "none", "nothing", "nul", "geen", "niks"})
_HALF_WORDS = (["and", "a", "half"], ["and", "half"], ["point", "five"], ["komma", "vijf"], ["half"])
_UNIT_WORDS = frozenset({"ec", "ects", "ecs", "credit", "credits", "studiepunten", "sp"})
_CENTURIES = {"nineteen": 1900, "twenty": 2000}


def _spelled_whole(words: list[str]) -> int | None:
    """ "twelve", "twenty two", "sixty", "12": a whole number of at most two words, else None."""
    if len(words) == 1 and (words[0].isdigit() or words[0] in _SPELLED or words[0] in _TENS):
        return int(words[0]) if words[0].isdigit() else _SPELLED.get(words[0], _TENS.get(words[0]))
    if len(words) == 2 and words[0] in _TENS and words[1] in _UNITS:
        return _TENS[words[0]] + _SPELLED[words[1]]
    return None


def spelled_number(text: str) -> Decimal | None:
    """A whole answer that is a number in words ("twelve", "twenty-two EC", "twelve and a half",
    "none"): its value, else None. The dialogs read typed answers with it, so a student on a phone
    who spells an amount is understood as in a free question (see `_spelled_amounts`)."""
    words = fold(text).replace("-", " ").split()
    while words and words[-1] in _UNIT_WORDS:
        words.pop()
    if len(words) == 1 and words[0] in _ZERO_WORDS:
        return Decimal(0)
    for half in _HALF_WORDS:
        if len(words) > len(half) and words[-len(half) :] == half:
            whole = _spelled_whole(words[: -len(half)])
            return None if whole is None else whole + Decimal("0.5")
    whole = _spelled_whole(words)
    return None if whole is None else Decimal(whole)


def spelled_year(text: str) -> int | None:
    """A year in words ("twenty twenty six", "two thousand and twenty-five"), else None: said
    aloud, a year is two numbers or a thousand and the rest."""
    words = fold(text).replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = words[3:] if words[2:3] == ["and"] else words[2:]
        small = _spelled_whole(rest) if rest else 0
        return 2000 + small if small is not None and small < 100 else None
    if words and words[0] in _CENTURIES:
        small = _spelled_whole(words[1:])
        return _CENTURIES[words[0]] + small if small is not None and 10 <= small < 100 else None
    return None


_DATE_PUNCTUATION = re.compile(r"[^0-9a-z/-]+")
_DAY_OF = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? of (?:the )?(?=[a-z])")
""""the 10th of July" is written "10 July" before the date patterns read it."""


_AGO = re.compile(
    r"\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (day|week)s?"
    r"(?: and (\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (day|week)s?)? ago\b"
    r"|\byesterday\b|\b(?:got|received|came|dated|arrived|sent)\b[^.?!]{0,40}?\btoday\b"
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNTS |= {"eight": 8, "nine": 9, "ten": 10}
_DAYS_IN = {"day": 1, "week": 7}


def _days_ago(folded: str, today: date) -> list[date]:
    """ "Two weeks ago", "3 days ago", "yesterday", "got it today": a date counted back from today
    (or the stated today).
    Months are left out: "a month ago" is no day a deadline can be counted from."""
    found = []
    for m in _AGO.finditer(folded):
        if m[0] == "yesterday":
            found.append(today - timedelta(days=1))
        elif m[0].endswith("today"):
            found.append(today)
        else:
            # "6 weeks and 2 days ago": both parts count.
            days = sum(
                (int(n) if n.isdigit() else _COUNTS[n]) * _DAYS_IN[unit]
                for n, unit in ((m[1], m[2]), (m[3], m[4]))
                if n is not None
            )
            found.append(today - timedelta(days=days))
    return found


@dataclass(frozen=True)
class _Years:
    """What a question says of the years its amounts are from (see `_held_this_year`)."""

    earlier: Decimal | None = None
    first_year: bool = False
    rest: bool = False
    """`earlier` is a total less this year's part ("50 EC in total, 28 of them this year": 22)."""
    this_year: bool = False


@dataclass(frozen=True)
class _Amounts:
    """What `_amounts` reads: the fields of `QuestionFacts` about EC."""

    ec: list[Decimal]
    pending: list[Decimal]
    pairs: list[tuple[Decimal, int]]
    per_course: list[Decimal]
    course_sized: bool
    out_of: Decimal | None = None
    earlier: int = 0
    used_last: bool = False
    aside: frozenset[str] = frozenset()
    aside_project: Decimal | None = None
    expected_total: bool = False
    """The amount kept is the total the student expects, said after the parts of it."""
    years: _Years = _Years()
    unsure_part: Decimal | None = None
    honours: Decimal | None = None


_CLAUSE_BREAKS = frozenset({"and", "plus", "but", "also", "while", "then"})
"""Words that end what is said of one course and begin another ("a 6 EC honours course and a 4 EC
level 300 course")."""


def _honours_of(
    words: list[str], placed: list[int], amounts: list[Decimal], sentences: tuple[int, ...], cues: Cues
) -> Decimal | None:
    """ "An honours course of 5 EC and a regular one of 6 EC": of several courses, the amount the
    honours course is said with: the nearest in its own sentence and clause, else the nearest."""
    at = next((i for i, w in enumerate(words) if w in cues.honours), None)
    if at is None or len(placed) < 2:
        return None
    split = len(sentences) == len(words)

    def apart(j: int) -> tuple[bool, int]:
        low, high = min(at, j), max(at, j)
        other_sentence = split and sentences[j] != sentences[at]
        return other_sentence or bool(_CLAUSE_BREAKS & set(words[low:high])), high - low

    nearest = min(range(len(placed)), key=lambda k: apart(placed[k]))
    return amounts[nearest]


def _ec_places(words: list[str]) -> list[int]:
    """Where each number written right before "EC" stands."""
    return [i for i, w in enumerate(words[:-1]) if words[i + 1] == "ec" and _NUMBER.match(w)]


def _last_total(words: list[str], marked: Callable[[int], bool]) -> Decimal | None:
    """The last amount in EC after the first that `marked` calls a total, or None: the whole the
    amounts said before it are part of."""
    totals = [i for i in _ec_places(words)[1:] if marked(i)]
    return _decimal(words[totals[-1]]) if totals else None


_PART_REACH = 7
"""How many words after "N of them" may say what that part is."""
_NOT_COUNTED = (["rejected"], ["not", "approved"], ["denied"], ["refused"])
_NOT_YET = (["not", "in", "usis"], ["not", "yet"], ["not", "grade"], ["grade"], ["marked"])


def _part_told(words: list[str], cues: Cues) -> tuple[Decimal, Decimal, str] | None:
    """A part of the student's total and what it is: "30 EC, 6 of which are still waiting to be
    graded" (pending), "24 EC of which 4 are from last year" (earlier), "30 EC but 5 of them are
    from an extracurricular course" or "32 EC, but my 6 EC elective was not approved" (unsure:
    whether it counts, the pages do not say). None when no part is told."""
    places = _ec_places(words)
    total = _decimal(words[places[0]]) if places else None
    if total is None:
        return None
    for j in range(places[0] + 2, len(words) - 2):
        halved = False
        if (year := _decimal(words[j])) is not None and year >= _YEAR:
            continue  # "30 EC since september 2026, of which 6 ...": the 2026 is a year
        if _NUMBER.match(words[j]) and words[j + 1 : j + 3] in _OF_THOSE:
            at, said = j, words[j + 3 : j + 3 + _PART_REACH]
        elif words[j : j + 2] == ["of", "which"] and _NUMBER.match(words[j + 2]):
            at, said = j + 2, words[j + 3 : j + 3 + _PART_REACH]
        elif words[j] in _INCLUDING and _NUMBER.match(words[j + 1]):
            at, said = j + 1, words[j + 2 : j + 2 + _PART_REACH]  # "30 EC, including 6 from a course ..."
        elif j in places:
            at, said = j, words[j + 2 : j + 2 + _PART_REACH]
            # "30 EC but one course of 6 EC is an extracurricular course": a part that may not count.
            unsure = _says_any(said[:4], _NOT_COUNTED) or bool(set(said[:4]) & _UNSURE_KINDS)
            if not unsure:
                one_of = _says_any(words[max(0, j - 5) : j], (["one", "of"], ["of", "them"], ["of", "those"]))
                # "one of the courses was 7.5 EC": a half credit inside the total
                halved = one_of and _halved(words[j]) and not _halved(words[places[0]])
                if not halved:
                    continue
        else:
            continue
        part = _decimal(words[at])
        # "20 EC, 4 of them from an elective": a part named as such, of no kind that sets it apart,
        # is held inside the total, never EC to come beside it.
        named_part = (at != j or j not in places) and "from" in said[:3]  # "4 of them from an elective"
        kind = "halved" if halved else _part_kind(said, cues) or ("within" if named_part else None)
        return (total, part, kind) if part is not None and part < total and kind else None
    return _parts_summed(words, places, total, cues)


def _halved(word: str) -> bool:
    """An amount with a half credit ("7.5"), which Leiden rounds down."""
    value = _decimal(word)
    return value is not None and value != int(value)


def _parts_summed(
    words: list[str], places: list[int], total: Decimal, cues: Cues
) -> tuple[Decimal, Decimal, str] | None:
    """ "30 EC total: 24 done and in uSis, 6 EC exam on 20 June": a total, then parts that make it
    up; the last part's words say what it is (see `_part_kind`)."""
    bare = [
        j for j in range(places[0] + 2, len(words) - 1) if _NUMBER.match(words[j]) and words[j + 1] != "ec"
    ]
    for j in bare:
        done = _decimal(words[j])
        for k in (k for k in places if k > j):
            part = _decimal(words[k])
            if done is None or part is None or done + part != total:
                continue
            kind = _part_kind(words[k + 2 : k + 2 + _PART_REACH], cues)
            return (total, part, kind) if kind else None
    return None


_STILL_TO_COME: tuple[list[str], ...] = (
    ["still", "working"],
    ["still", "taking"],
    ["still", "doing"],
    ["still", "following"],
    ["still", "to"],
    ["not", "finished"],
    ["exam", "is"],
    ["exam", "on"],
    ["exam", "next"],
    ["exam", "in"],
    ["exam", "late"],
    ["exams", "in"],
    ["exams", "late"],
    ["resit"],
)
"""After a part of the total: it is still to pass ("5 of them from a project I'm still working on")."""


_UNSURE_KINDS = frozenset({"extracurricular", "honours", "honors"})
"""A part of the total said to be of these may not count: honours EC "do not count towards
completing one's curriculum"; an extracurricular course is no part of it."""


def _part_kind(said: list[str], cues: Cues) -> str | None:
    """What the words after a part of the total say it is (see `_part_told`)."""
    if _says_any(said, (*_EARLIER_YEAR, ["first", "year"], ["1st", "year"])):
        return "earlier"
    if _says_any(said, _STILL_TO_COME):
        return "to_come"
    if set(said) & cues.pending or _says_any(said, _NOT_YET):
        return "pending"
    if set(said) & _UNSURE_KINDS or _says_any(said, (["extra", "curricular"], *_NOT_COUNTED)):
        return "unsure"
    return None


_PASSED = frozenset({"passed", "completed", "finished", "earned", "obtained", "did"})
_HELD_NOW = _PASSED | {"got", "have", "done", "now"}
_PLANNED = frozenset({"plan", "planning", "will"})
_AHEAD = _PLANNED | {"exam", "exams", "resit", "resits", "retake", "taking", "more"}
_AHEAD |= frozenset({"left", "remaining", "finishes", "ends", "upcoming", "next"})
_NOT_TAKEN = frozenset({"not", "didnt", "dont", "never", "havent", "dropped", "cancelled", "anymore"})
_MISSED = frozenset({"missed", "missing"})
"""Said of an exam: not passed, and to come only with a resit told after it."""
_TALLY_BREAKS = _CLAUSE_BREAKS | {"because"}
_NOT_A_TALLY = frozenset({"level", "total", "which", "last", "years"})
_NOT_A_TALLY |= frozenset({"project", "assisting", "assist", "honours", "extracurricular"})
_USIS_REACH = 4
"""How far before "usis" its amount may be said ("18 EC in uSis", "so I have 18 EC in uSis now")."""
_PART_OF = frozenset({"them", "those"})
"""After a number and "of": a part of a total ("6 of them"), no course of a list."""


def _not_a_tally(words: list[str]) -> bool:
    """Words that make a list of amounts something else than courses of this year to add up: a
    level, a total and its parts ("6 of them"; "two of them" counts courses), an earlier year
    ("last year", "first year"; "this year" and "first semester" are this one), a project."""
    if set(words) & _NOT_A_TALLY:
        return True
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        if word == "usis" and not _restated_in_usis(words, i):
            return True  # "18 EC in uSis and two courses pending": what uSis holds, the rest apart
        if (word == "year" and before != "this") or (word == "period" and before == "first"):
            return True
        if word in _PART_OF and before == "of" and i >= 2 and _NUMBER.match(words[i - 2]):
            return True
    return False


_COUNTED_KINDS = frozenset({"course", "courses", "exam", "exams", "vakken", "elective", "electives"})
_COUNTED_KINDS |= frozenset({"resit", "resits"})
_MIN_TALLIED = 3
_COUNT_LISTS = [[word] for word in ("one", "two", "three", "four")]
"""Before "of" and an amount: a count of courses ("one of 6", "two of 6 EC each")."""
_MAX_COUNT = 10
_RESTATING = frozenset({"so", "total", "makes", "thats", "means", "altogether"})
"""Before an amount: it is the sum of those said before ("two courses of 6 EC each, so 12 EC")."""
_COUNT_REACH_NEAR = 4
_COUNT_REACH_EACH = 7
_RESIT_REACH = 8
"""How far after a failed course its resit may be told ("failed one 6 EC course and the resit is ...")."""


def _course_count(words: list[str], i: int) -> int:
    """How many courses an amount is said of: "two courses of 10 EC", "4 courses worth 6 EC each",
    "both courses (5 EC each)", "two of 6 EC"; 1 when no count is said with it."""
    if i >= 2 and words[i - 1] == "of" and words[i - 2] in _COUNTS:
        return _COUNTS[words[i - 2]]
    more_of = _a_count(words[i - 3]) if i >= 3 and words[i - 2 : i] == ["more", "of"] else None
    if more_of:
        return more_of  # "and two more of 6 EC each"
    if _shares_unit(words, i):
        return 1  # "3 courses: 5, 5 and 6 EC": each its own size
    before = _COUNTS.get(words[i - 1], 0) if i else 0
    kind = words[i + 2] if len(words) > i + 2 else ""
    if before > 1 and words[i + 1 : i + 2] == ["ec"] and kind in _COUNTED_KINDS:
        return before  # "the exams of two 5 EC courses"
    # "two electives at UvA worth 7.5 EC each": "each" lets the count stand further back.
    reach = _COUNT_REACH_EACH if words[i + 2 : i + 3] == ["each"] else _COUNT_REACH_NEAR
    for j in range(max(0, i - reach), i):
        word = words[j]
        count = 2 if word == "both" else _COUNTS.get(word) or (int(word) if word.isdigit() else 0)
        if 1 < count <= _MAX_COUNT and words[j + 1 : j + 2] and words[j + 1] in _COUNTED_KINDS:
            return count
    return 1


def _tally_items(words: list[str]) -> list[tuple[int, Decimal, int]]:
    """Each amount of a list of courses with where it stands, times its count ("two of 6" is 12),
    and that count."""
    items: list[tuple[int, Decimal, int]] = []
    for i, word in enumerate(words):
        if not _NUMBER.match(word) or words[i - 1 : i] == ["period"]:
            continue
        value = _decimal(word)
        bare_of = i >= 2 and words[i - 1] == "of" and words[i - 2] in _COUNTS
        unit = words[i + 1 : i + 2] == ["ec"] or _shares_unit(words, i)  # "5, 5 and 6 EC"
        if value is None or value >= _YEAR or not (unit or bare_of):
            continue
        count = _course_count(words, i)
        items.append((i, value * count, count))
    return items


_CLAUSE_END = re.compile(r"[,;]|" + SENTENCE_END.pattern)


def _clauses(question: str, words: list[str], normaliser: Normaliser) -> tuple[int, ...]:
    """Which clause (between commas and sentence ends) each of `words` is in; all in one where the
    clauses' words do not add up to them."""
    parts = [normaliser.words(s) for s in _CLAUSE_END.split(question) if s and s.strip()]
    if sum(len(p) for p in parts) != len(words):
        return (0,) * len(words)
    return tuple(n for n, part in enumerate(parts) for _ in part)


def _status_at(words: list[str], i: int, start: int, clauses: tuple[int, ...], cues: Cues) -> str:
    """What the clause of the amount at `i` says of it: passed ("held"), failed, not taken ("none")
    or still to come ("ahead"); "" when it says none (then it is what the one before was)."""
    between = start
    start = max(start, next(k for k in range(i + 1) if clauses[k] == clauses[i]))
    last = max(k for k in range(i, len(words)) if clauses[k] == clauses[i])
    begin = max([k for k in range(start, i) if words[k] in _TALLY_BREAKS], default=start)
    end = next((k for k in range(i + 1, last + 1) if words[k] in _TALLY_BREAKS), last + 1)
    clause = set(words[begin:end])
    if not clause & (cues.failing | _NOT_TAKEN | _PASSED | _AHEAD | _HELD_NOW):
        # "... 3 EC) and have 2 resits in june, 5 EC each": said between the last amount and this one.
        clause = set(words[between:i])
    if clause & (cues.failing | _MISSED):
        resit = words[i : i + _RESIT_REACH]
        if not set(resit) & _RESITS:
            return "failed" if clause & cues.failing else "none"  # "missed the exam (6 EC)"
        return "held" if set(resit) & _PASSED else "ahead"  # "... but I passed the resit"
    if clause & _NOT_TAKEN:
        return "none"  # "I didn't take the 5 EC elective I planned"
    if clause & cues.pending:
        return "ahead"  # "... and I'm waiting for the grade of a 5 EC course": not held until it comes
    if clause & _PASSED:
        return "held"
    if clause & _AHEAD and not _more_courses_alike(words, begin, end):
        return "ahead"
    return "held" if clause & _HELD_NOW else ""


def _restated_in_usis(words: list[str], at: int) -> bool:
    """ "... So I have 18 EC in uSis now": the total of the courses told, said again as uSis's."""
    amounts = [k for k in range(max(0, at - _USIS_REACH), at) if _NUMBER.match(words[k])]
    return bool(amounts) and bool(set(words[max(0, amounts[-1] - 3) : amounts[-1]]) & _RESTATING)


def _more_courses_alike(words: list[str], begin: int, end: int) -> bool:
    """ "I passed a 6 EC course and two more of 6 EC each": "more" after a count is more courses
    of the status said before, and the clause's only word of one ahead."""
    ahead = [k for k in range(begin, end) if words[k] in _AHEAD]
    if [words[k] for k in ahead] != ["more"]:
        return False
    at = ahead[0]
    return bool(_a_count(words[at - 1])) and words[at + 1 : at + 2] == ["of"]


def _ec_read(question: str, words: list[str], normaliser: Normaliser) -> _Amounts:
    """The student's EC as `_amounts` reads them, with a total, a part and a list of courses told."""
    cues = normaliser.lexicon.cues
    sentences = _sentences(question, words, normaliser)
    read = _said_total(words, _expected_total(words, _amounts(words, cues, sentences), cues))
    read = _with_part_told(words, read, cues)
    return _tallied(words, read, cues, lambda: _clauses(question, words, normaliser), sentences)


def _tallied(
    words: list[str],
    read: _Amounts,
    cues: Cues,
    clauses_of: Callable[[], tuple[int, ...]],
    sentences: tuple[int, ...],
) -> _Amounts:
    """ "I passed two courses of 10 EC, one of 6 and one of 4 EC", "passed one course of 6 EC and
    failed two of 6 EC each", "passed 4 courses worth 6 EC each plus a 6 EC course that I failed":
    a list of courses, each passed, failed or still to come (said in its own clause, or as the one
    before), added up: the passed ones held, the ones to come apart, the failed ones nowhere."""
    said = set(words)
    # "... ended with a 5.5": whether that course counts is no sum.
    graded = any(
        "." in w and _NUMBER.match(w) and words[i + 1 : i + 2] != ["ec"] for i, w in enumerate(words)
    )
    # Grades awaited beside a list of courses passed are read here, one by one; elsewhere
    # ("18 EC in uSis and 6 pending") the older reading's.
    pending_apart = bool(read.pending) and not said & _PASSED
    if not said & (_PASSED | _PLANNED | _AHEAD) or _not_a_tally(words) or pending_apart or graded:
        return read
    # Never the rule's amount ("is that enough for the 30 EC?"), which was read as none of the student's.
    own = {*read.ec, *read.pending, *read.per_course}
    items = [(i, v, n) for i, v, n in _tally_items(words) if words[i - 1 : i] != ["the"] or v in own]
    counted = any(n > 1 or words[i - 2 : i - 1] in _COUNT_LISTS for i, _, n in items)
    if len(items) < 2 or not (said & cues.failing or counted or len(items) >= _MIN_TALLIED):
        return read
    held, ahead = Decimal(0), Decimal(0)
    kept: dict[str, list[Decimal]] = {"held": [], "ahead": []}
    """Each course's own size, the passed first, for the half credits rounded course by course."""
    status, start, parts, dropped = "", 0, 0, False
    clauses = clauses_of()
    for i, value, count in items:
        # A new sentence says its own ("Period 2 has 3 courses of 5 EC each"): none said, no sum.
        said_here = _status_at(words, i, start, clauses, cues)
        if not said_here and (not status or sentences[i] != sentences[max(start - 1, 0)]):
            return read
        status = said_here or status
        start = i + 1
        restated = bool(set(words[max(0, i - 3) : i]) & _RESTATING)
        if status == "held" and value == held and parts > 1 and restated:
            continue  # "two courses of 6 EC each, so 12 EC": their total said again
        dropped = dropped or status == "none"
        parts += count if status == "held" else 0
        kept.get(status, []).extend([value / count] * count)
        held += value if status == "held" else 0
        ahead += value if status == "ahead" else 0
        if status == "failed" and "if" in words[max(0, i - _RESIT_REACH) : i] and value <= ahead:
            ahead -= value  # "... if I fail one 6 EC course": one of those to come, failed
    if not held and (not ahead or said & _HELD_NOW or dropped):
        # "I plan 3 courses: 5, 5 and 6 EC": none held yet, all to come; "missing period 1 exams
        # (12 EC). If I get all the rest (36 EC left)": the older reading's "if you have 36".
        return read
    sizes = [*kept["held"], *kept["ahead"]]
    return replace(read, ec=[held, ahead] if ahead else [held], per_course=sizes, pairs=[], pending=[])


_PROGRAMME = frozenset({"programme", "program", "premaster", "pre"})


def _programme_size(words: list[str], read: _Amounts) -> _Amounts:
    """ "A 15 EC programme, I have 10 EC": the size of the (premaster) programme, the whole the EC
    held are of, never EC held or to come."""
    if read.out_of is not None or len(read.ec) < _SIZE_AND_MORE:
        return read
    sizes = [
        _decimal(words[i])
        for i in range(len(words) - 2)
        if _NUMBER.match(words[i]) and words[i + 1] == "ec" and words[i + 2] in _PROGRAMME
    ]
    size = sizes[0] if len(sizes) == 1 else None
    if size is None or size not in read.ec or read.ec[0] != size:
        return read
    rest = list(read.ec[1:])
    return replace(read, ec=rest, out_of=size, per_course=[])


_SIZE_AND_MORE = 2
"""A programme's size is read apart only beside the EC the student holds."""


def _with_part_told(words: list[str], read: _Amounts, cues: Cues) -> _Amounts:
    """The amounts once a part of the total is told (see `_part_told`): this year's without an
    earlier year's part; held without the part still pending; whole, with the part unsure apart."""
    told = _part_told(words, cues)
    if told is None or read.pairs or not read.ec or read.ec[0] not in (told[0], told[0] - told[1]):
        return read
    total, part, kind = told
    if kind == "within":
        return replace(read, ec=[total], per_course=[])
    if kind == "unsure":
        return replace(read, ec=[total], per_course=[], unsure_part=part)
    if kind == "pending":
        return replace(read, ec=[total - part], pending=[*read.pending, part], per_course=[])
    if kind == "to_come":
        return replace(read, ec=[total - part, part], per_course=[])  # held, and still to pass
    if kind == "halved":
        # "30 EC, one of the courses 7.5 EC at the UvA": that one counts 7, the rest (22.5) 22 at
        # most: as courses said apart, so the reply says how the 30 EC said count.
        return replace(read, ec=[total], per_course=[total - part, part])
    return replace(read, ec=[total - part], per_course=[], years=_Years(this_year=True))


def _expected_total(words: list[str], read: _Amounts, cues: Cues) -> _Amounts:
    """ "Waiting on grades for two courses (10 EC total) ..., then I'd have 35 EC": the 35 is what
    the student expects to have in all, the 10 part of it; never 45 EC. Only where that total is at
    least every other amount said."""
    total = _last_total(words, lambda i: _expected_before(words, i, cues))
    if total is None or any(total < other for other in (*read.ec, *read.pending)):
        return read
    return replace(read, ec=[total], pending=[], per_course=[], pairs=[], expected_total=True)


_NOW = frozenset({"now", "currently"})
_HOLDING_NOW = frozenset({"have", "got", "at", "hold", "im", "sit"})
"""Before a later amount: what the student has now, the earlier amounts part of it."""
_IN_ALL = (["in", "total"], ["total"], ["in", "all"], ["altogether"], ["overall"], ["all", "together"])
_NOW_REACH = 4
"""How many words before an amount "now I have" may stand."""


def _said_total(words: list[str], read: _Amounts) -> _Amounts:
    """ "I got 15 EC in the first semester, now I have 21 EC (in total)": the total is what the student
    holds, the 15 part of it; never 15 held and 21 more to come. Only a total at least every other
    amount held, said after them."""

    def marked(i: int) -> bool:
        return _in_all_after(words, i) or _now_holding(words[max(0, i - _NOW_REACH) : i])

    total = _last_total(words, marked)
    places = _ec_places(words)
    parts = read.ec[1:]
    if total is None and places and len(parts) > 1 and _in_all_after(words, places[0]):
        # "27 EC in total: 12 EC in block 1, 9 EC in block 2 and 6 in block 3": the parts after it.
        total = read.ec[0] if sum(parts, Decimal(0)) == read.ec[0] else None
    if total is None or len(read.ec) < 2 or read.pairs or any(total < other for other in read.ec):
        return read  # "I used 3 EC at level 200, can I now add a 3 EC level 300 course?": courses
    courses = list(read.per_course)
    if total in courses:
        courses.remove(total)  # the total itself, said after the courses
    if len(courses) > 1 and sum(courses, Decimal(0)) == total:
        # "two courses of 7.5 EC each, that gives me 15 EC in total": the student's sum of the
        # courses, each of which still counts on its own (7 + 7).
        return replace(read, ec=[total], per_course=courses)
    return replace(read, ec=[total], per_course=[])


def _in_all_after(words: list[str], at: int) -> bool:
    """The amount at `at` is said as a total ("50 EC in total", "62 EC total")."""
    k = at + 2 if words[at + 1 : at + 2] == ["ec"] else at + 1
    return any(words[k : k + len(phrase)] == phrase for phrase in _IN_ALL)


def _said_of_a_year(words: list[str], i: int, cues: Cues) -> bool:
    """ "50 EC in total, 28 this year", "last year I had 40": a bare number said of a year, in a
    question about EC, is EC (never "2 courses this year")."""
    after = words[i + 1 : i + 4]
    if "ec" not in words or (after and after[0] in _NOT_EC | _PLURAL_COURSES):
        return False
    if i > 0 and words[i - 1] in cues.taken | cues.would_take | {"for"}:
        return False  # "I only registered for 40 this year": EC signed up for, not obtained
    if any(after[: len(p)] == p for p in _YEAR_PHRASES):
        return True
    before = words[max(0, i - _YEAR_BEFORE) : i]
    held = i > 0 and words[i - 1] in _HELD_BEFORE
    # "this academic year so far 12": the phrase right before the number.
    right_after = any(len(p) <= i and words[i - len(p) : i] == p for p in _YEAR_PHRASES)
    said = any(before[j : j + len(p)] == p for p in _YEAR_PHRASES for j in range(len(before)))
    return (held and said) or right_after


def _now_holding(before: list[str]) -> bool:
    """ "now I have", "currently I'm at": what the student has now (not "now my own 4 EC project")."""
    return bool(set(before) & _NOW) and bool(set(before) & _HOLDING_NOW)


def _a_level_number(words: list[str], i: int) -> bool:
    """The number at `i` follows "level" as the level's own ("a level 100 of 2 EC"), not as EC
    after a level said before it ("a 400-level 6 EC course")."""
    if i < 1 or words[i - 1] != "level":
        return False
    said_before = i >= 2 and _LEVEL_NUMBER.match(words[i - 2]) is not None
    return not (said_before and words[i + 1 : i + 2] == ["ec"])


def _sentences(question: str, words: list[str], normaliser: Normaliser) -> tuple[int, ...]:
    """Which sentence of the question each of its `words` is in ("62 EC total. Last year I had 40":
    the "last year" is the 40's); all in one where the sentences' words do not add up to them."""
    parts = [normaliser.words(s) for s in SENTENCE_END.split(question) if s and s.strip()]
    if sum(len(p) for p in parts) != len(words):
        return (0,) * len(words)
    return tuple(n for n, part in enumerate(parts) for _ in part)


def _amounts(words: list[str], cues: Cues, sentences: tuple[int, ...] = ()) -> _Amounts:
    """The student's own EC: "30 of the 60 EC" is 30 (the 60 is the year's load, not theirs);
    pending amounts apart; each amount followed by its level ("3 EC level 200"); and, where an
    amount is said of several courses ("two courses of 2.5 EC each"), each course's amount."""
    amounts: list[Decimal] = []
    placed: list[int] = []
    """Where each of `amounts` stands, to pair it with the level named nearest to it."""
    pending: list[Decimal] = []
    pairs: list[tuple[Decimal, int]] = []
    per_course: list[Decimal] = []
    skip: set[int] = set()
    aside: dict[str, Decimal | None] = {}
    """What is set aside beside a course with a level ("honours", "project"), with its EC."""
    for i, word in enumerate(words):
        before = words[i - 1] if i > 0 else ""
        if not _NUMBER.match(word) or i in skip or _a_level_number(words, i) or _a_period_number(words, i):
            # not a number, a level ("a level 100 of 2 EC": the 100 is its level) or a period's
            # number ("12 EC in period 1 and 10 EC in period 2": no 1 EC)
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        # "two more exams in June, 3 EC each": the "two" is how many, not EC.
        if (
            _failed_of_taken(words, i, amounts, placed, cues)
            or _not_held(words, i, cues)
            or _a_count_of_things(words, i)
            or _courses_counted_again(words, i)
        ):
            continue
        if (beside := _beside_a_level_course(words, i)) is not None:
            aside[beside] = _decimal(word)
            continue
        total = _of_total(words, i, cues.of)
        if total is not None:
            skip.add(total)
        elif not (
            after == "ec"
            or (after == "more" and words[i + 2 : i + 3] == ["ec"])  # "1 more EC"
            or _more_of_the_same(words, i)
            or (_shares_unit(words, i) and not _graded(words, i))
            or (before == "ec" and after != "level")
            or (_bare_holding(words, i, cues) and not _graded(words, i))  # "where I got a 5.5"
            or (_part_said(words, i) and "ec" in words)  # "45 EC, 20 of them / of which 20 this year"
            or _like_a_period_before(words, i)
            or _said_of_a_year(words, i, cues)
        ):
            continue
        value = _decimal(word)
        if value is None or value >= _YEAR:
            continue
        if before in _REFERRING and value in amounts:
            continue  # "6 EC, level 300: how many of those 6 EC count?" names the same course again
        each = _each_of(words, i)
        if _is_pending(words, i, cues.pending) and not _exam_ahead(words[i + 1 : i + 1 + _EXAM_REACH]):
            pending.append(value * each)
        else:
            amounts.append(value * each)
            placed.append(i)
            per_course.extend(_over_courses(words, i, value) or [value] * each)
        pairs.extend(_paired_at(words, i, value, each, paired=bool(pairs)))
    # Levels said again after the amounts ("... and is the level 300 course even allowed?") pair none.
    levels = _levels(words[: placed[-1] + _LEVELS_AFTER] if placed else words)
    if len(pairs) < len(amounts) and len(levels) == len(amounts) >= 2:
        # As many levels as amounts, some said before their amount and some after ("5 EC, master
        # level; a level 300 course, 5 EC; a level 200 course, 3 EC"): paired in order.
        pairs = list(zip(amounts, levels, strict=True))
    elif len(pairs) < 2 and len(amounts) >= 2:
        pairs = _nearest_levels(words, amounts, placed) or pairs
    years = _Years()
    if not pairs:
        amounts, placed, per_course, years = _held_this_year(
            words, amounts, placed, per_course, cues, sentences
        )
    counted = _COUNTED.get(len(amounts), frozenset())
    if len(pairs) < 2 and len(levels) == 1 and placed and _plural_level(words, placed[0], counted):
        # "Two master courses, 7.5 EC and 4.5 EC": one level, named first, for as many courses
        # as amounts.
        pairs = [(amount, levels[0]) for amount in amounts]
    if len(pairs) < 2 and len(levels) == 1 and len(per_course) > len(amounts) == 1:
        # "Two courses of 2.5 EC at another university, level 400": one level for the courses
        # the amount was said of.
        pairs = [(amount, levels[0]) for amount in per_course]
    return _Amounts(
        amounts,
        pending,
        pairs,
        per_course if len(per_course) > len(amounts) else [],
        course_sized=bool(placed) and all(_one_course_size(words, i) for i in placed),
        out_of=_out_of(words, cues),
        earlier=_earlier_count(words, placed, cues) if len(pairs) > 1 else 0,
        used_last=len(pairs) == len(placed) > 1 and _used_last(words, placed, cues),
        aside=frozenset(aside),
        aside_project=aside.get("project"),
        years=years,
        honours=None if aside else _honours_of(words, placed, amounts, sentences, cues),
    )


_LEVELS_AFTER = 7
"""How far after the last amount its level may still be said ("3 EC course at level 200")."""


def _out_of(words: list[str], cues: Cues) -> Decimal | None:
    """The first whole an amount is said to be part of ("12 of 15 EC", "all 15 EC")."""
    for i, word in enumerate(words):
        if not _NUMBER.match(word) or _courses_counted_again(words, i):
            continue
        total = _of_total(words, i, cues.of)
        if total is not None:
            return _decimal(words[total])
        if i > 0 and words[i - 1] in _WHOLE and words[i + 1 : i + 2] == ["ec"]:
            return _decimal(word)  # "I finished all 15 EC": the whole of them
    return None


_WHOLE = frozenset({"all", "whole", "entire"})
"""Before an amount: it is the whole of something ("all 15 EC of my premaster")."""
_SHORTFALL = frozenset({"short", "behind", "missing", "shy"})
"""After "N EC": the amount is what the student lacks."""
_ONE_OF = frozenset({"a", "an", "one", "my", "the", "this", "that"})


_EARLIER_YEAR: tuple[list[str], ...] = (["last", "year"], ["previous", "year"], ["vorig", "jaar"])
_EARLIER_YEAR += (["year", "before"], ["last", "august"], ["last", "academic"], ["previous", "academic"])
_EARLIER_YEAR += (
    ["ended", "august"],
    ["ended", "in", "august"],
    ["ended", "the", "year"],
    ["finished", "the", "year"],
)
"""Beside an amount: it is an earlier academic year's ("35 EC last year", "16 EC by last August")."""
_THIS_YEAR: tuple[list[str], ...] = (["this", "year"], ["this", "academic"], ["since", "september"])
_THIS_YEAR += (["in", "year", "2"], ["in", "year", "two"], ["my", "second", "year"], ["in", "second", "year"])
"""Beside an amount: it is this academic year's ("20 EC this year", "since September I have 12", "now in
year 2 I have 5")."""
_FIRST_YEAR: tuple[list[str], ...] = (
    ["my", "first", "year"],
    ["in", "first", "year"],
    ["mijn", "eerste", "jaar"],
)
_FIRST_YEAR += (["year", "1"], ["year", "one"])
"""Beside an amount: it is the student's first year's, which may or may not be over ("20 EC in my first
year"; not "a first-year course"): the start the student gives decides."""
_LATER_YEAR = (["second", "year"], ["year", "2"], ["year", "two"], ["2nd", "year"], ["tweede", "jaar"])
"""Anywhere in the question: the student is past their first year ("second year student")."""


def _paired_at(
    words: list[str], i: int, value: Decimal, each: int, *, paired: bool
) -> list[tuple[Decimal, int]]:
    """The amount at `i` with its level, where the words around it give one: after it ("2x 2.5 EC
    courses at level 300"), before several courses ("two level 100 courses of 2 EC each"), or,
    once a course was paired, before "course of" ("and another level 300 course of 3 EC")."""
    rest = words[i + 1 : i + 5]
    at = rest.index("level") + 1 if "level" in rest[:3] else len(rest)
    if at < len(rest) and rest[at].isdigit() and len(rest[at]) == 3:
        return [(value, int(rest[at]))] * each
    if each > 1 and (group := _levels(words[max(0, i - 6) : i])):
        return [(value, group[-1])] * each
    named = _level_of_course_of(words, i) if paired else None
    return [(value, named)] if named is not None else []


def _level_of_course_of(words: list[str], i: int) -> int | None:
    """ "A level 300 course of 3 EC": the level named just before "course of" and the amount."""
    before = words[max(0, i - 4) : i]
    if len(before) == 4 and before[0] == "level" and before[3] == "of" and _LEVEL_NUMBER.match(before[1]):
        return int(before[1])
    return None


_ASKING = frozenset({"can", "could", "may", "will", "would", "want", "is", "should", "new", "another", "add"})
"""Words that start the question about a further course ("can I add ..."), ending a list of
courses already used."""
_EARLIER_BEFORE = 3
_EARLIER_COURSE = 6
"""How far before a course's amount "already did" may stand, its course named between."""
_EARLIER_AFTER = 6
"""How far before and after an amount a word may say it is already used ("I already used 3 EC at
level 200", "4 EC of level 300 courses approved")."""


def _used_last(words: list[str], placed: list[int], cues: Cues) -> bool:
    """ "Does a 5 EC level 300 course count if I already had 3 EC at level 200 approved?": the
    course asked about first, the used one after it."""
    first, last = placed[0], placed[-1]
    # "... if I already did a level 300 course of 4 EC": the words before the course's own name.
    named = _named_from(words, last)
    before_last = set(words[max(first + 1, named - _EARLIER_BEFORE) : last])
    return len(placed) == 2 and bool(before_last & cues.earlier) and not set(words[:first]) & cues.earlier


_COURSE_NAMING = frozenset(
    {"a", "an", "level", "course", "of", "vak", "module", "one", "100", "200", "300", "400", "500"}
)
"""Words of a course's name said before its amount ("a level 300 course of 4 EC")."""
_CLAUSE_START = frozenset({"if", "when", "since", "because", "while", "although", "but"})
"""Words that open another clause: what follows them is said of another course."""


def _named_from(words: list[str], at: int) -> int:
    """Where the course whose amount stands at `at` begins to be named ("a level 300 course of 4 EC")."""
    start = at
    while start > 0 and at - start < 5 and words[start - 1] in _COURSE_NAMING:
        start -= 1
    return start


def _said_after(words: list[str], at: int) -> list[str]:
    """The words after an amount that may still be about it: up to `_EARLIER_AFTER`, never past
    the start of another clause ("a level 100 course of 2 EC if I already did ...")."""
    after = words[at + 1 : at + _EARLIER_AFTER + 1]
    cut = next((n for n, w in enumerate(after) if w in _CLAUSE_START), len(after))
    return after[:cut]


def _earlier_count(words: list[str], placed: list[int], cues: Cues) -> int:
    """How many of the courses named first the student says are already used or approved, before
    the one(s) asked about ("I already used 3 EC at level 200. Can I now add a 3 EC level 300
    course?": 1). At least one course is always left to judge."""
    # "already did a level 200 course 3 EC": the course named between the cue and its amount.
    starts = [0, *(at + 1 for at in placed[:-1])]
    marked = [
        bool((set(words[max(start, at - _EARLIER_COURSE) : at]) | set(_said_after(words, at))) & cues.earlier)
        for start, at in zip(starts, placed, strict=True)
    ]
    # "I already used 2 EC at level 300 and 3 EC at level 200": amounts joined by "and", with no
    # question between them, are said the same way.
    for n in range(1, len(placed)):
        between = set(words[placed[n - 1] + 1 : placed[n]])
        if "and" in between and not between & _ASKING and marked[n] != marked[n - 1]:
            marked[n - 1] = marked[n] = True
    count = 0
    for was_used in marked[:-1]:
        if not was_used:
            break
        count += 1
    last = placed[-1] if placed else 0
    asked = len(placed) > 1 and bool(set(words[placed[-2] + 1 : last]) & _ASKING)
    if count and not asked and set(words[max(0, last - _EARLIER_BEFORE) : last]) & cues.earlier:
        return 0  # the last one said to be done too: no course is asked about
    return count


_DENIED_BEFORE = 4
"""How far before a word a negation denies it ("no exceptional circumstances reported")."""


def _reported(words: list[str], cues: Cues) -> bool:
    """Circumstances said to be reported: a word for reporting and one for circumstances, neither
    denied just before ("I have not reported my illness", "no circumstances reported")."""

    def denied(i: int) -> bool:
        return bool(set(words[max(0, i - _DENIED_BEFORE) : i]) & cues.negation)

    said = [i for i, word in enumerate(words) if word in cues.hindered]
    if not said or any(denied(i) for i in said):
        return False
    return any(word in cues.reported and not denied(i) for i, word in enumerate(words))


def _held_first(
    words: list[str], amounts: list[Decimal], placed: list[int], cues: Cues
) -> tuple[list[Decimal], list[int]]:
    """ "What if I pass 6 more EC? I'm at 26 now", "If I take a 5 EC course next period, will I have
    enough? I have 24 EC now": what the student has comes first, the EC still to come ("N more",
    a course they would take) after it, whatever order they were told in."""
    more = [
        words[at + 1 : at + 2] == ["more"] or bool(set(words[max(0, at - 4) : at]) & cues.would_take)
        for at in placed
    ]
    if len(placed) < 2 or not any(more) or all(more):
        return amounts, placed
    order = sorted(range(len(placed)), key=lambda n: more[n])
    return [amounts[n] for n in order], [placed[n] for n in order]


def _held_this_year(
    words: list[str],
    amounts: list[Decimal],
    placed: list[int],
    per_course: list[Decimal],
    cues: Cues,
    sentences: tuple[int, ...] = (),
) -> tuple[list[Decimal], list[int], list[Decimal], _Years]:
    """Amounts without levels as the student holds them this year (see `_this_year_only`,
    `_held_together`, `_held_first`), and what is said of the years: the amount of an earlier year
    (see `_earlier_year`), else a total's part before this year; whether the one kept is this year's."""
    said_of: list[str | None] = [
        None if _of_project_work(words, at, cues) else year
        for at, year in zip(placed, _years_of(words, placed, sentences), strict=True)
    ]
    if "first" in said_of and len(placed) > 1 and _past_first_year(words, placed, said_of):
        # "I got 35 EC in my 1st year and 10 EC in my 2nd year", "my first year I passed 31 EC. now
        # I'm at 5": the first year is over, and the other amount is this year's.
        unsaid = None if "this" in said_of else "this"  # this year's, unless one is said to be
        said_of = ["earlier" if year == "first" else year or unsaid for year in said_of]
    if said_of == ["this", "this"] and _in_all_after(words, placed[0]) and amounts[0] > amounts[1]:
        # "In my second year, 45 EC total, 20 of them this year": the total is of all years.
        said_of[0] = None
    earlier, first_year = _earlier_year(words, amounts, said_of, cues)
    kept, kept_at, per_course = _this_year_only(words, amounts, placed, per_course, said_of)
    years = dict(zip(placed, said_of, strict=True))
    this_year = bool(kept_at) and years[kept_at[0]] == "this"
    dropped = [(a, at) for a, at in zip(amounts, placed, strict=True) if at not in kept_at]
    # "50 EC in total, 28 this year": the rest is an earlier year's; never "15 EC in the first
    # period, this year 10", which names no total.
    total = (
        len(dropped) == 1 == len(kept)
        and dropped[0][0] >= kept[0]
        and (_in_all_after(words, dropped[0][1]) or _part_said(words, kept_at[0]))
    )
    rest = earlier is None and this_year and total
    if rest:
        earlier = dropped[0][0] - kept[0]
    elif earlier is not None and len(kept) == 1 and kept[0] > earlier and _in_all_after(words, kept_at[0]):
        # "62 EC total. Last year I had 40": this year's are the 22 beyond last year's.
        kept, this_year = [kept[0] - earlier], True
    kept, kept_at = _resit_passed(
        words, *_held_first(words, *_held_together(words, kept, kept_at, cues), cues)
    )
    return kept, kept_at, per_course, _Years(earlier, first_year, rest, this_year)


def _part_said(words: list[str], at: int) -> bool:
    """The amount at `at` is said as a part of the one before ("45 EC, of which 20 this year")."""
    return words[at - 2 : at] == ["of", "which"] or words[at + 1 : at + 3] in _OF_THOSE


def _says_any(words: list[str], phrases: Iterable[list[str]]) -> bool:
    """One of the phrases stands anywhere in the words ("second year", "a first year student").
    Only where a phrase's first word stands (found by `list.index`, in C) is the rest compared:
    comparing it at every word was a tenth of reading a long story's facts."""
    for phrase in phrases:
        if not phrase:
            if words:
                return True
            continue
        first, length, at = phrase[0], len(phrase), -1
        for _ in range(words.count(first)):
            at = words.index(first, at + 1)
            if words[at : at + length] == phrase:
                return True
    return False


def _past_first_year(words: list[str], placed: list[int], said_of: list[str | None]) -> bool:
    """Beside an amount of the first year, the student says they are past it: this year's EC, a
    later year ("in my 2nd year"), or "now" after it."""
    first_at = placed[said_of.index("first")]
    return "this" in said_of or _says_any(words, _LATER_YEAR) or "now" in words[first_at + 1 :]


_PROJECT_REACH = 3
"""How far after the word "project" its EC may be said ("the project only gives 3 EC")."""


def _project_part(words: list[str], cues: Cues) -> Decimal | None:
    """The one amount said of a project, before it ("a 5 EC project", "a 5 EC own project") or
    after it ("the project only gives 3 EC"); None where no project's EC are said by it."""
    said: set[Decimal | None] = set()
    for i, word in enumerate(words):
        if word not in cues.project_work:
            continue
        near = [j for j in (i - 1, i - 2) if j > 0 and words[j] == "ec"]
        near += [j for j in range(i + 2, min(len(words), i + 2 + _PROJECT_REACH)) if words[j] == "ec"]
        said.update(_decimal(words[j - 1]) for j in near[:1] if _NUMBER.match(words[j - 1]))
    return said.pop() if len(said) == 1 else None


def _of_project_work(words: list[str], at: int, cues: Cues) -> bool:
    """ "A 4 EC project last year", "2 EC for assisting": project work's EC, which use the project
    cap whenever they were done, never a year's EC for the study-progress check."""
    kinds = cues.project_work | cues.assisting
    if words[at - 1 : at] == ["for"] and set(words[max(0, at - _ASSIST_NEAR - 3) : at]) & kinds:
        return True  # "I assisted a friend last year for 2 EC"
    return bool(set(words[at + 1 : at + 6]) & kinds)


def _this_year_only(
    words: list[str],
    amounts: list[Decimal],
    placed: list[int],
    per_course: list[Decimal],
    years: list[str | None],
) -> tuple[list[Decimal], list[int], list[Decimal]]:
    """ "35 EC last year at another university; now I have 12 EC here": this year's are the 12.
    An amount said of an earlier year is dropped only beside another one; so is one beside an
    amount said of this year ("45 EC in total, 20 of them this year")."""
    this_year = {at for at, year in zip(placed, years, strict=True) if year == "this"}
    earlier = {at for at, year in zip(placed, years, strict=True) if year == "earlier"}
    if this_year and len(this_year) < len(placed):
        # Only a total said before this year's part ("45 EC in total, 20 of them this year"); an
        # amount after it ("24 EC this year and a 7.5 EC summer course") is more to come.
        # Never one smaller than the part ("14 EC now and 3 courses left this year of 6 EC each").
        part = min(a for a, at in zip(amounts, placed, strict=True) if at in this_year)
        earlier |= {at for a, at in zip(amounts, placed, strict=True) if at < min(this_year) and a >= part}
    if not earlier or len(earlier) == len(placed):
        return amounts, placed, per_course
    kept = [(a, at) for a, at in zip(amounts, placed, strict=True) if at not in earlier]
    return [a for a, _ in kept], [at for _, at in kept], [a for a, _ in kept]


_PERIODS = frozenset({"period", "periods", "block", "blok", "semester", "quarter", "term", "trimester"})
_PERIODS |= frozenset({"periode"})
"""The parts of a year a student may tell their EC by ("12 EC in period 1, 10 in period 2")."""
_LAST_PERIOD = 4


def _a_period_number(words: list[str], i: int) -> bool:
    """ "period 1", "semester 2": a period's number, no EC; "this semester: 5, 5 and 6 EC" is a list
    of amounts (no year has a fifth period)."""
    if i == 0 or words[i - 1] not in _PERIODS:
        return False
    value = _decimal(words[i])
    return value is None or value <= _LAST_PERIOD or not _shares_unit(words, i)


def _of_a_period(words: list[str], at: int) -> bool:
    """The amount at `at` is said of a period: "12 EC in period 1", "10 during the second block"."""
    k = at + 2 if words[at + 1 : at + 2] == ["ec"] else at + 1
    return words[k : k + 1] in (["in"], ["during"]) and bool(set(words[k + 1 : k + 4]) & _PERIODS)


def _like_a_period_before(words: list[str], i: int) -> bool:
    """ "12 EC in period 1, 10 in period 2": a bare number said of a period, as an amount in EC
    was said of one before it."""
    return _of_a_period(words, i) and any(
        words[j + 1 : j + 2] == ["ec"] and _of_a_period(words, j) for j in range(i) if _NUMBER.match(words[j])
    )


def _held_together(
    words: list[str], amounts: list[Decimal], placed: list[int], cues: Cues
) -> tuple[list[Decimal], list[int]]:
    """ "I got 12 EC in period 1 and 10 EC in period 2", "I did 2x 2.5 EC workshops plus 24 EC":
    what the student holds is the sum, one amount; an amount told as to come ("and I'm taking 10
    more in period 3", "plus 6 EC if I pass my resit") stays apart, as EC still to come. A "plus"
    sums only what a holding word said ("I did", "I have"), never a plan ("a 4 EC project plus 2
    EC of assisting")."""
    to_come = cues.plans | cues.to_come | {"if", "when", "once"}
    # "27 EC plus a 7.5 EC course that's graded but not in uSis yet": no sum where anything waits.
    waits = set(words) & (to_come | cues.pending | {"yet", "not"})
    holding = (
        not waits and bool(placed) and bool(set(words[max(0, placed[0] - 4) : placed[0]]) & cues.holding)
    )
    held = 1
    for n in range(1, len(placed)):
        at, last = placed[n], placed[n - 1]
        between = words[last + 1 : at]
        periods = _of_a_period(words, last) and _of_a_period(words, at)
        after = words[at + 1 : at + 6]
        # "passed 3 courses of 6 EC each and 1 of 5 EC": one more course, held like the others.
        counted = holding and "and" in between and _courses_counted_again(words, at - 2)
        if set(between + after) & to_come or not (periods or counted or (holding and "plus" in between)):
            break
        if set(between) & (cues.assist | cues.project_work):
            break  # "2 EC assisting and a 4 EC project plus a 6 EC course": kinds apart, no sum
        held += 1
    if held < 2 or len(placed) < 2:
        return amounts, placed
    total = sum(amounts[:held], Decimal(0))
    return [total, *amounts[held:]], [placed[0], *placed[held:]]


_YEARS_SAID = (("earlier", _EARLIER_YEAR), ("this", _THIS_YEAR), ("first", _FIRST_YEAR))
_YEARS_BY_FIRST_WORD: dict[str, tuple[tuple[str, tuple[list[str], ...]], ...]] = {
    first: tuple(
        (kind, kept) for kind, phrases in _YEARS_SAID if (kept := tuple(p for p in phrases if p[0] == first))
    )
    for first in {phrase[0] for _, phrases in _YEARS_SAID for phrase in phrases}
}
"""`_YEARS_SAID` by each phrase's first word, kinds in the same order: a word that starts none
is passed over at once (comparing every phrase at every word was a tenth of reading a question)."""
_YEAR_PHRASES = [*_EARLIER_YEAR, *_THIS_YEAR, *_FIRST_YEAR, ["so", "far"]]
"""Beside a bare number, the words that make it EC of a year ("28 this year", "20 so far")."""
_HELD_BEFORE = frozenset({"had", "have", "got", "obtained", "earned", "passed"})
"""Right before a bare number after a year: EC held ("last year I had 40")."""
_YEAR_BEFORE = 8
_YEAR_AFTER = 6
"""How far before and after an amount the year it is said of may stand (never past another amount)."""


def _years_of(words: list[str], placed: list[int], sentences: tuple[int, ...] = ()) -> list[str | None]:
    """Which year each amount at `placed` is said of: "earlier" ("35 EC last year"), "this" ("10 EC
    this year") or "first" ("20 EC in my first year"). A student says each year on one side of its
    amount: after it ("35 EC last year and 10 EC this year") or before it ("last year I had 34 EC.
    this year I've got 5 EC"); the side that places more is read first, then the other fills in."""
    said = [
        (j, kind)
        for j, word in enumerate(words)
        for kind, phrases in _YEARS_BY_FIRST_WORD.get(word, ())
        if any(words[j : j + len(phrase)] == phrase for phrase in phrases)
    ]
    # "first year 30 EC, now second year 10": a bare "first year" right by a number is the student's
    # year (never "a first year course of 3 EC").
    said += [
        (j, "first")
        for j in range(len(words) - 2)
        if words[j : j + 2] == ["first", "year"] and _NUMBER.match(words[j + 2]) and (j, "first") not in said
    ]
    said.sort()
    bounds = [-1, *placed, len(words)]
    after: dict[int, tuple[int, str]] = {}
    before: dict[int, tuple[int, str]] = {}
    split = len(sentences) == len(words)

    def same(j: int, at: int) -> bool:
        """A year said in another sentence is not this amount's ("62 EC total. last year I had 40")."""
        return not split or sentences[j] == sentences[at]

    for n, at in enumerate(placed):
        behind = [(j, k) for j, k in said if at < j < min(bounds[n + 2], at + _YEAR_AFTER) and same(j, at)]
        ahead = [(j, k) for j, k in said if max(bounds[n], at - _YEAR_BEFORE) < j < at and same(j, at)]
        if behind:
            after[n] = behind[0]
        if ahead:
            before[n] = ahead[-1]
    # "17 EC, since september I have 5": a year said right before "I have 5" is that amount's.
    held_after = any(set(words[j : placed[n]]) & _HELD_BEFORE for n, (j, _) in before.items())
    forward = len(before) > len(after) or (len(before) == len(after) and held_after)
    first, then = (before, after) if forward else (after, before)
    years: list[str | None] = []
    used = {j for j, _ in first.values()}
    for n in range(len(placed)):
        if n in first:
            years.append(first[n][1])
        elif n in then and then[n][0] not in used:
            used.add(then[n][0])
            years.append(then[n][1])
        else:
            years.append(None)
    return years


def _earlier_year(
    words: list[str], amounts: list[Decimal], said_of: list[str | None], cues: Cues
) -> tuple[Decimal | None, bool]:
    """The one amount said of an earlier academic year ("I got 20 EC last year", "16 EC by last
    August"), and whether it was said as the first year's ("20 EC in my first year"), which only a
    start long enough ago makes an earlier one. None for several, or for a year at another university
    ("35 EC last year at another university"): no check of this programme saw those."""
    if set(words) & cues.other_university:
        return None, False
    earlier = [a for a, year in zip(amounts, said_of, strict=True) if year == "earlier"]
    if earlier:
        return (earlier[0], False) if len(earlier) == 1 else (None, False)
    first = [a for a, year in zip(amounts, said_of, strict=True) if year == "first"]
    if len(first) != 1:
        return None, False
    # "In year 1 I got 35 EC. Now in year 2 I have 5": a first year the student is past is last year.
    past_it = "this" in said_of or _says_any(words, _LATER_YEAR)
    return first[0], not past_it


def _beside_a_level_course(words: list[str], i: int) -> str | None:
    """ "I took a 5 EC honours course last year; can I add a 5 EC level 300 course?": beside a
    course with a level, an honours course (never an elective) or a project (a cap of its own)
    takes nothing from the level caps, so only the course with a level is judged. Which of the
    two it is, or None."""
    kind = words[i + 3 : i + 4] if words[i + 2 : i + 3] == ["own"] else words[i + 2 : i + 3]
    if words[i + 1 : i + 2] != ["ec"] or kind not in (["honours"], ["project"], ["projects"]):
        return None
    amounts = [j for j, w in enumerate(words) if _NUMBER.match(w) and words[j + 1 : j + 2] == ["ec"]]
    beside = len(amounts) > 1 and "level" in words
    return ("honours" if kind == ["honours"] else "project") if beside else None


def _failed_of_taken(words: list[str], i: int, amounts: list[Decimal], placed: list[int], cues: Cues) -> bool:
    """ "I took 36 EC this year but failed 12 of them": what the student holds is 24 EC; the amount
    failed comes off the amount taken said just before it (never off EC said as held: "I have 24
    EC and failed 6 EC" still holds 24). Whether it was taken off."""
    failed = _decimal(words[i])
    if failed is None or words[i - 1 : i] == [] or words[i - 1] not in cues.failed or not placed:
        return False
    taken = placed[-1]
    if not set(words[max(0, taken - 3) : taken]) & cues.taken or failed > amounts[-1]:
        return False
    amounts[-1] -= failed
    return True


def _not_held(words: list[str], i: int, cues: Cues) -> bool:
    """An amount that is not the student's: a rule's cap they quote, one a rule requires, what
    they lack ("I'm 5 EC short"), or part of an amount said before ("30 EC, including 6 EC from
    the UvA": counted once, never added again as EC to come)."""
    if _expected_before(words, i, cues):
        return False  # "I expect to have 20 EC": what they will hold, no target of a rule
    short = words[i + 1 : i + 2] == ["ec"] and words[i + 2 : i + 3] != [] and words[i + 2] in _SHORTFALL
    included = bool(set(words[max(0, i - 3) : i]) & _INCLUDING) and "ec" in words[:i]
    # Never "45 EC, of which 20 from this academic year": this year's part, which the check reads.
    included = included and not any(_says_at(words, i + k, _THIS_YEAR) for k in range(1, _THIS_YEAR_REACH))
    # "Will the 7.5 EC become 7 or 8 EC?": the student's guess at what it counts as, no course.
    guessed = bool(set(words[max(0, i - 3) : i]) & _BECOMES) and "ec" in words[:i]
    # "What happens if I don't have 30 EC?", "I lost 6 EC": what the student lacks, not holds.
    denied = words[i - 1 : i] in (["have"], ["get"], ["reach"]) and bool(
        set(words[max(0, i - 3) : i - 1]) & cues.negation
    )
    denied = denied or words[i - 1 : i] in (["lost"], ["lose"], ["missed"], ["miss"], ["failed"])
    denied = denied or _failed_course(words, i) or _dropped_course(words, i)
    return (
        short
        or included
        or denied
        or guessed
        or _a_limit(words, i, cues.limit)
        or _a_requirement(words, i, cues.required)
    )


def _says_at(words: list[str], at: int, phrases: Iterable[list[str]]) -> bool:
    """One of the phrases starts at `at`."""
    return any(words[at : at + len(p)] == p for p in phrases)


_THIS_YEAR_REACH = 4
"""How far after an included part "this year" may stand to make it this year's ("20 from this year")."""


def _resit_passed(
    words: list[str], amounts: list[Decimal], placed: list[int]
) -> tuple[list[Decimal], list[int]]:
    """ "I passed 2 courses of 6 EC and failed one of 6 EC, but I passed the resit": the course
    failed first is held too, with the others; any other amounts as they were."""
    if len(amounts) != _HELD_AND_FAILED or not _says_any(words, _RESIT_PASSED):
        return amounts, placed
    if not set(words[max(0, placed[1] - _FAILED_REACH) : placed[1]]) & _FAILED_WORDS:
        return amounts, placed
    return [amounts[0] + amounts[1]], placed[:1]


_HELD_AND_FAILED = 2
_RESITS = frozenset({"resit", "resits", "retake", "retakes", "herkansing", "reexam"})
"""A resit still to sit: EC to come, never a course failed."""


def _fails(follow_up: QuestionFacts, cues: Cues) -> bool:
    """A follow-up that says a course fails ("and if I fail my last 5 EC course?"), not one whose
    resit is to come ("the resit of the failed one is in June"); "and if I fail one resit?" fails."""
    words = follow_up.words
    if words & _NOT_SO_WORDS and words & _COMING:
        return True  # "and if the 2 EC don't come?": as good as failed
    failing = words & cues.failing
    return bool(failing) and (not words & _RESITS or bool(failing & _FAILING_NOW and "if" in words))


_NOT_SO_WORDS = frozenset({"dont", "doesnt", "not", "never", "wont"})
_COMING = frozenset({"come", "comes", "arrive", "arrives", "show"})
"""With a negation: EC that will not come ("if the 2 EC don't come", "if they never show up")."""


_FAILING_NOW = frozenset({"fail", "fails", "failing", "flunk"})
"""Beside "if": a failure supposed, of the course or of its resit ("and if I fail one resit?")."""


_RESIT_PASSED = tuple(
    ["passed", *said, resit]
    for said in ([], ["the"], ["my"], ["that"])
    for resit in ("resit", "retake", "herkansing", "reexam")
)
"""A resit said to be passed: the course failed before it is held."""


def _failed_course(words: list[str], i: int) -> bool:
    """ "failed another of 5 EC", "failed one course of 5 EC": a course failed, whose EC are not held
    (nor to come, unless a resit is said: "failed a 6 EC course, the resit is on 3 July")."""
    if set(words) & _RESITS:
        return False
    for j in range(max(0, i - _FAILED_REACH), i - 1):
        if words[j] in _FAILED_WORDS and all(w in _FAILED_BETWEEN for w in words[j + 1 : i]):
            return True
    return False


def _dropped_course(words: list[str], i: int) -> bool:
    """ "I dropped a 5 EC course", "I'm not taking the 10 EC course anymore", "I didn't even start a
    5 EC elective": a course the student will not take, whose EC are neither held nor to come."""
    before = words[max(0, i - _DROPPED_REACH) : i]
    dropped = any(w in _DROPPED_WORDS for w in before) or any(
        before[k : k + 2] in (["gave", "up"], ["give", "up"], ["giving", "up"]) for k in range(len(before))
    )
    not_taken = any(
        w in _NOT_TAKEN_NEGATIONS and set(before[k + 1 : k + 3]) & _TAKING for k, w in enumerate(before)
    )
    return dropped or not_taken


_DROPPED_WORDS = frozenset(
    {"dropped", "quit", "stopped", "deregistered", "unenrolled", "abandoned", "skipped"}
)
_NOT_TAKEN_NEGATIONS = frozenset({"not", "didnt", "wont", "never", "dont"})
_TAKING = frozenset(
    {"taking", "take", "took", "start", "starting", "started", "follow", "following", "do", "doing"}
)
_DROPPED_REACH = 5
"""How far before an amount its dropping may be said ("not taking the 10 EC", "didn't even start a 5 EC")."""


_FAILED_WORDS = frozenset({"failed", "flunked"})
_FAILED_BETWEEN = frozenset({"another", "one", "a", "the", "course", "courses", "of", "my", "exam", "module"})
_FAILED_REACH = 4
"""How far before an amount "failed" may stand, only a course's words between ("failed another of 5 EC")."""
_BECOMES = frozenset({"become", "becomes", "rounded", "turn", "turns", "worden", "wordt"})
"""Before an amount after another: what the first is thought to count as ("become 7 or 8 EC")."""
_INCLUDING = frozenset({"including", "incl", "inclusief", "includes", "which"})
""" "29.5 EC, including a 7.5 EC course", "30 EC of which 6 from the UvA": part of the amount before."""


def _one_course_size(words: list[str], i: int) -> bool:
    """ "My grade for a 6 EC course": the amount at `i` is the size of one course the student
    names, not what they have obtained in all."""
    return (
        words[i - 1 : i] != []
        and words[i - 1] in _ONE_OF
        and words[i + 1 : i + 3] in (["ec", noun] for noun in _PLURAL_COURSES)
    )


_COUNTED = {2: frozenset({"two", "2", "both"}), 3: frozenset({"three", "3"})}
"""The words that say a level is shared by that many courses."""
_COUNT_BEFORE_LEVEL = 4
"""How near before its level the count of courses stands ("two UvA level 400 courses")."""


def _plural_level(words: list[str], first_amount: int, counted: frozenset[str]) -> bool:
    """The one level is named before the amounts and for several courses at once ("two level 300
    courses", "both are level 300"), not for one of them ("two courses, a level 300 one and ...")."""
    at = _level_places(words)[0][0]
    if at > first_amount:
        return False
    if "both" in words:
        return True
    before = words[max(0, at - _COUNT_BEFORE_LEVEL) : at]
    counts = [i for i, word in enumerate(before) if word in counted]
    # "two courses, a level 300 one": an article after the count names one of them.
    return bool(counts) and not set(before[counts[-1] + 1 :]) & _ONE_OF_THEM


_ONE_OF_THEM = frozenset({"a", "an", "one"})


_NEAR = 5
"""How many words apart an amount and its level may stand ("a level 300 course for 4 EC")."""


def _nearest_levels(words: list[str], amounts: list[Decimal], placed: list[int]) -> list[tuple[Decimal, int]]:
    """ "A level 300 course for 4 EC and a level 200 course of 3 EC: how much of the level 200
    course counts?": each amount with the level named nearest to it, when every amount has its own
    level close by (one level for two amounts is no pairing)."""
    named = _level_places(words)
    if not named:
        return []
    nearest = [min(named, key=lambda n: abs(n[0] - at)) for at in placed]
    if len({n[0] for n in nearest}) < len(nearest) or any(
        abs(n[0] - at) > _NEAR for n, at in zip(nearest, placed, strict=True)
    ):
        return []
    return [(ec, n[1]) for ec, n in zip(amounts, nearest, strict=True)]


_HOLDING_VERBS = frozenset({"have", "got", "obtained", "earned", "collected", "only"})
_AFTER_BARE_HOLDING = frozenset(
    {"", "now", "so", "and", "but", "already", "yet", "currently", "today", "right"}
)
_AFTER_A_WHOLE = frozenset({"i", "needed", "required", "you", "we"})
"""After the whole of "22 of the 30": words that say it is what is needed ("... the 30 I need")."""
_OF_THOSE = (["of", "them"], ["of", "those"], ["of", "which"])
"""After an amount: it is part of one said before ("45 EC, 20 of them this year")."""


_MORE_AFTER = frozenset({"with", "another", "get", "pass", "earn", "add", "plus"})
"""Before "N more" that ends a follow-up: the words that make N more EC."""


_WHEN = frozenset({"by", "in", "before", "until"})
_WHEN_WORDS = 5
"""At most this many words, opened by one of `_WHEN`, may say when ("by the end of june")."""


def _when_at_most(rest: list[str]) -> bool:
    """Nothing, or only when, follows: "and with 12 more?", "what if I pass 12 more by june"."""
    return not rest or (rest[0] in _WHEN and len(rest) <= _WHEN_WORDS)


def _bare_holding(words: list[str], i: int, cues: Cues) -> bool:
    """ "Waiting for 10 EC, I have 22 now", "expecting 5 more", "and 6 pending": in a question about
    EC, a number right after "have" or "expecting" that ends its phrase, or right before a word for
    pending, is EC too (never "I have 2 courses", never "got 7 for it")."""
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if after in cues.pending and before != "level":
        return True  # "18 EC so far and 6 pending", "and with 6 pending?"
    if (
        after == "more"
        and (before in _MORE_AFTER or before in _HOLDING_VERBS)
        and _when_at_most(words[i + 2 :])
    ):
        return True  # a follow-up "and with 12 more?", "what if I get 6 more": more EC, the unit said before
    if "ec" not in words:
        return False
    if before in _HOLDING_VERBS and _of_total(words, i, cues.of) is not None:
        return True  # "I have 22 of the 30 I need": the student's part of a whole
    if before in _HOLDING_VERBS or before in cues.pending:
        # "I have 24, 5 pending and ...": another amount, told with its own word, follows.
        listed = _NUMBER.match(after) is not None and words[i + 2 : i + 3] in (
            ["ec"],
            *([p] for p in cues.pending),
        )
        return after in _AFTER_BARE_HOLDING or after == "more" or listed
    if before == "at" and words[i - 2 : i - 1] in (["im"], ["am"], ["still"], ["currently"], ["now"]):
        return after in _AFTER_BARE_HOLDING  # "I'm at 26 now"
    if after == "more" and set(words[i + 2 : i + 5]) & cues.pending:
        return True  # "and 10 more pending"
    return before == "for" and after == "more"


def _levels(words: list[str]) -> list[int]:
    """Every course level named, in order: "level 300", "300 level", "a 200-level course"."""
    return [level for _, level in _level_places(words)]


def _level_places(words: list[str]) -> list[tuple[int, int]]:
    """(where, level) for every course level named."""
    found = []
    for i, word in enumerate(words):
        if len(word) != 3 or not word.isdigit() or word[1:] != "00":
            continue
        if (i > 0 and words[i - 1] == "level") or (i + 1 < len(words) and words[i + 1] == "level"):
            found.append((i, int(word)))
    return found


_GRADED_BEFORE = frozenset({"grade", "grades", "cijfer", "mark", "graded", "scored", "where"})
"""Just before a number, words that make it a grade: "a UvA course where I got a 5.5 and ..."."""
_GRADED_REACH = 4


def _graded(words: list[str], i: int) -> bool:
    """ "Where I got a 5.5 and a 7.5 EC course": the 5.5 is a grade, not an amount in a list."""
    return bool(set(words[max(0, i - _GRADED_REACH) : i]) & _GRADED_BEFORE)


_LIST_WORDS = frozenset({"and", "a", "an"})
"""What may stand between amounts that share one unit: "a 7.5 and a 4.5 EC course"."""


_PENDING_REACH = 8
"""How far after a pending word its own amount may be said ("waiting for the grade of a 6 EC course")."""


def _is_pending(words: list[str], i: int, pending: frozenset[str]) -> bool:
    """A word for pending stands close to the amount, with no other amount between them: in
    "24 EC, 6 pending" only the 6 is pending; so is one said not to be in uSis yet ("my grades
    for 6 EC are not in usis yet")."""
    if _says_any(words[i + 1 : i + 8], _NOT_ENTERED):
        return True
    for j in range(max(0, i - 2), min(len(words), i + 4)):
        if words[j] in pending:
            between = words[min(i, j) + 1 : max(i, j)]
            # "20 EC and expect 6 more": a pending word after "and" begins the next amount's clause.
            clause_ends = j > i and any(w in _CLAUSE_JOINS for w in between)
            # "I have 26 EC, waiting for 5 EC", "24 EC, waiting for the grade of a 6 EC course": the
            # word is the next amount's.
            ahead = words[j + 1 : j + _PENDING_REACH]
            ahead = ahead[: next((k for k, w in enumerate(ahead) if w in _CLAUSE_JOINS), len(ahead))]
            next_amount = j > i and (
                any(_NUMBER.match(w) for w in ahead[:2])
                or any(_NUMBER.match(w) and ahead[k + 1 : k + 2] == ["ec"] for k, w in enumerate(ahead))
            )
            return not (clause_ends or next_amount) and not any(_NUMBER.match(w) for w in between)
    return False


_EXAM_WORDS = frozenset({"exam", "exams", "resit", "resits", "retake", "tentamen", "herkansing"})
_EXAM_DONE = frozenset({"was", "did", "took", "had", "done", "passed", "finished", "sat", "wrote"})
_EXAM_REACH = 10
_EXAM_PAST = (["last", "week"], ["last", "month"], ["weeks", "ago"], ["days", "ago"], ["yesterday"])


def _dates_ahead(dates: list[date], yearless: set[date], today: date) -> bool:
    """No date said, or one still ahead: a date without a year read as last year's ("30 June" on
    10 June) is this year's, ahead; "from my last exam on 20 August", on 25 August, is past."""
    return not dates or any(d > today or (d in yearless and d.year < today.year) for d in dates)


def _exam_ahead(said: list[str]) -> bool:
    """ "Waiting for 4 more, the exam is on 30 June", "4 EC pending from my resit in August": the
    words `said` (after an amount, or a whole message) tell of an exam still to sit, whose EC are
    still to come, not waiting for uSis."""
    words = set(said)
    return bool(words & _EXAM_WORDS) and not words & _EXAM_DONE and not _says_any(said, _EXAM_PAST)


_CLAUSE_JOINS = frozenset({"and", "but", "plus", "en", "maar"})
_NOT_ENTERED: tuple[list[str], ...] = (
    ["not", "in", "usis"],
    ["not", "yet", "in", "usis"],
    ["not", "entered"],
    ["not", "yet", "entered"],
    ["not", "registered"],
    ["not", "yet", "registered"],
)
"""After an amount: it is obtained but not yet in uSis ("6 EC are not in usis yet"): pending."""


_LEVEL_NUMBER = re.compile(r"^[1-7]00$")


def _shares_unit(words: list[str], i: int) -> bool:
    """ "2.5 and 4.5 EC", "7.5, 2.5 and 5 EC": an amount shares the unit written after the last
    amount of its list."""
    if (i > 0 and words[i - 1] == "level") or _LEVEL_NUMBER.match(words[i]):
        return False  # "upgraded to 400 (6 EC)": a level, not a list of amounts
    for j in range(i + 1, len(words)):
        if _NUMBER.match(words[j]):
            if words[j + 1 : j + 2] == ["ec"]:
                return True
        elif words[j] not in _LIST_WORDS:
            return False
    return False


_PLURAL_COURSES = frozenset({"course", "courses", "elective", "electives", "modules", "vakken"})
"""The nouns (as the lexicon leaves them: "courses" becomes "course") of "two courses of 2.5 EC"."""


def _a_count(word: str) -> int | None:
    """ "2", "two": how many courses a small number before an amount says, if it is one."""
    if word.isdigit() and 1 < int(word) < 10:
        return int(word)
    return _NUMBER_WORDS.get(word)


_TIMES = re.compile(r"^([2-9])x$")
""" "2x 2.5 EC": two of them."""


def _counted_before(words: list[str], i: int) -> int:
    """In "2x 2.5 EC", "2 x 2.5 EC", "3 times 5 EC" or "two 2.5 EC courses", how many courses
    the amount at `i` is said of; else 1."""
    before = words[i - 1] if i >= 1 else ""
    if times := _TIMES.match(before):
        return int(times.group(1))
    if before in {"x", "times"} and i >= 2 and (count := _a_count(words[i - 2])):
        return count
    # "two 2 EC (level 200) courses", "three 2 EC workshops"
    course_after = set(words[i + 2 : i + 5]) & _COUNTED_THINGS
    if course_after and (count := _a_count(before)):
        return count
    if course_after and words[i + 1 : i + 2] == ["ec"]:
        # "both of my remaining 4 EC courses", "the two last 5 EC exams": the count a few words before.
        for word in reversed(words[max(0, i - _COUNT_REACH) : i - 1]):
            if _NUMBER.match(word) or word == "ec":
                break  # another amount's number, never a count of these
            if (count := 2 if word == "both" else _NUMBER_WORDS.get(word, 0)) > 1:
                return count
    return 1


_COUNT_REACH = 4
"""How far before "N EC courses" the count of them may stand ("both of my remaining 4 EC courses")."""


_PLURAL_RESULTS = frozenset({"grade", "grades", "exam", "exams", "result", "results", "resit", "resits"})
"""What "two grades of 3 EC" counts: results, each of the amount (waiting for uSis, typically)."""

_REFERRING = frozenset({"those", "these", "that", "this", "the", "all"})
"""Words before an amount already named that point back to it ("how many of those 6 EC")."""
_EACH_REACH = 10
"""How far before "X EC each" the count of courses ("2 courses") may stand."""


def _of_them_after(words: list[str], i: int) -> int:
    """ "A course gives 2.5 EC and I'm doing two of them": the count said after the amount."""
    for j in range(i + 2, min(len(words) - 2, i + _EACH_REACH)):
        if words[j + 1 : j + 3] != ["of", "them"] or set(words[j + 3 : j + 4]) & _A_PART_IS:
            continue  # "30 EC but 5 of them are from an extracurricular course": a part, not a count
        if (count := _a_count(words[j]) or 0) > 1:
            return count
    return 1


_A_PART_IS = frozenset({"are", "were", "is", "was", "from", "come", "came", "still", "not", "have", "had"})
"""After "N of them": words that say what part of an amount N is, never how many times it counts."""


def _each_of(words: list[str], i: int) -> int:
    """In "3 courses of 5 EC each", "two level 100 courses of 2 EC each", "2x 2.5 EC" or "two
    courses at UvA, both 7.5 EC", how many times the amount at `i` counts (3, 2, 2, 2); else 1."""
    if words[i - 1 : i] == ["both"] and words[i + 1 : i + 2] == ["ec"]:
        return 2
    if (counted := _counted_before(words, i)) > 1:
        return counted
    if (of_them := _of_them_after(words, i)) > 1:
        return of_them
    each = (i + 2 < len(words) and words[i + 2] == "each") or words[i - 1 : i] == ["each"]
    if each and words[i - 1 : i] != ["of"]:
        # "2 courses still waiting for grades, 3 EC each", "three courses, each 2.5 EC", "two
        # level-100 courses, 2 EC each": the count stands by its noun (or its level), earlier.
        for j in range(max(0, i - _EACH_REACH), i - 1):
            # "two level-100 courses", "three short courses": the noun after a level or one word.
            noun = words[j + 3 : j + 4] if words[j + 1 : j + 2] == ["level"] else words[j + 1 : j + 3]
            if set(noun) & (_PLURAL_COURSES | _PLURAL_RESULTS) and (courses := _a_count(words[j]) or 0) > 1:
                return courses
    if i < 3 or words[i - 1] != "of":
        return 1
    listed = words[i + 1 : i + 2] in (["and"], ["or"]) and bool(
        _NUMBER.match(words[i + 2] if i + 2 < len(words) else "")
    )
    if listed or (i + 1 < len(words) and _NUMBER.match(words[i + 1])):
        return 1  # "3 courses of 2.5, 2.5 and 5 EC": a list, one amount for each
    # "Two (external) courses of 2.5 EC": each, unsaid, when the count stands right by the noun.
    reach = 6 if each else 4
    if not each and words[i - 2] not in _PLURAL_COURSES | _PLURAL_RESULTS:
        return 1
    for word in reversed(words[max(0, i - reach) : i - 2]):
        if count := _a_count(word):
            return count
    return 1


_NOT_EC = frozenset({"week", "weeks", "day", "days", "month", "months", "year", "years", "course", "time"})
_NOT_EC |= frozenset({"times", "hour", "hours", "level", "grade", "point", "points", "student", "students"})
"""What an amount said as "another 6 ..." counts when it is not EC."""


def _more_of_the_same(words: list[str], i: int) -> bool:
    """ "25 EC after semester 1 and I'm taking 10 more", "now 10 EC, by August I get another 6":
    an amount of more, its unit said before (EC), not of something else ("another 6 weeks")."""
    after = words[i + 1] if i + 1 < len(words) else ""
    more = after == "more" or (words[i - 1 : i] == ["another"] and after not in _NOT_EC)
    return more and "ec" in words[:i]


_COUNTED_THINGS = _PLURAL_COURSES | _PLURAL_RESULTS | {"workshop", "workshops", "projects", "tentamens"}
"""What a number right before it counts ("two more exams"), rather than being EC."""


def _a_count_of_things(words: list[str], i: int) -> bool:
    """ "2 more exams", "three workshops": a number right before courses or results (with "more"
    between at most) counts them; never EC ("2 EC more")."""
    k = i + 2 if words[i + 1 : i + 2] == ["more"] else i + 1
    return words[k : k + 1] != [] and words[k] in _COUNTED_THINGS


def _over_courses(words: list[str], i: int, value: Decimal) -> list[Decimal]:
    """ "18 EC to come from 3 courses": the amount at `i` is that many courses' EC, of one size
    where it divides evenly (6 each); empty for any other amount."""
    after = words[i + 2 : i + 2 + _OVER_REACH] if words[i + 1 : i + 2] == ["ec"] else []
    for j, word in enumerate(after[:-1]):
        count = _a_count(word)
        if word in _PLURAL_COURSES or not count or after[j + 1] not in _PLURAL_COURSES:
            continue
        if j and after[j - 1] in _OVER and value % count == 0:
            return [value / count] * count
    return []


_OVER = frozenset({"from", "over", "in", "across"})
_OVER_REACH = 6
"""How far after an amount "from 3 courses" may stand ("18 EC still to come from 3 courses")."""


def _courses_counted_again(words: list[str], i: int) -> bool:
    """ "3 courses of 6 EC each and 1 of 5 EC": after courses counted by their size, "1 of 5 EC"
    counts one more course (5 EC), never 1 EC out of 5."""
    if words[i + 1 : i + 2] != ["of"] or words[i + 3 : i + 4] != ["ec"] or not _NUMBER.match(words[i + 2]):
        return False
    counted = int(words[i]) if words[i].isdigit() else _NUMBER_WORDS.get(words[i])
    return counted is not None and 0 < counted < _MANY_COURSES and _says_any(words[:i], _COURSES_OF)


_COURSES_OF = tuple([noun, "of"] for noun in ("course", "courses", "exam", "exams", "module", "modules"))
_MANY_COURSES = 10
"""More than this many courses is no count of courses ("12 of 15 EC")."""


def _a_limit(words: list[str], i: int, limit: frozenset[str]) -> bool:
    """ "Within the 5 EC", "the 3 EC cap", "the 3 EC for level 100/200": a rule's number the student
    quotes, not their own ("a 3 EC course for level 200" names a course)."""
    if words[i - 1 : i] == ["the"] and words[i + 1 : i + 4] == ["ec", "for", "level"]:
        return True
    if words[i - 2 : i] == ["more", "than"] and "level" in words[i + 2 : i + 4]:
        return True  # "can I do more than 5 EC at level 300?": the cap, asked about
    return bool(set(words[max(0, i - 2) : i]) & limit) or (i + 2 < len(words) and words[i + 2] in limit)


_ONE_COURSE = frozenset({"a", "an", "another", "one"})
_REQUIREMENT_REACH = 3
"""How far before an amount a word for needing it may stand ("need at least 30 EC")."""


_TO_GET = frozenset({"have", "get", "reach", "obtain", "make", "collect"})
"""After "to", verbs that make the amount one still to reach ("to have my 30 EC")."""
_ASKED_TO_REACH = [
    [asked, "i", verb] for asked in ("will", "can", "do", "would") for verb in ("reach", "make")
]
"""Right before an amount: whether the student will reach it ("will I reach 30 EC?"), the rule's."""
_TOWARD = frozenset({"toward", "towards", "richting"})
"""Right before an amount, these make it the one counted towards: a target, not a holding."""
_ACHIEVED = frozenset({"managed", "able", "happened"})
"""Before "to get": the amount was reached ("I managed to get 22 EC")."""
_GUESSED = (
    ["up", "to"],  # "does it round up to 8 EC?"
    # "my 2.5 EC workshop shows up as 2 EC": what the student sees, not a second course.
    ["up", "as"],
    ["shows", "as"],
    ["show", "as"],
    ["appears", "as"],
    ["registered", "as"],
    ["listed", "as"],
    ["is", "that"],
    ["so", "that"],
    ["that", "makes"],
)
"""What stands before an amount the student offers as a guess at the answer ("is that 5 EC?")."""


_HEARSAY = frozenset({"says", "said", "say", "told", "heard", "thinks", "claims"})
"""Before an amount "is enough": what someone claims the rule is, not the student's EC."""


def _a_requirement(words: list[str], i: int, required: frozenset[str]) -> bool:
    """ "Do I still need 30 EC?": the amount a rule requires, asked about, is not what the student
    has; nor is "is that 5 EC?", a guess at the total. "I need a 5 EC course" names a course."""
    if words[max(0, i - 2) : i] in _GUESSED or words[i - 1 : i] == ["thats"]:
        return True  # "is that 5 EC?", "that's 5 EC of project space": a sum offered, no new part
    if set(words[max(0, i - 2) : i]) & _TOWARD:
        return True  # "does it count toward my 30 EC?": the rule's amount, not the student's
    if words[i - 1 : i] == ["the"] and set(words[i + 2 : i + 4]) & required:
        return True  # "does the 30 EC apply to me?", "the 30 EC requirement"
    if words[max(0, i - 2) : i] in (["for", "the"], ["for", "my"]) and words[i + 2 : i + 3] not in (
        ["course"],
        ["courses"],
    ):
        return True  # "enough for the 30 EC?", "count for my 30 EC"; "for the 5 EC course" names a course
    either = words[i - 1 : i] == ["or"] and i >= 3 and words[i - 2] == "ec"
    if either and _a_requirement(words, i - 3, required):
        return True  # "do I need 30 EC or 15 EC?": both the rule's
    if words[i + 1 : i + 4] == ["ec", "is", "enough"] and set(words[max(0, i - 3) : i]) & _HEARSAY:
        return True  # "my friend says 15 EC is enough": a claim about the rule
    if words[max(0, i - 3) : i] in _ASKED_TO_REACH:
        return True  # "will I reach 30 EC for my permit?": the rule's amount, asked about
    ahead = words[max(0, i - _REQUIREMENT_REACH - 1) : i]
    if "to" in ahead[1:]:
        to = ahead.index("to", 1)
        if set(ahead[to + 1 :]) & _TO_GET and ahead[to - 1] not in _ACHIEVED:
            return True  # "the last day to have my 30 EC": to reach; "managed to get 22": reached
    before = words[max(0, i - _REQUIREMENT_REACH) : i]
    for k in range(len(before) - 1, -1, -1):
        if before[k] in required:
            # "I need a 5 EC course" names a course; "30 EC needed. I have 15 EC" holds the 15.
            return not set(before[k + 1 :]) & (_ONE_COURSE | _HOLDING_VERBS)
    return False


def _of_total(words: list[str], i: int, of: frozenset[str]) -> int | None:
    """In "30 of the 60 EC" / "30 out of 60 EC" / "5 EC out of 15", the index of the 60 (15); else
    None."""
    unit = words[i + 1 : i + 2] == ["ec"]  # "5 points out of 15 so far": the unit said with the first
    k = i + 2 if unit else i + 1
    if k >= len(words) or words[k] not in of or (unit and words[k : k + 2] != ["out", "of"]):
        return None
    for j in range(k + 1, min(k + 4, len(words))):
        if not _NUMBER.match(words[j]) or words[j - 1] == "level":
            continue
        after = words[j + 1] if j + 1 < len(words) else ""
        # "22 of the 30 EC", or "22 of the 30 and ..." / "22 of the 30 I need" in a question about EC.
        if after == "ec" or unit or ("ec" in words and after in _AFTER_BARE_HOLDING | _AFTER_A_WHOLE):
            return j
    return None


_AFTER_A_GRADE = frozenset(
    {
        "",
        "for",
        "on",
        "in",
        "at",
        "and",
        "but",
        "so",
        "from",
        "out",
        "of",
        "with",
        "how",
        "what",
        "can",
        "will",
        "do",
        "does",
        "is",
        "counts",
        "count",
        "right",
        "ok",
        "okay",
    }
)
"""The words a grade can stand before ("got a 5.5 for it", "a 7 at the UvA"); a unit or a noun
after a number ("5 EC", "3 courses") means it is not a grade."""


def _graded_ec(words: list[str], grade: Decimal | None) -> Decimal | None:
    """The amount said last before the grade ("5 EC master level but I got 5.5": 5), if any."""
    if grade is None:
        return None
    at = next((i for i, w in enumerate(words) if _NUMBER.match(w) and _decimal(w) == grade), None)
    if at is None:
        return None
    amounts = (words[j - 1] for j in range(at - 1, 0, -1) if words[j] == "ec" and _NUMBER.match(words[j - 1]))
    return next((_decimal(word) for word in amounts), None)


def _grade(words: list[str], grade_words: frozenset[str]) -> Decimal | None:
    """A number in a question about a grade that is not an amount of EC or a level; or one said
    "for" or "on" a course's EC ("5.5 for a 7.5 EC course", "5.5 on 7.5 EC"), grade word or not."""
    for i, word in enumerate(words[:-2]):
        rest = words[i + 2 : i + 5]
        if rest and rest[0] in _ONE_OF:
            rest = rest[1:]  # "5.5 for my 5 EC course"
        # "On" only beside one course: "5.5 on a 5 EC course and a 7 on a 7.5 EC course" are two grades.
        said_of = words[i + 1] == "for" or (words[i + 1] == "on" and words.count("ec") == 1)
        if _NUMBER.match(word) and said_of and rest[1:2] == ["ec"] and _NUMBER.match(rest[0]):
            value = _decimal(word)
            if value is not None and Decimal(1) <= value <= Decimal(10):
                return value
    for i, word in enumerate(words[2:], start=2):
        # "I got a 5.5 there", "got a 6 for it": a grade, with or without a word for one.
        after = words[i + 1] if i + 1 < len(words) else ""
        # "ended with a 5.5", "passed with a 6": so is a number after "with a" that is no amount.
        got_a = (
            words[i - 2 : i]
            in (
                ["got", "a"],
                ["get", "a"],
                ["scored", "a"],
                ["received", "a"],
                ["with", "a"],
                ["me", "a"],  # "it gave me a 5.5"
            )
            or words[i - 3 : i] in (["grade", "was", "a"], ["grade", "is", "a"])
        )  # "my final grade was a 5.5"
        value = _decimal(word) if _NUMBER.match(word) else None
        if (
            got_a
            and after not in _UNIT_WORDS | _NOT_EC
            and value is not None
            and Decimal(1) <= value <= Decimal(10)
        ):
            return value
    if not set(words) & grade_words:
        return None
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        before = words[i - 1] if i > 0 else ""
        # "got 3 courses": a number followed by a noun counts things; a grade ends its phrase.
        # "a 5.5 grade": the grade word itself may follow it too.
        ends = after in _AFTER_A_GRADE or after in grade_words
        # "12 EC in period 1, 10 in period 2": an amount of a period, or a period's number.
        of_a_period = before in _PERIODS or _of_a_period(words, i)
        part = words[i + 1 : i + 3] in _OF_THOSE  # "30 EC, 6 of which are still to be graded"
        part = part or _courses_counted_again(words, i)  # "3 courses of 6 EC and 1 of 5 EC"
        if _NUMBER.match(word) and ends and before != "level" and not of_a_period and not part:
            value = _decimal(word)
            if value is not None and Decimal(1) <= value <= Decimal(10):
                return value
    return None


ARTSCIENCE_KINDS = (
    "artscience_first_year",
    "artscience_introductory",
    "artscience_higher",
    "artscience_research_group",
    "artscience_lab",
)


def _artscience(words: list[str], cues: Cues) -> tuple[tuple[Decimal, str, bool | None], ...]:
    """ "A 3 EC first-year ArtScience course and a 6 EC lab": each amount with its kind, and what
    is said of its upgrade beside it (see `_upgrade_said`)."""
    if not set(words) & cues.artscience:
        return ()
    named: list[tuple[int, int, str]] = []
    for kind in ARTSCIENCE_KINDS:
        for phrase in getattr(cues, kind):
            said = phrase.split()
            n = len(said)
            named += [(i, i + n - 1, kind) for i in range(len(words) - n + 1) if words[i : i + n] == said]
    leveled = {i for i, _, _ in _leveled_amounts(words)}
    amounts = [
        (i, value)
        for i, word in enumerate(words[:-1])
        if _NUMBER.match(word) and words[i + 1] == "ec" and (value := _decimal(word)) is not None
    ]
    if named and len(leveled) < len(amounts):
        # A course with a level of its own beside the ArtScience ones is no ArtScience course.
        amounts = [(i, value) for i, value in amounts if i not in leveled]
    if not named or not amounts:
        return ()
    # "a 6 EC lab and a 3 EC first-year course" names each amount before its kind, "a Lab (6 EC),
    # a first-year course (3 EC)" after it: the reading that pairs every amount with its own kind.
    readings = [_paired(amounts, named, side) for side in (-1, 1, 0)]
    found = [r for r in readings if r is not None]
    if not found:
        return ()  # an amount far from any kind, or one kind named for two amounts: no pairing
    best = min(found, key=lambda r: sum(abs(place - at) for _, _, place, at in r))
    return tuple(
        (value, kind, _upgrade_said(words, min(place, at), max(place, at), cues))
        for value, kind, place, at in best
    )


_LEVEL_REACH = 3
"""How far from an amount's EC its level may be said ("4 EC level 300", "a level 300 course of 4 EC")."""


def _leveled_amounts(words: list[str]) -> list[tuple[int, Decimal, int]]:
    """Amounts with a level said right by them: (where, EC, level)."""
    found = []
    for i, word in enumerate(words[:-1]):
        if not _NUMBER.match(word) or words[i + 1] != "ec" or (value := _decimal(word)) is None:
            continue
        # "a level 300 course of 4 EC", "a level 300 course 3 EC": the level said just before.
        before = words[max(0, i - _LEVEL_REACH - 2) : i] if words[i - 1 : i] in (["of"], ["course"]) else []
        level = _level_in(words[i + 2 : i + 2 + _LEVEL_REACH]) or _level_in(before)
        if level is not None:
            found.append((i, value, level))
    return found


def _level_in(span: list[str]) -> int | None:
    """ "level 300" within a few words: its level."""
    for j, word in enumerate(span[:-1]):
        if word == "level" and span[j + 1] in _LEVEL_WORDS:
            return int(span[j + 1])
    return None


_LEVEL_WORDS = frozenset({"100", "200", "300", "400", "500", "600"})


def _beside_artscience(
    words: list[str], artscience: tuple[tuple[Decimal, str, bool | None], ...]
) -> tuple[tuple[Decimal, int], ...]:
    """The courses with a level named beside ArtScience ones (see `QuestionFacts.beside_artscience`)."""
    if not artscience:
        return ()
    return tuple((value, level) for _, value, level in _leveled_amounts(words))


_DENIED_REACH = 3
"""How many words before an upgrade (or a level) a "no" may stand to deny it."""


def _beside_used(words: list[str], cues: Cues) -> int:
    """See `QuestionFacts.beside_used`: the leveled courses come first and are said to be used."""
    leveled = [i for i, _, _ in _leveled_amounts(words)]
    placed = _ec_places(words)
    if not leveled or placed[: len(leveled)] != leveled or len(placed) == len(leveled):
        return 0
    return len(leveled) if _earlier_count(words, placed, cues) >= len(leveled) else 0


def _upgrade_denied(words: list[str], cues: Cues) -> bool:
    """ "A Lab without upgrade", "I won't upgrade it", "not as level 400"."""
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        named = word in cues.upgrade or (word == "level" and _NUMBER.match(after) is not None)
        if named and set(words[max(0, i - _DENIED_REACH) : i]) & cues.negation:
            return True
    return False


def _upgrade_said(words: list[str], first: int, last: int, cues: Cues) -> bool | None:
    """What the words around one ArtScience course say of its upgrade: "a Lab upgraded to 400"
    (True), "a research group without upgrade" (False), nothing (None)."""
    around = set(words[max(0, first - 2) : last + 3])
    if not around & cues.upgrade:
        return None
    return not around & cues.negation


def _paired(
    amounts: list[tuple[int, Decimal]], named: list[tuple[int, int, str]], side: int
) -> list[tuple[Decimal, str, int, int]] | None:
    """Each amount with the nearest kind on `side` of it (-1 before, 1 after, 0 either), or None
    when one is further than `_NEAR` or two amounts share a kind. A kind of several words ("first
    year") is as near as its nearest word ("a bachelor first year course at the KABK, 3 EC")."""
    paired = []
    used = set()
    for at, value in amounts:
        near = [
            (end if end < at else start, start, kind)
            for start, end, kind in named
            if side == 0 or (start - at) * side > 0
        ]
        if not near:
            return None
        place, start, kind = min(near, key=lambda n: abs(n[0] - at))
        if abs(place - at) > _NEAR:
            return None
        paired.append((value, kind, place, at))
        used.add(start)
    if len(used) < len(paired):
        return None
    return paired


_ASSIST_NEAR = 4
_ASKED_TO_ASSIST = 10
"""How far after "can I" the assisting asked about may come ("can I still get 2 EC for assisting")."""
"""How many words after an amount's EC (one more before it) may name the assisting it was for."""


def _assisted(words: list[str], cues: Cues) -> Decimal | None:
    """The amount said to be for assisting: "2 EC for helping ...", "assisted for 2 EC"."""
    for i, word in enumerate(words[:-1]):
        if not _NUMBER.match(word) or words[i + 1] != "ec":
            continue
        # "I assisted a friend last year for 2 EC": "for" reaches back to the assisting further.
        reach = _ASSIST_NEAR + 3 if words[i - 1 : i] == ["for"] else _ASSIST_NEAR + 1
        before = words[max(0, i - reach) : i]
        helped = [j for j, w in enumerate(before) if w in cues.assist]
        # "... went home to help. Now I only have 9 EC": the EC the student holds, not the help's.
        held = helped and set(before[helped[-1] :]) & (cues.holding - cues.done_with - _ASSISTED_WITH)
        # "a 4 EC project and also assist someone for 2 EC": an amount of a project is the project's.
        projects = words[i + 2 : i + 3] != [] and words[i + 2] in cues.project_work
        after = set(words[i + 2 : i + 2 + _ASSIST_NEAR]) & cues.assist and not projects
        if (helped and not held) or after or _for_anothers_graduation(words, i, cues):
            return _decimal(word)
    return None


_THEIRS = frozenset({"her", "his", "their", "friends", "classmates", "someones", "someone"})
"""Whose graduation project an amount is "for": another student's is assisting."""


def _for_anothers_graduation(words: list[str], i: int, cues: Cues) -> bool:
    """ "A friend asks me to help with the hardware of her graduation project for 2 EC": the amount
    is for another student's graduation project, said after help given to it."""
    for k in range(max(2, i - _ABOUT_REACH), i):
        # "... for his graduation project, about 3 EC of work": a word or two of size between.
        if words[k - 1 : k + 1] != ["graduation", "project"] or not set(words[k + 1 : i]) <= _ABOUT:
            continue
        return words[k - 2] in _THEIRS and bool(set(words[:i]) & cues.assist)
    return False


_ABOUT = frozenset({"for", "about", "around", "roughly", "approximately", "approx", "like", "maybe", "worth"})
_ABOUT_REACH = 4
"""Between another's graduation project and the amount of help to it ("..., about 3 EC of work")."""


_ASSISTED_WITH = frozenset({"with", "at"})
"""Holding words that also say what assisting gave ("assisted with 2 EC")."""


_EXPECTED_NEAR = 4
"""How many words before the first amount an expectation ("will end up with") may stand."""


def _petitioned(words: set[str], cues: Cues) -> bool:
    """ "I petitioned before the start", "I submitted my petition": asked, not denied ("petition
    not filed yet", "I haven't petitioned") nor asked about ("should I petition?")."""
    said = bool(words & cues.petitioned) or ("petition" in words and bool(words & cues.reported))
    return said and not words & (cues.negation | _PETITION_ASKED)


_PETITION_ASKED = frozenset({"should", "can", "could", "how", "when", "yet"})
"""Words that make a petition something asked about ("how do I petition?"), not one filed."""


def _course_starts(words: list[str], cues: Cues) -> bool:
    """ "It starts 2 February 2027", "the course begins in February": a start word right after a
    course (or "it"), of the course the student asks about."""
    return any(
        word in cues.start and (words[j - 1] in _STARTING_THING or _course_and(words, j))
        for j, word in enumerate(words)
        if j
    )


def _course_and(words: list[str], j: int) -> bool:
    """ "The course is 7.5 EC, 1st-year master, and starts 2 February 2027": "and" before the start
    word goes on from a course said just before, with no "I" between."""
    before = words[max(0, j - _COURSE_AND_REACH) : j - 1]
    return (
        words[j - 1] == "and"
        and bool(set(before) & _STARTING_THING - {"it", "which", "that"})
        and not (set(before) & _SPEAKER)
    )


_COURSE_AND_REACH = 10
_SPEAKER = frozenset({"i", "im", "ive", "id", "ill"})


_STARTING_THING = frozenset({"it", "course", "class", "module", "elective", "lectures", "which", "that"})
"""Right before a start word: what starts is a course, not the student's studies."""


def _begun(words: list[str], cues: Cues) -> bool:
    """A phrase of `cues.begun` ("started a", "already following", "finished the course"), not
    denied or supposed just before it ("I haven't started it", "if the course already started");
    or a course's EC the student says they got ("I got 4.5 EC for a 400 level course")."""
    for i, word in enumerate(words[1:-1], start=1):
        if words[i - 1] in cues.done_with and words[i + 1] == "ec" and _NUMBER.match(word):
            return True
    denied = cues.unsure | cues.negation
    starting = _by_first_word(cues.begun)
    for j, word in enumerate(words):
        for said in starting.get(word, ()):
            if words[j : j + len(said)] == list(said) and not set(words[max(0, j - 3) : j]) & denied:
                return True
    return False


@functools.cache
def _by_first_word(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their first word: only those can start where a word is (built once)."""
    starting: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        said = tuple(phrase.split())
        if said:
            starting.setdefault(said[0], []).append(said)
    return {first: tuple(found) for first, found in starting.items()}


def _expected(words: list[str], cues: Cues) -> bool:
    """ "I'll end up with 14 EC", "I expect to have 20 EC by August": the first amount is one the
    student expects to have, said by a phrase of `cues.expected` just before it."""
    places = _ec_places(words)
    return bool(places) and _expected_before(words, places[0], cues)


def _expected_before(words: list[str], i: int, cues: Cues) -> bool:
    """A phrase of `cues.expected` ends at most `_EXPECTED_NEAR` words before the amount at `i`.
    Its words are split once (`_split_phrases`), and compared only where its first word is."""
    for said in _split_phrases(cues.expected):
        if not said:
            return True  # an empty phrase is found anywhere
        n = len(said)
        for j in range(max(0, i - _EXPECTED_NEAR - n + 1), i - n + 1):
            if words[j] == said[0] and tuple(words[j : j + n]) == said:
                return True
    return False


@functools.cache
def _split_phrases(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """Each phrase as its words (built once per set of phrases)."""
    return tuple(tuple(phrase.split()) for phrase in phrases)


def _assisting_again(words: list[str], cues: Cues) -> bool:
    """ "Can I assist again?", "I already helped one": a second assisting. The weaker words
    ("already", "another", "more") only count beside assisting itself: "I already have my own
    project approved, now I'd like to help a friend" is a first assisting."""
    if set(words) & cues.repeat or _assisted_before(words, cues):
        return True
    return any(
        word in cues.again
        and not _someone_or_more(words[i + 1 : i + 2])
        and set(words[max(0, i - _ASSIST_NEAR) : i + _ASSIST_NEAR + 1]) & cues.assist
        for i, word in enumerate(words)
    )


def _assisted_before(words: list[str], cues: Cues) -> bool:
    """ "I got 2 EC for assisting a classmate last year. Can I assist another student?": assisting
    told in the past tense, then asked about again; or "I assisted a friend last year ... another
    friend asks me to help him too": an earlier one, and another."""
    said = [i for i, word in enumerate(words) if word in cues.assisting]
    if len(said) >= 2 and set(words[max(0, said[0] - _ASSIST_NEAR) : said[0]]) & cues.past:
        return True
    helped = [i for i, word in enumerate(words) if word in cues.assist]
    if not said or len(helped) < 2 or words[said[0]] != "assisted":
        return False
    return bool(set(words[helped[0] + 1 :]) & _ANOTHER_TIME)


_BY = frozenset({"by"})
_BEEN = frozenset({"been"})
_HELPED_AFTER = _BY | {"me"}
_HELPED_BEFORE = _BEEN | {"was", "got"}
"""Around an assisting word: the student was the one helped ("assisted by", "someone assisted me",
"I was assisted"), not the helper."""


def _assisting_beside(
    words: list[str], cues: Cues, after: frozenset[str], before: frozenset[str], *, passive: bool = False
) -> bool:
    """An assisting word with one of `after` right after it or one of `before` right before it;
    `passive`: only in a form that is no "-ing" ("I've been helping" is the helper's)."""
    return any(
        word in cues.assist
        and not (passive and word.endswith("ing"))
        and ((i + 1 < len(words) and words[i + 1] in after) or (i > 0 and words[i - 1] in before))
        for i, word in enumerate(words)
    )


_ANOTHER_TIME = frozenset({"another", "too", "again", "second"})
"""After an assisting told in the past ("I assisted a friend"): another one asked about."""


_SOMEONE = frozenset({"student", "students", "person", "friend", "classmate", "master"})


def _someone_or_more(after: list[str]) -> bool:
    """ "Helping another student", "another 2 EC of assisting": the page's words for the other
    party, or more EC, not a second time."""
    return bool(after) and (after[0] in _SOMEONE or _NUMBER.match(after[0]) is not None)


_LIST_MARKER = re.compile(r"(?:^|(?<=[\s:;,]))\(?[1-9]\)\s")
""" "(1) a 5 EC course; (2) ...", "1) ...": a list's numbering, no amount."""


_ACADEMIC_YEAR = re.compile(r"\b(20\d\d)\s*[-/\u2013]\s*(?:20)?(\d\d)\b")
""" "2025-2026", "2025/26": an academic year by its two calendar years."""


_NEW_START = (
    ["this", "september"],
    ["this", "february"],
    ["first", "year", "student"],
    ["new", "student"],
    ["freshman"],
    ["just", "started"],
    ["just", "arrived"],
    ["im", "in", "my", "first", "year"],
    ["am", "in", "my", "first", "year"],
)
"""Words that make the student's start the latest one ("I'm a first-year student, started in September")."""


def _academic_years(question: str, today: date) -> str:
    """ "34 credits in 2025-2026 and 9 in 2026-2027": each academic year named as this one or an
    earlier one, in the words the year reading knows."""
    this = last_first_of(SEPTEMBER, today).year

    def said(m: re.Match[str]) -> str:
        first, second = int(m.group(1)), int(m.group(2))
        if second != (first + 1) % 100:
            return m.group(0)  # "2025-2027" is no academic year
        if first == this:
            return "this academic year"
        return "last academic year" if first == this - 1 else m.group(0)

    return _ACADEMIC_YEAR.sub(said, question)


_FOUR_DIGITS = re.compile(r"\b\d{4}\b")


_SUPPOSING = "if"
_GRADE_HAD = frozenset({"got", "received", "gotten", "gave"})
"""Beside "if", words that make a grade one had ("I got a 5.5, does it count if ...")."""


def _since_an_earlier_year(words: list[str], today: date) -> bool:
    """ "30 EC since september 2026", asked in September 2027: since the start of the year just
    checked, not of this one (a "since September" with no year is this academic year's)."""
    this = last_first_of(SEPTEMBER, today).year
    return any(
        words[i : i + 2] == ["since", "september"] and words[i + 2].isdigit() and int(words[i + 2]) < this
        for i in range(len(words) - 2)
    )


def no_student_permit(facts: QuestionFacts, cues: Cues) -> bool:
    """The student says their permit is no student residence permit ("I'm Dutch", "a partner
    permit"), and not that they are non-EU: the progress page's rule is not about them."""
    return bool(facts.words & cues.permit_free) and not facts.words & cues.permit_needed


_ASKED_AS = re.compile(
    r"(\d+(?:\.\d+)?\s*ec\b[^.?!\d]{0,25}?(?:=|\bbecomes?\b|\bequals?\b|\bturns? into\b|\bcounts? as\b))"
    r"\s*\d+(?:\.\d+)?\s*ec\b",
    re.IGNORECASE,
)
""" "4.5 ec course abroad = 5 ec here?": the amount it is asked to become, no second course."""


def read_facts(question: str, normaliser: Normaliser, today: date) -> QuestionFacts:
    """The facts a question states, read leniently (typos and Dutch words via the normaliser)."""
    question = _GLUED_UNIT.sub(r"\1 \2", _DECIMAL_COMMA.sub(r"\1.\2", _LIST_MARKER.sub(" ", question)))
    question = _ASKED_AS.sub(r"\1", question)
    question = _academic_years(question, today)
    said = _times(_spelled_amounts(question))
    question = _SLASH_TOTAL.sub(r"\1 of \2 ", _summed(_worked_sums(said)))
    folded = fold(question)
    words = normaliser.words(question)
    cues = normaliser.lexicon.cues
    found_in = _patterns(normaliser.lexicon.months, normaliser.lexicon.months_not_alone)
    months_of = found_in.reader.months
    artscience = _artscience(words, cues)
    read = _programme_size(words, _ec_read(question, words, normaliser))
    amounts, pending, pairs, per_course = read.ec, read.pending, read.pairs, read.per_course
    # On canonical words: the lexicon makes "a master course" a level 400 course.
    level_match = _LEVEL.search(" ".join(words))
    level = next((int(g) for g in level_match.groups() if g), None) if level_match else None
    date_text = " ".join(_DATE_PUNCTUATION.sub(" ", folded_dates(question)).split())
    date_text = _DAY_OF.sub(r"\1 ", date_text)
    stated = found_in.stated_today.search(date_text)
    stated_today = found_in.reader.parse(stated[1] or stated[2], today) if stated else None
    # "It's now May 2027" names a month and year that are no start; "it's 3 September now" beside
    # "started sept 2026" leaves that start's month and year said.
    stated_year = bool(stated and _FOUR_DIGITS.search(stated[0]))
    if stated:
        date_text = date_text.replace(stated[0], " ")
    elif month_now := found_in.stated_month.search(date_text):
        month_said, year_said = month_now[1] or month_now[3] or month_now[4], month_now[2] or ""
        stated_year = bool(year_said)
        stated_today = found_in.reader.parse(f"{MID_MONTH} {month_said} {year_said}", today)
        if stated_today is not None and stated_today.month == today.month:
            stated_today = today  # "it's already March", said in March: today, not the middle of it
        date_text = date_text.replace(month_now[0], " ")
    written, yearless, limits = _dates(date_text, stated_today or today, found_in)
    dates = written + _days_ago(date_text, stated_today or today)
    # "Received it on 5 October, the letter is dated 1 October": the date the decision bears.
    # "I will get the decision on 30 September" is one to come: only "dated" marks it then.
    decided_on = None if set(words) & cues.future else _DECIDED_ON.search(date_text)
    marked = _DATED.search(date_text) or decided_on
    dated_on = _dates(date_text[marked.end() :], stated_today or today, found_in)[0] if marked else []
    dated_months = {d.month for d in dates}
    if stated_today is not None:
        dated_months.add(stated_today.month)
    tokens = folded.split()
    named = [
        i
        for i, w in enumerate(tokens)
        if w in months_of and w not in found_in.reader.not_alone and months_of[w] not in dated_months
    ]
    # "Ill from February to April ... I started Sept 2026": the month said as a start goes first;
    # "I'll be at 10 EC in February", "long covid until February": a time, never a start.
    timed = [i for i in named if _said_as_time(tokens, i, cues)]
    named = [i for i in named if i not in timed]
    named.sort(key=lambda i: not _said_as_start(tokens, i, cues))
    months = tuple(months_of[tokens[i]] for i in named)
    words = _without_months_of_time(words, {months_of[tokens[i]] for i in timed} - set(months), cues)
    # "By 31 August 2027" is a day, not also the month "August 2027" (a start, or a period ahead).
    days_of = {(d.year, d.month) for d in written}
    # "It's now May 2027" is the question's today, not a month (a start) it tells of.
    if stated_today is not None and stated_year:
        days_of.add((stated_today.year, stated_today.month))
    month_years = tuple(
        d
        for m in found_in.month_year.finditer(folded)
        if (d := safe_date(int(m[2]), months_of[m[1]], 1)) is not None and (d.year, d.month) not in days_of
    )
    denied = _upgrade_denied(words, cues)
    return QuestionFacts(
        ec=tuple(amounts),
        pending=tuple(pending),
        per_course=tuple(per_course),
        halves=_halves_rounded(said, tuple(per_course)),
        level=level,
        levels=tuple(_levels(words)),
        upgrade_denied=denied,
        upgrade_asked=bool(set(words) & cues.upgrade) and not denied,
        dates=tuple(dates),
        yearless=frozenset(yearless),
        limits=frozenset(limits),
        dated_on=dated_on[0] if dated_on else None,
        months=months,
        timed_months=tuple(months_of[tokens[i]] for i in timed if tokens[i - 1] in _PART_OF_MONTH),
        result_months=tuple(months_of[tokens[i]] for i in timed if _result_month(tokens, i)),
        ending_months=tuple(months_of[tokens[i]] for i in timed if _result_month(tokens, i, _ENDS_IN)),
        month_years=month_years,
        courses=tuple(reversed(pairs) if read.used_last else pairs) if len(pairs) > 1 else (),
        course_sized=read.course_sized,
        out_of=read.out_of,
        earlier=1 if read.used_last else read.earlier,
        aside=read.aside,
        aside_project=read.aside_project,
        honours_ec=read.honours,
        earlier_year_ec=read.years.earlier,
        earlier_is_first_year=read.years.first_year,
        earlier_is_rest=read.years.rest,
        since_earlier_year=(since_earlier := _since_an_earlier_year(words, stated_today or today)),
        this_year_ec=read.years.this_year and not since_earlier,
        unsure_part=read.unsure_part,
        day_first=_either_way(date_text),
        exam_ahead=_exam_ahead(words) and _dates_ahead(dates, yearless, stated_today or today),
        reported=_reported(words, cues),
        no_decision=_NO_DECISION.search(" ".join(words)) is not None,
        begun=_begun(words, cues),
        course_starts=_course_starts(words, cues),
        new_start=_says_any(words, _NEW_START),
        petitioned=_petitioned(set(words), cues),
        expected=read.expected_total or _expected(words, cues),
        assisting_again=_assisting_again(words, cues),
        grade=(grade := _grade(words, cues.grade)),
        graded_ec=_graded_ec(words, grade),
        grade_supposed=grade is not None and _SUPPOSING in words and not set(words) & _GRADE_HAD,
        approved=bool(set(words) & cues.approved) and not set(words) & cues.unsure,
        stated_today=stated_today,
        artscience=tuple((value, kind) for value, kind, _ in artscience),
        beside_artscience=_beside_artscience(words, artscience),
        beside_used=_beside_used(words, cues) if artscience else 0,
        artscience_upgrades=tuple(upgrade for _, _, upgrade in artscience),
        assisted=_assisted(words, cues),
        project_part=_project_part(words, cues),
        helped_by_another=_assisting_beside(words, cues, _BY, _BEEN),
        was_assisted=_assisting_beside(words, cues, _HELPED_AFTER, _HELPED_BEFORE, passive=True),
        asks_to_assist=any(
            words[i : i + 2] == ["can", "i"] and set(words[i + 2 : i + _ASKED_TO_ASSIST]) & cues.assist
            for i in range(len(words))
        ),
        words=frozenset(words),
    )


_NO_DECISION = re.compile(
    r"\b(?:no|not|never|havent|hasnt|didnt|dont|nothing|without)\b(?: \w+){0,3}? "
    r"(?:decision|decisions|received|receive|heard|hear|gotten|come|came|arrived|email|mail|letter|answer|news|yet)\b"
)
""" "Haven't received any decision", "no decision yet", "nothing has come": none has come."""

_START_REACH = 3
"""How many words after "started" (or before "starter") a month may stand to be the start's."""
_NOT_A_START = frozenset({"since"})
"""A start word that also dates other things ("ill since February")."""


def _said_as_start(tokens: list[str], i: int, cues: Cues) -> bool:
    """ "started Sept 2026", "I began in February", "a February starter": the month of a start."""
    starts = cues.start - _NOT_A_START
    before = tokens[max(0, i - _START_REACH) : i]
    return bool(set(before) & starts) or bool(set(tokens[i + 1 : i + 2]) & starts)


_RANGE_TO = frozenset({"until", "till", "til", "untill", "to", "through", "thru", "tot"})
_RANGE_FROM = frozenset({"from", "since", "van"})
_AT_A_TIME = frozenset({"in", "by", "before", "during", "around"})
_PART_OF_MONTH = frozenset({"mid", "early", "late", "end"})
_ENDS_IN = frozenset({"ends", "finishes", "ending", "finishing"})
"""Before "in" and a month: when a course ends ("ends in October"): its EC are not obtained before."""
_RESULT_IN = _ENDS_IN | {"graded", "published", "released", "comes", "grades", "results"}
"""Before "in" and a month: when a course's result comes ("ends in October", "graded in September"),
a time, never a start."""


def _result_month(tokens: list[str], i: int, said: frozenset[str] = _RESULT_IN) -> bool:
    """ "An 8 EC course ends in October", "graded in september": the month a result comes."""
    return i >= 2 and tokens[i - 1] == "in" and tokens[i - 2] in said


def _said_as_time(tokens: list[str], i: int, cues: Cues) -> bool:
    """ "Ill from November until February", "I'll be at 10 EC in February": the month is when
    something happens, not when the student started (which the start words would say)."""
    if _said_as_start(tokens, i, cues):
        return False
    before = tokens[i - 1] if i > 0 else ""
    if before in _PART_OF_MONTH or _result_month(tokens, i):
        return True  # "grades come out mid september", "by the end of January", "ends in October"
    ranged = before in _RANGE_TO or (before in _RANGE_FROM and bool(set(tokens[i + 1 : i + 4]) & _RANGE_TO))
    of_an_amount = before in _AT_A_TIME and "ec" in tokens[max(0, i - 4) : i - 1]
    return ranged or of_an_amount


def _without_months_of_time(words: list[str], timed: set[int], cues: Cues) -> list[str]:
    """The start months' own words ("february") left out where such a month is said only as a time."""
    gone = (cues.september if 9 in timed else frozenset()) | (cues.february if 2 in timed else frozenset())
    return [w for w in words if w not in gone]


_VARIABLE = (
    "ec",
    "dated_on",
    "pending",
    "level",
    "dates",
    "limits",
    "yearless",
    "months",
    "month_years",
    "grade",
    "stated_today",
    "artscience",
    "assisted",
    "upgrade_asked",
    "upgrade_denied",
    "begun",
    "this_year_ec",
    "earlier_year_ec",
    "earlier_is_rest",
)
"""The facts a follow-up may change ("and if it is level 200?", "what about 7.5 EC?", "and with
the upgrade?")."""


def changes(facts: QuestionFacts) -> bool:
    """Whether a message states any fact a verdict is worked out from."""
    return any(getattr(facts, name) for name in _VARIABLE)


def courses_varied(last: QuestionFacts, follow_up: QuestionFacts, cues: Cues) -> QuestionFacts | None:
    """A follow-up about one course beside the last question's courses: "and if I already did 2 EC
    level 300?" after a 4 EC level 100 course puts the done one first, using the caps before it;
    "and if the 300 one is 2 EC instead?" after a 3 EC level 200 and a 4 EC level 300 course
    changes that course only. None for any other follow-up."""
    levels = {level for _, level in last.courses}
    # "The 300 one": a level said bare, as one of the last question's courses.
    bare = [int(w) for w in follow_up.words if _LEVEL_NUMBER.match(w) and int(w) in levels]
    level = follow_up.level or (bare[0] if len(bare) == 1 else None)
    if len(follow_up.ec) != 1 or level is None or follow_up.courses:
        return None
    said = (follow_up.ec[0], level)
    words = last.words | follow_up.words
    taken = last.approved or bool(last.words & cues.earlier)
    if last.level is not None and last.ec and not last.courses and taken:
        # "And a level 200 course of 1 EC?" after "I already got 5 EC at level 300 approved": that
        # course stays used, beside the one asked about (the project work said with it apart).
        pairs = ((last.ec[0], last.level), said)
        update = {"ec": (last.ec[0], said[0]), "courses": pairs, "earlier": 1, "words": words, "level": level}
        update |= {"assisted": None, "aside_project": None, "project_part": None, "aside": frozenset()}
        return last.model_copy(update=update)
    if follow_up.words & cues.earlier and last.level is not None and len(last.ec) == 1 and not last.courses:
        pairs = (said, (last.ec[0], last.level))
        update = {"ec": (said[0], last.ec[0]), "courses": pairs, "earlier": 1, "words": words}
        return last.model_copy(update=update)
    if last.courses and follow_up.words & cues.alongside:
        # "And if I add a level 200 of 2 EC?", "plus another 3 EC level 300?" after two courses:
        # all of them, sharing the caps; those the student said were taken stay taken.
        used = len(last.courses) if last.words & cues.earlier else last.earlier
        added = (*last.courses, said)
        update = {"courses": added, "ec": tuple(ec for ec, _ in added), "earlier": used, "words": words}
        return last.model_copy(update=update)
    same_level = [n for n, (_, course_level) in enumerate(last.courses) if course_level == level]
    if len(same_level) != 1 or follow_up.words & cues.alongside:
        return None
    courses = list(last.courses)
    courses[same_level[0]] = said
    return last.model_copy(
        update={"courses": tuple(courses), "ec": tuple(ec for ec, _ in courses), "words": words}
    )


def _asked_course_resized(last: QuestionFacts, follow_up: QuestionFacts, cues: Cues) -> QuestionFacts | None:
    """ "And what if it's 2 EC?" after "I already did 3 EC level 200; can I also take a 3 EC level
    300 course?": the one course asked about takes the new size, the used ones stay as they were;
    "what about a level 300 of 2 EC instead?" puts that course in its place, beside the used ones."""
    asked = last.courses[last.earlier :]
    if not last.earlier or len(asked) != 1 or len(follow_up.ec) != 1:
        return None
    if len(follow_up.courses) > 1 or follow_up.words & cues.alongside:
        return None
    courses = (*last.courses[: last.earlier], (follow_up.ec[0], follow_up.level or asked[0][1]))
    words = last.words | follow_up.words
    return last.model_copy(update={"courses": courses, "ec": tuple(ec for ec, _ in courses), "words": words})


def _project_resized(last: QuestionFacts, follow_up: QuestionFacts) -> QuestionFacts | None:
    """ "And if the project only gives 3 EC?" after "12 EC now, 18 to come and a 5 EC project":
    that part only, beside the EC held and the courses to come (never 3 EC held in all)."""
    project = last.project_part
    if project is None or follow_up.project_part is None or len(follow_up.ec) != 1:
        return None
    if last.assisted is not None or last.level is not None or project not in last.ec[1:]:
        return None
    at = len(last.ec) - 1 - last.ec[::-1].index(project)
    sizes = (*last.ec[:at], follow_up.ec[0], *last.ec[at + 1 :])
    update = {"ec": sizes, "project_part": follow_up.ec[0], "words": last.words | follow_up.words}
    return last.model_copy(update=update)


def _failed_off(last: QuestionFacts, failed: Decimal) -> dict[str, object]:
    """ "And if I fail my last 5 EC course?" after 22 EC held: still 22, with nothing to come; "and
    if I fail one 5 EC course of those?" after 18 held and 15 to come: 10 to come; "and if I fail
    the 4 EC one?" after 18 held, 6 and 4 to come: 6 to come; "and if the 2 EC don't come?" after 2
    pending: none pending."""
    to_come = sum(last.ec[1:], Decimal(0))
    update: dict[str, object] = {"ec": (last.ec[0], to_come - failed) if failed < to_come else last.ec[:1]}
    if len(last.ec) < 2 and last.pending and failed <= sum(last.pending):
        left = sum(last.pending) - failed
        update["pending"] = (left,) if left else ()
    return update


def vary(last: QuestionFacts, follow_up: QuestionFacts, cues: Cues) -> QuestionFacts:
    """The last question's facts with those the follow-up states in their place. Its words join
    the last question's, except a start month it replaces ("and if I started in February?")."""
    update: dict[str, object] = {
        name: getattr(follow_up, name) for name in _VARIABLE if getattr(follow_up, name)
    }
    if "grade" in update:
        update["grade_supposed"] = follow_up.grade_supposed  # "and if I get a 5.5?" is no grade had
    if "ec" in update or "level" in update:
        update["courses"] = follow_up.courses  # the last question's pairing no longer holds
    beside = follow_up.words & cues.alongside and not last.courses
    if (
        beside
        and last.level is not None
        and follow_up.level is not None
        and len(follow_up.ec) == 1 == len(last.ec)
    ):
        # "And a 3 EC level 200 one on top?" after a 5 EC level 300 course: both, sharing the caps.
        pairs = ((last.ec[0], last.level), (follow_up.ec[0], follow_up.level))
        return last.model_copy(
            update={
                "ec": (last.ec[0], follow_up.ec[0]),
                "courses": pairs,
                "words": last.words | follow_up.words,
            }
        )
    if (
        beside
        and len(last.artscience) == 1
        and not follow_up.artscience
        and follow_up.level is not None
        and len(follow_up.ec) == 1
    ):
        # "And also a level 200 Leiden course of 2 EC?" after a KABK course: both, sharing the caps.
        added = (follow_up.ec[0], follow_up.level)
        return last.model_copy(
            update={
                "ec": (*last.ec[:1], added[0]),
                "level": follow_up.level,
                "levels": (follow_up.level,),
                "beside_artscience": (added,),
                "words": last.words | follow_up.words,
            }
        )
    if beside and last.artscience and follow_up.artscience and follow_up.level is None:
        # "And a first-year ArtScience course of 2 EC too?" after a KABK course: both.
        return last.model_copy(
            update={
                "ec": (*last.ec, *follow_up.ec),
                "artscience": (*last.artscience, *follow_up.artscience),
                "artscience_upgrades": (*last.artscience_upgrades, *follow_up.artscience_upgrades),
                "words": last.words | follow_up.words,
            }
        )
    varied_courses = (
        courses_varied(last, follow_up, cues)
        or _asked_course_resized(last, follow_up, cues)
        or _project_resized(last, follow_up)
    )
    if varied_courses is not None:
        return varied_courses
    resized = last.assisted is not None and len(last.ec) == 2 and len(follow_up.ec) == 1
    resized = resized and not follow_up.words & cues.alongside  # "and a 1 EC project on top?" adds one
    if resized and "project" in follow_up.words and follow_up.assisted is None and last.assisted in last.ec:
        # "And if the project is 3?" after "a 6 EC project and also assist for 2 EC" (or "2 EC
        # assisting, now a 4 EC own project"): the project's size, the assisting where it was said.
        sizes = tuple(ec if ec == last.assisted else follow_up.ec[0] for ec in last.ec)
        return last.model_copy(update={"ec": sizes, "words": last.words | follow_up.words})
    own_beside = last.assisted is not None and follow_up.ec and not follow_up.assisted
    if own_beside and follow_up.words & cues.alongside:
        # "And if I also did a 4 EC project of my own?" after 2 EC of assisting: both, under one cap.
        both = (*last.ec, *follow_up.ec)
        return last.model_copy(update={"ec": both, "words": last.words | follow_up.words})
    if "artscience" in update:
        update["artscience_upgrades"] = follow_up.artscience_upgrades
    elif last.artscience and (follow_up.upgrade_asked or follow_up.upgrade_denied):
        # "And with the upgrade?" after a Lab without it (or the reverse): the same courses, each
        # asked with (or without) the upgrade.
        update["artscience_upgrades"] = (follow_up.upgrade_asked,) * len(last.artscience)
        update["upgrade_denied"] = follow_up.upgrade_denied
    # "what if I pass two courses of 6 EC?" after 18 EC held: passing adds, like "more" does.
    adds = follow_up.words & cues.added or (last.level is None and follow_up.words & cues.to_come)
    if "ec" in update and adds and len(last.ec) == len(follow_up.ec) == 1:
        # "And if I pass 10 more?" after 22 EC: the 22 held and 10 still to come (said as "with
        # them you would have 32 EC"), never 32 held; a course's size grows (no EC to come there).
        more = (last.ec[0], follow_up.ec[0])
        update["ec"] = more if last.level is None else (last.ec[0] + follow_up.ec[0],)
    elif "ec" in update and adds and last.level is None and len(last.ec) == 2 and len(follow_up.ec) == 1:
        # "And with 10 more?" after "what if I get 6 more?": another amount to come in place of
        # the last one, beside the same EC held; "and with another 5?" comes on top of it.
        # "and the resit of the failed one is in June, 6 EC": a resit comes beside what was to come.
        # "and if I also pass the 5 EC one in august?", "... too", "... as well": beside it as well.
        beside = follow_up.words & (cues.alongside | _RESITS)
        on_top = last.ec[1] if beside else Decimal(0)
        update["ec"] = (last.ec[0], on_top + follow_up.ec[0])
    # "The resit of the failed one is in June, 6 EC" fails nothing: more to come.
    if "ec" in update and _fails(follow_up, cues) and last.level is None and len(follow_up.ec) == 1:
        update |= _failed_off(last, follow_up.ec[0])
    if follow_up.expected:
        update["expected"] = True  # "what if I only get 26?": the year's end total, never held now
    if "ec" in update:
        update["per_course"] = follow_up.per_course
        if len(last.artscience) == 1 and len(follow_up.ec) == 1 and not follow_up.artscience:
            # "What about 4 EC?" after a 6 EC Lab: the same kind of course, of the new size.
            update["artscience"] = ((follow_up.ec[0], last.artscience[0][1]),)
            update["artscience_upgrades"] = last.artscience_upgrades[:1]
    words = last.words | follow_up.words
    if update.get("pending") == ():
        words -= cues.pending  # "and if the 2 EC don't come?": nothing is waited for any more
    # "And if I started in February?" replaces the start; "and if I get 10 more in June?" does not.
    new_start = follow_up.words & cues.start and (follow_up.months or follow_up.month_years)
    if new_start or follow_up.words & (cues.september | cues.february):
        words -= (cues.september | cues.february) - follow_up.words
    update["words"] = words
    return last.model_copy(update=update)
