"""A set of regex families searched as one: a single needle scan tells which families can match at all.

Python's ``re`` tries every branch of a large alternation at every position; most utterances hold the
literals of few families, so scanning for the literals once and running only those families is cheaper.
The answer is the same as searching the whole alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scoring.dimensions.prefilter import NeedleScan, Prefiltered


class Families:
    def __init__(self, patterns: Iterable[str]) -> None:
        filters = [Prefiltered.of(re.compile(p)) for p in patterns]
        self._always = tuple(f.regex for f in filters if f.needles is None)
        by_needle: dict[str, list[re.Pattern[str]]] = {}
        for f in filters:
            for needle in f.needles or ():
                by_needle.setdefault(needle, []).append(f.regex)
        self._by_needle = by_needle
        self._scan = NeedleScan(filters)

    def search(self, text: str) -> bool:
        """Whether any family matches somewhere in ``text``."""
        if any(regex.search(text) for regex in self._always):
            return True
        tried: set[re.Pattern[str]] = set()
        for needle in self._scan.present(text):
            for regex in self._by_needle[needle]:
                if regex not in tried:
                    tried.add(regex)
                    if regex.search(text):
                        return True
        return False
