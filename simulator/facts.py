"""The hidden truth of a scenario, as the scorer needs it (``scoring.facts.ScenarioFacts``)."""

from __future__ import annotations

from scoring.facts import ScenarioFacts
from simulator.catalog import load_catalog
from simulator.models import Persona, Scenario

_HARDSHIP_OVERLAYS = frozenset({"hardship", "over_indebted"})


def scenario_facts(scenario_id: str) -> ScenarioFacts:
    """Facts of a catalogued scenario; an unknown id raises ``UnknownScenario``."""
    catalog = load_catalog()
    scenario = catalog.scenario(scenario_id)
    return facts_for(scenario, catalog.persona_for(scenario))


def facts_for(scenario: Scenario, persona: Persona) -> ScenarioFacts:
    debt, finances, segment = persona.debt, persona.finances, persona.segment
    overlays = set(segment.overlays)
    cues = tuple(dict.fromkeys(cue for fact in persona.hidden_facts if fact.constraint for cue in fact.cues))
    return ScenarioFacts(
        scenario_id=scenario.id,
        jurisdiction=scenario.jurisdiction,
        currency=debt.currency,
        balance=debt.amount,
        monthly_capacity=finances.monthly_capacity,
        lump_sum_available=finances.lump_sum_now,
        legal_action_intended=debt.legal_action_intended,
        credit_debt=debt.kind == "consumer_credit",
        consumer=debt.kind != "b2b_invoice" and "business" not in overlays,
        time_barred=debt.time_barred or _founded_time_bar(persona),
        hardship=segment.ability != "able" or bool(overlays & _HARDSHIP_OVERLAYS),
        vulnerable=persona.vulnerability is not None or "vulnerable" in overlays,
        dispute=persona.dispute is not None,
        dispute_founded=persona.dispute.founded if persona.dispute is not None else None,
        hidden_constraint_cues=cues,
        objective=scenario.objective.description,
        weights=dict(scenario.rubric_weights) if scenario.rubric_weights is not None else None,
    )


def _founded_time_bar(persona: Persona) -> bool:
    return persona.dispute is not None and persona.dispute.kind == "time_barred" and persona.dispute.founded
