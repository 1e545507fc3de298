"""The conversation around the dialogs: free questions, stale buttons, /forget, odd input."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answering.ask import Asker
from bot.answering.matcher import Matcher, Thresholds
from bot.app import Assembly
from bot.dialogs.conversation import Conversation
from bot.dialogs.events import Unsupported
from bot.dialogs.state import StudentState
from tests.transcript import Transcript

TODAY = date(2026, 11, 25)


def test_a_question_in_the_middle_of_a_dialog_is_answered_and_the_dialog_kept(chat: Transcript) -> None:
    chat.walk("/course", "Vision", "[Leiden University]")
    chat.expect(("can I use an honours course as an elective?", "cannot be used as electives"))
    assert "↩ Continue: Does this course count?" in chat.buttons
    chat.expect(("[Continue]", "At what level?"))
    assert chat.answers["name"] == "Vision"


def test_a_question_typed_where_a_name_is_asked_is_answered_not_stored(chat: Transcript) -> None:
    chat.send("/course")
    chat.expect(("what is the deadline for exceptional circumstances", "1 July"))
    assert "name" not in chat.answers
    chat.expect(("[Continue]", "What is the course called?"), ("Why Machines Dream", "Who teaches it?"))
    assert chat.answers["name"] == "Why Machines Dream"


def test_a_typed_choice_is_taken_and_nonsense_at_a_choice_is_re_asked(chat: Transcript) -> None:
    chat.walk("/course", "Vision")
    chat.expect(("leiden university", "At what level?"), ("blue", "Please choose one of the options below"))
    assert "At what level?" in chat.text


def test_a_stale_button_is_answered_politely_and_changes_nothing(chat: Transcript) -> None:
    chat.send("/petition")
    old = chat.button("Replace a compulsory course").data
    chat.press("An extracurricular course")
    before = chat.state
    turn = chat.press_data(old)
    assert turn.notice == "That button belongs to an earlier message. Please use the latest one."
    assert turn.replies == ()
    assert chat.state == before


@pytest.mark.parametrize("data", ["", "x", "999:c0", "e:no-such-entry", "d:nope", "1:", "🙂", "a" * 64])
def test_forged_buttons_change_nothing(chat: Transcript, data: str) -> None:
    chat.send("/course")
    before = chat.state
    turn = chat.press_data(data)
    assert turn.replies == ()
    assert turn.notice
    assert chat.state == before


def test_forget_asks_first_then_erases_everything(chat: Transcript) -> None:
    chat.send("/electives")
    chat.press("been assisted")
    chat.send("/forget")
    assert "Erase it all?" in chat.text
    chat.press("No, keep it")
    assert chat.state.ledger.been_assisted
    chat.send("/forget")
    turn = chat.press("Yes, erase everything")
    assert turn.erase
    assert chat.state == StudentState()
    assert "I have erased everything" in chat.text


def test_unknown_command_media_edits_and_groups_get_a_hint(chat: Transcript, assembly: Assembly) -> None:
    chat.send("/frobnicate")
    assert "I don't know that command" in chat.text
    for what, words in (
        ("media", "I can only read text"),
        ("edited", "not edits"),
        ("group", "private chat"),
    ):
        turn = assembly.conversation.handle(StudentState(), Unsupported(what=what), TODAY)
        assert words in turn.replies[0].text
        assert turn.state == StudentState()


def test_deep_link_opens_a_dialog(chat: Transcript) -> None:
    chat.send("/start progress")
    assert "Which programme are you in" in chat.text


def test_cancel_without_a_dialog(chat: Transcript) -> None:
    chat.send("/cancel")
    assert "There is nothing to cancel." in chat.text


def test_a_did_you_mean_choice_answers_the_entry(assembly: Assembly) -> None:
    # Thresholds under which any rival of another area is a near-tie: the policy is tested in
    # test_matcher; here, what the student sees and presses.
    kb = assembly.kb
    always_ask = Matcher(kb.entries, kb.normaliser(), Thresholds(tie=100.0, sure=101.0))
    asker = Asker(kb, always_ask)
    conversation = Conversation(assembly.conversation.engine, asker, assembly.conversation.menu)
    chat = Transcript(conversation, TODAY)
    chat.send("can i use a third year bachelor course for my electives")
    assert chat.text.startswith("I'm not sure I understood.")
    assert 2 <= len(chat.buttons) <= 3
    chat.press(chat.buttons[0])
    assert "From the page:" in chat.text


def test_an_answer_has_its_related_answers_as_buttons(chat: Transcript) -> None:
    chat.send("level course")
    assert "level 400" in chat.text
    related = [b for b in chat.buttons if b.startswith("Related: ")]
    assert 1 <= len(related) <= 2
    chat.press(related[0])
    assert "From the page:" in chat.text


def test_greetings_thanks_and_what_can_you_do_show_the_three_jobs(chat: Transcript) -> None:
    for message, opening in (
        ("hi", "Hi!"),
        ("Hello there!", "Hi!"),
        ("thanks!", "You're welcome!"),
        ("what can you do?", "I am an automated assistant, and I answer from two official pages"),
        ("are you a robot?", "I am an automated assistant"),
        ("ok", "👍 Anything else"),
    ):
        chat.send(message)
        assert chat.text.startswith(opening), message
        pressed = [b.data for r in chat.replies for b in r.button_list()]
        assert pressed == ["d:petition", "d:course", "d:progress"]


def test_a_long_story_is_answered_from_the_sentence_that_asks(chat: Transcript) -> None:
    chat.send(
        "Hi, sorry for the long message. I am in my first year and I want to take a course at another"
        " university next semester. A friend said I need to ask permission. Do I need to get it approved"
        " before the course starts?"
    )
    assert "before the start of the course" in chat.text


def test_whats_next_follows_on_from_the_last_answer(chat: Transcript) -> None:
    chat.expect(
        ("where do i log in for usis", "Step 1"), ("done, what's next?", "Step 2"), ("ok and then", "Step 3")
    )
    assert chat.state.last_entry == "petition-step-03"


@pytest.mark.parametrize(
    ("before", "seen", "follow_up", "said", "topic"),
    [
        # After a computed verdict: its dialog's topic carries on.
        (
            ["I started in september 2025 and have 22 EC, its june"],
            "You have 22 EC",
            "and after that?",
            "official decision on your study progress by e-mail",
            "progress-decision-email",
        ),
        # After a dialog's result: the same.
        (
            ["/course", "Bachelor Vision", "[Leiden University]", "[300]", "4", "[No]", "1 February 2027"],
            "⚠️ Can count for 4 EC",
            "ok, what's next?",
            "In uSis: Student Center → Petitions",
            "petition-overview",
        ),
        # Alone, "and for a Leiden course?" is nearest how Leiden grades; after the uSis options for
        # an external course it asks for the options of a Leiden one.
        (
            ["which dropdown option for an external elective"],
            "‘external education’",
            "and for a leiden course?",
            "‘replacement’",
            "petition-kind-internal",
        ),
    ],
)
def test_a_follow_up_carries_on_from_the_last_answer_or_verdict(
    chat: Transcript, before: list[str], seen: str, follow_up: str, said: str, topic: str
) -> None:
    chat.walk(*before)
    assert seen in chat.text
    chat.send(follow_up)
    assert said in chat.text and "What would you like to know?" not in chat.text
    assert chat.state.last_entry == topic


def test_after_cancel_a_question_is_read_alone(chat: Transcript) -> None:
    """Audit 9: after /cancel from /petition, "how many EC do I need?" got petition detail a."""
    chat.walk("/petition", "what is the difference between replacement and external education?", "/cancel")
    assert chat.state.last_entry is None
    chat.send("how many EC do I need?")
    assert "30 EC if you started in September" in chat.text
    assert chat.state.last_entry == "progress-requirement"


def test_a_follow_up_with_nothing_before_it_asks_for_a_whole_question(chat: Transcript) -> None:
    chat.send("what's next?")
    assert chat.text.startswith("What would you like to know?")


def test_forget_erases_the_last_topic(chat: Transcript) -> None:
    chat.send("where do i log in for usis")
    chat.send("/forget")
    chat.press("Yes, erase everything")
    assert chat.state.last_entry is None


def test_every_button_fits_telegram_callback_data(chat: Transcript) -> None:
    for command in ("/start", "/petition", "/course", "/progress", "/circumstances", "/electives", "/forget"):
        chat.send(command)
        for reply in chat.replies:
            for button in reply.button_list():
                assert len(button.data.encode()) <= 64


def test_help_is_one_short_line_per_command_with_the_three_jobs_as_buttons(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, date(2026, 11, 25))
    chat.send("/help")
    lines = chat.text.splitlines()
    commands = [line for line in lines if line.startswith("/")]
    assert [c.split(":")[0] for c in commands] == [
        "/petition",
        "/course",
        "/progress",
        "/circumstances",
        "/electives",
        "/reminders (or /deadlines, /remind)",
        "/cancel",
        "/forget",
    ]
    assert all(len(line) <= 80 for line in commands)
    assert chat.buttons == ["File a petition in uSis", "Does this course count?", "Am I on track?"]


def test_a_story_with_numbers_gets_the_verdict_and_the_entries_the_story_is_about(chat: Transcript) -> None:
    chat.send(
        "hi, sorry for my english. my mother was in hospital in march and april so i could not study."
        " i started in september and have 18 ec now. what can i do?"
    )
    assert "You have 18 EC" in chat.text
    related = [b for b in chat.buttons if b.startswith("Related: ")]
    assert related and all("circumstances" in b.casefold() for b in related)


def test_a_follow_up_after_the_last_step_says_so_and_offers_related(chat: Transcript) -> None:
    chat.send("what is detail b")
    chat.expect(("what's next?", "Detail c"))
    chat.send("what about the start date of the course in the explanation")
    chat.expect(("next", "has no next step that I know of"))
    assert any(b.startswith("Related: ") for b in chat.buttons)


def test_typos_that_break_a_phrase_are_read_as_the_phrase(chat: Transcript) -> None:
    chat.send("where can i fnd the explenation studnt field")
    assert chat.state.last_entry == "petition-explanation-field"


def test_a_follow_up_that_changes_one_number_is_worked_out_again(chat: Transcript) -> None:
    chat.send("my friend says this level 300 course of 6 EC is great, does it count")
    assert chat.text.startswith("⚠️ At most 5 EC of its 6 EC fit the cap below 400")
    assert "if part of a course can count at all (ask the coordinator)" in chat.text
    chat.send("and if it is level 200?")
    assert chat.text.startswith("⚠️ At most 3 EC of its 6 EC fit the cap below 400")
    assert "Worked out with your last question's numbers, changed as you say." in chat.text
    chat.send("what about 2 EC?")
    assert chat.text.startswith("⚠️ Can count for 2 EC")
    # Kept: the numbers and the calculators' words, never the rest of the message.
    assert chat.state.last_facts is not None and "friend" not in chat.state.last_facts
    assert "great" not in chat.state.last_facts


def test_a_follow_up_after_an_answer_in_between_still_varies_the_last_verdict(chat: Transcript) -> None:
    chat.send("I have 22 EC and started in September")
    chat.send("what counts as exceptional circumstances?")
    assert "Worked out" not in chat.text
    chat.send("and what if i pass 10 more ec?")
    assert "Worked out with your last question's numbers, changed as you say." in chat.text
    assert "32 EC" in chat.text


def test_a_follow_up_that_changes_nothing_the_verdict_depends_on_is_read_alone(chat: Transcript) -> None:
    chat.send("level 300 course 6 EC does it count")
    chat.send("how do i file a petition")
    chat.send("and what if i started in february?")
    assert "Worked out with your last question's numbers" not in chat.text


def test_forget_erases_the_last_worked_out_question(chat: Transcript) -> None:
    chat.send("I have 22 EC and started in September")
    assert chat.state.last_facts is not None
    chat.send("/forget")
    chat.press("Yes, erase everything")
    assert chat.state == StudentState()


def test_a_start_told_earlier_judges_a_later_question_with_ec_until_forgotten(chat: Transcript) -> None:
    """Audit 10, item 5: "I started in February 2026" in one message, "I have 10 EC, on track?" in
    the next was judged for a September start ("I've taken it that you started in September")."""
    chat.send("I started in February 2026, what do I need?")
    assert chat.state.told_start == date(2026, 2, 1)
    chat.send("I have 10 EC now, am I on track?")
    assert chat.text.startswith("📌 Your first period ran from 1 February 2026 to 31 August 2026")
    assert "I've taken it that you started in September" not in chat.text
    chat.send("/forget")
    chat.send("yes")
    assert chat.state == StudentState()
    chat.send("I have 10 EC now, am I on track?")
    assert "I've taken it that you started in September" in chat.text


def test_a_premaster_told_earlier_gets_the_premaster_rule_until_forgotten(chat: Transcript) -> None:
    """Audit 17, 9: "how many EC do I need?" after "I'm in the short premaster" is the premaster's
    rule ("complete their entire premaster programme within ... 1 semester"), not 30 EC by 31 August."""
    chat.send("I'm a premaster student, started in September, short program. when is my check?")
    assert chat.state.told_programme == ("premaster", "september", "short")
    chat.send("how many EC do I need?")
    assert chat.text.startswith("Premaster students must complete their entire premaster programme")
    assert "31 January 2027" in chat.text and "30 EC if you started in September" not in chat.text
    chat.send("/forget")
    chat.send("yes")
    assert chat.state == StudentState()
    chat.send("how many EC do I need?")
    assert "30 EC if you started in September" in chat.text


def test_a_bare_yes_or_no_is_acknowledged_and_no_keeps_everything_after_forget(chat: Transcript) -> None:
    """A walk: a bare "no" got the answer on the board's next meeting; "nope" to "Erase it all?"
    was read as a question."""
    chat.send("no")
    assert chat.text.startswith("👍 Anything else")
    chat.send("I have 22 EC and started in September")
    chat.send("/forget")
    chat.send("nope")
    assert chat.text == "Nothing was erased."
    assert chat.state.last_facts is not None


def test_review_4_follow_ups_change_an_artscience_size_and_add_pending_credits(chat: Transcript) -> None:
    chat.send("a 6 EC ArtScience lab, does it count?")
    chat.send("what about 4 EC?")
    assert "At level 300 it would be 4 EC" in chat.text
    chat.send("I have 22 EC and started in September")
    chat.send("and with 6 pending?")
    assert "with them you would have 28 EC, still 2 EC short of the 30 EC" in chat.text


def test_review_4_a_bare_and_with_a_number_varies_the_last_verdict(chat: Transcript) -> None:
    chat.send("does a 5 EC level 300 course count?")
    chat.send("and 3 EC?")
    assert chat.text.startswith("⚠️ Can count for 3 EC (within the cap below 400)")
    chat.send("and how do I petition it?")
    assert chat.text.startswith("In uSis: Student Center → Petitions")


def test_review_4_a_change_the_verdict_does_not_depend_on_is_its_own_question(chat: Transcript) -> None:
    chat.send("does a 5 EC level 300 course count?")
    chat.send("what if I started in February?")
    assert "Worked out with your last question's numbers" not in chat.text
    assert chat.text.startswith("If you started in February, your first period runs from 1 February")


def test_a_bare_amount_more_in_a_follow_up_is_more_ec(chat: Transcript) -> None:
    chat.send("I have 9 EC and started in September")
    chat.send("and with 12 more?")
    assert "Worked out with your last question's numbers, changed as you say." in chat.text
    assert "21 EC" in chat.text


def test_ec_alone_then_more_in_a_follow_up_varies_that_verdict(chat: Transcript) -> None:
    """ "I have 18 EC" never names its topic: the verdict keeps it, so "what if I get 6 more" is
    that verdict varied, not the entry on the check date."""
    chat.send("I have 18 EC")
    assert chat.text.startswith("📌 You have 18 EC.")
    chat.send("what if I get 6 more")
    # The 6 are still to come: the 18 are held, never "you have 24 EC".
    assert chat.text.startswith("📌 You have 18 EC.")
    assert "If the other 6 EC you mention are still to come: with them you would have 24 EC" in chat.text
    assert "Worked out with your last question's numbers, changed as you say." in chat.text


def test_a_hypothetical_more_is_not_reported_as_held_and_keeps_the_start(chat: Transcript) -> None:
    """Audit 6: "and if I get 10 more in June?" after 20 EC got "✅ you have 30 EC", and the start
    said before was forgotten for the month of the exams."""
    chat.send("I have 20 EC, started in september")
    chat.send("and if I get 10 more in June?")
    assert "✅" not in chat.text and chat.text.startswith("📌 You have 20 EC.")
    assert "with them you would have 30 EC, enough" in chat.text
    assert "I've taken it that you started in September" not in chat.text


def test_hypotheticals_in_words_stay_with_the_ec_held(chat: Transcript) -> None:
    """Audit 8: "what if I get six more?" left the thread; a second "and with ten more?" then read
    "You have 10 EC", and the same amount asked again got another entry."""
    chat.send("I have 18 EC, started in september")
    chat.send("what if I get six more?")
    assert chat.text.startswith("📌 You have 18 EC.")
    assert "with them you would have 24 EC, still 6 EC short of the 30 EC" in chat.text
    chat.send("and with ten more?")
    assert chat.text.startswith("📌 You have 18 EC.")
    assert "with them you would have 28 EC, still 2 EC short of the 30 EC" in chat.text
    chat.send("and if I get 10 more EC?")
    assert chat.text.startswith("📌 You have 18 EC.")
    assert "with them you would have 28 EC" in chat.text
    chat.send("one more question: what is the check date?")
    assert "31 August" in chat.text and "You have" not in chat.text


def test_a_follow_up_appeal_after_a_rejected_petition_stays_with_the_petition(chat: Transcript) -> None:
    """ "And can I appeal?" after a rejected petition got the study-progress appeal and the IND
    hold: a consequence of another page, not of a petition."""
    chat.send("my petition got rejected, what now?")
    chat.send("and can I appeal?")
    assert "IND" not in chat.text
    assert "The electives page does not say what happens after a rejection" in chat.text


def test_more_ec_by_a_month_in_a_follow_up_varies_the_verdict(chat: Transcript) -> None:
    """Found walking the chat as a student: "what if I pass 12 more by june" got "I can't answer"."""
    chat.send("I started in september 2026 and only have 6 EC now, will they take my permit??")
    chat.send("what if I pass 12 more by june")
    assert chat.text.startswith("📌 You have 6 EC.")
    assert "with them you would have 18 EC, still 12 EC short of the 30 EC" in chat.text
    assert "Worked out with your last question's numbers, changed as you say." in chat.text


def test_a_course_on_top_of_the_last_one_shares_its_caps(chat: Transcript) -> None:
    """Audit 7: "and a 3 EC level 200 one on top?" after a 5 EC level 300 course was judged alone."""
    chat.send("Can a 5 EC level 300 course count?")
    chat.send("and a 3 EC level 200 one on top?")
    assert chat.text.startswith("⚠️ Together at most 5 EC of these 8 EC can count")
    assert "these EC go over the 5 EC allowed below level 400" in chat.text


def test_what_do_i_do_after_a_verdict_gives_its_steps_again(chat: Transcript) -> None:
    """Audit 7: "what do I do" after a verdict on a story of illness got the check date's entry."""
    chat.send("I was sick for two months, started September 2026, I have 18 EC")
    chat.send("what do I do")
    assert chat.text.startswith("📌 You have 18 EC.")
    assert "Request a ‘statement of hindrance’" in chat.text
    chat.send("what now?")
    assert chat.text.startswith("📌 You have 18 EC.")


