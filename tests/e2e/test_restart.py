"""kill -9 mid-dialog and mid-ledger-edit: after a restart the student continues, nothing lost or doubled."""

from __future__ import annotations

from tests.botapi import BotApiStandIn
from tests.e2e.harness import BotProcess, Student, stored_state


def test_killed_mid_dialog_the_student_continues_at_the_same_step(
    standin: BotApiStandIn, bot: BotProcess
) -> None:
    student = Student(standin, 6001)
    student.say("/course")
    student.say("Sound Design")
    student.press("Another university")
    assert "At what level?" in student.seen[-1].text  # type: ignore[operator]
    bot.wait_settled(6001)
    bot.kill()
    bot.start()
    text = student.press("400 or higher")
    assert "How many EC is it?" in text
    student.say("7.5")
    student.press("No")
    text = student.press("I don't know yet")  # no start date: no grade is asked
    assert text.startswith("Sound Design:") and "7.5 EC is rounded down to 7 EC" in text
    assert student.settle() == []


def test_killed_mid_ledger_edit_the_ledger_is_intact(standin: BotApiStandIn, bot: BotProcess) -> None:
    student = Student(standin, 6002)
    student.say("/electives")
    student.press("Add a project")
    student.say("Installation")
    student.press("My own elective project")
    student.say("3")
    student.press("Add to my electives", replies=2)
    student.press("Remove one")
    assert "Which one should I remove?" in student.seen[-1].text  # type: ignore[operator]
    bot.wait_settled(6002)
    before = stored_state(bot.store, 6002)
    bot.kill()
    assert stored_state(bot.store, 6002) == before
    bot.start()
    text = student.press("Installation (3 EC)")
    assert "Remove “Installation” from your list?" in text
    text = student.press("No, keep it")
    assert "• Installation: 3 EC (own project)" in text
    assert student.settle() == []


def test_an_update_redelivered_after_a_crash_is_not_answered_twice(
    standin: BotApiStandIn, bot: BotProcess
) -> None:
    student = Student(standin, 6003)
    student.say("/start")
    standin.fail_next("getUpdates", "drop", count=1, processed=True)
    student.say("/help")
    bot.wait_settled(6003)
    bot.kill()
    bot.start()
    assert student.settle(1.0) == []
    assert "What I can do" in student.say("/help")
