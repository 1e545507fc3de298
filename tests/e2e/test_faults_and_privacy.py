"""Faults from Telegram (429, 500, timeouts, dropped connections), /forget, and what the logs contain."""

from __future__ import annotations

from pathlib import Path

from tests.botapi import BotApiStandIn, FaultKind
from tests.e2e.harness import BotProcess, Student, stored_rows, talking_to_bot
from tests.e2e.journeys import course_journey, questions_journey

FAULTY_COURSE: tuple[tuple[str, FaultKind, dict[str, float], str, str], ...] = (
    ("sendMessage", "429", {"count": 1, "retry_after": 1}, "/help", "What I can do"),
    ("sendMessage", "500", {"count": 2}, "/course", "What is the course called?"),
    ("sendMessage", "drop", {"count": 1}, "Robotics", "Who teaches it?"),
    ("sendMessage", "hang", {"count": 1, "hang_for": 6}, "[Leiden University]", "At what level?"),
    ("answerCallbackQuery", "500", {"count": 1}, "[400 or higher]", "How many EC is it?"),
    ("getUpdates", "500", {"count": 1}, "5", "Is it an honours course?"),
)
"""The course dialog with one fault before each step: the API method that fails, how and how often,
what the student types (or presses, in brackets), and words the reply must still carry."""

SECRET_WORDS = ("Creative <Coding>", "honours course as an elective", "pizza", "Ada")


def test_every_reply_arrives_once_and_in_order_despite_faults(
    standin: BotApiStandIn, bot: BotProcess
) -> None:
    student = Student(standin, 7001)
    student.say("/start")
    for method, kind, options, step, expected in FAULTY_COURSE:
        standin.fail_next(method, kind, **options)
        reply = student.press(step[1:-1]) if step.startswith("[") else student.say(step)
        assert expected in reply, f"{step} after a {kind} fault of {method}"
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
    with talking_to_bot(standin, tmp_path, 7004) as (bot, student):
        course_journey(student)
        questions_journey(student)
        standin.fail_next("sendMessage", "500", count=1)
        student.say("/help")
    log = bot.log()
    assert "update kind=" in log
    for secret in (*SECRET_WORDS, "Lovelace", "ada_l", standin.token, standin.token.split(":")[1]):
        assert secret not in log, secret
