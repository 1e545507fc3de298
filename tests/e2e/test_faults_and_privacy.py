"""Faults from Telegram (429, 500, timeouts, dropped connections), /forget, and what the logs contain."""

from __future__ import annotations

from pathlib import Path

from tests.botapi import BotApiStandIn
from tests.e2e.harness import BotProcess, Student, running_bot, stored_rows
from tests.e2e.journeys import course_journey, questions_journey

SECRET_WORDS = ("Creative <Coding>", "honours course as an elective", "pizza", "Ada")


def test_every_reply_arrives_once_and_in_order_despite_faults(
    standin: BotApiStandIn, bot: BotProcess
) -> None:
    student = Student(standin, 7001)
    student.say("/start")
    standin.fail_next("sendMessage", "429", count=1, retry_after=1)
    assert "What I can do" in student.say("/help")
    standin.fail_next("sendMessage", "500", count=2)
    assert "What is the course called?" in student.say("/course")
    standin.fail_next("sendMessage", "drop", count=1)
    assert "Who teaches it?" in student.say("Robotics")
    standin.fail_next("sendMessage", "hang", count=1, hang_for=6)
    assert "At what level?" in student.press("Leiden University")
    standin.fail_next("answerCallbackQuery", "500", count=1)
    assert "How many EC is it?" in student.press("400 or higher")
    standin.fail_next("getUpdates", "500", count=1)
    assert "Is it an honours course?" in student.say("5")
    assert student.settle(0.5) == []
    texts = [m.text or "" for m in standin.messages(7001)]
    assert len(texts) == len(set(texts)), "a reply was delivered twice"
    assert bot.alive
    faults = {f.kind for f in standin.injected_faults()}
    assert {"429", "500", "drop", "hang"} <= {str(k) for k in faults}
    log = bot.log()
    assert log.count("send failed: NetworkError") >= 1
    assert "Robotics" not in log


def test_forget_erases_every_row_and_the_next_message_is_a_new_student(
    standin: BotApiStandIn, bot: BotProcess
) -> None:
    student = Student(standin, 7002)
    other = Student(standin, 7003)
    course_journey(student)
    other.say("/electives")
    other.press("been assisted", replies=1)
    assert "Erase it all?" in student.say("/forget")
    assert "erased everything" in student.press("Yes, erase everything")
    standin.wait_until(lambda: not stored_rows(bot.store)["inbox"], 20, "the last update handled")
    rows = stored_rows(bot.store)
    assert all("7002" not in repr(row) for table in rows.values() for row in table)
    assert any("7003" in repr(row) for row in rows["user_data"])
    text = student.say("/electives")
    assert "You haven't recorded any electives yet." in text


def test_the_log_of_a_full_run_holds_no_text_no_names_and_no_token(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    from tests.botapi import FakeUser

    standin.add_user(FakeUser(7004, first_name="Ada", last_name="Lovelace", username="ada_l"))
    with running_bot(standin, tmp_path) as bot:
        student = Student(standin, 7004)
        course_journey(student)
        questions_journey(student)
        standin.fail_next("sendMessage", "500", count=1)
        student.say("/help")
    log = bot.log()
    assert "update kind=" in log
    for secret in (*SECRET_WORDS, "Lovelace", "ada_l", standin.token, standin.token.split(":")[1]):
        assert secret not in log, secret
