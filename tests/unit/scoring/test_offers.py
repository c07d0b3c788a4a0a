"""Whole offers and promises: amounts, instalments, dates, methods, the full balance; and their wording."""

from __future__ import annotations

import datetime as dt

import pytest

from scoring.offers import OfferTerms, describe_offer, format_amount, format_date, parse_method, parse_offer

TODAY = dt.date(2026, 10, 28)  # a Wednesday
BALANCE = 186.40


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Je peux mettre 50 euros dès vendredi puis 50 par mois",
            OfferTerms(total=50.0, monthly=50.0, first_date=dt.date(2026, 10, 30)),
        ),
        (
            "Je vous propose 60 € par mois à partir du 5 décembre, par virement.",
            OfferTerms(monthly=60.0, first_date=dt.date(2026, 12, 5), method="transfer"),
        ),
        ("Je peux payer en 3 fois.", OfferTerms(instalments=3)),
        ("On peut étaler sur 10 mois.", OfferTerms(instalments=10)),
        ("600 € en 8 fois", OfferTerms(total=600.0, monthly=75.0, instalments=8)),
        ("6 mensualités de 50 €", OfferTerms(total=300.0, monthly=50.0, instalments=6)),
        ("en 3 fois 60 € par carte", OfferTerms(total=180.0, monthly=60.0, instalments=3, method="card")),
        (
            "Je règle la totalité demain par carte bancaire",
            OfferTerms(total=BALANCE, first_date=dt.date(2026, 10, 29), method="card", full_balance=True),
        ),
        ("Je peux tout régler aujourd'hui", OfferTerms(total=BALANCE, first_date=TODAY, full_balance=True)),
        ("Je vais payer l'intégralité.", OfferTerms(total=BALANCE, full_balance=True)),
        (
            "Je vous règle les 186,40 € le 5.",
            OfferTerms(total=BALANCE, first_date=dt.date(2026, 11, 5), full_balance=True),
        ),
        (
            "Vous devez 186,40 € ; pouvez-vous régler 100 € aujourd'hui ?",
            OfferTerms(total=100.0, first_date=TODAY),
        ),
        ("Le solde en 4 fois ?", OfferTerms(total=BALANCE, monthly=46.6, instalments=4, full_balance=True)),
        ("Je peux payer par prélèvement automatique.", OfferTerms(method="direct_debit")),
        (
            "Je vous envoie un lien de paiement par SMS pour régler par carte.",
            OfferTerms(method="payment_link"),
        ),
        ("Un chèque, ça ira ?", OfferTerms(method="cheque")),
        ("Je peux passer payer en espèces.", OfferTerms(method="cash")),
        (
            "Je fais un virement dans 3 jours.",
            OfferTerms(first_date=dt.date(2026, 10, 31), method="transfer"),
        ),
        ("Trente euros par mois, pas plus.", OfferTerms(monthly=30.0)),
    ],
)
def test_french_offers(text: str, expected: OfferTerms) -> None:
    assert parse_offer(text, "fr", TODAY, balance=BALANCE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I can do 40 a month starting the 15th", OfferTerms(monthly=40.0, first_date=dt.date(2026, 11, 15))),
        ("$50 on 12/05", OfferTerms(total=50.0, first_date=dt.date(2026, 12, 5))),
        (
            "£40 by direct debit next Friday",
            OfferTerms(total=40.0, first_date=dt.date(2026, 10, 30), method="direct_debit"),
        ),
        ("3 payments of 60 pounds", OfferTerms(total=180.0, monthly=60.0, instalments=3)),
        ("in 6 installments", OfferTerms(instalments=6)),
        ("in 6 instalments", OfferTerms(instalments=6)),
        ("over 8 months by standing order", OfferTerms(instalments=8, method="transfer")),
        (
            "I will pay the full balance tomorrow",
            OfferTerms(total=BALANCE, first_date=dt.date(2026, 10, 29), full_balance=True),
        ),
        (
            "I'll settle it in full by bank transfer",
            OfferTerms(total=BALANCE, method="transfer", full_balance=True),
        ),
        ("fifty dollars in two weeks", OfferTerms(total=50.0, first_date=dt.date(2026, 11, 11))),
        ("30 dollars monthly by debit card", OfferTerms(monthly=30.0, method="card")),
        ("I can send a cheque", OfferTerms(method="cheque")),
        ("I'll pay by check", OfferTerms(method="cheque")),
        ("Can you text me a payment link?", OfferTerms(method="payment_link")),
        ("I'd rather pay cash", OfferTerms(method="cash")),
    ],
)
def test_english_offers(text: str, expected: OfferTerms) -> None:
    assert parse_offer(text, "en", TODAY, balance=BALANCE) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bonjour, je suis bien Julien Martin.", "fr"),
        ("Votre dossier EH-2026-48213, vous pouvez rappeler au 06 12 34 56 78.", "fr"),
        ("Je ne peux pas tout régler.", "fr"),
        ("Hello, who is calling?", "en"),
        ("Let me check my account first.", "en"),
        ("I can't pay the full amount.", "en"),
    ],
)
def test_texts_without_offer_information_give_none(text: str, lang: str) -> None:
    assert parse_offer(text, lang, TODAY, balance=BALANCE) is None  # type: ignore[arg-type]


