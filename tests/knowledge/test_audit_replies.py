"""The second outside audit's findings (replies untrue for the student asking), each as the student
asked it: what they read now (`Assembly.asker.ask`, answer and its folded 'why')."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answering.reading import Reader
from bot.app import Assembly
from bot.content.loader import load_knowledge
from bot.content.normalise import Normaliser
from tests.transcript import Transcript


def ask(assembly: Assembly, question: str, today: date) -> str:
    answer = assembly.asker.ask(question, today)
    return "\n\n".join(filter(None, (answer.answer, answer.detail)))


def test_a_short_premaster_asking_when_is_told_31_january_not_31_august(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I'm in a short premaster that started in September 2026. When is my progress checked?",
        date(2026, 11, 25),
    )
    assert "the check is 31 January 2027, 67 days from today" in text
    assert "check: 31 August 2027" not in text


def test_a_short_premaster_after_31_january_with_12_of_15_ec_fell_short(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Short premaster started September 2026, I finished 12 of 15 EC. Is my check already done?",
        date(2027, 2, 10),
    )
    assert "By 31 January 2027, the date of the check, you had 12 of the 15 EC required: 3 EC short" in text
    assert "does not say how many EC" not in text
    assert "official decision" in text and "within 6 weeks" in text and "Immigration Office" in text


def test_a_short_premaster_who_completed_it_in_december_met_it(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I'm a short premaster that started September 2026 and finished all 15 EC in December. Am I fine?",
        date(2027, 9, 3),
    )
    assert "✅" in text and "15 EC" in text
    assert "Worked out for 31 January 2027, the day your premaster had to be complete" in text
    assert "31 August 2027" not in text


def test_a_short_premasters_passed_date_is_not_said_as_a_requirement(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I'm a premaster student, started September 2026. I've done 20 of my 30 EC premaster. "
        "Is that enough for my permit?",
        date(2027, 2, 10),
    )
    assert "it had to be complete by 31 January 2027, which has passed" in text
    assert "must be complete by 31 January 2027 instead" not in text
    assert "10 EC more" in text


def test_short_at_the_check_with_nothing_reported_hears_the_decision_ind_and_appeal(
    assembly: Assembly,
) -> None:
    text = ask(
        assembly,
        "I have 29 EC on 31 August and no exceptional circumstances reported. What happens?",
        date(2027, 9, 3),
    )
    assert "1 EC short" in text
    assert "Positive decision" not in text  # nothing was reported
    assert "notify the IND" in text and "official decision" in text
    assert "within 6 weeks of the date on it" in text and "Immigration Office" in text
    assert "1 July 2028" not in text


def test_a_fee_the_page_never_mentions_is_said_to_be_unsaid_before_the_steps(assembly: Assembly) -> None:
    text = ask(assembly, "is there a fee for filing a petition?", date(2026, 11, 26))
    assert text.startswith("📌 The page does not mention any fee or cost for this")
    assert "Media Technology coordinator" in text
    assert "Student Center" in text


def test_how_long_the_ind_takes_is_said_to_be_unsaid(assembly: Assembly) -> None:
    text = ask(assembly, "how long does the IND take after the university notifies them?", date(2026, 11, 26))
    assert text.startswith("📌 The page does not say how long this takes: ask your study adviser")


def test_an_answer_that_gives_the_time_asked_gets_no_unsaid_note(assembly: Assembly) -> None:
    text = ask(assembly, "how long do I have to appeal?", date(2026, 11, 26))
    assert "within 6 weeks" in text
    assert "does not say how long this takes" not in text


def test_the_appeals_board_is_not_answered_with_the_board_of_examiners_date(assembly: Assembly) -> None:
    text = ask(
        assembly, "How long does the Examinations Appeals Board take to decide an appeal?", date(2026, 11, 26)
    )
    assert "does not say how long the Appeals Board takes" in text
    assert "before 1 September" not in text


LONG_STORY = (
    "Hello, I am sorry for the very long message but I do not know who else to ask about this. "
    + "My grandmother raised me and she became very ill in my home country this autumn. " * 18
    + "I flew home twice and missed several exams, and my courses in period 2 went badly. "
    + "I have only 5 EC now and I started in September. What should I do and by when?"
)


def test_a_long_story_is_answered_from_its_last_part_not_refused(assembly: Assembly) -> None:
    assert len(LONG_STORY) > 1500
    text = ask(assembly, LONG_STORY, date(2026, 11, 26))
    assert text.startswith("Your message is long, so I answered from the part of it that asks:")
    assert "too long for me" not in text
    assert "25 EC more" in text


def test_a_usis_record_disputed_gets_the_correction_step_not_52_ec(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "My uSis shows 20 EC but I actually have 32 EC, started September. What do I do and by when?",
        date(2027, 7, 10),
    )
    assert "contact your Education Administration Office before 1 July" in text
    assert "1 July 2027, has passed" in text
    assert "52 EC" not in text


def test_honours_ec_within_the_30_get_no_tick(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I have 30 EC but 6 EC of them are an honours course. Is that enough for my permit?",
        date(2027, 6, 20),
    )
    assert "✅" not in text
    assert "if all of them count for this check" in text
    assert "does not say whether they count for this check" in text


def test_ec_obtained_by_31_august_but_entered_later_need_no_action(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I'm at 25 EC (September start) and my last 5 EC exam grade will only be entered on 5 September. "
        "Am I safe?",
        date(2027, 8, 25),
    )
    assert "once they are in uSis by" not in text
    assert "if you obtain them by 31 August 2027" in text and "no action is required" in text


def test_an_educational_circumstance_is_answered_not_refused(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Study adviser gave wrong course scheduling so I couldn't take exams; I have 22 EC. What do I do?",
        date(2027, 6, 20),
    )
    assert "For educational circumstances, before 1 July contact your study adviser" in text
    assert "1 July 2027, 11 days from today" in text


def test_ec_the_student_gave_are_not_asked_for_again(assembly: Assembly) -> None:
    warned = ask(assembly, "September starter, 12 EC. When will I be warned?", date(2027, 5, 10))
    assert "You have 12 EC" in warned and "mid-May 2027" in warned
    assert "Tell me your EC" not in warned
    none_yet = ask(
        assembly,
        "I need 30 EC by 31 August 2027 and I have 0 right now; I started in September 2026. "
        "What's my monthly pace?",
        date(2026, 11, 25),
    )
    assert "You have 0 EC" in none_yet and "30 EC more" in none_yet
    this_year = ask(
        assembly,
        "started September 2025. I have 45 EC in total, 20 of them this year. Am I okay?",
        date(2027, 6, 20),
    )
    assert "you need 30 EC in all: 10 EC more" in this_year


def test_a_deadline_the_page_never_gives_is_said_to_be_unsaid(assembly: Assembly) -> None:
    text = ask(
        assembly, "by when must I upload proof of my grade for an external course?", date(2026, 11, 26)
    )
    assert text.startswith("📌 The page gives no deadline for this: ask the Media Technology coordinator")
    assert "transcript" in text


def test_a_doctors_note_mentioned_in_a_story_is_no_question_about_proof(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I was sick for two months and have a doctor's note. What do I do before 1 July?",
        date(2026, 11, 26),
    )
    assert "which documents or proof you need" not in text


def test_the_evaluation_counts_a_reply_that_says_the_page_is_silent_as_abstaining(
    assembly: Assembly,
) -> None:
    from tests.knowledge.evaluation import Case, judge

    fee = judge(
        assembly, Case(question="is there a fee for submitting a petition in usis?", expect=("abstain",))
    )
    assert fee.right
    steps = judge(assembly, Case(question="how do I submit a petition in usis?", expect=("abstain",)))
    assert not steps.right


def test_a_cap_already_used_is_counted_not_petitioned_again(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I already used 3 EC at level 200. Can I now add a 3 EC level 300 course?",
        date(2026, 11, 25),
    )
    assert text.startswith("Taking as already counted what you say you have used: 3 EC at level 200.")
    assert "At most 2 EC of its 3 EC" in text
    assert "The level 200 course of 3 EC" not in text


def test_an_approval_said_of_the_used_course_is_not_given_to_the_new_one(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I already have 4 EC of level 300 courses approved. Can I add a 2 EC level 200 course?",
        date(2026, 11, 25),
    )
    assert "4 EC at level 300" in text and "At most 1 EC of its 2 EC" in text
    assert "you say the LIACS Exam Board approved" not in text


def test_the_rules_caps_quoted_are_answered_by_the_rule_not_two_invented_courses(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Is the 3 EC for level 100/200 on top off the 5 EC for level 300, or part of those 5?",
        date(2026, 11, 25),
    )
    assert "part of the 5 EC allowed below level 400" in text
    assert "The level 100 course" not in text


# --- audit 4 ---------------------------------------------------------------------------------


def test_the_appeal_runs_from_the_decisions_date_not_the_check_day_said_before_it(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I had 26 EC on 31 August and got the decision on 5 September. Can I still appeal?",
        date(2027, 10, 15),
    )
    assert "17 October 2027" in text and "decision of 5 September 2027" in text
    assert "12 October" not in text


def test_circumstances_reported_on_time_get_the_boards_decision_not_a_missed_deadline(
    assembly: Assembly,
) -> None:
    text = ask(
        assembly, "I had 26 EC on 31 August. I reported illness in June. What happens now?", date(2027, 9, 10)
    )
    assert "has passed" not in text
    assert "decides whether your circumstances are a valid reason" in text
    assert "Positive decision: your insufficient progress is not reported to the IND" in text


def test_a_premaster_completed_after_its_check_gets_no_tick(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Short premaster, started September 2026, finished 15 of 15 EC on 20 February. Am I fine?",
        date(2027, 9, 3),
    )
    assert "✅" not in text
    assert "had to be complete by 31 January 2027" in text and "20 February 2027, after that day" in text
    assert "Immigration Office" in text


def test_a_long_message_with_its_question_first_is_answered(assembly: Assembly) -> None:
    chatter = "I really like the programme and my classmates are great, the city is beautiful. " * 20
    text = ask(
        assembly,
        "I started in September 2026 and I have only 12 EC. What should I do and by when? "
        + chatter
        + "Thanks!",
        date(2027, 6, 20),
    )
    assert "You have 12 EC" in text and "18 EC more" in text


def test_in_charge_is_no_question_about_a_fee(assembly: Assembly) -> None:
    text = ask(assembly, "Who is in charge of approving my petition?", date(2026, 11, 26))
    assert "fee" not in text
    assert "LIACS Exam Board" in text


def test_thanks_with_filler_inside_is_still_thanks(assembly: Assembly) -> None:
    assert ask(assembly, "thank you so much!", date(2026, 11, 26)).startswith("You're welcome!")


def test_an_ill_short_premaster_hears_the_page_gives_no_reporting_date_for_31_january(
    assembly: Assembly,
) -> None:
    text = ask(
        assembly,
        "Short premaster started September 2026 and I was ill. I have 12 of 15 EC. "
        "What should I do and by when?",
        date(2027, 1, 20),
    )
    assert "By 31 January 2027" in text
    assert "The page gives no date to report exceptional circumstances for this check" in text


def test_pending_and_a_course_still_to_come_are_both_counted(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Started Sept 2024. I have 24 EC in uSis, a 5 EC course pending, and I'm doing a 7.5 EC summer course"
        " at the UvA as elective that ends mid-August. Is that enough by 31 August?",
        date(2026, 11, 25),
    )
    assert "are registered in uSis by 31 August 2027, you would have 36 EC" in text
    assert "no action is required" not in text  # the UvA course needs proof sent first


def test_a_detail_the_pages_never_give_does_not_hide_the_topic_asked_about(assembly: Assembly) -> None:
    fast = ask(assembly, "How fast can I get an elective approved?", date(2026, 11, 26))
    assert fast.startswith("📌 The page does not say how long this takes")
    assert "I can't answer that" not in fast
    template = ask(assembly, "Is there a template for the statement of hindrance?", date(2026, 11, 26))
    assert "request form" in template and "I can't answer that" not in template


# --- set ZF's truth review ---------------------------------------------------------------------


def test_two_caps_asked_about_are_the_rule_not_a_project_verdict(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Are the 2 EC for assisting someone separate from the 5 EC for my own elective project, "
        "or part of the same 5?",
        date(2026, 11, 25),
    )
    assert text.startswith("At most 2 EC, part of the 5 EC for project work")
    assert "Can count for 3 EC" not in text


def test_a_result_given_after_the_check_day_is_said_to_come_after_it(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Hi, I'm a September starter and I'll have exactly 30 EC only if my summer course counts. "
        "Problem is they publish the grade on 5 September. Am I safe or not?",
        date(2026, 11, 25),
    )
    assert "You say that comes on 5 September 2027, after the check of 31 August 2027" in text
    assert "ask your study adviser" in text


# --- audit 5 ---------------------------------------------------------------------------------


def test_no_decision_received_invents_no_decision_date(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I reported my illness on time in June, I had 25 EC on 31 August, and I have not received any "
        "decision. What should I do?",
        date(2027, 9, 15),
    )
    assert "Last day to lodge your appeal" not in text
    assert "decides whether your circumstances are a valid reason" in text


def test_a_report_after_1_july_is_not_promised_an_evaluation(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I reported my illness on 10 July. I have 20 EC, started September 2026. Will it count?",
        date(2027, 7, 20),
    )
    assert "Positive decision" not in text
    assert "(before 1 July 2027) has passed" in text


def test_a_bare_amount_before_a_list_is_what_the_student_has(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I have 24, 5 pending and a 7.5 EC summer course. Started September 2026. Am I ok?",
        date(2027, 6, 20),
    )
    assert "You have 24 EC" in text and "You have 7.5 EC" not in text


def test_several_courses_already_used_all_fill_the_caps(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I already used 2 EC at level 300 and 3 EC at level 200. "
        "Can I take another level 300 course of 3 EC?",
        date(2026, 11, 26),
    )
    assert "2 EC at level 300, 3 EC at level 200" in text
    assert "You have already used the 5 EC allowed below level 400" in text


def test_project_work_already_done_fills_the_cap_before_assisting(assembly: Assembly) -> None:
    full = ask(
        assembly,
        "I already used all 5 EC of project work. Can I still get 2 EC for assisting a graduation project?",
        date(2026, 11, 26),
    )
    assert "5 EC of project work" in full and "❌" in full
    part = ask(assembly, "I did a 4 EC project already. Can I do another 2 EC assisting?", date(2026, 11, 26))
    assert "Can count for 1 EC of the 2 EC of project work" in part


def test_circumstances_reported_before_1_july_get_the_decision_not_the_step_again(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I already reported my illness last week and I have 20 EC. What do I still need to do?",
        date(2027, 6, 25),
    )
    assert "You have 20 EC" in text and "10 EC more" in text
    assert "decides whether your circumstances are a valid reason" in text
    assert "If exceptional circumstances hindered your studies, report them" not in text


# --- Audit 5, left open last round ---


def test_a_bare_story_of_pregnancy_with_ec_gets_the_gap_and_how_to_report(assembly: Assembly) -> None:
    text = ask(assembly, "I was pregnant this year and have 18 EC, what do I do?", date(2027, 5, 1))
    assert "You have 18 EC" in text and "12 EC more" in text
    assert "before 1 July 2027" in text
    assert "Request a ‘statement of hindrance’" in text
    assert "I've taken it that you started in September" in text


def test_a_story_asking_whether_it_counts_keeps_the_entry(assembly: Assembly) -> None:
    answer = assembly.asker.ask(
        "I was treasurer of a student association full-time this year, I'm at about 20 EC. "
        "Does that count as an excuse?",
        date(2027, 5, 1),
    )
    assert answer.entry == "circumstances-personal"


def test_no_decision_received_after_1_september_is_told_it_was_due_and_to_act(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I reported my illness on time in June, I had 25 EC on 31 August, and I have not received "
        "any decision. What should I do?",
        date(2027, 9, 15),
    )
    assert "its decision was due by e-mail before 1 September 2027" in text
    assert "If you have not received it, contact your study adviser now" in text
    assert "e-mails you its decision before 1 September 2027" not in text
    assert "6 weeks after the decision of 31 August" not in text


def test_before_1_september_the_decision_is_still_to_come(assembly: Assembly) -> None:
    text = ask(assembly, "I reported my illness in June and have 25 EC", date(2027, 8, 15))
    assert "e-mails you its decision before 1 September 2027" in text
    assert "was due" not in text


def test_exams_before_the_check_not_yet_in_usis_are_pending_not_short(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Started September 2026. I had 28 EC on 31 August, but my last two exams in August (2 EC and "
        "5 EC) are not in uSis yet. Am I ok?",
        date(2027, 9, 3),
    )
    assert text.startswith("🕒 With the 7 EC you are waiting for, you would have 35 EC: enough")
    assert "2 EC short" not in text and "no action is required" in text


def test_a_short_premasters_exam_not_in_usis_yet_is_pending(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Short premaster started September 2026, 12 of 15 EC; my last 3 EC exam was on 20 January and "
        "the grade is not in uSis yet. Am I ok?",
        date(2027, 2, 3),
    )
    assert "you would have 15 EC: enough for the 15 EC needed by 31 January 2027" in text
    assert "3 EC short" not in text


def test_an_honours_course_beside_a_level_300_course_takes_nothing_from_the_cap(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I took a 5 EC honours course last year. Can I still add a 5 EC level 300 course?",
        date(2026, 11, 26),
    )
    assert "Your honours course is not an elective" in text
    assert "Can count for 5 EC (within the cap below 400)" in text
    assert "Tell me the EC" not in text


def test_a_project_beside_a_level_300_course_has_its_own_cap(assembly: Assembly) -> None:
    question = "I took a 5 EC project last year. Can I take a 3 EC level 300 course now?"
    text = ask(assembly, question, date(2026, 11, 26))
    assert "project-work cap (at most 5 EC, by a proposal to the Media Technology Board)" in text
    assert "Can count for 3 EC (within the cap below 400)" in text


def test_assisting_told_in_the_past_then_asked_again_is_once_only(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I got 2 EC for assisting a classmate last year. Can I assist another student for 2 EC this year?",
        date(2026, 11, 26),
    )
    assert "❌" in text and "only once" in text


# --- Audit 6 ---


def test_a_course_said_to_have_begun_leads_with_the_late_permission(assembly: Assembly) -> None:
    for question in (
        "I started a 5 EC level 400 course at Delft last week without a petition, does it count?",
        "does a course I'm already following count? 5 EC level 400",
    ):
        text = ask(assembly, question, date(2026, 11, 26))
        assert text.startswith("⚠️ You say the course has already started."), question
        assert "If it can still count: at most 5 EC." in text
        assert "before the course starts:" not in text


def test_a_course_not_yet_started_is_still_asked_to_petition_first(assembly: Assembly) -> None:
    text = ask(assembly, "I haven't started the course yet, 5 EC level 400, ok?", date(2026, 11, 26))
    assert "Submit your petition in uSis before the course starts" in text
    assert "already started" not in text


def test_a_five_and_a_half_from_elsewhere_leads_before_the_ec(assembly: Assembly) -> None:
    text = ask(assembly, "Got a 5.5 at VU for a 6 EC master course, is that a pass?", date(2026, 10, 10))
    assert text.startswith("⚠️ A final grade of 5.5 from another university is not accepted")
    assert "Can count for 6 EC" not in text


def test_an_approved_course_named_after_the_asked_one_is_still_counted_first(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Does a 5 EC level 300 course count if I already had 3 EC at level 200 approved?",
        date(2026, 11, 26),
    )
    assert text.startswith("Taking as already counted what you say you have used: 3 EC at level 200.")
    assert "At most 2 EC of its 5 EC fit the cap below 400, if part of a course can count at all" in text
    assert "❌" not in text


def test_a_graded_course_elsewhere_not_in_usis_needs_proof_first(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I have 27 EC plus a 7.5 EC course at the UvA that's graded but not in uSis yet. Started September. "
        "Enough?",
        date(2027, 6, 20),
    )
    assert "you would have 34 EC: enough" in text
    assert "Send proof of your grade" in text and "Media Technology coordinator" in text


def test_a_start_to_come_is_not_told_of_the_last_check(assembly: Assembly) -> None:
    for question, first in (
        ("I'll start in February 2027 with a residence permit, how many EC do I need?", "February 2027"),
        ("I'm a first year master student starting this september, how many EC do I need?", "September 2026"),
    ):
        text = ask(assembly, question, date(2026, 9, 1))
        assert f"For your start in {first}, the first check is 31 August 2027." in text, question
        assert "The last check was for 31 August 2026" not in text, question


def test_courses_counted_each_by_their_noun_or_level(assembly: Assembly) -> None:
    assert "So at most 6 EC in all can count." in ask(
        assembly, "three courses, each 2.5 EC, how much counts?", date(2026, 11, 26)
    )
    assert "Together at most 3 EC of these 4 EC can count" in ask(
        assembly, "two level-100 courses, 2 ec each?", date(2026, 11, 26)
    )


def test_a_project_beside_several_courses_is_named_not_dropped(assembly: Assembly) -> None:
    text = ask(assembly, "Can I do 3 EC level 100 and 2 EC level 300 and a 5 EC project?", date(2026, 11, 26))
    assert text.startswith("⚠️ All 5 EC of these courses can count")
    assert "\n\nYour 5 EC project falls under the project-work cap (at most 5 EC" in text
    assert "it fits that cap, if the Media Technology Board approves" in text


def test_a_project_beside_a_course_is_judged_against_its_own_cap(assembly: Assembly) -> None:
    question = "I have an approved 5 EC level 400 course and want to do a 6 EC own project: how many count?"
    text = ask(assembly, question, date(2026, 11, 26))
    assert text.startswith("✅ Counts as an elective: 5 EC.\n\nYour 6 EC project falls under")
    assert "at most 5 EC of it can count" in text


def test_pages_silent_on_which_results_count_and_on_educational_examples(assembly: Assembly) -> None:
    thesis = assembly.asker.ask("Does the thesis count towards the 30 EC?", date(2026, 10, 10))
    assert thesis.entry == "oos-which-results-count"
    assert "checked on the data in uSis" in thesis.answer
    educational = ask(assembly, "What counts as an educational circumstance?", date(2026, 11, 26))
    assert "The page gives no definition or examples of educational circumstances" in educational
    office = ask(assembly, "Does the Immigration Office mean the IND?", date(2027, 5, 15))
    assert "They are two bodies: you notify the Immigration Office" in office


def test_a_second_amount_if_exams_are_passed_is_more_to_come(assembly: Assembly) -> None:
    text = ask(assembly, "I have 25 EC and 10 EC if I pass my exams in June", date(2027, 5, 15))
    assert text.startswith("📌 You have 25 EC.")
    assert "If the other 10 EC you mention are still to come: with them you would have 35 EC" in text


def test_amounts_added_up_by_the_student_are_their_total(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I started in September 2026 and so far I passed 6 + 6 + 5 EC. Will I lose my visa?",
        date(2027, 2, 15),
    )
    assert text.startswith("📌 You have 17 EC.") and "13 EC more" in text


def test_a_grade_said_on_a_courses_ec_is_read_as_its_grade(assembly: Assembly) -> None:
    text = ask(assembly, "5.5 on 7.5 EC Delft course?", date(2026, 11, 26))
    assert "at most 7 EC can count" in text
    assert "A final grade of 5.5 from another university is not accepted by Leiden University" in text


def test_a_follow_up_that_drops_the_assisting_amount_does_not_raise(assembly: Assembly) -> None:
    """Found by the speed work's snapshot: the assisting said first was no longer among the amounts
    a follow-up gave, and `ask` raised."""
    today = date(2026, 11, 26)
    question = "I got 2 EC for helping a graduation project, now my own 4 EC project, ok?"
    first = assembly.asker.ask(question, today)
    assert "3 EC of the 4 EC of project work" in first.answer
    varied = "and if it is 3 EC and 1 EC?"
    second = assembly.asker.ask(varied, today, last_facts=first.basis, last_computed=True)
    assert second.answer


# --- Audit 7 ---


def test_a_positive_decision_gets_no_appeal_deadline(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I started in September 2026 and had 25 EC on 31 August, the decision came with a positive outcome "
        "because of illness. What do I need this year?",
        date(2027, 10, 10),
    )
    assert "Last day to lodge your appeal" not in text and "EC short" not in text


def test_an_appeal_already_lodged_gets_the_immigration_office_step(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Got a negative decision dated 28 August 2027, I already appealed. What else must I do?",
        date(2027, 10, 10),
    )
    assert "notify the Immigration Office" in text and "has passed" not in text


def test_no_decision_heard_is_not_told_the_positive_outcome(assembly: Assembly) -> None:
    answer = assembly.asker.ask(
        "I reported exceptional circumstances in June. I still haven't heard anything from the Board of "
        "Examiners. What now?",
        date(2026, 9, 10),
    )
    assert answer.entry == "circumstances-no-decision"
    assert "contact your study adviser now" in answer.answer
    assert "will not report" not in answer.answer


def test_a_february_premaster_gets_the_premaster_rule(assembly: Assembly) -> None:
    answer = assembly.asker.ask(
        "started in February 2027 as premaster, 30 EC programme. by when?", date(2027, 2, 3)
    )
    assert answer.entry == "progress-premaster"


def test_two_grades_of_three_ec_are_six_ec_pending(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I have 25 EC, started sept 2026, and two grades of 3 EC from June exams aren't in uSis yet",
        date(2027, 6, 20),
    )
    assert text.startswith("🕒 With the 6 EC you are waiting for, you would have 31 EC: enough")


def test_a_start_still_to_come_gets_its_own_first_check(assembly: Assembly) -> None:
    for question, today in (
        ("I will start the master on 1 September 2027 with a residence permit. When is my first check?", 20),
        ("I start the master this September, how many EC do I need for my permit?", 1),
    ):
        text = ask(assembly, question, date(2027, 8, 20) if today == 20 else date(2027, 1, 20))
        assert "For your start in September 2027, the first check is 31 August 2028." in text, question
        assert "31 August 2027" not in text, question


def test_an_own_project_over_the_cap_is_judged_against_the_project_cap(assembly: Assembly) -> None:
    text = ask(assembly, "Can I do a 6 EC project?", date(2026, 11, 26))
    assert text.startswith("⚠️ Can count for 5 EC of the 6 EC of project work")
    assert "helping another" not in text


def test_a_course_taken_last_semester_or_halfway_is_late(assembly: Assembly) -> None:
    november, october = date(2026, 11, 26), date(2026, 10, 10)
    for question, today in (
        ("I took a 5 EC level 400 course at TU Delft last semester, can it count as an elective?", november),
        ("I'm halfway through a 6 EC level 400 course at Erasmus, petition not filed, what now?", november),
        ("I got 4.5 EC for a 400 level course at Erasmus", october),
    ):
        text = ask(assembly, question, today)
        assert text.startswith("⚠️ You say the course has already started."), question


def test_usis_short_of_what_the_student_has_gets_the_correction_step(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "My uSis shows 26 EC but I actually have 31, a grade is missing. Started September 2026. "
        "What do I do?",
        date(2027, 6, 20),
    )
    assert "contact your Education Administration Office before 1 July" in text
    assert "4 EC more" not in text


def test_two_of_them_after_a_courses_ec_are_two_courses(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Course at another uni gives 2.5 EC and I'm doing two of them. How many EC do I get in Leiden?",
        date(2026, 11, 26),
    )
    assert "So at most 4 EC in all can count." in text


def test_the_assisting_amount_is_not_read_as_ec_held(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I'm 3 EC short for the permit. Can I do the 2 EC graduation-assistance thing fast to make it up?",
        date(2026, 11, 26),
    )
    assert "You have 2 EC" not in text


def test_a_typed_have_without_its_a_is_read(assembly: Assembly) -> None:
    text = ask(assembly, "i hve 20 ec startd in septmber am i ok", date(2026, 11, 26))
    assert text.startswith("📌 You have 20 EC.") and "10 EC more" in text


def test_pending_said_far_from_its_amount_on_the_check_day_is_pending(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "started September 2026, 26 EC in uSis and 6 EC from an exam last week still pending",
        date(2027, 8, 31),
    )
    assert text.startswith("🕒 With the 6 EC you are waiting for, you would have 32 EC: enough")


def test_today_is_after_another_date_is_the_questions_today(assembly: Assembly) -> None:
    """Truth ZI: "25 aug today is 30 sept" read 25 August as today and 30 September as the decision."""
    text = ask(
        assembly, "negative decision came 25 aug today is 30 sept still time to appeal??", date(2026, 11, 25)
    )
    assert text.startswith("📅 Last day to lodge your appeal: 6 October 2026")
    assert "after the decision of 25 August 2026" in text


def test_a_course_petitioned_in_time_and_done_is_told_to_send_proof(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I petitioned before the start and my 5 EC level 400 course at Delft is now finished, what do I do?",
        date(2026, 11, 26),
    )
    assert "You say you petitioned before the course started" in text
    assert "Send proof of your grade" in text
    assert "file a petition in uSis" not in text and "before the course starts:" not in text


# --- Audit 8 ---


def test_ec_of_the_new_period_just_after_the_check_are_not_judged_at_it(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I'm in my second year (started sept 2026), I have 4 EC since 1 September. How many do I need?",
        date(2027, 9, 10),
    )
    assert "1 September 2027 to 31 August 2028" in text and "26 EC more by 31 August 2028" in text
    assert "EC short" not in text and "IND" not in text.split("These rules")[0]
    later = ask(assembly, "started september 2025, this academic year I have 5 EC so far", date(2027, 10, 10))
    assert "(today)" not in later and "By 31 August 2028" in later and "30 EC in all: 25 EC more" in later


def test_a_course_done_with_approval_gets_the_proof_step(assembly: Assembly) -> None:
    question = "I completed a 5 EC level 400 course at Erasmus with approval, what's next?"
    text = ask(assembly, question, date(2026, 11, 26))
    assert "Send proof of your grade" in text


# --- Audit 9 ---

DAY = date(2027, 3, 10)


def test_this_years_ec_days_after_the_check_are_judged_at_it(assembly: Assembly) -> None:
    """ "I got 26 EC this year" on 15 September was read as the new year's: "4 EC more by 31 August
    2028", hiding a shortfall at the check just passed (and the appeal window)."""
    question = "I started last September and I got 26 EC this year, is that a problem now?"
    text = ask(assembly, question, date(2027, 9, 15))
    assert text.startswith("⚠️ By 31 August 2027, the date of the check, you had 26 of the 30 EC required")
    assert "31 August 2028" not in text


