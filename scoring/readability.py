"""Flesch reading ease of the agent's words, per language, without touching textstat's global language.

French uses Kandel & Moles (207 − 1.015 × words/sentence − 73.6 × syllables/word), English uses Flesch
(206.835 − 1.015 × words/sentence − 84.6 × syllables/word). Syllables come from pyphen hyphenation points,
as textstat does for French; English uses the same pyphen count rather than CMUdict, whose load alone costs
about a second per process (a documented approximation).
"""

from __future__ import annotations

import re
from functools import lru_cache

from scoring.hyphenation import Hyphenator, hyphenator
from scoring.transcript import Lang

_COEFFICIENTS: dict[str, tuple[float, float, float]] = {
    "fr": (207.0, 1.015, 73.6),
    "en": (206.835, 1.015, 84.6),
}
_PYPHEN_LANG = {"fr": "fr_FR", "en": "en_US"}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…]+(?:\s|$)")


@lru_cache(maxsize=2)
def _hyphenator(lang: Lang) -> Hyphenator:
    return hyphenator(_PYPHEN_LANG[lang])


@lru_cache(maxsize=8192)
def _syllables(word: str, lang: Lang) -> int:
    return len(_hyphenator(lang).positions(word)) + 1


def counts(text: str, lang: Lang) -> tuple[int, int, int]:
    """(sentences, words, syllables) of ``text``."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0, 0, 0
    sentences = max(1, len([s for s in _SENTENCE_END.split(text.strip()) if _WORD.search(s)]))
    syllables = sum(_syllables(w, lang) for w in words)
    return sentences, len(words), syllables


def flesch(texts: list[str] | str, lang: Lang) -> float | None:
    """Reading ease of the given texts taken together (higher = easier); None when there are no words."""
    items = [texts] if isinstance(texts, str) else texts
    sentences = words = syllables = 0
    for text in items:
        s, w, y = counts(text, lang)
        sentences, words, syllables = sentences + s, words + w, syllables + y
    if not words:
        return None
    base, per_sentence, per_syllable = _COEFFICIENTS[lang]
    return round(base - per_sentence * words / sentences - per_syllable * syllables / words, 1)
