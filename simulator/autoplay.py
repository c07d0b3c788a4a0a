"""A scripted agent plays a scenario end to end: the run as JSON (DESIGN §3 ``amiable autoplay``).

run = play("fr-oubli-facile", "skilled", seed=0)
run.model_dump(mode="json")  # {"scenario", "seed", "policy", "objective_met", "outcome", "agreement", …}
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from scoring.facts import AgreementFacts
from simulator.catalog import Catalog, load_catalog
from simulator.engine import Conversation
from simulator.facts import facts_for
from simulator.models import Persona, Scenario
from simulator.policies import AgentFile, make_policy
from simulator.state import Cause


class RunTurn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    speaker: Literal["agent", "debtor"]
    text: str
    voice: Literal["scripted", "llm"] = "scripted"


class TracePoint(BaseModel):
    model_config = ConfigDict(extra="forbid")

    turn: int
    anger: float
    anxiety: float
    shame: float
    trust: float
    cooperation: float
    hang_up_risk: float
    causes: list[Cause]


class AutoplayRun(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scenario: str
    seed: int
    policy: str
    objective_met: bool
    outcome: str
    agreement: AgreementFacts | None
    turns: int
    transcript: list[RunTurn]
    scorecard: dict[str, Any]
    emotion_trace: list[TracePoint]


def converse(scenario: Scenario, persona: Persona, policy_name: str, seed: int) -> Conversation:
    """Let ``policy_name`` talk with the debtor until the call ends."""
    call = Conversation.start(scenario, persona, seed=seed)
    agent = make_policy(policy_name, AgentFile.of(scenario, persona, call.today), seed)
    debtor_text = call.opening().text
    while not call.ended:
        message = agent.next_message(debtor_text)
        if message is None:
            break
        debtor_text = call.respond(message).text
    return call


def score(call: Conversation) -> dict[str, Any]:
    from scoring.scorer import score_transcript

    facts = facts_for(call.scenario, call.persona)
    card = score_transcript(
        call.transcript(),
        lang=call.lang,
        facts=facts,
        outcome=call.outcome(),
        jurisdiction=call.scenario.jurisdiction,
    )
    return card.model_dump(mode="json")


def run_of(call: Conversation, policy_name: str, *, with_score: bool = True) -> AutoplayRun:
    outcome = call.outcome()
    voice = call.voice.name if call.voice.name in ("scripted", "llm") else "scripted"
    transcript = [
        RunTurn(speaker=turn.speaker, text=turn.text, voice=voice if turn.speaker == "debtor" else "scripted")
        for turn in call.turns
    ]
    trace = [
        TracePoint(**entry.model_dump(exclude={"causes"}), causes=list(entry.causes)) for entry in call.trace
    ]
    return AutoplayRun(
        scenario=call.scenario.id,
        seed=call.seed,
        policy=policy_name,
        objective_met=outcome.objective_met,
        outcome=outcome.outcome,
        agreement=outcome.agreement,
        turns=call.turn,
        transcript=transcript,
        scorecard=score(call) if with_score else {},
        emotion_trace=trace,
    )


def play(
    scenario_id: str, policy: str, seed: int, *, catalog: Catalog | None = None, with_score: bool = True
) -> AutoplayRun:
    """One autoplay run of ``scenario_id`` by ``policy`` (skilled | pushy | passive) with ``seed``."""
    catalog = catalog or load_catalog()
    scenario = catalog.scenario(scenario_id)
    call = converse(scenario, catalog.persona_for(scenario), policy, seed)
    return run_of(call, policy, with_score=with_score)
