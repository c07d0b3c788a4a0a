"""Debrief quality: what a collections trainer expects of the scores, the evidence and the rewrites."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from scoring.facts import ScenarioFacts
from scoring.scorecard import Scorecard
from scoring.scorer import score_tagged, score_transcript
from scoring.transcript_io import read_transcript
from tests.unit.scoring.builders import OPENING, agent_line, call

DATA = Path(__file__).resolve().parents[2] / "data"
SAMPLES = DATA / "score_samples"


def _sub(card: Scorecard, dimension: str, name: str) -> float | None:
    return next(s.score for s in card.subscores[dimension] if s.name == name)


def test_barking_a_demand_with_no_question_or_reflection_scores_listening_near_zero() -> None:
    card = score_tagged(
        "fr", call(agent_line("Vous devez 300 euros, il faut payer.", "disclosure"), ("d", "(raccroche)"))
    )
    assert card.dimensions.active_listening < 20
    assert _sub(card, "active_listening", "reflection_to_question") == 0.0
    assert _sub(card, "active_listening", "explore_before_proposing") == 0.0
    # Nothing emotional was said: acknowledging emotion had no opportunity and is not applicable.
    assert _sub(card, "active_listening", "empathy_to_emotion") is None


def test_a_threat_or_blame_turn_never_counts_as_a_reflection() -> None:
    card = score_tagged(
        "en",
        call(
            agent_line("This is Mike from Apex Recovery. You owe $1,200 to Zenith Bank.", "disclosure"),
            ("d", "Please, I'm really struggling."),
            agent_line(
                "So you're struggling. If you don't pay by tonight, we'll have you arrested.",
                "reflection",
                "threat",
            ),
            ("d", "That's harassment."),
            agent_line("So it's harassment. That's not my problem.", "reflection", "negative_framing"),
        ),
    )
    assert card.metrics["reflections"] == 0
    assert card.metrics["reflection_to_question"] == 0.0
    assert not [
        e
        for e in card.evidence
        if e.criterion in ("reflection_to_question", "empathy_to_emotion") and "answers" in e.note
    ]
    assert card.dimensions.active_listening < 25


def test_money_in_rewrites_uses_the_product_format() -> None:
    facts = ScenarioFacts(balance=247.8)
    card = score_tagged(
        "fr", call(*OPENING, ("d", "Oui."), agent_line("Vous devez payer, il faut régler.")), facts=facts
    )
    better = " ".join(s.better for s in card.suggestions)
    assert "247,80 €" in better and "247,8 €" not in better
    card = score_tagged(
        "en",
        call(
            agent_line("Hi, this is Ann from Acme Collections."),
            ("d", "Yes."),
            agent_line("You must pay this."),
        ),
        facts=ScenarioFacts(jurisdiction="us", currency="USD", balance=247.8),
    )
    assert all("$247.8 " not in s.better and not s.better.endswith("$247.8") for s in card.suggestions)


def test_two_alternatives_in_one_turn_are_two_options() -> None:
    card = score_tagged(
        "fr",
        call(
            *OPENING,
            ("d", "C'est compliqué en ce moment."),
            agent_line("Qu'est-ce qui rend les choses compliquées ?", "open_question"),
            ("d", "J'ai perdu mon travail."),
            agent_line("Je vous propose 50 € par mois, ou 40 € si c'est plus confortable.", "offer"),
        ),
    )
    assert card.metrics["options"] == 2
    assert _sub(card, "negotiation", "options_offered") == 100.0


def test_repeating_the_same_amount_is_still_one_option() -> None:
    card = score_tagged(
        "fr",
        call(
            *OPENING,
            ("d", "Je ne sais pas."),
            agent_line("Je vous propose 50 € par mois.", "offer"),
            ("d", "Hmm."),
            agent_line("Donc 50 € par mois, ça vous irait ?", "offer"),
        ),
    )
    assert card.metrics["options"] == 1


def _pair(name: str, which: str) -> Scorecard:
    folder = DATA / "pairs" / name
    facts = json.loads((folder / "pair.json").read_text(encoding="utf-8")).get("facts", {})
    return score_transcript(read_transcript(folder / f"{which}.txt"), facts=ScenarioFacts(**facts))


def test_a_wrong_party_call_does_not_require_the_disclosure_items() -> None:
    better = _pair("20_verify_before_disclosure", "better")
    assert not {v.rule for v in better.violations} & {"all.amount_stated", "fr.amicable_status"}
    assert better.dimensions.compliance == 100.0
    worse = _pair("20_verify_before_disclosure", "worse")
    leak = [v for v in worse.violations if v.rule == "all.third_party_disclosure"]
    assert leak and leak[0].severity == "blocker" and leak[0].turn == 2


def test_negotiation_reads_the_promise_even_when_the_offer_tag_is_missed() -> None:
    card = score_tagged(
        "en",
        call(
            agent_line(
                "Hello, my name is Dana from Northwind Collections. Am I speaking with Mr. Carter?",
                "greeting",
                "verification",
            ),
            ("d", "Yes."),
            agent_line("Your Zenith Bank card has a balance of $1,240.", "disclosure"),
            ("d", "My hours were cut, there's maybe $50 left each month."),
            agent_line("Could you walk me through your income and essential bills?", "open_question"),
            ("d", "About $2,100 in, rent is $1,100."),
            agent_line(
                "Would $40 a month, starting on the 5th, by direct debit, work for you? Or we could look at $30.",
                "closed_question",
            ),
            ("d", "$40 works, I can do that."),
            agent_line("So to recap: $40 a month by direct debit, first payment on February 5th.", "summary"),
        ),
        facts=ScenarioFacts(jurisdiction="us", currency="USD", balance=1240, monthly_capacity=50),
    )
    assert card.metrics["promise_parts"] == 3
    assert card.metrics["promise_amount"] == 40.0
    assert card.metrics["options"] == 2
    assert card.dimensions.negotiation >= 90


@cache
def _samples() -> dict[str, Scorecard]:
    manifest = json.loads((SAMPLES / "samples.json").read_text(encoding="utf-8"))
    return {
        name: score_transcript(
            read_transcript(SAMPLES / name),
            facts=ScenarioFacts(**meta["facts"]),
            jurisdiction=meta["jurisdiction"],
        )
        for name, meta in manifest.items()
    }


@pytest.mark.parametrize(
    ("good", "mediocre", "bad"),
    [
        ("fr_good_job_loss.txt", "fr_mediocre_rushed.txt", "fr_bad_threats.txt"),
        ("us_good_mini_miranda.txt", "us_mediocre_no_miranda.txt", "us_bad_abusive.txt"),
    ],
)
def test_good_calls_outscore_mediocre_ones_which_outscore_bad_ones(
    good: str, mediocre: str, bad: str
) -> None:
    cards = _samples()
    # A rushed but civil agent is not rude: on positive language the good call only needs to lead.
    margins = {"active_listening": 30, "positive_language": 5, "negotiation": 30}
    for dimension, margin in margins.items():
        values = [getattr(cards[n].dimensions, dimension) for n in (good, mediocre, bad)]
        assert values[0] > max(values[1], values[2]) + margin, (dimension, values)
        # Neither the rushed nor the abusive agent listens: both stay low, whatever their order.
        if dimension != "active_listening":
            assert values[1] >= values[2], (dimension, values)
    assert cards[good].overall >= 85 > cards[mediocre].overall > cards[bad].overall


def test_an_exemplary_us_call_has_no_breach_and_gets_full_negotiation() -> None:
    card = _samples()["us_good_mini_miranda.txt"]
    assert card.violations == []
    assert card.dimensions.negotiation >= 95


def test_the_us_call_without_mini_miranda_is_flagged() -> None:
    assert "us.mini_miranda" in {v.rule for v in _samples()["us_mediocre_no_miranda.txt"].violations}


def test_uk_forbearance_with_debt_advice_passes_and_pressure_to_borrow_is_a_single_blocker() -> None:
    cards = _samples()
    good, bad = cards["uk_good_forbearance.txt"], cards["uk_bad_no_signpost.txt"]
    assert good.violations == []
    assert "uk.forbearance_offered" in {e.criterion for e in good.evidence}
    rules = [v.rule for v in bad.violations]
    assert "uk.debt_advice_signposted" in rules and "uk.pressure_to_borrow" in rules
    assert "all.borrow_to_pay" not in rules  # the same words are reported once, at their worst
    assert good.overall > 85 > 40 >= bad.overall


def test_fees_are_a_blocker_for_a_consumer_but_the_b2b_indemnity_is_lawful() -> None:
    cards = _samples()
    assert "fr.consumer_fees" in {v.rule for v in cards["fr_consumer_fees.txt"].violations}
    assert cards["fr_consumer_fees.txt"].capped
    assert cards["fr_b2b_indemnity.txt"].violations == []


def test_a_truthful_conditional_legal_next_step_is_good_practice_when_action_is_intended() -> None:
    card = _samples()["fr_legal_next_step.txt"]
    assert card.violations == []
    assert {"all.truthful_next_steps", "all.dispute_route"} <= {e.criterion for e in card.evidence}
    # A disputed debt: no promise to pay is expected, so its absence is not scored.
    assert _sub(card, "negotiation", "smart_promise") is None


def test_pausing_collection_for_a_bereaved_debtor_is_the_right_outcome() -> None:
    card = _samples()["fr_vulnerable_pause.txt"]
    assert card.dimensions.negotiation >= 90
    assert _sub(card, "negotiation", "pause_when_needed") == 100.0
    assert not [s for s in card.suggestions if s.pattern in ("missing_recap", "offer_before_exploring")]


def test_a_wrong_number_call_handled_discreetly_is_not_penalised() -> None:
    card = _samples()["en_third_party.txt"]
    assert card.violations == []
    assert card.dimensions.negotiation == 100.0


def test_every_sample_debrief_repeats_no_advice_and_prints_filled_money() -> None:
    for name, card in _samples().items():
        betters = [s.better for s in card.suggestions]
        assert len(betters) == len(set(betters)), name
        assert not any("{" in b for b in betters), name
        seen = [(v.rule, v.turn) for v in card.violations]
        assert len(seen) == len(set(seen)), name
