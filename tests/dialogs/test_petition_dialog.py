"""Transcript tests of the petition dialog: send, press, assert what the student sees."""

from __future__ import annotations

from datetime import date

import pytest

from bot.app import Assembly
from bot.console import ConsoleChat
from tests.transcript import Transcript, walk_to_sound_lab_verdict

TODAY = date(2026, 11, 25)


def test_start_shows_the_menu_as_buttons(chat: Transcript) -> None:
    chat.send("/start")
    assert "Pick one of the buttons" in chat.text
    assert chat.buttons == [
        "File a petition in uSis",
        "Does this course count?",
        "Am I on track?",
        "Exceptional circumstances",
        "My electives",
    ]


@pytest.mark.parametrize(
    ("kind", "step6", "step7", "page"),
    [
        (
            "Replace a compulsory course",
            "the name of the course you want to replace",
            "‘replacement’",
            "replac",
        ),
        (
            "A Leiden University elective",
            "‘Mediatechnology Choice’ courses",
            "‘replacement’",
            "internal (Leiden University) elective course",
        ),
        (
            "An elective at another university",
            "‘Mediatechnology Choice’ courses",
            "‘external education’",
            "external elective course",
        ),
        ("An extracurricular course", "‘extracurricular’", "‘extracurricular course’", "extracurricular"),
    ],
)
def test_each_kind_gets_its_own_step_6_link_and_step_7_choice(
    chat: Transcript, kind: str, step6: str, step7: str, page: str
) -> None:
    """Steps 6 and 7 quote the page's own sentence for this kind of petition (folded away)."""
    chat.walk("/petition", f"[{kind}]")
    if "Is it an ArtScience Research group or Lab" in chat.text:  # asked of an external course
        chat.press("No")
    assert chat.text.startswith("uSis step 1 of 14")
    assert "https://usis.leidenuniv.nl" in chat.text
    chat.press("Done")
    assert chat.text.startswith("uSis step 6 of 14")
    assert f"6. Scroll down. For {chat.text.split('For ')[1].split(',')[0]}, click {step6}." in chat.text
    assert f"choose {step7}." in chat.text
    assert page in chat.detail.split("From the page: “")[1]
    assert page in chat.detail.split("From the page: “")[2]
    assert "‘continue’" in chat.text and "description field" in chat.text
    assert chat.buttons == ["✓ Done", "‹ Back", "✖ Cancel"]


def test_the_click_steps_are_checklists_each_quote_shown_once(chat: Transcript) -> None:
    """Steps 1-5, 6-9 and 11-13 are one message each, every step's text kept, one Done button."""
    chat.send("/petition")
    chat.walk("[An elective at another university]", "[No]")
    first = chat.text
    for line in (
        "1. Log in to uSis at https://usis.leidenuniv.nl",
        "2. Go to the ‘student center’.",
        "3. Click the ‘petitions’ link.",
        "4. Open the ‘my academics’ tab.",
        "5. Click the ‘view my advisement rprt’ link.",
    ):
        assert line in first
    assert first.count("From the page:") == 1
    chat.press("Done")
    assert chat.text.count("From the page:") == 2  # steps 6 and 7, each once
    chat.press("Done")
    assert chat.text.startswith("uSis step 10 of 14")
    chat.press("No, I'll write it myself")
    chat.press("Next")
    assert chat.text.startswith("uSis step 11 of 14")
    for line in ("11. Click ‘save’.", "12. Click ‘submit’.", "13. Click ‘yes’."):
        assert line in chat.text
    assert chat.text.count("From the page:") == 1 and "“Click" not in chat.text
    assert chat.buttons == ["✓ Done", "‹ Back", "✖ Cancel"]
    chat.press("Back")
    assert chat.text.startswith("Make sure your explanation has all seven details")


def test_project_goes_to_the_board_not_usis(chat: Transcript) -> None:
    chat.send("/petition")
    chat.press("An elective project")
    assert "send a project proposal to the Media Technology Board" in chat.text
    assert "From the page: “Note that for elective projects students have to send in a proposal" in chat.text
    assert "Project credit rules" in chat.buttons
    chat.press("Project credit rules")
    assert "5 elective EC" in chat.text


