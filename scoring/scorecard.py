"""The scorecard: what the rubric scorer returns (DESIGN §3 JSON shape, extended with transparent sub-scores).

Tools rely on ``overall``, ``dimensions``, ``violations``, ``evidence``, ``suggestions`` and ``metrics``;
``subscores``, ``lang``, ``jurisdiction``, ``weights`` and ``capped`` explain how the numbers were reached.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import PydanticSerializationError

from scoring.facts import Dimension, Jurisdiction
from scoring.transcript import Lang

Severity = Literal["blocker", "required", "bad"]

DIMENSIONS: tuple[Dimension, ...] = ("active_listening", "positive_language", "negotiation", "compliance")
DEFAULT_WEIGHTS: dict[Dimension, float] = {
    "active_listening": 0.25,
    "positive_language": 0.25,
    "negotiation": 0.25,
    "compliance": 0.25,
}
BLOCKER_CAP = 40.0


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Dimensions(_Model):
    active_listening: float
    positive_language: float
    negotiation: float
    compliance: float


class Violation(_Model):
    rule: str
    turn: int
    quote: str
    jurisdiction: str
    severity: Severity
    title: str = ""
    source: str = ""


class Evidence(_Model):
    dimension: Dimension
    turn: int
    quote: str
    note: str
    criterion: str | None = None


class Suggestion(_Model):
    turn: int
    original: str
    better: str
    why: str
    pattern: str = ""


class SubScore(_Model):
    """One transparent criterion of a dimension; ``score`` is None when it does not apply to this call."""

    name: str
    score: float | None
    weight: float
    note: str = ""
    turns: list[int] = Field(default_factory=list)


class Scorecard(_Model):
    overall: float
    dimensions: Dimensions
    violations: list[Violation] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    suggestions: list[Suggestion] = Field(default_factory=list)
    metrics: dict[str, float | int | str | None] = Field(default_factory=dict)
    subscores: dict[str, list[SubScore]] = Field(default_factory=dict)
    lang: Lang
    jurisdiction: Jurisdiction
    weights: dict[str, float] = Field(default_factory=dict)
    capped: bool = False

    def to_json_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json")

    def to_json_text(self) -> str:
        """Exactly ``json.dumps(self.to_json_dict(), ensure_ascii=False, indent=2)``, several times faster.

        pydantic-core writes the same text as the standard library except for floats that Python would put
        in exponent form or that are not finite, and for unencodable strings: those cards take the slow path.
        """
        if _plain_floats(self):
            try:
                return self.model_dump_json(indent=2)
            except PydanticSerializationError:
                pass
        return json.dumps(self.to_json_dict(), ensure_ascii=False, indent=2)


def _plain(value: object) -> bool:
    """Whether ``repr`` writes this float without an exponent (Python switches below 1e-4 and from 1e16)."""
    if not isinstance(value, float):
        return True
    return value == 0.0 or 1e-4 <= abs(value) < 1e16


def _plain_floats(card: Scorecard) -> bool:
    values: list[object] = [card.overall, *card.weights.values(), *card.metrics.values()]
    values += card.dimensions.__dict__.values()
    values += [v for subs in card.subscores.values() for s in subs for v in (s.score, s.weight)]
    return all(_plain(v) for v in values)
