"""Curated positive-language inventories (FR/EN YAML) and the cue lists the other dimensions listen for."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field

from amiable.content import ContentError, StrictModel, load_model
from scoring.transcript import Lang

FOLDER = Path(__file__).resolve().parent


class Category(StrictModel):
    polarity: Literal["positive", "negative"]
    weight: float
    label: str
    patterns: list[str]
    unless: list[str] = Field(default_factory=list)


class PhrasebookFile(StrictModel):
    lang: Lang
    categories: dict[str, Category]
    cues: dict[str, list[str]]


_MEMO_LIMIT = 50_000
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower case, plain apostrophes and quotes, hyphens inside words removed, single spaces."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("«", '"').replace("»", '"')
    return _SPACES.sub(" ", _HYPHEN.sub("", text)).strip()


@dataclass(frozen=True)
class Hit:
    category: str
    label: str
    polarity: str
    weight: float
    match: str


class Phrasebook:
    """Compiled inventory for one language."""

    def __init__(self, data: PhrasebookFile, source: str) -> None:
        self.lang = data.lang
        self.categories = data.categories
        # Several dimensions ask the same cue of the same turn; remember the answers (bounded).
        self._memo: dict[tuple[str, str], bool] = {}
        self._category_re = {
            name: _compile(c.patterns, f"{source}: categories.{name}") for name, c in data.categories.items()
        }
        self._cue_re = {name: _compile(p, f"{source}: cues.{name}") for name, p in data.cues.items()}
        for name, category in data.categories.items():
            for other in category.unless:
                if other not in self._category_re and other not in self._cue_re:
                    raise ContentError(
                        [f"{source}: categories.{name}.unless: unknown category or cue {other!r}"]
                    )

    @property
    def category_regexes(self) -> Mapping[str, re.Pattern[str]]:
        """Each category's compiled pattern, by name, in the inventory's order."""
        return self._category_re

    def hits(self, normalised: str, only: Collection[str] | None = None) -> list[Hit]:
        """Categories present in a normalised agent utterance (``unless`` categories cancel a hit); ``only``
        limits the search to those categories (the others are known not to match)."""
        found: list[Hit] = []
        for name, regex in self._category_re.items():
            if only is not None and name not in only:
                continue
            match = regex.search(normalised)
            if match is None:
                continue
            category = self.categories[name]
            if any(self.has(normalised, other) for other in category.unless):
                continue
            found.append(Hit(name, category.label, category.polarity, category.weight, match.group(0)))
        return found

    def has(self, normalised: str, name: str) -> bool:
        key = (normalised, name)
        found = self._memo.get(key)
        if found is None:
            regex = self._cue_re.get(name) or self._category_re.get(name)
            if regex is None:
                raise KeyError(name)
            if len(self._memo) > _MEMO_LIMIT:
                self._memo.clear()
            found = self._memo[key] = regex.search(normalised) is not None
        return found

    def find(self, normalised: str, name: str) -> str | None:
        regex = self._cue_re.get(name) or self._category_re[name]
        match = regex.search(normalised)
        return match.group(0) if match else None

    def count(self, normalised: str, name: str) -> int:
        regex = self._cue_re.get(name) or self._category_re[name]
        return len(regex.findall(normalised))


def _compile(patterns: list[str], where: str) -> re.Pattern[str]:
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error as exc:
        raise ContentError([f"{where}: invalid pattern ({exc})"]) from None


@lru_cache(maxsize=2)
def phrasebook(lang: Lang) -> Phrasebook:
    path = FOLDER / f"{lang}.yaml"
    return Phrasebook(load_model(path, PhrasebookFile), str(path))


def files() -> list[Path]:
    return sorted(FOLDER.glob("*.yaml"))
