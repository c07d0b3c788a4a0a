from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from bench.gold import CORE_ACTS
from scoring import tagger
from scoring.tagger import tag_utterance
from scoring.tagging.fr_act_features import act_features, split_features
from scoring.tagging.fr_act_model import MODEL_PATH, MODES, FrenchActModel, french_act_model, load_model
from scoring.transcript import Turn

needs_model = pytest.mark.skipif(not MODEL_PATH.is_file(), reason="no fitted French act model shipped")


@needs_model
def test_shipped_french_model_file_loads_with_one_mode_and_threshold_per_core_act() -> None:
    model = load_model(MODEL_PATH)
    assert set(model.acts) == set(CORE_ACTS)
    assert all(model.modes[act] in MODES for act in model.acts)
    assert all(0.0 < model.thresholds[act] <= 1.0 for act in model.acts)
    assert all(0.0 <= model.floors[act] < 0.5 for act in model.acts)
    assert MODEL_PATH.stat().st_size < 2_000_000  # packed: about 20 ms to load, once per process


def test_missing_model_file_means_no_model() -> None:
    assert french_act_model(Path("/nonexistent/fr_act_model.json")) is None


def test_tagger_falls_back_to_rules_when_the_model_is_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tagger, "french_act_model", lambda: None)
    acts = tag_utterance("Je vous propose trois versements de 120 euros, le 5 de chaque mois.", "fr")
    assert "offer" in acts


def _threat_model(mode: str = "model", vetoes: tuple[str, ...] = ()) -> FrenchActModel:
    return FrenchActModel(
        ["threat"], [0.0], {}, {"threat": mode}, {"threat": 0.6}, {"threat": vetoes}, {"threat": 0.2}
    )


def test_the_model_adds_an_act_the_rules_missed_only_above_its_threshold() -> None:
    assert _threat_model().combine(set(), {"threat": 0.7}, {}) == {"threat"}
    assert _threat_model().combine(set(), {"threat": 0.5}, {}) == set()


def test_a_veto_cue_bars_an_addition_but_not_an_act_the_rules_found() -> None:
    model = _threat_model(vetoes=("cue:reassure",))
    assert model.combine(set(), {"threat": 0.9}, {"cue:reassure": 1.0}) == set()
    assert model.combine({"threat"}, {"threat": 0.5}, {"cue:reassure": 1.0}) == {"threat"}


def test_an_act_the_rules_found_is_dropped_only_under_its_floor() -> None:
    assert _threat_model().combine({"threat"}, {"threat": 0.1}, {}) == set()
    assert _threat_model().combine({"threat"}, {"threat": 0.3}, {}) == {"threat"}


def test_a_turn_opening_with_a_restatement_says_which_sentence_echoes_the_debtor() -> None:
    context = [Turn(speaker="debtor", text="Je sors de l'hôpital, j'ai pas ouvert mon courrier.")]
    opening = act_features(
        "vous sortez de l'hopital et le courrier s'est accumule. on fait le point ?", [], context
    )
    closing = act_features(
        "on fait le point. vous sortez de l'hopital et le courrier s'est accumule.", [], context
    )
    single = act_features("vous sortez de l'hopital et le courrier s'est accumule.", [], context)
    assert (
        opening["echo_sentence:first"] == 1.0 and opening["sentence_overlap_ratio"] > opening["overlap_ratio"]
    )
    assert closing["echo_sentence:later"] == 1.0
    assert not any(name.startswith("echo_sentence") for name in single)


def test_in_rule_mode_the_rules_decide_alone() -> None:
    assert _threat_model("rule").combine({"threat"}, {"threat": 0.0}, {}) == {"threat"}
    assert _threat_model("rule").combine(set(), {"threat": 1.0}, {}) == set()


def test_model_decision_only_touches_its_own_acts() -> None:
    model = FrenchActModel(["threat"], [5.0], {}, {"threat": "model"}, {"threat": 0.5})
    assert model.decide({"greeting"}, {"bias": 1.0}) == {"greeting", "threat"}


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Écoutez, soit vous réglez avant vendredi, soit votre dossier part directement chez l'huissier.",
        "Si rien n'est versé d'ici la fin du mois, on saisira directement votre compte bancaire.",
        "Je vous préviens, votre employeur sera informé si ça traîne encore.",
    ],
)
def test_pressure_by_consequences_is_a_threat(text: str) -> None:
    context = [Turn(speaker="debtor", text="Je ne peux pas payer en ce moment.")]
    assert "threat" in tag_utterance(text, "fr", context)


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Franchement, vous auriez dû y penser avant de signer ce crédit.",
        "Tout le monde me raconte la même histoire, vous savez.",
        "C'est quand même pas compliqué d'ouvrir son courrier.",
    ],
)
def test_blame_and_dismissal_are_negative_framing(text: str) -> None:
    context = [Turn(speaker="debtor", text="J'avais pas vu les relances, j'étais débordé.")]
    assert "negative_framing" in tag_utterance(text, "fr", context)


