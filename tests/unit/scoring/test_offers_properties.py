"""Properties of offer parsing over many generated inputs."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from scoring.offers import format_amount, format_date, parse_amounts, parse_date, parse_offer

cents = st.integers(min_value=1, max_value=9_999_999).map(lambda c: c / 100)
langs = st.sampled_from(["fr", "en"])
currencies = st.sampled_from(["EUR", "USD", "GBP"])
days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31))


@given(value=cents, currency=currencies, lang=langs)
def test_a_formatted_amount_reads_back_as_the_same_amount(value: float, currency: str, lang: str) -> None:
    assert parse_amounts(format_amount(value, currency, lang), lang) == [value]  # type: ignore[arg-type]


@given(day=st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2026, 12, 31)), lang=langs)
def test_a_formatted_date_reads_back_within_the_coming_year(day: dt.date, lang: str) -> None:
    today = day - dt.timedelta(days=3)
    assert parse_date(format_date(day, lang), lang, today) == day  # type: ignore[arg-type]


@given(text=st.text(max_size=200), lang=langs, today=days)
def test_any_text_parses_without_error(text: str, lang: str, today: dt.date) -> None:
    terms = parse_offer(text, lang, today)  # type: ignore[arg-type]
    assert terms is None or not terms.is_empty()
