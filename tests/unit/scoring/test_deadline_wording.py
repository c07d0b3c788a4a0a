"""Offering to pay today is a proposal; demanding payment today is an ultimatum."""

import pytest

from scoring import score_transcript
from scoring.transcript import Transcript, Turn


def _card(text: str, lang: str):
    return score_transcript(
        Transcript(lang=lang, turns=[Turn(speaker="debtor", text="Oui ?"), Turn(speaker="agent", text=text)])
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vous devez régler les 300 euros aujourd'hui.", "fr"),
        ("Bon. Réglez tout aujourd'hui, sinon on passe au contentieux.", "fr"),
        ("You need to pay the full amount today.", "en"),
    ],
)
def test_demanding_payment_today_is_flagged_as_a_short_deadline(text: str, lang: str) -> None:
    assert "all.short_deadline" in {v.rule for v in _card(text, lang).violations}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Je vous propose de régler les 186,40 € par carte aujourd'hui, ça vous convient ?", "fr"),
        ("Would you be able to pay by card today?", "en"),
    ],
)
def test_offering_to_pay_today_is_not_an_ultimatum(text: str, lang: str) -> None:
    card = _card(text, lang)
    assert "all.short_deadline" not in {v.rule for v in card.violations}
    threats = next(s for s in card.subscores["positive_language"] if s.name == "no_threats_or_ultimatums")
    assert threats.score == 100.0
