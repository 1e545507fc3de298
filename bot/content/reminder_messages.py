"""The words of deadline reminders, loaded from the `reminders:` block of `knowledge/messages.yaml`."""

from __future__ import annotations

from pydantic import Field, model_validator

from bot.rules.frozen import Strict
from bot.rules.reminders import DeadlineKind


class KindText(Strict):
    """How one kind of deadline is named (`what`) and what to do about it (`todo`).

    Placeholders: {date} (the deadline), {month} and {year} (its month), {weeks} (the appeal weeks),
    {decision_by} (the day the Board's decision is due)."""

    what: str = Field(min_length=1)
    todo: str = Field(min_length=1)
    event: str = Field(min_length=1)
    """The calendar event's title."""


class ReminderMessages(Strict):
    command: str = Field(min_length=1)
    remind_label: str = Field(min_length=1)
    calendar_label: str = Field(min_length=1)
    preview: str = Field(min_length=1)
    preview_line: str = Field(min_length=1)
    confirm_label: str = Field(min_length=1)
    decline_label: str = Field(min_length=1)
    none_possible: str = Field(min_length=1)
    confirmed: str = Field(min_length=1)
    declined: str = Field(min_length=1)
    list_heading: str = Field(min_length=1)
    list_line: str = Field(min_length=1)
    list_empty: str = Field(min_length=1)
    cancel_label: str = Field(min_length=1)
    cancelled_one: str = Field(min_length=1)
    reminder: str = Field(min_length=1)
    done_label: str = Field(min_length=1)
    snooze_label: str = Field(min_length=1)
    stopped: str = Field(min_length=1)
    snoozed: str = Field(min_length=1)
    snooze_too_late: str = Field(min_length=1)
    calendar_caption: str = Field(min_length=1)
    calendar_file: str = Field(min_length=1)
    calendar_alarm: str = Field(min_length=1)
    today_moved: str = Field(min_length=1)
    today_invalid: str = Field(min_length=1)
    calendar_written: str = Field(min_length=1)
    kinds: dict[str, KindText] = Field(min_length=1)

    @model_validator(mode="after")
    def _every_kind_has_words(self) -> ReminderMessages:
        missing = sorted(k.value for k in DeadlineKind if k.value not in self.kinds)
        unknown = sorted(set(self.kinds) - {k.value for k in DeadlineKind})
        if missing or unknown:
            raise ValueError(f"reminders.kinds: missing {missing}, unknown {unknown}")
        return self