def test_passing_courses_in_a_follow_up_adds_to_the_ec_held(chat: Transcript) -> None:
    """Audit 8: "what if I pass two courses of 6 EC?" after 18 EC replaced them: "You have 12 EC"."""
    chat.send("I started September 2026 and I have 18 EC")
    chat.send("what if I pass two courses of 6 EC?")
    assert chat.text.startswith("📌 You have 18 EC.")
    assert "with them you would have 30 EC, enough" in chat.text


def test_failing_a_course_just_judged_gets_the_answer_on_failing_an_elective(chat: Transcript) -> None:
    """Audit 9: "and if I fail it?" after a course got the 5.5-from-elsewhere answer, an elective's
    entry, because the out-of-scope answer on failing belongs to no area; it points to one."""
    chat.send("can a 5 EC level 400 course at the UvA count?")
    chat.send("and if I fail it?")
    assert chat.text.startswith("The pages I know don't say what happens when you fail or retake an elective")


def test_failing_a_course_in_a_follow_up_keeps_the_ec_held(chat: Transcript) -> None:
    """Audit 10, item 6: "and if I fail my last 5 EC course?" after 22 EC said "You have 5 EC"."""
    chat.send("I have 22 EC and started in September 2026")
    chat.send("and if I fail my last 5 EC course?")
    assert chat.text.startswith("📌 You have 22 EC.") and "8 EC more" in chat.text


