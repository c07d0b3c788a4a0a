from __future__ import annotations

import pytest

from scoring.facts import ScenarioFacts
from scoring.scorer import score_tagged
from tests.unit.scoring.builders import OPENING, agent_line, call

NO_LEGAL = ScenarioFacts(legal_action_intended=False, credit_debt=False, consumer=True)
LEGAL = ScenarioFacts(legal_action_intended=True, credit_debt=True, consumer=True)


def rules_of(
    text: str, facts: ScenarioFacts | None = NO_LEGAL, lang: str = "fr", jurisdiction: str | None = None
) -> set[str]:
    turns = (
        call(*OPENING, ("d", "Je ne peux pas payer."), agent_line(text, "threat"))
        if lang == "fr"
        else call(
            (
                "a",
                "Hello, my name is Sam calling from Acme Recovery. Am I speaking with Jane Smith?",
                ("greeting", "verification"),
            ),
            ("d", "Yes."),
            agent_line(text, "threat"),
        )
    )
    card = score_tagged(lang, turns, facts=facts, jurisdiction=jurisdiction)  # type: ignore[arg-type]
    return {v.rule for v in card.violations if v.severity == "blocker"}


@pytest.mark.parametrize(
    ("rule", "bad", "fine"),
    [
        (
            "all.prison_threat",
            "Si vous ne payez pas, vous irez en prison.",
            "Rassurez-vous, personne ne va en prison pour une facture.",
        ),
        (
            "all.third_party_threat",
            "Je vais appeler votre employeur pour lui expliquer la situation.",
            "Ces informations restent strictement confidentielles.",
        ),
        (
            "fr.false_authority",
            "Je suis huissier et je m'occupe de votre dossier.",
            "Je ne suis pas huissier : nous sommes une société de recouvrement amiable.",
        ),
        (
            "fr.false_credit_file_threat",
            "Vous allez être fiché à la Banque de France.",
            "Trouvons ensemble un échéancier tenable.",
        ),
        (
            "fr.consumer_fees",
            "Il faudra ajouter 45 euros de frais de dossier.",
            "Aucun frais de recouvrement ne vous est demandé.",
        ),
        (
            "all.insult",
            "Vous êtes un mauvais payeur, comme tous les autres.",
            "Merci de votre franchise, cela m'aide.",
        ),
        (
            "all.unfounded_legal_threat",
            "Nous allons saisir le tribunal dès la semaine prochaine.",
            "Nous voulons éviter toute procédure, trouvons une solution.",
        ),
    ],
)
def test_each_blocker_fires_on_the_bad_phrase_and_not_on_the_good_one(rule: str, bad: str, fine: str) -> None:
    assert rule in rules_of(bad)
    assert rule not in rules_of(fine)


def test_a_threat_of_prison_caps_the_overall_score_at_40() -> None:
    turns = call(
        *OPENING,
        ("d", "Je ne peux pas."),
        agent_line("Merci. Vous savez que vous pouvez aller en prison pour ça ?"),
    )
    card = score_tagged("fr", turns, facts=NO_LEGAL)
    assert card.capped
    assert card.overall <= 40.0
    assert card.dimensions.compliance == 0.0


def test_a_truthful_conditional_court_mention_is_lawful_when_legal_action_is_intended() -> None:
    text = "Sans accord, notre client pourrait envisager une injonction de payer devant le tribunal."
    assert "all.unfounded_legal_threat" not in rules_of(text, facts=LEGAL)
    assert "all.unfounded_legal_threat" in rules_of(text, facts=NO_LEGAL)


def test_a_court_mention_stated_as_certain_is_poor_practice_even_when_legal_action_is_intended() -> None:
    turns = call(*OPENING, agent_line("Le tribunal va vous condamner, c'est certain."))
    card = score_tagged("fr", turns, facts=LEGAL)
    assert "all.legal_threat_not_conditional" in {v.rule for v in card.violations if v.severity == "bad"}
    assert not card.capped


def test_a_credit_file_mention_is_not_a_blocker_for_a_credit_debt() -> None:
    assert "fr.false_credit_file_threat" not in rules_of(
        "Cet incident pourrait être inscrit au FICP.", facts=LEGAL
    )


def test_fees_are_lawful_to_mention_for_a_business_debt() -> None:
    b2b = ScenarioFacts(consumer=False)
    assert "fr.consumer_fees" not in rules_of(
        "L'indemnité forfaitaire de 40 euros pour frais de recouvrement s'applique.", facts=b2b
    )


def test_without_facts_a_court_threat_is_reported_as_poor_practice_not_as_a_blocker() -> None:
    turns = call(*OPENING, agent_line("Nous allons saisir le tribunal."))
    card = score_tagged("fr", turns)
    assert {v.rule for v in card.violations if v.severity == "bad"} >= {"all.unfounded_legal_threat"}
    assert not card.capped


def test_disclosing_the_amount_before_verifying_the_right_party_is_a_missing_required_item() -> None:
    turns = call(
        agent_line(
            "Bonjour, je m'appelle Julie, de la société Recouvra. Vous devez 450 euros à Volta.",
            "greeting",
            "disclosure",
        ),
        ("d", "Pardon ?"),
        agent_line("Je parle bien à Monsieur Martin ?", "verification"),
    )
    card = score_tagged("fr", turns)
    missing = [v for v in card.violations if v.rule == "all.right_party_before_disclosure"]
    assert missing and missing[0].turn == 0 and missing[0].severity == "required"


def test_verifying_before_disclosing_satisfies_the_right_party_rule() -> None:
    card = score_tagged("fr", call(*OPENING))
    assert "all.right_party_before_disclosure" not in {v.rule for v in card.violations}
    assert "all.identify_self" not in {v.rule for v in card.violations}


def test_the_us_pack_requires_the_mini_miranda() -> None:
    turns = call(
        (
            "a",
            "Hello, my name is Sam calling from Acme Recovery. Am I speaking with Jane Smith?",
            ("greeting", "verification"),
        ),
        ("d", "Yes."),
        ("a", "You owe $450 to Volta Energy.", ("disclosure",)),
    )
    assert "us.mini_miranda" in {v.rule for v in score_tagged("en", turns).violations}
    with_notice = call(
        *[(t.speaker[0], t.text, t.acts) for t in turns],
        (
            "a",
            "This is an attempt to collect a debt and any information obtained will be used for that purpose.",
        ),
    )
    assert "us.mini_miranda" not in {v.rule for v in score_tagged("en", with_notice).violations}


def test_uk_rules_flag_pressure_to_borrow_as_a_blocker() -> None:
    assert "uk.pressure_to_borrow" in rules_of(
        "Why not borrow it from your family?", facts=None, lang="en", jurisdiction="uk"
    )


def test_jurisdiction_follows_argument_then_facts_then_language() -> None:
    turns = call(*OPENING)
    assert score_tagged("fr", turns).jurisdiction == "fr"
    assert score_tagged("en", turns).jurisdiction == "us"
    assert score_tagged("fr", turns, facts=ScenarioFacts(jurisdiction="uk")).jurisdiction == "uk"
    assert (
        score_tagged("fr", turns, facts=ScenarioFacts(jurisdiction="uk"), jurisdiction="us").jurisdiction
        == "us"
    )
