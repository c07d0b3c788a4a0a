"""The skilled agent as a trainer reads it: takes up the debtor's own figures, recaps what was agreed,
does not ask the same thing over and over, and turns the debtor's words round grammatically."""

from __future__ import annotations

import re

import pytest

from scoring.offers import parse_offer
from simulator.autoplay import converse
from simulator.negotiation import differs
from simulator.policies import AgentFile
from simulator.policies.echo import echo
from simulator.policies.reading import counter_in

HOSTILE = ("fr-hostile-panne", "fr-hostile-ecoute", "en-broadband-hostile")


def _file(catalog, scenario_id: str) -> AgentFile:
    scenario = catalog.scenario(scenario_id)
    return AgentFile.of(scenario, catalog.persona_for(scenario), scenario.today)


@pytest.mark.parametrize(
    ("scenario_id", "text"),
    [
        (
            "fr-hostile-panne",
            "Je veux bien régler, avec ma réclamation enregistrée : 123,90 € par mois sur 2 mois à partir du 5 novembre, par carte bancaire.",
        ),
        ("fr-hostile-panne", "Bon. 247,80 € le 5 novembre, par carte bancaire. Marché conclu."),
        ("en-broadband-hostile", "I could do £60 a month starting November 5, by card."),
    ],
)
def test_the_debtor_s_own_proposal_is_recognised(catalog, scenario_id: str, text: str) -> None:
    assert counter_in(text, _file(catalog, scenario_id)) is not None


def _runs(catalog, seeds=range(3)):
    for scenario in catalog.scenarios:
        for seed in seeds:
            yield scenario, converse(scenario, catalog.persona_for(scenario), "skilled", seed)


def _last_question(text: str) -> str:
    questions = [s for s in re.split(r"(?<=[.?!])\s+", text) if s.endswith("?")]
    return questions[-1] if questions else ""


def test_the_skilled_agent_never_asks_the_same_question_three_times_in_a_row(catalog) -> None:
    for scenario, call in _runs(catalog):
        asked = [_last_question(t.text) for t in call.turns if t.speaker == "agent"]
        for a, b, c in zip(asked, asked[1:], asked[2:], strict=False):
            assert not (a and a == b == c), f"{scenario.id} seed {call.seed}: {a}"


def test_the_skilled_agent_s_closing_recap_matches_the_agreement(catalog) -> None:
    for scenario, call in _runs(catalog):
        agreement = call.outcome().agreement
        if agreement is None:
            continue
        last = next(t.text for t in reversed(call.turns) if t.speaker == "agent")
        terms = parse_offer(last, call.lang, call.today, call.truth.balance)
        assert terms is None or not differs(agreement, terms), f"{scenario.id} seed {call.seed}: {last}"
        assert call.turns[-1].speaker == "debtor" and call.ended


def test_hostile_calls_close_once_agreed_instead_of_running_to_the_turn_limit(catalog) -> None:
    for scenario_id in HOSTILE:
        scenario = catalog.scenario(scenario_id)
        for seed in range(5):
            call = converse(scenario, catalog.persona_for(scenario), "skilled", seed)
            assert call.outcome().outcome == "agreement"
            assert call.turn < scenario.max_turns - 8, f"{scenario_id} seed {seed}: {call.turn} turns"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Hang on, I bet it's the card.", "en", "you think it's the card"),
        ("Je vais y réfléchir, d'accord ?", "fr", "vous allez y réfléchir"),
        ("Well, I lost my job in July, okay?", "en", "you lost your job in July"),
        ("Attendez, bon, j'ai changé de banque, hein.", "fr", "vous avez changé de banque"),
        ("Laissez-moi un peu de temps.", "fr", None),
        ("Et c'est moi qu'on relance ?", "fr", None),
    ],
)
def test_reflections_keep_the_core_clause_without_fillers_or_tags(text: str, lang: str, expected) -> None:
    assert echo(text, lang) == expected
