"""'Step k of n': n is fixed for the whole dialog, whatever the answers, and k counts up by one."""

from __future__ import annotations

import re

from bot.app import Assembly
from tests.dialogs.test_reply_budget import TODAY, walk_states
from tests.transcript import Transcript

COUNTER = re.compile(r"^(.*?)(\d+) of (\d+)$", re.MULTILINE)


def test_every_path_of_every_dialog_shows_one_total(assembly: Assembly) -> None:
    conversation = assembly.conversation
    for dialog, script in conversation.engine.scripts.items():
        labels = {template.split("{")[0] for template in script.groups.values()}
        ids = {step.id for step in script.steps}
        totals: dict[tuple[str, frozenset[tuple[str, str]]], set[int]] = {}
        for state, reply in walk_states(conversation, dialog):
            if state.dialog is None or state.dialog.dialog != dialog:
                continue
            # Answers carried in from another dialog (a verdict's petition) are fixed for the whole
            # dialog and may shorten it: one total per set of carried answers.
            carried = frozenset((k, v) for k, v in state.dialog.answers.items() if k not in ids)
            for label, _, n in COUNTER.findall(reply.text.split("\n\n")[0]):
                if label in labels:
                    totals.setdefault((label, carried), set()).add(int(n))
        assert all(len(ns) == 1 for ns in totals.values()), f"{dialog}: {totals}"


def test_the_course_total_stays_put_when_artscience_changes_the_path(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, TODAY)
    chat.send("/course")
    assert chat.text.startswith("Question 1 of 8")
    chat.send("Sound Lab")
    assert chat.text.startswith("Question 2 of 8")
    chat.press("ArtScience")
    assert chat.text.startswith("Question 3 of 8")
    chat.press("Higher-level bachelor course")
    assert chat.text.startswith("Question 4 of 8")
    chat.press("Back")
    chat.press("Back")
    chat.press("Leiden University")
    assert chat.text.startswith("Question 3 of 8")
    chat.press("300")
    assert chat.text.startswith("Question 4 of 8")