def test_without_a_known_balance_an_amount_is_just_a_total() -> None:
    assert parse_offer("186,40 € demain", "fr", TODAY) == OfferTerms(
        total=186.4, first_date=dt.date(2026, 10, 29)
    )


def test_an_empty_offer_reports_itself_empty() -> None:
    assert OfferTerms().is_empty()
    assert not OfferTerms(method="card").is_empty()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("par carte bancaire", "fr", "card"),
        ("en CB", "fr", "card"),
        ("par virement ou par carte", "fr", "transfer"),
        ("prélèvement", "fr", "direct_debit"),
        ("by debit card", "en", "card"),
        ("direct debit", "en", "direct_debit"),
        ("bank transfer", "en", "transfer"),
        ("let me check that", "en", None),
        ("d'accord", "fr", None),
    ],
)
def test_payment_methods(text: str, lang: str, expected: str | None) -> None:
    assert parse_method(text, lang) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "currency", "lang", "expected"),
    [
        (186.4, "EUR", "fr", "186,40 €"),
        (60, "EUR", "fr", "60 €"),
        (1250.5, "EUR", "fr", "1 250,50 €"),
        (186.4, "USD", "en", "$186.40"),
        (186.4, "GBP", "en", "£186.40"),
        (1250, "GBP", "en", "£1,250"),
        (60, "EUR", "en", "€60"),
        (40, "USD", "fr", "40 $"),
    ],
)
def test_amounts_are_written_the_local_way(value: float, currency: str, lang: str, expected: str) -> None:
    assert format_amount(value, currency, lang) == expected


def test_dates_are_written_the_local_way() -> None:
    assert format_date(dt.date(2026, 12, 5), "fr") == "5 décembre"
    assert format_date(dt.date(2026, 12, 1), "fr") == "1er décembre"
    assert format_date(dt.date(2026, 12, 5), "en") == "December 5"
    assert format_date(dt.date(2027, 1, 5), "fr", today=TODAY) == "5 janvier 2027"


def test_a_described_offer_reads_back_into_the_same_terms() -> None:
    terms = OfferTerms(monthly=60.0, first_date=dt.date(2026, 12, 5), method="transfer")
    words = describe_offer(terms, "EUR", "fr")
    assert words == "60 € par mois à partir du 5 décembre, par virement"
    assert parse_offer(words, "fr", TODAY) == terms
    english = describe_offer(terms, "USD", "en")
    assert english == "$60 a month starting December 5, by bank transfer"
    assert parse_offer(english, "en", TODAY) == terms


def test_a_recent_past_date_is_not_the_payment_date() -> None:
    terms = parse_offer("Suite à notre courrier du 12 octobre, pouvez-vous payer vendredi ?", "fr", TODAY)
    assert terms == OfferTerms(first_date=dt.date(2026, 10, 30))


def test_a_weekly_amount_counts_as_its_monthly_equivalent() -> None:
    assert parse_offer("I can pay £25 a week", "en", TODAY) == OfferTerms(monthly=108.33)
    assert parse_offer("20 € par semaine", "fr", TODAY) == OfferTerms(monthly=86.67)


def test_a_health_or_identity_card_is_not_a_payment_method() -> None:
    assert parse_method("J'ai perdu ma carte vitale", "fr") is None
    assert parse_method("Je paie par carte", "fr") == "card"
