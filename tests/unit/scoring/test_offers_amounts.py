"""Amounts of money in French and English: what counts as one, and what does not."""

from __future__ import annotations

import pytest

from scoring.offers import parse_amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je peux payer 60 € tout de suite.", [60.0]),
        ("60 euros, c'est possible", [60.0]),
        ("je mets 60€ demain", [60.0]),
        ("Le solde est de 1 250,50 €.", [1250.5]),
        ("Le solde est de 1\u202f250,50\u00a0€.", [1250.5]),
        ("1.250,50 euros", [1250.5]),
        ("Vous devez 186,40 €", [186.4]),
        ("soixante euros", [60.0]),
        ("deux cent cinquante euros", [250.0]),
        ("quatre-vingt-dix euros par mois", [90.0]),
        ("soixante et onze euros", [71.0]),
        ("mille deux cents euros", [1200.0]),
        ("je peux mettre 50", [50.0]),
        ("60 € 50", [60.5]),
        ("50 par mois", [50.0]),
        ("6 mensualités de 50 €", [50.0]),
        ("Je peux mettre 50 euros dès vendredi puis 50 par mois", [50.0, 50.0]),
    ],
)
def test_french_amounts_are_read_in_order(text: str, expected: list[float]) -> None:
    assert parse_amounts(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I can pay $50 today", [50.0]),
        ("50 dollars", [50.0]),
        ("£40 by card", [40.0]),
        ("40 pounds a month", [40.0]),
        ("The balance is $1,250.50", [1250.5]),
        ("fifty dollars", [50.0]),
        ("two hundred and fifty pounds", [250.0]),
        ("a hundred dollars", [100.0]),
        ("I can do 40 a month starting the 15th", [40.0]),
        ("3 payments of 60", [60.0]),
        ("I could pay maybe 30", [30.0]),
    ],
)
def test_english_amounts_are_read_in_order(text: str, expected: list[float]) -> None:
    assert parse_amounts(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Votre dossier EH-2026-48213 est ouvert.", "fr"),
        ("Rappelez-moi au 06 12 34 56 78.", "fr"),
        ("Rappelez-moi au 0612345678.", "fr"),
        ("Depuis 2026, je n'ai plus de travail.", "fr"),
        ("Je peux payer en 3 fois.", "fr"),
        ("Je paierai le 5 décembre 2026.", "fr"),
        ("Je paierai le 05/12/2026.", "fr"),
        ("Je peux payer le 5.", "fr"),
        ("dans 3 jours", "fr"),
        ("Ça fait 38 jours de retard.", "fr"),
        ("My reference is AB-2026-99812.", "en"),
        ("Call me on 020 7946 0958.", "en"),
        ("I can pay on the 15th.", "en"),
        ("I can pay in 2026.", "en"),
        ("I can do 3 payments.", "en"),
        ("I can pay 10%.", "en"),
    ],
)
def test_references_phone_numbers_years_counts_and_days_are_not_amounts(text: str, lang: str) -> None:
    assert parse_amounts(text, lang) == []  # type: ignore[arg-type]


def test_amounts_are_read_without_looking_at_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt
    from types import SimpleNamespace

    from scoring import offers

    class Clockless(dt.date):
        @classmethod
        def today(cls) -> dt.date:
            raise AssertionError("the answer would change with the day it is read")

    monkeypatch.setattr(offers, "dt", SimpleNamespace(date=Clockless, timedelta=dt.timedelta))
    assert parse_amounts("Je vous verse 60 € le 29 février, puis 40 € par mois.") == [60.0, 40.0]
