"""Every shipped persona and scenario is loadable, coherent and trains what its objective claims."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from statistics import mean
from string import Formatter

import pytest

from amiable.content import load_model, yaml_files
from simulator.models import Persona, Scenario

REPO_ROOT = Path(__file__).resolve().parents[3]
PERSONA_FILES = list(yaml_files(REPO_ROOT / "personas"))
SCENARIO_FILES = list(yaml_files(REPO_ROOT / "scenarios"))

# The slots SIMULATOR.md allows in any line a debtor says.
ALLOWED_SLOTS = {"name", "creditor", "balance", "reference", "offer", "counter", "capacity", "date", "method"}
CURRENCY_OF = {"fr": "EUR", "us": "USD", "uk": "GBP"}
JURISDICTIONS_OF = {"fr": {"fr"}, "en": {"us", "uk"}}
MINIMUM_COUNTS = {("fr", "persona"): 12, ("en", "persona"): 6, ("fr", "scenario"): 15, ("en", "scenario"): 6}
LEVELS = ("easy", "medium", "hard")


def _personas() -> dict[str, Persona]:
    return {persona.id: persona for persona in (load_model(path, Persona) for path in PERSONA_FILES)}


def _scenarios() -> list[Scenario]:
    return [load_model(path, Scenario) for path in SCENARIO_FILES]


PERSONAS = _personas()
SCENARIOS = _scenarios()


def _pairs() -> Iterator[tuple[Scenario, Persona]]:
    for scenario in SCENARIOS:
        yield scenario, PERSONAS[scenario.persona]


def _spoken_lines(persona: Persona) -> Iterator[str]:
    for lines in persona.voice.values():
        yield from lines
    for lines in persona.mood_lines.values():
        yield from lines
    for fact in persona.hidden_facts:
        yield from fact.text
    for objection in persona.objections:
        yield from objection.lines
    if persona.dispute is not None:
        yield from persona.dispute.details


@pytest.mark.parametrize("path", PERSONA_FILES, ids=lambda p: p.name)
def test_each_persona_file_loads_and_sits_in_its_locale_folder(path: Path) -> None:
    persona = load_model(path, Persona)
    assert path.parent.name == persona.locale
    assert persona.id.startswith(f"{persona.locale}-")


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=lambda p: p.name)
def test_each_scenario_file_loads_and_sits_in_its_locale_folder(path: Path) -> None:
    scenario = load_model(path, Scenario)
    assert path.parent.name == scenario.locale
    assert scenario.id.startswith(f"{scenario.locale}-")


def test_ids_are_unique_across_files() -> None:
    assert len(PERSONAS) == len(PERSONA_FILES)
    assert len({scenario.id for scenario in SCENARIOS}) == len(SCENARIO_FILES)


@pytest.mark.parametrize(("locale", "kind"), list(MINIMUM_COUNTS))
def test_each_locale_ships_enough_personas_and_scenarios(locale: str, kind: str) -> None:
    items = PERSONAS.values() if kind == "persona" else SCENARIOS
    assert sum(item.locale == locale for item in items) >= MINIMUM_COUNTS[(locale, kind)]


@pytest.mark.parametrize("locale", ["fr", "en"])
def test_every_difficulty_level_exists_in_each_locale(locale: str) -> None:
    assert {s.difficulty for s in SCENARIOS if s.locale == locale} == set(LEVELS)


def test_every_scenario_points_at_an_existing_persona_of_its_locale() -> None:
    for scenario in SCENARIOS:
        assert scenario.persona in PERSONAS, scenario.id
        assert PERSONAS[scenario.persona].locale == scenario.locale, scenario.id


def test_every_persona_is_played_by_at_least_one_scenario() -> None:
    assert set(PERSONAS) == {scenario.persona for scenario in SCENARIOS}


@pytest.mark.parametrize("persona_id", sorted(PERSONAS))
def test_persona_lines_use_only_the_allowed_slots(persona_id: str) -> None:
    for line in _spoken_lines(PERSONAS[persona_id]):
        slots = {name for _, name, _, _ in Formatter().parse(line) if name is not None}
        assert slots <= ALLOWED_SLOTS, f"{persona_id}: {line!r} uses {slots - ALLOWED_SLOTS}"


def test_jurisdiction_and_currency_match_the_locale() -> None:
    for scenario, persona in _pairs():
        assert scenario.jurisdiction in JURISDICTIONS_OF[scenario.locale], scenario.id
        assert persona.debt.currency == CURRENCY_OF[scenario.jurisdiction], scenario.id


def test_dates_are_fixed_and_consistent_with_the_day_of_the_call() -> None:
    for scenario, persona in _pairs():
        today = scenario.today
        assert today is not None, scenario.id
        assert persona.debt.letter_date is not None and persona.debt.letter_date < today, scenario.id
        assert persona.debt.days_past_due == (today - persona.debt.due_date).days, scenario.id


def test_the_brief_recalls_the_reference_and_never_leaks_what_must_be_uncovered() -> None:
    for scenario, persona in _pairs():
        brief = scenario.brief.lower()
        assert persona.debt.reference.lower() in brief, scenario.id
        facts = {fact.id: fact for fact in persona.hidden_facts}
        for fact_id in scenario.objective.must_uncover:
            leaked = [cue for cue in facts[fact_id].cues if cue.lower() in brief]
            assert not leaked, f"{scenario.id}: brief gives away {fact_id} ({leaked})"


def test_facts_to_uncover_exist_can_be_revealed_and_can_be_recognised() -> None:
    for scenario, persona in _pairs():
        facts = {fact.id: fact for fact in persona.hidden_facts}
        for fact_id in scenario.objective.must_uncover:
            fact = facts[fact_id]
            reveal = fact.reveal
            assert fact.constraint and fact.cues, f"{scenario.id}: {fact_id}"
            revealable = reveal.after_open_question or reveal.after_empathy or reveal.after_reflection
            assert revealable or reveal.min_trust is not None or reveal.asked_about, (
                f"{scenario.id}: {fact_id}"
            )


def test_finances_are_realistic() -> None:
    for persona in PERSONAS.values():
        money = persona.finances
        assert money.monthly_capacity <= money.monthly_income - money.essential_expenses, persona.id
        if "hardship" in persona.segment.overlays:
            assert 0 < money.monthly_capacity < persona.debt.amount, persona.id


def test_reference_looks_like_a_file_number() -> None:
    for persona in PERSONAS.values():
        assert re.fullmatch(r"[A-Z]{2,5}(-[A-Z]+)?-2026-\d{4,5}", persona.debt.reference), persona.id


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_the_objective_fits_the_persona_and_is_reachable(scenario: Scenario) -> None:
    persona = PERSONAS[scenario.persona]
    objective, money, debt = scenario.objective, persona.finances, persona.debt
    target = objective.min_share_of_balance * debt.amount
    assert 14 <= scenario.max_turns <= 30
    if objective.kind == "dispute_logged":
        assert persona.dispute is not None and persona.dispute.founded
    if persona.dispute is not None and persona.dispute.founded:
        assert objective.kind == "dispute_logged"
    if objective.kind == "vulnerability_pause":
        paused = persona.vulnerability is not None and persona.vulnerability.needs_pause
        assert paused or "over_indebted" in persona.segment.overlays
    if persona.vulnerability is not None and persona.vulnerability.needs_pause:
        assert objective.kind == "vulnerability_pause"
    if objective.kind == "callback_agreed":
        assert "avoidant" in persona.segment.overlays
    if objective.kind == "full_payment":
        assert money.lump_sum_now + money.monthly_capacity >= target
    if objective.kind == "promise_to_pay":
        assert objective.must_be_affordable and money.monthly_capacity > 0
        assert money.lump_sum_now + 12 * money.monthly_capacity >= target


@pytest.mark.parametrize("locale", ["fr", "en"])
def test_difficulty_levels_are_ordered_by_resistance_and_length(locale: str) -> None:
    by_level = {
        level: [(s, PERSONAS[s.persona]) for s in SCENARIOS if s.locale == locale and s.difficulty == level]
        for level in LEVELS
    }
    resistance = [mean(p.resistance for _, p in by_level[level]) for level in LEVELS]
    turns = [mean(s.max_turns for s, _ in by_level[level]) for level in LEVELS]
    assert resistance == sorted(resistance) and len(set(resistance)) == 3
    assert turns == sorted(turns)
    for scenario, persona in by_level["hard"]:
        assert scenario.objective.must_uncover or persona.resistance >= 0.6, scenario.id
    for scenario, _ in by_level["easy"]:
        assert not scenario.objective.must_uncover, scenario.id


@pytest.mark.parametrize(
    ("overlay", "check"),
    [
        ("forgetful", lambda p: p.resistance <= 0.2 and p.emotion.cooperation >= 0.6),
        ("hostile", lambda p: p.emotion.anger >= 0.5 and p.sensitivities.get("threat", 1) >= 1.5),
        ("strategic", lambda p: p.resistance >= 0.7 and p.sensitivities.get("threat", 1) >= 2),
        ("anxious_ashamed", lambda p: p.emotion.shame >= 0.5 and p.sensitivities.get("threat", 1) >= 1.5),
        ("hardship", lambda p: p.sensitivities.get("full_balance_demand", 1) >= 1.5),
        ("avoidant", lambda p: p.sensitivities.get("repeated_pressure", 1) >= 2),
        ("bereaved", lambda p: p.vulnerability is not None and "bereavement" in p.vulnerability.flags),
        ("business", lambda p: p.debt.kind == "b2b_invoice"),
    ],
)
def test_overlays_come_with_the_temperament_they_promise(
    overlay: str, check: Callable[[Persona], bool]
) -> None:
    personas = [p for p in PERSONAS.values() if overlay in p.segment.overlays]
    assert personas, f"no persona with overlay {overlay}"
    for persona in personas:
        assert check(persona), persona.id


def test_french_personas_cover_the_required_profiles() -> None:
    overlays = {o for p in PERSONAS.values() if p.locale == "fr" for o in p.segment.overlays}
    required = {
        "forgetful",
        "hardship",
        "over_indebted",
        "disputer",
        "avoidant",
        "hostile",
        "strategic",
        "anxious_ashamed",
        "vulnerable",
        "bereaved",
        "business",
    }
    assert required <= overlays
    disputes = {p.dispute.kind for p in PERSONAS.values() if p.locale == "fr" and p.dispute is not None}
    assert {"already_paid", "never_delivered"} <= disputes
