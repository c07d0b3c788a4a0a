"""Offers and promises to pay understood in French and English: amounts, instalments, dates, methods.

Pure and fast: every pattern is compiled once. A number counts as an amount only when something says so —
a currency (« 60 € », "$50", « soixante euros »), a per-month marker (« 50 par mois », "40 a month"), an
instalment marker (« 6 mensualités de 50 », "3 payments of 60") or a paying verb right before it
(« je peux mettre 50 », "I can pay 50"). Years, phone numbers, references (EH-2026-48213), counts
(« en 3 fois ») and days (« le 5 ») are therefore not amounts.

``OfferTerms.total`` is the amount stated without a per-month marker (a one-off payment, a down payment or a
total); ``monthly`` the per-instalment amount (a weekly amount counts as its monthly equivalent, × 52/12).
When two of total / monthly / instalments are known, the third is derived. ``first_date`` is the first date
said that is not in the past (« suite à notre courrier du 12 octobre » is not a payment date). Date
conventions are in ``scoring.offers_dates``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from scoring.offers_dates import find_dates
from scoring.offers_format import describe_offer, format_amount, format_date, method_words
from scoring.offers_numbers import digits_for_words
from scoring.transcript import Lang

__all__ = [
    "OfferTerms",
    "describe_offer",
    "format_amount",
    "format_date",
    "method_words",
    "normalise",
    "parse_amounts",
    "parse_date",
    "parse_method",
    "parse_offer",
]


@dataclass(frozen=True)
class OfferTerms:
    total: float | None = None  # one-off amount / total promised
    monthly: float | None = None  # instalment amount
    instalments: int | None = None  # number of instalments ("en 8 fois", "over 6 months")
    first_date: dt.date | None = None
    method: str | None = None  # card | transfer | direct_debit | cheque | cash | payment_link
    full_balance: bool = False  # "la totalité", "the full amount", "tout régler"

    def is_empty(self) -> bool:
        return (
            self.total is None
            and self.monthly is None
            and self.instalments is None
            and self.first_date is None
            and self.method is None
            and not self.full_balance
        )


class _Amount(NamedTuple):
    start: int
    value: float
    monthly: bool


_SPACES = re.compile(r"[\u00a0\u202f\u2009\t]")
_DIGIT = re.compile(r"\d")
# Dates only show where a figure is not an amount. Any fixed day resolves them, and a fixed one keeps the answer
# the same whatever the day (« le 29 février » is a date in some years only).
_ANY_DAY = dt.date(2025, 1, 6)
_NUMBER = r"\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_CURRENCY_AFTER = r"€|euros?\b|eur\b|\$|dollars?\b|usd\b|£|pounds?\b|gbp\b|quid\b|bucks\b|balles\b"
_AMOUNT = re.compile(
    rf"(?:(?P<pre>[€$£]|eur\b|usd\b|gbp\b)\s?)?(?<![\w/.,-])(?P<num>{_NUMBER})(?!\d|[/-]\d|[.,]\d)"
    rf"(?:\s?(?P<post>{_CURRENCY_AFTER}))?(?:\s?(?P<cents>\d{{2}})\b)?"
)
_PER_MONTH_AFTER = re.compile(
    r"\s*(?:par mois|/\s?mois|chaque mois|tous les mois|mensuels?|mensuellement|le mois|"
    r"a month|per month|/\s?month|/\s?mo\b|monthly|each month|every month|a mo\b|pcm\b)"
)
_PER_WEEK_AFTER = re.compile(
    r"\s*(?:par semaine|/\s?semaine|chaque semaine|toutes les semaines|hebdomadaires?|a week|per week|"
    r"/\s?week|/\s?wk\b|weekly|each week|every week)"
)
_WEEKS_PER_MONTH = 52 / 12
_INSTALMENT_BEFORE = re.compile(
    r"(?:mensualités?|échéances?|versements|paiements|prélèvements|fois|instal?lments?|"
    r"monthly payments?|payments|versements mensuels|(?:a|per|each) month)\s+(?:de\s+|of\s+)?$"
)
_VERB_BEFORE = re.compile(
    r"\b(?:payer|paie|paye|régler|règle|verser|verse|mettre|mets|donner|donne|rembourser|rembourse|envoyer|"
    r"envoie|virer|vire|avancer|avance|proposer|propose|sortir|pay|put|send|give|do|manage|afford|offer|"
    r"spare|transfer)\s+(?:(?:vous|you|maybe|peut-être|about|around|environ|only|just|seulement|que|déjà|"
    r"already|up to|jusqu'à|at least|au moins|au maximum|at most|max|ça|it|like)\s+)*$"
)
_UNIT_AFTER = re.compile(
    r"\s*(?:fois|jours?|semaines?|mois|ans?|années?|%|h\b|heures?|minutes?|days?|weeks?|months?|years?|"
    r"times|hours?|instal|payments?|mensualités?|versements?|échéances?|st\b|nd\b|rd\b|th\b|er\b)"
)
_COUNTS = {
    "fr": [
        re.compile(
            r"\ben\s+(\d{1,2}|une?)\s+(?:seule\s+)?(?:fois|mensualités|versements|échéances|paiements|"
            r"prélèvements|mois)\b"
        ),
        re.compile(
            r"(?<![\d,.])(\d{1,2})\s+(?:fois|mensualités|versements|échéances|paiements|prélèvements)\b"
        ),
        re.compile(r"\b(?:sur|pendant|durant|étalé sur|étalés sur)\s+(\d{1,2})\s+mois\b"),
    ],
    "en": [
        re.compile(r"\bin\s+(\d{1,2}|one|a single)\s+(?:monthly\s+)?(?:instal?lments?|payments?|go)\b"),
        re.compile(r"(?<![\d,.])(\d{1,2})\s+(?:monthly\s+)?(?:instal?lments|payments)\b"),
        re.compile(r"\b(?:over|for|across|during)\s+(\d{1,2})\s+months\b"),
    ],
}
_FULL_BALANCE = {
    "fr": re.compile(
        r"\b(?:la totalité|l'intégralité|en totalité|intégralement|le solde|tout (?:vous )?(?:régler|payer|"
        r"rembourser|solder)|régler tout|payer tout|solder (?:le|la|votre|mon|ma)\b|la somme totale|"
        r"le montant total|la somme complète|tout ce que (?:je|vous) (?:dois|devez)|l'ensemble de la (?:dette|somme))"
    ),
    "en": re.compile(
        r"\b(?:the (?:full|whole|entire|total) (?:amount|balance|sum|debt|thing|lot)|in full|"
        r"everything (?:i|you) owe|pay (?:it|this|that|everything) (?:all|off)|pay everything|pay it all|"
        r"all of it|settle (?:it|the balance|the account|the debt|everything|up)|clear the (?:balance|debt|account))"
    ),
}
_NEGATED = re.compile(
    r"(?:\bpas\b|\bne peux|\bn'arrive|\bimpossible|can't|cannot|can not|\bnot\b|\bunable|\bno way)[^.!?;]{0,25}$"
)
_METHODS: list[tuple[str, re.Pattern[str]]] = [
    (
        "payment_link",
        re.compile(
            r"\blien\b(?:\s+\S+){0,3}?\s+(?:de paiement|pour (?:payer|régler)|sécurisé|par (?:sms|mail|e-mail|texto))|"
            r"\blien de paiement\b|\b(?:payment|pay|secure|paying)\s+link\b|\blink\b(?:\s+\S+){0,3}?\s+"
            r"(?:to pay|by (?:text|sms|e-?mail))"
        ),
    ),
    (
        "direct_debit",
        re.compile(r"\bprélèvements?\b|\bprélever\b|\bmandat sepa\b|\bdirect debits?\b|\bauto-?pay\b"),
    ),
    (
        "card",
        re.compile(r"\bcartes?\b(?!\s+(?:vitale|grise|d'identité|de fidélité|sim)\b)|\bcb\b|\bcards?\b"),
    ),
    (
        "transfer",
        re.compile(r"\bvirements?\b|\bvirer\b|\btransfers?\b|\bwire\b|\bstanding orders?\b"),
    ),
    (
        "cheque",
        re.compile(r"\bchèques?\b|\bcheques?\b|\b(?:by|a|per|via|with|my|the) checks?\b|\bcheckbook\b"),
    ),
    ("cash", re.compile(r"\bespèces\b|\ben liquide\b|\bcash\b")),
]


def normalise(text: str) -> str:
    """Lower case, plain spaces and apostrophes, numbers in digits: the form every pattern expects."""
    text = _SPACES.sub(" ", text.lower()).replace("’", "'")
    return digits_for_words(text)


def _number(raw: str) -> float:
    """« 1 250,50 », "1,250.50", « 1.250 », "186.40" → float; a separator followed by 3 digits groups thousands."""
    parts = re.split(r"[ .,]", raw)
    if len(parts) > 1 and len(parts[-1]) in (1, 2):
        return float("".join(parts[:-1]) + "." + parts[-1])
    return float("".join(parts))


def _is_year(value: float) -> bool:
    return value.is_integer() and 1900 <= value <= 2100


def _amounts(text: str, date_spans: list[tuple[int, int]]) -> list[_Amount]:
    found: list[_Amount] = []
    if _DIGIT.search(text) is None:  # every amount has a figure: most turns have none
        return found
    for match in _AMOUNT.finditer(text):
        start, end = match.span("num")
        if any(s <= start < e for s, e in date_spans):
            continue
        value = _number(match["num"])
        has_currency = bool(match["pre"] or match["post"])
        if match["cents"] and match["post"] in {"€", "$", "£"}:
            value += int(match["cents"]) / 100  # « 60 € 50 »
        after, before = text[match.end() :], text[max(0, start - 60) : start]
        monthly = bool(_PER_MONTH_AFTER.match(after)) or bool(_INSTALMENT_BEFORE.search(before))
        if _PER_WEEK_AFTER.match(after):  # « 25 € par semaine »: its monthly equivalent
            value, monthly = round(value * _WEEKS_PER_MONTH, 2), True
        said_paying = (
            _VERB_BEFORE.search(before) and not _UNIT_AFTER.match(text[end:]) and not _is_year(value)
        )
        if not (has_currency or monthly or said_paying):
            continue
        found.append(_Amount(start, value, monthly))
    return found


def _dates_and_amounts(
    norm: str, lang: Lang, today: dt.date
) -> tuple[list[tuple[int, int, dt.date]], list[_Amount]]:
    """The dates of a normalised text, and its amounts outside them."""
    dates = find_dates(norm, lang, today)
    return dates, _amounts(norm, [(start, end) for start, end, _ in dates])


def parse_amounts(text: str, lang: Lang = "fr") -> list[float]:
    """Every amount of money in ``text``, in order (see the module docstring for what counts)."""
    return [amount.value for amount in _dates_and_amounts(normalise(text), lang, _ANY_DAY)[1]]


def parse_date(text: str, lang: Lang, today: dt.date) -> dt.date | None:
    """The first date said in ``text``, resolved against ``today``."""
    dates = find_dates(normalise(text), lang, today)
    return dates[0][2] if dates else None


def _method(norm: str) -> str | None:
    best: tuple[int, str] | None = None
    for method, pattern in _METHODS:
        match = pattern.search(norm)
        if match is None:
            continue
        if method == "payment_link":
            return method  # « lien de paiement par carte »: the link is how the debtor pays
        if best is None or match.start() < best[0]:
            best = (match.start(), method)
    return best[1] if best else None


def parse_method(text: str, lang: Lang = "fr") -> str | None:
    """The payment method named in ``text`` (the first one; a payment link wins over the card it uses)."""
    return _method(normalise(text))


def _instalments(norm: str, lang: str) -> int | None:
    for pattern in _COUNTS["en" if lang == "en" else "fr"]:
        match = pattern.search(norm)
        if match:
            word = match.group(1)
            count = 1 if word in {"un", "une", "one", "a single"} else int(word)
            if 1 <= count <= 60:
                return count
    return None


def _full_balance(norm: str, lang: str) -> bool:
    for match in _FULL_BALANCE["en" if lang == "en" else "fr"].finditer(norm):
        if not _NEGATED.search(norm[max(0, match.start() - 40) : match.start()]):
            return True
    return False


def parse_offer(text: str, lang: Lang, today: dt.date, balance: float | None = None) -> OfferTerms | None:
    """What ``text`` says about paying: amounts, instalments, first date, method; None if nothing."""
    return amounts_and_offer(text, lang, today, balance)[1]


def amounts_and_offer(
    text: str, lang: Lang, today: dt.date, balance: float | None = None
) -> tuple[list[float], OfferTerms | None]:
    """``parse_amounts`` and ``parse_offer`` of ``text`` in one reading, dates resolved against ``today``."""
    norm = normalise(text)
    dates, amounts = _dates_and_amounts(norm, lang, today)
    return [amount.value for amount in amounts], _terms(norm, lang, today, balance, dates, amounts)


def _terms(
    norm: str,
    lang: Lang,
    today: dt.date,
    balance: float | None,
    dates: list[tuple[int, int, dt.date]],
    amounts: list[_Amount],
) -> OfferTerms | None:
    monthly = next((a.value for a in amounts if a.monthly), None)
    one_off = [a.value for a in amounts if not a.monthly]
    is_balance = [balance is not None and abs(value - balance) < 0.005 for value in one_off]
    others = [value for value, same in zip(one_off, is_balance, strict=True) if not same]
    total = others[0] if others else (one_off[0] if one_off else None)
    full = _full_balance(norm, lang) or (any(is_balance) and not others and monthly is None)
    if full and total is None and monthly is None and balance is not None:
        total = balance
    instalments = _instalments(norm, lang)
    if instalments and instalments > 1:
        if monthly is None and total is not None:
            monthly = round(total / instalments, 2)
        elif total is None and monthly is not None:
            total = round(monthly * instalments, 2)
    terms = OfferTerms(
        total=total,
        monthly=monthly,
        instalments=instalments,
        first_date=next((day for _start, _end, day in dates if day >= today), None),
        method=_method(norm),
        full_balance=full,
    )
    return None if terms.is_empty() else terms