def _to_step_10(chat: Transcript) -> None:
    chat.send("/petition")
    chat.walk("[An elective at another university]", "[No]")
    for _ in range(2):
        chat.press("Done")
    assert chat.text.startswith("uSis step 10 of 14")


def test_composing_the_explanation_validates_each_detail_and_gives_a_paste_ready_block(
    chat: Transcript,
) -> None:
    _to_step_10(chat)
    chat.press("Yes, help me write it")
    assert chat.text.startswith("Explanation: question 1 of 6")
    chat.send("lots")
    assert "ECTS should be a number of EC" in chat.text
    assert "Explanation: question 1 of 6" in chat.text
    chat.send("7,5")
    assert chat.text.startswith("Explanation: question 2 of 6")
    chat.send("Master 1st year")
    chat.send("University of Amsterdam, Informatics Institute")
    assert chat.text.startswith("Explanation: question 4 of 6")
    chat.expect(
        (
            "Computer vision: how machines see, with labs in Python. See the uva study guide",
            "Link to the course description in the study guide online is missing",
        ),
        (
            "Computer vision: how machines see, with labs in Python. https://uva study guide",
            "should be the web address of the course description",
        ),
    )
    # As phones copy it, https:// is added; the words around the address are the description.
    chat.send("Computer vision: how machines see, with labs in Python. studiegids.uva.nl/vak/123")
    chat.expect(("ok", "too short to assess"))
    chat.send("It connects to my interest in interactive camera installations.")
    chat.expect(("1 November 2026", "Permission must be requested before a course starts"))
    # A start already past ends at the coordinator (audit 9); ‹ Back keeps the details for a typo.
    chat.press("Back")
    chat.send("2 February 2027")
    text = chat.text
    assert "Copy it into the ‘explanation student’ field" in text
    assert "ECTS: 7.5 EC" in text
    assert (
        "Link to the course description in the study guide online: https://studiegids.uva.nl/vak/123" in text
    )
    assert "Date when the course is starting: 2 February 2027" in text
    assert "Course description: Computer vision: how machines see, with labs in Python.\n" in text
    chat.press("Next")
    assert chat.text.startswith("uSis step 11 of 14")


def test_back_keeps_answers_and_cancel_ends_the_dialog(chat: Transcript) -> None:
    _to_step_10(chat)
    chat.press("Yes, help me write it")
    chat.send("6")
    assert chat.text.startswith("Explanation: question 2 of 6")
    chat.press("Back")
    assert chat.text.startswith("Explanation: question 1 of 6")
    assert chat.answers["detail_ec"] == "6"
    chat.press("Cancel")
    assert "Stopped" in chat.text
    assert chat.state.dialog is None
    assert "File a petition in uSis" in chat.buttons


def test_writing_it_yourself_shows_the_checklist(chat: Transcript) -> None:
    _to_step_10(chat)
    chat.press("No, I'll write it myself")
    for label in (
        "ECTS",
        "Level",
        "Institute + department",
        "Motivation",
        "Date when the course is starting",
    ):
        assert label in chat.text


def test_the_walk_ends_with_in_progress_approved_and_proof_of_grade(chat: Transcript) -> None:
    _to_step_10(chat)
    chat.press("No, I'll write it myself")
    chat.press("Next")
    assert chat.text.startswith("uSis step 11 of 14")
    assert "13. Click ‘yes’." in chat.text
    assert "‘In Progress’" in chat.text and "‘Approved’" in chat.text
    chat.press("Done")
    assert chat.text.startswith("uSis step 14 of 14")
    assert "signed or stamped transcript" in chat.text
    assert "Next ›" not in chat.buttons


ANSWERS = {
    "How many EC": "6",
    "level?": "Master 1st year",
    "Which institute": "ArtScience Interfaculty, KABK",
    "Describe the course": "A lab on sound installations, taught in the studio. "
    "https://www.kabk.nl/en/programmes/artscience",
    "Why do you want": "It connects to my interest in interactive sound installations.",
    "what date": "2 February 2027",
}


