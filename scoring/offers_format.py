"""Amounts, dates, methods and whole offers put back into words, French or English."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING

from scoring.offers_dates import FR_MONTH_NAMES

if TYPE_CHECKING:
    from scoring.offers import OfferTerms

_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}
_METHOD_WORDS = {
    "fr": {
        "card": "par carte bancaire",
        "transfer": "par virement",
        "direct_debit": "par prélèvement automatique",
        "cheque": "par chèque",
        "cash": "en espèces",
        "payment_link": "par lien de paiement",
    },
    "en": {
        "card": "by card",
        "transfer": "by bank transfer",
        "direct_debit": "by direct debit",
        "cheque": "by cheque",
        "cash": "in cash",
        "payment_link": "through a payment link",
    },
}


def format_amount(value: float, currency: str = "EUR", lang: str = "fr") -> str:
    """« 186,40 € », « 1 250 € » in French; "$186.40", "£1,250", "€60" in English (cents only when needed)."""
    cents = round(abs(value) * 100)
    whole, fraction = divmod(cents, 100)
    french = lang != "en"
    digits = f"{whole:,}".replace(",", " " if french else ",")
    number = digits + ((("," if french else ".") + f"{fraction:02d}") if fraction else "")
    sign = "-" if value < 0 and cents else ""
    symbol = _SYMBOLS.get(currency.upper())
    if symbol is None:
        return f"{sign}{number} {currency.upper()}"
    return f"{sign}{number} {symbol}" if french else f"{sign}{symbol}{number}"


def format_date(day: dt.date, lang: str = "fr", today: dt.date | None = None) -> str:
    """« 5 décembre », « 1er mars » / "December 5"; the year is added when it differs from ``today``'s."""
    year = today is not None and day.year != today.year
    if lang == "en":
        return f"{calendar.month_name[day.month]} {day.day}" + (f", {day.year}" if year else "")
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {FR_MONTH_NAMES[day.month]}" + (f" {day.year}" if year else "")


def method_words(method: str, lang: str = "fr") -> str:
    """« par virement », "by bank transfer"; an unknown method is returned as is."""
    return _METHOD_WORDS["en" if lang == "en" else "fr"].get(method, method)


def describe_offer(
    terms: OfferTerms, currency: str = "EUR", lang: str = "fr", today: dt.date | None = None
) -> str:
    """Words for an offer: « 60 € par mois en 4 fois à partir du 5 décembre, par virement »."""
    english = lang == "en"
    parts: list[str] = []
    if terms.monthly is not None:
        parts.append(format_amount(terms.monthly, currency, lang) + (" a month" if english else " par mois"))
        if terms.instalments:
            parts.append(f"over {terms.instalments} months" if english else f"sur {terms.instalments} mois")
        if terms.total is not None and terms.instalments is None:
            first = format_amount(terms.total, currency, lang)
            parts.insert(0, f"{first} first, then" if english else f"{first} d'abord, puis")
    elif terms.total is not None:
        parts.append(format_amount(terms.total, currency, lang))
        if terms.instalments and terms.instalments > 1:
            parts.append(f"in {terms.instalments} instalments" if english else f"en {terms.instalments} fois")
    elif terms.full_balance:
        parts.append("the full balance" if english else "la totalité du solde")
    if terms.first_date is not None:
        when = format_date(terms.first_date, lang, today)
        if terms.monthly is not None:
            parts.append(f"starting {when}" if english else f"à partir du {when}")
        else:
            parts.append(f"on {when}" if english else f"le {when}")
    text = " ".join(parts)
    if terms.method is not None:
        text = f"{text}, {method_words(terms.method, lang)}" if text else method_words(terms.method, lang)
    return text
