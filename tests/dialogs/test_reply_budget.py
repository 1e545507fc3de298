"""The first message of any answer or verdict fits a phone screen: at most 600 characters.

Walks every path of every dialog (each button, each sample answer of each typed step) and every
knowledge-base entry; the 'why' with its quotes rides in `Reply.detail`, folded away.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from bot.app import Assembly
from bot.dialogs.conversation import Conversation
from bot.dialogs.events import Command, Event, Press, Text
from bot.dialogs.state import StudentState
from bot.replies import FIRST_MESSAGE_BUDGET, Reply

TODAY = date(2026, 11, 25)

LONGEST_NAME = ("Sound Lab: interactive installations " * 4)[:120]
"""As long as a name may be (bot.dialogs.registry.MAX_NAME): the budget must hold for it too."""
SAMPLES: dict[str, tuple[str, ...]] = {
    "course_name": (LONGEST_NAME,),
    "project_name": (LONGEST_NAME,),
    "course_ec": ("6", "7.5"),
    "project_ec": ("2", "6"),
    "course_start": ("2 February 2027", "1 September 2026"),
    "course_grade": ("5.5", "7"),
    "started_on": ("September 2025", "1 February 2026", "September 2026"),
    "decision_date": ("20 November 2026", "1 September 2026"),
    "ec_amount": ("0", "30"),
    "premaster_total": ("15",),
    "explanation_ec": ("7.5",),
    "explanation_level": ("Master 1st year",),
    "explanation_institute": ("University of Amsterdam, Informatics Institute",),
    "explanation_description": ("Computer vision, with labs in Python.",),
    "explanation_link": ("https://studiegids.uva.nl/vak/123",),
    "explanation_course": ("Computer vision, with labs in Python. https://studiegids.uva.nl/vak/123",),
    "explanation_motivation": ("It connects to my interest in camera installations.",),
    "explanation_start": ("2 February 2027",),
}
LEAVING = ("x", "b", "k")
"""Cancel, Back and Continue lead to states the walk reaches anyway."""


def _events(conversation: Conversation, state: StudentState, replies: tuple[Reply, ...]) -> Iterator[Event]:
    dialog = state.dialog
    if dialog is not None:
        step = conversation.engine.scripts[dialog.dialog].step(dialog.step)
        for typed in SAMPLES.get(step.validate_with or "", ()):
            yield Text(text=typed)
    for reply in replies:
        for button in reply.button_list():
            if button.data.partition(":")[2] not in LEAVING and not button.data.startswith("e:"):
                yield Press(data=button.data)


def walk(conversation: Conversation, dialog: str) -> Iterator[Reply]:
    """Every reply of every path of one dialog, each state expanded once."""
    for _, reply in walk_states(conversation, dialog):
        yield reply


def walk_states(conversation: Conversation, dialog: str) -> Iterator[tuple[StudentState, Reply]]:
    """Every reply of every path of one dialog, with the state it leaves the student in."""
    start = conversation.handle(StudentState(), Command(name=dialog), TODAY)
    todo = [(start.state, start.replies)]
    seen: set[str] = set()
    while todo:
        state, replies = todo.pop()
        for reply in replies:
            yield state, reply
        # Where ‹ Back would return to (`came_from`) shows in no reply the walk reaches (it never
        # presses Back): states that differ only in it are one state.
        key = state.dialog.model_copy(update={"came_from": None}).model_dump_json() if state.dialog else ""
        if key in seen or state.dialog is None:
            continue
        seen.add(key)
        for event in _events(conversation, state, replies):
            turn = conversation.handle(state, event, TODAY)
            todo.append((turn.state, turn.replies))


def test_every_dialog_reply_puts_the_outcome_first_within_the_budget(assembly: Assembly) -> None:
    conversation = assembly.conversation
    over: dict[str, int] = {}
    seen = 0
    for dialog in conversation.engine.scripts:
        for reply in walk(conversation, dialog):
            seen += 1
            if len(reply.text) > FIRST_MESSAGE_BUDGET:
                over[reply.text[:80]] = len(reply.text)
    assert seen > 500, "the walk should reach every verdict"
    assert not over, f"first messages over {FIRST_MESSAGE_BUDGET} characters: {over}"


def test_every_entry_answer_with_its_citation_fits_the_budget(assembly: Assembly) -> None:
    asker = assembly.conversation.asker
    # 3 July: an answer about 1 July then also says this year's date has passed (its longest form).
    longest = {
        entry: max(len(asker.show(entry, day).answer) for day in (TODAY, date(2026, 7, 3)))
        for entry in asker.kb.by_id
    }
    over = {entry: length for entry, length in longest.items() if length > FIRST_MESSAGE_BUDGET}
    assert not over, f"entries whose answer and citation exceed {FIRST_MESSAGE_BUDGET} characters: {over}"


def test_the_upgrade_verdict_leads_with_the_outcome_and_folds_the_why(assembly: Assembly) -> None:
    from tests.transcript import Transcript, walk_to_sound_lab_verdict

    chat = Transcript(assembly.conversation, TODAY)
    walk_to_sound_lab_verdict(chat, upgrade=True)
    assert chat.first.startswith("Sound Lab:\n\n⚠️ Can count for 6 EC, not yet for certain.")
    assert "Next:\n• Discuss the upgrade with the ArtScience teacher" in chat.first
    assert "Why:" not in chat.first and "“" not in chat.first
    assert chat.detail.startswith("Then:\n")
    assert "Mention the requested level upgrade in your petition." in chat.detail
    assert "“The Media Technology executive board can decline the level upgrade" in chat.detail


def test_telegram_folds_the_detail_into_an_expandable_quote_and_the_terminal_indents_it(
    assembly: Assembly,
) -> None:
    from bot.console import ConsoleChat
    from bot.telegram.render import render
    from tests.botapi.tghtml import parse_html

    reply = Reply(text="⚠️ <b>Outcome</b>", detail="Why:\n• a & b\n   “quote”")
    (message,) = render(reply)
    assert message.html == (
        "⚠️ &lt;b&gt;Outcome&lt;/b&gt;\n<blockquote expandable>Why:\n• a &amp; b\n   “quote”</blockquote>"
    )
    seen, entities = parse_html(message.html)
    assert seen.startswith("⚠️ <b>Outcome</b>\nWhy:")
    assert [e.type for e in entities] == ["expandable_blockquote"]
    shown = ConsoleChat(assembly.conversation, lambda: TODAY).render([reply])
    assert shown == "⚠️ <b>Outcome</b>\n\n    Why:\n    • a & b\n       “quote”"