@pytest.mark.parametrize(
    "text",
    [
        "Qu'est-ce qui vous aiderait le plus à reprendre les paiements ?",
        "Je vous propose de décaler l'échéance de deux mois sans frais.",
        "Ça doit être vraiment éprouvant de gérer tout ça seule.",
    ],
)
def test_supportive_turns_are_neither_threat_nor_negative_framing(text: str) -> None:
    context = [Turn(speaker="debtor", text="Je suis seule avec les enfants depuis l'été.")]
    acts = tag_utterance(text, "fr", context)
    assert "threat" not in acts and "negative_framing" not in acts


def test_features_note_rule_acts_and_the_debtors_question() -> None:
    context = [Turn(speaker="debtor", text="Et si je paie pas, il se passe quoi ?")]
    feats = act_features("vous risquez une saisie", ["threat"], context)
    assert feats["r:threat"] == 1.0 and feats["prev_asks"] == 1.0
    assert "c:<sai" in feats and "b:une saisie" in feats


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Ce qui m'intéresse, c'est de trouver une solution qui tienne.",
        "C'est la première fois que vous avez un retard, ce n'est pas grave.",
        "Ne vous inquiétez pas, aucun souci, on va regarder ça ensemble.",
        "Vous auriez dû recevoir un courrier la semaine dernière.",
        "Cet échéancier vous permettra de gagner du temps.",
        "Je suis ravie d'apprendre que vous avez retrouvé du travail.",
    ],
)
def test_neutral_lookalikes_stay_clean_with_the_model_on(text: str) -> None:
    assert french_act_model() is not None
    acts = tag_utterance(text, "fr", [Turn(speaker="debtor", text="Je peux pas payer en ce moment.")])
    assert "negative_framing" not in acts and "threat" not in acts


@needs_model
def test_shipped_model_drops_an_act_of_the_rules_only_when_it_is_nearly_sure_it_is_wrong() -> None:
    model = load_model(MODEL_PATH)
    assert all(model.floors[act] <= 0.4 for act in model.acts)


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Bonjour monsieur, il reste 1 340 euros à régler sur votre contrat de crédit.",
        "Vous nous devez toujours 96 euros pour la facture de mars.",
        "Le solde de votre compte client est de 212 euros au 31 mars.",
    ],
)
def test_stating_the_debt_is_not_read_as_an_offer(text: str) -> None:
    assert "offer" not in tag_utterance(text, "fr", [Turn(speaker="debtor", text="Oui, c'est moi.")])


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "On peut partir sur 60 euros par mois à partir du 5 juin, ça vous laisse de l'air.",
        "Je vous fais 450 au lieu de 520 si le virement part cette semaine.",
    ],
)
def test_a_payment_plan_in_plain_words_is_an_offer(text: str) -> None:
    assert "offer" in tag_utterance(text, "fr", [Turn(speaker="debtor", text="Je peux pas tout payer.")])


def test_a_saved_model_loads_back_with_the_same_settings(tmp_path: Path) -> None:
    model = FrenchActModel(
        ["reflection", "threat"],
        [0.1, -0.2],
        {"w:vous": [0.5, 0.0]},
        {"reflection": "model", "threat": "rule"},
        {"reflection": 0.7},
        {"reflection": ("cue:advice",)},
        {"reflection": 0.2},
        {"reflection": 0.5},
    )
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model.to_json("test")), encoding="utf-8")
    loaded = load_model(path)
    for setting in ("modes", "thresholds", "vetoes", "floors", "word_scale_powers"):
        assert getattr(loaded, setting) == getattr(model, setting), setting
    assert loaded.probabilities({"bias": 1.0}, ["vous"]) == model.probabilities({"bias": 1.0}, ["vous"])


def _log_odds(probability: float) -> float:
    return math.log(probability / (1 - probability))


def test_an_act_with_a_word_scale_weighs_the_words_of_a_long_turn_less() -> None:
    weights = {"w:vous": [1.0, 1.0], "w:avez": [1.0, 1.0], "w:perdu": [1.0, 1.0], "w:emploi": [1.0, 1.0]}
    weights |= {"prev:debtor": [0.5, 0.5]}
    model = FrenchActModel(
        ["reflection", "threat"], [0.0, 0.0], weights, word_scale_powers={"reflection": 0.5}
    )
    words = ["vous", "avez", "perdu", "emploi"]
    scores = model.probabilities({"prev:debtor": 1.0}, words)
    # Four distinct words: their summed weight (4) is halved for reflection, kept whole for threat.
    assert _log_odds(scores["reflection"]) == pytest.approx(0.5 + 4 / 2)
    assert _log_odds(scores["threat"]) == pytest.approx(0.5 + 4)


def test_word_scaled_probabilities_are_the_same_whether_words_come_apart_or_as_features() -> None:
    model = french_act_model()
    assert model is not None
    assert model.word_scale_powers["reflection"] > 0  # the shipped model weighs reflection's words
    context = [Turn(speaker="debtor", text="J'ai perdu mon travail et je suis vraiment inquiet.")]
    folded = "si je comprends bien, vous avez perdu votre travail et vous etes inquiet pour la suite"
    whole = act_features(folded, [], context)
    words, rest = split_features(folded, [], context)
    apart = model.probabilities(rest, words)
    assert apart == pytest.approx(model.probabilities(whole))
