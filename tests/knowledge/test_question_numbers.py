"""Questions that carry their own numbers get the rule core's verdict for those numbers, however
the student writes them: levels before or after the EC, "the 10th of July", "now it's July 10"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.answering.ask import AnswerKind, Asker
from bot.answering.facts import read_facts
from bot.answering.matcher import Matcher, Thresholds
from bot.app import assemble

TODAY = date(2026, 11, 25)
ASSEMBLY = assemble()
NORMALISER = ASSEMBLY.kb.normaliser()


def test_each_level_pairs_with_its_ec_in_the_order_written() -> None:
    facts = read_facts("a 200 level course of 5 ec and a 300 level one of 3 ec, ok?", NORMALISER, TODAY)
    assert facts.courses == ((Decimal(5), 200), (Decimal(3), 300))
    facts = read_facts("level 100 workshop of 3 EC and a level 300 course of 5 EC", NORMALISER, TODAY)
    assert facts.courses == ((Decimal(3), 100), (Decimal(5), 300))


def test_one_level_for_two_amounts_is_no_pairing_unless_it_is_said_of_both() -> None:
    def courses(question: str) -> tuple[tuple[Decimal, int], ...]:
        return read_facts(question, NORMALISER, TODAY).courses

    assert courses("a 5 EC course and a level 300 course of 3 EC") == ()
    assert courses("I have two courses, a level 300 one of 5 ec and another of 3 ec") == ()
    assert courses("two level 300 courses of 5 EC and 3 EC") == ((Decimal(5), 300), (Decimal(3), 300))
    assert courses("two UvA master courses, 7.5 EC and 4.5 EC") == (
        (Decimal("7.5"), 400),
        (Decimal("4.5"), 400),
    )


def test_a_day_of_a_month_and_a_month_day_today_are_read() -> None:
    facts = read_facts("today is the 10th of july, decision was on the 1st of june", NORMALISER, TODAY)
    assert facts.stated_today == date(2026, 7, 10)
    assert facts.dates == (date(2026, 6, 1),)
    assert read_facts("now it's july 10 and i have 20 ec", NORMALISER, TODAY).stated_today == date(
        2026, 7, 10
    )


def test_the_30_of_the_60_ec_is_still_not_a_date() -> None:
    assert read_facts("I have 30 of the 60 EC", NORMALISER, TODAY).dates == ()


def test_a_stated_today_decides_the_appeal_deadline() -> None:
    answer = ASSEMBLY.asker.ask(
        "today is the 10th of july, decision was on the 1st of june, can i still appeal", TODAY
    )
    assert answer.kind is AnswerKind.COMPUTED
    assert "13 July 2026" in answer.answer


def test_a_start_in_other_words_is_a_progress_question() -> None:
    answer = ASSEMBLY.asker.ask("currently 27 EC, september intake, enough?", TODAY)
    assert answer.kind is AnswerKind.COMPUTED
    assert "27 EC" in answer.answer


def test_a_half_credit_asked_as_rounding_is_computed() -> None:
    answer = ASSEMBLY.asker.ask("will 4.5 ec become 4 or 5", TODAY)
    assert answer.kind is AnswerKind.COMPUTED
    assert "of the 4.5 EC, at most 4 EC" in answer.answer


def test_a_message_told_in_sentences_gets_the_floor_of_a_story() -> None:
    """Few meaningful words, but told in sentences: a story's lower floor, not a short question's."""
    kb = ASSEMBLY.kb
    strict = Thresholds(floor=65.0, long_floor=55.0, lead_floor=90.0)
    asker = Asker(kb, Matcher(kb.entries, kb.normaliser(), strict))
    told = asker.ask("I have a disability. It slows me down. Does anyone need to know?", TODAY)
    assert (told.kind, told.entry) == (AnswerKind.ANSWER, "circumstances-personal")
    run_on = asker.ask("I have a disability and it slows me down does anyone need to know", TODAY)
    assert run_on.kind is AnswerKind.ABSTAIN


def test_days_and_weeks_ago_are_dates_counted_back_from_today() -> None:
    assert read_facts("decision came two weeks ago", NORMALISER, TODAY).dates == (date(2026, 11, 11),)
    assert read_facts("it came 3 days ago", NORMALISER, TODAY).dates == (date(2026, 11, 22),)
    assert read_facts("received it 6 weeks and 2 days ago", NORMALISER, TODAY).dates == (date(2026, 10, 12),)
    assert read_facts("got it yesterday", NORMALISER, TODAY).dates == (date(2026, 11, 24),)
    assert read_facts("a month ago", NORMALISER, TODAY).dates == ()
    answer = ASSEMBLY.asker.ask("got a negative decision 5 weeks ago, is it too late to appeal?", TODAY)
    assert answer.kind is AnswerKind.COMPUTED
    assert "2 December 2026" in answer.answer


def test_an_amount_glued_to_its_unit_or_counted_per_course_is_read() -> None:
    assert read_facts("I have 20EC, started in september", NORMALISER, TODAY).ec == (Decimal(20),)
    assert read_facts("the course is 7.5ects", NORMALISER, TODAY).ec == (Decimal("7.5"),)
    assert read_facts("I passed 3 courses of 5 EC each", NORMALISER, TODAY).ec == (Decimal(15),)
    each = read_facts("two level 300 courses of 5 EC each", NORMALISER, TODAY)
    assert each.courses == ((Decimal(5), 300), (Decimal(5), 300))


def test_spelled_slashed_and_year_amounts() -> None:
    assert read_facts("I only have twenty EC, started in september", NORMALISER, TODAY).ec == (Decimal(20),)
    assert read_facts("twenty-two credits so far", NORMALISER, TODAY).ec == (Decimal(22),)
    assert read_facts("I have 25/30 EC and started in september", NORMALISER, TODAY).ec == (Decimal(25),)
    # "EC so far: 21": the 21 is EC (a year phrase right before it); the year 2025 is never an amount.
    assert read_facts("Started: September 2025. EC so far: 21", NORMALISER, TODAY).ec == (Decimal(21),)


def test_a_today_stated_by_its_month_alone_is_the_middle_of_the_nearest_one() -> None:
    facts = read_facts("I started in September and it's now April. I have 10 EC", NORMALISER, TODAY)
    assert facts.stated_today == date(2027, 4, 15)
    assert facts.months == (9,)
    assert read_facts("I started in September and now I have 20 EC", NORMALISER, TODAY).stated_today is None
    answer = ASSEMBLY.asker.ask("it's already july and I have 25 EC, I started in February", TODAY)
    assert answer.kind is AnswerKind.COMPUTED
    assert "31 August 2026" in answer.answer


def test_the_answers_beside_a_verdict_come_from_its_words_not_its_numbers() -> None:
    """ "10 July" once put "uSis step 10" beside a progress verdict."""
    answer = ASSEMBLY.asker.ask(
        "it's 10 july now, I started in september 2025 and have 40 EC, am I ok?", TODAY
    )
    assert answer.kind is AnswerKind.COMPUTED
    assert "You have the 30 EC you need" in answer.answer
    assert all("step" not in c.title for c in answer.related), answer.related
    story = ASSEMBLY.asker.ask(
        "my mother was in hospital for two months and I only have 18 EC, I started in september 2026", TODAY
    )
    assert story.kind is AnswerKind.COMPUTED
    assert any("circumstances" in c.title.casefold() for c in story.related), story.related
    started = ASSEMBLY.asker.ask(
        "it's july 5 and i only have 20 ec, started last september. what should i do", TODAY
    )
    assert started.kind is AnswerKind.COMPUTED
    assert not started.related, "'started last september' is the verdict's, not a reason for other answers"


def test_a_grade_is_read_where_a_student_states_it_and_not_from_counts() -> None:
    def grade(question: str) -> Decimal | None:
        return read_facts(question, NORMALISER, TODAY).grade

    assert grade("I did a 4 EC course at level 400 at the UvA and got a 5.5") == Decimal("5.5")
    assert grade("got a 7 for my 5 ec elective") == Decimal(7)
    assert grade("my grade was 5,5 at the VU") == Decimal("5.5")
    assert grade("a 7.5 ec course at the uva with a 5.5 grade") == Decimal("5.5")
    assert grade("I got 3 courses of 5 EC at level 400") is None
    assert grade("I got 20 EC so far") is None


def test_a_course_taken_with_a_grade_from_elsewhere_is_not_told_to_petition_before_it_starts() -> None:
    answer = ASSEMBLY.asker.ask("I did a 4 EC course at level 400 at the UvA and got a 5.5", TODAY)
    assert answer.kind is AnswerKind.COMPUTED
    shown = f"{answer.answer}\n{answer.detail}"
    assert "rounded to 5" in answer.answer
    assert "before the course starts" not in shown
    assert "permission had to be requested before it started" in shown
    assert "Send proof of your grade" in shown


def test_ec_of_a_student_who_started_in_an_earlier_year_are_not_taken_as_this_year_s() -> None:
    earlier = ASSEMBLY.asker.ask("I started in September 2025 and have 45 EC", TODAY)
    assert earlier.kind is AnswerKind.COMPUTED
    assert "✅" not in earlier.answer
    assert "counted per academic year" in earlier.answer
    assert "since 1 September 2026" in earlier.answer
    this_year = ASSEMBLY.asker.ask("I started in September 2026 and have 31 EC", TODAY)
    assert this_year.answer.startswith("✅ You have the 30 EC")


def test_a_bare_number_after_have_is_the_student_s_ec_only_in_a_question_about_ec() -> None:
    def ec(question: str) -> tuple[Decimal, ...]:
        return read_facts(question, NORMALISER, TODAY).ec

    assert ec("i'm waiting for 10 ec to be entered in usis, i have 22 now, started sept") == (Decimal(22),)
    assert ec("I have 2 courses of 5 EC") == (Decimal(10),)  # the 2 counts courses of 5 EC each
    assert ec("I have 22 now, started in september") == ()


def test_ec_a_student_expects_are_still_to_come_even_without_the_unit() -> None:
    """EC expected are still to come, not waiting for uSis ("waiting for credits to be entered into
    uSis" is the page's no-action case): held 28, 5 more to come."""
    facts = read_facts("I have 28 EC, started september 2026, and I'm expecting 5 more", NORMALISER, TODAY)
    assert facts.ec == (Decimal(28), Decimal(5))
    assert facts.pending == ()


def test_a_passed_appeal_deadline_says_who_to_turn_to() -> None:
    answer = ASSEMBLY.asker.ask(
        "the decision on my progress was dated 1 september, can i still appeal", TODAY
    )
    assert "has passed" in answer.answer
    assert "study adviser" in answer.answer


def test_a_course_under_one_ec_is_told_nothing_counts_not_at_most_zero() -> None:
    answer = ASSEMBLY.asker.ask("is a 0.5 ec workshop worth anything", TODAY)
    assert answer.kind is AnswerKind.COMPUTED
    assert answer.answer.startswith("❌ Nothing of it can count")
    assert "at most 0" not in answer.answer


def test_n_courses_of_x_ec_each_at_one_level_are_n_courses() -> None:
    facts = read_facts("can i do two level 100 courses of 2 ec each", NORMALISER, TODAY)
    assert facts.courses == ((Decimal(2), 100), (Decimal(2), 100))
    answer = ASSEMBLY.asker.ask("can i do two level 100 courses of 2 ec each", TODAY)
    assert answer.answer.startswith("⚠️ Together at most 3 EC of these 4 EC can count")
    assert read_facts("I passed 3 courses of 5 EC each", NORMALISER, TODAY).ec == (Decimal(15),)


def test_an_approved_petition_is_read_only_when_the_student_says_so() -> None:
    def approved(question: str) -> bool:
        return read_facts(question, NORMALISER, TODAY).approved

    assert approved("I took a 7.5 EC level 400 course at Delft with petition approved, got a 7")
    assert not approved("if my petition is approved, does a 5 ec level 400 course count")
    assert not approved("my petition was not approved, 5 ec level 400")
    answer = ASSEMBLY.asker.ask(
        "I took a 7.5 EC level 400 course at Delft with petition approved, got a 7. how many EC do I get?",
        TODAY,
    )
    assert answer.answer.startswith("✅ Counts as an elective: 7 EC.")
    assert "Send proof of your grade" in answer.answer
    assert "before the course starts" not in f"{answer.answer}{answer.detail}"


def test_a_stated_today_is_never_before_the_start_the_question_gives() -> None:
    answer = ASSEMBLY.asker.ask("I started Sept 2026 and it's June, I have 20 EC. am I ok?", TODAY)
    assert "By 31 August 2027" in answer.answer
    assert "Worked out for 15 June 2027, the day your message gives." in answer.answer


def test_a_course_verdict_with_a_grade_from_elsewhere_and_half_credits_says_both_and_nothing_of_the_ind() -> (
    None
):
    answer = ASSEMBLY.asker.ask(
        "I did a 7.5 EC course at Amsterdam and got a 5.5. what do i end up with?", TODAY
    )
    assert answer.kind is AnswerKind.COMPUTED
    assert "of the 7.5 EC, at most 7 EC" in answer.answer
    assert "rounded to 5" in answer.answer
    assert answer.related
    assert all(not c.entry.startswith(("progress-", "circumstances-")) for c in answer.related), (
        answer.related
    )


def test_everything_due_on_the_first_date_ahead_is_shown_up_front() -> None:
    answer = ASSEMBLY.asker.ask(
        "its 15 june 2027, I have 20 EC, started sept 2026. can I still report exceptional circumstances?",
        TODAY,
    )
    assert (
        "before 1 July 2027: If exceptional circumstances hindered your studies, report them."
        in answer.answer
    )
    assert "before 1 July 2027: If uSis shows wrong data" in answer.answer


def test_each_amount_pairs_with_the_level_named_nearest_to_it() -> None:
    question = (
        "I did a level 300 course for 4 EC and now want a level 200 course of 3 EC. "
        "how much of the level 200 course counts?"
    )
    assert read_facts(question, NORMALISER, TODAY).courses == ((Decimal(4), 300), (Decimal(3), 200))
    assert "At most 1 EC of its 3 EC fit the cap below 400" in ASSEMBLY.asker.ask(question, TODAY).answer


def test_ec_stated_at_a_check_day_that_has_passed_are_judged_on_that_day() -> None:
    answer = ASSEMBLY.asker.ask(
        "I had 10 EC by 31 August 2026 and I started Feb 2026. what happens now?", TODAY
    )
    assert answer.answer.startswith(
        "⚠️ By 31 August 2026, the date of the check, you had 10 of the 15 EC required"
    )
    assert "Worked out for 31 August 2026" in answer.answer
    assert all(c.entry.startswith(("progress-", "circumstances-")) for c in answer.related), answer.related


def test_a_cap_the_student_quotes_is_not_their_amount() -> None:
    def ec(question: str) -> tuple[Decimal, ...]:
        return read_facts(question, NORMALISER, TODAY).ec

    assert ec("Is permission for a level 300 course automatic if I stay within the 5 EC?") == ()
    assert ec("does the 3 EC cap apply to a level 200 course of 4 EC") == (Decimal(4),)
    assert ec("I have 22 EC, is that within the rules") == (Decimal(22),)


def test_a_misspelt_level_is_still_a_level() -> None:
    """ "is a levle 300 corse of 6 ec ok": the verdict needs the level, typo or not."""
    facts = read_facts("is a levle 300 corse of 6 ec ok for my elctive", NORMALISER, TODAY)
    assert (facts.level, facts.ec) == (300, (Decimal(6),))


def test_several_amounts_without_a_level_are_rounded_course_by_course() -> None:
    """ "7.5 EC and 2.5 EC, what total?": 7 + 2 = 9, not 10 rounded down; the levels still decide."""
    answer = ASSEMBLY.asker.ask(
        "a 7.5 EC course at VU and a 2.5 EC workshop at the UvA, how many EC in total?", TODAY
    )
    assert answer.kind is AnswerKind.COMPUTED
    assert "7.5 EC becomes 7 EC, 2.5 EC becomes 2 EC. So at most 9 EC in all can count." in answer.answer
    assert "tell me the levels too" in answer.answer


def test_a_story_of_illness_puts_the_reporting_date_up_front() -> None:
    answer = ASSEMBLY.asker.ask("I had a burnout and only have 18 EC, started in september", TODAY)
    first, _, _ = answer.answer.partition("\n\nThen:")
    assert "before 1 July 2027: If exceptional circumstances hindered your studies, report them." in first
    plain = ASSEMBLY.asker.ask("I only have 18 EC, started in september", TODAY)
    assert "before 1 July 2027" not in plain.answer


def test_a_february_starter_past_the_first_period_hears_what_that_period_needed() -> None:
    answer = ASSEMBLY.asker.ask("started in february, have 12 ec now", TODAY)
    assert answer.answer.startswith(
        "📌 Your first period ran from 1 February 2026 to 31 August 2026 and needed 15 EC;"
    )
    assert "It does not say outright that this applies after a February start" in answer.answer


def test_a_start_still_to_come_gets_no_verdict_on_a_past_february() -> None:
    answer = ASSEMBLY.asker.ask("I'm starting in february, is 18 ec enough for my permit?", TODAY)
    assert answer.kind is AnswerKind.ANSWER
    assert "15 EC" in answer.answer


def test_pending_credits_without_the_word_ec_are_read_and_added_up() -> None:
    answer = ASSEMBLY.asker.ask("started in september, 18 studiepunten so far and 6 pending", TODAY)
    assert "You have 18 EC." in answer.answer
    assert "with them you would have 24 EC, still 6 EC short of the 30 EC" in answer.answer


def test_an_amount_a_rule_requires_is_not_what_the_student_has() -> None:
    """ "Do I still need 30 EC?" asked by a February starter: never "✅ you have the 30 EC"."""
    answer = ASSEMBLY.asker.ask(
        "Hi, I started in February, not September. Do I still need 30 EC by the summer like everyone else?",
        TODAY,
    )
    assert "✅" not in answer.answer and "you have 30 EC" not in answer.answer
    assert "15 EC" in answer.answer
    course = ASSEMBLY.asker.ask("I need a 5 EC course at level 300, does it count", TODAY)
    assert course.kind is AnswerKind.COMPUTED and "Can count for 5 EC" in course.answer


def test_assisting_again_beside_a_later_own_project_is_a_second_assisting() -> None:
    """Set K's truth review: "Can I do it again for another 2 EC? And later get help for my own
    graduation project?" was judged as 2 EC of the student's own project work."""
    answer = ASSEMBLY.asker.ask(
        "Last year I assisted someone's graduation project for 2 EC. Now another student wants me to do"
        " the programming for hers. Can I do it again for another 2 EC? And could I later get help myself"
        " for my own graduation project?",
        TODAY,
    )
    assert answer.answer.startswith("❌ This project work cannot count. You have already assisted")


def test_an_own_project_after_assisting_says_what_the_two_make_together() -> None:
    answer = ASSEMBLY.asker.ask(
        "I got 2 EC for helping a graduation project, now I want my own 4 EC project, ok?", TODAY
    )
    assert "⚠️ Can count for 3 EC of the 4 EC of project work" in answer.answer
    assert (
        "With the 2 EC for assisting, that makes 5 EC of project work in all (at most 5 EC can count)."
        in answer.answer
    )


def test_a_grade_someone_gave_and_credits_still_coming_are_read() -> None:
    """Set K's truth review: "gave me a 5.5" dropped the grade rule; "6 more coming" was ignored."""
    graded = ASSEMBLY.asker.ask(
        "Uni in Germany gave me a 5.5 for a 7.5 EC course, what will Leiden register?", TODAY
    )
    assert "of the 7.5 EC, at most 7 EC can count" in graded.answer
    assert "it is rounded to 5" in graded.answer
    coming = ASSEMBLY.asker.ask(
        "I started in September and have 24 EC now, plus 6 more coming from a course that ends in June."
        " Am I safe?",
        TODAY,
    )
    # A course that ends in June is still to pass, not waiting for uSis (audit 14, 33).
    assert coming.answer.startswith("📌 You have 24 EC.")
    assert "with them you would have 30 EC, enough, if you obtain them by 31 August 2027" in coming.answer


def test_a_lab_whose_level_is_open_says_what_the_top_of_its_range_would_count() -> None:
    """Set K's truth review: "Can count for 3 EC" for a 4 EC Lab read as the whole answer."""
    answer = ASSEMBLY.asker.ask(
        "An ArtScience lab is 4 EC and I'm not doing the upgrade, can it still count?", TODAY
    )
    assert answer.answer.startswith("⚠️ At most 3 EC of its 4 EC fit the cap below 400")
    assert (
        "At level 300 it would be 4 EC: the page leaves its level open, ask the coordinator." in answer.answer
    )


def test_a_question_about_how_the_caps_relate_judges_no_invented_courses() -> None:
    """Sets J and K's truth reviews: "is the 3 inside the 5?" got two invented courses, one of them
    "already used"; the entries say the 3 EC are part of the 5."""
    answer = ASSEMBLY.asker.ask(
        "Are the 5 EC for level 300 and the 3 EC for level 100/200 two separate allowances,"
        " or is the 3 inside the 5?",
        TODAY,
    )
    assert answer.kind is AnswerKind.ANSWER
    assert "of which at most 3 EC" in answer.answer or "not on top of them" in answer.answer


def test_an_amount_said_of_several_courses_is_rounded_per_course() -> None:
    """ "Two courses of 2.5 EC each": 2 + 2 = 4 EC, not 5 EC taken as one course."""
    answer = ASSEMBLY.asker.ask("two external courses of 2.5 ec each, how many ec do i get", TODAY)
    assert "2.5 EC becomes 2 EC, 2.5 EC becomes 2 EC. So at most 4 EC in all can count." in answer.answer
    progress = ASSEMBLY.asker.ask(
        "I passed 3 courses of 5 EC each and started in september, on track?", TODAY
    )
    assert progress.answer.startswith("📌 You have 15 EC.")


def test_credits_waiting_in_usis_say_the_total_and_that_nothing_is_needed() -> None:
    """Set M's truth review: "20 EC in uSis and 12 more waiting" got the general September answer."""
    answer = ASSEMBLY.asker.ask(
        "Started Sept, 20 EC in uSis and 12 more waiting to be entered. Do I need to do anything?", TODAY
    )
    assert answer.answer.startswith("🕒 With the 12 EC you are waiting for, you would have 32 EC: enough")
    assert "and are only waiting for them to be entered in uSis, no action is required" in answer.answer


def test_two_amounts_sharing_one_unit_are_both_read() -> None:
    """Set M's truth review: "2.5 and 4.5 ec, total?" was answered for the 4.5 EC course alone."""
    answer = ASSEMBLY.asker.ask("doing two external courses, 2.5 and 4.5 ec. total that counts?", TODAY)
    assert "So at most 6 EC in all can count." in answer.answer


def test_assisting_asked_beyond_its_cap_says_how_much_of_it_counts() -> None:
    """Set M's truth review: 3 EC of assisting was spoken of as "the 2 EC for assisting"."""
    answer = ASSEMBLY.asker.ask(
        "Want to assist someone's grad project for 3 EC and also do my own elective project for 3 EC."
        " how many can i actually get",
        TODAY,
    )
    assert "Of the 3 EC for assisting, at most 2 EC can count; with them, that makes 5 EC" in answer.answer


def _on(day: date, question: str) -> str:
    return ASSEMBLY.asker.ask(question, day).answer


def test_review_4_dates_decisions_bear_and_starts_before_the_check() -> None:
    """Review 4: the appeal counted from the day the e-mail came, a future decision day put in the
    past, and last year's EC taken as this year's the day after the check."""
    assert _on(
        date(2027, 10, 20),
        "I received the decision email on 5 October but the letter is dated 1 October."
        " what is my appeal deadline?",
    ).startswith("📅 Last day to lodge your appeal: 12 November 2027")
    assert _on(
        date(2027, 9, 5), "I will get the decision on 30 September, when is the last day to appeal?"
    ).startswith("📅 Last day to lodge your appeal: 11 November 2027")
    assert _on(date(2027, 9, 1), "I have 28 EC, started in September, am I ok?").startswith(
        "⚠️ By 31 August 2027, the date of the check, you had 28 of the 30 EC required: 2 EC short."
    )


def test_review_4_amounts_in_lists_pending_and_informal_progress() -> None:
    assert "So at most 11 EC in all can count." in _on(TODAY, "a 7.5 and a 4.5 EC course, total?")
    assert "So at most 14 EC in all can count." in _on(
        TODAY, "courses of 7.5, 2.5 and 5 EC, how much do I get?"
    )
    assert _on(TODAY, "I have 24 EC, 6 pending. Started in September.").startswith(
        "🕒 With the 6 EC you are waiting for, you would have 30 EC"
    )
    assert _on(TODAY, "ik heb 20 studiepunten, begonnen in september").startswith("📌 You have 20 EC.")
    assert _on(TODAY, "26 EC + 4 pending, sept starter").startswith("🕒 With the 4 EC you are waiting for")


def test_review_4_disputed_usis_data_and_an_unsaid_premaster_length() -> None:
    disputed = _on(
        date(2027, 6, 15), "my usis data is wrong, it shows 20 EC but I have 30, started september"
    )
    assert disputed.startswith("If you think you made sufficient progress but your uSis data is incorrect")
    assert "before 1 July 2027, 16 days from today" in disputed
    premaster = _on(
        TODAY, "I am a premaster student, I have 20 EC out of 30 of my premaster, started in September"
    )
    assert (
        "If yours is a short premaster (one semester), it must be complete by 31 January 2027 instead."
        in premaster
    )


def test_set_n_a_guessed_total_is_no_second_course_and_each_may_go_unsaid() -> None:
    """Set N's truth review: "two courses of 2.5 EC abroad, is that 5 EC?" read the guess as a
    second course (7 EC in all)."""
    answer = _on(TODAY, "two courses of 2.5 EC abroad, is that 5 EC?")
    assert "2.5 EC becomes 2 EC, 2.5 EC becomes 2 EC. So at most 4 EC in all can count." in answer


def test_review_4_a_day_and_month_written_with_a_slash_after_on() -> None:
    answer = _on(TODAY, "decision came on 10/9, how long do i have to appeal")
    assert "(6 weeks after the decision of 10 September 2026) ended on 22 October 2026" in answer
    assert read_facts("3/5 of my courses are done", NORMALISER, TODAY).dates == ()


def test_review_4_one_day_is_no_days() -> None:
    answer = _on(date(2027, 8, 30), "I have 27 EC, started in September")
    assert "By 31 August 2027 (1 day from today)" in answer


def test_review_4_a_family_story_with_ec_names_the_student_counsellor() -> None:
    answer = _on(
        date(2027, 3, 15),
        "my mother got seriously ill and I flew home for two months, I only have 14 EC, started in september",
    )
    assert "before 1 July 2027: If exceptional circumstances hindered your studies, report them." in answer
    assert "Also make an appointment with a student counsellor to discuss your situation." in answer
    plain = _on(date(2027, 3, 15), "I only have 14 EC, started in september")
    assert "student counsellor" not in plain


def test_a_count_before_an_amount_says_how_many_courses_it_is_of() -> None:
    """ "2x 2.5 EC courses at level 300" was read as a 2 EC course and a 2.5 EC one."""
    for question in (
        "I did 2x 2.5 EC courses at level 300, how much counts?",
        "two 2.5 ec courses at level 300",
        "two courses of 2.5 EC each at level 300, how much counts?",
    ):
        facts = read_facts(question, NORMALISER, TODAY)
        assert facts.per_course == (Decimal("2.5"), Decimal("2.5")), question
        assert facts.courses == ((Decimal("2.5"), 300), (Decimal("2.5"), 300)), question
        assert _on(TODAY, question).startswith("⚠️ Together at most 4 EC of these 5 EC can count"), question
    assert read_facts("I have 22 EC and 2 pending", NORMALISER, TODAY).ec == (Decimal(22),)


def test_courses_that_all_count_say_so_instead_of_at_most_all() -> None:
    answer = _on(TODAY, "3 times 5 EC level 400 courses at another university")
    assert answer.startswith("⚠️ All 15 EC of these courses can count, not yet for certain")


def test_ec_without_a_start_are_worked_out_for_september_and_say_so() -> None:
    """ "I have 12 EC, am I on track?" asked for the EC the student had just given."""
    answer = _on(TODAY, "I have only 12 ec, am i on track?")
    assert answer.startswith("📌 You have 12 EC. By 31 August 2027 (279 days from today) you need 30 EC")
    assumed = answer.split("\n\n")[1]
    assert "I've taken it that you started in September. If you started in February" in assumed


def test_no_september_is_assumed_for_a_course_size_a_shortfall_or_a_story_of_hindrance() -> None:
    for question in (
        "I have a residence permit. My grade for a 6 EC course is still not in uSis, must I do something?",
        "I'm maybe 5 EC short this year. Can the university just not report me to the IND?",
        "I was ill for months and I'm at about 20 EC, does that count for the IND?",
    ):
        assert "I've taken it that you started in September" not in _on(TODAY, question), question
    assert read_facts("I'm 5 EC short, started in September", NORMALISER, TODAY).ec == ()
    assert read_facts("my 6 EC course is pending", NORMALISER, TODAY).course_sized
    assert not read_facts("I have 22 EC and a 6 EC course pending", NORMALISER, TODAY).course_sized


def test_set_p_a_february_starters_total_now_is_compared_with_the_first_periods_15_ec() -> None:
    """Sets P and Q: "started in February, have 12 EC now" was never told 12 is under 15."""
    answer = _on(TODAY, "started in february, have 12 ec now")
    assert (
        "If your 12 EC are all you have obtained since 1 February 2026, you had fewer than the 15 EC"
        " at that check: at least 3 EC short." in answer
    )
    assert "EC short" not in _on(TODAY, "started in february 2026, have 20 ec now")


def test_set_p_a_grade_said_for_a_courses_ec_is_read_and_half_credits_mean_another_university() -> None:
    answer = _on(TODAY, "5.5 for 7.5 EC course, result?")
    assert "at most 7 EC can count" in answer
    assert "A final grade of 5.5 from another university is not accepted by Leiden University" in answer
    assert read_facts("5.5 for my 5 ec level 400 course at uva", NORMALISER, TODAY).grade == Decimal("5.5")


def test_set_p_an_own_project_already_approved_is_no_earlier_assisting() -> None:
    question = (
        "I already have a 3 EC elective project approved. Now a friend asked me to help with her grad"
        " project and I'd like 3 EC for that. Does that work?"
    )
    assert not read_facts(question, NORMALISER, TODAY).assisting_again
    assert "You have already assisted another student once" not in _on(TODAY, question)
    again = "I already helped one graduation project for 2 EC, can I assist another for 2 EC?"
    assert read_facts(again, NORMALISER, TODAY).assisting_again


def test_set_q_an_amount_still_to_reach_is_not_what_the_student_has() -> None:
    assert read_facts("what is the last day to have my 30 EC?", NORMALISER, TODAY).ec == ()
    assert read_facts("I managed to get 22 EC so far", NORMALISER, TODAY).ec == (Decimal(22),)


def test_set_p_a_story_of_last_year_says_that_years_date_has_passed() -> None:
    """Set P: "sick last spring", asked in November, was shown only next July's date."""
    answer = _on(TODAY, "I was sick for almost two months last spring, does that count for the permit?")
    assert "If this is about last academic year, its date, 1 July 2026, has passed" in answer
    assert "📅 This academic year: before 1 July 2027" in answer
    assert "has passed" not in _on(TODAY, "I am sick since October, what should I do for my permit?")


def test_an_approved_petition_below_400_counts_without_doubt_within_the_cap() -> None:
    """ "My petition for a 5 EC level 300 course was approved" was told the Board still decides."""
    answer = _on(TODAY, "my petition for a 5 EC level 300 course was approved, does it count?")
    assert answer.startswith("✅ Counts as an elective: 5 EC.")
    assert _on(TODAY, "a 5 EC level 300 course, does it count?").startswith("⚠️ Can count for 5 EC")
    several = _on(
        TODAY, "my petition for a 5 EC level 300 course was approved, and I also want a 1 EC level 400 course"
    )
    assert "✅" not in several


def test_set_t_sums_and_names_that_were_left_to_the_student() -> None:
    """Set T's truth review: two half-credit courses named as workshops got no total; a year's
    EC that may include earlier years got no count of what is missing; two courses of 5 EC were
    both 'the course of 5 EC'."""
    total = _on(TODAY, "I got 7.5 EC at TU Delft and 2.5 EC for a Blender workshop. How many EC in total?")
    assert "So at most 9 EC in all can count." in total
    per_year = _on(date(2027, 5, 15), "started sept 2024 and I have 18 EC. how many am I missing?")
    assert "If all 18 EC are this year's, you need 12 EC more by 31 August 2027." in per_year
    named = _on(TODAY, "a level 100 course of 5 EC plus a level 300 course of 5 EC, how much counts?")
    assert "1. The level 100 course of 5 EC:\n⚠️ At most 3 EC of its 5 EC" in named
    assert "2. The level 300 course of 5 EC:\n⚠️ At most 2 EC of its 5 EC" in named


def test_sets_v_and_w_totals_glued_units_counted_courses_and_guesses() -> None:
    """Sets V and W's truth reviews: "22 of the 30" read the 30 as what the student has; "3ec" was
    a word of its own to the matcher; "two 2ec level 200 courses" was one course; an external
    7.5 EC still to come added 7.5, not the 7 Leiden registers; "round up to 8 EC?" was a course."""
    story = _on(TODAY, "i have 22 of the 30 and a 6 ec course and a 5 ec resit left, am i safe")
    assert story.startswith("📌 You have 22 EC.")
    assert "with them you would have 33 EC" in story
    assert NORMALISER.words("project 3ec + assist 2ec")[:3] == ["project", "3", "ec"]
    facts = read_facts("two 2ec level 200 courses", NORMALISER, TODAY)
    assert facts.courses == ((Decimal(2), 200), (Decimal(2), 200))
    external = _on(TODAY, "I have 25 EC and an external 7.5 EC course still to come, started september")
    assert "you would have 32 EC" in external
    assert read_facts("does my 7.5 ec course round up to 8 EC?", NORMALISER, TODAY).ec == (Decimal("7.5"),)


def test_set_w_now_in_a_month_is_the_questions_today() -> None:
    facts = read_facts("I started in September and have 26 EC now in June", NORMALISER, TODAY)
    assert facts.stated_today == date(2026, 6, 15)


def test_set_v_a_february_starters_total_at_or_over_15_says_the_first_period_was_met_if_in_usis() -> None:
    answer = _on(TODAY, "started in february 2026, have 18 ec now, am i safe for the ind?")
    met = "If 15 of your 18 EC were in uSis at that check, you met that first period's requirement."
    assert met in answer


def test_set_y_what_usis_shows_is_no_second_course() -> None:
    question = "why does my 2.5 EC workshop from Utrecht show up as 2 EC in usis?? is that a mistake"
    assert read_facts(question, NORMALISER, TODAY).ec == (Decimal("2.5"),)
    assert _on(TODAY, question).startswith("Half credits round down: of the 2.5 EC, at most 2 EC can count.")


def test_set_y_a_date_of_last_academic_year_in_the_story_says_its_deadline_has_passed() -> None:
    story = "got the warning mail on 20 June. I've been ill since March, never reported it. too late?"
    answer = _on(TODAY, story)
    assert "If this is about last academic year, its date, 1 July 2026, has passed" in answer
    assert "has passed" not in _on(TODAY, "I got sick on 2 October, when must I report my circumstances?")


def test_ec_alone_with_a_worry_are_checked_against_the_30_ec_not_matched_to_a_step_number() -> None:
    """ "I have 11 EC" got uSis step 11 ('save') and "I have 12 EC, what should I do?" the statement
    of hindrance: the student's EC and nothing else ask about the year's 30 EC."""
    for question, short in (("I have 11 EC", "19 EC"), ("I have 12 EC, what should I do?", "18 EC")):
        answer = ASSEMBLY.asker.ask(question, TODAY)
        assert answer.kind is AnswerKind.COMPUTED, question
        assert f"you need 30 EC in all: {short} more" in answer.answer
        assert "I've taken it that you started in September" in answer.answer
    # A course's EC with its level is still a course question.
    assert "5 EC" in ASSEMBLY.asker.ask("I have a 6 EC level 300 course", TODAY).answer


def test_ec_a_student_expects_to_end_with_are_a_projection_of_the_check_not_a_holding() -> None:
    """ "I'll end up with 14 EC by August" was read as an illness ("I'll" without its apostrophe is
    "ill") and answered with the IND entry; it is what the student will have at the check."""
    facts = read_facts("I'll end up with 14 EC by August, is that enough?", NORMALISER, TODAY)
    assert (facts.ec, facts.expected) == ((Decimal(14),), True)
    assert "illness" not in facts.words
    short = ASSEMBLY.asker.ask("I'll end up with 14 EC by August, is that enough?", TODAY)
    assert "If you end up with 14 EC by 31 August 2027" in short.answer
    assert "you will be 16 EC short of the 30 EC" in short.answer
    assert "must notify the IND" in short.answer
    assert "You have 14 EC" not in short.answer
    met = ASSEMBLY.asker.ask("I expect to have 32 EC by the end of the year, am I safe?", TODAY)
    assert "📌 If you have 32 EC in uSis by 31 August 2027" in met.answer
    assert "must notify the IND" not in met.answer
    now = ASSEMBLY.asker.ask("I have 20 EC, will it be enough?", TODAY)
    assert "📌 You have 20 EC." in now.answer


def test_a_pending_word_after_and_belongs_to_the_next_amount() -> None:
    facts = read_facts("I have 20 EC and expect 6 more", NORMALISER, TODAY)
    assert facts.ec[0] == Decimal(20)
    assert Decimal(20) not in facts.pending


def test_a_number_followed_by_its_unit_after_a_month_is_an_amount_not_a_day() -> None:
    facts = read_facts("started feb, 9 ec in may. ok??", NORMALISER, TODAY)
    assert (facts.ec, facts.dates) == ((Decimal(9),), ())
    assert read_facts("the decision is dated feb 9, can I appeal", NORMALISER, TODAY).dates == (
        date(2026, 2, 9),
    )


def test_courses_counted_before_and_their_ec_each_after_are_each_counted() -> None:
    question = "I have 27 EC in uSis and 2 courses still waiting for grades, 3 EC each. Am I safe?"
    assert read_facts(question, NORMALISER, TODAY).ec == (Decimal(27), Decimal(6))
    # "Still waiting for grades": obtained and waiting to be entered, which the page calls pending.
    answer = ASSEMBLY.asker.ask(question, TODAY).answer
    assert "With the 6 EC you are waiting for, you would have 33 EC" in answer


def test_an_amount_named_again_is_the_same_course_not_a_second_one() -> None:
    question = "A Leiden course, 6 EC, level 300. How many of those 6 EC can count as elective?"
    assert read_facts(question, NORMALISER, TODAY).ec == (Decimal(6),)
    answer = ASSEMBLY.asker.ask(question, TODAY)
    assert answer.kind is AnswerKind.COMPUTED
    assert answer.answer.startswith("⚠️ At most 5 EC of its 6 EC")


def test_the_ec_counted_toward_is_the_rule_s_not_the_student_s() -> None:
    """ "Does it count toward my 30 EC for the permit?" got "✅ You have the 30 EC you need"."""
    question = "does an external elective count toward my 30 EC for the permit?"
    assert read_facts(question, NORMALISER, TODAY).ec == ()
    assert "You have the 30 EC" not in ASSEMBLY.asker.ask(question, TODAY).answer
    assert read_facts("I have 22 EC towards the 30", NORMALISER, TODAY).ec == (Decimal(22),)


def test_right_now_and_a_month_in_brackets_is_the_question_s_today() -> None:
    facts = read_facts("Started in September 2024, I have 24 EC right now (June).", NORMALISER, TODAY)
    assert facts.stated_today == date(2026, 6, 15)


def test_the_start_is_the_month_named_first_not_a_later_year_s_september() -> None:
    """ "Started in February 2024 ... From September 2024 on" was read as a September 2024 start,
    and the first period's 15 EC were told '15 EC short' at the 2025 check, with the IND."""
    question = (
        "I started in February 2024 and got my 15 EC by August. From September 2024 on,"
        " how many EC do I need by 31 August 2025?"
    )
    answer = ASSEMBLY.asker.ask(question, TODAY).answer
    assert "Your first period ran from 1 February 2024 to 31 August 2024" in answer
    assert "short" not in answer
    assert "IND" not in answer


def test_a_plan_of_an_approved_project_assisting_and_another_project_is_added_up() -> None:
    """It got the assisting entry ("at most 2 EC"), which a student could read as a yes."""
    question = (
        "I already have a 3 EC elective project approved and 2 EC for assisting a graduation project."
        " Can I still add another 2 EC self-directed project?"
    )
    answer = ASSEMBLY.asker.ask(question, TODAY)
    assert answer.kind is AnswerKind.COMPUTED
    assert answer.answer.startswith("❌ This project work cannot count. You have already used the 5 EC")
    room = ASSEMBLY.asker.ask(
        "I have a 1 EC own project done and got 2 EC for assisting a graduation project."
        " Can I add another 2 EC own project?",
        TODAY,
    ).answer
    assert "With your 1 EC project and the 2 EC for assisting, that makes 5 EC of project work in all" in room


def test_a_capped_project_says_of_how_many_ec_and_a_sum_offered_is_no_third_part() -> None:
    plan = ASSEMBLY.asker.ask(
        "plan: 2 EC for assisting a graduation project + 4 EC own project. does that fit?", TODAY
    )
    assert plan.answer.startswith(
        "⚠️ Can count for 3 EC of the 4 EC of project work: the rest is over the cap."
    )
    summed = (
        "3 EC assisting a friend's graduation project plus 2 EC of my own project. That's 5 EC, fine right?"
    )
    assert read_facts(summed, NORMALISER, TODAY).ec == (Decimal(3), Decimal(2))


def test_enough_for_the_30_ec_is_the_rule_s_and_half_credits_to_come_say_how_they_count() -> None:
    """ "26 EC and a 4.5 EC course to come: enough for the 30 EC?" read the 30 as the student's:
    "the other 34 EC you mention ... 60 EC"."""
    question = (
        "I have 26 EC in uSis and passed a 4.5 EC course at Delft, but I still need to send the"
        " transcript. Will that be enough for the 30 EC?"
    )
    answer = ASSEMBLY.asker.ask(question, TODAY).answer
    assert (
        "If the other 4.5 EC you mention (as 4 EC: half credits are rounded down) are registered in uSis"
        in answer
    )
    assert "you would have 30 EC, enough" in answer
    assert read_facts("I passed the exam for the 5 EC course", NORMALISER, TODAY).ec == (Decimal(5),)


def test_two_courses_both_of_an_amount_are_two_and_an_advanced_bachelor_level_is_300() -> None:
    both = read_facts("Taking two courses at UvA, both 7.5 EC. How many EC in total?", NORMALISER, TODAY)
    assert both.ec == (Decimal(15),)
    level = read_facts("a 5.5 EC course at advanced bachelor level", NORMALISER, TODAY)
    assert level.level == 300


def test_an_artscience_plan_reads_each_course_s_kind_amount_and_upgrade() -> None:
    """ "A Lab upgraded to 400 (6 EC), a first-year course (3 EC), a research group without upgrade
    (3 EC)": the 400 was read as EC, the 6 paired with the wrong kind, and "without" declined the
    Lab's upgrade too; the student got an entry about KABK levels."""
    question = (
        "ArtScience plan: a Lab upgraded to 400 (6 EC), a first-year ArtScience course (3 EC) and a"
        " research group without upgrade (3 EC). How much of that can count as electives?"
    )
    facts = read_facts(question, NORMALISER, TODAY)
    assert facts.ec == (Decimal(6), Decimal(3), Decimal(3))
    assert facts.artscience_upgrades == (True, None, False)
    answer = ASSEMBLY.asker.ask(question, TODAY).answer
    assert answer.startswith("⚠️ Together at most 11 EC of these 12 EC can count")
    assert "1. The Lab of 6 EC:\n⚠️ Can count for 6 EC" in answer
    assert "3. The Research group of 3 EC:" in answer


def test_the_30_ec_check_is_the_rule_s_and_a_plan_s_sum_is_no_third_part() -> None:
    """ "Will that course count for my 30 EC check?" got "✅ You have the 30 EC you need"; "3 ec
    assisting + 3 ec own project = 6 ec" got "already used the 5 EC" from the 6 read as a part."""
    question = "my external grade isn't in uSis yet. Will that course count for my 30 EC check?"
    assert read_facts(question, NORMALISER, TODAY).ec == ()
    assert "You have the 30 EC" not in ASSEMBLY.asker.ask(question, TODAY).answer
    plan = ASSEMBLY.asker.ask("plan: 3 ec assisting a friend + 3 ec own project = 6 ec. fine?", TODAY).answer
    assert plan.startswith("⚠️ Can count for 3 EC of project work")
    assert "Of the 3 EC for assisting, at most 2 EC can count" in plan


def test_this_spring_asked_in_the_autumn_is_last_academic_year() -> None:
    question = "I had a burn-out this spring and was out for two months. I won't reach 30 EC. what do I do?"
    autumn = ASSEMBLY.asker.ask(question, TODAY).answer
    assert "If this is about last academic year, its date, 1 July 2026, has passed" in autumn
    spring = ASSEMBLY.asker.ask(question, date(2027, 3, 10)).answer
    assert "last academic year" not in spring


def test_a_progress_verdict_asked_about_the_warnings_shows_them_up_front() -> None:
    answer = ASSEMBLY.asker.ask("Started September, I have 18 EC. Should I expect warning emails?", TODAY)
    up_front = answer.answer.split("Then:")[0]
    for month in ("mid-May 2027", "mid-June 2027", "mid-July 2027"):
        assert f"{month}: If you are at risk of falling short" in up_front


def test_a_start_with_its_year_gets_its_first_check_beside_this_year_s() -> None:
    """ "started feb 2025, 15 ec by when" was shown only "This academic year's check: 31 August 2027"."""
    answer = ASSEMBLY.asker.ask("started feb 2025, 15 ec by when", TODAY).answer
    assert "For your start in February 2025, the first check was 31 August 2025: it has passed." in answer
    ahead = ASSEMBLY.asker.ask("I started in September 2026, when is my first progress check?", TODAY).answer
    assert "For your start in September 2026, the first check is 31 August 2027." in ahead


def test_second_audit_amounts_and_parties_are_read_as_said() -> None:
    """Found by asking the bot its own numbers questions (audit 2): each had a false verdict."""
    helping = "Can I get 3 EC for helping another student with their graduation project programming?"
    assert "already assisted" not in ASSEMBLY.asker.ask(helping, TODAY).answer
    assert not read_facts(helping, NORMALISER, TODAY).assisting_again
    levels = read_facts("a level 300 course of 4 EC and a level 100 of 2 EC. Total 6. Ok?", NORMALISER, TODAY)
    assert levels.ec[:2] == (Decimal(4), Decimal(2))
    needed = "I started September 2026 with 30 EC needed. I have 15 EC and 12 pending. Am I at risk?"
    answer = ASSEMBLY.asker.ask(needed, date(2027, 6, 20)).answer
    assert "You have the 30 EC" not in answer
    assert "with them you would have 27 EC, still 3 EC short" in answer


def test_the_check_day_is_no_decision_date_and_a_premaster_gets_no_september_first_check() -> None:
    after = ASSEMBLY.asker.ask(
        "I had 29 EC on 31 August, and a Board of Examiners decision will come. What then?", date(2027, 9, 3)
    ).answer
    assert "2028" not in after
    short = ASSEMBLY.asker.ask(
        "I'm in a short premaster that started in September 2026. When is it checked?", TODAY
    )
    assert "first check is 31 August 2027" not in short.answer


def test_ec_of_an_earlier_year_beside_this_year_s_are_not_this_year_s() -> None:
    """ "35 EC last year at another university ... now I have 12 EC here" got "✅ you have 35 EC"."""
    question = (
        "I started September 2026, I got 35 EC last year at another university. Now I have 12 EC here. Fine?"
    )
    answer = ASSEMBLY.asker.ask(question, date(2027, 6, 20)).answer
    assert answer.startswith("📌 You have 12 EC.")
    assert read_facts("I had 10 EC last year", NORMALISER, TODAY).ec == (Decimal(10),)


def test_an_amount_of_more_said_without_its_unit_is_ec_once_ec_were_said() -> None:
    def ec(question: str) -> tuple[Decimal, ...]:
        return read_facts(question, NORMALISER, TODAY).ec

    assert ec("I've got 25 ec after semester 1 and im taking 10 more in sem 2") == (Decimal(25), Decimal(10))
    assert ec("now 10 EC, by august i get another 6. enough?") == (Decimal(10), Decimal(6))
    assert ec("I have 20 EC and another 6 weeks to go, enough?") == (Decimal(20),)
    assert ec("I'm taking 10 more courses, I have 20 EC") == (Decimal(20),)


def test_a_date_right_after_today_is_today_and_the_one_before_it_the_decisions() -> None:
    facts = read_facts("decision mail 20 aug, today 15 sep, still time to appeal?", NORMALISER, TODAY)
    assert facts.stated_today == date(2026, 9, 15) and facts.dates == (date(2026, 8, 20),)
    later = read_facts("negative decision 30 aug 2026, today 26 nov, can i still appeal", NORMALISER, TODAY)
    assert later.stated_today == date(2026, 11, 26) and later.dates == (date(2026, 8, 30),)
    before = read_facts("25 aug today is 30 sept, appeal until when?", NORMALISER, TODAY)
    assert before.stated_today == date(2026, 9, 30)


def test_a_decision_received_today_is_dated_today_when_the_appeal_time_is_asked() -> None:
    question = (
        "I received a negative decision from the Board of Examiners today (today is 27 August 2026)."
        " How long do I have, and will the IND already be informed while I appeal?"
    )
    answer = ASSEMBLY.asker.ask(question, TODAY)
    assert answer.kind is AnswerKind.COMPUTED
    assert answer.answer.startswith(
        "📅 Last day to lodge your appeal: 8 October 2026 (6 weeks after the decision"
    )
    what = ASSEMBLY.asker.ask("Got a negative decision today. What happens with my permit now?", TODAY)
    assert (
        "\n\nNegative decision: the university notifies the IND, which cancels your residence permit."
        in what.answer
    )
    unsaid = ASSEMBLY.asker.ask("I got the decision yesterday, will I lose my permit?", date(2027, 9, 10))
    assert (
        "If the decision is negative (you did not make sufficient progress), the university" in unsaid.answer
    )


def test_ec_said_as_part_of_the_30_needed_are_held() -> None:
    """ "I have 22 of the 30 I need" (no unit beside 22) was no amount: the warnings entry answered."""
    answer = ASSEMBLY.asker.ask(
        "got the warning mail in may and i have 22 of the 30 i need and theres one 6 ec course left in june",
        date(2027, 5, 20),
    ).answer
    assert answer.startswith("📌 You have 22 EC.")
    assert "with them you would have 28 EC, still 2 EC short of the 30 EC" in answer


def test_courses_counted_with_a_times_sign_abroad_round_one_by_one() -> None:
    answer = ASSEMBLY.asker.ask("2x 2.5 EC abroad = 5 EC?", TODAY).answer
    assert answer.startswith(
        "Half credits round down, course by course: 2.5 EC becomes 2 EC, 2.5 EC becomes 2 EC."
    )
    assert "at most 4 EC in all" in answer


def test_a_final_five_and_a_half_among_several_courses_is_said_under_the_rounding() -> None:
    """ZN: "course A 7.5 EC with a 7, course B 2.5 EC with a 5.5" counted 9 EC with no word on the 5.5."""
    answer = ASSEMBLY.asker.ask(
        "Summer school in Copenhagen: course A was 7.5 EC with a 7, course B 2.5 EC with a 5.5. How many EC?",
        TODAY,
    ).answer
    assert answer.startswith("Half credits round down, course by course: 7.5 EC becomes 7 EC, 2.5 EC")
    assert "You mention a final 5.5" in answer and "rounds it to 5" in answer


def test_a_sum_with_a_half_credit_counts_it_rounded() -> None:
    """Audit 10, item 12: "6+6+5+3.5 EC so far" was 6 EC held and 14.5 to come."""
    answer = ASSEMBLY.asker.ask("6+6+5+3.5 EC so far, started sept 2026. Enough?", date(2027, 5, 20)).answer
    assert answer.startswith("📌 You have 20 EC.") and "10 EC more" in answer
    assert "so the 20.5 EC you mention count as 20 EC" in answer


def test_ec_the_student_lacks_or_guesses_are_not_held() -> None:
    """ZO: "if I don't have 30 EC" got "✅ You have the 30 EC"; "lost 6 EC" got "You have 6 EC";
    "become 7 or 8 EC" invented an 8 EC course."""
    lacking = ASSEMBLY.asker.ask("What happens if I don't have 30 EC on 31 August?", TODAY).answer
    assert "✅" not in lacking and "You have 30 EC" not in lacking
    lost = ASSEMBLY.asker.ask(
        "Two compulsory courses clashed so I lost 6 EC. My permit needs 30. Who do I go to?", TODAY
    ).answer
    assert "You have 6 EC" not in lost
    guess = ASSEMBLY.asker.ask("will a 7.5 EC elective from Spain become 7 or 8 EC in Leiden?", TODAY).answer
    assert "8 EC becomes" not in guess and "at most 7 EC can count" in guess
