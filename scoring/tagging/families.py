"""A set of regex families searched as one: a single needle scan tells which families can match at all.

Python's ``re`` tries every branch of a large alternation at every position; most utterances hold the
literals of few families, so scanning for the literals once and running only those families is cheaper.
The answer is the same as searching the whole alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scoring.dimensions.prefilter import NeedleIndex, Prefiltered


class Families:
    def __init__(self, patterns: Iterable[str]) -> None:
        self._index = NeedleIndex({f.regex: f for f in (Prefiltered.of(re.compile(p)) for p in patterns)})

    def search(self, text: str) -> bool:
        """Whether any family matches somewhere in ``text``."""
        return any(regex.search(text) for regex in self._index.possible(text))
