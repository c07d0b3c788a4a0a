"""Pure scoring domain: dialogue acts, rubric, compliance, feedback. No framework imports here.

Public surface (imported lazily so that ``import scoring.acts`` stays light):
``score_transcript``, ``score_tagged``, ``render_text``, ``Scorecard`` and ``content_files``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["Scorecard", "content_files", "render_text", "score_tagged", "score_transcript"]

_HERE = Path(__file__).resolve().parent
_CONTENT_FOLDERS = ("rules", "rewrites", "phrasebook", "lexicons")


def content_files() -> list[Path]:
    """Every YAML file that affects a score (rule packs, rewrites, phrase inventories, tagger lexicons), sorted,
    so that a stored scorecard can record what it was scored against."""
    found: list[Path] = []
    for folder in _CONTENT_FOLDERS:
        found.extend(p for p in (_HERE / folder).rglob("*") if p.suffix in {".yaml", ".yml"} and p.is_file())
    return sorted(found)


def __getattr__(name: str) -> Any:
    if name in ("score_transcript", "score_tagged"):
        from scoring import scorer

        return getattr(scorer, name)
    if name == "render_text":
        from scoring.report import render_text

        return render_text
    if name == "Scorecard":
        from scoring.scorecard import Scorecard

        return Scorecard
    raise AttributeError(f"module 'scoring' has no attribute {name!r}")
