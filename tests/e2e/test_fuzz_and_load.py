"""Fuzzed updates and many students at once, against the real bot process over HTTP.

FUZZ_UPDATES and LOAD_STUDENTS raise the defaults (1,000 updates, 50 students) for long runs.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections import Counter
from pathlib import Path

from bot.settings import Settings
from tests.botapi import BotApiStandIn
from tests.e2e.fuzz_inputs import action_for
from tests.e2e.harness import WAIT, BotProcess, Student, running_bot, stored_state
from tests.e2e.journeys import course_journey, questions_journey

FUZZ_UPDATES = int(os.environ.get("FUZZ_UPDATES", "1000"))
LOAD_STUDENTS = int(os.environ.get("LOAD_STUDENTS", "50"))
FUZZ_CHATS = 10
STEPS_PER_STUDENT = 12
SENDS_PER_STEP = 2
"""A reply, and often the removal of the previous message's keyboard: both count towards the limit."""
RATE = Settings.model_fields["overall_max_rate"].default
PATIENCE = WAIT + LOAD_STUDENTS * SENDS_PER_STEP / RATE
"""Telegram's overall limit (30 messages/s) makes each step wait behind every other student's."""


def test_fuzzed_updates_get_valid_replies_and_touch_no_one_else(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    rng = random.Random(20261125)
    with running_bot(standin, tmp_path) as bot:
        bystander = Student(standin, 8000)
        course_journey(bystander)
        before = stored_state(bot.store, 8000)

        def last_with_buttons(chat: int) -> int | None:
            for message in reversed(standin.messages(chat)):
                if message.callback_data:
                    return message.message_id
            return None

        kinds: Counter[str] = Counter()
        for i in range(FUZZ_UPDATES):
            chat = 8100 + i % FUZZ_CHATS
            action = action_for(rng, last_with_buttons)
            action.send(standin, chat)
            kinds[action.kind] += 1
            if i % 50 == 49:
                standin.wait_idle(timeout=60, quiet=0.05)
        standin.wait_idle(timeout=120, quiet=0.3)
        print(f"\nfuzz: tried {FUZZ_UPDATES} generated updates: {dict(kinds)}")
        refused = [r for r in standin.requests() if r.status >= 400 and r.fault is None]
        assert refused == [], Counter((r.method, r.description) for r in refused)
        assert bot.alive
        log = bot.log()
        assert "Traceback" not in log and "update failed" not in log
        assert stored_state(bot.store, 8000) == before
        assert not standin.pending_updates()


def test_many_students_at_once_each_see_only_their_own_conversation(
    standin: BotApiStandIn, bot: BotProcess
) -> None:
    errors: list[BaseException] = []

    def one_student(chat: int) -> None:
        try:
            student = Student(standin, chat, patience=PATIENCE)
            student.say("/course")
            student.say(f"Course of student {chat}")
            student.press("Leiden University")
            student.press("300")
            student.say(str(1 + chat % 4))
            student.press("No")
            text = student.press("I don't know yet")
            assert text.startswith(f"Course of student {chat}:"), text[:80]
            assert f"Can count for {1 + chat % 4} EC" in text
            questions_journey(student)
        except BaseException as exc:
            errors.append(exc)

    start = time.monotonic()
    threads = [threading.Thread(target=one_student, args=(9000 + i,)) for i in range(LOAD_STUDENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=STEPS_PER_STUDENT * PATIENCE)
    elapsed = time.monotonic() - start
    updates = STEPS_PER_STUDENT * LOAD_STUDENTS
    print(f"\nload: {LOAD_STUDENTS} students, {updates} updates in {elapsed:.1f}s")
    assert errors == [], errors[:3]
    for i in range(LOAD_STUDENTS):
        chat = 9000 + i
        texts = [m.text or "" for m in standin.messages(chat)]
        assert all("Course of student" not in t or f"student {chat}" in t for t in texts)
        state = stored_state(bot.store, chat)
        assert state is not None and state["dialog"]["answers"]["name"] == f"Course of student {chat}"  # type: ignore[index]
    assert bot.alive
