"""The default line library of a locale (simulator/voices/lines/<locale>.yaml), validated at load."""

from __future__ import annotations

import functools
from pathlib import Path

from pydantic import Field, model_validator

from amiable.content import ContentError, StrictModel, load_model
from simulator.catalog_checks import slot_problems
from simulator.models.vocabulary import INTENTS, Emotion, Locale

LINES_DIR = Path(__file__).parent / "lines"


class LineLibrary(StrictModel):
    locale: Locale
    openers: tuple[str, ...] = ()  # short lead-ins that vary a line when its pool runs dry
    lines: dict[str, tuple[str, ...]]  # by intent, or "intent.variant"
    moods: dict[Emotion, tuple[str, ...]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check_keys(self) -> LineLibrary:
        unknown = sorted(key for key in self.lines if key.split(".", 1)[0] not in INTENTS)
        if unknown:
            raise ValueError(f"lines: unknown intent {', '.join(unknown)}")
        missing = sorted(set(INTENTS) - set(self.lines))
        if missing:
            raise ValueError(f"lines: every intent needs lines; missing {', '.join(missing)}")
        return self


def library_problems(source: str, library: LineLibrary) -> list[str]:
    problems: list[str] = []
    for key, lines in library.lines.items():
        for index, line in enumerate(lines):
            problems.extend(slot_problems(source, f"lines.{key}[{index}]", line))
    for emotion, lines in library.moods.items():
        for index, line in enumerate(lines):
            problems.extend(slot_problems(source, f"moods.{emotion}[{index}]", line))
    return problems


def read_library(path: Path) -> LineLibrary:
    library = load_model(path, LineLibrary)
    problems = library_problems(str(path), library)
    if problems:
        raise ContentError(problems)
    return library


@functools.cache
def load_library(locale: str) -> LineLibrary:
    """The shipped library of ``locale`` (cached)."""
    return read_library(LINES_DIR / f"{locale}.yaml")
