"""Per-act linear models for French agent utterances, combined with the cue rules' decisions.

One binary logistic regression per core act over the features of fr_act_features.py (weights in a JSON
data file fitted by ``bench/train_french_model.py``; the rules' acts are among the features). Each act is then
decided in one of two modes chosen by cross-validation on the training sets: ``rule`` (the rules alone) or
``model``: an act the rules missed is added when its probability reaches the act's ``threshold`` and the
utterance carries none of its ``vetoes`` (named features such as ``cue:reassure``); an act the rules found is
dropped when its probability falls under the act's ``floor`` (0: never dropped). Pure Python: a dictionary
look-up and a sum per act. The file keeps the weights as thousandths in one packed array, decoded row by row
on first use: loading it stays quick.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

from scoring.tagging.fr_act_features import WORD_LEVEL_PREFIXES, word_features, word_scale
from scoring.tagging.packed_weights import pack_weights, unpack_weights

MODEL_PATH = Path(__file__).resolve().parent / "fr_act_model.json"
MODES = ("model", "rule")


class FrenchActModel:
    def __init__(
        self,
        acts: Sequence[str],
        intercept: Sequence[float],
        weights: Mapping[str, Sequence[float]],
        modes: Mapping[str, str] | None = None,
        thresholds: Mapping[str, float] | None = None,
        vetoes: Mapping[str, Sequence[str]] | None = None,
        floors: Mapping[str, float] | None = None,
        word_scale_powers: Mapping[str, float] | None = None,
    ) -> None:
        self.acts = tuple(acts)
        self.intercept = list(intercept)
        self.weights = weights
        self.modes = {act: (modes or {}).get(act, "model") for act in self.acts}
        self.thresholds = {act: (thresholds or {}).get(act, 0.5) for act in self.acts}
        self.vetoes = {act: tuple((vetoes or {}).get(act, ())) for act in self.acts}
        self.floors = {act: (floors or {}).get(act, 0.0) for act in self.acts}
        self.word_scale_powers = {act: (word_scale_powers or {}).get(act, 0.0) for act in self.acts}
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
        """Per-act probabilities from named features, plus ``words`` standing for their ``word_features``.

        Word-level features (the words, their n-grams, word pairs) are summed apart, then weighed per act by
        ``word_scale`` of the number of distinct words: ``words`` when given, else the ``w:`` features."""
        get = self.weights.get
        words = tuple(words)
        rows = [self._word_row(word) for word in words]
        others = [self.intercept]
        distinct = len(words)
        for name, value in feats.items():
            level = name.startswith(WORD_LEVEL_PREFIXES)
            distinct += name.startswith("w:")
            row = get(name)
            if row is not None:
                (rows if level else others).append(row if value == 1.0 else [value * w for w in row])
        scores = [sum(column) for column in zip(*others, strict=True)]
        if rows:
            scales = [word_scale(distinct, self.word_scale_powers[act]) for act in self.acts]
            sums = [sum(column) for column in zip(*rows, strict=True)]
            scores = [s + k * w for s, k, w in zip(scores, scales, sums, strict=True)]
        return {
            act: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s))))
            for act, s in zip(self.acts, scores, strict=True)
        }

    def decide(self, rule_acts: set[str], feats: Mapping[str, float], words: Iterable[str] = ()) -> set[str]:
        """The acts after combining the rules' decisions with the model's probabilities."""
        return self.combine(rule_acts, self.probabilities(feats, words), feats)

    def combine(
        self, rule_acts: set[str], probability: Mapping[str, float], feats: Mapping[str, float]
    ) -> set[str]:
        """The rules' acts, less those under their floor, plus those the model is confident the rules missed."""
        acts = set(rule_acts)
        for act in self.acts:
            if self.modes[act] == "rule":
                continue
            if act in rule_acts:
                if probability[act] < self.floors[act]:
                    acts.discard(act)
            elif probability[act] >= self.thresholds[act] and not any(feats.get(v) for v in self.vetoes[act]):
                acts.add(act)
        return acts

    def to_json(self, about: str) -> dict[str, object]:
        return {
            "about": about,
            "acts": list(self.acts),
            "intercept": [round(b, 4) for b in self.intercept],
            "modes": self.modes,
            "thresholds": {act: round(t, 3) for act, t in self.thresholds.items()},
            "floors": {act: round(f, 3) for act, f in self.floors.items() if f},
            "vetoes": {act: list(v) for act, v in self.vetoes.items() if v},
            "word_scale_powers": {act: p for act, p in self.word_scale_powers.items() if p},
            "features": sorted(self.weights),
            "weight_thousandths": pack_weights(self.weights, len(self.acts)),
        }


def load_model(path: Path) -> FrenchActModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    return FrenchActModel(
        data["acts"],
        data["intercept"],
        unpack_weights(data["features"], data["weight_thousandths"], len(data["acts"])),
        data["modes"],
        data["thresholds"],
        data.get("vetoes"),
        data.get("floors"),
        data.get("word_scale_powers"),
    )


@cache
def french_act_model(path: Path = MODEL_PATH) -> FrenchActModel | None:
    """The shipped model, or None when its file is absent (the tagger then uses the rules alone)."""
    return load_model(path) if path.is_file() else None
