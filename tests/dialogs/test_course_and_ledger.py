"""Transcripts of "Does this course count?" and "My electives", and how the ledger feeds the verdict."""

from __future__ import annotations

from datetime import date

from tests.transcript import Transcript

TODAY = date(2026, 11, 25)


def test_a_master_course_counts_in_full_with_reasons_and_next_steps(chat: Transcript) -> None:
    chat.course("Audio Processing", "Leiden University", "400 or higher", "6")
    assert "Audio Processing:" in chat.text
    assert "⚠️ Can count for 6 EC, not yet for certain. First: Submit your petition in uSis" in chat.text
    assert "✅" not in chat.text
    assert "Why:" in chat.text and "“Elective courses must be at master level." in chat.text
    assert "before the course starts on 1 February 2027" in chat.text
    assert chat.buttons[:3] == ["➕ Add to my electives", "File a petition for it", "Check another course"]


def test_an_invalid_ec_is_re_asked_with_the_reason(chat: Transcript) -> None:
    chat.walk("/course", "X", "[Leiden University]", "[300]")
    chat.send("a lot")
    assert "I need a number of EC greater than 0" in chat.text
    assert "How many EC is it?" in chat.text
    assert chat.state.dialog is not None and chat.state.dialog.step == "ec"


def test_the_ledger_caps_the_next_course(chat: Transcript) -> None:
    chat.course("Bachelor Vision", "Leiden University", "300", "4")
    assert "⚠️ Can count for 4 EC" in chat.text
    chat.press("Add to my electives")
    assert "Added “Bachelor Vision” (4 EC) to your electives." in chat.text
    assert "• Bachelor Vision: 4 EC (level 300)" in chat.text
    assert "• Courses below level 400: 4 of 5 EC" in chat.text
    chat.course("Intro Drawing", "Another university", "200", "3")
    assert "⚠️ At most 1 EC of its 3 EC" in chat.text
    assert "at most 1 of the 3 EC can count" in chat.text


def test_an_honours_course_cannot_be_added(chat: Transcript) -> None:
    chat.course("Honours Ethics", "Leiden University", "400 or higher", "5", honours="Yes")
    assert "❌ Does not count as an elective." in chat.text
    assert "Add to my electives" not in " ".join(chat.buttons)


def test_artscience_research_group_with_upgrade(chat: Transcript) -> None:
    chat.walk("/course", "Sonic Lab", "[ArtScience]", "[Research group]")
    assert "upgraded to level 400" in chat.text
    chat.walk("[Yes, I'll request the upgrade]", "5", "[No]", "[I don't know yet]")
    assert chat.text.index("⚠️ Can count for 5 EC, not yet for certain.") < chat.text.index("can decline")
    assert "✅" not in chat.text
    assert "First: The Media Technology executive board can decline the upgrade" in chat.text
    assert "ArtScience teacher judges your additional assignment" in chat.text
    assert "Mention the requested level upgrade in your petition." in chat.text
    assert "can decline the upgrade" in chat.text


def test_my_electives_add_a_project_and_remove_it(chat: Transcript) -> None:
    chat.send("/electives")
    assert "You haven't recorded any electives yet." in chat.text
    assert "Remove one" not in " ".join(chat.buttons)
    chat.walk("[Add a project]", "Helping Ann", "[Assisting another student's graduation project]")
    chat.walk("[Yes]", "[Yes]", "[Not yet]", "[Yes]", "3")
    assert "only 2 of the 3 EC count" in chat.text
    assert "Both of you need the Media Technology board's approval before you start." in chat.text
    chat.press("Add to my electives")
    assert "• Helping Ann: 2 EC (assisting)" in chat.text
    assert "• of which assisting another student: 2 of 2 EC" in chat.text
    assert "You have assisted another student's graduation project (possible once)." in chat.text
    chat.press("Remove one")
    chat.press("Helping Ann (2 EC)")
    assert "Remove “Helping Ann” from your list?" in chat.text
    chat.press("Yes, remove it")
    assert "Removed “Helping Ann” from your electives." in chat.text
    assert chat.state.ledger.items == ()


