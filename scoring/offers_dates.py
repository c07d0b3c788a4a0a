"""Payment dates said in French or English, resolved against the day of the call.

Conventions (the same for every caller):
- a weekday (« vendredi », « vendredi prochain », "Friday", "next Friday") is its next occurrence after today;
- a day without a month (« le 5 », "the 5th") is the next 5th after today (this month or the next);
- a day and month without a year is the next such date from today on, except within the last three months
  (« votre courrier du 12 octobre » said on 28 October is 12 October, not next year);
- « la semaine prochaine » / "next week" is next Monday; « fin de semaine » the coming Friday;
- « fin du mois » the last day of this month; « début du mois prochain » / "next month" the 1st of next month;
- numeric dates are day/month in French and month/day in English ("12/05" is December 5), unless only the
  other reading is a real date ("25/12" is December 25 in both).
Texts are expected lower-cased with numbers already in digits (see ``offers_numbers``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from functools import cache

from scoring.dimensions.prefilter import NeedleIndex, prefiltered

_FR_MONTHS = {
    "janvier": 1,
    "janv": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fév": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
    "dec": 12,
}
_EN_MONTHS = (
    {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
    | {name.lower(): index for index, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)
_FR_DAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
_EN_DAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
FR_MONTH_NAMES = (
    "",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


Resolver = Callable[[re.Match[str], dt.date], dt.date | None]

_RECENT_PAST_DAYS = 92
_N = r"(?<![\d/.,-])"  # a number that is not the tail of a reference, a phone number or a decimal
_YEAR = r"(?:\s+(\d{4}))?"


def _add_months(day: dt.date, months: int, day_of_month: int | None = None) -> dt.date | None:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    wanted = day_of_month or day.day
    return dt.date(year, month, min(wanted, calendar.monthrange(year, month)[1]))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def next_day_of_month(day_of_month: int, today: dt.date) -> dt.date | None:
    if not 1 <= day_of_month <= 31:
        return None
    for months in range(1, 13):
        first = _add_months(today.replace(day=1), months - 1, 1)
        assert first is not None
        candidate = _safe_date(first.year, first.month, day_of_month)
        if candidate is not None and candidate > today:
            return candidate
    return None


def _day_month(day: int, month: int, year: str | None, today: dt.date) -> dt.date | None:
    if year:
        return _safe_date(int(year), month, day)
    candidate = _safe_date(today.year, month, day)
    if candidate is not None and (today - candidate).days > _RECENT_PAST_DAYS:
        candidate = _safe_date(today.year + 1, month, day)
    return candidate


def _numeric(first: int, second: int, year: str | None, today: dt.date, month_first: bool) -> dt.date | None:
    full_year = None if year is None else (int(year) + 2000 if len(year) == 2 else int(year))
    day, month = (second, first) if month_first else (first, second)
    if month > 12 and day <= 12:
        day, month = month, day
    if not (1 <= month <= 12):
        return None
    return _day_month(day, month, str(full_year) if full_year else None, today)


def _weekday(target: int, today: dt.date) -> dt.date:
    return today + dt.timedelta(days=(target - today.weekday() - 1) % 7 + 1)


def _span(unit: str, count: int, today: dt.date) -> dt.date | None:
    if unit.startswith(("jour", "day")):
        return today + dt.timedelta(days=count)
    if unit.startswith(("semaine", "week")):
        return today + dt.timedelta(weeks=count)
    return _add_months(today, count)


def _end_of_month(today: dt.date, months_ahead: int = 0) -> dt.date:
    month_end = _add_months(today.replace(day=1), months_ahead, 1)
    assert month_end is not None
    return month_end.replace(day=calendar.monthrange(month_end.year, month_end.month)[1])


def _count(word: str) -> int:
    return 1 if word in {"un", "une", "a", "an", "one"} else int(word)


_COUNT = r"(\d{1,3}|une?|an?|one)"
_NUMERIC = _N + r"(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])"
_ISO = _N + r"(\d{4})-(\d{2})-(\d{2})\b"

_FR_RULES: list[tuple[str, Resolver]] = [
    (_ISO, lambda m, t: _safe_date(int(m[1]), int(m[2]), int(m[3]))),
    (_NUMERIC, lambda m, t: _numeric(int(m[1]), int(m[2]), m[3], t, month_first=False)),
    (
        _N + rf"(\d{{1,2}})(?:er)?\s+({_alternation(_FR_MONTHS)})\b\.?{_YEAR}",
        lambda m, t: _day_month(int(m[1]), _FR_MONTHS[m[2]], m[3], t),
    ),
    (r"\baprès[- ]demain\b", lambda m, t: t + dt.timedelta(days=2)),
    (r"\bdemain\b", lambda m, t: t + dt.timedelta(days=1)),
    (
        r"\b(?:aujourd(?:'| )?hui|ce soir|maintenant|tout de suite|immédiatement|dès ce jour|sur-le-champ)\b",
        lambda m, t: t,
    ),
    (rf"\bdans\s+{_COUNT}\s+(jours?|semaines?|mois)\b", lambda m, t: _span(m[2], _count(m[1]), t)),
    (r"\bd'ici\s+(?:15|quinze) jours\b", lambda m, t: t + dt.timedelta(days=15)),
    (r"\bfin (?:du|de) mois prochain\b", lambda m, t: _end_of_month(t, 1)),
    (r"\bfin (?:du|de|de ce) mois\b", lambda m, t: _end_of_month(t)),
    (
        r"\b(?:fin de (?:la |cette )?semaine|en fin de semaine)\b",
        lambda m, t: t + dt.timedelta(days=(4 - t.weekday()) % 7),
    ),
    (r"\bsemaine prochaine\b", lambda m, t: _weekday(0, t)),
    (
        r"\b(?:début (?:du |de )?mois(?: prochain)?|(?:le )?mois prochain)\b",
        lambda m, t: _add_months(t.replace(day=1), 1, 1),
    ),
    (rf"\b({_alternation(_FR_DAYS)})\b", lambda m, t: _weekday(_FR_DAYS[m[1]], t)),
    (
        r"\b(?:le|du|au|dès le|à partir du|avant le|pour le)\s+(\d{1,2})(?:er)?\b"
        r"(?!\s*(?:€|euros?|fois|%|h\b|heures?|mois|jours?|semaines?|ans?|mensualités?|versements?|[.,/]?\d))",
        lambda m, t: next_day_of_month(int(m[1]), t),
    ),
]

_EN_RULES: list[tuple[str, Resolver]] = [
    (_ISO, lambda m, t: _safe_date(int(m[1]), int(m[2]), int(m[3]))),
    (_NUMERIC, lambda m, t: _numeric(int(m[1]), int(m[2]), m[3], t, month_first=True)),
    (
        rf"\b({_alternation(_EN_MONTHS)})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?",
        lambda m, t: _day_month(int(m[2]), _EN_MONTHS[m[1]], m[3], t),
    ),
    (
        _N + rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_alternation(_EN_MONTHS)})\b\.?(?:,?\s+(\d{{4}}))?",
        lambda m, t: _day_month(int(m[1]), _EN_MONTHS[m[2]], m[3], t),
    ),
    (r"\b(?:the )?day after tomorrow\b", lambda m, t: t + dt.timedelta(days=2)),
    (r"\btomorrow\b", lambda m, t: t + dt.timedelta(days=1)),
    (r"\b(?:today|tonight|right now|right away|immediately|straight away)\b", lambda m, t: t),
    (rf"\bin\s+{_COUNT}\s+(days?|weeks?|months?)\b", lambda m, t: _span(m[2], _count(m[1]), t)),
    (r"\bin a fortnight\b", lambda m, t: t + dt.timedelta(days=14)),
    (r"\bend of next month\b", lambda m, t: _end_of_month(t, 1)),
    (r"\bend of (?:the |this )?month\b", lambda m, t: _end_of_month(t)),
    (r"\bend of (?:the |this )?week\b", lambda m, t: t + dt.timedelta(days=(4 - t.weekday()) % 7)),
    (r"\bnext week\b", lambda m, t: _weekday(0, t)),
    (
        r"\b(?:(?:start|beginning) of (?:the )?next month|next month)\b",
        lambda m, t: _add_months(t.replace(day=1), 1, 1),
    ),
    (rf"\b({_alternation(_EN_DAYS)})\b", lambda m, t: _weekday(_EN_DAYS[m[1]], t)),
    (
        r"\b(?:on |by |from |starting |before )?the\s+(\d{1,2})(?:st|nd|rd|th)\b"
        r"(?!\s+(?:payment|instal|installment|time|month|week|day|one|go|step|thing|call|letter))",
        lambda m, t: next_day_of_month(int(m[1]), t),
    ),
    (
        r"\b(?:on|by|from|starting|before)\s+(\d{1,2})(?:st|nd|rd|th)\b",
        lambda m, t: next_day_of_month(int(m[1]), t),
    ),
]


def _compile(rules: list[tuple[str, Resolver]]) -> list[tuple[re.Pattern[str], Resolver]]:
    return [(re.compile(pattern), resolve) for pattern, resolve in rules]


RULES: dict[str, list[tuple[re.Pattern[str], Resolver]]] = {
    "fr": _compile(_FR_RULES),
    "en": _compile(_EN_RULES),
}


@cache
def _rule_index(lang: str) -> NeedleIndex[int]:
    """Which date rules (by position) can match a text: most turns name no date at all."""
    return NeedleIndex({position: prefiltered(pattern) for position, (pattern, _) in enumerate(RULES[lang])})


def find_dates(text: str, lang: str, today: dt.date) -> list[tuple[int, int, dt.date]]:
    """Every date expression of a normalised text as (start, end, date), in text order, without overlaps."""
    found: list[tuple[int, int, dt.date]] = []
    rules = "en" if lang == "en" else "fr"
    possible = _rule_index(rules).possible(text)
    for position, (pattern, resolve) in enumerate(RULES[rules]):
        if position not in possible:  # an earlier rule still wins an overlap: the order is kept
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < other_end and other_start < end for other_start, other_end, _ in found):
                continue
            resolved = resolve(match, today)
            if resolved is not None:
                found.append((start, end, resolved))
    return sorted(found)
