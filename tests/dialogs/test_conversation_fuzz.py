"""Any sequence of events, however odd, gets replies that Telegram would accept; nothing raises."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import COMMANDS as OFFERED
from bot.app import Assembly, assemble
from bot.dialogs.events import Command, Event, Press, Text, Unsupported
from bot.dialogs.state import StudentState
from bot.telegram.render import render, telegram_length
from tests.botapi.tghtml import parse_html

ASSEMBLY: Assembly = assemble()
COMMANDS = [*OFFERED, "x"]

texts = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="<>&\"'*_`[]\u202e\u200b😀0123456789 .,", max_size=40),
    st.sampled_from(
        ["yes", "no", "1", "2", "3", "#1", "6", "7.5", "September 2025", "1 feb 2027", "https://x.nl/a"]
    ),
    st.just("x" * 5000),
)
moves = st.one_of(
    texts.map(lambda t: ("text", t)),
    st.integers(min_value=0, max_value=12).map(lambda i: ("button", str(i))),
    st.text(max_size=70).map(lambda d: ("press", d)),
    st.sampled_from(COMMANDS).map(lambda c: ("command", c)),
    st.sampled_from(["media", "edited", "group", "unknown_command"]).map(lambda w: ("unsupported", w)),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(moves, min_size=1, max_size=30),
    st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31)),
)
def test_any_event_sequence_gets_valid_replies(sequence: list[tuple[str, str]], today: date) -> None:
    conversation = ASSEMBLY.conversation
    state = StudentState()
    buttons: list[str] = []
    for kind, value in sequence:
        event: Event
        if kind == "text":
            event = Text(text=value)
        elif kind == "button":
            event = Press(data=buttons[int(value) % len(buttons)]) if buttons else Text(text=value)
        elif kind == "press":
            event = Press(data=value)
        elif kind == "command":
            event = Command(name=value)
        else:
            event = Unsupported(what=value)  # type: ignore[arg-type]
        turn = conversation.handle(state, event, today)
        assert StudentState.model_validate_json(turn.state.model_dump_json()) == turn.state
        if isinstance(event, Press) and not turn.replies:
            assert turn.notice, "a press with no reply must still be answered"
            assert turn.state == state, "a refused press changes nothing"
        for reply in turn.replies:
            assert reply.text.strip()
            for part in render(reply):
                seen, _ = parse_html(part.html)
                assert telegram_length(seen) <= 4096
            for button in reply.button_list():
                assert len(button.data.encode()) <= 64
        if turn.replies:
            buttons = [b.data for r in turn.replies for b in r.button_list()]
        state = turn.state
