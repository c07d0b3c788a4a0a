"""A linear model (weights in a JSON data file) deciding reflection / question / other for English.

Two weight files are shipped: one for whole transcripts, which also reads how the debtor answered, and one
for live calls, where the answer is not known when the agent's turn is tagged. Both are fitted on AnnoMI by
``bench/train_utterance_model.py``. The model runs in pure Python: a dictionary look-up and a sum per class.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from scoring.tagging.utterance_features import IdfTable

MODEL_DIR = Path(__file__).resolve().parent
MODEL_PATHS = {
    "transcript": MODEL_DIR / "en_utterance_model.json",
    "live": MODEL_DIR / "en_utterance_model_live.json",
}
CLASSES = ("reflection", "question", "other")


class UtteranceModel:
    """Multinomial linear scores; fitted classes beyond ``CLASSES`` (e.g. therapist input) count as other."""

    def __init__(
        self,
        classes: Sequence[str],
        intercept: Sequence[float],
        weights: Mapping[str, Sequence[float]],
        offsets: Mapping[str, float] | None = None,
        idf: IdfTable | None = None,
    ) -> None:
        self.classes = tuple(classes)
        self.idf = idf
        self.base = [b + (offsets or {}).get(c, 0.0) for c, b in zip(self.classes, intercept, strict=True)]
        self.weights = weights

    def scores(self, feats: Mapping[str, float]) -> list[float]:
        get = self.weights.get
        rows = [self.base]
        for name, value in feats.items():
            row = get(name)
            if row is not None:
                rows.append(row if value == 1.0 else [value * w for w in row])
        return [sum(column) for column in zip(*rows, strict=True)]

    def probabilities(self, feats: Mapping[str, float]) -> dict[str, float]:
        scores = self.scores(feats)
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: v / total for c, v in zip(self.classes, exp, strict=True)}

    def predict(self, feats: Mapping[str, float]) -> str:
        scores = self.scores(feats)
        best = self.classes[max(range(len(scores)), key=scores.__getitem__)]
        return best if best in CLASSES else "other"

    def to_json(self, about: str, offsets: Mapping[str, float]) -> dict[str, object]:
        raw = [b - offsets.get(c, 0.0) for c, b in zip(self.classes, self.base, strict=True)]
        return {
            "about": about,
            "classes": list(self.classes),
            "intercept": [round(b, 5) for b in raw],
            "offsets": dict(offsets),
            "idf_unseen": None if self.idf is None else round(self.idf.unseen, 3),
            "idf": {} if self.idf is None else dict(sorted(self.idf.idf.items())),
            "weights": {name: list(row) for name, row in sorted(self.weights.items())},
        }


def load_model(path: Path) -> UtteranceModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    idf = IdfTable(data["idf"], data["idf_unseen"]) if data.get("idf") else None
    return UtteranceModel(data["classes"], data["intercept"], data["weights"], data.get("offsets"), idf)


@cache
def english_model(reads_reply: bool) -> UtteranceModel | None:
    """The transcript model (``reads_reply``: the debtor's answer is known) or the live one."""
    path = MODEL_PATHS["transcript" if reads_reply else "live"]
    return load_model(path) if path.is_file() else None
