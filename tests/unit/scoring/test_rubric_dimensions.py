from __future__ import annotations

from scoring.facts import AgreementFacts, OutcomeFacts, ScenarioFacts
from scoring.scorer import score_tagged
from tests.unit.scoring.builders import OPENING, agent_line, call


def sub(card, dimension: str, name: str):  # type: ignore[no-untyped-def]
    return next(s for s in card.subscores[dimension] if s.name == name)


HARDSHIP = ("d", "J'ai perdu mon emploi le mois dernier, je suis vraiment inquiet.")


def test_reflections_raise_the_reflection_to_question_ratio_and_active_listening() -> None:
    questions_only = call(
        *OPENING,
        HARDSHIP,
        agent_line("Vous avez un autre revenu ?", "closed_question"),
        ("d", "Non."),
        agent_line("Vous pouvez payer quand ?", "closed_question"),
    )
    reflective = call(
        *OPENING,
        HARDSHIP,
        agent_line(
            "Vous avez perdu votre emploi et c'est une période très inquiétante pour vous.",
            "reflection",
            "empathy",
        ),
        ("d", "Oui, je ne dors plus."),
        agent_line("Qu'est-ce qui vous aiderait le plus en ce moment ?", "open_question"),
    )
    a = score_tagged("fr", questions_only)
    b = score_tagged("fr", reflective)
    assert a.metrics["reflection_to_question"] == 0.0
    assert b.metrics["reflection_to_question"] == 1.0
    assert b.dimensions.active_listening > a.dimensions.active_listening


def test_a_reflection_naming_a_feeling_counts_as_complex() -> None:
    card = score_tagged(
        "fr", call(*OPENING, HARDSHIP, agent_line("Vous vous sentez dépassé par tout ça.", "reflection"))
    )
    assert card.metrics["complex_reflection_share"] == 1.0


def test_a_reflection_repeating_the_debtor_words_counts_as_simple() -> None:
    card = score_tagged(
        "fr",
        call(
            *OPENING,
            ("d", "Mon salaire arrive le quinze du mois."),
            agent_line("Votre salaire arrive le quinze du mois.", "reflection"),
        ),
    )
    assert card.metrics["complex_reflection_share"] == 0.0


def test_an_offer_answering_an_emotion_without_acknowledging_it_is_the_fix_it_trap() -> None:
    card = score_tagged(
        "fr", call(*OPENING, HARDSHIP, agent_line("Je vous propose 100 euros par mois.", "offer"))
    )
    assert sub(card, "active_listening", "empathy_to_emotion").score == 0.0
    assert any(s.pattern == "solution_before_empathy" for s in card.suggestions)


def test_acknowledging_the_emotion_scores_empathy_but_je_comprends_mais_does_not() -> None:
    good = score_tagged(
        "fr",
        call(*OPENING, HARDSHIP, agent_line("Je comprends que ce soit très difficile pour vous.", "empathy")),
    )
    but = score_tagged(
        "fr", call(*OPENING, HARDSHIP, agent_line("Je comprends, mais il faut payer.", "empathy"))
    )
    assert sub(good, "active_listening", "empathy_to_emotion").score == 100.0
    assert sub(but, "active_listening", "empathy_to_emotion").score == 0.0
    assert but.dimensions.positive_language < good.dimensions.positive_language


def test_stacked_questions_lower_one_question_at_a_time() -> None:
    card = score_tagged(
        "fr",
        call(
            *OPENING,
            agent_line("Vous travaillez ? Vous avez des enfants ? Vous payez un loyer ?", "closed_question"),
        ),
    )
    assert sub(card, "active_listening", "one_question_at_a_time").score == 0.0


def test_threats_injunctions_and_jargon_lower_positive_language() -> None:
    polite = score_tagged(
        "fr",
        call(*OPENING, agent_line("Trouvons ensemble une solution qui vous convienne, qu'en pensez-vous ?")),
    )
    harsh = score_tagged(
        "fr",
        call(*OPENING, agent_line("Vous devez payer avant ce soir, sinon déchéance du terme et poursuites.")),
    )
    assert polite.dimensions.positive_language > 80
    assert harsh.dimensions.positive_language < 50
    names = {e.criterion for e in harsh.evidence if e.dimension == "positive_language"}
    assert {"no_threats_or_ultimatums", "no_injunctions", "jargon_explained"} <= names


def test_explained_jargon_is_not_penalised() -> None:
    card = score_tagged(
        "fr",
        call(
            *OPENING,
            agent_line(
                "Vous recevrez une mise en demeure, c'est-à-dire un courrier officiel qui fixe une date."
            ),
        ),
    )
    assert sub(card, "positive_language", "jargon_explained").score == 100.0


def test_readability_uses_the_french_metric_for_french() -> None:
    card = score_tagged("fr", call(*OPENING))
    assert "readability_fr" in card.metrics and "readability_en" not in card.metrics


