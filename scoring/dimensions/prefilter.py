"""Literal pre-filters for content regexes: skip a search when the text cannot hold a match.

``needles(pattern)`` reads the parsed regex and returns substrings of which every match must contain at
least one (or None when no such set can be proven, e.g. under ``(?i)`` or when a branch may match without a
literal). A text holding none of them cannot match, so ``Prefiltered.search`` answers None without running
the regex; otherwise it runs the regex itself, so every match, group and quote stays exactly the same.
Most turns hit few of the many phrase categories and rules: a few ``in`` tests replace most regex searches.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Hashable, Mapping
from functools import cache
from pathlib import Path
from re import _constants as sre  # the stdlib's own regex parser: the exact grammar ``re`` compiles
from re import _parser as sre_parse
from typing import Generic, TypeVar

import ahocorasick

from scoring.dimensions.needle_store import NeedleStore, store_path

_MAX_ALTERNATIVES = 48  # beyond this many strings a run is split rather than expanded
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

Strings = frozenset[str]
K = TypeVar("K", bound=Hashable)
_STORE = NeedleStore(store_path(Path(__file__)))


def _exact(op: object, av: object) -> Strings | None:
    """Every string this item can match, when that is a small finite set (zero-width items match "")."""
    if op is sre.LITERAL:
        return frozenset({chr(av)})  # type: ignore[arg-type]
    if op in _ZERO_WIDTH:
        return frozenset({""})
    if op is sre.IN:
        items = av  # type: ignore[assignment]
        if all(code is sre.LITERAL for code, _ in items) and len(items) <= 8:  # type: ignore[attr-defined]
            return frozenset(chr(value) for _, value in items)  # type: ignore[attr-defined]
        return None
    if op is sre.SUBPATTERN:
        _, add_flags, _, sub = av  # type: ignore[misc]
        return None if add_flags & re.IGNORECASE else _exact_sequence(sub)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            strings = _exact_sequence(branch)
            if strings is None:
                return None
            found |= strings
        return frozenset(found) if len(found) <= _MAX_ALTERNATIVES else None
    if op in _REPEATS:
        low, high, sub = av  # type: ignore[misc]
        inner = _exact_sequence(sub)
        if inner is None or high > 3:
            return None
        strings = {""} if low == 0 else set()
        for count in range(max(low, 1), high + 1):
            strings |= {"".join(parts) for parts in itertools.product(inner, repeat=count)}
        return frozenset(strings) if len(strings) <= _MAX_ALTERNATIVES else None
    return None


def _exact_sequence(items: sre_parse.SubPattern | list) -> Strings | None:  # type: ignore[type-arg]
    strings: Strings = frozenset({""})
    for op, av in items:
        part = _exact(op, av)
        if part is None:
            return None
        strings = frozenset(a + b for a in strings for b in part)
        if len(strings) > _MAX_ALTERNATIVES:
            return None
    return strings


def _required(op: object, av: object) -> Strings | None:
    """Strings one of which the text matched by this (non-finite) item must contain."""
    if op is sre.SUBPATTERN:
        _, add_flags, _, sub = av  # type: ignore[misc]
        return None if add_flags & re.IGNORECASE else _required_sequence(sub)
    if op is sre.ATOMIC_GROUP:
        return _required_sequence(av)  # type: ignore[arg-type]
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            strings = _required_sequence(branch)
            if strings is None:
                return None
            found |= strings
        return frozenset(found)
    if op in _REPEATS:
        low, _, sub = av  # type: ignore[misc]
        return _required_sequence(sub) if low >= 1 else None
    return None


def _repeated(op: object, av: object) -> Strings | None:
    """The strings one copy of an unbounded but required repeat can match (``x+``, ``(?:ab|c){2,}``)."""
    if op not in _REPEATS or av[0] < 1:  # type: ignore[index]
        return None
    inner = _exact_sequence(av[2])  # type: ignore[index]
    return inner if inner and "" not in inner else None


def _usable(strings: Strings | None) -> Strings | None:
    return strings if strings and "" not in strings else None


def _required_sequence(items: sre_parse.SubPattern | list) -> Strings | None:  # type: ignore[type-arg]
    """The best requirement among the items of a sequence: each alone is necessary, so any one will do."""
    candidates: list[Strings] = []
    run: Strings = frozenset({""})
    for op, av in items:
        part = _exact(op, av)
        if part is not None:
            joined = frozenset(a + b for a in run for b in part)
            if len(joined) <= _MAX_ALTERNATIVES:
                run = joined
                continue
            if usable := _usable(run):
                candidates.append(usable)
            run = part
            continue
        if (repeated := _repeated(op, av)) is not None:
            # « pf+ »: the text before the repeat runs into its first copy, and its last copy into what follows.
            joined = frozenset(a + b for a in run for b in repeated)
            if usable := _usable(joined if len(joined) <= _MAX_ALTERNATIVES else run):
                candidates.append(usable)
            run = repeated
            continue
        if usable := _usable(run):
            candidates.append(usable)
        run = frozenset({""})
        if usable := _usable(_required(op, av)):
            candidates.append(usable)
    if usable := _usable(run):
        candidates.append(usable)
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


def _minimal(strings: Strings) -> tuple[str, ...]:
    """Drop strings that contain another one: finding the shorter one is already enough."""
    kept: list[str] = []
    for s in sorted(strings, key=len):
        if not any(k in s for k in kept):
            kept.append(s)
    return tuple(kept)


def needles(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Substrings one of which every match of ``pattern`` contains; None when no such set is known."""
    key = f"{flags}:{pattern}"
    if key not in _STORE:
        _STORE[key] = _worked_out(pattern, flags)
    return _STORE[key]