def test_failing_one_course_of_those_to_come_takes_only_its_ec_off(chat: Transcript) -> None:
    """A walk: "and if I fail one 5 EC course of those?" after 18 EC held and three 5 EC courses
    awaited dropped all 15 EC to come; now 10 remain to come, 2 EC short."""
    chat.send("I have 18 EC and I am waiting for results of 3 courses of 5 EC. on track?")
    assert "With the 15 EC you are waiting for, you would have 33 EC" in chat.text
    chat.send("and if i fail one 5 ec course of those?")
    assert chat.text.startswith("📌 You have 18 EC.")
    assert "with them you would have 28 EC, still 2 EC short of the 30 EC" in chat.text


def test_the_last_day_to_appeal_asked_again_uses_the_date_given(chat: Transcript) -> None:
    """Audit 10, item 15: "when is my last day to appeal?" after the date was worked out asked for
    the decision's date again."""
    chat.send("I got a negative decision on 31 August")
    chat.send("when is my last day to appeal?")
    assert chat.text.startswith("⚠️ The time to appeal (6 weeks after the decision of 31 August 2026) ended")
    assert "Tell me the decision's date" not in chat.text


def test_back_typed_outside_a_dialog_shows_what_the_bot_does(chat: Transcript) -> None:
    """Audit 10, item 25: a bare "back" got the answer on family circumstances."""
    chat.send("back")
    assert "family" not in chat.text
    assert "File a petition in uSis" in chat.buttons