def test_a_second_assisting_is_refused_by_the_ledger(chat: Transcript) -> None:
    for name in ("First help", "Second help"):
        chat.send("/electives")
        chat.press("Add a project")
        chat.send(name)
        chat.press("Assisting")
        for answer in ("Yes", "Yes", "Yes", "Yes"):
            chat.press(answer)
        chat.send("1")
        if name == "First help":
            chat.press("Add to my electives")
    assert "You have already assisted another student once" in chat.text
    assert "Add to my electives" not in " ".join(chat.buttons)


def test_toggling_been_assisted(chat: Transcript) -> None:
    chat.send("/electives")
    chat.press("been assisted")
    assert "You have been assisted in your own graduation project (possible once)." in chat.text


def test_a_start_date_passed_and_a_five_and_a_half_are_conditions_first(chat: Transcript) -> None:
    """Issue 9: start 2 September 2026 (passed), grade 5.5: never ✅, the conditions come first."""
    chat.course(
        "Game Design", "Another university", "400 or higher", "6", start="2 September 2026", grade="5.5"
    )
    text = chat.text
    assert "✅" not in text
    # The condition that decides whether it can count at all leads; the EC follow it.
    first = text.split("⚠️ ", 1)[1].split("\n", 1)[0]
    assert "not accepted by Leiden University" in first or "started on 2 September 2026" in first
    assert "If it can still count: at most 6 EC." in text
    assert "is not accepted by Leiden University: it is rounded to 5" in text
    assert "This course started on 2 September 2026" in text
    assert "signed/stamped transcript" in text and "Media Technology coordinator" in text


def test_removing_a_course_frees_its_share_of_the_caps_for_the_courses_left(chat: Transcript) -> None:
    """A level 200 course recorded after a 4 EC level 300 one counted 1 EC; with the level 300 one
    removed it counts its full 3 EC (it stayed at 1 EC before)."""
    chat.send("/electives")
    for name, level, ec in (("Adv Bach A", "[300 (advanced bachelor)]", "4"), ("Intro B", "[200]", "3")):
        chat.walk("[Add a course]", name, "[Leiden University]", level, ec, "[No]", "2 February 2027")
        chat.press("Add to my electives")
    assert "• Intro B: 1 EC (level 200)" in chat.text
    chat.press("Remove one")
    chat.press("Adv Bach A (4 EC)")
    chat.press("Yes, remove it")
    assert "• Intro B: 3 EC (level 200)" in chat.text
    assert "• Courses below level 400: 3 of 5 EC" in chat.text
    assert [i.ec_counted for i in chat.state.ledger.items] == [3]


def test_a_course_that_has_started_leads_with_that_and_the_coordinator(chat: Transcript) -> None:
    chat.send("/course")
    chat.walk(
        "TU Delft HCI", "[Another university]", "[400 or higher (master)]", "7.5", "[No]", "1 September 2026"
    )
    chat.send("5.5")
    assert "⚠️ This course started on 1 September 2026." in chat.text
    assert "Next:\n• Contact the Media Technology coordinator now" in chat.text
    assert "file a petition in uSis" not in chat.text


def test_an_honours_course_offers_no_petition_reminder(chat: Transcript) -> None:
    chat.send("/course")
    chat.walk(
        "Honours Class", "[Leiden University]", "[400 or higher (master)]", "5", "[Yes, an honours course]"
    )
    assert "❌" in chat.text
    assert not any("Remind me" in label for label in chat.buttons)


def test_a_course_that_has_not_started_is_not_asked_for_its_grade(chat: Transcript) -> None:
    chat.walk("/course", "Game Studies", "[Another university]", "[400 or higher]", "5", "[No]")
    chat.send("1 February 2027")
    assert "final grade" not in chat.text
    assert "Game Studies:" in chat.text and "⚠️ Can count for 5 EC" in chat.text


def test_a_course_that_has_started_is_asked_for_its_grade(chat: Transcript) -> None:
    chat.walk("/course", "Game Studies", "[Another university]", "[400 or higher]", "5", "[No]")
    chat.send("1 September 2026")
    assert "If you already have your final grade, type it" in chat.text
    assert chat.buttons == ["No grade yet"] or "No grade yet" in chat.buttons