def test_a_rejected_petition_carries_no_ind_consequence(assembly: Assembly) -> None:
    answer = assembly.asker.ask("if my elective petition is rejected will the IND cancel my permit?", DAY)
    assert answer.entry == "petition-rejected-permit"
    assert answer.answer.startswith("No rule on the two pages links a petition to your permit.")
    assert "cancels your residence permit" not in answer.answer


def test_where_to_appeal_and_how_many_ec_are_answered_as_asked(assembly: Assembly) -> None:
    assert assembly.asker.ask("how do I appeal, where do I send it?", DAY).entry == "circumstances-appeal"
    assert assembly.asker.ask("how many EC do I need?", DAY).entry == "progress-requirement"


def test_a_student_without_a_permit_gets_no_permit_verdict(assembly: Assembly) -> None:
    text = ask(assembly, "I'm Dutch / EU student and I have only 10 EC, will I lose my permit?", DAY)
    assert "the page's study-progress rule and the IND steps are not about you" in text
    assert "You have 10 EC" not in text
    non_eu = ask(assembly, "I'm a non-EU student, started in September 2026, I have 24 EC. Enough?", DAY)
    assert non_eu.startswith("📌 You have 24 EC.")


def test_a_start_this_week_gets_its_own_rule_and_first_check(assembly: Assembly) -> None:
    """On 2 September "I just started this week" got "If you started in February ... 15 EC" and the
    alarm of the check just passed."""
    answer = assembly.asker.ask(
        "I just started the master this week. What do I need for my visa?", date(2027, 9, 2)
    )
    assert answer.entry == "progress-september"
    assert "For your start in September 2027, the first check is 31 August 2028." in answer.answer
    assert "The last check was" not in answer.answer


def test_a_circumstance_cited_again_gets_the_once_only_rule(assembly: Assembly) -> None:
    question = (
        "Last year my board year was accepted as a circumstance and I had 18 EC. This year I'm on a board"
        " again: if I'm short again, can I use board membership again?"
    )
    assert assembly.asker.ask(question, DAY).entry == "circumstances-once"


def test_an_external_grade_awaited_for_the_check_needs_proof_first(assembly: Assembly) -> None:
    question = "My UvA elective grade is not in uSis yet, I need those 6 EC for my 30."
    answer = assembly.asker.ask(question, date(2027, 8, 25))
    assert answer.entry == "progress-external-credits"
    assert answer.answer.startswith(
        "Study progress is checked on the data in uSis, and a result from another"
    )
    pending = assembly.asker.show("progress-credits-pending", date(2027, 8, 25)).answer
    assert "registered in uSis only after you have sent proof of your grade" in pending


def test_an_amount_included_in_the_total_is_not_added_again(assembly: Assembly) -> None:
    question = (
        "I started in September 2026 and have 29.5 EC, including a 7.5 EC course from the UvA. Am I ok?"
    )
    text = ask(assembly, question, date(2027, 8, 20))
    assert "36.5 EC" not in text and "still to come" not in text


def test_a_five_and_half_from_elsewhere_gets_no_tick_over_the_thirty(assembly: Assembly) -> None:
    question = (
        "Started September 2026. I have 30 EC, including 6 EC from a UvA course where I got a 5.5. Am I safe?"
    )
    text = ask(assembly, question, date(2027, 7, 15))
    assert "✅" not in text and "if all of them count for this check" in text
    assert "You mention a final 5.5 from another university" in text


def test_helping_a_second_student_is_once_only_however_it_is_said(assembly: Assembly) -> None:
    text = ask(assembly, "I already helped one student for 2 EC, can I help another one for 2 more?", DAY)
    assert text.startswith("❌ This project work cannot count.") and "possible only once" in text


def test_a_course_start_that_has_passed_leads_the_petition_answer(assembly: Assembly) -> None:
    text = ask(assembly, "the course started on 1 March 2027, can I still submit the petition?", DAY)
    assert text.startswith("⚠️ This course started on 1 March 2027. Permission must be requested before")
    ahead = ask(assembly, "course starts 15 march 2027, when do I petition?", DAY)
    assert "⚠️" not in ahead
    own = ask(assembly, "I started my master on 1 February 2027, can I still petition for an elective?", DAY)
    assert "This course started" not in own


def test_an_artscience_course_beside_a_leiden_course_is_judged_with_it(assembly: Assembly) -> None:
    """ "A 3 EC KABK introductory course and a 4 EC level 300 course" got "Both count as level 100"
    (first-year and introductory courses), read by the student as both of theirs."""
    text = ask(assembly, "a 3 EC KABK introductory course and a 4 EC level 300 course at Leiden", DAY)
    assert text.startswith("⚠️ Together at most 5 EC of these 7 EC can count")
    assert "1. The KABK introductory course of 3 EC:" in text and "2. The level 300 course of 4 EC:" in text
    master = ask(assembly, "I want a 3 EC KABK introductory course plus a 5 EC Leiden level 400 course", DAY)
    assert master.startswith("⚠️ All 8 EC of these courses can count")
    assert "2. The level 400 course of 5 EC:\n⚠️ Can count for 5 EC, not yet for certain." in master


def test_a_level_said_in_words_beside_the_ec_is_read(assembly: Assembly) -> None:
    master = ask(assembly, "Does a 7.5 EC course at the UvA count? It's master level", DAY)
    assert master.startswith("⚠️ Can count for 7 EC, not yet for certain.")
    third = ask(assembly, "Can I take a 3rd year bachelor course at the UvA of 6 EC?", DAY)
    assert third.startswith("⚠️ At most 5 EC of its 6 EC fit the cap below 400")


def test_a_february_starters_ec_this_year_are_judged_for_this_year(assembly: Assembly) -> None:
    text = ask(assembly, "I started in February 2026, now I have 20 EC this year, am I ok?", DAY)
    assert "From 1 September 2026 you have 20 of these 30 EC: 10 EC to go by 31 August 2027" in text
    assert "you met that first period's requirement" not in text


def test_a_before_date_asked_just_after_the_check_names_the_one_just_passed(assembly: Assembly) -> None:
    text = ask(assembly, "when is the deadline to report exceptional circumstances?", date(2027, 9, 2))
    assert "If this is about last academic year, its date, 1 July 2027, has passed" in text
    assert "📅 This academic year: before 1 July 2028" in text
    later = ask(assembly, "when is the deadline to report exceptional circumstances?", date(2027, 11, 2))
    assert "1 July 2027" not in later


# Session of 26 November 2026, second half: long stories, a report dated in an earlier year.

FATHER_STORY = (
    "hi sorry for the long message. my father got really sick in december and i was in my home country "
    "for two months to help. now i only have 9 EC and its already march. my visa is everything for me, "
    "is it too late?"
)


def test_a_long_story_with_its_ec_gets_the_gap_and_the_reporting_steps(assembly: Assembly) -> None:
    """The story's extra words ("my visa is everything", "too late") used to hide the EC: the student
    got the reporting deadline alone, and "and if I pass 12 more?" had no verdict to vary."""
    text = ask(assembly, FATHER_STORY, date(2027, 3, 12))
    assert text.startswith("📌 You have 9 EC. By 31 August 2027 (172 days from today)")
    assert "21 EC more" in text and "before 1 July 2027: If exceptional circumstances" in text
    assert "statement of hindrance" in text
    asks_more = ask(assembly, "my father was ill and i have 9 EC, does that count as a valid reason?", DAY)
    assert not asks_more.startswith("📌")


def test_help_before_the_students_own_ec_is_no_assisting(assembly: Assembly) -> None:
    text = ask(assembly, "I went home to help my mum. Now I only have 12 EC, is that a problem?", DAY)
    assert "18 EC more" in text
    helped = "I helped another student with his graduation project for 2 EC, does it count?"
    assert "2 EC" in ask(assembly, helped, DAY)


def test_a_report_dated_last_year_is_judged_at_that_years_check(assembly: Assembly) -> None:
    """Asked in November 2026 about a statement filed on 20 June 2026: the decision was due before
    1 September 2026, not 2027."""
    text = ask(
        assembly,
        "I had a burn-out last spring. I only managed 14 EC (started september 2025). I submitted the "
        "statement of hindrance form on 20 June 2026. When will I hear something?",
        date(2026, 11, 26),
    )
    assert "By 31 August 2026, the date of the check, you had 14 of the 30 EC required" in text
    assert "its decision was due by e-mail before 1 September 2026" in text
    assert "1 September 2027" not in text


def test_the_month_said_as_now_in_that_month_is_today(assembly: Assembly) -> None:
    text = ask(assembly, "its already march and i only have 9 ec, am i on track?", date(2027, 3, 12))
    assert "(172 days from today)" in text and "15 March" not in text


def test_a_worked_sum_is_one_amount_not_ec_still_to_come(assembly: Assembly) -> None:
    """ "22 + 7.5 = 29.5 EC" used to be read as 22 EC held and 37 EC to come; then (audit 10,
    item 12) as 29.5 EC, though the 7.5 counts as 7."""
    text = ask(assembly, "I have 22 + 7.5 = 29.5 EC, am I ok?", DAY)
    assert text.startswith("📌 You have 29 EC.") and "1 EC more" in text
    assert "so the 29.5 EC you mention count as 29 EC" in text
    assert "37 EC" not in text


def test_courses_with_half_credits_count_rounded_in_a_progress_total(assembly: Assembly) -> None:
    """Audit 10, item 3: "two UvA courses of 7.5 EC each, so 7.5 + 7.5 = 15 EC" got "✅ You have the
    15 EC you need"; they count as 14."""
    text = ask(
        assembly,
        "Started February 2027. I have two UvA courses of 7.5 EC each, so 7.5 + 7.5 = 15 EC. Enough?",
        date(2027, 8, 10),
    )
    assert text.startswith("📌 You have 14 EC.") and "1 EC more" in text and "✅" not in text
    assert "so the 15 EC you mention count as 14 EC" in text


def test_when_the_decision_comes_asked_in_september_says_last_years_was_due(assembly: Assembly) -> None:
    question = "when will I receive the decision on my circumstances?"
    september = ask(assembly, question, date(2027, 9, 15))
    assert september.startswith("The Board of Examiners decides whether your circumstances are a valid")
    assert "decision was due by e-mail before 1 September 2027: that date has passed" in september
    assert "📅 This academic year: before 1 September 2028" in september
    november = ask(assembly, question, date(2026, 11, 26))
    assert "📅 This academic year: before 1 September 2027" in november and "has passed" not in november


def test_what_are_my_deadlines_gets_the_years_dates(assembly: Assembly) -> None:
    """Used to get only the reminders' how-to, or 1 July alone."""
    text = ask(assembly, "new february starter here, what are my deadlines?", date(2027, 2, 10))
    assert text.startswith("For residence-permit holders, each academic year:")
    for line in ("before 1 July: report exceptional", "after a February start, 15 EC", "before 1 September"):
        assert line in text
    assert "📅 This academic year's check: 31 August 2027" in text


def test_a_lab_judged_below_400_names_the_upgrade_up_front(assembly: Assembly) -> None:
    """Audit 9: a Lab's verdict named the upgrade only among the related answers."""
    text = ask(assembly, "I want to do a 6 EC ArtScience lab, how many EC count?", DAY)
    main = text.split("Next:")[0]
    assert "⬆️ Research groups and Labs can be upgraded to level 400 under conditions" in main
    assert "all 6 EC can count" in main
    first_year = ask(assembly, "I want to do a 6 EC ArtScience first year course, how many EC count?", DAY)
    assert "⬆️" not in first_year


def test_ec_at_the_check_with_a_stated_today_are_judged_at_that_check(assembly: Assembly) -> None:
    """A helper's miss: with "today is 2 September" said, 27 EC "on 31 August" were read as the new
    year's and the 6 entered on 1 September as still to come by 31 August 2028."""
    text = ask(
        assembly,
        "today is 2 September. I had 27 EC on 31 August and 6 EC were entered on 1 September. what now?",
        date(2027, 9, 2),
    )
    assert text.startswith("⚠️ By 31 August 2027, the date of the check, you had 27 of the 30 EC required")
    assert "If you obtained the other 6 EC you mention by 31 August 2027 and they were only waiting" in text
    assert "2028" not in text.split("Dates ahead")[0]
    short = ask(assembly, "I had 20 EC on 31 August and 6 EC were entered on 1 September.", date(2027, 9, 2))
    assert "Even if you obtained the other 6 EC you mention by 31 August 2027, you had 26 EC then" in short


def test_a_month_said_as_a_start_is_the_start_not_the_first_month_named(assembly: Assembly) -> None:
    """ZN: "glandular fever from February to April ... I started Sept 2026" got "✅ You have the
    15 EC you need" (a February start)."""
    text = ask(
        assembly,
        "I had glandular fever from February to April. I started Sept 2026, today is 12 June 2027, "
        "I have 20 EC and one more 5 EC exam at the end of June. Is it too late?",
        date(2027, 6, 12),
    )
    assert text.startswith("📌 You have 20 EC. By 31 August 2027 (80 days from today) you need 30 EC")
    assert "still 5 EC short of the 30 EC" in text and "before 1 July 2027" in text


def test_a_course_that_starts_monday_gets_no_started_warning(assembly: Assembly) -> None:
    """ZN: "I submitted my petition 5 weeks ago, the course starts Monday" was headed "⚠️ This course
    started on 21 October 2026" (the petition's date)."""
    text = ask(
        assembly,
        "I submitted my petition 5 weeks ago, the course starts Monday and I still have no answer. "
        "Who do I chase?",
        date(2026, 11, 26),
    )
    assert "This course started" not in text


def test_now_a_month_with_its_year_is_the_questions_today(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I started in September 2026 and it's now May 2027 and I only have 14 EC. How short am I?",
        date(2026, 11, 26),
    )
    assert text.startswith("📌 You have 14 EC. By 31 August 2027 (108 days from today)")
    assert "16 EC more" in text


def test_a_hindrance_story_asking_when_it_hears_gets_the_decision_date(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Hi, I gave birth in March. I started in September 2026 and have 16 EC. "
        "What's the procedure and when will I hear?",
        DAY,
    )
    assert "14 EC more" in text and "statement of hindrance" in text
    assert "e-mails you its decision before 1 September 2027" in text


def test_a_negative_decision_dated_on_the_check_day_gives_the_appeal_date(assembly: Assembly) -> None:
    """ZM: "the decision ... on 31 August 2026 that my circumstances were not valid" read "not" as
    no decision received, and the check's day as no decision's date."""
    text = ask(
        assembly,
        "I got the decision from the exam board on 31 August 2026 that my circumstances were not valid. "
        "Today is 1 October 2026. How long do I have to appeal?",
        date(2026, 10, 1),
    )
    assert text.startswith("📅 Last day to lodge your appeal: 12 October 2026")
    waiting = "I had 29 EC on 31 August and I have not received any decision, can I appeal?"
    none_yet = ask(assembly, waiting, date(2026, 9, 10))
    assert "Last day to lodge your appeal" not in none_yet


def test_a_lab_wanted_as_level_400_is_judged_with_its_upgrade(assembly: Assembly) -> None:
    """ZM: "counts as level 100-300. I'd like it as level 400 ... what if the MT board says no?" was
    judged without the upgrade: the first level named was read, and "says no" as declining it."""
    text = ask(
        assembly,
        "I want to take an ArtScience Lab, 6 EC, which I think counts as level 100-300. I'd like it as "
        "level 400, the teacher agreed. What if the MT board says no?",
        DAY,
    )
    assert text.startswith("⚠️ Can count for 6 EC, not yet for certain.")
    assert "can decline the upgrade" in text
    without = ask(assembly, "a 6 EC ArtScience lab without upgrade, how much counts?", DAY)
    assert without.startswith("⚠️ At most 3 EC of its 6 EC")


def test_how_much_assisting_gives_after_own_project_work_is_what_the_cap_leaves(assembly: Assembly) -> None:
    """ZN: "I already have 4 EC from my own elective project. How much can I get for helping?" got
    the 2 EC rule, as if the project cap were empty."""
    text = ask(
        assembly,
        "my friend needs someone to program her graduation project. I already have 4 EC from my own elective "
        "project. how much can i get for helping?",
        DAY,
    )
    assert "Can count for 1 EC of the 2 EC of project work" in text


# Audit 10 (an outside reviewer on a clean clone, 26 November 2026).


def test_a_report_date_is_no_decision_date(assembly: Assembly) -> None:
    """Audit 10, item 1 (critical): "On 25 June I reported illness, on 30 August I got a negative
    decision" was told the appeal time ended on 6 August; it runs to 11 October."""
    text = ask(
        assembly,
        "On 25 June I reported illness, on 30 August I got a negative decision. Can I still appeal?",
        date(2027, 9, 20),
    )
    assert text.startswith("📅 Last day to lodge your appeal: 11 October 2027")
    waiting = ask(assembly, "I reported my illness on 20 June. No decision yet. What now?", date(2027, 9, 14))
    assert "time to appeal" not in waiting
    assert "decision was due by e-mail before 1 September 2027" in waiting
    asked = ask(
        assembly,
        "I asked for a statement of hindrance on 25 June. When is my appeal deadline?",
        date(2027, 9, 14),
    )
    assert "ended on" not in asked and "Tell me the decision's date" in asked


def test_courses_times_their_size_said_as_a_product_are_not_counted_twice(assembly: Assembly) -> None:
    """Audit 10, item 2: "4 courses of 6 EC = 24 EC, one 5 EC course ... resit" read 29 EC to come
    ("53 EC, enough")."""
    text = ask(
        assembly,
        "I started sept 2026. I passed 4 courses of 6 EC = 24 EC, one 5 EC course I failed and the resit is "
        "on 15 August. What should I do?",
        date(2027, 7, 20),
    )
    assert text.startswith("📌 You have 24 EC.")
    assert "with them you would have 29 EC, still 1 EC short of the 30 EC" in text


def test_the_rules_30_ec_asked_about_is_not_the_students(assembly: Assembly) -> None:
    """Audit 10, items 7 and 14: "Does the 30 EC apply?" got "✅ You have the 30 EC"; an EU student
    asking about the IND got the permit's cancellation."""
    work = ask(assembly, "I have a work permit, not a student permit. Does the 30 EC apply?", DAY)
    assert "✅" not in work and "not about you" in work
    eu = ask(assembly, "I am on an EU passport, no permit. I have 10 EC. Will the IND cancel anything?", DAY)
    assert "not about you" in eu and "cancels your student residence permit" not in eu


def test_is_it_over_on_the_check_day_is_worked_out(assembly: Assembly) -> None:
    """Audit 10, item 10: refused; "I have 29 EC. Is it over?" got the assisting answer. On the day
    itself it is said in the present tense (audit 12, item 35)."""
    for question in ("Today is the 31st of August. I have 29 EC. Is it over?", "I have 29 EC. Is it over?"):
        text = ask(assembly, question, date(2027, 8, 31))
        assert text.startswith("⚠️ Today, 31 August 2027, is the day of the check: you have 29 of the 30 EC")


def test_a_grade_before_an_amount_is_not_read_as_ec(assembly: Assembly) -> None:
    """Audit 10, item 4: "6 EC from a UvA course where I got a 5.5 and a 7.5 EC course at Delft"
    read the 5.5 as EC: "With the 18 EC you are waiting for ... 36 EC"."""
    text = ask(
        assembly,
        "Started in September 2026. I have 18 EC in uSis, plus 6 EC from a course at UvA where I got a 5.5 "
        "and a 7.5 EC course at Delft waiting for the grade. Will I make it?",
        date(2027, 6, 15),
    )
    assert "With the 13 EC you are waiting for, you would have 31 EC" in text
    assert "You mention a final 5.5" in text


def test_a_decision_received_on_a_day_says_the_date_on_it_counts(assembly: Assembly) -> None:
    """Audit 10, item 8: the day the e-mail arrived was given as the decision's date, firmly."""
    text = ask(
        assembly,
        "I received the negative decision email on 5 September. When is my last day to appeal?",
        date(2027, 9, 20),
    )
    assert text.startswith("📅 Last day to lodge your appeal: 17 October 2027")
    assert "if it is dated before 5 September 2027, your last day is earlier" in text
    dated = ask(assembly, "my decision is dated 5 September, last day to appeal?", date(2027, 9, 20))
    assert "reached you" not in dated


def test_a_decision_that_accepted_the_circumstances_gets_no_appeal_date(assembly: Assembly) -> None:
    """ZP: "the Board of Examiners accepted my illness ..., email came on 25 August" got "The time to
    appeal ... ended"; "did not accept" still gets the appeal's last day."""
    accepted = ask(
        assembly,
        "Good news, the Board of Examiners accepted my illness as the reason for my low credits, email came "
        "on 25 August. Do I have to do anything else now?",
        DAY,
    )
    assert "time to appeal" not in accepted and "study plan" in accepted
    refused = ask(
        assembly,
        "The board did not accept my illness, decision on 25 August. appeal deadline?",
        date(2026, 9, 10),
    )
    assert refused.startswith("📅 Last day to lodge your appeal: 6 October 2026")


def test_at_risk_with_ec_and_courses_to_come_is_worked_out(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Got an email in mid-May that I'm at risk. I have 20 EC now and two 6 EC courses finish in June. "
        "Should I be worried?",
        date(2027, 5, 20),
    )
    assert text.startswith("📌 You have 20 EC.") and "with them you would have 32 EC, enough" in text


def test_a_pending_word_before_the_next_amount_is_that_amounts(assembly: Assembly) -> None:
    """Audit 10, item 11: "I have 26 EC, waiting for 5 EC grade" read both as pending, and got the
    uSis-correction answer with "1 July has passed"."""
    text = ask(
        assembly,
        "started sept 2026, I have 26 EC, waiting for 5 EC grade from last exam on 20 August. "
        "Do I need to do anything?",
        date(2027, 8, 25),
    )
    assert text.startswith("🕒 With the 5 EC you are waiting for, you would have 31 EC: enough")


def test_the_boards_email_date_is_the_decisions_not_an_exams(assembly: Assembly) -> None:
    """Audit 10, item 9: an exam's date (25 August) was taken as the decision's."""
    text = ask(
        assembly,
        "On 31 August I had 27 EC in uSis but 6 EC from an exam on 25 August were entered on 3 September. "
        "I got an email from the Board of Examiners on 1 September saying insufficient progress.",
        date(2027, 9, 5),
    )
    assert text.startswith("📅 Last day to lodge your appeal: 13 October 2027")


def test_a_course_that_started_last_week_is_late_for_a_petition(assembly: Assembly) -> None:
    """Audit 10, item 20: "a course ... that started last week" got "submit your petition before the
    course starts", as if there were still time."""
    question = "I want a Leiden level 400 course of 5 EC that started last week. Can I still petition?"
    text = ask(assembly, question, DAY)
    assert text.startswith("⚠️ You say the course has already started.")


def test_a_report_two_years_back_gets_that_years_decision_date(assembly: Assembly) -> None:
    """Audit 10, item 19: a report of 28 June 2026, asked in September 2027, got the 2027 date."""
    question = "I reported my illness on 28 June 2026. When will the Board decide?"
    text = ask(assembly, question, date(2027, 9, 1))
    assert "For the academic year of 28 June 2026, that date was 1 September 2026: it has passed" in text


def test_what_is_left_for_an_own_project_after_assisting_is_worked_out(assembly: Assembly) -> None:
    """ZO: "2 EC for assisting ... how much is left for my own elective project?" got the 2 EC rule."""
    text = ask(
        assembly,
        "If I get 2 EC for assisting someone's graduation project, how much is left for my own project?",
        DAY,
    )
    assert text.startswith("⚠️ Can count for 3 EC of the 5 EC of project work")


# Session of 27 November: amounts the student holds, told in parts.


def test_ec_told_period_by_period_are_held_together(assembly: Assembly) -> None:
    """Audit 10, item 12: "12 EC in period 1, 10 in period 2" held only the 12, and "period 1 and
    10 EC" read the period's number as 1 EC more."""
    text = ask(assembly, "I got 12 EC in period 1 and 10 EC in period 2. on track?", DAY)
    assert text.startswith("📌 You have 22 EC. By 31 August 2027")
    assert "you mention are still to come" not in text
    text = ask(
        assembly,
        "I got 12 EC in period 1, 10 in period 2 and I'm doing 10 more in period 3. "
        "Am I on track for the 30?",
        DAY,
    )
    assert text.startswith("📌 You have 22 EC.")
    assert "If the other 10 EC you mention are still to come: with them you would have 32 EC" in text


def test_held_amounts_joined_by_plus_are_one_total_but_one_to_come_is_not(assembly: Assembly) -> None:
    """Audit 10, item 12: "2x 2.5 EC plus 24 EC" held only the first amount; each half credit
    still rounds down. An amount "if I pass my resit" stays to come; a plan's "plus" is no holding."""
    text = ask(assembly, "I did 2x 2.5 EC workshops plus 24 EC of courses. enough for the 30 ec?", DAY)
    assert text.startswith("📌 You have 28 EC.")
    assert "so the 29 EC you mention count as 28 EC" in text
    text = ask(assembly, "I have 20 EC plus 6 EC if I pass my resit, enough?", DAY)
    assert text.startswith("📌 You have 20 EC.")
    assert "If the other 6 EC you mention are still to come: with them you would have 26 EC" in text


def test_a_course_the_student_would_take_is_to_come_not_held(assembly: Assembly) -> None:
    """Audit 10, item 13: "If I take a 5 EC course next period ... I have 24 EC now" was told
    "You have 5 EC", and the 24 EC still to come."""
    text = ask(assembly, "If I take a 5 EC course next period, will I have enough? I have 24 EC now.", DAY)
    assert text.startswith("📌 You have 24 EC.")
    assert "still to come: with them you would have 29 EC, still 1 EC short" in text


