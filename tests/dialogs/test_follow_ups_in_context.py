"""Short follow-ups that point back at the last answer ("who decides on it?", "why?", "and if
they say no?") stay with its topic: found by an outside audit, where each jumped to another one."""

from __future__ import annotations

from datetime import date

from bot.app import Assembly
from tests.transcript import Transcript


def test_who_decides_on_it_after_an_elective_answer_is_about_electives(chat: Transcript) -> None:
    chat.send("can a level 300 course count?")
    chat.send("who decides on it?")
    assert "LIACS Exam Board" in chat.text
    assert "circumstances are a valid reason" not in chat.text


def test_why_after_a_course_verdict_gives_its_reasons_with_the_pages_sentences(chat: Transcript) -> None:
    chat.send("I want to take a 6 EC level 300 course")
    chat.send("why only 5?")
    assert "at most 5 EC in total can count" in chat.text
    assert "Whether part of a course can count, the page does not say" in chat.text
    assert "“Maximally 5 elective credits can be obtained at advanced level" in chat.text
    assert "view my advisement rprt" not in chat.text


def test_why_after_an_entry_gives_the_sentence_it_rests_on(chat: Transcript) -> None:
    chat.send("can a level 300 course count?")
    chat.send("why?")
    assert "rests on this sentence of the official page" in chat.text
    assert "Maximally 5 elective credits can be obtained at advanced level" in chat.text


def test_and_if_i_fail_it_after_a_progress_verdict_is_about_the_ind(chat: Transcript) -> None:
    chat.send("I have 10 EC and started in September")
    chat.send("and if I fail it?")
    assert "notify the IND" in chat.text
    assert "retake an elective" not in chat.text


def test_and_if_they_say_no_after_the_circumstances_steps_is_the_negative_decision(chat: Transcript) -> None:
    chat.send("I was ill for two months, what do I do?")
    chat.send("and if they say no?")
    assert "the IND cancels your residence permit" in chat.text
    assert "appeal within 6 weeks" in chat.text
    assert "elective" not in chat.text


def test_how_long_does_that_take_after_the_circumstances_steps_stays_with_them(chat: Transcript) -> None:
    chat.send("I was ill for two months, what do I do?")
    chat.send("how long does that take?")
    assert "before 1 September" in chat.text
    assert "binding study advice" not in chat.text


def test_and_if_they_say_no_after_assisting_stays_with_the_electives_page(chat: Transcript) -> None:
    chat.send("Can I get 3 EC for assisting another student with programming?")
    chat.send("who decides on it?")
    chat.send("and if they say no?")
    assert "IND" not in chat.text and "residence permit" not in chat.text


def test_how_long_do_i_have_after_a_decision_is_the_appeal_not_the_programme(chat: Transcript) -> None:
    chat.send("I got a negative decision from the board of examiners on my circumstances")
    chat.send("how long do I have?")
    assert "within 6 weeks" in chat.text
    assert "binding study advice" not in chat.text


def test_why_after_a_dialog_verdict_points_to_its_own_reasons(chat: Transcript) -> None:
    chat.course("Bachelor Vision", "Leiden University", "300", "6")
    chat.send("why only 5?")
    assert "are under “Why” in it" in chat.text
    assert "Ask permission before the course starts" not in chat.text
    chat.send("can a level 300 course count?")
    chat.send("why?")
    assert "rests on this sentence of the official page" in chat.text


def test_a_bare_who_decides_after_an_artscience_answer_stays_with_it(chat: Transcript) -> None:
    chat.send("I started an ArtScience Research group two weeks ago. Can I still get the level 400 upgrade?")
    chat.send("who decides?")
    assert "circumstances are a valid reason" not in chat.text
    chat.send("and if they say no?")
    assert "IND" not in chat.text and "residence permit" not in chat.text


def test_how_long_do_i_have_after_a_progress_verdict_gives_its_dates_again(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, date(2027, 6, 20))
    chat.send("I have 18 EC, started September 2026, I was ill in March")
    chat.send("how long do I have?")
    assert "By 31 August 2027 (72 days from today)" in chat.text
    assert "before 1 July 2027" in chat.text
    assert "premaster" not in chat.text


def test_a_short_question_with_a_topic_of_its_own_keeps_it_after_a_verdict(chat: Transcript) -> None:
    chat.send("I was ill for two months and have 14 EC, started in september")
    chat.send("what is the deadline for the petition?")
    assert "Always before the course starts" in chat.text
    assert "You have 14 EC" not in chat.text
    chat.send("I was ill for two months and have 14 EC, started in september")
    chat.send("wat is the deadlin for the petitoin")
    assert "before 1 July" not in chat.text  # not the circumstances deadline of the last answer
