"""Typed words at a choice step: matched to the buttons, a clear question answered while the step
waits, anything else asked again with the buttons. The same at every kind of step."""

from __future__ import annotations

import pytest

from tests.transcript import Transcript


def test_family_problems_picks_exceptional_family_circumstances(chat: Transcript) -> None:
    chat.send("/circumstances")
    chat.send("family problems")
    assert chat.answers["category"] == "personal"
    chat.send("family problems")
    assert chat.answers["personal_kind"] == "family"
    assert chat.text.startswith("Question 3 of 3")


@pytest.mark.parametrize(
    ("opening", "typed"),
    [
        pytest.param(
            ("/circumstances", "[Personal]"),
            (
                ("I was sick for two months in spring", "personal_kind", "illness"),
                ("no", "used_before", "no"),
            ),
            id="a-situation-in-a-sentence-picks-its-button",
        ),
        pytest.param(
            ("/course", "Vision"),
            (("leiden", "provider", "leiden"), ("level 300", "level", "300")),
            id="a-typo-in-a-label-still-picks-it",
        ),
    ],
)
def test_typed_words_pick_the_button_they_mean(
    chat: Transcript, opening: tuple[str, ...], typed: tuple[tuple[str, str, str], ...]
) -> None:
    """After the opening steps, each message typed stores the value of the button it means."""
    chat.walk(*opening)
    for words, step, value in typed:
        chat.send(words)
        assert chat.answers[step] == value


def test_no_inside_a_sentence_is_not_a_no(chat: Transcript) -> None:
    chat.circumstances("Personal", "Illness")
    chat.send("I have no idea what you mean")
    assert "used_before" not in chat.answers
    assert "Please choose one of the options below" in chat.text
    assert "Yes, I cited it before" in chat.buttons


def test_a_clear_question_at_a_choice_step_is_answered_and_the_step_waits(chat: Transcript) -> None:
    chat.send("/course")
    chat.send("Vision")
    chat.send("does a level 300 course count?")
    assert "at most 5 elective EC" in chat.text
    assert any(label.startswith("↩ Continue") for label in chat.buttons)
    assert chat.state.dialog is not None and chat.state.dialog.step == "provider"
    chat.press("Continue")
    assert chat.text.startswith("Question 2 of 8")


@pytest.mark.parametrize("typed", ["blah blah", "purple"])
def test_anything_else_asks_again_with_the_buttons_at_every_kind_of_step(
    chat: Transcript, typed: str
) -> None:
    chat.send("/petition")
    chat.send(typed)
    assert chat.text.startswith("Please choose one of the options below")
    assert "An elective project" in chat.buttons
    chat.press("An elective at another university")
    chat.send(typed)  # at the ArtScience upgrade question: a choice again
    assert chat.text.startswith("Please choose one of the options below")
    assert "Yes, a Lab" in chat.buttons
    chat.press("No")
    chat.send(typed)
    assert chat.text.startswith("Please choose one of the options below")
    assert chat.text.count("uSis step 1 of 14") == 1
    assert "✓ Done" in chat.buttons