GOOD_NEGOTIATION = call(
    *OPENING,
    ("d", "Oui, je sais, j'ai du retard."),
    agent_line(
        "Pouvez-vous m'expliquer ce qui se passe en ce moment, vos revenus et vos charges ?", "open_question"
    ),
    ("d", "J'ai été licencié, je touche le chômage, il me reste environ 150 euros par mois."),
    agent_line("Pourriez-vous régler la totalité des 450 euros en une fois ?", "offer", "closed_question"),
    ("d", "Non, impossible."),
    agent_line("Je vous propose alors 3 mensualités de 150 euros, ou 6 de 75 euros.", "offer"),
    ("d", "Les 6 fois 75 euros, ça me va."),
    agent_line(
        "Très bien : 75 euros par mois, par virement, le 5 de chaque mois à partir du 5 février ?",
        "commitment_request",
    ),
    ("d", "D'accord."),
    agent_line(
        "Je récapitule : 6 mensualités de 75 euros par virement le 5 du mois. Je vous envoie un récapitulatif écrit.",
        "summary",
    ),
)
BAD_NEGOTIATION = call(
    *OPENING,
    ("d", "Oui, je sais, j'ai du retard."),
    agent_line("Je peux vous faire une remise de 30 % si vous payez.", "offer"),
    ("d", "Ah, bon, je verrai."),
    agent_line("Très bien, rappelez-nous.", "closed_question"),
    ("d", "Au revoir."),
)
FACTS = ScenarioFacts(balance=450.0, monthly_capacity=150.0, hidden_constraint_cues=("licencié",))


def test_a_smart_top_down_negotiation_outscores_an_unprompted_discount() -> None:
    good = score_tagged("fr", GOOD_NEGOTIATION, facts=FACTS)
    bad = score_tagged("fr", BAD_NEGOTIATION, facts=FACTS)
    assert good.dimensions.negotiation > 80 > 40 > bad.dimensions.negotiation
    assert sub(good, "negotiation", "smart_promise").score == 100.0
    assert sub(good, "negotiation", "real_constraint_uncovered").score == 100.0
    assert sub(bad, "negotiation", "no_over_concession").score == 0.0
    assert any(s.pattern == "unprompted_discount" for s in bad.suggestions)


def test_an_agreement_beyond_the_real_capacity_is_not_a_success() -> None:
    unaffordable = OutcomeFacts(
        outcome="agreement",
        objective_met=True,
        agreement=AgreementFacts(monthly=300.0, first_date=None, method="virement", affordable=False),
    )
    affordable = OutcomeFacts(
        outcome="agreement",
        objective_met=True,
        agreement=AgreementFacts(monthly=75.0, method="virement", affordable=True),
    )
    a = score_tagged("fr", GOOD_NEGOTIATION, facts=FACTS, outcome=unaffordable)
    b = score_tagged("fr", GOOD_NEGOTIATION, facts=FACTS, outcome=affordable)
    assert sub(a, "negotiation", "affordable_agreement").score == 0.0
    assert b.dimensions.negotiation > a.dimensions.negotiation


def test_overall_is_the_weighted_mean_and_scenario_weights_override_it() -> None:
    card = score_tagged("fr", GOOD_NEGOTIATION, facts=FACTS)
    d = card.dimensions
    assert (
        abs(
            card.overall
            - round((d.active_listening + d.positive_language + d.negotiation + d.compliance) / 4, 1)
        )
        <= 0.1
    )
    heavy = score_tagged(
        "fr",
        GOOD_NEGOTIATION,
        facts=FACTS.model_copy(
            update={
                "weights": {
                    "negotiation": 1.0,
                    "active_listening": 0.0,
                    "positive_language": 0.0,
                    "compliance": 0.0,
                }
            }
        ),
    )
    assert heavy.overall == heavy.dimensions.negotiation


def test_every_sub_score_with_turns_is_backed_by_evidence_or_a_turn_list() -> None:
    card = score_tagged("fr", GOOD_NEGOTIATION, facts=FACTS)
    for dimension, subs in card.subscores.items():
        for s in subs:
            if s.score is not None and s.turns:
                assert all(0 <= t < len(GOOD_NEGOTIATION) for t in s.turns), (dimension, s.name)
    assert {e.dimension for e in card.evidence} >= {"active_listening", "negotiation", "positive_language"}


def test_the_scorecard_has_the_design_shape_and_is_deterministic() -> None:
    first = score_tagged("fr", BAD_NEGOTIATION).to_json_dict()
    assert first == score_tagged("fr", BAD_NEGOTIATION).to_json_dict()
    assert set(first) >= {"overall", "dimensions", "violations", "evidence", "suggestions", "metrics"}
    assert set(first["dimensions"]) == {"active_listening", "positive_language", "negotiation", "compliance"}
    for v in first["violations"]:
        assert set(v) >= {"rule", "turn", "quote", "jurisdiction", "severity"}
    for s in first["suggestions"]:
        assert set(s) >= {"turn", "original", "better", "why"}
    assert {"reflection_to_question", "open_question_share", "readability_fr", "talk_share"} <= set(
        first["metrics"]
    )
    assert all(0.0 <= value <= 100.0 for value in first["dimensions"].values())
