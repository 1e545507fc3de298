"""The words of deadline reminders, loaded from the `reminders:` block of `knowledge/messages.yaml`."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from bot.rules.frozen import Strict
from bot.rules.reminders import DeadlineKind

Words = Annotated[str, Field(min_length=1)]
"""A message: never empty, so a blank key in messages.yaml is a load-time defect."""


class KindText(Strict):
    """How one kind of deadline is named (`what`) and what to do about it (`todo`).

    Placeholders: {date} (the deadline), {month} and {year} (its month), {weeks} (the appeal weeks),
    {decision_by} (the day the Board's decision is due)."""

    what: Words
    todo: Words
    event: Words
    """The calendar event's title."""


class ReminderMessages(Strict):
    command: Words
    remind_label: Words
    calendar_label: Words
    preview: Words
    preview_line: Words
    confirm_label: Words
    decline_label: Words
    none_possible: Words
    confirmed: Words
    declined: Words
    list_heading: Words
    list_line: Words
    list_empty: Words
    cancel_label: Words
    cancelled_one: Words
    reminder: Words
    done_label: Words
    snooze_label: Words
    stopped: Words
    snoozed: Words
    snooze_too_late: Words
    calendar_caption: Words
    calendar_file: Words
    calendar_alarm: Words
    today_moved: Words
    today_invalid: Words
    calendar_written: Words
    kinds: dict[str, KindText] = Field(min_length=1)

    @model_validator(mode="after")
    def _every_kind_has_words(self) -> ReminderMessages:
        missing = sorted(k.value for k in DeadlineKind if k.value not in self.kinds)
        unknown = sorted(set(self.kinds) - {k.value for k in DeadlineKind})
        if missing or unknown:
            raise ValueError(f"reminders.kinds: missing {missing}, unknown {unknown}")
        return self
