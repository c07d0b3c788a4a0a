"""Realism of the scripted debtor: plans that make sense, recaps checked, explicit agreement, fitting lines."""

from __future__ import annotations

import datetime as dt
import math
from types import SimpleNamespace

import pytest

from simulator import behaviour, cues
from simulator.engine import Conversation
from simulator.hearing import offer_part
from simulator.negotiation import Truth, counter_offer
from simulator.voices import load_library
from simulator.voices.scripted import inflect

TODAY = dt.date(2026, 10, 28)
HELLO = "Bonjour, Camille Durand du service de recouvrement amiable, pour le compte d'Énergie Horizon. Suis-je bien avec M. Julien Martin ?"
DISCLOSE = "Merci. Je vous appelle au sujet d'une facture de 186,40 €, référence EH-2026-48213, courrier du 12 octobre. Pouvez-vous me dire ce qui s'est passé ?"
ASK_FULL = "Je comprends, ça arrive à tout le monde de changer de banque. Pourriez-vous régler les 186,40 € aujourd'hui par carte bancaire ?"


def _truth(balance: float, capacity: float, lump: float) -> Truth:
    return Truth(balance, "EUR", capacity, lump, 5, "card", 0.6)


@pytest.mark.parametrize(
    ("balance", "capacity", "lump"), [(247.80, 800, 100), (247.80, 150, 0), (1340, 90, 0), (186.4, 40, 20)]
)
def test_a_counter_offer_never_asks_more_a_month_than_the_balance_and_covers_it(
    balance, capacity, lump
) -> None:
    for trust in (0.3, 0.5, 0.7, 0.9):
        counter = counter_offer(trust, _truth(balance, capacity, lump), TODAY)
        assert counter is not None
        if counter.monthly is None:
            assert counter.total == balance
            continue
        assert counter.monthly <= balance
        assert counter.instalments == math.ceil((balance - 0.005) / counter.monthly)
        assert counter.monthly * counter.instalments >= balance - 0.01


def test_a_small_balance_is_split_evenly_in_the_debtor_s_counter() -> None:
    counter = counter_offer(0.6, _truth(247.80, 150, 0), TODAY)
    assert counter is not None and counter.instalments == 2 and counter.monthly == 123.90


def _oubli_call(easy, seed: int = 1) -> Conversation:
    scenario, persona = easy
    call = Conversation.start(scenario, persona, seed=seed)
    call.opening()
    for message in (HELLO, DISCLOSE, ASK_FULL):
        call.respond(message)
    assert call.agreement is not None and call.agreement.total == 186.40
    return call


def test_a_wrong_recap_is_corrected_and_the_call_does_not_end_on_it(easy) -> None:
    call = _oubli_call(easy)
    turn = call.respond(
        "Je récapitule : 93,20 € par mois à partir du 5 novembre, par virement. Bonne journée."
    )
    assert turn.intent == "confirm_recap" and not turn.ended
    assert "186,40 €" in turn.text
    assert call.outcome().agreement.total == 186.40 and call.outcome().agreement.monthly is None


def test_a_recap_of_the_agreed_terms_closes_the_call(easy) -> None:
    call = _oubli_call(easy)
    turn = call.respond("Je récapitule : 186,40 € aujourd'hui par carte bancaire. Merci, bonne journée.")
    assert turn.ended and turn.intent == "thank_close"
    assert call.outcome().objective_met


def test_a_reflection_of_the_debtor_s_words_is_not_an_offer_nor_an_agreement() -> None:
    reflection = "Si je comprends bien, vous voulez bien régler, mais en deux fois."
    assert offer_part(reflection, "fr").strip() == ""
    assert not cues.find("agree", cues.normalise(reflection), "fr")
    proposal = "Si je comprends bien, on part sur 40 € par mois."
    assert offer_part(proposal, "fr") == proposal


@pytest.mark.parametrize(
    ("text", "lang", "agrees"),
    [
        ("D'accord pour 40 € par mois.", "fr", True),
        ("C'est parfait, on fait comme ça.", "fr", True),
        ("Ça me va.", "fr", True),
        ("D'accord, je comprends. Qu'est-ce qui a changé pour vous ?", "fr", False),
        ("Très bien, et comment vous sentez-vous ?", "fr", False),
        ("Je vous entends bien, c'est difficile.", "fr", False),
        ("OK, let's do that.", "en", True),
        ("That works for me.", "en", True),
        ("OK, I understand. What happened?", "en", False),
        ("I'm fine with listening to you.", "en", False),
    ],
)
def test_only_an_explicit_acceptance_counts_as_agreeing(text: str, lang: str, agrees: bool) -> None:
    norm = cues.normalise(text)
    assert bool(cues.find("agree", norm, lang)) is agrees


def test_logging_the_complaint_soothes_a_debtor_with_a_grievance(catalog) -> None:
    scenario = catalog.scenario("fr-hostile-panne")
    call = Conversation.start(scenario, catalog.persona_for(scenario), seed=0)
    call.opening()
    call.respond(
        "Bonjour, Camille Durand, recouvrement amiable pour Fibrélia. Suis-je bien avec M. Marc Dubois ?"
    )
    anger, trust = call.state["anger"], call.state["trust"]
    turn = call.respond(
        "J'enregistre votre réclamation concernant la panne et je la transmets au service client."
    )
    assert any(cause.trigger == "complaint_logged" for cause in turn.causes)
    assert call.state["anger"] < anger and call.state["trust"] > trust


def _calm(mood: str | None, baseline: dict[str, float]):
    persona = SimpleNamespace(
        emotion=SimpleNamespace(**baseline), voice={"calm_down": ("Je m'énerve pas contre vous.",)}
    )
    return behaviour._calm_down(SimpleNamespace(last_mood=mood, persona=persona))


def test_calming_down_words_fit_the_feeling_that_was_there() -> None:
    angry = {"anger": 0.7, "anxiety": 0.1, "shame": 0.1}
    anxious = _calm("anxiety", angry)
    assert (
        anxious.variant == "anxiety" and not anxious.own_lines
    )  # an angry persona's lines are not for worry
    assert _calm("anger", angry).own_lines
    assert _calm(None, angry).variant is None
    library = load_library("fr")
    assert not any("énerve" in line or "cran" in line for line in library.lines["calm_down.anxiety"])
    assert not any("énerve" in line for line in library.lines["calm_down"])


def test_default_lines_agree_with_the_debtor_s_gender() -> None:
    line = "Oui, je sais que j'ai du retard. Je ne suis pas [fier|fière] de ça."
    assert inflect(line, "f").endswith("pas fière de ça.")
    assert inflect(line, "m").endswith("pas fier de ça.")
    for locale in ("fr", "en"):
        library = load_library(locale)
        every = [line for lines in library.lines.values() for line in lines]
        every += [line for lines in library.moods.values() for line in lines]
        for gender in ("f", "m", "x"):
            assert not any("[" in inflect(line, gender) for line in every)