def test_what_next_after_an_appeal_date_is_telling_the_immigration_office(chat: Transcript) -> None:
    """Audit 10, item 15: follow-ups after the appeal's last day were read against the overview of
    circumstances (the dialog's topic), not the appeal the question was about."""
    chat.send("I got a negative decision on 10 November, until when can I appeal?")
    assert chat.state.last_entry == "circumstances-appeal"
    chat.send("what next?")
    assert chat.text.startswith(
        "If you decide to appeal (with the Examinations Appeals Board, within 6 weeks"
    )


def test_am_i_ok_after_a_verdict_gets_the_verdict_not_youre_welcome(chat: Transcript) -> None:
    """Audit 11, item 19: "am I ok?" after "started september 2026, 26 EC" got "You're welcome!"."""
    chat.send("started september 2026, 26 EC")
    chat.send("am I ok?")
    assert chat.text.startswith("📌 You have 26 EC.")
    chat.send("ok thanks")
    assert chat.text.startswith("You're welcome!")


def test_a_course_already_done_said_after_a_course_shares_its_caps(chat: Transcript) -> None:
    """Audit 11, item 10: "and if I already did 2 EC level 300?" after a 4 EC level 100 course
    replaced that course ("Can count for 2 EC ... 3 EC of the 5 still free"): with 2 EC used below
    level 400, 3 EC of the course can count and none remain."""
    chat.send("4 EC level 100 course at leiden, how much counts?")
    chat.send("and if I already did 2 EC level 300?")
    assert "already counted what you say you have used: 2 EC at level 300" in chat.text
    assert "At most 3 EC of its 4 EC fit the cap below 400" in chat.text
    assert "The 5 EC below level 400 are then used" in chat.text