def test_waiting_for_a_course_with_a_five_and_half_elsewhere_is_no_plain_enough(assembly: Assembly) -> None:
    """Audit 10, item 4: the 5.5 was read as 5.5 EC pending, and the headline said "enough" (with
    "no action is required") over a course Leiden may not count."""
    question = "I have 26 EC and a 5 EC course at the UvA where I got a 5.5, waiting for it. enough?"
    text = assembly.asker.ask(question, date(2026, 11, 26)).answer
    assert text.startswith(
        "🕒 With the 5 EC you are waiting for, you would have 31 EC: enough for the 30 EC needed by"
        " 31 August 2027, if all of them count for this check."
    )
    assert "rounds it to 5, so that course's EC may not count" in text
    assert "no action is required" not in text


def test_ec_failed_of_those_taken_come_off_them(assembly: Assembly) -> None:
    """Set ZP: "took 36 EC, failed 12" asked for the student's EC; EC said as held stay held."""
    text = ask(assembly, "I took 36 EC this year but failed 12 of them. am I on track?", date(2026, 11, 26))
    assert text.startswith("📌 You have 24 EC. By 31 August 2027")
    text = ask(assembly, "I have 24 EC and failed 6 EC, on track?", date(2026, 11, 26))
    assert text.startswith("📌 You have 24 EC.")


def test_asking_whether_something_counts_as_circumstances_gets_what_counts(assembly: Assembly) -> None:
    """Set ZN: "I only got 22 EC ... Does work count as exceptional circumstances?" got the EC gap
    alone, never what counts."""
    text = ask(
        assembly,
        "I have to work 20 hours a week in a restaurant to pay rent and I only got 22 EC this year "
        "(started Sept). Does work count as exceptional circumstances?",
        date(2026, 11, 25),
    )
    assert "pregnancy and childbirth" in text
    assert not text.startswith("📌 You have 22 EC")


def test_a_month_said_as_a_time_is_no_february_start(assembly: Assembly) -> None:
    """Set ZQ: "long covid from November until February" and "10 EC in February" were read as a
    February start: "✅ You have the 15 EC you need" for a student short of 30 EC."""
    text = ask(
        assembly,
        "I got a warning email in June. I have 20 EC and there's only 5 EC left that I can still pass "
        "this year. I had long covid from November until February. What now?",
        date(2027, 6, 10),
    )
    assert "15 EC" not in text and "✅" not in text
    assert "30 EC" in text


def test_which_category_a_circumstance_is_gets_the_categories_not_the_ec_gap(assembly: Assembly) -> None:
    """Set ZQ: "I'm at 18 EC ... which category is it, personal or educational?" got "12 EC more";
    "received a negative decision on 28 aug ... will the IND get told?" dated it 2027 (the "will"
    was the IND's, not the decision's)."""
    text = ask(
        assembly,
        "I have ADHD and the master has been much harder than I expected. I'm at 18 EC in April "
        "(started Sept). Does a disability count and which category is it, personal or educational?",
        date(2026, 11, 25),
    )
    assert "Two categories: personal (illness, disability" in text
    text = ask(
        assembly,
        "received negative decision from board of examiners on 28 aug about my study progress. how long "
        "do i have to appeal and will the ind get told while i appeal",
        date(2026, 11, 25),
    )
    assert text.startswith("⚠️ The time to appeal (6 weeks after the decision of 28 August 2026) ended")


def test_a_warning_said_to_be_a_mistake_gets_the_verdict_on_the_ec(assembly: Assembly) -> None:
    """Set ZQ: "the warning email is a mistake, I already have 35 EC in uSis" got the entry on the
    warnings, as if uSis were disputed; whether the warning holds is the verdict asked."""
    text = ask(
        assembly,
        "I think the warning email is a mistake, I already have 35 EC in uSis. Started Sept 2026. "
        "Should I just ignore it?",
        date(2026, 11, 25),
    )
    assert text.startswith("✅ You have the 30 EC you need for this period (you have 35 EC).")
    disputed = "uSis is wrong, it shows 20 EC but I have 30 EC. Started Sept 2026."
    text = ask(assembly, disputed, date(2026, 11, 25))
    assert not text.startswith("✅")


def test_a_total_said_after_its_parts_is_the_total_expected_without_a_tick(assembly: Assembly) -> None:
    """Set ZQ: "waiting on grades for two courses (10 EC total) ..., then I'd have 35 EC" was "With
    the 35 EC you are waiting for, you would have 45 EC"; a total expected is a condition, no ✅."""
    text = ask(
        assembly,
        "Hi! I'm waiting on grades for two courses (10 EC total) that should be in uSis by mid August, "
        "then I'd have 35 EC. Do I need to tell anyone or do anything for the study progress check?",
        date(2026, 11, 25),
    )
    assert text.startswith("📌 If you have 35 EC in uSis by 31 August 2027")
    assert "45 EC" not in text
    text = ask(
        assembly,
        "I have 20 EC and I'm waiting for 6 more, then I'd have 26 EC. on track?",
        date(2026, 11, 25),
    )
    assert text.startswith("📌 If you end up with 26 EC by 31 August 2027")


def test_courses_listed_with_numbers_and_mixed_level_order_are_each_judged(assembly: Assembly) -> None:
    """Set ZR: "(1) ... 5 EC, master level; (2) a level 300 course, 5 EC; (3) a level 200 course, 3 EC"
    read the list's numbers as EC and paired levels with the wrong courses; "lvl 300 + 2 ec" summed
    the level and the EC into level 302."""
    text = ask(
        assembly,
        "Planning my electives: (1) Data Visualization at TU Delft, 5 EC, master level; (2) a Leiden "
        "level 300 course, 5 EC; (3) a level 200 course, 3 EC. Is this combination allowed?",
        date(2026, 11, 25),
    )
    assert text.startswith("⚠️ Together at most 10 EC of these 13 EC can count")
    text = ask(assembly, "4 ec at lvl 300 + 2 ec at lvl 100, is that within the limits?", date(2026, 11, 25))
    assert text.startswith("⚠️ Together at most 5 EC of these 6 EC can count")


def test_a_decision_dated_with_its_year_ahead_still_gets_its_last_day(assembly: Assembly) -> None:
    """Set ZR: "decision is dated 20 aug 2027" (after today) got the entry asking for the date."""
    text = ask(
        assembly, "decision is dated 20 aug 2027, whats the last day i can appeal?", date(2026, 11, 25)
    )
    assert text.startswith("📅 Last day to lodge your appeal: 1 October 2027")


# Audit 11 (an outside reviewer on a clean clone, 27 November).


def test_a_course_starting_on_a_day_without_its_year_is_the_coming_one(assembly: Assembly) -> None:
    """Audit 11, item 1 (critical): "starting 1 february", asked in November, was "This course
    started on 1 February 2026 ... contact the coordinator now", with no petition to file."""
    text = ask(
        assembly,
        "I want to take a 6 EC master course at TU Delft starting 1 february. is that allowed and what "
        "do i do",
        date(2026, 11, 26),
    )
    assert "before the course starts on 1 February 2027" in text
    assert "started on" not in text
    text = ask(
        assembly,
        "5 EC level 400 course that started on 2 november, can I still petition?",
        date(2026, 11, 26),
    )
    assert text.startswith("⚠️ This course started on 2 November 2026.")


def test_a_total_said_now_after_a_part_is_what_the_student_holds(assembly: Assembly) -> None:
    """Audit 11, item 2 (critical): "15 EC in the first semester, now I have 21 EC in total" was 15
    held and 21 to come: "36 EC, enough"."""
    for question in (
        "started sept 2026. I got 15 EC in the first semester, now I have 21 EC in total. enough?",
        "first semester went ok I got 15 EC but then my father got very sick. now I have 21 EC, worried",
    ):
        text = ask(assembly, question, date(2027, 6, 10))
        assert text.startswith("📌 You have 21 EC. By 31 August 2027")
        assert "36 EC" not in text


def test_audit_11_decisions_received_and_graded_courses(assembly: Assembly) -> None:
    """Audit 11, items 4, 5 and 18: "got the decision yesterday" counted the 6 weeks from the day it
    arrived without saying so; the Board's e-mail on insufficient progress in October got the May
    warnings ("report before 1 July"); "I got a 6" for a course was told to petition before it starts."""
    text = ask(assembly, "got the decision yesterday, how long to appeal", date(2027, 9, 20))
    assert "The 6 weeks run from the date on the decision, not the day it reached you" in text
    text = ask(
        assembly,
        "I got the email from board of examiners about insufficient progress. I was sick in spring but "
        "never reported it. what can i do?",
        date(2026, 10, 5),
    )
    assert "appeal within 6 weeks" in text
    assert "warns you by e-mail in mid-May" not in text
    text = ask(assembly, "UvA master course 7.5 EC, I got a 6. counts for 7.5 right?", date(2026, 11, 26))
    assert "You have a grade, so the course has started" in text
    assert "before the course starts" not in text.split("\n")[0]


def test_ec_of_an_earlier_year_are_judged_at_that_years_check(assembly: Assembly) -> None:
    """Audit 11, item 3 (critical): "20 EC in my first year (started sept 2025)", asked in November
    2026, was "If all 20 EC are this year's, you need 10 EC more by 31 August 2027", with "report
    before 1 July 2027" for an illness of spring 2026. That year was checked on 31 August 2026."""
    for question in (
        "I was ill from february to may 2026 and got only 20 EC in my first year (started sept 2025). "
        "can I still report exceptional circumstances?",
        "started sept 2025, I got only 20 EC last year. what now?",
    ):
        text = ask(assembly, question, date(2026, 11, 26))
        assert text.startswith("⚠️ By 31 August 2026, the date of the check, you had 20 of the 30 EC required")
        assert "before 1 July 2026) has passed" in text
        assert "appeal to the Examinations Appeals Board within 6 weeks" in text
        assert "If all 20 EC are this year's" not in text
        assert "1 July 2027" not in text
    # Still in the first year: its EC are this year's.
    text = ask(
        assembly, "I have 20 EC in my first year, started september 2026, on track?", date(2026, 11, 26)
    )
    assert text.startswith("📌 You have 20 EC. By 31 August 2027")


def test_ec_of_last_year_and_this_year_are_each_judged(assembly: Assembly) -> None:
    """Audit 11, items 14 and 16: last year's EC beside this year's were read as one amount that may
    include earlier years; a February-2026 starter with 16 EC by last August was told "these numbers
    can't tell" whether the first period was met."""
    text = ask(
        assembly, "started sept 2025, got 25 EC last year and 10 EC this year so far, ok?", date(2026, 11, 26)
    )
    assert text.startswith("📌 You have 10 EC. By 31 August 2027")
    assert "checked on 31 August 2026: 25 of the 30 EC required, 5 EC short" in text
    assert "include earlier years" not in text
    text = ask(
        assembly,
        "I started in feb 2026, got 16 EC by last august. since september I have 12 EC. am I on track?",
        date(2026, 11, 26),
    )
    assert "checked on 31 August 2026: 16 of the 15 EC required, so it met the requirement" in text
    assert "From 1 September 2026 you have 12 of these 30 EC" in text
    assert "can't tell" not in text


def test_a_hindrance_in_a_month_of_last_year_says_that_years_date_passed(assembly: Assembly) -> None:
    """Audit 11, item 3: "my mom was in the hospital in march", asked in November, got only "before
    1 July 2027, 217 days from today" for a hindrance of last academic year."""
    text = ask(assembly, "my mom was in the hospital in march so i failed 2 courses", date(2026, 11, 26))
    assert "its date, 1 July 2026, has passed" in text
    text = ask(assembly, "my mom was in the hospital in october so i failed 2 courses", date(2026, 11, 26))
    assert "1 July 2026" not in text


def test_a_university_of_applied_sciences_is_outside_leiden_and_said_open(assembly: Assembly) -> None:
    """Audit 11, item 8: "an elective at the Hague University of Applied Sciences (hogeschool)" got
    the Leiden-internal uSis choice ('replacement'); the page names other faculties and universities
    only, and says nothing of a hogeschool."""
    text = ask(
        assembly,
        "can I take an elective at the Hague University of Applied Sciences (hogeschool)?",
        date(2026, 11, 26),
    )
    assert text.startswith("📌 The page speaks of other faculties and universities")
    assert "‘external education’" in text
    assert "replacement" not in text


def test_a_total_and_this_years_part_judge_both_years(assembly: Assembly) -> None:
    """Audit 11, item 15: "started sept 2025. 50 EC in total, 28 of them since september 2026" got
    the general rule and "tell me your EC"; this year needs 2 more, and the first year's 22 EC were
    8 short at its check. After two years a total less this year's part is no one year's EC."""
    text = ask(
        assembly,
        "started sept 2025. 50 EC in total, 28 of them since september 2026. ok?",
        date(2026, 11, 26),
    )
    assert text.startswith("📌 You have 28 EC. By 31 August 2027")
    assert "checked on 31 August 2026: 22 of the 30 EC required, 8 EC short" in text
    text = ask(assembly, "started sept 2024. 80 EC in total, 20 of them this year. ok?", date(2026, 11, 26))
    assert text.startswith("📌 You have 20 EC. By 31 August 2027")
    assert "checked on" not in text
    text = ask(assembly, "started sept 2025. I have 28 EC this year. ok?", date(2026, 11, 26))
    assert "include earlier years" not in text


def test_a_course_crowded_out_by_one_named_before_it_is_no_already_used(assembly: Assembly) -> None:
    """Audit 11, item 27: "5 EC level 300 and ALSO a level 200 one with 3 EC" marked the level 200
    course "❌ Does not count ... You have already used the 5 EC"; 3 EC at level 200 and 2 EC at
    level 300 fit the caps as well, so the order it was named in decides nothing."""
    text = ask(
        assembly, "5 EC level 300 and ALSO a level 200 one with 3 EC, how much counts?", date(2026, 11, 26)
    )
    assert text.startswith("⚠️ Together at most 5 EC of these 8 EC can count")
    item = text.split("2. The level 200 course of 3 EC:\n")[1].split("\n")[0]
    assert item.startswith("⚠️ With the course(s) above, these EC go over the 5 EC allowed below level 400")
    assert "❌" not in text
    assert "already used" not in text  # Audit 12, item 27: no contradicting reason under it


def test_a_course_start_ahead_asked_about_petitioning_gives_the_day_to_petition_by(
    assembly: Assembly,
) -> None:
    """Audit 11, item 29: "My elective starts 10 january, is there still time to petition?" got the
    step-10 details only; the timing asked about is before the start, 10 January 2027."""
    text = ask(
        assembly, "My elective starts 10 january, is there still time to petition?", date(2026, 11, 26)
    )
    assert text.startswith("📅 Submit your petition in uSis before the course starts on 10 January 2027")


def test_a_start_ahead_with_ec_expected_is_judged_for_its_first_period(assembly: Assembly) -> None:
    """A student starting in February 2027, asked in November 2026, with the EC they expect: got the
    general rule for February starters, never whether their 12 or 15 EC would do."""
    text = ask(
        assembly, "I start in February 2027. I expect to have 12 EC by august, enough?", date(2026, 11, 25)
    )
    assert text.startswith("📌 If you end up with 12 EC by 31 August 2027 (279 days from today)")
    assert "3 EC short of the 15 EC" in text
    text = ask(
        assembly,
        "I start in February 2027. If I pass 5 EC in period 3 and 10 EC in period 4, is that enough?",
        date(2026, 11, 25),
    )
    assert "15 EC" in text.split("\n")[0] and "short" not in text.split("\n")[0]


# Audit 12 (an outside reviewer on a clean clone, 27 November).


def test_a_bare_amount_said_of_a_year_is_that_years_ec(assembly: Assembly) -> None:
    """Audit 12, items 1, 2 and 24: "50 EC in total, 28 this year" got "✅ you have 50 EC"; "62 EC
    total. last year I had 40" got ✅ for 62; "This academic year I have 10" after a February start's
    first period counted its 15; "45 EC in year one and this year 20 so far" asked for the EC again."""
    today = date(2027, 2, 10)
    text = ask(assembly, "I started sept 2025. 50 EC in total, 28 this year. ok?", today)
    assert text.startswith("📌 You have 28 EC. By 31 August 2027")
    assert "✅" not in text
    text = ask(assembly, "2nd year student. uSis says 62 EC total. last year I had 40. on track?", today)
    assert text.startswith("📌 You have 22 EC. By 31 August 2027")
    assert "checked on 31 August 2026: 40 of the 30 EC required, so it met the requirement" in text
    text = ask(
        assembly,
        "I started february 2026. Got 15 EC in the first period. This academic year I have 10. enough?",
        today,
    )
    assert "From 1 September 2026 you have 10 of these 30 EC: 20 EC to go" in text
    text = ask(
        assembly,
        "I'm in my second year, started sept 2024. I had 45 EC in year one and this year 20 so far. am I ok?",
        date(2026, 6, 20),
    )
    assert text.startswith("📌 You have 20 EC. By 31 August 2026")
    text = ask(
        assembly,
        "Is the 50% rule based on the courses I signed up for or on the normal 60 EC? I only registered for "
        "40 this year.",
        today,
    )
    assert "You have 40 EC" not in text


def test_assisting_two_students_is_no_project_and_a_total_before_its_parts_is_one(assembly: Assembly) -> None:
    """Audit 12, items 6 and 10: "assisting two students ..., 1 EC each" was "1 EC of project work"
    plus 2 EC of assisting; "27 EC in total: 12 EC in block 1, 9 EC in block 2 and 6 in block 3"
    counted the 27 twice ("54 EC, enough")."""
    text = ask(
        assembly,
        "I'll be assisting two students in their graduation projects, 1 EC each. ok?",
        date(2026, 11, 27),
    )
    assert "project work you are doing" not in text
    assert "the assisting and the assisted party only once" in text
    text = ask(
        assembly,
        "I got 27 EC in total: 12 EC in block 1, 9 EC in block 2 and 6 in block 3. started sept 2025. "
        "on track?",
        date(2026, 3, 1),
    )
    assert text.startswith("📌 You have 27 EC. By 31 August 2026")
    assert "54 EC" not in text


def test_the_last_day_to_report_and_a_result_awaited_on_the_check_day(assembly: Assembly) -> None:
    """Audit 12, items 5 and 7 (critical): "started sept 2025, 22 EC, I was sick in may. can I still
    report today?" on 30 June got "Tell me your EC"; "14 EC, last exam result comes next week" on
    31 August got the IND consequence with no word that a result awaited needs no action."""
    text = ask(
        assembly, "started sept 2025, 22 EC, I was sick in may. can I still report today?", date(2026, 6, 30)
    )
    assert text.startswith("📌 You have 22 EC.")
    assert (
        "before 1 July 2026 (today is the last day): If exceptional circumstances hindered your studies"
        in text
    )
    text = ask(
        assembly, "started february 2026, I have 14 EC, last exam result comes next week", date(2026, 8, 31)
    )
    assert (
        "🕒 You are waiting for a result: if it was obtained by 31 August 2026 and brings you to 15 EC"
        in text
    )


def test_an_appeal_against_a_rejected_elective_petition_gets_no_ind_step(assembly: Assembly) -> None:
    """Audit 12, item 20: "can I appeal a negative decision on my elective petition?" got the
    study-progress appeal and "notify the Immigration Office ... the IND"; the electives page says
    nothing of appealing a petition, and a petition has no IND notification."""
    text = ask(assembly, "can I appeal a negative decision on my elective petition?", date(2026, 11, 27))
    assert "The electives page does not say what happens after a rejection" in text
    assert "IND" not in text


def test_a_grade_got_without_a_grade_word_is_read_beside_half_credits(assembly: Assembly) -> None:
    """Audit 12, item 21: "7.5 EC at TU Delft, I got a 5.5 there" said only the rounding to 7 EC;
    the 5.5 of another university is rounded to 5."""
    text = ask(
        assembly,
        "I want to follow a course at TU Delft worth 7.5 EC, I got a 5.5 there. how many EC do I get and "
        "do I pass?",
        date(2026, 11, 27),
    )
    assert "at most 7 EC can count" in text
    assert "A final grade of 5.5 from another university is not accepted by Leiden University" in text


def test_from_1_september_is_the_years_start_not_a_day_a_result_comes(assembly: Assembly) -> None:
    """Audit 12, item 18: "This year, so from 1 sept, how many do I need?" was read as credits coming
    on 1 September, after the check ("You say that comes on 1 September 2026")."""
    text = ask(
        assembly,
        "I started in february 2026 and I got 16 EC by 31 august. This year, so from 1 sept, how many do I "
        "need?",
        date(2026, 9, 2),
    )
    assert "You say that comes on" not in text


def test_a_five_and_half_at_leiden_gets_that_the_page_speaks_of_other_universities(
    assembly: Assembly,
) -> None:
    """Audit 12, item 30: "I got a 5.5 at Leiden for a level 400 elective, is it rounded?" got the
    level rules; the page's 5.5 rule is about other universities only."""
    text = ask(assembly, "I got a 5.5 at Leiden for a level 400 elective, is it rounded?", date(2026, 11, 27))
    assert "This rule is about other universities only" in text


def test_a_premaster_other_than_a_short_september_one_gets_no_31_august_check(assembly: Assembly) -> None:
    """Audit 12, item 25: a short premaster started in February 2026 and finished in June was shown
    "This academic year's check: 31 August 2027"; a premaster's check is its own end, which the page
    dates only for a short premaster started in September."""
    text = ask(
        assembly, "short premaster started february 2026, finished everything in june. ok?", date(2026, 12, 1)
    )
    assert "31 August 2027" not in text
    text = ask(
        assembly,
        "I'm in the short premaster, started september 2026. when is my deadline",
        date(2026, 12, 10),
    )
    assert "the check is 31 January 2027, 52 days from today" in text


# --- Audit 12, items left open last session ---------------------------------------------------


def test_a_master_courses_first_year_is_no_artscience_first_year_course(assembly: Assembly) -> None:
    """Audit 12, item 12: "what's the level for a master course first year?" got "Both count as level
    100 ... at most 3 EC": the page's level 100 is for ArtScience first-year bachelor courses only."""
    text = ask(assembly, "what's the level for a master course first year?", date(2026, 11, 27))
    assert "level 100" not in text
    kabk = ask(assembly, "first year course at the kabk, what level", date(2026, 11, 27))
    assert kabk.startswith("Both count as level 100: first-year bachelor courses and KABK")


def test_writing_a_friends_thesis_text_is_said_to_be_no_technical_help(assembly: Assembly) -> None:
    """Audit 12, item 19: writing part of a friend's thesis got "At most 2 EC" and never that the help
    must be technical ("It must be technical assistance, such as programming and hardware construction")."""
    text = ask(
        assembly,
        "my friend is doing his graduation project and i want to write part of his thesis text for EC, "
        "can i?",
        date(2026, 11, 27),
    )
    assert "writing their thesis text is not technical help" in text


def test_having_assisted_then_asking_to_be_assisted_gets_the_other_role(chat: Transcript) -> None:
    """Audit 12, item 26: after "assisted twice?", "and I already assisted someone, can I now be
    assisted?" got the approval and the report, not whether one role rules out the other."""
    chat.send("can I be assisted by someone in my graduation project twice?")
    chat.send("and I already assisted someone, can I now be assisted?")
    assert "doesn't spell out whether having helped someone rules out being helped" in chat.text


def test_project_work_and_assisting_beside_courses_are_judged_under_their_own_cap(
    assembly: Assembly,
) -> None:
    """Audit 12, item 14: "3 EC of project, 2 EC assisting and a 5 EC level 300 course, and a 3EC level
    200 course" said only the courses' 5 EC; the project work counts under its own cap ("Maximally 5
    elective credits can be obtained through project work")."""
    text = ask(
        assembly,
        "I want to do 3 EC of project, 2 EC assisting and a 5 EC level 300 course, and a 3EC level 200 "
        "course. how many EC count?",
        date(2026, 11, 27),
    )
    assert "Together at most 5 EC of these 8 EC can count" in text
    assert "Of your 3 EC project and 2 EC of assisting, 5 EC can count" in text
    one = ask(
        assembly,
        "I did 2 EC assisting and want a 4 EC project plus a level 400 course of 6 EC, how much counts?",
        date(2026, 11, 27),
    )
    assert one.startswith("⚠️ Can count for 6 EC")
    assert "Of your 4 EC project and 2 EC of assisting, 5 EC can count" in one


def test_an_own_project_after_an_assisting_entry_is_judged_with_the_assisting(chat: Transcript) -> None:
    """Audit 12, item 15: "and if I also did a 4 EC project of my own?" after a question about 2 EC of
    assisting got the general cap; 2 + 4 is over it ("Maximally 5 elective credits can be obtained
    through project work"), so 3 of the 4 EC can count."""
    chat.send("how many EC for assisting? I helped with 2 EC worth of coding on a graduation project")
    assert chat.text.startswith("At most 2 EC, part of the 5 EC for project work")
    chat.send("and if I also did a 4 EC project of my own?")
    assert "Can count for 3 EC of the 4 EC of project work" in chat.text
    assert "With the 2 EC for assisting, that makes 5 EC of project work in all" in chat.text


# --- Audit 13 -------------------------------------------------------------------------------------


def test_a_september_start_without_its_year_just_after_the_check_is_answered_for_both_starts(
    assembly: Assembly,
) -> None:
    """Audit 13, item 1: on 1 October, "started in september, 6 ec, am i on track?" was judged only at
    the check of 31 August 2026 (24 EC short, the IND); a student who started in September 2026 has
    their first check on 31 August 2027 ("30 EC if you started your studies in September (period 1
    September till 31 August)")."""
    text = ask(assembly, "started in september, 6 ec, am i on track?", date(2026, 10, 1))
    assert "If you started in September 2026 instead" in text
    assert "your first check on 31 August 2027: you need 24 EC more by then" in text


def test_just_started_in_september_asked_in_october_is_this_years_start(assembly: Assembly) -> None:
    """Audit 13, item 4: "Just started my master in september", on 1 October 2026, got "For your start
    in September 2027, the first check is 31 August 2028"."""
    text = ask(
        assembly,
        "Just started my master in september. When will the university check my progress?",
        date(2026, 10, 1),
    )
    assert "For your start in September 2026, the first check is 31 August 2027." in text
    assert "2028" not in text


def test_ec_of_year_one_beside_year_two_are_last_years_and_judged_in_the_past_tense(
    assembly: Assembly,
) -> None:
    """Audit 13, item 2: "In year 1 I got 35 EC. Now in year 2 I have 5 EC" got "✅ ... (you have 35
    EC)"; this year counts only its own EC ("30 EC ... (period 1 September till 31 August)")."""
    text = ask(assembly, "In year 1 I got 35 EC. Now in year 2 I have 5 EC. fine?", date(2026, 11, 27))
    assert text.startswith("📌 You have 5 EC. By 31 August 2027")
    assert "25 EC more" in text
    assert "Your earlier year, checked on 31 August 2026: 35 of the 30 EC required" in text
    last = ask(
        assembly, "second year student, I got 32 EC last year. on track this year?", date(2026, 11, 27)
    )
    assert last.startswith(
        "✅ By 31 August 2026, the date of that year's check, you had 32 of the 30 EC required"
    )
    assert "You have the 30 EC you need for this period" not in last


def test_a_count_of_exams_is_no_amount_of_ec(assembly: Assembly) -> None:
    """Audit 13, item 3: "two more exams in June of 4 EC each" beside 20 EC was read as 10 EC to come
    (the "two" as 2 EC), "30 EC, enough"; it is 8 EC, so 28 EC, 2 short ("30 EC if you started your
    studies in September")."""
    text = ask(
        assembly,
        "started sept 2026, I have 20 EC, and two more exams in June of 4 EC each. enough?",
        date(2027, 4, 10),
    )
    assert "If the other 8 EC you mention are still to come: with them you would have 28 EC" in text
    comma = ask(
        assembly, "started sept 2026, I have 24 EC, two more exams in june, 3 EC each", date(2027, 4, 10)
    )
    assert "If the other 6 EC you mention are still to come: with them you would have 30 EC, enough" in comma


