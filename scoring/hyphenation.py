"""Hyphenation points from pyphen's pattern dictionaries, with the parsed patterns kept between runs.

Parsing a dictionary is most of what it costs to count English syllables in a new process (about 0.1 s for
en_US, eleven thousand patterns); reading the same patterns back from the user's cache folder takes a few
milliseconds. The points are Liang's: every pattern found in the word, dotted at both ends, raises the values
between its letters, and an odd value marks a place to hyphenate. The answers are pyphen's own, which a test
checks word by word.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from scoring.cache_file import cache_path, read_json, write_json

# letters → (offset of the first value, values); lists as read back from the cache, tuples from pyphen
Patterns = dict[str, tuple[int, Sequence[int]] | list]  # type: ignore[type-arg]


class Hyphenator:
    """Hyphenation points of lower-case words, keeping ``left``/``right`` letters before the first/after the last."""

    def __init__(self, patterns: Patterns, left: int = 2, right: int = 2) -> None:
        self.patterns = patterns
        self.longest = max(map(len, patterns), default=0)
        self.left, self.right = left, right

    def positions(self, word: str) -> list[int]:
        dotted = f".{word.lower()}."
        values = [0] * (len(dotted) + 1)
        for start in range(len(dotted) - 1):
            for end in range(start + 1, min(start + self.longest, len(dotted)) + 1):
                found = self.patterns.get(dotted[start:end])
                if found is None:
                    continue
                offset, raised = found
                for k, value in enumerate(raised, start + offset):
                    if value > values[k]:
                        values[k] = value
        last = len(word) - self.right
        return [i - 1 for i, value in enumerate(values) if value % 2 and self.left <= i - 1 <= last]


def hyphenator(lang: str) -> Hyphenator:
    """The hyphenator of a pyphen language (``fr_FR``, ``en_US``), from the cache folder when it is there."""
    import pyphen

    path = Path(pyphen.LANGUAGES[pyphen.language_fallback(lang)])
    prefix = f"hyphenation-{lang}-"
    kept = cache_path(
        prefix, hashlib.sha256(path.read_bytes() + pyphen.__version__.encode()).hexdigest()[:16]
    )
    patterns = _read(kept)
    if patterns is None:
        patterns = dict(pyphen.Pyphen(filename=path, cache=False).hd.patterns)
        # Nonstandard hyphenation (« ff=f ») carries more than a number per point: such patterns are not kept.
        if all(type(value) is int for _, values in patterns.values() for value in values):
            write_json(
                kept,
                {letters: [offset, list(values)] for letters, (offset, values) in patterns.items()},
                prefix,
            )
    return Hyphenator(patterns)


def _read(path: Path) -> Patterns | None:
    data = read_json(path)
    shaped = isinstance(data, dict) and all(
        isinstance(entry, list) and len(entry) == 2 and type(entry[0]) is int and isinstance(entry[1], list)
        for entry in data.values()
    )
    return data if shaped else None
