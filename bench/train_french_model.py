"""Fit the French per-act models on the development gold sets and write their weights (JSON).

    .venv/bin/python -m bench.train_french_model [--cache FILE]

Each core act gets a binary logistic regression over the features of scoring/tagging/fr_act_features.py, the
rules' acts among them. The model does not replace the rules: it adds an act they missed when it is confident,
and drops one they found when it is nearly sure the rules were wrong (bench/french_model_selection.py chooses
how, per act). The rules' acts enter as features read from ``bench/data/fr_first_run_acts.json``: each item as
tagged by the rules before they were tuned on its set, so that the model learns what rules that have not seen
a phrasing get wrong (the current rules are near-perfect on these sets, and a model fitted on them would learn
nothing). The settings are chosen on out-of-set probabilities: each set's items scored by a model fitted on the
other sets (``--cache`` keeps those fits between runs). Items where an act is debatable (``allowed``) are left
out of that act's fitting. Fitting needs the training extras (scikit-learn, numpy, scipy); the shipped model
and the tagger do not.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

from bench.french_model_selection import C_GRID, MIN_ADDED_PRECISION, Probabilities, select
from bench.gold import CORE_ACTS, GOLD_DIR, GoldItem, load_gold
from scoring.tagging.fr_act_features import WORD_LEVEL_PREFIXES, act_features, word_scale
from scoring.tagging.fr_act_model import MODEL_PATH, FrenchActModel
from scoring.tagging.spoken_fr import normalise_spoken
from scoring.tagging.text import fold

SETS = (
    "gold_fr_acts",
    "gold_fr_acts_blind",
    "gold_fr_acts_dev2",
    "gold_fr_acts_dev3",
    "gold_fr_acts_dev4",
    "gold_fr_acts_dev5",
    "gold_fr_acts_dev6",
    "gold_fr_acts_dev7",
    "gold_fr_acts_dev8",
    "gold_fr_acts_dev9",
    "gold_fr_acts_dev10",
    "gold_fr_acts_dev11",
    "gold_fr_acts_dev12",
    "gold_fr_acts_dev13",
    "gold_fr_acts_dev14",
    "gold_fr_acts_dev15",
    "gold_fr_acts_dev16",
    "gold_fr_acts_dev17",
    "gold_fr_acts_dev18",
    "gold_fr_acts_dev19",
    "gold_fr_acts_dev20",
    "gold_fr_acts_dev21",
)
FIRST_RUN = Path(__file__).resolve().parent / "data" / "fr_first_run_acts.json"
MIN_ITEMS = 2  # a feature must occur in at least this many training items
# Acts whose word-level features are weighed by (distinct words) ** -power (fr_act_features.word_scale). Over
# twenty-two sets, leave-one-set-out, 0.5 raised reflection from 0.82 / 0.74 to 0.82 / 0.78 (on the whole calls of
# dev15, dev17, dev20 and dev21, 0.84 / 0.67 to 0.86 / 0.76): summed at full weight, the many common n-grams of a
# long turn add up to a confident score. The same power lowered offer (0.89 / 0.85 to 0.85 / 0.81), negative
# framing (0.88 / 0.61 to 0.89 / 0.57) and empathy (0.88 / 0.82 to 0.89 / 0.78), which keep full weights.
WORD_SCALE_POWERS = {"reflection": 0.5}
PRUNE = 2e-3
ABOUT = "French per-act weights fitted on the development gold sets (bench/train_french_model.py)"


@dataclass(frozen=True)
class Example:
    set_name: str
    item: GoldItem
    folded: str
    first_run: frozenset[str]  # the rules' acts before they were tuned on this item's set
    # Computed once on demand: the current rules' acts (rarely needed) and the features, which selection
    # reads many times.
    _current: list[frozenset[str]] = field(default_factory=list, compare=False, repr=False)
    _features: dict[str, dict[str, float]] = field(default_factory=dict, compare=False, repr=False)

    def features(self, rules: str) -> dict[str, float]:
        if rules not in self._features:
            self._features[rules] = act_features(
                self.folded, self.rule_acts(rules), self.item.context_turns()
            )
        return self._features[rules]

    def rule_acts(self, rules: str) -> frozenset[str]:
        """The rules' acts: as first run on this item's set (``first``), or as the rules stand now."""
        if rules == "first":
            return self.first_run
        if not self._current:
            self._current.append(rules_only_acts(self.item))
        return self._current[0]


def rules_only_acts(item: GoldItem) -> frozenset[str]:
    from scoring.tagger import tag_utterance

    with mock.patch("scoring.tagger.french_act_model", lambda: None):
        return frozenset(tag_utterance(item.text, "fr", item.context_turns()))


def load_examples() -> dict[str, list[Example]]:
    first = json.loads(FIRST_RUN.read_text(encoding="utf-8"))["acts"]
    out: dict[str, list[Example]] = {}
    for name in SETS:
        out[name] = [
            Example(
                name,
                item,
                normalise_spoken(fold(item.text)),
                frozenset(first[item.id]),
            )
            for item in load_gold(GOLD_DIR / f"{name}.yaml")
        ]
    return out


def fit(examples: Sequence[Example], c: float | Mapping[str, float], rules: str = "first") -> FrenchActModel:
    try:
        import numpy as np
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise SystemExit(f"fitting needs the training extras: pip install -e '.[train]' ({error})") from error
    feats = [ex.features(rules) for ex in examples]
    seen: Counter[str] = Counter(name for f in feats for name in f)
    names = sorted(n for n, count in seen.items() if count >= MIN_ITEMS and n != "bias")
    column = {n: i for i, n in enumerate(names)}
    rows, cols, values = [], [], []
    for r, f in enumerate(feats):
        for name, value in f.items():
            if name in column:
                rows.append(r)
                cols.append(column[name])
                values.append(value)
    matrix = csr_matrix((values, (rows, cols)), shape=(len(feats), len(names)))
    word_level = np.array([n.startswith(WORD_LEVEL_PREFIXES) for n in names], dtype=bool)
    distinct = [sum(name.startswith("w:") for name in f) for f in feats]
    coef = np.zeros((len(CORE_ACTS), len(names)))
    intercept = []
    for a, act in enumerate(CORE_ACTS):
        keep = [i for i, ex in enumerate(examples) if ex.item.label(act) is not None]
        labels = np.array([examples[i].item.label(act) for i in keep])
        if len(set(labels.tolist())) < 2:  # nothing to learn: the act is never (or always) there
            intercept.append(10.0 if labels.size and labels[0] == 1 else -10.0)
            continue
        strength = c if isinstance(c, float) else c[act]
        clf = LogisticRegression(C=strength, max_iter=5000)  # lbfgs: the intercept is not shrunk
        clf.fit(_scaled(matrix, word_level, distinct, WORD_SCALE_POWERS.get(act, 0.0))[keep], labels)
        coef[a] = clf.coef_[0]
        intercept.append(float(clf.intercept_[0]))
    table = {}
    for j, name in enumerate(names):
        row = [round(float(w), 3) for w in coef[:, j]]
        if any(abs(w) >= PRUNE for w in row):
            table[name] = row
    return FrenchActModel(CORE_ACTS, intercept, table, word_scale_powers=WORD_SCALE_POWERS)


def _scaled(matrix: Any, word_level: Any, distinct: Sequence[int], power: float) -> Any:
    """``matrix`` with its word-level columns weighed per row as ``word_scale`` says (itself when power is 0)."""
    if not power:
        return matrix
    import numpy as np
    from scipy.sparse import csr_matrix

    scale = np.array([word_scale(n, power) for n in distinct])
    row_of_entry = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    factor = np.where(word_level[matrix.indices], scale[row_of_entry], 1.0)
    return csr_matrix((matrix.data * factor, matrix.indices, matrix.indptr), shape=matrix.shape)


def out_of_set_probabilities(
    sets: Mapping[str, Sequence[Example]], rules: str = "first", cache: Path | None = None
) -> tuple[list[Example], Probabilities]:
    """Every item of ``sets``, and its per-act probabilities for each C from a model fitted without its set.

    These fits are the slow part (one per set and C); ``cache`` keeps them in a JSON file, reused only when it
    was computed from the same items, labels, features and C grid.
    """
    order = [ex for name in sets for ex in sets[name]]
    key = _fingerprint(order, rules)
    if cache is not None and cache.is_file():
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if stored.get("key") == key:
            return order, {float(c): rows for c, rows in stored["probabilities"].items()}
    probabilities: Probabilities = {}
    for c in C_GRID:
        by_id: dict[str, dict[str, float]] = {}
        for held in sets:
            model = fit([ex for name in sets if name != held for ex in sets[name]], c, rules)
            for ex in sets[held]:
                by_id[ex.item.id] = model.probabilities(ex.features(rules))
            print(f"C={c}: fitted without {held}", file=sys.stderr, flush=True)
        probabilities[c] = [by_id[ex.item.id] for ex in order]
    if cache is not None:
        cache.write_text(json.dumps({"key": key, "probabilities": probabilities}), encoding="utf-8")
    return order, probabilities


def _fingerprint(order: Sequence[Example], rules: str) -> str:
    digest = hashlib.sha256(json.dumps([C_GRID, MIN_ITEMS, rules, WORD_SCALE_POWERS]).encode())
    for ex in order:
        labels = [ex.set_name, ex.item.id, ex.item.expected, ex.item.allowed]
        digest.update(json.dumps([labels, sorted(ex.features(rules).items())], ensure_ascii=False).encode())
    return digest.hexdigest()


def fitted(
    sets: Mapping[str, Sequence[Example]],
    rules: str = "first",
    gate: float = MIN_ADDED_PRECISION,
    cache: Path | None = None,
) -> tuple[FrenchActModel, dict[str, Any]]:
    """The settings chosen on out-of-set probabilities, and the model fitted on all of ``sets`` with them."""
    order, probabilities = out_of_set_probabilities(sets, rules, cache)
    chosen = select(order, probabilities, rules, gate)
    return final_model(order, chosen, rules), chosen


def with_settings(model: FrenchActModel, chosen: Mapping[str, Any]) -> FrenchActModel:
    """``model`` combined with the rules as ``chosen`` says (modes, thresholds, vetoes, floors)."""
    model.modes.update(chosen["modes"])
    model.thresholds.update(chosen["thresholds"])
    model.vetoes.update(chosen["vetoes"])
    model.floors.update(chosen["floors"])
    return model


def final_model(
    examples: Sequence[Example], chosen: Mapping[str, Any], rules: str = "first"
) -> FrenchActModel:
    """The model fitted on every training item with the chosen settings."""
    model = with_settings(fit(examples, chosen["C"], rules), chosen)
    # An act the rules decide alone needs no weights: dropping them keeps the file small and the sum short.
    used = [i for i, act in enumerate(model.acts) if model.modes[act] != "rule"]
    for name, row in list(model.weights.items()):
        kept = [w if i in used else 0.0 for i, w in enumerate(row)]
        if any(abs(w) >= PRUNE for w in kept):
            model.weights[name] = kept
        else:
            del model.weights[name]
    return model


def cache_argument(argv: Sequence[str]) -> Path | None:
    """``--cache FILE``: where the out-of-set probabilities are kept between runs."""
    return Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None


def main(argv: Sequence[str]) -> None:
    model, chosen = fitted(load_examples(), cache=cache_argument(argv))
    MODEL_PATH.write_text(
        json.dumps(model.to_json(ABOUT), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(json.dumps({"written": str(MODEL_PATH), "features": len(model.weights), **chosen}, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
