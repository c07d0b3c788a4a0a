"""General politeness markers in positive language: they hold outside collection calls and cost collections nothing."""

from __future__ import annotations

import pytest

from bench.tydip_cv import TYDIP, cross_validate, stratified_folds
from scoring.dimensions import positive_language
from scoring.phrasebook import normalise, phrasebook
from scoring.scorer import score_tagged
from scoring.transcript import Lang, TaggedTurn


def _one_turn(text: str, lang: Lang = "fr") -> float:
    return score_tagged(lang, [TaggedTurn(index=0, speaker="agent", text=text)]).dimensions.positive_language


def _categories(text: str, lang: Lang = "fr") -> set[str]:
    return {h.category for h in phrasebook(lang).hits(normalise(text))}


@pytest.mark.parametrize(
    ("lang", "polite", "blunt"),
    [
        (
            "fr",
            "Je me demande si ce paragraphe ne serait pas mieux placé plus bas. Au fait, bravo pour les sources !",
            "Pourquoi ce paragraphe est-il là ? Vous ne lisez jamais rien, c'est absurde.",
        ),
        (
            "fr",
            "J'ai relu le tableau, il me semble qu'une colonne manque. Tu pourrais y jeter un œil ?",
            "Mais enfin, en fait ce tableau est clairement faux. Corrigez ça.",
        ),
        (
            "en",
            "I had a look at the chart; it seems a column is missing. By the way, great work on the sources.",
            "Why is this chart here? You clearly never read anything, it's ridiculous.",
        ),
    ],
)
def test_a_politely_worded_request_outranks_a_blunt_one_outside_a_collection_call(
    lang: Lang, polite: str, blunt: str
) -> None:
    assert _one_turn(polite, lang) > _one_turn(blunt, lang) + 10


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Au fait, la date est fixée.", "indirect"),
        ("Bravo, la date est fixée.", "deference"),
        ("La date serait fixée à lundi.", "conditional"),
        ("Nous avons fixé la date.", "inclusive"),
        ("Je crois que la date est fixée.", "first_person_start"),
    ],
)
def test_each_general_politeness_strategy_raises_courtesy(text: str, marker: str) -> None:
    assert marker in _categories(text)
    assert _one_turn(text) > _one_turn("La date est fixée à lundi.")


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Pourquoi la date est fixée à lundi ?", "direct_question"),
        ("Mais la date est fixée à lundi.", "direct_start"),
        ("Vous avez la date : lundi.", "second_person_start"),
        ("Regardez la date : lundi.", "imperative"),
        ("En fait, la date est fixée à lundi.", "factuality"),
        ("La date de lundi est absurde.", "negative_lexicon"),
    ],
)
def test_each_blunt_strategy_lowers_courtesy(text: str, marker: str) -> None:
    assert marker in _categories(text)
    assert _one_turn(text) < _one_turn("La date est fixée à lundi.")


def test_negation_heavy_wording_and_shouting_lower_the_score() -> None:
    plain = _one_turn("La date est fixée, le dossier est complet.")
    assert _one_turn("La date n'est pas fixée, le dossier n'est jamais complet.") < plain
    assert _one_turn("La date est fixée, LE DOSSIER EST COMPLET.") < plain


def test_gentle_invitations_are_not_read_as_bare_imperatives() -> None:
    assert "imperative" not in _categories("Prenez votre temps, rien ne presse.")
    assert "imperative" not in _categories("N'hésitez pas à me rappeler.")
    assert "imperative" not in _categories("Take your time.", "en")
    assert "imperative" in _categories("Arrête de modifier cette page.")


def test_the_general_markers_can_be_switched_off_by_their_scale(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Pourquoi la date est fixée à lundi ? Mais c'est absurde."
    with_markers = _one_turn(text)
    monkeypatch.setattr(positive_language, "GENERAL_MARKER_SCALE", 0.0)
    assert _one_turn(text) > with_markers


def test_folds_are_stratified_and_reproducible() -> None:
    labels = [True] * 13 + [False] * 12
    folds = stratified_folds(labels)
    assert folds == stratified_folds(labels)
    for fold in range(5):
        members = [y for y, f in zip(labels, folds, strict=True) if f == fold]
        assert sum(members) in (2, 3) and len(members) - sum(members) in (2, 3)


@pytest.mark.skipif(
    not TYDIP.exists(), reason=f"TyDiP-fr benchmark not found at {TYDIP} (../shared/benchmarks)"
)
def test_the_cross_validated_tydip_estimate_meets_the_target_and_ships_the_chosen_scale() -> None:
    result = cross_validate()
    assert result["cv_mean_heldout_auc"] >= 0.80
    assert result["shipped_scale"] == result["scale_chosen_most_often"]
