"""Details the pages never give (a fee, how long, a template), said so before the nearest answer.

"Is there a fee for a petition?" finds the petition steps: true, but read as the answer to the
question unless the reply first says that the page mentions no fee. Which details, how they are
asked and which entries do give them is data (knowledge/details.yaml).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.content.normalise import fold
from bot.content.schema import Entry, UnsaidDetail


def _padded(text: str) -> str:
    """Folded, single-spaced and padded, so a phrase is found only as whole words."""
    return f" {' '.join(fold(text).split())} "


class UnsaidDetails:
    """Finds the detail a question asks that its answer does not give."""

    def __init__(self, details: tuple[UnsaidDetail, ...], who_by_page: Mapping[str, str]) -> None:
        self._details = tuple((detail, tuple(_padded(p) for p in detail.asks)) for detail in details)
        self._who = dict(who_by_page)

    def without(self, text: str) -> str:
        """The text less the words that ask a detail the pages never give ("how fast can I get an
        elective approved?" -> "can I get an elective approved?"): no entry has them, so they
        would only make the question look like one the pages don't cover at all."""
        folded = _padded(text)
        for _, phrases in self._details:
            for phrase in phrases:
                folded = folded.replace(phrase, " ")
        return " ".join(folded.split())

    def _asked(self, question: str) -> list[UnsaidDetail]:
        text = _padded(question)
        return [detail for detail, phrases in self._details if any(p in text for p in phrases)]

    def asked(self, question: str) -> frozenset[str]:
        """The ids of the details a question asks ("how long do I have?": duration)."""
        return frozenset(detail.id for detail in self._asked(question))

    def note(self, question: str, entry: Entry, page: str | None) -> str | None:
        """The note for the first detail asked and not given by `entry` (on `page`); None if the
        question asks none, the entry gives it, or the entry is out of scope (it says so itself)."""
        if entry.kind != "answer" or page not in self._who:
            return None
        for detail in self._asked(question):
            if entry.id in detail.answered_by or (detail.only_for and entry.id not in detail.only_for):
                continue
            return detail.note.format(who=self._who[page])
        return None

    def beside_verdict(self, question: str, page: str | None) -> str | None:
        """For a worked-out verdict (on `page`): the note of the first detail asked that no answer
        gives ("I'm switching to part-time": the page never mentions part-time study)."""
        if page not in self._who:
            return None
        for detail in self._asked(question):
            if not detail.answered_by and not detail.only_for:
                return detail.note.format(who=self._who[page])
        return None
