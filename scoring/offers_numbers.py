"""Numbers written in words (French and English) turned into digits, so later patterns only see digits.

« deux cent cinquante euros » → « 250 euros », "forty-five a month" → "45 a month", "the fifteenth" → "the 15th".
A lone « un »/« une »/"one" is left alone: it is far more often an article or a pronoun than a number.
"""

from __future__ import annotations

import re

_FR_UNITS = {
    "zéro": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}
_EN_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_HUNDRED = {"cent", "cents", "hundred"}
_THOUSAND = {"mille", "thousand"}
_LONE = {"un", "une", "one"}
_VALUES = {**_FR_UNITS, **_EN_UNITS, **dict.fromkeys(_HUNDRED, 100), **dict.fromkeys(_THOUSAND, 1000)}

_EN_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}

_WORD = "|".join(sorted(_VALUES, key=len, reverse=True))
_RUN = re.compile(rf"\b(?:{_WORD})(?:(?:[\s-]+(?:(?:et|and)[\s-]+)?)(?:{_WORD}))*\b")
_SPLIT = re.compile(r"[\s-]+")
_A_HUNDRED = re.compile(r"\ba (hundred|thousand)\b")
_ORDINAL = re.compile(
    r"\b(?:(twenty|thirty)[\s-])?(" + "|".join(sorted(_EN_ORDINALS, key=len, reverse=True)) + r")\b"
)
# « le premier » is a date only when no noun follows (« le premier versement » is not).
_NOT_A_DAY = r"(?!\s+(?:versement|paiement|prélèvement|mois|échéance|mensualité|virement|chèque|appel|rappel|courrier))"
_PREMIER = re.compile(r"\b(le|du|au|dès le) premier\b" + _NOT_A_DAY)


def words_to_number(words: str) -> int | None:
    """Value of a run of number words (« quatre-vingt-dix », "two hundred and fifty"); None if not one."""
    tokens = [token for token in _SPLIT.split(words.strip().lower()) if token not in {"et", "and", ""}]
    if not tokens or any(token not in _VALUES for token in tokens):
        return None
    total = current = 0
    previous = ""
    for token in tokens:
        if token in _HUNDRED:
            current = (current or 1) * 100
        elif token in _THOUSAND:
            total += (current or 1) * 1000
            current = 0
        elif token in {"vingt", "vingts"} and previous == "quatre":
            current += 80 - 4  # « quatre-vingt » is 4 × 20, and the 4 was already added
        else:
            current += _VALUES[token]
        previous = token
    return total + current


def _replace_run(match: re.Match[str]) -> str:
    text = match.group(0)
    if text in _LONE:
        return text
    value = words_to_number(text)
    return text if value is None else str(value)


def _replace_ordinal(match: re.Match[str]) -> str:
    tens = {"twenty": 20, "thirty": 30}.get(match.group(1) or "", 0)
    value = tens + _EN_ORDINALS[match.group(2)]
    if value > 31:
        return match.group(0)
    suffix = "th" if 10 < value % 100 < 14 else _SUFFIX.get(value % 10, "th")
    return f"{value}{suffix}"


def digits_for_words(text: str) -> str:
    """``text`` (already lower-cased) with every number written in words replaced by its digits."""
    text = _A_HUNDRED.sub(r"one \1", text)
    text = _ORDINAL.sub(_replace_ordinal, text)
    text = _PREMIER.sub(r"\1 1er", text)
    return _RUN.sub(_replace_run, text)
