"""Text normalisation shared by the cue lexicons and the tagger."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "«": '"', "»": '"', "“": '"', "”": '"'})
_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?;…])\s+|\s+:\s+|\s*\n\s*")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lowercase, straight apostrophes, accents removed, whitespace collapsed."""
    lowered = text.translate(_APOSTROPHES).lower()
    if not lowered.isascii():
        decomposed = unicodedata.normalize("NFKD", lowered)
        lowered = "".join(c for c in decomposed if not unicodedata.combining(c))
        lowered = lowered.replace("œ", "oe").replace("æ", "ae")
    return _SPACES.sub(" ", lowered).strip()


def sentences(folded: str) -> list[str]:
    """Sentence-like chunks; the final punctuation stays with its sentence."""
    return [s for s in _SENTENCE_END.split(folded) if s.strip()]


def tokens(folded: str) -> list[str]:
    return _TOKEN.findall(folded)


def stem(word: str) -> str:
    """A crude stem: enough to match « payer » with « paie » or « licencié » with « licenciement »."""
    word = word.split("'")[-1] if "'" in word and len(word.split("'")[-1]) > 2 else word
    return word[:5] if len(word) > 5 else word


def bucket(value: int, edges: tuple[int, ...]) -> str:
    """The name of the first edge ``value`` does not exceed, or ``>last``: counts as categorical features."""
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"
