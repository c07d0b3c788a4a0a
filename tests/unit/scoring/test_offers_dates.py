"""Payment dates in French and English, resolved against the day of the call (Wednesday 28 October 2026)."""

from __future__ import annotations

import datetime as dt

import pytest

from scoring.offers import parse_date

TODAY = dt.date(2026, 10, 28)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 5 décembre", dt.date(2026, 12, 5)),
        ("le 1er décembre", dt.date(2026, 12, 1)),
        ("le premier décembre", dt.date(2026, 12, 1)),
        ("le 5/12", dt.date(2026, 12, 5)),
        ("le 05/12/2026", dt.date(2026, 12, 5)),
        ("le 5/12/27", dt.date(2027, 12, 5)),
        ("le 2026-11-03", dt.date(2026, 11, 3)),
        ("le 15 janvier", dt.date(2027, 1, 15)),  # already past this year
        ("le 5", dt.date(2026, 11, 5)),
        ("à partir du 30", dt.date(2026, 10, 30)),
        ("le 28", dt.date(2026, 11, 28)),  # today's day means next month
        ("demain", dt.date(2026, 10, 29)),
        ("après-demain", dt.date(2026, 10, 30)),
        ("aujourd'hui", TODAY),
        ("aujourd’hui même", TODAY),
        ("aujourd hui, tapé sans apostrophe", TODAY),
        ("dans deux semaines", dt.date(2026, 11, 11)),
        ("dans 3 jours", dt.date(2026, 10, 31)),
        ("dans une semaine", dt.date(2026, 11, 4)),
        ("dans quinze jours", dt.date(2026, 11, 12)),
        ("vendredi prochain", dt.date(2026, 10, 30)),
        ("vendredi", dt.date(2026, 10, 30)),
        ("lundi prochain", dt.date(2026, 11, 2)),
        ("mercredi", dt.date(2026, 11, 4)),  # today's weekday means next week
        ("la semaine prochaine", dt.date(2026, 11, 2)),
        ("fin du mois", dt.date(2026, 10, 31)),
        ("d'ici la fin du mois prochain", dt.date(2026, 11, 30)),
        ("début du mois prochain", dt.date(2026, 11, 1)),
        ("à la fin de la semaine", dt.date(2026, 10, 30)),
    ],
)
def test_french_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text, "fr", TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tomorrow", dt.date(2026, 10, 29)),
        ("today", TODAY),
        ("the day after tomorrow", dt.date(2026, 10, 30)),
        ("next Friday", dt.date(2026, 10, 30)),
        ("Friday", dt.date(2026, 10, 30)),
        ("on the 5th", dt.date(2026, 11, 5)),
        ("on the fifteenth", dt.date(2026, 11, 15)),
        ("December 5", dt.date(2026, 12, 5)),
        ("Dec 5th, 2027", dt.date(2027, 12, 5)),
        ("5 December", dt.date(2026, 12, 5)),
        ("the 5th of December", dt.date(2026, 12, 5)),
        ("12/05", dt.date(2026, 12, 5)),  # English reads month/day
        ("25/12", dt.date(2026, 12, 25)),  # only the day/month reading is a real date
        ("in two weeks", dt.date(2026, 11, 11)),
        ("in 3 days", dt.date(2026, 10, 31)),
        ("in a week", dt.date(2026, 11, 4)),
        ("end of the month", dt.date(2026, 10, 31)),
        ("next week", dt.date(2026, 11, 2)),
        ("next month", dt.date(2026, 11, 1)),
    ],
)
def test_english_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text, "en", TODAY) == expected


def test_french_reads_a_numeric_date_as_day_then_month() -> None:
    assert parse_date("le 12/05", "fr", TODAY) == dt.date(2027, 5, 12)


def test_end_of_month_wraps_december_into_the_next_year() -> None:
    assert parse_date("début du mois prochain", "fr", dt.date(2026, 12, 10)) == dt.date(2027, 1, 1)
    assert parse_date("on the 5th", "en", dt.date(2026, 12, 10)) == dt.date(2027, 1, 5)


def test_a_day_of_the_recent_past_stays_in_the_past() -> None:
    assert parse_date("votre courrier du 12 octobre", "fr", TODAY) == dt.date(2026, 10, 12)
    assert parse_date("le 05/10", "fr", TODAY) == dt.date(2026, 10, 5)


def test_the_first_date_said_is_returned() -> None:
    assert parse_date("vendredi, ou sinon le 5 décembre", "fr", TODAY) == dt.date(2026, 10, 30)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rappelez-moi au 06 12 34 56 78", "fr"),
        ("Votre dossier EH-2026-48213", "fr"),
        ("le premier versement", "fr"),
        ("Je peux payer en 3 fois", "fr"),
        ("the first payment", "en"),
        ("let me check", "en"),
    ],
)
def test_texts_without_a_date(text: str, lang: str) -> None:
    assert parse_date(text, lang, TODAY) is None  # type: ignore[arg-type]
