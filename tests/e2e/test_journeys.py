"""A student goes through all three dialogs and asks questions, over HTTP, in both modes."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.botapi import BotApiStandIn
from tests.e2e.harness import settled, stored_rows, talking_to_bot
from tests.e2e.journeys import course_journey, petition_journey, progress_journey, questions_journey


@pytest.mark.parametrize("webhook", [False, True], ids=["polling", "webhook"])
def test_a_student_walks_every_dialog_and_asks_questions(
    standin: BotApiStandIn, tmp_path: Path, webhook: bool
) -> None:
    with talking_to_bot(standin, tmp_path, 5001, webhook=webhook) as (bot, student):
        assert "Pick one of the buttons" in student.say("/start")
        petition_journey(student)
        course_journey(student)
        progress_journey(student)
        questions_journey(student)
        assert student.settle() == []
        assert bot.alive
        names = [c["command"] for c in standin.commands()]
        assert names[:3] == ["start", "help", "petition"]
        if webhook:
            assert standin.webhook_deliveries()


def test_webhook_refuses_a_request_without_the_secret(standin: BotApiStandIn, tmp_path: Path) -> None:
    with talking_to_bot(standin, tmp_path, 5002, webhook=True) as (bot, student):
        student.say("/electives")
        standin.wait_until(
            lambda: not stored_rows(bot.store)["inbox"] and settled(bot.store, 5002), 20, "idle"
        )
        before = stored_rows(bot.store)
        forged = {
            "update_id": 999_999,
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": 5002, "type": "private"},
                "from": {"id": 5002, "is_bot": False, "first_name": "Mallory"},
                "text": "/forget",
            },
        }
        request = urllib.request.Request(
            f"http://127.0.0.1:{bot.webhook_port}/hook",
            data=json.dumps(forged).encode(),
            headers={"Content-Type": "application/json"},
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=5)
        assert refused.value.code == 403
        assert student.settle(0.5) == []
        assert stored_rows(bot.store) == before
