"""Per-act linear models for French agent utterances, combined with the cue rules' decisions.

One binary logistic regression per core act over the features of fr_act_features.py (weights in a JSON
data file fitted by ``bench/train_french_model.py``). Each act is then decided by a combination chosen by
cross-validation on the training sets: ``model`` (probability ≥ threshold, the rules' act being one of the
features), ``or`` (the rules' act, or a probability ≥ threshold), ``and`` (the rules' act confirmed by a
probability ≥ threshold) or ``rule`` (the rules alone). An act may also be barred from being added by the model
when the utterance carries one of its ``vetoes`` (named features such as ``cue:reassure``). Pure Python: a dictionary look-up and a sum per act.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

from scoring.tagging.fr_act_features import word_features

MODEL_PATH = Path(__file__).resolve().parent / "fr_act_model.json"
MODES = ("model", "or", "and", "rule")


def combine(mode: str, by_rules: bool, confident: bool) -> bool:
    """Whether an act is kept, from the rules' decision and whether the model's probability reaches its threshold."""
    if mode == "rule":
        return by_rules
    if mode == "model":
        return confident
    if mode == "or":
        return by_rules or confident
    return by_rules and confident


class FrenchActModel:
    def __init__(
        self,
        acts: Sequence[str],
        intercept: Sequence[float],
        weights: Mapping[str, Sequence[float]],
        modes: Mapping[str, str] | None = None,
        thresholds: Mapping[str, float] | None = None,
        vetoes: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.acts = tuple(acts)
        self.intercept = list(intercept)
        self.weights = weights
        self.modes = {act: (modes or {}).get(act, "model") for act in self.acts}
        self.thresholds = {act: (thresholds or {}).get(act, 0.5) for act in self.acts}
        self.vetoes = {act: tuple((vetoes or {}).get(act, ())) for act in self.acts}
        self._word_rows: dict[str, list[float]] = {}

    def _word_row(self, word: str) -> list[float]:
        # The summed weights of a word and its n-grams, cached: words recur from one utterance to the next.
        row = self._word_rows.get(word)
        if row is None:
            if len(self._word_rows) >= 20000:
                self._word_rows.clear()
            row = [0.0] * len(self.acts)
            for name in word_features(word):
                weights = self.weights.get(name)
                if weights is not None:
                    row = [a + b for a, b in zip(row, weights, strict=True)]
            self._word_rows[word] = row
        return row

    def probabilities(self, feats: Mapping[str, float], words: Iterable[str] = ()) -> dict[str, float]:
        """Per-act probabilities from named features, plus ``words`` standing for their ``word_features``."""
        get = self.weights.get
        scores = list(self.intercept)
        for word in words:
            for i, w in enumerate(self._word_row(word)):
                scores[i] += w
        for name, value in feats.items():
            row = get(name)
            if row is not None:
                for i, w in enumerate(row):
                    scores[i] += value * w
        return {
            act: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s))))
            for act, s in zip(self.acts, scores, strict=True)
        }

    def decide(self, rule_acts: set[str], feats: Mapping[str, float], words: Iterable[str] = ()) -> set[str]:
        """The acts after combining the rules' decisions with the model's probabilities."""
        probability = self.probabilities(feats, words)
        acts = set(rule_acts)
        for act in self.acts:
            confident = probability[act] >= self.thresholds[act]
            if confident and act not in rule_acts and any(feats.get(v) for v in self.vetoes[act]):
                confident = False
            if combine(self.modes[act], act in rule_acts, confident):
                acts.add(act)
            else:
                acts.discard(act)
        return acts

    def to_json(self, about: str) -> dict[str, object]:
        return {
            "about": about,
            "acts": list(self.acts),
            "intercept": [round(b, 4) for b in self.intercept],
            "modes": self.modes,
            "thresholds": {act: round(t, 3) for act, t in self.thresholds.items()},
            "vetoes": {act: list(v) for act, v in self.vetoes.items() if v},
            "weights": {name: list(row) for name, row in sorted(self.weights.items())},
        }


def load_model(path: Path) -> FrenchActModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    return FrenchActModel(
        data["acts"],
        data["intercept"],
        data["weights"],
        data["modes"],
        data["thresholds"],
        data.get("vetoes"),
    )


@cache
def french_act_model(path: Path = MODEL_PATH) -> FrenchActModel | None:
    """The shipped model, or None when its file is absent (the tagger then uses the rules alone)."""
    return load_model(path) if path.is_file() else None
