"""The French gold sets of agent acts (tests/data/gold_fr_acts*.yaml) and their per-act evaluation.

``gold_fr_acts.yaml`` is the development set the French cues were written against; ``gold_fr_acts_blind.yaml``
was written independently of the cues and estimates how the tagger generalises to unseen phrasings.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator

from amiable.content import StrictModel, load_model
from bench.metrics import precision_recall_f1
from scoring.acts import ACTS
from scoring.tagger import tag_utterance
from scoring.transcript import Turn

GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "data"
GOLD_FR = GOLD_DIR / "gold_fr_acts.yaml"
GOLD_FR_BLIND = GOLD_DIR / "gold_fr_acts_blind.yaml"
# The acts whose precision and recall the French gold sets must reach (issue's accuracy criteria).
CORE_ACTS = (
    "reflection",
    "open_question",
    "closed_question",
    "empathy",
    "threat",
    "negative_framing",
    "offer",
)


class GoldTurn(StrictModel):
    agent: str | None = None
    debtor: str | None = None

    @model_validator(mode="after")
    def _one_speaker(self) -> GoldTurn:
        if (self.agent is None) == (self.debtor is None):
            raise ValueError("give exactly one of agent or debtor")
        return self

    def turn(self) -> Turn:
        return (
            Turn(speaker="agent", text=self.agent)
            if self.agent is not None
            else Turn(speaker="debtor", text=self.debtor or "")
        )


class GoldItem(StrictModel):
    id: str
    situation: str
    context: list[GoldTurn]
    text: str
    expected: list[str]
    forbidden: list[str]
    allowed: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _known_acts(self) -> GoldItem:
        for act in (*self.expected, *self.forbidden, *self.allowed):
            if act not in ACTS:
                raise ValueError(f"unknown act {act!r}")
        if set(self.expected) & set(self.forbidden):
            raise ValueError("an act cannot be both expected and forbidden")
        return self

    def context_turns(self) -> list[Turn]:
        return [t.turn() for t in self.context]

    def label(self, act: str) -> int | None:
        """1 expected, 0 a false alarm if tagged, None debatable (allowed: counted neither way)."""
        if act in self.expected:
            return 1
        return None if act in self.allowed else 0


class GoldSet(StrictModel):
    items: list[GoldItem]


def load_gold(path: Path = GOLD_FR) -> list[GoldItem]:
    return load_model(path, GoldSet).items


def tally(tagged: bool, label: int | None) -> tuple[int, int, int]:
    """One item's (tp, fp, fn) for an act, from whether it was tagged and its ``GoldItem.label``."""
    return (int(tagged and label == 1), int(tagged and label == 0), int(not tagged and label == 1))


def tag_counts(items: list[GoldItem], lang: str = "fr") -> tuple[dict[str, list[int]], list[str]]:
    """The tagger's (tp, fp, fn) per act on ``items``, and the forbidden acts it tagged (``item:act``)."""
    counts = {act: [0, 0, 0] for act in ACTS}
    forbidden_hits: list[str] = []
    for item in items:
        predicted = set(tag_utterance(item.text, lang, item.context_turns()))  # type: ignore[arg-type]
        for act in ACTS:
            counts[act] = [
                a + b for a, b in zip(counts[act], tally(act in predicted, item.label(act)), strict=True)
            ]
        forbidden_hits += [f"{item.id}:{a}" for a in sorted(predicted & set(item.forbidden))]
    return counts, forbidden_hits


def evaluate_gold(items: list[GoldItem], lang: str = "fr") -> dict[str, object]:
    """Per-act precision/recall/F1: a predicted act outside ``expected`` and ``allowed`` is a false alarm."""
    counts, forbidden_hits = tag_counts(items, lang)
    per_act = {
        act: {**precision_recall_f1(*counts[act]), "support": counts[act][0] + counts[act][2]} for act in ACTS
    }
    return {"items": len(items), "per_act": per_act, "forbidden_violations": forbidden_hits}