def test_one_of_two_courses_changed_by_its_level_keeps_the_other(chat: Transcript) -> None:
    """Audit 11, item 11: "and if the 300 one is 2 EC instead?" after 3 EC level 200 and 4 EC
    level 300 dropped the level-200 course and said 3 EC were still free below level 400."""
    chat.send("I want to do 3 EC level 200 and 4 EC level 300 course at leiden, both count?")
    chat.send("and if the 300 one is 2 EC instead?")
    assert chat.text.startswith("⚠️ All 5 EC of these courses can count")
    assert "The level 300 course of 2 EC" in chat.text
    assert "The 5 EC below level 400 are then used" in chat.text


def test_an_appeal_follow_up_about_the_permit_gets_the_hold_not_the_cancellation(chat: Transcript) -> None:
    """Audit 11, items 6 and 7: "what happens to my permit meanwhile?" after an appeal date got the
    IND's cancellation, not the hold an appeal allows; "what can I do in the next weeks?" after a
    verdict months before the check got the IND's cancellation as the outcome."""
    chat.send(
        "I got negative decision from board of examiners dated 20 november 2026. until when can I appeal?"
    )
    chat.send("and what happens to my permit meanwhile?")
    assert chat.text.startswith(
        "If you decide to appeal (with the Examinations Appeals Board, within 6 weeks"
    )
    chat.send("I have 18 EC, started sept 2026")
    chat.send("what can I do in the next weeks?")
    assert chat.text.startswith("📌 You have 18 EC.")
    assert "cancels your residence permit" not in chat.text


