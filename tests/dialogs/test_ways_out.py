"""Every screen has a way out: Back and Cancel on every step, Done on every end, in every dialog."""

from __future__ import annotations

from bot.app import Assembly
from bot.dialogs.engine import Context
from tests.dialogs.test_reply_budget import TODAY, walk_states
from tests.transcript import Transcript


def test_every_screen_of_every_dialog_has_back_and_cancel_or_done(assembly: Assembly) -> None:
    conversation = assembly.conversation
    m = conversation.messages
    checked = 0
    for dialog in conversation.engine.scripts:
        for state, reply in walk_states(conversation, dialog):
            if state.dialog is None:
                continue
            context = Context(today=TODAY, ledger=state.ledger)
            if reply != conversation.engine.render(state.dialog, context, state.token):
                continue  # an answer shown beside the dialog, not one of its screens
            checked += 1
            labels = [b.label for b in reply.buttons[-1]]
            finished = conversation.engine.is_finished(state.dialog)
            assert labels == [m.back_label, m.done_label if finished else m.cancel_label], reply.text
    assert checked > 300


def test_electives_has_done_which_returns_to_the_menu(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, TODAY)
    chat.send("/electives")
    assert chat.buttons[-2:] == ["‹ Back", "✓ Done"]
    chat.press("Done")
    assert chat.state.dialog is None
    assert chat.text == "What would you like to do?"
    assert "My electives" in chat.buttons


def test_back_at_the_first_step_leaves_the_dialog(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, TODAY)
    chat.send("/course")
    assert chat.buttons == ["‹ Back", "✖ Cancel"]
    chat.press("Back")
    assert chat.state.dialog is None
    assert "Does this course count?" in chat.buttons


def test_the_appeal_result_offers_back_and_done(assembly: Assembly) -> None:
    chat = Transcript(assembly.conversation, TODAY)
    chat.circumstances("Educational", "Next")
    chat.send("20 November 2026")
    assert "Last day to lodge your appeal" in chat.text
    assert chat.buttons == ["‹ Back", "✓ Done", "🔔 Remind me"]
    chat.press("Back")
    assert "type the\ndate" in chat.text or "date of the decision" in chat.text


def test_another_command_half_way_says_what_it_closed(chat: Transcript) -> None:
    chat.send("/course")
    chat.send("Sound Lab")
    chat.send("/progress")
    assert chat.replies[0].text == (
        "“Does this course count?” is closed, and your answers there with it; /course starts it again."
    )
    assert "Which programme are you in" in chat.text
    chat.send("/course")  # nothing typed in /progress yet: nothing to say
    assert len(chat.replies) == 1 and "What is the course called?" in chat.text
    chat.send("Sound Lab")
    chat.send("/course")  # its own command restarts it, deliberately
    assert len(chat.replies) == 1 and "What is the course called?" in chat.text
