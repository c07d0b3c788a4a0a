from __future__ import annotations

import pytest

from scoring.facts import ScenarioFacts
from scoring.feedback import library
from scoring.report import render_text
from scoring.scorer import score_tagged
from tests.unit.scoring.builders import OPENING, agent_line, call

SEED_AFTER = "Trouvons une solution ensemble pour régler cette situation de manière avantageuse pour vous"
SEED_EMPATHY = (
    "Je comprends que cette situation est difficile, voyons comment nous pouvons la surmonter ensemble."
)


def test_the_seed_legal_consequences_phrase_gets_the_seed_rewrite() -> None:
    before = "Si vous ne payez pas, cela pourrait avoir des conséquences juridiques."
    card = score_tagged("fr", call(*OPENING, ("d", "Je ne sais pas."), agent_line(before, "threat")))
    suggestion = next(s for s in card.suggestions if s.turn == 4)
    assert SEED_AFTER in suggestion.better
    assert suggestion.original == before
    assert suggestion.why


def test_je_comprends_mais_gets_the_seed_empathy_phrasing() -> None:
    card = score_tagged(
        "fr",
        call(*OPENING, ("d", "C'est dur en ce moment."), agent_line("Je comprends, mais vous devez payer.")),
    )
    assert any(SEED_EMPATHY in s.better for s in card.suggestions)


def test_a_missed_emotion_is_answered_with_the_debtors_own_words() -> None:
    card = score_tagged(
        "fr",
        call(
            *OPENING,
            ("d", "J'ai perdu mon emploi le mois dernier."),
            agent_line("Je vous propose 50 euros par mois.", "offer"),
        ),
    )
    suggestion = next(s for s in card.suggestions if s.pattern == "solution_before_empathy")
    assert "vous avez perdu votre emploi le mois dernier" in suggestion.better


def test_rewrites_fill_slots_with_the_conversation_facts() -> None:
    card = score_tagged(
        "fr",
        call(*OPENING, agent_line("Vous devez régler cette facture.")),
        facts=ScenarioFacts(balance=450.0),
    )
    assert any("450 €" in s.better for s in card.suggestions if s.pattern == "injunction")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_both_libraries_carry_the_seed_examples(lang: str) -> None:
    sources = [c.rewrite for c in library(lang) if c.rewrite.source == "seed 001"]  # type: ignore[arg-type]
    assert {r.pattern for r in sources} >= {"threat", "understand_but"}


def test_the_text_report_lists_scores_breaches_and_rewrites_in_the_card_language() -> None:
    card = score_tagged(
        "fr", call(*OPENING, agent_line("Si vous ne payez pas, vous irez en prison.", "threat"))
    )
    text = render_text(card, "fr")
    assert "Note globale" in text and "Conformité" in text and SEED_AFTER in text and "plafonnée" in text
    english = render_text(card, "en")
    assert "Overall" in english and "Compliance" in english