def test_what_if_i_get_a_bare_number_after_a_february_start_is_ec_expected(assembly: Assembly) -> None:
    """Audit 11, item 13: "what if i get 12?" after "i startd in februari this year" got the
    statement-of-hindrance steps, never the 3 EC shortfall."""
    chat = Transcript(assembly.conversation, date(2027, 3, 10))
    chat.send("hoi, i startd in februari this year, how many ec do i need?")
    assert chat.state.told_start == date(2027, 2, 1)
    chat.send("what if i get 12?")
    assert chat.text.startswith("📌 If you end up with 12 EC by 31 August 2027")
    assert "3 EC short of the 15 EC" in chat.text


def test_a_short_premaster_gets_its_dated_check_and_what_not_finishing_means(assembly: Assembly) -> None:
    """Audit 11, item 17: the short premaster's check was "31 January" without its year, and "and if
    I don't finish?" got "the pages don't say how long the programme may take"."""
    chat = Transcript(assembly.conversation, date(2026, 12, 10))
    chat.send("I'm in the short premaster, started september 2026. when is my deadline")
    assert "the check is 31 January 2027, 52 days from today" in chat.text
    chat.send("and if I don't finish?")
    assert chat.text.startswith("With insufficient progress, Leiden University is obliged to notify the IND")


