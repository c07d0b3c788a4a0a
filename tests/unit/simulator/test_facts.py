"""A scenario and its persona turned into the facts the scorer judges against."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from simulator import catalog as catalog_module
from simulator.catalog import UnknownScenario, clear_cache
from simulator.facts import facts_for, scenario_facts
from simulator.models import Persona, Scenario
from tests.unit.simulator.catalog_samples import persona, scenario, write


def facts(persona_changes: dict[str, Any] | None = None, **scenario_changes: Any):  # type: ignore[no-untyped-def]
    return facts_for(Scenario(**scenario(**scenario_changes)), Persona(**persona(**(persona_changes or {}))))


def test_the_money_truth_comes_from_the_persona() -> None:
    result = facts()
    assert (result.scenario_id, result.jurisdiction, result.currency) == ("fr-test-scenario", "fr", "EUR")
    assert (result.balance, result.monthly_capacity, result.lump_sum_available) == (120.0, 200, 120)
    assert result.objective == "Le solde réglé sous 7 jours."
    assert result.weights is None


def test_a_forgetful_able_payer_is_a_plain_consumer_case() -> None:
    result = facts()
    assert result.consumer and not result.hardship and not result.vulnerable and not result.dispute
    assert not result.credit_debt and not result.legal_action_intended and not result.time_barred
    assert result.dispute_founded is None


def test_only_constraint_facts_give_cues() -> None:
    assert facts().hidden_constraint_cues == ("banque", "compte")


@pytest.mark.parametrize(
    "segment",
    [
        {"ability": "partial", "willingness": "willing"},
        {"ability": "unable", "willingness": "willing"},
        {"ability": "able", "willingness": "willing", "overlays": ["hardship"]},
        {"ability": "able", "willingness": "reluctant", "overlays": ["over_indebted"]},
    ],
)
def test_hardship_comes_from_ability_or_overlays(segment: dict[str, Any]) -> None:
    assert facts({"segment": segment}).hardship


def test_a_business_debt_is_not_a_consumer_debt() -> None:
    b2b = persona()["debt"] | {"kind": "b2b_invoice"}
    assert not facts({"debt": b2b}).consumer
    business = {"ability": "able", "willingness": "willing", "overlays": ["business"]}
    assert not facts({"segment": business}).consumer


def test_a_consumer_credit_with_intended_legal_action() -> None:
    debt = persona()["debt"] | {"kind": "consumer_credit", "legal_action_intended": True}
    result = facts({"debt": debt})
    assert result.credit_debt and result.legal_action_intended


def test_vulnerability_and_dispute_are_carried_over() -> None:
    result = facts(
        {
            "vulnerability": {"flags": ["illness"]},
            "dispute": {"kind": "already_paid", "founded": True, "details": ["J'ai payé en septembre."]},
        }
    )
    assert result.vulnerable and result.dispute and result.dispute_founded is True


def test_a_founded_time_bar_dispute_makes_the_debt_time_barred() -> None:
    dispute = {"kind": "time_barred", "founded": True, "details": ["C'est prescrit."]}
    assert facts({"dispute": dispute}).time_barred
    assert not facts({"dispute": dispute | {"founded": False}}).time_barred


def test_scenario_weights_and_jurisdiction_are_passed_on() -> None:
    weights = {"active_listening": 2.0, "positive_language": 1.0, "negotiation": 1.0, "compliance": 1.0}
    result = facts(jurisdiction="uk", rubric_weights=weights)
    assert result.jurisdiction == "uk" and result.weights == weights


def test_scenario_facts_looks_the_scenario_up(
    _isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalog_module, "shipped_folder", lambda package: _isolated_data_dir / "none")
    write(_isolated_data_dir / "personas" / "p.yaml", persona(id="fr-facts-persona"))
    write(_isolated_data_dir / "scenarios" / "s.yaml", scenario(id="fr-facts", persona="fr-facts-persona"))
    clear_cache()
    assert scenario_facts("fr-facts").balance == 120.0
    with pytest.raises(UnknownScenario):
        scenario_facts("fr-factz-nothing")
