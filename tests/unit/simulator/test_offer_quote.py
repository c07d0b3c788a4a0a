"""The debrief quotes the sentence that carried an offer, not the turn's first sentence."""

from __future__ import annotations

from simulator.catalog import load_catalog
from simulator.engine import Conversation


def test_an_offer_cause_quotes_the_sentence_with_the_figures() -> None:
    catalog = load_catalog()
    scenario = catalog.scenario("fr-oubli-facile")
    call = Conversation.start(scenario, catalog.personas[scenario.persona], seed=3)
    call.opening()
    call.respond("Bonjour, je vous appelle au sujet de votre facture. Qu'est-ce qui s'est passé ?")
    turn = call.respond(
        "Si je comprends bien, vous avez oublié avec le déménagement. "
        "On peut faire 90 euros le 5 et 90 le 5 du mois suivant, ça vous irait ?"
    )
    offer_causes = [c for c in turn.causes if c.trigger.startswith(("offer_", "full_balance"))]
    assert offer_causes
    assert all("90 euros" in c.quote for c in offer_causes)