def test_a_petition_submitted_on_a_day_is_no_decision_to_appeal_and_a_year_ended_is_last_years(
    assembly: Assembly,
) -> None:
    """Set ZW: "I submitted a petition on 20 November ... Will it be decided in time?" got a last day to
    appeal; a petition is decided at the Board's next meeting ("The Media Technology Board will discuss
    your petition during the next board meeting"). "ended the year with 29 EC" is the check's 29."""
    text = ask(
        assembly,
        "Hey, I submitted a petition on 20 November for a course that starts 1 December. Will it be "
        "decided in time?",
        date(2026, 11, 27),
    )
    assert "appeal" not in text and "IND" not in text
    assert "next board meeting" in text
    ended = ask(
        assembly,
        "I'm on a residence permit and ended the year with 29 EC. Literally one short. Is there any "
        "tolerance?",
        date(2026, 11, 25),
    )
    assert ended.startswith("⚠️ By 31 August 2026, the date of the check, you had 29 of the 30 EC required")


# Audit 13, criticals left open last session.


def test_next_year_after_the_february_rule_is_no_positive_decision(assembly: Assembly) -> None:
    """Audit 13, item 5: "and next year?" after the February rule got "The university will not report
    your insufficient progress to the IND", true only after a positive decision ("Received a positive
    decision from the Board of Examiners?"); it now gets the February entry on the years after."""
    chat = Transcript(assembly.conversation, date(2027, 2, 15))
    chat.send("I'm a february starter, started 1 feb 2027 this month. how many EC do I need and by when?")
    chat.send("and next year?")
    text = chat.text
    assert "will not report" not in text
    assert text.startswith("If you started in February, your first period runs from 1 February")
    assert "For the academic years after it" in text


def test_a_positive_decision_is_found_only_where_one_is_said(assembly: Assembly) -> None:
    """The positive-decision answer reassures about the IND: it is found for "they said yes" after who
    decides, never for words that say nothing of a decision."""
    chat = Transcript(assembly.conversation, date(2027, 2, 15))
    chat.send("who decides on my circumstances?")
    chat.send("and if they say yes?")
    assert chat.text.startswith("The university will not report")
    assert "will not report" not in ask(assembly, "what about next year?", date(2027, 2, 15))


def test_before_when_after_a_dated_step_is_that_steps_date(assembly: Assembly) -> None:
    """Audit 13, item 6: "before when?" after the family-circumstances steps got the Board's decision
    date, 1 September; the student's own steps are "before 1 July"."""
    chat = Transcript(assembly.conversation, date(2026, 12, 1))
    chat.send(
        "My grandmother passed away in october and I missed two exams. I'm on a student permit. what "
        "should I do"
    )
    chat.send("before when?")
    text = chat.text
    assert "before 1 July 2027, 212 days from today" in text
    assert "1 September" not in text


def test_project_work_last_year_uses_the_project_cap_before_assisting(assembly: Assembly) -> None:
    """Audit 13, item 7: "I did a 4 EC project last year. now I want to assist a classmate for 2 EC"
    got the other-role entry, the cap forgotten ("Maximally 5 elective credits can be obtained through
    project work"); then "and a 1 ec project on top?" was said to fit. 1 EC of the assisting counts,
    and nothing is left for more project work."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("I did a 4 EC project last year. now I want to assist a classmate for 2 EC. ok?")
    first = chat.text
    assert "Can count for 1 EC of the 2 EC" in first
    assert "at most 1 EC can count; with them, that makes 5 EC of project work in all" in first
    chat.send("and a 1 ec project on top?")
    more = chat.text
    assert "❌ This project work cannot count. You have already used the 5 EC allowed" in more
    assert "With your 4 EC project and the 1 EC for assisting, that makes 5 EC" in more
    assert "all 1 EC fit" not in more


def test_staying_meanwhile_after_an_appeal_date_is_the_hold_not_leaving(assembly: Assembly) -> None:
    """Audit 13, item 8: "and can i stay in NL meanwhile?" after the last day to appeal got "you must
    leave the Netherlands"; an appeal puts the notification on hold ("notify the Immigration Office so
    they can put notification to the IND on hold pending the outcome of the appeal")."""
    chat = Transcript(assembly.conversation, date(2027, 9, 3))
    chat.send(
        "I got an email from the board of examiners that my progress is insufficient. decision dated 1 "
        "september. what now"
    )
    chat.send("how long do i have to appeal")
    chat.send("and can i stay in NL meanwhile?")
    assert chat.text.startswith(
        "If you decide to appeal (with the Examinations Appeals Board, within 6 weeks"
    )
    assert "must leave" not in chat.text
    alone = ask(assembly, "if I appeal will IND still cancel my permit?", date(2027, 9, 3))
    assert alone.startswith("If you decide to appeal (with the Examinations Appeals Board, within 6 weeks")


def test_a_kabk_first_year_course_beside_a_leiden_level_300_course_is_judged_as_two(
    assembly: Assembly,
) -> None:
    """Audit 13, item 9: "a bachelor 1st year course at the KABK, 3 EC, and a level 300 course 3 EC
    from Leiden" got "Both count as level 100 ... at most 3 EC"; the Leiden course is level 300, so 5 of
    the 6 EC can count ("Maximally 5 elective credits can be obtained at advanced level")."""
    text = ask(
        assembly,
        "can i take a bachelor 1st year course at the KABK, 3 EC, and a level 300 course 3 EC from Leiden?",
        date(2026, 11, 27),
    )
    assert text.startswith("⚠️ Together at most 5 EC of these 6 EC can count")
    assert "1. The first-year ArtScience course of 3 EC" in text
    assert "2. The level 300 course of 3 EC" in text
    assert "Both count as level 100" not in text