def _compose(chat: Transcript) -> str:
    """Steps 1 to 10 of an external-elective petition, the details not known yet, the text."""
    if "What is your petition in uSis for?" in chat.text:
        chat.press("An elective at another university")
    if "Is it an ArtScience Research group or Lab" in chat.text:  # not carried from a verdict
        chat.press("No")
    for _ in range(2):
        chat.press("Done")
    chat.press("Yes, help me write it")
    while "Copy it into the ‘explanation student’ field" not in chat.text:
        (typed,) = [answer for question, answer in ANSWERS.items() if question in chat.text]
        chat.send(typed)
    return chat.text


def test_a_petition_after_an_upgrade_verdict_includes_the_requested_level_upgrade(chat: Transcript) -> None:
    """'The elective application (see above) must include the requested level upgrade.'"""
    walk_to_sound_lab_verdict(chat, upgrade=True)
    chat.press("File a petition for it")
    text = _compose(chat)
    assert "Requested level upgrade: Sound Lab (ArtScience Lab) to level 400." in text
    assert chat.paste.splitlines()[-1] == "Requested level upgrade: Sound Lab (ArtScience Lab) to level 400."
    assert chat.paste.splitlines()[-2].startswith("Date when the course is starting")


def test_a_petition_without_an_upgrade_mentions_none(chat: Transcript) -> None:
    walk_to_sound_lab_verdict(chat, upgrade=False)
    chat.press("File a petition for it")
    assert "upgrade" not in _compose(chat)
    assert "ECTS: 6 EC" in chat.paste  # carried over from /course, not asked again
    chat.send("/petition")
    assert "upgrade" not in _compose(chat)


def test_the_composed_text_is_its_own_message_ready_to_paste(chat: Transcript, assembly: Assembly) -> None:
    """A code block on Telegram (tap to copy), plain between rules in the terminal; details a-g."""
    from bot.console import RULE, ConsoleChat
    from bot.telegram.render import render

    chat.send("/petition")
    _compose(chat)
    (reply,) = chat.replies
    assert "explanation student" in reply.text and "ECTS" not in reply.text
    labels = [line.split(":")[0] for line in reply.paste.splitlines()]
    assert labels == [
        "ECTS",
        "Level",
        "Institute + department",
        "Course description",
        "Link to the course description in the study guide online",
        "Motivation",
        "Date when the course is starting",
    ]
    messages = render(reply)
    assert len(messages) == 2
    assert not messages[0].html.startswith("<pre>") and messages[0].keyboard is None
    assert messages[1].html.startswith("<pre>ECTS: 6 EC\nLevel: Master 1st year\n")
    assert messages[1].html.endswith("</pre>") and messages[1].keyboard is not None
    shown = ConsoleChat(assembly.conversation, lambda: TODAY).render([reply])
    assert f"\n{RULE}\n{reply.paste}\n{RULE}\n" in shown


def _external_verdict(chat: Transcript) -> None:
    chat.send("/course")
    chat.send("Computer Vision")
    chat.press("Another university")
    chat.press("400")
    chat.send("6")
    chat.press("No")
    chat.send("2 February 2027")  # not started yet: no grade is asked
    assert "File a petition for it" in chat.buttons