def test_who_decides_after_an_artscience_upgrade_is_the_teacher_and_the_board(chat: Transcript) -> None:
    """Audit 11, item 22: "who decides?" after an ArtScience upgrade verdict named the LIACS Exam
    Board of petitions below level 400; the upgrade is judged by the ArtScience teacher."""
    chat.send("6 EC ArtScience lab, I want it upgraded to level 400, does it count?")
    chat.send("who decides?")
    assert chat.text.startswith("The ArtScience teacher formulates the additional assignment")


def test_a_course_added_after_several_shares_their_caps(chat: Transcript) -> None:
    """Audit 12, item 3 (critical): "and if I add a level 200 of 2 EC?" and "plus another 3 EC level
    300?" after courses that fill the 5 EC below level 400 dropped them: "3 EC of the 5 still free"."""
    chat.send(
        "I took a level 100 course of 3 EC and a level 300 of 3 EC. how much space do i have left below 400?"
    )
    chat.send("and if I add a level 200 of 2 EC?")
    assert "already counted what you say you have used: 3 EC at level 100" in chat.text
    assert "Still free below level 400" not in chat.text
    chat.send("I want to do a 4 EC level 300 course and a 2 EC level 100 course")
    chat.send("and if the 100 one is 1 EC?")
    chat.send("plus another 3 EC level 300?")
    assert "3. The level 300 course of 3 EC:" in chat.text
    assert "these EC go over the 5 EC allowed below level 400" in chat.text


def test_what_if_i_get_a_bare_number_after_ec_held_is_more_ec(assembly: Assembly) -> None:
    """Audit 12, item 9: "what if I get 12?" after 18 EC held was "If you end up with 12 EC ... 18 EC
    short"; 18 and 12 more make the 30 EC."""
    chat = Transcript(assembly.conversation, date(2026, 3, 10))
    chat.send("started sept 2025, I have 18 EC")
    chat.send("and if I get 8 more by june?")
    chat.send("what if I get 12?")
    assert "with them you would have 30 EC, enough" in chat.text
    assert "18 EC short" not in chat.text


def test_follow_ups_after_a_story_of_last_year_keep_its_year_and_its_decision(assembly: Assembly) -> None:
    """Audit 12, items 4 (critical) and 17: "can I still report the depression now?" after a story of
    January to June 2026, in October, got only "before 1 July 2027"; "when exactly is my appeal
    deadline?" asked for the decision's date the story gave."""
    chat = Transcript(assembly.conversation, date(2026, 10, 15))
    chat.send(
        "hi, so long story: I started in sept 2025, had depression from january to june 2026, ended with "
        "22 EC on 31 august. I didn't report anything because I didn't know. Now I got a letter from "
        "board of examiners dated 28 august saying insufficient progress. what are my options? my permit??"
    )
    chat.send("can I still report the depression now?")
    assert "its date, 1 July 2026, has passed" in chat.text
    chat.send("when exactly is my appeal deadline?")
    assert "ended on 9 October 2026" in chat.text
    assert "Tell me the decision's date" not in chat.text


