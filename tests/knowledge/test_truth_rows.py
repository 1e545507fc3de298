"""Issue 9, row by row: what a student sees when asking in their own words (`Assembly.asker.ask`).

The dialog rows (/progress, /circumstances, /course) are in tests/dialogs. Rows that depend on which
entry the matcher picks are marked xfail until the matcher work (issue 8) picks them up.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.app import Assembly

TODAY = date(2026, 11, 25)


def ask(assembly: Assembly, question: str, today: date = TODAY) -> str:
    """What the student can read: the answer and its folded 'why'."""
    answer = assembly.asker.ask(question, today)
    return "\n\n".join(filter(None, (answer.answer, answer.detail)))


def test_row_01_a_rejected_petition_is_a_petition_matter(assembly: Assembly) -> None:
    text = ask(assembly, "my petition was rejected")
    assert "LIACS Exam Board" in text
    assert "IND" not in text and "residence permit" not in text
    assert "does not say" in text and "coordinator" in text


def test_row_02_not_getting_30_ec_is_about_the_ind(assembly: Assembly) -> None:
    text = ask(assembly, "what happens if I don't get 30 EC?")
    assert "Leiden University is obliged to notify the IND" in text
    assert "half credits" not in text


def test_row_03_a_february_starter_after_the_first_period_is_told_the_page_is_silent(
    assembly: Assembly,
) -> None:
    text = ask(assembly, "I have 15 EC and started in February 2026")
    assert "You need 15 more EC" not in text and "30 EC in all" not in text
    assert "ran from 1 February to 31 August 2026 and needed 15 EC" in text
    assert "does not say outright" in text and "study adviser" in text


def test_row_03_a_february_starter_in_the_first_period_is_checked_on_31_august_that_year(
    assembly: Assembly,
) -> None:
    text = ask(assembly, "I have 10 EC and started in February 2026", date(2026, 4, 1))
    assert "By 31 August 2026" in text and "15 EC in all: 5 EC more" in text


def test_row_08_an_appeal_deadline_that_has_passed_says_so(assembly: Assembly) -> None:
    text = ask(assembly, "decision dated 25 August")
    assert "Last day to lodge" not in text
    assert "ended on 6 October 2026: that day has passed" in text
    assert "study adviser" in text


def test_row_08_an_appeal_deadline_ahead_says_how_to_appeal(assembly: Assembly) -> None:
    text = ask(assembly, "the decision was dated 10 November, can I appeal?")
    assert (
        "📅 Last day to lodge your appeal: 22 December 2026 (6 weeks after the decision of 10 November 2026)."
        in text
    )
    assert "go to ‘Disagreeing with a decision’ and follow the steps under" in text


def test_row_10_assisting_again_is_excluded(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "got 2 ec last year for helping someone's grad project. "
        "can i do it again for another friend this year?",
    )
    assert not text.startswith("Yes")
    assert text.startswith("❌")
    assert "only once" in text


def test_row_11_a_five_and_a_half_from_elsewhere_is_not_accepted(assembly: Assembly) -> None:
    text = ask(assembly, "got a 5.5 for my elective at delft, does leiden just take that grade?")
    assert not text.startswith("Yes")
    assert "not accepted by Leiden University" in text and "rounded to 5" in text
    assert "no pass mark" in text and "Media Technology coordinator" in text
    assert "signed/stamped transcript" in text


def test_row_12_thirty_of_the_sixty_is_thirty(assembly: Assembly) -> None:
    text = ask(assembly, "i only got 30 of the 60 EC this year (sept start), am i going to lose my permit??")
    assert "you have 60 EC" not in text
    assert "(you have 30 EC)" in text


def test_row_13_an_elective_project_goes_to_the_board_as_a_proposal(assembly: Assembly) -> None:
    text = ask(assembly, "for an elective project do i also file a usis petition like for courses?")
    assert "proposal to the Media Technology Board" in text
    assert "Student Center" not in text


# --- issue 8: questions with their own numbers ------------------------------------------------


def test_two_courses_at_different_levels_share_the_caps(assembly: Assembly) -> None:
    text = ask(assembly, "3 EC level 200 plus 4 EC level 300")
    assert text.startswith("⚠️ Together at most 5 EC of these 7 EC can count")
    assert "at most 2 of the 4 EC can count" in text


def test_a_course_under_one_ec_counts_nothing(assembly: Assembly) -> None:
    text = ask(assembly, "the course is 0.5 EC at level 400")
    assert text.startswith("❌") and "0.5 EC rounds down to 0 EC" in text


def test_a_question_that_states_its_own_today(assembly: Assembly) -> None:
    text = ask(assembly, "it's 10 July now, I have 20 EC and started in September")
    assert "By 31 August 2026 (52 days from today)" in text
    assert "• before 1 July" not in text
    assert "report exceptional circumstances for this period (before 1 July 2026) has passed" in text


def test_a_verdict_gets_no_related_answer_for_a_word_it_shares_by_chance(assembly: Assembly) -> None:
    """ "premaster student" shares "student" with "see a student counsellor": no reason to show it."""
    answer = assembly.asker.ask("I'm a premaster student, started in february 2026, I have 10 EC", TODAY)
    assert "whole premaster programme within one year of starting" in answer.answer
    assert answer.related == ()


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "hi, i have 22 ec now (started sept) and my last exams are worth 10 ec. if i pass them all"
            " am i safe for the ind?",
            "If the other 10 EC you mention are still to come: with them you would have 32 EC, enough,"
            " if you obtain them by 31 August 2027.",
        ),
        (
            "started september, I have 12 ec and 5 ec more in january, enough?",
            "If the other 5 EC you mention are still to come: with them you would have 17 EC, still 13 EC"
            " short of the 30 EC.",
        ),
    ],
)
def test_a_second_amount_in_a_progress_question_is_never_ignored(
    assembly: Assembly, question: str, said: str
) -> None:
    text = ask(assembly, question)
    assert text.index(said) < text.index("These rules apply")


def test_an_answer_about_1_july_says_this_years_date_for_the_student_asking(assembly: Assembly) -> None:
    """ "Before 1 July" is the rule; on 3 July the student must also hear that it has passed."""
    ahead = ask(assembly, "deadline for reporting circumstances")
    assert "📅 This academic year: before 1 July 2027, 218 days from today." in ahead
    passed = ask(assembly, "deadline for reporting circumstances", date(2026, 7, 3))
    assert "⚠️ This year's date, 1 July 2026, has passed;" in passed
    assert "before 1 July 2026" not in passed
    stated = ask(assembly, "its 3 july now, can I still send the hindrance request?")
    assert "1 July 2026, has passed" in stated
    usis = ask(assembly, "my usis data is wrong, who fixes it", date(2026, 6, 20))
    assert "📅 This academic year: before 1 July 2026, 11 days from today." in usis
    pending = ask(
        assembly, "my credits are still pending in uSis, do I need to do something?", date(2027, 9, 3)
    )
    assert "⚠️ The last check was for 31 August 2027. If you had enough credits by then" in pending
    check = ask(assembly, "when is my study progress checked")
    assert "📅 This academic year's check: 31 August 2027, 279 days from today." in check
    tomorrow = ask(assembly, "my usis data is wrong, who fixes it", date(2026, 6, 30))
    assert "📅 This academic year: before 1 July 2026, so today is the last day." in tomorrow


def test_a_check_day_without_its_year_is_the_coming_check(assembly: Assembly) -> None:
    """ "Will it be enough by 31 August?" asked in November is about next summer's check; with its
    year ("I had 10 EC by 31 August 2026") it is the check that has passed."""
    coming = ask(assembly, "Sept starter, 18 EC in uSis now, will it be enough by 31 August?")
    assert "By 31 August 2027" in coming and "the date of the check" not in coming
    for told in ("I had 10 EC by 31 August 2026", "I had 10 EC by 31 August"):
        passed = ask(assembly, f"{told}, I started in september 2025")
        assert passed.startswith("⚠️ By 31 August 2026, the date of the check, you had 10 of the 30 EC")


def test_artscience_courses_in_free_text_are_judged_at_their_kinds_levels(assembly: Assembly) -> None:
    upgraded = ask(assembly, "a 6 ec artscience research group with the upgrade to level 400, does it count?")
    assert upgraded.startswith("⚠️ Can count for 6 EC, not yet for certain.")
    assert "can decline the upgrade" in upgraded
    declined = ask(assembly, "my 6 EC ArtScience lab, if I don't get the upgrade how much can count?")
    assert declined.startswith("⚠️ At most 3 EC of its 6 EC fit the cap below 400")


def test_a_course_below_400_says_what_is_left_of_the_caps(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "If I take a 3 EC KABK introductory course, can I still take a level 300 course,"
        " and how big can it be?",
    )
    assert "Still free below level 400 after this: 2 EC of the 5 (0 EC at level 100/200)." in text
    full = ask(assembly, "a level 300 course of 5 ec at leiden, does it count")
    assert "The 5 EC below level 400 are then used: other electives must be level 400 or higher." in full
    assert "below level 400 after this" not in ask(
        assembly, "a 6 ec level 400 course at leiden, does it count"
    )


def test_a_course_question_about_the_usis_procedure_gets_the_procedure(assembly: Assembly) -> None:
    how = assembly.asker.ask(
        "a 6 EC level 400 course at Leiden: which dropdown option do I pick in uSis?", TODAY
    )
    assert how.kind.value == "answer" and "‘replacement’" in how.answer
    whether = assembly.asker.ask("a 6 EC level 300 course at Leiden: does it count, which dropdown?", TODAY)
    assert whether.kind.value == "computed"


REVIEW_3 = [
    # (question, what the student must read on TODAY, what they must not)
    (
        "i already got 2 ec for helping a friend's graduation project, now i want to do my own 4 ec"
        " project, possible?",
        "⚠️ Can count for 3 EC of the 4 EC of project work",
        "cannot count",
    ),
    (
        "i want a 3 ec first year artscience course and a 6 ec artscience lab without upgrade,"
        " how many ec of that can count for me",
        "It can count only if placed at level 300",
        "❌",
    ),
    (
        "I started in February 2026 and got 14 EC by 31 August. Is that a problem?",
        "By 31 August 2026, the date of the check, you had 14 of the 15 EC required: 1 EC short.",
        "Dates ahead",
    ),
    (
        "I got 22 EC, started september, will it be enough by 31 August?",
        "By 31 August 2027",
        "the date of the check",
    ),
    (
        "I had 32 EC by 31 August, started in September 2025. Am I fine this year?",
        "✅ You have the 30 EC",
        "• 31 August 2026",
    ),
    (
        "The 6 EC level 400 course already started on 2 November. Can I still get it approved?",
        "This course started on 2 November 2026.",
        "before the course starts:",
    ),
    (
        "a 5 EC KABK introductory course and make it level 400",
        "First: Only ArtScience Research groups and Labs can be upgraded to level 400",
        "❌",
    ),
    (
        "I was assisted by another student in my graduation project. Can I now assist someone else for 2 EC?",
        "only once",
        "❌",
    ),
    (
        "i assisted a graduation project for 2 ec, can i assist another one for 2 ec?",
        "❌ This project work cannot count. You have already assisted another student once",
        "Can count",
    ),
    (
        "I got a negative decision today. what do I do?",
        "📅 Last day to lodge your appeal: 6 January 2027"
        " (6 weeks after the decision of 25 November 2026).\n\n📌 The 6 weeks run from the date",
        "has passed",
    ),
    (
        "I got a 5.5 for a 5 EC level 400 course at Erasmus. How many EC do I get?",
        "⚠️ A final grade of 5.5 from another university is not accepted",
        "file a petition in uSis",
    ),
    ("how do i petition for an elective at the uva", "‘external education’", "‘replacement’"),
    ("today 3 july, usis grades wrong. too late?", "1 July 2026, has passed", "days from today"),
    (
        "the decision comes by 31/08/2026, can i appeal then?",
        "Tell me the decision's date",
        "The time to appeal (6 weeks after the decision of",
    ),
    (
        "who sends the official decision if i dont make it by 31 aug",
        "Board of Examiners sends you an official decision",
        "The time to appeal (6 weeks after the decision of",
    ),
    (
        "Plan: 3 ec project work + 2 ec for assisting a friend + 1 more ec assisting another friend later."
        " Total 6. Possible??",
        "only once",
        "❌",
    ),
    ("A 7.5 EC master course at the UvA, how many EC do I get?", "Can count for 7 EC", "level too"),
    ("two UvA master courses, 7.5 EC and 4.5 EC", "Together at most 11 EC of these 12 EC", "Tell me"),
]


@pytest.mark.parametrize(("question", "said", "unsaid"), REVIEW_3)
def test_review_3_rows(assembly: Assembly, question: str, said: str, unsaid: str) -> None:
    text = ask(assembly, question)
    assert said in text
    assert unsaid not in text


# --- context decides the entry: one area's consequence never in another's answer -------------

PETITION_QUESTIONS = [
    "my petition was rejected",
    "who decides on my petition",
    "what happens after I submit a petition",
    "does a level 300 course count?",
    "can i take an honours course as elective",
]
PROGRESS_QUESTIONS = [
    "will i lose my residence permit",
    "I have 22 EC and started in September, am I on track?",
    "what are exceptional circumstances",
]


@pytest.mark.parametrize("question", PETITION_QUESTIONS)
def test_an_elective_question_never_gets_the_ind_consequence(assembly: Assembly, question: str) -> None:
    text = ask(assembly, question)
    assert "IND" not in text and "residence permit" not in text


@pytest.mark.parametrize("question", PROGRESS_QUESTIONS)
def test_a_progress_question_never_gets_the_petition_steps(assembly: Assembly, question: str) -> None:
    text = ask(assembly, question)
    assert "uSis petition" not in text and "LIACS Exam Board" not in text


def test_only_study_progress_entries_speak_of_the_ind(assembly: Assembly) -> None:
    for entry in assembly.kb.entries:
        if re.search(r"\bIND\b", entry.answer):
            assert entry.citation is not None and entry.citation.source == "progress", entry.id


# --- who, and how firmly ---------------------------------------------------------------------

UNNAMED_BOARD = re.compile(r"\b[Tt]he [Bb]oard\b(?! of Examiners)(?!’s meeting)")


def test_every_body_is_named(assembly: Assembly) -> None:
    """Never "the Board": the Media Technology Board, the LIACS Exam Board, the Board of Examiners.
    (What the clauses say is in the messages, under `findings`.)"""
    texts = {f"entry {e.id}": e.answer for e in assembly.kb.entries}
    texts.update({f"message {k}": v for k, v in _strings(assembly.kb.messages.model_dump())})
    unnamed = [where for where, text in texts.items() if UNNAMED_BOARD.search(text)]
    assert not unnamed


def _strings(tree: object, path: str = "") -> list[tuple[str, str]]:
    """Every text of a nested message block (the reminders' words are one), with its path."""
    if isinstance(tree, dict):
        return [pair for k, v in tree.items() for pair in _strings(v, f"{path}.{k}" if path else str(k))]
    return [(path, tree)] if isinstance(tree, str) else []


def test_no_entry_opens_with_a_yes_or_no_the_rule_core_did_not_decide(assembly: Assembly) -> None:
    openers = [e.id for e in assembly.kb.entries if re.match(r"\s*(Yes|No)\b[.,:!]", e.answer)]
    assert not openers


def test_just_after_a_check_stated_ec_are_judged_against_it(assembly: Assembly) -> None:
    text = ask(assembly, "I have 24 EC, started September 2026. What happens now?", date(2027, 9, 5))
    assert "By 31 August 2027, the date of the check, you had 24 of the 30 EC required: 6 EC short." in text
    assert "31 August 2028" not in text
    dated = ask(assembly, "started 1 September 2026, I have 24 EC, what now?", date(2027, 9, 5))
    assert "Worked out for 31 August 2027, the check that has just passed" in dated
    assert "the day your message gives" not in dated
