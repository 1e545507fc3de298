"""A calendar file (RFC 5545, built with `icalendar`): one all-day event per deadline, with alarms."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta

from pydantic import Field

from bot.rules.frozen import Strict
from bot.rules.parameters import ParameterId
from bot.rules.reminders import Deadline, calendar_day, reminder_days
from bot.rules.rulebook import Rulebook

PRODID = "-//Leiden Media Technology MSc student assistant//deadlines//EN"


class Document(Strict):
    """A file to send the student (Telegram: a document; the terminal: a file it writes)."""

    filename: str = Field(min_length=1)
    content: bytes
    caption: str = ""


def calendar_file(
    book: Rulebook,
    deadlines: Iterable[Deadline],
    title: Callable[[Deadline], str],
    alarm: Callable[[Deadline], str],
    stamp: datetime,
) -> bytes:
    """One VEVENT per date (all-day, on the last day to act) with a VALARM per reminder offset."""
    from icalendar import Alarm, Calendar, Event  # only when a student asks: 30 ms off every start

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    hour, _, minute = book.text(ParameterId.REMINDER_TIME).partition(":")
    at = timedelta(hours=int(hour), minutes=int(minute))
    seen: set[tuple[str, date]] = set()
    for deadline in deadlines:
        day = calendar_day(book, deadline)
        if (deadline.kind.value, day) in seen:
            continue
        seen.add((deadline.kind.value, day))
        event = Event()
        event.add("uid", f"{deadline.kind.value}-{day.isoformat()}@mt-student-bot")
        event.add("dtstamp", stamp)
        event.add("summary", title(deadline))
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("description", book.clause(deadline.clause).citation.quote)
        for ring in reminder_days(book, deadline):
            # Alarms ring on the days the bot's own reminders come, at the same time.
            valarm = Alarm()
            valarm.add("action", "DISPLAY")
            valarm.add("description", alarm(deadline))
            valarm.add("trigger", at + (ring - day))
            event.add_component(valarm)
        cal.add_component(event)
    ical: bytes = cal.to_ical()
    return ical
