"""A morning's batch of reminders goes out through the rate limiter: all sent, each once, none dropped."""

from __future__ import annotations

from bot.app import Assembly
from bot.telegram.reminder_bench import reminder_batch


def test_a_batch_of_due_reminders_is_spread_not_dropped(assembly: Assembly) -> None:
    batch = reminder_batch(assembly.conversation, students=45, rate=30, limit=60.0)
    assert batch.sent == 45 and batch.distinct_chats == 45
