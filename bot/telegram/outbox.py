"""One student's stored record on Telegram: state, replies owed, delivery keys; typed, in one place.

Why one module: the record lives in python-telegram-bot's `user_data` (a JSON dict the store
writes through), and every writer of it (the update handler, the scheduled reminder jobs, a
future web front end) must agree on its keys and commit it the same way: the new state and the
replies it owes are written together before anything is sent. Only this module reads or writes
the dict's keys; the rest sees `StudentRecord` and `Outgoing`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from pydantic import ValidationError

from bot.dialogs.state import STATE_SCHEMA_VERSION, StudentState
from bot.replies import Reply
from bot.rules.frozen import Frozen
from bot.telegram.pages import Rows, stored_rows

log = logging.getLogger(__name__)

STATE, SEEN, OUTBOX, STRIPPED, PAGES = "state", "seen", "outbox", "stripped", "pages"
PARTS_SENT = "parts_sent"
"""In an owed reply of several messages: how many Telegram already accepted."""
LAST_UPDATE = "last_update"
"""Kept by older versions (de-duplication by a growing update id); dropped on the next write."""
SEEN_KEPT = 50
"""How many delivery keys are remembered per student: far more than Telegram ever redelivers."""
STRIPPED_KEPT = 20
"""How many pressed messages' ids are remembered to avoid removing a keyboard twice."""


class RecordStore(Protocol):
    """Where records are written through: python-telegram-bot's persistence, or another front end's."""

    async def update_user_data(self, user_id: int, data: dict[str, Any]) -> None: ...

    async def drop_user_data(self, user_id: int) -> None: ...


class NewerStateError(Exception):
    """A stored row written by a newer version of the bot: it must be neither read nor overwritten."""


class Outgoing(Frozen):
    """A reply owed to the student, and how many of its messages Telegram already accepted.

    Stored as the reply's own fields plus `parts_sent` (only once a part went), as before.
    """

    reply: Reply
    parts_sent: int = 0

    @classmethod
    def from_stored(cls, raw: object) -> Outgoing:
        """Raises ValidationError for a row that is not a reply (it is then dropped, logged)."""
        fields = dict(raw) if isinstance(raw, dict) else {}
        parts = fields.pop(PARTS_SENT, 0)
        reply = Reply.model_validate(fields if isinstance(raw, dict) else raw)
        return cls(reply=reply, parts_sent=parts if isinstance(parts, int) else 0)

    def stored(self) -> dict[str, Any]:
        fields = self.reply.model_dump(mode="json")
        return {**fields, PARTS_SENT: self.parts_sent} if self.parts_sent else fields


def load_state(data: dict[str, Any]) -> StudentState:
    """The stored state, or a fresh one if it is missing or from an older schema: never a crash.

    A state from a newer schema raises NewerStateError: reading it as blank would overwrite it.
    """
    raw = data.get(STATE)
    if not isinstance(raw, dict):
        return StudentState()
    version = raw.get("schema_version", STATE_SCHEMA_VERSION)
    if isinstance(version, int) and version > STATE_SCHEMA_VERSION:
        raise NewerStateError(version)
    try:
        return StudentState.model_validate(raw)
    except ValidationError:
        log.warning("stored state unreadable; starting afresh")
        return StudentState()


@dataclass
class StudentRecord:
    """A typed view of one student's `user_data` dict (the dict itself is what the store keeps).

    `persistence` None: nothing is written (a group chat's throwaway record, or a test).
    """

    data: dict[str, Any]
    user_id: int
    persistence: RecordStore | None = None

    # -- state and delivery keys -----------------------------------------------------------------
    def state(self) -> StudentState:
        return load_state(self.data)

    def seen(self, key: str | None) -> bool:
        """Whether this update (by its delivery key) was already taken in."""
        return key is not None and key in self._seen()

    def _seen(self) -> list[str]:
        return [k for k in self.data.get(SEEN) or [] if isinstance(k, str)]

    def take_turn(self, state: StudentState, key: str | None, replies: Sequence[Reply]) -> None:
        """A handled update: its new state, its delivery key, and its replies owed, together."""
        seen = self._seen()
        self.data[STATE] = state.model_dump(mode="json")
        self.data.pop(LAST_UPDATE, None)
        if key is not None:
            self.data[SEEN] = [*seen, key][-SEEN_KEPT:]
        self._append(replies)

    def owe(self, state: StudentState, replies: Sequence[Reply]) -> None:
        """The new state and the replies it owes (a reminder job's), still unsent."""
        self.data[STATE] = state.model_dump(mode="json")
        self._append(replies)

    def _append(self, replies: Sequence[Reply]) -> None:
        owed = list(self.data.get(OUTBOX) or [])
        self.data[OUTBOX] = owed + [Outgoing(reply=r).stored() for r in replies]

    async def commit(self) -> None:
        """Write the record through to the store (one transaction); before anything is sent."""
        if self.persistence is not None:
            await self.persistence.update_user_data(self.user_id, dict(self.data))

    # -- the outbox ------------------------------------------------------------------------------
    def owes(self) -> bool:
        return bool(self.data.get(OUTBOX))

    def head(self) -> Outgoing:
        """The first reply owed; raises ValidationError if its row is not a reply."""
        return Outgoing.from_stored(self.data[OUTBOX][0])

    async def accepted(self, head: Outgoing, parts: int) -> None:
        """Telegram took `parts` messages of the head reply: stored, so none is sent twice."""
        self.data[OUTBOX][0] = head.model_copy(update={"parts_sent": parts}).stored()
        await self.commit()

    async def done(self) -> None:
        """The head reply went (or was dropped): it leaves the outbox, and that is stored."""
        self.data[OUTBOX] = self.data[OUTBOX][1:]
        await self.commit()

    # -- keyboards ---------------------------------------------------------------------------------
    def pages_of(self, message_id: int) -> Rows | None:
        """The whole keyboard kept for the last paged message, if `message_id` is that message."""
        kept = self.data.get(PAGES)
        if not isinstance(kept, dict) or kept.get("message") != message_id:
            return None
        return stored_rows(kept.get("rows"))

    def keep_pages(self, message_id: int, rows: Rows | None) -> None:
        """After a message with buttons: its whole keyboard if paged; else none is kept."""
        if rows is not None:
            self.data[PAGES] = {"message": message_id, "rows": rows}
        else:
            self.data.pop(PAGES, None)

    def strip_once(self, message_id: int) -> bool:
        """True the first time a pressed message's keyboard is to be removed (a double tap: False)."""
        stripped: list[int] = list(self.data.get(STRIPPED) or [])
        if message_id in stripped:
            return False
        self.data[STRIPPED] = [*stripped, message_id][-STRIPPED_KEPT:]
        return True

    async def erase(self) -> None:
        """/forget confirmed: every row about this student goes, in memory and on disk."""
        self.data.clear()
        if self.persistence is not None:
            await self.persistence.drop_user_data(self.user_id)