def test_a_follow_up_about_other_starters_or_another_university_gets_their_rule(assembly: Assembly) -> None:
    """Audit 12, items 8 and 11: "and for february starters?" after a September 2026 starter's 6 EC
    judged those EC at a February check ("9 EC short", the IND); "and for one at Erasmus?" after the
    drop-down for a Leiden elective got 'replacement', not 'external education'."""
    chat = Transcript(assembly.conversation, date(2026, 10, 1))
    chat.send("I started in september 2026 and have 6 EC. on track?")
    chat.send("and for february starters?")
    assert chat.text.startswith(
        "If you started in February, your first period runs from 1 February to 31 August"
    )
    assert "EC short" not in chat.text
    chat.send("which option do I choose in the drop down for an elective at leiden from another faculty?")
    chat.send("and for one at Erasmus?")
    assert "‘external education’" in chat.text
    assert "replacement" not in chat.text


def test_meanwhile_after_a_decision_points_back_at_the_appeal(assembly: Assembly) -> None:
    """Audit 12, item 16: "what happens with my permit meanwhile?" after an appeal's last day got the
    IND's cancellation, not the hold the page gives while an appeal runs."""
    chat = Transcript(assembly.conversation, date(2026, 10, 20))
    chat.send(
        "I got the decision on 15 september that my progress was insufficient, because my circumstances "
        "were rejected. what can i do"
    )
    chat.send("what happens with my permit meanwhile?")
    assert chat.text.startswith(
        "If you decide to appeal (with the Examinations Appeals Board, within 6 weeks"
    )


def test_and_with_the_upgrade_after_a_lab_without_it_varies_the_verdict(chat: Transcript) -> None:
    """Audit 12, item 13: "and with upgrade?" after a 6 EC Lab without the upgrade got "the board can
    decline it"; with the upgrade asked, the Lab can count for all 6 EC, under its conditions."""
    chat.send("artscience lab of 6 EC without upgrade, how much counts?")
    chat.send("and with upgrade?")
    assert chat.text.startswith("⚠️ Can count for 6 EC, not yet for certain.")
    assert "Worked out with your last question's numbers" in chat.text


def test_what_do_i_need_to_do_after_an_entry_with_a_next_step_gets_that_step(chat: Transcript) -> None:
    """Audit 12, item 32: "what do I need to do?" after the list of personal circumstances repeated
    the list; the steps (the statement of hindrance, before 1 July) are what the student asks."""
    chat.send("is being in the board of a student association an exceptional circumstance?")
    chat.send("what do I need to do?")
    assert "statement of hindrance" in chat.text
    assert "The page lists five personal circumstances" not in chat.text


def test_whether_honours_ec_count_towards_the_curriculum_is_answered(chat: Transcript) -> None:
    """Audit 12, item 23: "so it counts for 0 EC towards my 120?" after an honours course got "I
    can't answer that" about the 30 EC; the page says honours EC do not count towards the curriculum."""
    chat.send("is a 6 EC honours course at level 500 ok? I'd do it extra")
    chat.send("so it counts for 0 EC towards my 120?")
    assert "their EC do not count towards completing your curriculum" in chat.text


def test_a_broken_leg_and_by_when_after_a_verdict_get_the_circumstances_and_1_july(
    assembly: Assembly,
) -> None:
    """Audit 12, item 22: "is a broken leg counted?" and "by when?" after a verdict got the check on
    31 August twice; the page's list of personal circumstances and the 1 July deadline answer them."""
    chat = Transcript(assembly.conversation, date(2026, 5, 5))
    chat.send(
        "I broke my leg in march and couldn't attend classes, started september 2025, have 20 EC, do I need "
        "to report and how?"
    )
    chat.send("is a broken leg counted?")
    assert chat.text.startswith("The page lists five personal circumstances")
    chat.send("by when?")
    assert "before 1 July 2026, 57 days from today" in chat.text