def test_an_external_petition_from_a_verdict_takes_at_most_8_taps_and_4_typed_answers(
    chat: Transcript,
) -> None:
    """Issue 12: from the finished /course verdict to the composed text. Measured before: 12 taps
    (File a petition, the kind again, nine Next, compose) and 7 typed answers (EC, level and start
    date asked again); now 4 taps (File a petition, two checklists' Done, compose) and 4 typed: the
    level is asked as it is at that university (audit 3, item 13: the verdict's Leiden level
    button is no level the other university gave it)."""
    _external_verdict(chat)
    taps = typed = 0
    chat.press("File a petition for it")
    taps += 1
    seen = [chat.text.split("\n")[0]]
    while "Copy it into the ‘explanation student’ field" not in chat.text:
        assert taps <= 8 and typed <= 4, seen
        if "Yes, help me write it" in chat.buttons:
            chat.press("Yes, help me write it")
            taps += 1
        elif "✓ Done" in chat.buttons:
            chat.press("✓ Done")
            taps += 1
        else:
            answer = {
                "level?": "Master 1st year",
                "Which institute": "University of Amsterdam, Informatics Institute",
                "Describe the course": "How machines see, with labs in Python. studiegids.uva.nl/vak/123",
                "Why do you want": "It connects to my interest in interactive camera installations.",
            }
            (text,) = [a for q, a in answer.items() if q in chat.text]
            chat.send(text)
            typed += 1
        seen.append(chat.text.split("\n")[0])
    assert taps <= 8 and typed <= 4
    assert (taps, typed) == (4, 4)
    assert chat.paste.splitlines() == [
        "ECTS: 6 EC",
        "Level: Master 1st year",
        "Institute + department: University of Amsterdam, Informatics Institute",
        "Course description: How machines see, with labs in Python.",
        "Link to the course description in the study guide online: https://studiegids.uva.nl/vak/123",
        "Motivation: It connects to my interest in interactive camera installations.",
        "Date when the course is starting: 2 February 2027",
    ]


def test_carried_answers_skip_their_questions_and_back_still_works(chat: Transcript) -> None:
    _external_verdict(chat)
    chat.press("File a petition for it")
    assert chat.text.startswith("uSis step 1 of 14")  # the kind is known: an external elective
    chat.press("Done")
    assert "click ‘Mediatechnology Choice’ courses" in chat.text
    assert "description field: Computer Vision." in chat.text
    chat.press("Done")
    chat.press("Yes, help me write it")
    assert chat.text.startswith("Explanation: question 1 of 4")
    assert "What is the course's level?" in chat.text
    chat.press("Back")
    assert chat.text.startswith("uSis step 10 of 14")
    chat.press("Back")
    assert chat.text.startswith("uSis step 6 of 14")
    chat.press("Back")
    chat.press("Back")  # from the first step: back to the verdict it was started from
    assert chat.state.dialog is not None and chat.state.dialog.dialog == "course"
    assert chat.first.startswith("Computer Vision:")


def test_a_description_and_its_link_sent_in_two_messages_are_both_kept(assembly: Assembly) -> None:
    """The step asks for both in one message; a student who sends them one after the other loses
    neither (the first used to be dropped, so the student went round in circles)."""
    console = ConsoleChat(assembly.conversation, lambda: date(2026, 11, 25))
    for line in ("/petition", "1", "1", "1", "1", "6", "Master 1st year", "Leiden University, LIACS"):
        console.send(line)
    first = console.render(console.send("A course on audio programming."))
    assert "Link to the course description in the study guide online is missing" in first
    second = console.render(console.send("https://studiegids.universiteitleiden.nl/courses/123"))
    assert "Explanation: question 5 of 6" in second
    answers = console.state.dialog.answers if console.state.dialog else {}
    assert answers["detail_description"] == "A course on audio programming."
    assert answers["detail_link"] == "https://studiegids.universiteitleiden.nl/courses/123"


def test_checking_the_course_after_its_petition_asks_only_what_the_petition_did_not(
    chat: Transcript,
) -> None:
    """The petition's last step offers "Does this course count?": its kind, level, EC and start
    date are carried, so only the course's name and whether it is an honours course are asked."""
    chat.course("Vision", "Leiden University", "400 or higher", "6")
    chat.press("File a petition for it")
    _compose(chat)
    while "Does this course count?" not in chat.buttons:
        chat.press("✓ Done" if "✓ Done" in chat.buttons else "Next ›")
    chat.press("Does this course count?")
    assert "What is the course called?" in chat.text
    chat.send("Vision again")
    assert "Is it an honours course?" in chat.text
    chat.press("No")
    assert "Can count for 6 EC" in chat.text
    assert "before the course starts on 1 February 2027" in chat.text