def test_a_february_starters_what_if_is_this_years_30_ec(assembly: Assembly) -> None:
    """Audit 13, item 10: after "I started in february 2026, now I have 14 EC this year", "what if I get
    12?" got the statement-of-hindrance steps, and "what if i only get 12 ec?" a first period 3 EC
    short the student never told. This year is judged against the general rule ("30 EC if you started
    your studies in September (period 1 September till 31 August)")."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("I started in february 2026, now I have 14 EC this year. enough?")
    chat.send("what if I get 12?")
    assert "If the other 12 EC you mention are still to come: with them you would have 26 of these 30 EC" in (
        chat.text
    )
    chat.send("and what if i only get 12 ec?")
    assert "From 1 September 2026 you have 12 of these 30 EC: 18 EC to go by 31 August 2027" in chat.text
    assert "at least 3 EC short" not in chat.text


def test_what_if_i_appeal_after_a_shortfall_is_the_appeal_not_the_calendar(assembly: Assembly) -> None:
    """Audit 13, item 11: "what if I appeal?" after 13 of 15 EC at the check got the year's dates; an
    appeal puts the IND notification on hold ("notify the Immigration Office so they can put
    notification to the IND on hold")."""
    chat = Transcript(assembly.conversation, date(2027, 9, 10))
    chat.send("I started in February 2027 and had 13 EC at the end of August. what now?")
    chat.send("what if I appeal?")
    assert chat.text.startswith("If you decide to appeal")
    assert "it is essential to notify the Immigration Office" in chat.text


def test_how_do_i_report_it_gets_the_statement_of_hindrance_steps(assembly: Assembly) -> None:
    """Audit 13, item 12: "how do I report it?" after a board year got only the 1 July deadline; the
    page's steps are "Request a 'statement of hindrance' by submitting this request form"."""
    chat = Transcript(assembly.conversation, date(2027, 3, 1))
    chat.send("I'm a board member of a student association this year, does that count?")
    chat.send("how do I report it?")
    assert chat.text.startswith("Before 1 July, request a ‘statement of hindrance’ with the request form")


def test_who_do_i_contact_after_a_late_petition_is_no_answer_about_grades(assembly: Assembly) -> None:
    """Audit 13, item 13: "who do I contact?" after a petition forgotten got the pass-mark answer."""
    chat = Transcript(assembly.conversation, date(2027, 2, 10))
    chat.send("I already started a course at the UvA on 1 feb, forgot the petition. can I still file it?")
    chat.send("who do I contact?")
    assert "pass mark" not in chat.text
    # The last answer names whom ("contact the programme coordinator right away"): it again.
    assert "coordinator" in chat.text


def test_another_level_for_an_honours_course_is_still_no_elective(assembly: Assembly) -> None:
    """Audit 13, item 14: "and if it's level 500?" after an honours course at level 400 got "no level
    cap"; honours courses "cannot be used as electives" at any level."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("Is a 5 EC honours course at level 400 ok as an elective?")
    chat.send("and if it's level 500?")
    assert chat.text.startswith("❌ Does not count as an elective. Honours courses can't be used")
    assert "no level cap" not in chat.text


def test_the_progress_dialog_judges_a_february_starters_first_check_just_passed(
    assembly: Assembly,
) -> None:
    """Audit 13, item 15: /progress for a February 2027 starter on 10 September 2027 asked for EC since 1
    September 2027 and said the check of 31 August "these numbers can't tell"; the page sets "15 EC if
    you started your studies in February (period 1 February till 31 August)", so the EC held on that
    day are asked and judged, as for a September starter."""
    chat = Transcript(assembly.conversation, date(2027, 9, 10))
    chat.send("/progress")
    chat.press("Master, started in February")
    chat.send("2027")
    assert "How many EC have you obtained since 1 February 2027" in chat.text
    assert "The check of 31 August 2027 has passed: give the EC you had in uSis on that day" in chat.text
    chat.send("12")
    chat.press("None pending")
    assert (
        "By 31 August 2027, the date of the check, you had 12 of the 15 EC required: 3 EC short" in chat.text
    )
    assert "these numbers can't tell" not in chat.text
    assert "30 EC under the page's general rule, if it applies after a February start" in chat.detail


def test_failing_one_of_the_exams_to_come_takes_its_ec_off_and_no_year_before_the_start(
    assembly: Assembly,
) -> None:
    """Audit 13, item 16: a February 2027 starter with 5 EC and "two more exams in June of 5 EC each"
    asked "and if I fail one of the june exams?" and got the generic advice with "1 July 2026, has
    passed", a year before the start. One failed exam leaves 10 of the 15 EC ("15 EC if you started
    your studies in February")."""
    chat = Transcript(assembly.conversation, date(2027, 4, 10))
    chat.send(
        "Hi, I came here in february 2027 for my master. The first months were hard and I only passed "
        "one course of 5 EC so far. I have two more exams in June of 5 EC each. How many do I need?"
    )
    assert "If the other 10 EC you mention are still to come: with them you would have 15 EC, enough" in (
        chat.text
    )
    chat.send("and if I fail one of the june exams?")
    assert "If the other 5 EC you mention are still to come: with them you would have 10 EC, still 5 EC" in (
        chat.text
    )
    assert "2026" not in chat.text


def test_a_student_who_just_started_hears_nothing_of_last_years_dates(assembly: Assembly) -> None:
    """Audit 13, item 23: on 1 October, after "Just started my master in september", "what is the
    minimum?" warned about "the last check ... 31 August 2026" and a uSis question about "1 July 2026,
    has passed": this student had no such year."""
    chat = Transcript(assembly.conversation, date(2026, 10, 1))
    chat.send("Just started my master in september, I am on a student visa. what do I need to know?")
    chat.send("what is the minimum?")
    assert "31 August 2026" not in chat.text
    assert "31 August 2027" in chat.text
    chat.send("what if uSis shows a wrong grade?")
    assert "1 July 2026" not in chat.text
    assert "before 1 July 2027" in chat.text


def test_audit_13_minors_typos_levels_roles_and_the_ind_exception(assembly: Assembly) -> None:
    """Audit 13, minors 17, 19, 20, 22: a misspelt start is still a start ("i statred in sept 2026, hav
    18 ects": 12 EC more); a first-year master course elsewhere is "Master 1st year" in the page's format
    ("Level (example: Master 2nd year, Bachelor 3rd year)"); a second student cannot be helped ("A
    student can be the assisting and assisted party only once"); whether a new illness is "the same
    personal circumstance" the page does not say."""
    today = date(2027, 4, 10)
    typo = ask(assembly, "i statred in sept 2026, hav 18 ects, do i pas?", today)
    assert typo.startswith("📌 You have 18 EC. By 31 August 2027")
    assert "12 EC more" in typo
    level = ask(assembly, "what level do I put for a master course at TU Delft first year?", today)
    assert "“Master 1st year”" in level
    chat = Transcript(assembly.conversation, today)
    chat.send("can I get credits for helping a classmate with their graduation project?")
    chat.send("and can I help a second student?")
    assert "helping a second student (or being helped a second time) is not possible" in chat.text
    assert "be helped on yours once" not in chat.text
    again = ask(assembly, "my illness was accepted, what if I am ill again next year?", today)
    assert "Whether a new illness or a new event counts as the same circumstance, the page does not say" in (
        again
    )


def test_the_progress_dialog_after_a_missed_check_names_the_exception_beside_the_ind(
    assembly: Assembly,
) -> None:
    """Audit 13, minor 21: "the university must notify the IND" with no word of "Notification to the
    IND can only be withheld if ... exceptional circumstances"."""
    chat = Transcript(assembly.conversation, date(2027, 9, 10))
    chat.send("/progress")
    chat.press("Master, started in September")
    chat.send("2026")
    chat.send("24")
    chat.press("None pending")
    assert "must notify the IND, unless the decision accepts exceptional circumstances" in (chat.text)


def test_only_26_is_the_years_end_total_and_a_count_of_workshops_multiplies(assembly: Assembly) -> None:
    """Audit 13, minor 24: "what if I only get 26?" after 20 EC was read as 26 EC held; it is the
    year's end, 4 short of "30 EC if you started your studies in September". "three 2 EC workshops"
    are 6 EC, not 2."""
    chat = Transcript(assembly.conversation, date(2027, 4, 10))
    chat.send("started sept 2026, 20 EC so far")
    chat.send("what if I only get 26?")
    assert chat.text.startswith("📌 If you end up with 26 EC by 31 August 2027")
    assert "you will be 4 EC short of the 30 EC" in chat.text
    three = ask(
        assembly,
        "I did three 2 EC workshops and have 20 EC, started in september 2026. enough?",
        date(2027, 4, 10),
    )
    assert three.startswith("📌 You have 6 EC.")
    assert "with them you would have 26 EC" in three


# Set ZX (written from the pages only, labelled before any run): the misses that needed code.


def test_set_zx_dates_years_and_starts_read_for_this_student(assembly: Assembly) -> None:
    """A decision "sent" on 25 August, asked in November, is this year's past one: the 6 weeks ended
    on 6 October 2026 ("within 6 weeks of the date of the decision"). "45 EC in my first year ... this
    year" is an earlier year, judged at its own check. "2 EC last year for assisting" is assisting,
    under the project cap beside a 3 EC project ("Maximally 5 elective credits ... through project
    work"). A one-semester premaster "started in September" with a resit in February ends on 31
    January."""
    today = date(2026, 11, 25)
    sent = ask(
        assembly,
        "Sorry for the long message. The board of examiners sent me a negative decision on 25 august saying "
        "my circumstances were not valid. I want to appeal but I'm scared the IND will already cancel my "
        "permit in the meantime. What should I do?",
        today,
    )
    assert sent.startswith("⚠️ The time to appeal (6 weeks after the decision of 25 August 2026) ended on 6")
    assert "2027" not in sent.split("\n")[0]
    first = ask(assembly, "I got 45 EC in my first year, so can I get away with fewer this year?", today)
    assert first.startswith("✅ By 31 August 2026, the date of that year's check, you had 45 of the 30 EC")
    assert "Each academic year is checked on its own" in first
    assisted = ask(
        assembly,
        "Hey. I got 2 EC last year for assisting someone's graduation project and now I want to do my own 3 "
        "EC elective project too. Is that still within the rules?",
        today,
    )
    assert assisted.startswith("⚠️ Can count for 3 EC of project work")
    assert "With the 2 EC for assisting, that makes 5 EC of project work in all" in assisted
    short = ask(
        assembly,
        "Hello, I'm a premaster student and I started in September. My programme is the one-semester "
        "version and I still have one course of 5 EC that I failed and the herkansing is in February. Am I "
        "in trouble with my permit?",
        today,
    )
    assert "31 January 2027" in short
    assert "For a start in February" not in short


def test_set_zx_a_grade_ended_with_and_points_out_of_a_total(assembly: Assembly) -> None:
    """ "Ended with a 5.5" is a grade ("Leiden University does not accept a final grade of 5.5 ... it
    will be rounded to 5"); "5 points out of 15 so far" is 5 EC held, not 15 more to come."""
    graded = ask(
        assembly,
        "I followed a course at Utrecht University last semester that was 7.5 EC and ended with a 5.5. what "
        "happens to the EC and the grade?",
        date(2026, 11, 25),
    )
    assert "at most 7 EC can count" in graded
    assert "it is rounded to 5" in graded
    out_of = ask(assembly, "only 5 points out of 15 so far in period 1, am i on track?", date(2026, 11, 25))
    assert out_of.startswith("📌 You have 5 EC.")
    assert "other 15 EC" not in out_of


def test_on_the_day_of_the_check_it_is_said_in_the_present_tense(assembly: Assembly) -> None:
    """Audit 12 item 35 and audit 13 item 25: on 31 August itself, "By 31 August 2026, the date of the
    check, you had 29": the page checks the requirement "by 31 August", so that day is not over."""
    text = ask(
        assembly, "started sept 2025, I have 29 EC, today is the last day! what can I do?", date(2026, 8, 31)
    )
    assert text.startswith("⚠️ Today, 31 August 2026, is the day of the check: you have 29 of the 30 EC")
    assert "you had 29" not in text
    after = ask(assembly, "started sept 2025, I have 29 EC. what now?", date(2026, 9, 3))
    assert after.startswith("⚠️ By 31 August 2026, the date of the check, you had 29 of the 30 EC")


def test_audit_12_minors_counsellor_minimum_grade_and_part_time(assembly: Assembly) -> None:
    """Audit 12, minors 31, 33, 34: the counsellor is asked "In the case of exceptional family
    circumstances" only; the pages give no pass mark; part-time study the page never mentions, which a
    worked-out verdict now says first."""
    today = date(2026, 11, 27)
    counsellor = ask(assembly, "do I need to see a student counsellor for illness?", today)
    assert "only for family circumstances" in counsellor
    grade = ask(assembly, "Is there a minimum grade for electives?", today)
    assert grade.startswith("The pages I know don't state the pass mark")
    part_time = ask(
        assembly,
        "I started in sept 2025 and have 14 EC. I'm switching to part-time, does the requirement change?",
        date(2026, 3, 5),
    )
    assert part_time.startswith("📌 The page does not mention part-time study")
    assert "📌 You have 14 EC. By 31 August 2026" in part_time


def test_audit_11_leftovers_honours_follow_up_late_submit_level_and_reminders(assembly: Assembly) -> None:
    """Audit 11, items 12, 25, 30: "but it's 5 EC, can I use it?" after an honours course at level 400
    is still no elective ("they cannot be used as electives"); the level detail of a UvA master course
    is in the page's format; typed answers offer no reminder, and the reminders answer says so."""
    today = date(2026, 11, 26)
    chat = Transcript(assembly.conversation, today)
    chat.send("is an honours course ok as elective if its level 400?")
    chat.send("but it's 5 EC, can I use it for 5 of my elective credits?")
    assert chat.text.startswith("❌ Does not count as an elective. Honours courses can't be used")
    level = ask(assembly, "The level, what do i write for a UvA master course?", today)
    assert level.startswith("Detail b is the course's level")
    reminders = ask(assembly, "remind me", today)
    assert "Answers to typed questions don't: walk the dialog to set one." in reminders


def test_an_own_project_beside_assisting_of_no_amount_takes_the_assisting_at_its_most(
    assembly: Assembly,
) -> None:
    """Audit 11, item 9: after "I want to help a friend with his graduation project", "and then do my
    own 4 EC project too?" got "all 4 EC fit"; with the assisting's at most 2 EC ("Of these 5 EC project
    credits, students can obtain a maximum of 2 EC for helping"), 3 of the 4 count, said as assumed."""
    chat = Transcript(assembly.conversation, date(2026, 11, 26))
    chat.send("I want to help a friend with his graduation project, how many ec?")
    chat.send("and can I also get helped on mine later?")
    chat.send("and then do my own 4 EC project too?")
    assert chat.text.startswith("⚠️ Can count for 3 EC of the 4 EC of project work")
    assert "You gave no EC for the assisting: this takes the most it can give, 2 EC" in chat.text
    alone = ask(
        assembly,
        "I'll assist a friend in his graduation project and also do my own 4 EC project, how much counts?",
        date(2026, 11, 26),
    )
    assert alone.startswith("⚠️ Can count for 3 EC of the 4 EC of project work")


# Audit 14 (outside review of this code; /work/fresh/audit14.md): criticals.


def test_first_year_ec_said_before_this_years_are_an_earlier_years(assembly: Assembly) -> None:
    """Audit 14, item 1: "first year 30 EC, now second year 10 EC" and the like got "✅ ... (you have 30
    EC)"; only this academic year's EC count ("at least 50% of the nominal study load each academic
    year")."""
    today = date(2026, 11, 27)
    for question, held in (
        ("first year 30 EC, now second year 10 EC. on track?", "10"),
        ("I got 35 EC in my 1st year and 10 EC in my 2nd year so far. ok?", "10"),
        ("my first year I passed 31 EC. now I'm at 5 EC. enough?", "5"),
        ("I'm in my second year. I have 45 EC in total, 30 of them from my first year. on track?", "15"),
        ("I got 34 credits in 2025-2026 and 9 credits in 2026-2027 so far. am I on track?", "9"),
    ):
        text = ask(assembly, question, today)
        assert text.startswith(f"📌 You have {held} EC. By 31 August 2027"), question
        assert "✅" not in text, question
    plan = ask(
        assembly,
        "started sept 2025. 32 EC in my first year; this academic year so far 12. and I'll get 10 more in "
        "june. ok?",
        date(2027, 3, 1),
    )
    assert plan.startswith("📌 You have 12 EC.")
    assert "with them you would have 22 EC, still 8 EC short" in plan


def test_the_day_said_after_a_check_is_no_new_year(assembly: Assembly) -> None:
    """Audit 14, item 2: "it's 3 september now. I have 29 EC (started sept 2026)" was told about 31
    August 2028; it is the check just passed ("checks that you have met the study progress requirement
    by 31 August"). A grade that "came in yesterday" for an exam in August was only entered late."""
    said = ask(
        assembly, "it's 3 september now. I have 29 EC (started sept 2026). what happens?", date(2027, 9, 3)
    )
    assert said.startswith("⚠️ By 31 August 2027, the date of the check, you had 29 of the 30 EC required")
    month = ask(
        assembly,
        "It's September now. I started in September 2026 and have 25 EC. what happens to my visa?",
        date(2027, 9, 10),
    )
    assert month.startswith("⚠️ By 31 August 2027, the date of the check, you had 25 of the 30 EC required")
    entered = ask(
        assembly,
        "started sept 2026, uSis showed 27 EC on 31 aug. a grade of 3 EC from an exam on 25 august came in "
        "yesterday. fine?",
        date(2027, 9, 15),
    )
    assert "you had 30 EC then: enough, and the page says no action is required" in entered
    assert "2028" not in entered


def test_a_first_year_student_who_started_this_september_failed_no_check(assembly: Assembly) -> None:
    """Audit 14, item 3: "I'm a first-year student, started this september ... 3 EC" on 25 September
    got "27 EC short" at the 31 August 2027 check and the IND; their first check is 31 August 2028."""
    for today, question in (
        (
            date(2027, 9, 25),
            "I'm a first-year student, started this september, and I already have 3 EC. on track?",
        ),
        (date(2027, 9, 25), "first year student here. started in september, I have 3 EC. on track?"),
        (date(2027, 10, 5), "I'm in my first year, started in september and have 6 EC. ok?"),
    ):
        text = ask(assembly, question, today)
        assert "By 31 August 2028" in text.split("\n")[0], question
        assert "IND" not in text, question


def test_a_partner_or_skilled_migrant_permit_is_not_the_pages_student_permit(assembly: Assembly) -> None:
    """Audit 14, item 14: a partner permit holder with 20 EC was told "the university must notify the
    IND, which cancels your residence permit"; the page's rule is for students with a student residence
    permit ("If you have a student residence permit, you must make sufficient study progress")."""
    for question in (
        "I have a residence permit as a partner (not a study permit). I got 20 EC last year, started sept "
        "2026. is my permit at risk?",
        "I'm in NL on a partner permit, not a student permit. Do I still need 50% of the EC?",
        "I have a highly skilled migrant permit through my husband, 20 EC last year. does the 30 EC rule "
        "apply?",
    ):
        text = ask(assembly, question, date(2027, 9, 5))
        assert "student residence permit" in text.split("\n")[0], question
        assert "EC short" not in text, question


def test_a_count_before_the_amount_and_the_rules_figures_are_read_as_such(assembly: Assembly) -> None:
    """Audit 14, items 6 and 7: "both of my remaining 4 EC courses" are 8 EC (22 + 8 = 30, enough); the
    30 or 15 EC a student quotes ("for my 30 EC", "30 EC or 15 EC", "my friend says 15 EC is enough") are
    the rule's figures ("30 EC if you started your studies in September"), not EC to come."""
    both = ask(
        assembly,
        "started sept 2026, 22 EC now, if I pass both of my remaining 4 EC courses will I have enough?",
        date(2027, 4, 10),
    )
    assert "If the other 8 EC you mention are still to come: with them you would have 30 EC, enough" in both
    today = date(2027, 6, 20)
    for question, held in (
        ("I did an honours class of 5 EC, do those EC count for my 30 EC residence permit progress?", "5"),
        ("do I need 30 EC or 15 EC if I started in september? I have 10 now", "10"),
        ("I have 12 EC. My friend says 15 EC is enough for the permit, is that right?", "12"),
    ):
        text = ask(assembly, question, today)
        assert text.startswith(f"📌 You have {held} EC. By 31 August 2027"), question
        assert "you mention are still to come" not in text, question


def test_wrong_usis_data_names_the_office_and_a_passed_check_is_no_date_ahead(assembly: Assembly) -> None:
    """Audit 14, items 15 and 18: "uSis is missing 6 EC of mine" got only the check date; the page says
    "contact your Education Administration Office before 1 July". "today is the 1st of september ...
    29 EC" listed the 31 August 2027 check under "Dates ahead"."""
    missing = ask(
        assembly, "uSis is missing 6 EC of mine, the check is in august. what should I do?", date(2027, 7, 20)
    )
    assert "contact your Education Administration Office before 1 July" in missing
    assert "1 July 2027, has passed" in missing
    said = ask(
        assembly,
        "today is the 1st of september. I finished with 29 EC for my first year (started sept 2026). Is my "
        "permit gone?",
        date(2027, 9, 1),
    )
    assert said.startswith("⚠️ By 31 August 2027, the date of the check, you had 29 of the 30 EC required")
    assert "Dates ahead" not in said


def test_project_and_assisting_amounts_are_each_their_own(assembly: Assembly) -> None:
    """Audit 14, items 10 and 11: "a 4 EC project and also assist someone for 2 EC" read the 4 as the
    assisting's and ignored the 5 EC cap ("Maximally 5 elective credits can be obtained through project
    work"); "I assisted a friend last year for 2 EC. now another friend asks me to help him too" is a
    second assisting ("A student can be the assisting and assisted party only once")."""
    both = ask(assembly, "can I do a 4 EC project and also assist someone for 2 EC?", date(2026, 11, 27))
    assert "⚠️ Can count for 1 EC of the 2 EC of project work" in both
    again = ask(
        assembly,
        "I assisted a friend last year for 2 EC. now another friend asks me to help him too, can I get 2 "
        "more EC?",
        date(2026, 11, 27),
    )
    assert again.startswith(
        "❌ This project work cannot count. You have already assisted another student once"
    )


def test_only_an_amount_after_a_course_verdict_varies_the_course(assembly: Assembly) -> None:
    """Audit 14, item 8: "and if it is only 4 EC?" after a 6 EC level 300 course got "You have 4 EC ...
    30 EC in all"; it is the course again at 4 EC, within "Maximally 5 elective credits ... (level 300
    at Leiden University)"."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("can I take a 6 EC level 300 course at leiden?")
    chat.send("and if it is only 4 EC?")
    assert chat.text.startswith("⚠️ Can count for 4 EC (within the cap below 400)")


def test_bare_more_and_another_after_a_progress_verdict_are_ec(assembly: Assembly) -> None:
    """Audit 14, item 9: after 20 EC, "and if I get 5 more instead?" got the project cap and "and with
    another 5?" the 5.5 rule; after a February start with 3 EC, "and if only 10?" got general advice.
    They are EC to come ("30 EC if you started your studies in September", "15 EC ... in February")."""
    chat = Transcript(assembly.conversation, date(2027, 4, 1))
    chat.send("started sept 2026, I have 20 EC")
    chat.send("and if I get 5 more instead?")
    assert "If the other 5 EC you mention are still to come: with them you would have 25 EC, still 5 EC" in (
        chat.text
    )
    chat.send("and with another 5?")
    assert (
        "If the other 10 EC you mention are still to come: with them you would have 30 EC, enough"
        in chat.text
    )
    february = Transcript(assembly.conversation, date(2027, 3, 10))
    february.send("I started in february 2027. I have 3 EC so far.")
    february.send("what if I get 12?")
    february.send("and if only 10?")
    assert "with them you would have 13 EC, still 2 EC short of the 15 EC" in february.text


def test_set_zy_a_valid_reason_a_list_of_halves_and_a_first_period_short(assembly: Assembly) -> None:
    """Set ZY: circumstances "were a valid reason" is a positive decision, never an appeal time ("In
    this case, the university will not report your insufficient study progress to the IND"); "3
    external courses of 2.5, 2.5 and 5 EC" are 9 EC ("will always round downward"); a February starter
    short at the first check hears of the decision and the IND."""
    today = date(2026, 11, 25)
    valid = ask(
        assembly,
        "Hi, I got an email from the Board of Examiners on 28 August saying my circumstances were a valid "
        "reason. is there a follow-up step?",
        today,
    )
    assert valid.startswith("The university will not report your insufficient progress to the IND")
    assert "appeal" not in valid
    halves = ask(
        assembly,
        "I'm taking 3 external courses of 2.5, 2.5 and 5 EC. How many EC will Leiden register?",
        today,
    )
    assert "So at most 9 EC in all can count" in halves
    short = ask(
        assembly,
        "hey so i started in feb 2026 and by the end of august i had 12 ec. in september i got an email from "
        "the board of examiners. does this mean my permit is gone??",
        today,
    )
    assert "at least 3 EC short" in short
    assert (
        "the university must notify the IND, unless that decision accepts exceptional circumstances" in short
    )


def test_audit14_an_approved_level_300_course_is_not_cut_for_a_new_kabk_course(assembly: Assembly) -> None:
    """Audit 14, 12: "Of these 5 credits, maximally 3 can be obtained at introductory level": the 3 EC
    level 300 course already approved uses 3 of the 5 EC, so the new KABK course gets at most 2."""
    text = ask(
        assembly,
        "I already have a 3 EC level 300 course approved. now I want a KABK introductory course of 3 EC. "
        "how much counts?",
        date(2026, 11, 27),
    )
    assert text.startswith("Taking as already counted what you say you have used: 3 EC at level 300.")
    assert "At most 2 EC of its 3 EC fit the cap below 400" in text
    assert "Can count for 3 EC" not in text


def test_audit14_a_kabk_master_course_is_given_no_level_the_page_does_not_give(assembly: Assembly) -> None:
    """Audit 14, 13: the translation names first-year bachelor and KABK introductory courses ("KABK
    ‘Introductory courses’ are level 100"), never a master's course: no level 100, no level 400."""
    for question in ("Is a master 1st year course at KABK level 400?", "what level is a KABK master course"):
        text = ask(assembly, question, date(2026, 11, 27))
        assert text.startswith("The page gives no level for a master's course at the KABK"), question
        assert "count as level 100" not in text


def test_audit14_starting_a_course_while_the_petition_is_pending_is_not_detail_g(assembly: Assembly) -> None:
    """Audit 14, 16: "Permission for elective courses must always be requested before the start of the
    course": the page sets when to ask, not when the decision comes, and gives no meeting dates."""
    text = ask(assembly, "can I start the course while my petition is still pending?", date(2026, 11, 27))
    assert text.startswith("The page asks that you request permission before the course starts")
    assert "ask the coordinator" in text
    assert "Detail g" not in text


def test_audit15_a_part_of_the_total_is_told_apart_never_multiplied(assembly: Assembly) -> None:
    """Audit 15, 1-4: "5 of them are from an extracurricular course" is a part of 30, never 5 times
    30; whether it counts, the pages do not say ("on the basis of the data in uSis"), so no ✅ over
    it; "6 of which are still waiting to be graded" are not obtained yet; "of which 4 are from last
    year" leaves 20 this year ("30 EC if you started your studies in September (period 1 September
    till 31 August)"); an elective "not approved" may not count either."""
    today = date(2027, 6, 1)
    extra = ask(
        assembly,
        "I have 30 EC but 5 of them are from an extracurricular course. do they count for my "
        "residence permit?",
        today,
    )
    assert "150" not in extra and "✅" not in extra
    assert (
        "I've counted 25 of your 30 EC: whether the other 5 EC count for the check, the pages don't say"
        in extra
    )
    graded = ask(assembly, "I have 30 EC, 6 of which are still waiting to be graded. enough?", today)
    assert graded.startswith("🕒 With the 6 EC you are waiting for, you would have 30 EC")
    last_year = ask(assembly, "I have 24 EC of which 4 are from last year. ok?", today)
    assert last_year.startswith("📌 You have 20 EC.") and "10 EC more" in last_year
    rejected = ask(
        assembly,
        "I have 32 EC, started sept 2026, but my 6 EC elective was not approved by the exam board. "
        "am I still fine?",
        today,
    )
    assert "✅" not in rejected and "I've counted 26 of your 32 EC" in rejected


def test_audit15_too_late_after_wrong_usis_data_keeps_its_passed_date(assembly: Assembly) -> None:
    """Audit 15, 5: "contact your Education Administration Office before 1 July to have this
    corrected": "is it too late?" after it asks of that date, never the pending-credits rule."""
    chat = Transcript(assembly.conversation, date(2027, 7, 5))
    chat.send("my grade of 6 EC in usis is wrong, it shows a fail but I passed. what do I do?")
    chat.send("is it too late?")
    assert "This year's date, 1 July 2027, has passed" in chat.text
    assert "no action is required" not in chat.text


def test_audit15_grades_not_in_usis_yet_after_ec_held_are_pending_on_top(assembly: Assembly) -> None:
    """Audit 15, 6: "If you think you will have sufficient credits by 31 August but you are waiting
    for credits to be entered into uSis, no action is required": 24 held and 6 to be entered."""
    chat = Transcript(assembly.conversation, date(2027, 7, 10))
    chat.send("I have 24 ec, started sept 2026. its july. what now")
    chat.send("my grades for 6 EC are not in usis yet")
    assert "With the 6 EC you are waiting for, you would have 30 EC" in chat.text
    assert "You have 6 EC" not in chat.text


def test_audit15_follow_ups_named_by_the_last_answer_stay_with_it(assembly: Assembly) -> None:
    """Audit 15, 7 and 8: "what steps?" after the personal circumstances are their steps ("Take the
    following steps before 1 July: Request a 'statement of hindrance'"), and "before when?" their
    date; "who writes the report?" after educational circumstances is the study adviser ("Your
    study adviser will help you write a report"), never the statement of hindrance."""
    board = Transcript(assembly.conversation, date(2027, 3, 15))
    board.send(
        "I'm on the board of a student association this year and it takes all my time. I have 12 EC. "
        "does that count as a circumstance?"
    )
    board.send("what steps?")
    assert "statement of hindrance" in board.text and "uSisHelp" not in board.text
    board.send("before when?")
    assert "before 1 July 2027" in board.text and "Always before the course starts" not in board.text
    teacher = Transcript(assembly.conversation, date(2027, 4, 10))
    teacher.send("a teacher cancelled a course i needed so i couldnt get 6 EC. what can I do")
    teacher.send("who writes the report?")
    assert "Your study adviser helps you write a report" in teacher.text
    assert "with the request form" not in teacher.text  # the personal circumstances' statement


def test_audit15_a_story_before_a_short_question_is_understood(assembly: Assembly) -> None:
    """Audit 15, 9, 10 and 12: "Take the following steps before 1 July" (on 1 July, a family
    emergency gets the steps and that the date has passed); 24 EC and a 6 EC course finishing in
    August ("30 EC if you started your studies in September"); an exam done with its result to come
    is the pending-credits rule, not wrong uSis data."""
    family = ask(
        assembly,
        "my mom got very sick in april and i had to fly home, I have 20 EC. can I still report it today?",
        date(2027, 7, 1),
    )
    assert "statement of hindrance" in family and "1 July 2027, has passed" in family
    course = ask(
        assembly,
        "I passed 24 EC, my thesis-prep course of 6 EC finishes 20 august. will I make it?",
        date(2027, 6, 20),
    )
    assert "with them you would have 30 EC, enough, if you obtain them by 31 August 2027" in course
    exam = ask(
        assembly,
        "I have 26 EC, I did my last exam of 5 EC on 10 July, result in 3 weeks. do I need to do anything?",
        date(2027, 7, 15),
    )
    assert "waiting for them to be entered into uSis, no action is required" in exam
    assert "uSis data is incorrect" not in exam


def test_audit15_the_permit_after_circumstances_in_march_is_said_under_its_condition(
    assembly: Assembly,
) -> None:
    """Audit 15, 13: in March nothing has been notified ("Leiden University checks that you have met
    the study progress requirement by 31 August"): the IND consequence is said as what follows a
    negative decision, never as what happens now."""
    chat = Transcript(assembly.conversation, date(2027, 3, 10))
    chat.send(
        "I had a burnout last year and the board accepted it, and now the burnout came back and I have "
        "only 10 EC. will they accept it again?"
    )
    chat.send("so what happens to my permit?")
    assert not chat.text.startswith("Leiden University notifies the IND")
    assert "After a negative decision" in chat.text or "31 August 2027" in chat.text


def test_audit15_resizing_the_asked_course_or_the_project_keeps_the_rest(assembly: Assembly) -> None:
    """Audit 15, 15 and 16: "and what if it's 2 EC?" resizes the level 300 course asked about, after
    3 EC at level 200 used ("Maximally 5 elective credits can be obtained at advanced level"); a 6 EC
    project fills "Maximally 5 elective credits ... through project work", so the 2 EC of assisting
    cannot come on top; "and if the project is 3?" is 3 + 2 = 5."""
    courses = Transcript(assembly.conversation, date(2026, 11, 27))
    courses.send("I already did 3 EC level 200. Can I also take a 3 EC level 300 course?")
    courses.send("and what if it's 2 EC?")
    assert courses.text.startswith("Taking as already counted what you say you have used: 3 EC at level 200.")
    assert "The 5 EC below level 400 are then used" in courses.text
    projects = Transcript(assembly.conversation, date(2026, 11, 27))
    projects.send("I want to do a 6 EC project and also assist someone for 2 EC")
    assert "Your own project work counts for 5 EC, all 5 EC allowed for project work" in projects.text
    projects.send("and if the project is 3?")
    assert "With the 2 EC for assisting, that makes 5 EC of project work in all" in projects.text


def test_audit15_what_to_do_a_valid_reason_and_a_february_what_if(assembly: Assembly) -> None:
    """Audit 15, 18-21: "what exactly should I do and by when?" after the IND consequences is what to
    do before 1 July ("Take the following steps before 1 July"); circumstances the Board found "a
    valid reason" need a study plan ("you must make an appointment ... to draw up a study plan");
    "started in feb 2027. what if I get 12?" is 3 EC short of "15 EC if you started your studies in
    February"; "what if i dont?" after two exams to come is the EC held alone, short."""
    ill = Transcript(assembly.conversation, date(2027, 4, 4))
    ill.send(
        "I got 0 EC in my first semester because of depression, I have a doctor's note. "
        "will the IND cancel my permit?"
    )
    ill.send("what exactly should I do and by when?")
    assert "before 1 July 2027" in ill.text and "This academic year's check" not in ill.text
    valid = ask(
        assembly, "the board decided my circumstances were a valid reason. what now?", date(2027, 9, 10)
    )
    assert "draw up a study plan" in valid
    february = ask(assembly, "started in feb 2027. what if I get 12?", date(2027, 2, 20))
    assert "you will be 3 EC short of the 15 EC you need by then" in february
    exams = Transcript(assembly.conversation, date(2027, 6, 15))
    exams.send("hi i started in february 2027 and i have 10 EC now, am i ok?")
    exams.send("and if I pass 2 more exams of 3 EC each?")
    exams.send("what if i dont?")
    assert "If you end up with 10 EC by 31 August 2027" in exams.text and "5 EC short" in exams.text


def test_audit15_only_part_of_the_pending_ec_coming_in(assembly: Assembly) -> None:
    """Audit 15, 11: "and if only 6 of those come in?" after 18 EC held and 12 waiting is 24 of the
    "30 EC if you started your studies in September": 6 EC short, never the level 300 cap."""
    chat = Transcript(assembly.conversation, date(2027, 6, 10))
    chat.send("started sep 2026. 18 EC in usis + waiting for 12 EC of grades. enough?")
    chat.send("and if only 6 of those come in?")
    assert "with them you would have 24 EC, still 6 EC short of the 30 EC" in chat.text
    assert "level 300" not in chat.text


def test_audit15_who_to_send_a_project_proposal_to_is_the_board(assembly: Assembly) -> None:
    """Audit 15, 17: "for elective projects students have to send in a proposal to the Board instead of
    submitting a petition via uSis": "who do I send it to?" after a project verdict is the Board,
    never the coordinator who receives proof of a grade."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("can my elective project be 5 EC and do I submit a petition in usis?")
    chat.send("who do I send it to?")
    assert "send a proposal to the Media Technology Board" in chat.text
    assert "proof of your result" not in chat.text


def test_set_zz_assisting_a_friends_graduation_project_after_a_full_project_cap(assembly: Assembly) -> None:
    """Set ZZ: 5 EC of project work last year, then "help with the hardware of her graduation project
    for 2 EC": "Maximally 5 elective credits can be obtained through project work", so none."""
    text = ask(
        assembly,
        "Hi, I'm in my second year and already got 5 EC for project work last year building a VR thing as an "
        "elective. Now a friend asks me to help with the hardware of her graduation project for 2 EC. Can I "
        "still get credits for that?",
        date(2026, 11, 25),
    )
    assert "so the 2 EC for assisting can't count on top of it" in text


def test_audit14_a_numeric_date_that_reads_either_way_says_how_it_was_read(assembly: Assembly) -> None:
    """Audit 14, 4 (still open in audit 15): "within 6 weeks of the date of the decision": 09/01/2027
    is 9 January day first, 1 September month first; the reply says which it took and how to say
    the other, so a live appeal is never silently declared expired."""
    text = ask(
        assembly, "the decision is dated 09/01/2027, when is the last day for appeal?", date(2027, 9, 10)
    )
    assert "I've read 09/01/2027 as 9 January 2027, day first" in text
    assert "If you meant 1 September 2027, write the month in words" in text


def test_audit14_courses_still_to_come_are_not_waiting_for_usis(assembly: Assembly) -> None:
    """Audit 14, 33: "12 EC more are coming: two courses of 6" in April are courses still to pass, not
    "waiting for credits to be entered into uSis": no 🕒, and the 30 EC only if obtained by 31 August."""
    text = ask(
        assembly,
        "started sept 2026, I have 18 EC and 12 EC more are coming: two courses of 6. enough?",
        date(2027, 4, 10),
    )
    assert text.startswith("📌 You have 18 EC.")
    assert "with them you would have 30 EC, enough, if you obtain them by 31 August 2027" in text


def test_audit16_the_course_already_done_is_the_one_said_after_if_i_already_did(assembly: Assembly) -> None:
    """Audit 16, 1: "a level 100 course of 2 EC if I already did a level 300 course of 4 EC": the
    level 300 one is used ("Maximally 5 elective credits can be obtained at advanced level"), so 1 EC
    of the new course fits, never 3 of the 4."""
    text = ask(
        assembly,
        "how many EC can i get for a level 100 course of 2 EC if I already did a level 300 course of 4 EC?",
        date(2026, 11, 27),
    )
    assert text.startswith("Taking as already counted what you say you have used: 4 EC at level 300.")
    assert "At most 1 EC of its 2 EC fit the cap below 400" in text


def test_audit16_no_tick_over_ec_still_to_earn_or_a_half_credit(assembly: Assembly) -> None:
    """Audit 16, 2 and 3: EC "from a project I'm still working on", "including 6 from a course whose
    exam is next week" or "6 EC exam on 20 June" are still to come ("checks ... by 31 August ... on
    the basis of the data in uSis"); a 7.5 EC course in a total of 30 counts 7 ("7.5 EC becomes 7
    EC"): no ✅."""
    today = date(2027, 6, 10)
    for question in (
        "started sept 2026. I have 30 EC, 5 of them from a project I'm still working on. am I safe?",
        "started sept 2026, I have 30 EC, including 6 from a course whose exam is next week. fine?",
        "started sept 2026. 30 EC total: 24 done and in uSis, 6 EC exam on 20 June. ok for the IND?",
    ):
        text = ask(assembly, question, today)
        assert "✅" not in text, question
        assert "if you obtain them by 31 August 2027" in text, question
    halves = ask(
        assembly,
        "I have 30 EC, started September 2026, but one of the courses was 7.5 EC at the UvA. "
        "Enough for my permit?",
        today,
    )
    assert "✅" not in halves and "the 30 EC you mention count as 29 EC" in halves


def test_audit16_a_long_family_story_before_1_july_gets_the_steps(assembly: Assembly) -> None:
    """Audit 16, 4: "In the case of exceptional family circumstances, also make an appointment with a
    student counsellor", "Take the following steps before 1 July": never a verdict on assisting."""
    text = ask(
        assembly,
        "Hi, sorry for the long message, I really don't know where else to ask. I started the master in "
        "September 2025. In February my father had a heart attack and I flew home for five weeks to help my "
        "mother with everything at home. Because of that I failed two exams and right now uSis shows 21 EC. "
        "I also did a project with the Media Technology board that is 3 EC, it is finished but not "
        "registered yet. I'm really worried about my visa. is it still possible to report my father's "
        "situation, and what exactly do I have to do?",
        date(2026, 6, 25),
    )
    assert "statement of hindrance" in text and "before 1 July 2026" in text
    assert "assisted" not in text


def test_audit16_a_grade_after_a_course_verdict_is_no_course_size(assembly: Assembly) -> None:
    """Audit 16, 5: "the final grade is rounded to 5": "what if the grade is 5.5?" keeps the 7.5 EC
    course (7 EC at most), never a course of 5.5 EC."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("does a 7.5 EC master course at the UvA count?")
    chat.send("what if the grade is 5.5?")
    assert "it is rounded to 5" in chat.text and "5.5 EC is rounded down" not in chat.text


def test_audit16_exams_still_to_sit_and_wrong_or_missing_usis_data(assembly: Assembly) -> None:
    """Audit 16, 6-8: EC of an exam on 30 June or a resit in August are still to come, not "waiting
    for credits to be entered into uSis"; a course "wrongly shown as failed" and a grade uSis is
    "missing" are incorrect uSis data ("contact your Education Administration Office before 1 July
    to have this corrected"), never "You have 5 EC"."""
    today = date(2027, 6, 10)
    for question in (
        "started sept 2026. 26 EC in uSis and I'm waiting for 4 more, the exam is on 30 June. enough?",
        "started september 2026, I have 26 EC and 4 EC pending from my resit in August. am I ok?",
    ):
        text = ask(assembly, question, today)
        assert text.startswith("📌 You have 26 EC."), question
        assert "if you obtain them by 31 August 2027" in text, question
    for question in (
        "started sept 2026, 25 EC in uSis, and one 5 EC course is wrongly shown as failed. what do I do?",
        "my uSis is missing a 5 EC grade from January, I have 25 showing. Can I still get it fixed? "
        "started sept 2026",
    ):
        text = ask(assembly, question, today)
        assert "contact your Education Administration Office before 1 July" in text, question
        assert "You have 5 EC" not in text, question


def test_audit16_numbers_given_beside_usis_are_worked_out(assembly: Assembly) -> None:
    """Audit 16, 11: "30 EC if you started your studies in September", checked "by 31 August": "uSis
    says 18 EC" with 10 EC of exams to come is 28 at most; 23 EC in uSis and a 7.5 EC UvA course
    to come is 30 ("7.5 EC becomes 7")."""
    today = date(2027, 5, 20)
    says = ask(
        assembly,
        "Started Sept 2026. uSis says 18 EC. I have exams in June worth 10 EC. Will I make it?",
        today,
    )
    assert "with them you would have 28 EC, still 2 EC short of the 30 EC" in says
    uva = ask(
        assembly,
        "Hi! I have 23 EC in uSis (started sept 2026) and I'm taking a 7.5 EC master course at the UvA that "
        "ends in July. Will that get me to 30?",
        today,
    )
    assert "are registered in uSis by 31 August 2027, you would have 30 EC" in uva


def test_audit16_a_further_course_keeps_the_ec_used_below_400(assembly: Assembly) -> None:
    """Audit 16, 9: "Maximally 5 elective credits can be obtained at advanced level": after 3 EC at
    level 200 and 2 of a 4 EC level 300 course, a 2 EC level 100 course "after that" fits nothing;
    "a level 300 of 2 EC instead" of a second level 200 course uses the last 2 EC."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send(
        "Hi! I already did a 3 EC level 200 course as elective. Now I want to add a level 300 course "
        "of 4 EC. Is that ok?"
    )
    chat.send("and a 2 EC level 100 one after that?")
    assert "❌ Does not count as an elective." in chat.text
    assert "You have already used the 5 EC allowed below level 400" in chat.text
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("I already did a 3 EC level 200 course. Can I do a 2 EC level 200 course too?")
    chat.send("ok and what about a level 300 of 2 EC instead?")
    assert "Taking as already counted what you say you have used: 3 EC at level 200." in chat.text
    assert "The 5 EC below level 400 are then used" in chat.text
    assert "Still free below level 400 after this: 3 EC" not in chat.text


def test_audit16_an_artscience_upgrade_asked_after_the_first_week(assembly: Assembly) -> None:
    """Audit 16, 10: "It is the student's responsibility to discuss/initiate the level-upgrade option
    prior to starting the course": asked after the first week, the Lab counts as the 3 EC of a
    course that started without permission, never "Can count for 6 EC"."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("Hi! I want to take a 6 EC ArtScience Lab at KABK. does it count?")
    chat.send("and if I ask the teacher for the upgrade after the first week?")
    assert "Can count for 6 EC" not in chat.text
    assert "Permission must be requested before a course starts" in chat.text
    assert "If it can still count: at most 3 EC." in chat.text


def test_audit16_a_half_credit_course_in_a_progress_question_is_progress(assembly: Assembly) -> None:
    """Audit 16, 12: the check is "on the basis of the data in uSis", and a course elsewhere reaches
    it only after "this proof was accepted": 24 EC in uSis and a 7.5 EC TU Delft course is a
    progress verdict with the proof to send, never "no action is required"; a list of courses
    beside a start of studies is EC held, each course rounded down (29, 1 EC short)."""
    today = date(2027, 5, 20)
    delft = ask(
        assembly,
        "Started Sept 2026. uSis shows 24 EC, plus a 7.5 EC course from TU Delft I finished, still need to "
        "send the transcript to the coordinator. Enough for the permit?",
        today,
    )
    assert delft.startswith("📌 You have 24 EC.")
    assert "(as 7 EC: half credits are rounded down) are registered in uSis by 31 August 2027" in delft
    assert "Send proof of your grade" in delft and "no action is required" not in delft
    june = date(2027, 6, 10)
    listed = ask(assembly, "my courses: 6, 6, 5, 7.5 and 5.5 EC, started september 2026. is that 30?", june)
    assert listed.startswith("📌 You have 29 EC.") and "you need 30 EC in all: 1 EC more" in listed


def test_audit17_a_total_with_this_years_part_is_never_a_tick(assembly: Assembly) -> None:
    """Audit 17, 1-2: "30 EC if you started your studies in September (period 1 September till 31
    August)": 45 EC of which 20 are this year's leave 10 to earn by 31 August 2027, never "✅ You
    have the 30 EC"; said in October, the 25 before were the year just checked."""
    november = ask(
        assembly,
        "second-year student: uSis shows 45 EC, of which 20 from this academic year. on track?",
        date(2026, 11, 20),
    )
    assert november.startswith("📌 You have 20 EC.") and "30 EC in all: 10 EC more" in november
    october = ask(
        assembly,
        "I'm in my second year, have 45 EC total, 20 of them this year. need 30?",
        date(2026, 10, 10),
    )
    assert october.startswith("📌 You have 20 EC.") and "✅" not in october
    assert "checked on 31 August 2026: 25 of the 30 EC required, 5 EC short" in october


def test_audit17_courses_counted_by_size_are_read_as_said(assembly: Assembly) -> None:
    """Audit 17, 3, 5, 7: "14 EC now and 3 courses left of 6 EC each" is 14 held and 18 to come (26
    if one fails); "passed 3 courses of 6 EC each and 1 of 5 EC" is 23 held; a course "failed" is
    neither held nor to come (5 held, 15 to come: 10 short even if all pass)."""
    chat = Transcript(assembly.conversation, date(2027, 3, 1))
    chat.send("started sept 2026. I have 14 ec now and 3 courses left this year of 6 ec each. enough?")
    assert (
        chat.text.startswith("📌 You have 14 EC.") and "with them you would have 32 EC, enough" in chat.text
    )
    chat.send("and if I fail one of them?")
    assert "with them you would have 26 EC, still 4 EC short of the 30 EC" in chat.text
    passed = ask(
        assembly,
        "started sept 2026, passed 3 courses of 6 EC each and 1 of 5 EC so far. enough for permit?",
        date(2027, 4, 10),
    )
    assert passed.startswith("📌 You have 23 EC.") and "30 EC in all: 7 EC more" in passed
    failed = ask(
        assembly,
        "I started the master this September. I only passed one course of 5 EC and failed another of 5 EC. "
        "Period 2 has 3 courses of 5 EC each. How many EC do I still need?",
        date(2026, 11, 27),
    )
    assert failed.startswith("📌 You have 5 EC.")
    assert "with them you would have 20 EC, still 10 EC short of the 30 EC" in failed


def test_audit17_a_course_added_beside_a_kabk_course_shares_the_caps(assembly: Assembly) -> None:
    """Audit 17, 4: "KABK 'Introductory courses' are level 100" and "maximally 3 can be obtained at
    introductory level": a level 200 course (or a first-year ArtScience course) "also", "too" or
    "as well" beside a 3 EC KABK course is judged with it, never "all 2 EC fit"."""
    for follow_up in (
        "and also a level 200 leiden course of 2 EC?",
        "and a first year artscience bachelor course of 2 ec too?",
        "and a KABK first year course of 2 ec as well?",
    ):
        chat = Transcript(assembly.conversation, date(2026, 11, 27))
        chat.send("KABK introductory course 3 ec, can I use it?")
        chat.send(follow_up)
        assert "Together at most 3 EC of these 5 EC can count" in chat.text, follow_up


def test_audit17_what_to_do_after_the_deadline_to_report_offers_the_steps(assembly: Assembly) -> None:
    """Audit 17, 6 and 12: "Take the following steps before 1 July: Request a 'statement of
    hindrance'": on 30 June, "what do I need to do exactly?" after the deadline offers the steps
    for each kind of circumstances, never the 31 August check; "what now?" after a negative
    decision is the appeal ("within 6 weeks of the date of the decision")."""
    chat = Transcript(assembly.conversation, date(2026, 6, 30))
    chat.send("today is the last day? I want to report my depression for hindrance")
    chat.send("what do I need to do exactly?")
    assert "31 August 2026" not in chat.text
    assert chat.buttons == ["Steps for personal circumstances", "Educational circumstances"]
    chat.press("Steps for personal circumstances")
    assert "request a ‘statement of hindrance’" in chat.text and "today is the last day" in chat.text
    chat = Transcript(assembly.conversation, date(2026, 9, 20))
    chat.send(
        "The board of examiners decided my illness was not a valid reason. what happens with my permit?"
    )
    chat.send("what now?")
    assert "within 6 weeks of the date of the decision" in chat.text


def test_audit17_this_years_part_said_after_the_total_revises_the_verdict(assembly: Assembly) -> None:
    """Audit 17, 8: "I have 45 EC in total" and then "and this year I have 20 of them": 20 this
    year (10 more by 31 August 2027) and the year just checked had 25, 5 short, never the tick."""
    chat = Transcript(assembly.conversation, date(2026, 10, 10))
    chat.send("I have 45 EC in total. I started in september 2025")
    chat.send("and this year I have 20 of them")
    assert chat.text.startswith("📌 You have 20 EC.") and "30 EC in all: 10 EC more" in chat.text
    assert "checked on 31 August 2026: 25 of the 30 EC required, 5 EC short" in chat.text


def test_audit17_a_premasters_follow_ups_keep_the_premaster(assembly: Assembly) -> None:
    """Audit 17, 10 and audit 16, 13: "Premaster students must complete their entire premaster
    programme within 1 year (or 1 semester for short premaster programmes)": "and if it started in
    February?" and "and if I don't?" after a short premaster are the premaster's rule, never the
    master's 15 EC or the 31 August check."""
    chat = Transcript(assembly.conversation, date(2027, 1, 20))
    chat.send("when is the check for a short premaster started in september?")
    chat.send("and if it started in february?")
    assert chat.text.startswith("Premaster students must complete their entire premaster programme")
    assert "15 EC" not in chat.text
    chat = Transcript(assembly.conversation, date(2027, 1, 15))
    chat.send("I'm in the short premaster, started september 2026, how much do I need to finish and when?")
    chat.send("and if I don't?")
    assert "the check is 31 January 2027, 16 days from today" in chat.text
    assert "31 August 2027" not in chat.text


def test_audit17_honours_ec_inside_a_total_are_set_apart(assembly: Assembly) -> None:
    """Audit 17, 19: honours ECs "do not count towards completing one's curriculum": 23 EC of
    which 5 from an honours course are 18 counted, with the 5 said apart, never 5 "to come"."""
    text = ask(
        assembly,
        "I have 23 EC, 5 of them are from an honours course. started sept 2026. am I ok?",
        date(2027, 4, 10),
    )
    assert text.startswith("📌 You have 18 EC.") and "I've counted 18 of your 23 EC" in text
    assert "still to come" not in text


def test_audit17_a_failed_or_fewer_course_to_come_is_worked_out(assembly: Assembly) -> None:
    """Audit 17, 13 and 28: "30 EC ... (period 1 September till 31 August)": 28 EC and a 4 EC exam
    not yet graded, then "and if the grade is a fail?", is 28, 2 short; 14 EC and 18 to come "from
    3 courses", then "and if I fail one?", is 26, 4 short."""
    chat = Transcript(assembly.conversation, date(2026, 9, 5))
    chat.send(
        "uSis showed 28 EC on 31 August, but my exam of 25 august (4 EC) still isn't graded. started sept "
        "2025. do I need to do anything?"
    )
    chat.send("and if the grade is a fail?")
    assert "you had 28 of the 30 EC required: 2 EC short" in chat.text
    chat = Transcript(assembly.conversation, date(2027, 3, 1))
    chat.send(
        "I have 14 EC and still 18 EC to come from 3 courses this year, started september 2026. enough?"
    )
    chat.send("and if I fail one?")
    assert "with them you would have 26 EC, still 4 EC short of the 30 EC" in chat.text


def test_audit17_follow_ups_keep_their_topic(assembly: Assembly) -> None:
    """Audit 17, 14, 16, 17: "via usis?" after the project answer is that answer again ("instead of
    submitting a petition via uSis"); "and if I take two of them?" after a 2.5 EC course is two
    such courses (2 EC each: "will always round downward"); "and if I got 6.5 instead?" after a
    5.5 is another grade, never the project proposal."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("can I do a 6 EC project as elective?")
    chat.send("how do I apply for it?")
    chat.send("via usis?")
    assert chat.text.startswith("Not through uSis.")
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("can I take a 2.5 EC course at delft master level?")
    chat.send("and if I take two of them?")
    assert "2.5 EC becomes 2 EC, 2.5 EC becomes 2 EC. So at most 4 EC in all can count" in chat.text
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("course at UvA is 6 EC level 400 and I got 5.5. counts?")
    chat.send("and if I got 6.5 instead?")
    assert "Can count for 6 EC" in chat.text and "proposal" not in chat.text


def test_a_second_question_in_one_message_is_answered_beneath_the_first(assembly: Assembly) -> None:
    """Set Y1 and audit 16, 17: a message that asks two things gets both: the explanation field's
    seven details beside the link detail ("important, otherwise the board isn't able to assess your
    petition!"); a sick student's shortfall and the deadline to report ("Take the following steps
    before 1 July"). Never a second answer that contradicts the first ("Do I use uSis?" after an
    own project, which is "instead of submitting a petition via uSis")."""
    today = date(2026, 11, 25)
    field = ask(
        assembly,
        "Hi, I'm filling in the explanation field for my petition right now. What exactly do I need to put "
        "there? Also do I need to add a link to the course or is the description enough?",
        today,
    )
    assert "Detail e: the link to the course description" in field
    assert "You also asked — uSis step 10: the explanation student field" in field
    sick = ask(
        assembly,
        "Its 20 June and I've been sick since march, only have 14 ec (sept starter). Can I still report it "
        "or is it too late? And how short am I?",
        today,
    )
    assert "You also asked — Deadline to report circumstances (1 July)" in sick
    project = ask(
        assembly,
        "I want to do a project of my own instead of a course, how do I get that approved? Do I use uSis?",
        today,
    )
    assert "You also asked" not in project


def test_a_level_said_again_in_a_later_question_pairs_with_no_amount(assembly: Assembly) -> None:
    """Set ZM: "3 compulsory courses of 6 EC each ... a 5 EC level 300 course ... a 7.5 EC master
    course ... is the level 300 course even allowed?" was "The level 300 course of 18 EC": the
    level asked about again is no third course's; the electives are the 5 and the 7.5 EC ("7.5 EC
    becomes 7 EC")."""
    text = ask(
        assembly,
        "Hi! sorry for the long message. I started MT in September 2026 and I'm on a student permit from "
        "India. This semester I have 3 compulsory courses of 6 EC each, and in semester 2 I want to add a "
        "5 EC level 300 course at Leiden and a 7.5 EC master course at Erasmus. If I pass everything, will I "
        "reach the permit minimum? And is the level 300 course even allowed?",
        date(2026, 11, 25),
    )
    assert "18 EC" not in text
    assert "1. The level 300 course of 5 EC" in text and "2. The level 400 course of 7.5 EC" in text
    assert "You also asked — Sufficient study progress" in text


def test_audit16_help_given_about_3_ec_beside_an_own_3_ec_project(assembly: Assembly) -> None:
    """Audit 16, 15: "a maximum of 2 EC for helping another student" within "Maximally 5 elective
    credits ... through project work": 3 EC of help "for his graduation project, about 3 EC of work"
    beside an own 3 EC project is 2 + 3 = 5 EC, never "At most 2 EC" alone."""
    text = ask(
        assembly,
        "Hey, I helped a friend with the arduino programming for his graduation project, about 3 EC of work. "
        "And I also want to do my own 3 EC project. How many EC do I get?",
        date(2026, 11, 27),
    )
    assert "Can count for 3 EC of project work" in text
    assert "Of the 3 EC for assisting, at most 2 EC can count; with them, that makes 5 EC" in text


def test_audit16_who_do_i_tell_after_a_hindrance_story_keeps_to_reporting(assembly: Assembly) -> None:
    """Audit 16, 14: "who do I tell?" after a broken leg and 18 EC on 30 June is about reporting the
    circumstances ("Take the following steps before 1 July"), never the 31 August check."""
    chat = Transcript(assembly.conversation, date(2026, 6, 30))
    chat.send(
        "hi, I broke my leg in May and couldnt do exams, I have 18 EC (started sept 2025). Is it too late "
        "to report?"
    )
    chat.send("who do I tell?")
    assert chat.text.startswith("Take the steps before 1 July")
    assert "today is the last day" in chat.text


def test_audit17_a_date_before_the_students_start_is_no_check_of_theirs(assembly: Assembly) -> None:
    """Audit 17, 20: "started sept 2026", asked on 20 May 2027 "and if the resit grades come after 31
    august?": the check is 31 August 2027, 103 days from today, never 364 days (the 31 August of
    2026 came before the student's start)."""
    chat = Transcript(assembly.conversation, date(2027, 5, 20))
    chat.send(
        "started sept 2026. I have 26 EC, and I failed a 5 EC exam, resit is on 20 august. if I pass the "
        "resit am I ok?"
    )
    chat.send("and if the resit grades come after 31 august?")
    assert "364 days" not in chat.text and "31 August 2027, 103 days from today" in chat.text


def test_audit17_a_course_already_done_named_before_its_amount_is_used(assembly: Assembly) -> None:
    """Audit 17, 32: "already did a level 200 course 3 EC" is used (3 of the 5 EC below level 400),
    not a course to petition "before the course starts"; the level 300 one asked about fits 2 EC."""
    text = ask(
        assembly,
        "already did a level 200 course 3 EC. now want level 300 course 3 EC. ok?",
        date(2026, 11, 27),
    )
    assert text.startswith("Taking as already counted what you say you have used: 3 EC at level 200.")
    assert "At most 2 EC of its 3 EC fit the cap below 400" in text


def test_audit18_ec_used_below_level_400_are_no_level_400_course(assembly: Assembly) -> None:
    """Audit 18, 1: "Maximally 5 elective credits can be obtained at advanced level": "I already used
    my 5 EC below level 400" leaves nothing for a level 300 course, never "5 EC at level 400"."""
    text = ask(
        assembly,
        "I already used my 5 EC below level 400. can I take a level 300 course of 3 EC?",
        date(2026, 11, 27),
    )
    assert "5 EC at level 400" not in text
    assert "You have already used the 5 EC allowed below level 400" in text


def test_audit18_a_february_starters_first_period_is_not_this_years(assembly: Assembly) -> None:
    """Audit 18, 2: "30 EC ... (period 1 September till 31 August)": "in my first period I got 17 EC,
    since september I have 5" is 5 of this year's 30 (25 to go), never 17."""
    text = ask(
        assembly,
        "started february 2026, in my first period I got 17 EC, since september I have 5. am i ok?",
        date(2026, 10, 10),
    )
    assert "From 1 September 2026 you have 5 of these 30 EC: 25 EC to go" in text


def test_audit18_a_short_premaster_is_given_no_1_july_to_report(assembly: Assembly) -> None:
    """Audit 18, 3: "For short premaster programmes that started in September, this is 31 January"; the
    page's "before 1 July" is set for the 31 August check, so no date to report is given for it."""
    text = ask(
        assembly,
        "short premaster started september 2026, I have been ill since october. until when do I report "
        "exceptional circumstances?",
        date(2026, 12, 10),
    )
    assert text.startswith("📅 For a short premaster that started in September, the check is 31 January 2027")
    assert "The page gives no date to report exceptional circumstances for this check" in text
    assert "before 1 July 2027" not in text


def test_audit18_the_check_day_is_no_decisions_date(assembly: Assembly) -> None:
    """Audit 18, 4: "If you have not met the requirements by 31 August, your study programme's Board of
    Examiners will send you an official decision": "had 25 EC on 31 august ... can I appeal?" gets no
    appeal date counted from 31 August, and the IND consequence of falling short."""
    text = ask(
        assembly,
        "I started in september 2026 and had 25 EC on 31 august. I was ill in spring but never reported it. "
        "What happens now? Also can I appeal?",
        date(2027, 9, 20),
    )
    assert "12 October 2027" not in text
    assert "you had 25 of the 30 EC required: 5 EC short" in text and "notify the IND" in text


def test_audit18_a_decision_received_today_dates_the_appeal(assembly: Assembly) -> None:
    """Audit 18, 5: "within 6 weeks of the date of the decision": a decision e-mail received "today (15
    sept)" gives 27 October 2026, and "until when can I appeal?" after it gives the same day."""
    chat = Transcript(assembly.conversation, date(2026, 9, 15))
    chat.send(
        "I got an email from the board of examiners today (15 sept) saying my progress was insufficient, I "
        "had 27 EC. what now?"
    )
    assert "Last day to lodge your appeal: 27 October 2026" in chat.text
    chat.send("until when can I appeal?")
    assert "Last day to lodge your appeal: 27 October 2026" in chat.text


def test_audit18_a_resit_passed_and_courses_to_come_are_counted_as_said(assembly: Assembly) -> None:
    """Audit 18, 8, 13, 14: "30 EC if you started your studies in September": a course failed and
    then passed at its resit is held (18, 12 to go); "and if I fail one of the three?" after 3
    courses of 5 EC to come is 28, 2 short; "and if I pass both?" after 2 exams of 5 EC is 26."""
    passed = ask(
        assembly,
        "started sept 2026. I passed 2 courses of 6 EC and failed one of 6 EC, but I passed the resit in "
        "february. how many EC do I still need?",
        date(2027, 4, 15),
    )
    assert passed.startswith("📌 You have 18 EC.") and "30 EC in all: 12 EC more" in passed
    chat = Transcript(assembly.conversation, date(2027, 4, 15))
    chat.send(
        "I started in september 2026. I passed 3 courses of 6 EC. this semester I follow 3 courses of 5 EC "
        "each, exams in june. how am I doing?"
    )
    chat.send("and if I fail one of the three?")
    assert "with them you would have 28 EC, still 2 EC short of the 30 EC" in chat.text
    chat = Transcript(assembly.conversation, date(2027, 6, 20))
    chat.send(
        "Hi, I am from India, started the master in september 2026. I was sick with dengue for 2 months in "
        "the spring and I only have 16 EC now. I still have 2 exams in June of 5 EC each. what should I do?"
    )
    chat.send("and if I pass both?")
    assert "with them you would have 26 EC, still 4 EC short of the 30 EC" in chat.text


def test_audit18_no_petition_steps_beneath_a_course_that_has_begun(assembly: Assembly) -> None:
    """Audit 18, 15: "Permission for elective courses must always be requested before the start of the
    course": a course that started on 1 December gets no second answer that says "Do it before the
    course starts"."""
    text = ask(
        assembly,
        "my course at Delft started on 1 december. can I still file a petition? and what happens if I don't?",
        date(2026, 12, 1),
    )
    assert "This course started on 1 December 2026" in text
    assert "You also asked — How to file a petition" not in text


def test_audit18_a_course_at_master_level_elsewhere_is_judged_with_its_grade(assembly: Assembly) -> None:
    """Audit 18, 16: "Elective courses must be at master level": a 7.5 EC UvA course "at master level"
    with a 5.5 is judged (the 5.5 "is not accepted", at most 7 EC), never "tell me the level too"."""
    text = ask(
        assembly, "Does a 7.5 EC course at the UvA at master level count? I got a 5.5", date(2026, 11, 27)
    )
    assert "tell me the level" not in text
    assert "it is rounded to 5" in text and "at most 7 EC" in text


def test_audit18_educational_circumstances_are_no_statement_of_hindrance(assembly: Assembly) -> None:
    """Audit 18, 6: for educational circumstances "Contact your study adviser to discuss the
    circumstances"; the statement of hindrance is the route for personal ones, and the answer says so."""
    text = ask(
        assembly,
        "a compulsory course was cancelled by the programme this semester so I will miss 6 EC. what can I "
        "do?",
        date(2027, 4, 1),
    )
    assert "contact your study adviser" in text
    assert "the statement of hindrance is the route for personal ones" in text


def test_two_resits_of_5_ec_each_are_10_ec_to_come(assembly: Assembly) -> None:
    """Checked as a student on 27 November: "and if i pass the 2 resits in january, 5 ec each?" after
    9 EC held is 10 EC to come (19 in all, 11 short of "30 EC"), never 5 ("resits" reads as "resit")."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send(
        "started the msc in sept 2026. my dad was in hospital so i missed 2 exams. now i only have 9 ec."
    )
    chat.send("and if i pass the 2 resits in january, 5 ec each?")
    assert "If the other 10 EC you mention are still to come: with them you would have 19 EC" in chat.text


def test_audit19_an_honours_course_beside_another_never_counts(assembly: Assembly) -> None:
    """Audit 19, 1: honours courses "cannot be used as electives", also when another course is named
    beside them: "All 11 EC can count" was untrue; the honours one is judged ❌ and the other counts."""
    text = ask(
        assembly,
        "I'm taking two level 400 courses: one is an honours course of 5 EC and one regular of 6 EC. how "
        "many EC count?",
        date(2026, 11, 27),
    )
    assert "Together at most 6 EC of these 11 EC can count" in text
    assert "1. The level 400 course of 5 EC:\n❌ Does not count as an elective." in text
    text = ask(
        assembly,
        "I have a 6 EC level 400 honours course and a 4 EC level 300 course. How many EC count as electives?",
        date(2026, 11, 27),
    )
    assert "1. The level 400 course of 6 EC:\n❌ Does not count" in text
    assert "Together at most 4 EC of these 10 EC can count" in text


def test_audit19_an_honours_course_after_used_ec_below_400_never_counts(assembly: Assembly) -> None:
    """Audit 19, 1: "I've used 3 EC at level 300. can I also take an honours course of 2 EC at level
    300?" was "Can count for 2 EC (within the cap below 400)": an honours course is never an elective."""
    text = ask(
        assembly,
        "I've used 3 EC at level 300. can I also take an honours course of 2 EC at level 300?",
        date(2026, 11, 27),
    )
    assert "❌ Does not count as an elective. Honours courses can't be used as electives" in text
    assert "Can count for 2 EC" not in text


def test_audit19_ec_since_last_september_asked_after_the_check_are_the_year_checked(
    assembly: Assembly,
) -> None:
    """Audit 19, 2: "22 EC since september 2026", asked on 10 September 2027, are the EC of the year
    checked "by 31 August": 8 EC short then, never "8 EC more by 31 August 2028"."""
    text = ask(assembly, "I have 22 EC since september 2026. Am I OK?", date(2027, 9, 10))
    assert "By 31 August 2027, the date of the check, you had 22 of the 30 EC required: 8 EC short." in text
    assert "8 EC more" not in text
    text = ask(assembly, "I have 30 EC since september 2026. Am I OK?", date(2027, 9, 1))
    assert "Worked out for 31 August 2027, the check that has just passed" in text


def test_audit19_a_course_not_taken_is_not_to_come(assembly: Assembly) -> None:
    """Audit 19, 3: a course the student dropped or did not take gives no EC: "30 EC, enough" for 20
    EC held and a 10 EC course "not taking anymore" was untrue; so was 33 EC for 18 + 6 + 4."""
    text = ask(
        assembly,
        "started sept 2026, have 20 EC and I'm not taking the 10 EC course anymore. Do I need more?",
        date(2027, 4, 10),
    )
    assert "You have 20 EC. By 31 August 2027 (143 days from today) you need 30 EC in all: 10 EC more" in text
    assert "30 EC, enough" not in text
    text = ask(
        assembly,
        "I passed three courses of 6 EC each, started sept 2026. I didn't take the 5 EC elective I planned. "
        "I have two more courses in June of 6 and 4 EC. Will I make it?",
        date(2027, 4, 10),
    )
    assert "the other 10 EC you mention are still to come: with them you would have 28 EC, still 2 EC" in text
    text = ask(
        assembly,
        "started sept 2026, have 18 EC. I dropped a 5 EC course. Remaining: one 6 EC course in June. enough?",
        date(2027, 4, 10),
    )
    assert "with them you would have 24 EC, still 6 EC short" in text


def test_audit19_failing_both_courses_to_come_keeps_the_result_waited_for(assembly: Assembly) -> None:
    """Audit 19, 4: "and if I fail both?" of two June courses, after 18 EC held and 6 EC waited for
    from an exam taken: the 6 EC may still come (24 EC, 6 short); "18 EC" alone hid them."""
    chat = Transcript(assembly.conversation, date(2027, 6, 10))
    chat.send(
        "started in September 2026. I have 18 EC in uSis, waiting for 6 more from an exam last week, and "
        "two more courses of 5 EC each in June. Will I make it?"
    )
    chat.send("and if I fail both?")
    assert "still to come: with them you would have 24 EC, still 6 EC short" in chat.text


def test_audit19_failing_one_of_two_courses_to_come_keeps_the_other(assembly: Assembly) -> None:
    """Audit 19, 4: after a long story (18 EC held, courses of 6 and 4 EC to come, a 5 EC elective
    not started), "and if I fail the 4 EC one?" leaves the 6 EC course to come: 24 EC, never "1 EC"."""
    chat = Transcript(assembly.conversation, date(2027, 4, 10))
    chat.send(
        "Hello, sorry for the long message. I came to Leiden in September 2026 for the Media Technology "
        "master. I passed three courses of 6 EC each, but in January my father had a stroke and I flew home "
        "for almost six weeks. I failed one 6 EC exam and I didn't even start a 5 EC elective I had planned "
        "at the UvA. Right now I have two more courses in May and June, 6 EC and 4 EC. am I going to make "
        "the 30 EC?"
    )
    assert "with them you would have 28 EC, still 2 EC short" in chat.text
    chat.send("and if I fail the 4 EC one?")
    assert "other 6 EC you mention are still to come: with them you would have 24" in chat.replies[-1].text


def test_audit19_an_extracurricular_course_inside_the_total_is_no_tick(assembly: Assembly) -> None:
    """Audit 19, 12: "30 EC ... but one course of 6 EC is an extracurricular course" was a ✅; the page
    only says the check uses "the data in uSis": 24 EC counted, the 6 said to be open."""
    for question in (
        "I have 30 EC since september 2026 but one course of 6 EC is an extracurricular course. Am I OK?",
        "I have 30 EC since september 2026, of which 6 EC are from an extracurricular course. Am I OK?",
    ):
        text = ask(assembly, question, date(2027, 8, 20))
        assert "✅" not in text
        assert "I've counted 24 of your 30 EC: whether the other 6 EC count for the check, the pages" in text


def test_audit19_no_artscience_upgrade_beneath_an_honours_verdict(assembly: Assembly) -> None:
    """Audit 19, 5: honours courses "cannot be used as electives"; beneath that verdict, "can it count
    within the 5 EC below 400 instead?" got the ArtScience upgrade's "would then count ... within the
    caps below level 400", which contradicts it. ArtScience answers only where ArtScience is named."""
    text = ask(
        assembly,
        "is an honours course at level 400 of 5 EC counted? and can it count within the 5 EC below 400 "
        "instead?",
        date(2026, 11, 27),
    )
    assert "❌ Does not count as an elective." in text
    assert "You also asked" not in text and "upgrade" not in text


def test_audit19_do_i_use_usis_after_a_project_is_the_proposal_not_the_petition(assembly: Assembly) -> None:
    """Audit 19, 7: "for elective projects students have to send in a proposal to the Board instead of
    submitting a petition via uSis": "do i use usis?" after an own project or assisting got the uSis
    petition's steps; it gets the project's "not petitioned in uSis" answer."""
    for story in (
        "I want to do my own elective project of 4 EC.",
        "I want to help a friend with his graduation project, programming stuff, 3 EC. possible?",
    ):
        chat = Transcript(assembly.conversation, date(2026, 11, 27))
        chat.send(story)
        chat.send("do i use usis?")
        assert "A project is not petitioned in uSis: send a proposal to the Media Technology Board." in (
            chat.replies[-1].text
        )
        assert "Student Center → Petitions" not in chat.replies[-1].text


def test_audit19_a_second_question_beside_the_numbers_keeps_them_worked_out(assembly: Assembly) -> None:
    """Audit 19, 8: "... 18 EC, waiting for 6 more ... two more courses of 5 EC each in June. Will I make
    it? Also, what if uSis shows the wrong number?" got only the uSis answer; the numbers are worked
    out (34 EC with all to come) and the uSis question is answered beneath."""
    chat = Transcript(assembly.conversation, date(2027, 6, 10))
    chat.send(
        "Hi! I'm a master student from Brazil, started in September 2026. So far I have 18 EC in uSis and "
        "I'm waiting for 6 more from an exam I did last week. I have two more courses of 5 EC each in June. "
        "Will I make it? Also, what if uSis shows the wrong number?"
    )
    assert chat.replies[-1].text.startswith("📌 You have 18 EC.")
    assert "You also asked — My uSis data is wrong" in chat.text
    chat.send("and if I fail one of them?")
    assert "with them you would have 29 EC, still 1 EC short" in chat.replies[-1].text


def test_audit19_a_february_starter_asking_what_if_by_june_gets_the_verdict(assembly: Assembly) -> None:
    """Audit 19, 9: "15 EC if you started your studies in February": after "started in February 2027,
    0 EC so far", "what if I get 10 by June?" is 5 EC short and "and 15?" enough, never the
    warning-mail text."""
    chat = Transcript(assembly.conversation, date(2027, 3, 15))
    chat.send("I started in February 2027 and have 0 EC so far.")
    chat.send("what if I get 10 by June?")
    assert "you will be 5 EC short of the 15 EC you need by then" in chat.replies[-1].text
    chat.send("and 15?")
    assert "If you have 15 EC in uSis by 31 August 2027 (169 days from today), you meet the 15 EC" in (
        chat.replies[-1].text
    )


def test_audit19_more_than_the_cap_asked_about_is_no_course_size(assembly: Assembly) -> None:
    """Audit 19, 17: "can I do more than 5 EC at level 300 if the board agrees?" quotes the cap
    ("Maximally 5 elective credits can be obtained at advanced level"): the course was given no EC,
    so "Can count for 5 EC" was invented; the cap's answer says at most 5 EC."""
    text = ask(
        assembly,
        "Is a level 300 course OK? Also can I do more than 5 EC at level 300 if the board agrees?",
        date(2026, 11, 27),
    )
    assert "Can count for 5 EC" not in text
    assert "at most 5 elective EC in total can come from courses below master level" in text


def test_audit19_a_stated_day_keeps_the_start_year_said_beside_it(assembly: Assembly) -> None:
    """Audit 19, 22: "started sept 2026. it's 3 September now" was "Read as a start in September
    2025": the day stated hid the start's year; the student's own year stands."""
    question = "I have 20 EC, started sept 2026. it's 3 September now. am I ok?"
    text = ask(assembly, question, date(2026, 11, 27))
    assert "Read as a start in September 2025" not in text
    assert "By 31 August 2027" in text


def test_a_course_that_starts_in_february_is_no_february_start_of_studies(assembly: Assembly) -> None:
    """Read in the dev replies: "The course is 7.5 EC, 1st-year master, and starts 2 February 2027"
    was read as a February start with 7.5 EC held ("at least 7.5 EC short" at a check, the IND);
    a course's start is no start of studies, and a course's EC no progress total."""
    text = ask(
        assembly,
        "Hello! I'm halfway through a petition in usis for an elective at the University of Amsterdam. I'm "
        "at the 'explanation student' field. The course is 7.5 EC, 1st-year master, and starts 2 February "
        "2027.",
        date(2026, 11, 25),
    )
    assert "IND" not in text and "short" not in text and "You have 7.5 EC" not in text


def test_audit19_a_project_resized_after_assisting_keeps_the_assisting(assembly: Assembly) -> None:
    """Audit 19, 20: after "2 EC assisting ... now a 4 EC own project", "and if the project is 3 EC?"
    keeps the 2 EC of assisting under the 5 EC project cap: 3 EC left, never "5 EC of that left"."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send(
        "I did 2 EC assisting a classmate last year and now I want a 4 EC own project. how much counts?"
    )
    chat.send("and if the project is 3 EC?")
    assert "you have 3 EC of that left, so all 3 EC fit" in chat.text
    assert "you have 5 EC of that left" not in chat.text


def test_two_half_credit_courses_summed_by_the_student_still_round_each(assembly: Assembly) -> None:
    """Set Y3: "two courses of 7.5 EC each at the UvA, that gives me 15 EC in total, right?": Leiden
    "does not accept half credits, and will always round downward", course by course: 14 EC."""
    text = ask(
        assembly,
        "If I take two courses of 7.5 EC each at the UvA as electives, that gives me 15 EC in total, right?",
        date(2026, 11, 27),
    )
    assert "So at most 14 EC in all can count." in text


def test_audit19_a_second_question_of_one_word_found_surely_is_answered(assembly: Assembly) -> None:
    """Audit 19, 16: "how many EC do I need this year? also when do I get warnings?" left the warnings
    unanswered ("Leiden University will warn you by email in mid-May, June and July")."""
    text = ask(
        assembly,
        "hi I just started this september. how many EC do I need this year? also when do I get warnings?",
        date(2026, 9, 10),
    )
    assert "You also asked — Warning e-mails (mid-May, June, July)" in text


def test_audit19_no_petition_clicks_beneath_a_progress_verdict(assembly: Assembly) -> None:
    """Audit 19, 18: "how many do I need? also can I use ec from an extracurricular course?" asks what
    counts for progress, which the page leaves open ("on the basis of the data in uSis"); the
    petition's clicks for an extracurricular course beneath the verdict read as a yes."""
    text = ask(
        assembly,
        "started in february 2027, have 0 EC. how many do I need? also can I use ec from an extracurricular "
        "course?",
        date(2027, 2, 10),
    )
    assert "You also asked — Petition for an extracurricular course" not in text


def test_audit18_a_february_starter_asking_about_this_year_gets_the_new_year(assembly: Assembly) -> None:
    """Audit 18, 11: "started in February 2026 ... 16 EC by August. now its my second year, how many EC
    do I need this year?" got only last period's ✅; the new year's period and the page's general
    rule ("at least 50% of the nominal study load each academic year"), to confirm, are said too."""
    text = ask(
        assembly,
        "I started in February 2026 and got 16 EC by August. now its my second year, how many EC do I need "
        "this year?",
        date(2026, 10, 10),
    )
    assert "the new year runs from 1 September 2026 to 31 August 2027: 30 EC under the page's general" in text


def test_audit20_and_the_deadline_after_an_appeal_date_is_that_date(assembly: Assembly) -> None:
    """Audit 20, 1: "You are entitled to lodge an appeal ... within 6 weeks of the date of the
    decision": "and the deadline?" after the appeal's last day (13 October 2027) got "before 1 July
    2028, 295 days from today", the circumstances' date."""
    chat = Transcript(assembly.conversation, date(2027, 9, 10))
    chat.send("the decision is dated 1 september. how do I appeal?")
    chat.send("and the deadline?")
    assert "Last day to lodge your appeal: 13 October 2027" in chat.replies[-1].text
    assert "1 July 2028" not in chat.replies[-1].text


def test_audit20_by_when_exactly_on_the_last_day_to_report_is_today(assembly: Assembly) -> None:
    """Audit 20, 2: "Take the following steps before 1 July": on 30 June, "by when exactly?" after
    "today is the last day" got the 31 August check, 62 days away."""
    chat = Transcript(assembly.conversation, date(2027, 6, 30))
    chat.send("I was ill in march. Can I still report it?")
    chat.send("by when exactly?")
    assert "before 1 July 2027, so today is the last day" in chat.replies[-1].text
    assert "31 August 2027, 62 days from today" not in chat.replies[-1].text


def test_audit20_fail_one_of_5_after_ec_to_come_is_that_course(assembly: Assembly) -> None:
    """Audit 20, 6: "and if I fail one of 5?" after 20 EC and 10 EC to come got "no pass mark in the
    pages"; one 5 EC course fails: 25 EC, 5 short of "30 EC if you started your studies in September"."""
    chat = Transcript(assembly.conversation, date(2027, 3, 1))
    chat.send("I started sept 2026 and have 20 EC. and 10 EC if I pass my exams in april")
    chat.send("and if I fail one of 5?")
    assert "with them you would have 25 EC, still 5 EC short of the 30 EC" in chat.replies[-1].text


def test_audit20_is_that_enough_at_the_end_of_a_sentence_keeps_the_numbers(assembly: Assembly) -> None:
    """Audit 20, 10: "I have 20 EC, started september 2026, is that enough? Also, what if uSis is
    wrong?" got the uSis answer and "Tell me your EC"; the numbers are worked out first."""
    text = ask(
        assembly,
        "I have 20 EC, started september 2026, is that enough? Also, what if uSis is wrong?",
        date(2027, 3, 1),
    )
    assert text.startswith("📌 You have 20 EC. By 31 August 2027")
    assert "You also asked — My uSis data is wrong" in text


def test_audit20_a_leiden_five_and_half_is_open_not_rounded(assembly: Assembly) -> None:
    """Audit 20, 18: "Other universities may give a final grade 5.5, which is not accepted by Leiden
    University": a 5.5 for a Leiden University course was "from another university ... rounded to 5";
    for a Leiden grade the page gives no pass mark, and the reply says so."""
    text = ask(
        assembly,
        "I got a 5.5 for a Leiden University course (level 400, 5 EC). does it count?",
        date(2026, 11, 27),
    )
    assert "from another university" not in text
    assert "for a Leiden grade of 5.5 it gives no pass mark" in text


def test_audit20_and_5_after_a_project_is_its_size(assembly: Assembly) -> None:
    """Audit 20, 19: "and 5?" after a 6 EC own project got uSis step 5; it asks for a 5 EC project,
    which fits "Maximally 5 elective credits can be obtained through project work"."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("i want to do a 6 EC project on my own as an elective")
    chat.send("and 5?")
    assert chat.replies[-1].text.startswith("⚠️ Can count for 5 EC of project work")


def test_audit20_a_supposed_grade_is_no_course_taken(assembly: Assembly) -> None:
    """Audit 20, 24: "and if i get a 5.5?" after "can i take a 7.5 EC course at the UvA?" was read as a
    grade had ("You have a grade, so the course has started"); the petition before it starts stands."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("hey can i take a 7.5 EC course at the UvA as elective? its master level")
    chat.send("and if i get a 5.5?")
    assert "it is rounded to 5" in chat.replies[-1].text
    assert "You have a grade, so the course has started" not in chat.text
    assert "If you did not petition before it started" not in chat.replies[-1].text


def test_audit20_and_if_the_project_only_gives_3_ec_changes_the_project_only(assembly: Assembly) -> None:
    """Audit 20, 3: "and if the project only gives 3 EC?" after 12 EC held, 18 EC of courses and a
    5 EC project to come said "You have 3 EC ... 27 EC more"; 12 + 18 + 3 = 33 EC, enough in time."""
    chat = Transcript(assembly.conversation, date(2027, 3, 1))
    chat.send("started september 2026. 12 EC now, 3 courses left of 6 EC each and a 5 EC project. enough?")
    chat.send("and if the project only gives 3 EC?")
    reply = chat.replies[-1].text
    assert reply.startswith("📌 You have 12 EC.")
    assert "with them you would have 33 EC, enough, if you obtain them by 31 August 2027" in reply


def test_audit20_a_february_start_with_exams_to_come_is_judged(assembly: Assembly) -> None:
    """Audit 20, 4: "started feb 2027, 12 EC, 2 more exams in august of 3 EC each" got the February
    rule only, and "and if I fail one?" the IND's consequence; 12 + 3 = 15 EC still meets "15 EC if you
    started your studies in February"."""
    chat = Transcript(assembly.conversation, date(2027, 7, 15))
    chat.send("started feb 2027, 12 EC, 2 more exams in august of 3 EC each. ok?")
    assert (
        "with them you would have 18 EC, enough, if you obtain them by 31 August 2027"
        in chat.replies[-1].text
    )
    chat.send("and if I fail one?")
    assert "with them you would have 15 EC, enough" in chat.replies[-1].text
    assert "cancels your student residence permit" not in chat.replies[-1].text


def test_audit20_can_i_appeal_after_a_shortfall_gives_the_six_weeks(assembly: Assembly) -> None:
    """Audit 20, 5: "can I appeal?" after a shortfall got the Immigration Office entry without the time
    to appeal; "You are entitled to lodge an appeal with the Examinations Appeals Board within 6 weeks"."""
    chat = Transcript(assembly.conversation, date(2027, 9, 2))
    chat.send("I got 26 EC this year (started sept 2026). What happens now?")
    chat.send("can I appeal?")
    assert "within 6 weeks of the decision's date" in chat.replies[-1].text


def test_audit20_missing_the_usis_correction_date_is_not_the_ind(assembly: Assembly) -> None:
    """Audit 20, 13: "and if I miss that?" after the uSis correction date asserted the IND's
    cancellation; the page gives no consequence of a late correction and says so."""
    chat = Transcript(assembly.conversation, date(2027, 4, 10))
    chat.send("my uSis shows 12 EC but I have 18. what do I do?")
    chat.send("and if I miss that?")
    reply = chat.replies[-1].text
    assert reply.startswith("What happens if you miss this date, the page does not say")
    assert "before 1 July 2027" in reply
    assert "IND" not in reply


def test_missing_the_reporting_date_is_the_late_report_answer(assembly: Assembly) -> None:
    """ "And if I miss that?" after the steps for illness: the page's answer on reporting on time."""
    chat = Transcript(assembly.conversation, date(2027, 4, 10))
    chat.send("I was sick for 2 months, what should I do?")
    chat.send("and if I miss that?")
    assert "the page doesn't say what happens to a late report" in chat.replies[-1].text


def test_audit20_a_february_short_premaster_is_not_given_the_31_january_check(assembly: Assembly) -> None:
    """Audit 20, 16: "For short premaster programmes that started in September, this is 31 January":
    a short premaster that starts in February 2027 was told that date in a follow-up."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("I'm on a short premaster that started in February 2027. when is my check?")
    chat.send("and when do I have to report circumstances?")
    assert "31 January" not in chat.replies[-1].text


def test_audit20_and_if_its_not_honours_judges_the_course_itself(assembly: Assembly) -> None:
    """Audit 20, 17: "and if it's not honours?" after a level 500 honours course repeated the honours
    rule; a level 500 course of 5 EC is at master level ("level 400 and higher")."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("Is an honours course of 5 EC ok as elective? it's level 500")
    chat.send("and if it's not honours?")
    reply = chat.replies[-1].text
    assert reply.startswith("⚠️ Can count for 5 EC, not yet for certain.")
    assert "Honours courses can't be used" not in reply


def test_audit20_who_do_i_talk_to_after_family_circumstances_is_the_counsellor(assembly: Assembly) -> None:
    """Audit 20, 12: "who do I talk to?" after a mother's death got the educational route (the study
    adviser's report); "In the case of exceptional family circumstances, also make an appointment with
    a student counsellor"."""
    chat = Transcript(assembly.conversation, date(2027, 4, 10))
    chat.send("my mother died in january, I couldn't study for 2 months")
    chat.send("who do I talk to?")
    assert "student counsellor" in chat.replies[-1].text
    assert "For educational circumstances" not in chat.replies[-1].text


def test_audit20_and_now_after_the_check_is_the_verdict_for_today(assembly: Assembly) -> None:
    """Audit 20, 14: "and now?" on 5 September after 22 EC by the check had "no next step", and "and for
    next year?" got the February rule for a September starter."""
    chat = Transcript(assembly.conversation, date(2027, 6, 10))
    chat.send("started sept 2026, 22 EC. am I on track?")
    chat.today = date(2027, 9, 5)
    chat.send("and now?")
    assert chat.replies[-1].text.startswith(
        "⚠️ By 31 August 2027, the date of the check, you had 22 of the 30"
    )
    chat.send("and for next year?")
    reply = chat.replies[-1].text
    assert reply.startswith("If you started in September you need at least 30 EC")
    assert "31 August 2028" in reply and "If you started in February" not in reply


def test_audit20_just_started_this_month_gets_the_30_ec_and_its_date(assembly: Assembly) -> None:
    """Audit 20, 20: "I just started the master this month. How many EC do I need and by when?" got
    only "the pages don't give the programme's total EC"; for the permit: "30 EC if you started your
    studies in September", checked on 31 August 2028."""
    text = ask(
        assembly,
        "I just started the master this month. How many EC do I need and by when?",
        date(2027, 9, 15),
    )
    assert text.startswith("If you started in September you need at least 30 EC")
    assert "31 August 2028" in text


def test_audit20_a_resit_follow_up_keeps_what_was_to_come(assembly: Assembly) -> None:
    """Audit 20, 8: "and the resit of the failed one is in June, 6 EC" dropped every course to come
    ("You have 18 EC ... 12 EC more"); 18 held, 5 and the 6 EC resit to come make 29 EC."""
    chat = Transcript(assembly.conversation, date(2027, 3, 15))
    chat.send(
        "I started the master in september 2026. First semester I passed 3 courses of 6 EC each but failed"
        " one 6 EC course. Now I'm taking 2 courses of 5 EC that end in April. Will I make it?"
    )
    chat.send("and if I fail one of them?")
    chat.send("and the resit of the failed one is in June, 6 EC")
    assert "with them you would have 29 EC, still 1 EC short of the 30 EC" in chat.replies[-1].text


def test_audit21_failed_courses_are_no_ec_to_come(assembly: Assembly) -> None:
    """Audit 21, 1: "passed one course of 6 EC and failed two of 6 EC each" got "with them you would
    have 42 EC, enough ... no action is required"; failed courses earn nothing: 6 EC, 24 short."""
    text = ask(
        assembly,
        "started sept 2026. I passed one course of 6 EC and failed two of 6 EC each. how many do I still"
        " need?",
        date(2027, 5, 10),
    )
    assert text.startswith("📌 You have 6 EC. By 31 August 2027")
    assert "30 EC in all: 24 EC more" in text
    assert "enough" not in text and "no action is required" not in text
    text = ask(
        assembly,
        "started sept 2026, passed 3 courses (5 EC each), failed 3 courses (5 EC each). enough for my"
        " permit?",
        date(2027, 5, 10),
    )
    assert text.startswith("📌 You have 15 EC.") and "no action is required" not in text


def test_audit21_a_failed_course_is_no_check_mark(assembly: Assembly) -> None:
    """Audit 21, 2: "passed 4 courses worth 6 EC each plus a 6 EC course that I failed" got "✅ You have
    the 30 EC you need"; 4 x 6 = 24 EC, 6 short of "30 EC if you started your studies in September"."""
    text = ask(
        assembly,
        "I started in September 2026 and passed 4 courses worth 6 EC each plus a 6 EC course that I failed,"
        " on track?",
        date(2027, 5, 10),
    )
    assert "✅" not in text
    assert text.startswith("📌 You have 24 EC.") and "6 EC more" in text


def test_audit21_courses_listed_by_count_are_added_up(assembly: Assembly) -> None:
    """Audit 21, 5: lists of passed courses were mis-summed ("two courses of 10 EC, one of 6 and one of
    4 EC" as 20 held and 4 to come; "a 5 EC course, a 6 EC course and a 10 EC course" as 5 held)."""
    day = date(2027, 5, 10)
    text = ask(
        assembly,
        "started in september 2026. I passed two courses of 10 EC, one of 6 and one of 4 EC. am I on track?",
        day,
    )
    assert text.startswith("✅ You have the 30 EC you need")
    text = ask(
        assembly,
        "started sept 2026. so far I passed a 5 EC course, a 6 EC course and a 10 EC course, and I have an"
        " 8 EC exam in june. will I reach the minimum?",
        day,
    )
    assert text.startswith("📌 You have 21 EC.") and "with them you would have 29 EC" in text
    text = ask(
        assembly,
        "started sept 2026: 12 EC passed in period 1, 10 EC in period 2, and 0 in period 3 because I failed"
        " both courses (5 EC each). on track?",
        day,
    )
    assert text.startswith("📌 You have 22 EC.") and "still to come" not in text
    text = ask(
        assembly,
        "hi, I'm from India, started my master in september 2026. I passed 4 courses: two of 6 EC, one of 5"
        " and one of 3 EC. I failed one 6 EC course and the resit is on 20 july. Will I make it?",
        date(2027, 7, 5),
    )
    assert text.startswith("📌 You have 20 EC.") and "with them you would have 26 EC" in text


def test_a_total_said_after_its_courses_is_not_counted_twice(assembly: Assembly) -> None:
    """ "I passed two courses of 6 EC each, so 12 EC": 12 EC held, never 12 more to come."""
    text = ask(
        assembly,
        "I started the MSc in September 2026. So far I passed two courses of 6 EC each, so 12 EC. How many"
        " more do I need?",
        date(2026, 11, 26),
    )
    assert text.startswith("📌 You have 12 EC.") and "still to come" not in text


def test_audit21_a_level_300_course_approved_is_no_project_work(assembly: Assembly) -> None:
    """Audit 21, 3: "5 EC at level 300 approved ... 3 EC project work and 2 EC assisting" read the
    course as project work ("❌ This project work cannot count"); the caps are apart, and a level 200
    course asked next finds the 5 EC below level 400 used."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("I already got 5 EC at level 300 approved. Can I also do 3 EC project work and 2 EC assisting?")
    reply = chat.replies[-1].text
    assert "This project work cannot count" not in reply
    assert "Of your 3 EC project and 2 EC of assisting, 5 EC can count" in reply
    chat.send("and a level 200 course of 1 EC?")
    assert "You have already used the 5 EC allowed below level 400" in chat.replies[-1].text


def test_audit21_and_if_i_fail_the_resit_is_the_progress_verdict(assembly: Assembly) -> None:
    """Audit 21, 6: "and if I fail the resit?" after a progress story got "the pages don't say what
    happens when you fail ... an elective", and "what can I do then?" the check date; 20 EC by the check
    is 10 short, with what follows."""
    chat = Transcript(assembly.conversation, date(2027, 7, 5))
    chat.send(
        "hi, I'm from India, started my master in september 2026. I passed 4 courses: two of 6 EC, one of 5"
        " and one of 3 EC. I failed one 6 EC course and the resit is on 20 july. Will I make it?"
    )
    chat.send("and if I fail the resit?")
    assert "If you end up with 20 EC by 31 August 2027" in chat.replies[-1].text
    chat.send("what can I do then?")
    assert "10 EC short of the 30 EC" in chat.replies[-1].text


def test_audit21_a_total_expected_by_a_time_is_that_total(assembly: Assembly) -> None:
    """Audit 21, 9: "and by the end of january I'll have 20" after 8 EC this year got the pending-credits
    "no action is required"; 20 EC is 10 short of the 30."""
    chat = Transcript(assembly.conversation, date(2026, 12, 10))
    chat.send("I started in september 2025, last year I got 35 EC, this year so far 8 EC. am I fine?")
    chat.send("and by the end of january I'll have 20")
    reply = chat.replies[-1].text
    assert "you will be 10 EC short of the 30 EC" in reply and "no action is required" not in reply


def test_audit21_a_student_who_started_this_september_had_no_check_yet(assembly: Assembly) -> None:
    """Audit 21, 14: "I started this september" on 3 September was warned about "the last check ...
    31 August 2026", and "and if I only get 25?" got the appeal; 25 of 30 EC by 31 August 2027 is short."""
    chat = Transcript(assembly.conversation, date(2026, 9, 3))
    chat.send("I started this september. what do I need by when?")
    assert "The last check was for 31 August 2026" not in chat.replies[-1].text
    assert "For your start in September 2026, the first check is 31 August 2027" in chat.replies[-1].text
    chat.send("and if I only get 25?")
    assert "you will be 5 EC short of the 30 EC" in chat.replies[-1].text


def test_audit21_a_second_answer_for_a_partner_permit_has_no_personal_date(assembly: Assembly) -> None:
    """Audit 21, 17: beneath "the page's study-progress rule ... not about you", "also who checks?"
    was answered with "This academic year's check: 31 August 2027, 169 days from today"."""
    text = ask(
        assembly,
        "I have a partner visa, not a student permit. I have 10 EC. is that a problem? also who checks?",
        date(2027, 3, 15),
    )
    assert "You also asked" in text
    assert "days from today" not in text


def test_audit21_assisted_before_asks_of_assisting_once(assembly: Assembly) -> None:
    """Audit 21, 18: "and if I already assisted someone last year?" after assisting's EC got the hedge
    about the other role; "A student can be the assisting and assisted party only once"."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("how many EC can I get for assisting? also can I be assisted too?")
    chat.send("and if I already assisted someone last year?")
    assert "rules out being helped on your own graduation project later" not in chat.replies[-1].text
    assert "only once" in chat.replies[-1].text


def test_audit21_a_september_premaster_in_august_gets_31_august(assembly: Assembly) -> None:
    """Audit 21, 19: a premaster started in September 2026, asking on 15 August 2027 "When is the
    deadline?", got no date; the page checks "by 31 August" (31 January only for short premasters)."""
    text = ask(
        assembly,
        "I am a premaster student, started in september 2026. I still have 2 courses to finish. When is the"
        " deadline?",
        date(2027, 8, 15),
    )
    assert "31 August 2027, 16 days from today" in text


def test_audit21_a_short_premasters_reporting_date_does_not_contradict_itself(assembly: Assembly) -> None:
    """Audit 21, 21: for a September short premaster in January, "can I report circumstances?" said the
    page gives no date for this check and then, unexplained, "Take the steps before 1 July"."""
    chat = Transcript(assembly.conversation, date(2027, 1, 20))
    chat.send("I'm a short premaster student who started in september 2026. by when do I need to finish?")
    chat.send("and if I don't?")
    chat.send("can I report circumstances?")
    assert "(its “before 1 July” below is set for the 31 August check)" in chat.replies[-1].text


def test_audit21_a_february_starters_planned_courses_are_to_come(assembly: Assembly) -> None:
    """Audit 21, 4: "I plan 3 courses this semester: 5, 5 and 6 EC" got the general rule (its first 5 read
    as a period's number), "and if I fail the 6 EC one?" "You have 6 EC", and "and the 5 one too?" uSis
    step 5; planned courses are to come: 16 of the 15 EC, then 10 (5 short)."""
    chat = Transcript(assembly.conversation, date(2027, 3, 1))
    chat.send(
        "I started in february 2027 (1 month ago). I plan 3 courses this semester: 5, 5 and 6 EC. Enough?"
    )
    reply = chat.replies[-1].text
    assert reply.startswith("📌 You have 0 EC.") and "with them you would have 16 EC, enough" in reply
    assert "✅" not in reply
    chat.send("and if I fail the 6 EC one?")
    assert "with them you would have 10 EC, still 5 EC short of the 15 EC" in chat.replies[-1].text
    chat.send("and the 5 one too?")
    assert "Step 5" not in chat.replies[-1].text
    assert chat.replies[-1].text.startswith("I can't tell what that number refers to here.")


def test_two_half_credit_courses_and_leiden_ec_are_29_not_30(assembly: Assembly) -> None:
    """Set Y5: "two electives at UvA worth 7.5 EC each, and I have 15 EC from my Leiden courses. So that
    makes exactly 30 ... Right?" read the 15 as to come; "7.5 EC becomes 7 EC": 7 + 7 + 15 = 29 EC now."""
    text = ask(
        assembly,
        "I did two electives at UvA worth 7.5 EC each, and I have 15 EC from my Leiden courses. So that makes"
        " exactly 30 and I'm safe for my permit. Right?",
        date(2026, 11, 25),
    )
    assert text.startswith("📌 You have 29 EC.") and "1 EC more" in text


def test_an_amount_asked_to_become_another_is_no_second_course(assembly: Assembly) -> None:
    """Set Y5: "4.5 ec course abroad = 5 ec here?" was read as two courses ("So at most 9 EC in all");
    "Leiden University does not accept half credits, and will always round downward"."""
    text = ask(assembly, "4.5 ec course abroad = 5 ec here?", date(2026, 11, 25))
    assert "at most 4 EC can count" in text
    assert "9 EC" not in text


def test_audit21_a_grade_said_of_one_course_is_not_the_others(assembly: Assembly) -> None:
    """Audit 21, 10: a 5.5 said of a Utrecht course was applied to a VU course graded 7 ("A final grade
    of 5.5 from another university is not accepted"); the rounding is only for the course with the 5.5."""
    text = ask(
        assembly,
        "my course at Utrecht is 5 EC master level but I got 5.5, and another course at VU 2.5 EC master"
        " level got 7. what counts?",
        date(2026, 11, 27),
    )
    first, second = text.split("2. The level 400 course of 2.5 EC:", maxsplit=1)
    assert "A final grade of 5.5 from another university is not accepted" in first
    assert "5.5" not in second.split("Not settled")[0]


def test_audit21_do_i_need_to_do_something_is_asked_beside_the_second_question(assembly: Assembly) -> None:
    """Audit 21, 7: "Do I need to do something? Also, what if uSis is wrong?" beside 6 EC waiting for uSis
    lost its first question (read as filler); "no action is required" for credits waiting to be entered."""
    text = ask(
        assembly,
        "I have 26 EC and started last september. 6 EC are still waiting to be entered in uSis. Do I need to"
        " do something? Also, what if uSis is wrong?",
        date(2027, 7, 15),
    )
    assert text.startswith("🕒 With the 6 EC you are waiting for, you would have 32 EC")
    assert "You also asked — My uSis data is wrong" in text


def test_audit20_a_typed_follow_up_after_progress_uses_its_numbers(assembly: Assembly) -> None:
    """Audit 20, 9: "and if I get 10 more by june?" after /progress (September 2026, 12 EC) got the
    check-date entry; with the dialog's 12 EC and 10 to come: 22 of 30, still 8 short."""
    chat = Transcript(assembly.conversation, date(2027, 3, 1))
    for said in ("/progress", "1", "2026", "12", "0"):
        chat.send(said)
    assert chat.replies[-1].text.startswith("Your study progress:")
    chat.send("why?")
    assert "under “Why” in it" in chat.replies[-1].text
    chat.send("and if I get 10 more by june?")
    assert "with them you would have 22 EC, still 8 EC short of the 30 EC" in chat.replies[-1].text


def test_audit20_credits_waiting_after_the_check_are_said_in_the_past(assembly: Assembly) -> None:
    """Audit 20, 27: /progress on 3 September (27 EC, 3 waiting) said "you would have 30 EC ... If you
    will have enough credits by 31 August 2027"; that day has passed ("If you think you will have
    sufficient credits by 31 August" is said before it)."""
    chat = Transcript(assembly.conversation, date(2027, 9, 3))
    for said in ("/progress", "1", "2026", "27", "3"):
        chat.send(said)
    reply = chat.replies[-1].text
    assert "you had 30 EC by 31 August 2027, if you obtained them by then" in reply
    assert "If you will have enough credits by 31 August 2027" not in reply


def test_audit21_what_to_do_today_on_the_last_day_gives_the_steps(assembly: Assembly) -> None:
    """Audit 21, 24: "what exactly do I need to do today?" on 30 June after an illness got only "Take
    the steps before 1 July"; the steps: "Request a ‘statement of hindrance’ by submitting this request
    form"."""
    chat = Transcript(assembly.conversation, date(2027, 6, 30))
    chat.send(
        "I've been ill since april and I only have 15 EC (started sep 2026). Is today too late to report?"
    )
    chat.send("what exactly do I need to do today?")
    reply = chat.replies[-1].text
    assert "statement of hindrance" in reply and "today is the last day" in reply


def test_what_happens_if_still_short_in_august_says_what_follows(assembly: Assembly) -> None:
    """Set Y6: "what happens if im still under the limit in august" beside 12 EC got the EC still needed
    but not what was asked: "Leiden University is obliged to notify the Dutch Immigration Department"."""
    text = ask(
        assembly,
        "its already march and i only have 12 ec (started sept). what happens if im still under the limit in"
        " august",
        date(2026, 11, 25),
    )
    assert "18 EC more" in text
    assert "If your progress is insufficient, the university must notify the IND" in text


def test_a_total_with_a_grade_waiting_for_usis_needs_no_action(assembly: Assembly) -> None:
    """Set Y6: "Waiting for my last grade to be put in usis, with it i'll have 30 ec ... do i need to report
    anything?": "you are waiting for credits to be entered into uSis, no action is required"."""
    text = ask(
        assembly,
        "Waiting for my last grade to be put in usis, with it i'll have 30 ec before 31 aug. do i need to"
        " report anything?",
        date(2026, 11, 25),
    )
    assert "only waiting for them to be entered in uSis, no action is required" in text


def test_audit22_a_grade_said_to_come_in_mid_september_comes_after_the_check(assembly: Assembly) -> None:
    """Audit 22, 1: "24 EC, waiting for the grade of a 6 EC course ... grades come out mid september"
    was read as 24 EC waiting; the 6 EC are, and they come after "by 31 August* on the basis of the data
    in uSis", which the reply says."""
    text = ask(
        assembly,
        "started sept 2026, 24 EC, waiting for the grade of a 6 EC course, the teacher said grades come out"
        " mid september. am I ok?",
        date(2027, 8, 10),
    )
    assert "With the 24 EC you are waiting for" not in text
    assert "You say that comes in mid-September 2027, after the check of 31 August 2027" in text


def test_audit22_now_in_my_second_year_is_this_years_ec(assembly: Assembly) -> None:
    """Audit 22, 2: "now in my second year. I have 8 EC this year" on 5 October was judged at the check
    of 31 August 2027 ("22 EC short", the IND); they are the new year's: 22 more by 31 August 2028."""
    text = ask(
        assembly,
        "I started in september 2026, now in my second year. I have 8 EC this year. Am I on track?",
        date(2027, 10, 5),
    )
    assert text.startswith("📌 You have 8 EC. By 31 August 2028")
    assert "22 EC short" not in text


def test_audit22_resits_and_a_course_to_fail_are_counted_as_said(assembly: Assembly) -> None:
    """Audit 22, 3 and 4: "passed 4 courses (6, 6, 5, 3 EC) and have 2 resits in june, 5 EC each" is 20
    held and 10 to come (not 25 held); "I'll pass a 6 EC and a 5 EC course but fail the other 6 EC one"
    beside 12 EC is 23, 7 short (not 29)."""
    day = date(2027, 4, 15)
    text = ask(
        assembly,
        "started sept 2026, passed 4 courses (6, 6, 5, 3 EC) and have 2 resits in june, 5 EC each",
        day,
    )
    assert text.startswith("📌 You have 20 EC.") and "with them you would have 30 EC" in text
    text = ask(
        assembly,
        "12 EC now, started sept 2026, I'll pass a 6 EC and a 5 EC course but fail the other 6 EC one."
        " enough?",
        day,
    )
    assert "with them you would have 23 EC, still 7 EC short of the 30 EC" in text


def test_a_mistyped_what_now_after_a_verdict_gets_its_steps(assembly: Assembly) -> None:
    """Tried as a student: "waht do i do now" after a progress verdict got "I can't answer that";
    the what-now phrases were compared before any typo was mended. "will i lose my visa??" beside
    the EC asks what follows a shortfall, and is told it under its condition."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send(
        "I have 14 EC, my grandmother died in March, and I have 2 exams to come of 5 EC each."
        " will i lose my visa??"
    )
    first = chat.replies[-1].text
    assert "If your progress is insufficient, the university must notify the IND" in first
    chat.send("waht do i do now")
    text = chat.replies[-1].text
    assert "can't answer" not in text
    assert text.startswith("📌 You have 14 EC. By 31 August 2027")
    assert "Request a ‘statement of hindrance’" in text


@pytest.mark.parametrize(
    ("message", "what_now"),
    [
        ("waht do i do now", True),  # a transposed letter in a word of four
        ("what shoud i do", True),  # a letter left out
        ("what dd i do now", False),  # "do" is too short to mend: "did" would be as near
        ("what do i do wow", False),  # "now" too
        ("waht do we do now", False),  # two words differ
    ],
)
def test_a_follow_up_phrase_is_read_through_one_typo(message: str, what_now: bool) -> None:
    """A what-now phrase with one longer word mistyped by a letter asks the same; no more than that."""
    reader = Reader(Normaliser(load_knowledge().lexicon))
    assert reader.read(message).asks_what_now is what_now


def test_audit22_courses_left_and_ec_now_are_told_apart(assembly: Assembly) -> None:
    """Audit 22, 13: "3 courses left this year: 6, 6 and 5 EC, and I have 12 EC now" was "You have
    6 EC"; the 12 are held and the 17 to come, 29 with all three: short even then."""
    text = ask(
        assembly,
        "I have 3 courses left this year: 6, 6 and 5 EC, and I have 12 EC now. started sept 2026."
        " If I pass two of them, is it enough?",
        date(2027, 5, 15),
    )
    assert text.startswith("📌 You have 12 EC.")
    assert "with them you would have 29 EC, still 1 EC short of the 30 EC" in text


def test_audit22_a_first_semester_list_and_two_missed_exams_with_resits(assembly: Assembly) -> None:
    """Audit 22, 14: "In the first semester I passed 4 courses: 6, 6, 5 and 3 EC … missed the exams of
    two 5 EC courses. I'm doing the resits in June" was "You have 6 EC"; 20 are held, 10 to come."""
    text = ask(
        assembly,
        "Hi! Long story: I started the MSc in September 2026. In the first semester I passed 4 courses:"
        " 6, 6, 5 and 3 EC. Then in February I got really sick and missed the exams of two 5 EC courses."
        " I'm doing the resits in June. My permit is for studies. Am I going to be ok?",
        date(2027, 4, 15),
    )
    assert text.startswith("📌 You have 20 EC.")
    assert "with them you would have 30 EC" in text


def test_a_missed_exam_without_a_resit_is_not_to_come(assembly: Assembly) -> None:
    """A missed exam with no resit said is no EC to come: "passed 3 courses of 6 EC each and missed
    the exam of a 6 EC course" is 18 EC held, none counted on."""
    text = ask(
        assembly,
        "started sept 2026. I passed 3 courses of 6 EC each and missed the exam of a 6 EC course. on track?",
        date(2027, 4, 15),
    )
    assert text.startswith("📌 You have 18 EC.")
    assert "24 EC" not in text


def test_audit22_a_positive_decision_is_never_answered_as_a_negative_one(assembly: Assembly) -> None:
    """Audit 22, 7: "gave me a positive decision … Also will the IND be told?" got the negative
    decision's "the IND cancels your residence permit". The negative entry is never found beside
    "positive" (its `never_with:`)."""
    text = ask(
        assembly,
        "The board of examiners gave me a positive decision on my illness. What now?"
        " Also will the IND be told?",
        date(2027, 8, 25),
    )
    assert text.startswith("The university will not report your insufficient progress to the IND.")
    assert "cancels your residence permit" not in text


def test_audit22_no_study_plan_beneath_a_met_requirement(assembly: Assembly) -> None:
    """Audit 22, 8: "I had 31 EC on 31 August. Am I fine? Also do I have to make a study plan?" got the
    ✅ and, beneath it, the positive decision's "You must make an appointment … to draw up a study
    plan". That is for a student who fell short (`for_shortfall:`); this one is told so."""
    text = ask(
        assembly,
        "I had 31 EC on 31 August. Am I fine? Also do I have to make a study plan?",
        date(2027, 9, 3),
    )
    assert text.startswith("✅ You have the 30 EC you need")
    assert "You must make an appointment" not in text
    assert "that is for a student who fell short of the requirement at the check" in text


@pytest.mark.parametrize(
    ("question", "month", "ends"),
    [
        ("started sept 2026, 22 EC now. an 8 EC course ends in october. enough?", "October 2027", True),
        ("I have 22 EC and a 10 EC thesis part graded in september. enough?", "September 2027", False),
    ],
)
def test_audit22_a_course_whose_result_comes_after_the_check_is_said_so(
    assembly: Assembly, question: str, month: str, ends: bool
) -> None:
    """Audit 22, 6: a course that "ends in October" was counted as enough "if you obtain them by 31
    August 2027"; the student said they won't: 22 EC are what uSis shows at the check, 8 short. A
    result "graded in september" may be of EC obtained before (then no action is required, which
    is said, under its condition); both are told that the month said comes after the check."""
    text = ask(assembly, question, date(2027, 6, 10))
    assert text.startswith("📌 You have 22 EC. By 31 August 2027")
    assert ("enough" not in text) is ends
    assert f"You say that comes in {month}, after the check of 31 August 2027" in text


@pytest.mark.parametrize(
    "question",
    [
        "someone assisted me with my project. can i still get 2 EC for assisting another student?",
        "I was assisted in my graduation project by a classmate. can I now assist someone else for 2 EC?",
    ],
)
def test_audit22_a_student_who_was_assisted_is_not_told_they_assisted(
    assembly: Assembly, question: str
) -> None:
    """Audit 22, 10: "someone assisted me … can I assist another student?" got "❌ You have already
    assisted another student once"; the student was the assisted party, and whether that rules out
    assisting the page does not spell out: the verdict says so and sends them to the Board."""
    text = ask(assembly, question, date(2026, 11, 27))
    assert "You have already assisted" not in text
    assert "whether that rules out assisting another student, the page doesn't spell out" in text


def test_helping_now_is_not_having_been_assisted(assembly: Assembly) -> None:
    """ "I've been helping a second-year …" is the helper's story: never "you have been assisted"."""
    text = ask(
        assembly,
        "I've been helping a second-year with his graduation project."
        " Can I still claim the 2 EC for assisting?",
        date(2026, 11, 27),
    )
    assert "You have been assisted" not in text


def test_audit22_a_supposed_honours_course_does_not_hide_the_course_asked_about(assembly: Assembly) -> None:
    """Audit 22, 9: "Does a level 400 course of 6 EC at the VU count? Also, what if it's an honours
    course?" got only "❌ Does not count": the course asked about is judged, and the honours rule is
    said beneath it as the second question's answer."""
    text = ask(
        assembly,
        "Does a level 400 course of 6 EC at the VU count? Also, what if it's an honours course?",
        date(2026, 11, 27),
    )
    assert text.startswith("⚠️ Can count for 6 EC, not yet for certain.")
    assert "You also asked — Honours courses can't be electives" in text


def test_audit22_a_grade_given_beside_a_what_if_is_a_grade_had(assembly: Assembly) -> None:
    """Audit 22, 16: "my 6 EC level 400 course at Leiden gave me a 5.5. Also, what if it was at
    Utrecht?" was told to petition "before the course starts"; the grade is one given (the "if" is
    the other sentence's), so the course has begun: the coordinator, now."""
    text = ask(
        assembly,
        "my 6 EC level 400 course at Leiden gave me a 5.5. Also, what if it was at Utrecht?",
        date(2027, 5, 1),
    )
    assert "for a Leiden grade of 5.5 it gives no pass mark" in text
    assert "before the course starts" not in text
    assert "If you did not petition before it started, contact the Media Technology coordinator now." in text


def test_audit22_a_part_of_the_total_named_is_held_not_to_come(assembly: Assembly) -> None:
    """Audit 22, 18: "20 EC, 4 of them from an elective that I did without a petition" read the 4 as
    EC still to come ("with them you would have 24"); they are part of the 20 held."""
    text = ask(
        assembly,
        "I have 20 EC, 4 of them from an elective that I did without a petition. Am I on track?",
        date(2027, 5, 15),
    )
    assert text.startswith("📌 You have 20 EC. By 31 August 2027")
    assert "24 EC" not in text


@pytest.mark.parametrize(
    "question",
    [
        "Started sept 2026. I passed a 6 EC course and two of 6 EC each. I have a 5 EC exam in June."
        " So I have 18 EC in uSis now. Enough if I pass?",
        "Started sept 2026. I passed a 6 EC course and two more of 6 EC each. I have a 5 EC exam in June."
        " Enough if I pass?",
    ],
)
def test_audit23_a_total_said_again_after_its_parts_is_not_added(assembly: Assembly, question: str) -> None:
    """Audit 23, 1: the parts, then "So I have 18 EC in uSis now", got "other 59 EC … 65 EC, enough";
    "two more of 6 EC each" got 6 held and 11 to come. 18 are held, 5 to come: 23, 7 short."""
    text = ask(assembly, question, date(2027, 6, 5))
    assert text.startswith("📌 You have 18 EC.")
    assert "with them you would have 23 EC, still 7 EC short of the 30 EC" in text


def test_audit23_and_if_i_fail_one_resit_takes_it_off(assembly: Assembly) -> None:
    """Audit 23, 5b: "and if I fail one resit?" after 20 EC and two resits of 5 EC got "35 EC,
    enough"; one failed resit leaves 25 EC, 5 short."""
    chat = Transcript(assembly.conversation, date(2027, 4, 15))
    chat.send("started sept 2026, I have 20 EC and two resits of 5 EC each in june")
    chat.send("and if I fail one resit?")
    assert "with them you would have 25 EC, still 5 EC short of the 30 EC" in chat.replies[-1].text


def test_will_i_reach_30_ec_is_the_rules_amount(assembly: Assembly) -> None:
    """A dev reply counted "will I reach 30 EC for my permit?" as 30 EC more to come ("other 37.5 EC …
    60 EC"); it is the requirement asked about: 23 held and 7 of the 7.5 to come make 30."""
    text = ask(
        assembly,
        "I have 23 EC on uSis and an external course of 7.5 EC will be graded in July."
        " Will I reach 30 EC for my permit?",
        date(2026, 11, 25),
    )
    assert "you would have 30 EC, enough" in text
    assert "you would have 60 EC" not in text


@pytest.mark.parametrize(
    ("question", "today", "told"),
    [
        (
            "I started in February 2027. I have 8 EC and 2 exams left in June, 5 EC each."
            " If I pass one, is it enough?",
            date(2027, 6, 15),
            "with them you would have 13 EC, still 2 EC short of the 15 EC",
        ),
        (
            "started feb 2027, 8 EC now, 2 exams of 5 EC in june."
            " I think I will pass only one of them. enough?",
            date(2027, 6, 15),
            "with them you would have 13 EC, still 2 EC short of the 15 EC",
        ),
        (
            "I have 14 EC now and 3 courses left of 6 EC each, started sept 2026. What if I fail one?",
            date(2027, 3, 1),
            "with them you would have 26 EC, still 4 EC short of the 30 EC",
        ),
    ],
)
def test_audit23_an_outcome_supposed_in_the_message_is_worked_out(
    assembly: Assembly, question: str, today: date, told: str
) -> None:
    """Audit 23, 3: "If I pass one, is it enough?" and "What if I fail one?" asked with the courses to
    come got the all-passed "enough"; the courses supposed failed are taken off."""
    text = ask(assembly, question, today)
    assert told in text
    assert "enough, if you obtain them" not in text


def test_audit23_what_if_i_fail_both_leaves_the_ec_held(assembly: Assembly) -> None:
    """Audit 23, 3: "two courses of 6 EC left. what if I fail both?" got 26 EC, the all-passed sum."""
    text = ask(
        assembly,
        "I have 14 EC now and two courses of 6 EC left, started sept 2026. what if I fail both?",
        date(2027, 3, 1),
    )
    assert text.startswith("📌 You have 14 EC.")
    assert "26 EC" not in text


def test_audit23_if_i_pass_only_one_after_the_story(assembly: Assembly) -> None:
    """Audit 23, 3: the follow-up "if I pass only one, is it enough?" lost the story's numbers."""
    chat = Transcript(assembly.conversation, date(2027, 6, 15))
    chat.send("started feb 2027, 8 EC now, 2 exams of 5 EC in june")
    chat.send("if I pass only one, is it enough?")
    assert "with them you would have 13 EC, still 2 EC short of the 15 EC" in chat.replies[-1].text


@pytest.mark.parametrize(
    "question",
    [
        "I started in september 2026 and in my first year I got 35 EC. This year I have 5 EC already."
        " How many do I need now?",
        "I'm a second year student (started sep 2026), 33 EC in year one, 6 EC this year",
    ],
)
def test_audit23_first_year_and_this_year_in_september_are_two_years(
    assembly: Assembly, question: str
) -> None:
    """Audit 23, 2: on 15 September 2027, "first year 35 EC, this year 5" (started September 2026) was
    judged at the check just made ("25 EC short", the IND); the first year is the one checked and
    met it; this year's 5 are the new year's, checked on 31 August 2028."""
    text = ask(assembly, question, date(2027, 9, 15))
    assert "By 31 August 2028" in text
    assert "EC short" not in text
    assert "so it met the requirement" in text


@pytest.mark.parametrize("between", [", and", "."])
def test_audit23_a_grade_awaited_beside_courses_passed_is_no_tick(assembly: Assembly, between: str) -> None:
    """Audit 23, 4: "I passed courses of 6, 5, 4, 6 and 6 EC, and I'm waiting for the grade of a 5 EC
    course" got "✅ You have the 30 EC you need (32)"; said as its own sentence, "26 EC you are waiting
    for". 27 are passed and 5 awaited: 32 only with them."""
    text = ask(
        assembly,
        f"I started in September 2026. I passed courses of 6, 5, 4, 6 and 6 EC{between} I'm waiting for the"
        " grade of a 5 EC course. Do I have enough?",
        date(2027, 7, 8),
    )
    assert not text.startswith("✅")
    assert text.startswith("🕒 With the 5 EC you are waiting for, you would have 32 EC")


def test_audit23_and_a_second_course_below_400_also_says_what_both_would_count(assembly: Assembly) -> None:
    """Audit 23, 5: "and a 3 EC level 300 one?" after a 4 EC level 300 course was judged alone, with
    "2 EC of the 5 free"; it may be meant instead, so it still is, and what the two would count
    together (5 of the 7 EC) is said beneath."""
    chat = Transcript(assembly.conversation, date(2026, 11, 27))
    chat.send("I want to do a 4 EC level 300 course")
    chat.send("and a 3 EC level 300 one?")
    text = chat.replies[-1].text
    assert text.startswith("⚠️ Can count for 3 EC")
    assert (
        "If you take it as well as the course you asked about before: ⚠️ Together at most 5 EC of these 7 EC"
        in text
    )


def test_cost_as_a_verb_asks_no_fee(assembly: Assembly) -> None:
    """Audit 23, 1 and set Y7: "... doesn't cost me my residence permit?" opened with "The page does
    not mention any fee or cost"; "cost" asks a price only as one ("does it cost", "the cost of")."""
    text = ask(
        assembly,
        "I was ill for two months, it cost me a lot of time. I have 14 EC, started sept 2026. How do I make"
        " sure this doesn't cost me my residence permit?",
        date(2026, 11, 27),
    )
    assert "any fee or cost" not in text
    assert ask(assembly, "does it cost anything to file a petition?", date(2026, 11, 27)).startswith(
        "📌 The page does not mention any fee or cost for this"
    )


@pytest.mark.parametrize(
    ("question", "cap"),
    [
        (
            "I already used my 5 EC at level 300. Can I do another level 300 course?",
            "the 5 EC allowed below level 400",
        ),
        (
            "My petition for a 300 level course got rejected. The reason given was that I already used"
            " my 5 EC at advanced level on two earlier courses. Does that mean I can't do any more 300 level"
            " courses at all?",
            "the 5 EC allowed below level 400",
        ),
        (
            "I already used 3 EC at level 200. Can I do another level 100 course?",
            "the 3 EC allowed at level 100/200",
        ),
    ],
)
def test_a_cap_said_used_up_leaves_no_room_for_another_course(
    assembly: Assembly, question: str, cap: str
) -> None:
    """Set Y7: "I already used my 5 EC at advanced level … can't do any more 300 level courses?" got
    "Can count for 5 EC"; the used EC are taken as counted and the course asked after them can't count."""
    text = ask(assembly, question, date(2026, 11, 27))
    assert (
        f"❌ Does not count as an elective. You have already used {cap}, so this course can't count." in text
    )


def test_my_final_grade_was_a_five_and_a_half_is_a_grade(assembly: Assembly) -> None:
    """Set Y7: "my final grade was a 5.5" at Utrecht was not read: the reply gave the half credits
    only, never that a 5.5 from another university is not accepted."""
    text = ask(
        assembly,
        "I took a 2.5 EC workshop course at Utrecht University as an elective and my final grade was a 5.5."
        " They say I passed. How many EC do I get, and will it even count with that grade?",
        date(2026, 11, 27),
    )
    assert "at most 2 EC can count" in text
    assert "A final grade of 5.5 from another university is not accepted by Leiden University" in text


def test_audit23_and_if_the_2_ec_dont_come_leaves_those_held(assembly: Assembly) -> None:
    """Audit 23, 7: "and if the 2 EC don't come?" after 20 EC held and 2 awaited was read as "You have
    2 EC … 28 more"; without them the student has 20, 10 short, and nothing awaited."""
    chat = Transcript(assembly.conversation, date(2027, 5, 1))
    chat.send("I have 20 EC and I'm waiting for 2 more EC, started sept 2026")
    chat.send("and if the 2 EC don't come?")
    text = chat.replies[-1].text
    assert text.startswith("📌 You have 20 EC. By 31 August 2027")
    assert "You are waiting for a result" not in text


@pytest.mark.parametrize(
    "follow_up",
    [
        "and if I also pass the 5 EC one in august?",
        "what if I pass the 5 EC one too?",
        "and the 5 EC exam in august as well?",
    ],
)
def test_audit23_a_course_also_passed_is_added(assembly: Assembly, follow_up: str) -> None:
    """Audit 23, 6: "and if I also pass the 5 EC one in august?" after a 6 EC resit to come replaced the
    resit ("25 EC, 5 short"); also/too/as well add it: 31 EC with both."""
    chat = Transcript(assembly.conversation, date(2027, 6, 25))
    chat.send("I have 20 EC, started sept 2026. I'll pass my 6 EC resit in july")
    chat.send(follow_up)
    assert "with them you would have 31 EC, enough" in chat.replies[-1].text


@pytest.mark.parametrize(
    ("today", "said"),
    [
        (date(2027, 5, 20), "have your Education Administration Office correct it before 1 July 2027."),
        (
            date(2027, 7, 16),
            "before 1 July 2027; that has passed, and the page does not say what happens after it",
        ),
    ],
)
def test_audit23_warned_but_met_is_told_the_check_goes_by_usis(
    assembly: Assembly, today: date, said: str
) -> None:
    """Audit 23, 8: "i got a warning email. i have 31 EC ... is that a mistake?" got a plain ✅ on the
    student's own count; the check goes by uSis, so the way to correct it, and whether its date has
    passed, is said beneath."""
    text = ask(assembly, "i got a warning email. i have 31 EC. started sept 2026. is that a mistake?", today)
    assert text.startswith("✅ You have the 30 EC you need")
    assert "the check goes by the data in uSis" in text and said in text


def test_audit23_what_happens_after_i_click_yes_is_what_follows_submitting(assembly: Assembly) -> None:
    """Audit 23, 16: "what happens after I click yes?" got the clicks (steps 11-13) again; clicking
    yes submits the petition, and what follows is the boards' meeting and decision."""
    text = ask(assembly, "what happens after I click yes?", date(2026, 11, 27))
    assert "Step 11" not in text
    assert "board meeting" in text


def test_audit23_the_project_total_counts_the_new_project_too(assembly: Assembly) -> None:
    """Audit 23, 17: "i did 2 EC assisting and a 2 EC project. can i do another 2 EC project?" counted
    only the project as used and said "that makes 4 EC" beside "Can count for 1 EC"; both are used,
    and with the 1 EC that can count they make 5."""
    text = ask(
        assembly,
        "i did 2 EC assisting and a 2 EC project. can i do another 2 EC project?",
        date(2026, 11, 27),
    )
    assert "Can count for 1 EC of the 2 EC" in text
    assert "with the 1 EC of this one that can count, make 5 EC of project work in all" in text


def test_a_total_said_after_a_project_and_assisting_is_no_third_project(assembly: Assembly) -> None:
    """Two dev replies read "3 EC elective project and 2 EC assisting … = 5 EC" as a third project
    ("❌ This project work cannot count"); the 5 is the two added up."""
    text = ask(
        assembly,
        "3 EC elective project and 2 EC assisting someone's graduation project = 5 EC,"
        " is this combo allowed?",
        date(2026, 11, 27),
    )
    assert "cannot count" not in text
    assert "With the 2 EC for assisting, that makes 5 EC of project work in all" in text


def test_audit23_expect_12_ec_by_june_is_worked_out(assembly: Assembly) -> None:
    """Audit 23, 18: "I started in February 2027 and expect 12 EC by June. Is that enough?" got the
    general February rule only; 12 EC expected is 3 short of the 15."""
    text = ask(
        assembly, "I started in February 2027 and expect 12 EC by June. Is that enough?", date(2027, 2, 15)
    )
    assert "If you end up with 12 EC by 31 August 2027" in text
    assert "3 EC short of the 15 EC" in text


def test_audit22_will_it_count_also_what_if_i_already_did_varies_the_course(assembly: Assembly) -> None:
    """Audit 22, 11: "Will it count? Also, what if I already did 2 EC at level 200?" after a 4 EC level
    300 course judged the old course beside a new one ("can count for 2 EC"); it asks what the
    follow-up alone asks: with 2 EC at level 200 used, at most 3 of the 4 EC fit."""
    chat = Transcript(assembly.conversation, date(2027, 4, 10))
    chat.send("I want to take a level 300 course of 4 EC at the UvA.")
    chat.send("Will it count? Also, what if I already did 2 EC at level 200?")
    text = chat.replies[-1].text
    assert text.startswith("Taking as already counted what you say you have used: 2 EC at level 200.")
    assert "At most 3 EC of its 4 EC fit the cap below 400" in text


def test_audit22_do_i_need_to_do_anything_now_is_no_filler(assembly: Assembly) -> None:
    """Audit 22, 28: "I have 30 EC. Do I need to do anything now? Also will I get a decision?" on
    2 September got the year's calendar: "Do I need to do anything now?" was dropped as filler, so
    the 30 EC were never judged."""
    text = ask(
        assembly, "I have 30 EC. Do I need to do anything now? Also will I get a decision?", date(2027, 9, 2)
    )
    assert text.startswith("✅ You have the 30 EC you need")


def test_audit22_also_what_if_i_only_get_12_after_a_february_start(assembly: Assembly) -> None:
    """Audit 22, 20: "I started this month (February 2027). How many EC do I need and by when? Also
    what if I only get 12?" gave only the rule; 12 EC by 31 August 2027 is 3 short of the 15."""
    text = ask(
        assembly,
        "I started this month (February 2027). How many EC do I need and by when?"
        " Also what if I only get 12?",
        date(2027, 2, 15),
    )
    assert "If you end up with 12 EC by 31 August 2027" in text and "3 EC short of the 15 EC" in text


def test_audit22_a_short_premasters_programme_size_is_no_ec_held(assembly: Assembly) -> None:
    """Audit 22, 24: "short premaster started september 2026, 15 EC programme, I have 10 EC, exam on
    25 january of 5 EC" got only "complete it by 31 January" ("Not settled"); 10 of 15 held, the 5
    to come complete it by then."""
    text = ask(
        assembly,
        "short premaster started september 2026, 15 EC programme, I have 10 EC, exam on 25 january of 5 EC."
        " Will I make it?",
        date(2027, 1, 20),
    )
    assert text.startswith("📌 You have 10 EC. By 31 January 2027")
    assert "with them you would have 15 EC, enough" in text


def test_a_resit_day_beside_ec_is_no_decision_date(assembly: Assembly) -> None:
    """Set Y7: "I did a 5 EC resit on 20 August ... Do I need to worry about a decision or letter?"
    got an appeal deadline "6 weeks after the decision of 20 August 2026"; the day is the resit's,
    and no decision is said to have come."""
    text = ask(
        assembly,
        "In July 2026 uSis said I had 28 EC. I did a 5 EC resit on 20 August, passed it, and the grade was"
        " in uSis on 25 August. Do I need to worry about a decision or letter?",
        date(2026, 11, 25),
    )
    assert "time to appeal" not in text


def test_audit22_so_close_beside_ec_is_a_progress_question(assembly: Assembly) -> None:
    """Audit 22, 15: "I have 29 EC. So close! Can I do something?" on 20 August got the IND's general
    text with no verdict; 29 EC is 1 short by 31 August 2027."""
    text = ask(assembly, "I have 29 EC. So close! Can I do something?", date(2027, 8, 20))
    assert text.startswith(
        "📌 You have 29 EC. By 31 August 2027 (11 days from today) you need 30 EC in all: 1 EC more."
    )
