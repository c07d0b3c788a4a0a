from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.engine import Conversation


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(messages=st.lists(st.text(max_size=300), min_size=1, max_size=6), seed=st.integers(0, 10_000))
def test_the_engine_never_crashes_mid_call_whatever_the_text(easy, messages: list[str], seed: int) -> None:
    scenario, persona = easy
    call = Conversation.start(scenario, persona, seed=seed)
    call.opening()
    for message in messages:
        turn = call.respond(message)
        assert turn.counted == bool(turn.text) or not turn.counted
        for level in turn.state.model_dump().values():
            assert 0.0 <= level <= 1.0
    call.outcome()
    call.transcript()
