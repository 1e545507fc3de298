"""A morning's batch of reminders goes out through the rate limiter: all sent, each once, none dropped."""

from __future__ import annotations

from bot.app import Assembly
from bot.telegram.reminder_bench import reminder_batch


def test_a_batch_of_due_reminders_is_spread_not_dropped(assembly: Assembly) -> None:
    batch = reminder_batch(assembly.conversation, students=45, rate=30, limit=60.0)
    assert batch.sent == 45 and batch.distinct_chats == 45


def test_reminders_that_fire_late_on_a_busy_loop_are_still_sent(assembly: Assembly) -> None:
    """The scheduler skips a job more than a second late unless told otherwise; a student would
    have had no reminder until the next restart."""
    batch = reminder_batch(assembly.conversation, students=10, rate=30, limit=30.0, stall=2.5)
    assert batch.sent == 10 and batch.distinct_chats == 10