def _worked_out(pattern: str, flags: int) -> tuple[str, ...] | None:
    parsed = sre_parse.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _required_sequence(parsed)
    return _minimal(found) if found else None


class Prefiltered:
    """A compiled regex with its needles; ``search`` gives exactly the regex's answer."""

    __slots__ = ("needles", "regex")

    def __init__(self, regex: re.Pattern[str], found: tuple[str, ...] | None) -> None:
        self.regex = regex
        self.needles = found

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> Prefiltered:
        return cls(regex, needles(regex.pattern, regex.flags & ~re.UNICODE))

    def possible(self, text: str) -> bool:
        return self.needles is None or any(needle in text for needle in self.needles)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.possible(text) else None


class NeedleIndex(Generic[K]):
    """Which of many keyed pre-filters can match a text: one Aho-Corasick pass (in C) finds the needles the text
    holds, each standing for the keys it lets through."""

    def __init__(self, filters: Mapping[K, Prefiltered]) -> None:
        self.always = frozenset(key for key, f in filters.items() if f.needles is None)
        by_needle: dict[str, set[K]] = {}
        for key, f in filters.items():
            for needle in f.needles or ():
                by_needle.setdefault(needle, set()).add(key)
        self._automaton: ahocorasick.Automaton | None = None
        if by_needle:
            self._automaton = ahocorasick.Automaton()
            for needle, keys in by_needle.items():
                self._automaton.add_word(needle, frozenset(keys))
            self._automaton.make_automaton()
        _STORE.save()  # the needles of these filters are all known by now: keep them for the next run

    def possible(self, text: str) -> set[K]:
        """The keys whose pattern may match ``text`` (or any part of it); the others cannot."""
        keys = set(self.always)
        if self._automaton is not None:
            for _, found in self._automaton.iter(text):
                keys |= found
        return keys


@cache
def prefiltered(regex: re.Pattern[str]) -> Prefiltered:
    """``Prefiltered.of(regex)``, worked out once per compiled regex and process."""
    return Prefiltered.of(regex)
