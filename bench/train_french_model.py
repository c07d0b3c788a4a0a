"""Fit the French per-act models on the four development gold sets and write their weights (JSON).

    .venv/bin/python -m bench.train_french_model

Each core act gets a binary logistic regression over the features of scoring/tagging/fr_act_features.py (all
items: those where the rules found the act teach the model what it looks like). Its only role is to add an act
the rules missed (mode ``or``), never to overrule an act they found, and never to add an offer (a statement of
the debt reads much like one; the simulator's calibration rests on the rules' offers). The rules' acts enter as
features, read from ``bench/data/fr_first_run_acts.json``: each item as tagged by the rules before they were
tuned on its set, so that the model learns what rules that have not seen a phrasing miss (the current rules are
near-perfect on these sets, and a model fitted on them would learn nothing to add). The inverse regularisation
C, the probability threshold of each act and the cues that bar it (``VETO_SETS``) are chosen by
leave-one-set-out cross-validation on the training sets (``choose``): the best pooled F1 among the settings
whose additions are precise (``MIN_ADDED_PRECISION``); an act with no such setting keeps the rules alone. Items
where an act is debatable (``allowed``) are left out of that act's fitting and count neither way in the figures.
Fitting needs the training extras (scikit-learn, numpy, scipy); the shipped model and the tagger do not.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

from bench.gold import CORE_ACTS, GOLD_DIR, GoldItem, load_gold
from scoring.tagging.fr_act_features import act_features
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
)
FIRST_RUN = Path(__file__).resolve().parent / "data" / "fr_first_run_acts.json"
C_GRID = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 19))
NEVER_ADDED: frozenset[str] = frozenset()
# In the inner cross-validation, the acts the model adds must be right at least this often, and in at least
# MIN_ADDED_RIGHT items, or the act keeps the rules alone.
MIN_ADDED_PRECISION = 0.85
MIN_ADDED_RIGHT = 2
# Features that may bar the model from adding an act (chosen per act, as subsets, by the same cross-validation):
# reassurance, advice or information addressed to the debtor, and an answer to the debtor's question.
VETO_CANDIDATES = ("cue:reassure", "cue:advice", "prev_asks")
VETO_SETS = tuple(
    tuple(v for k, v in enumerate(VETO_CANDIDATES) if mask >> k & 1)
    for mask in reversed(range(2 ** len(VETO_CANDIDATES)))
)
MIN_ITEMS = 2  # a feature must occur in at least this many training items
PRUNE = 2e-3
ABOUT = "French per-act weights fitted on the four development gold sets (bench/train_french_model.py)"


@dataclass(frozen=True)
class Example:
    set_name: str
    item: GoldItem
    folded: str
    first_run: frozenset[str]  # the rules' acts before they were tuned on this item's set
    current: frozenset[str]  # the current rules' acts

    def features(self, rules: str) -> dict[str, float]:
        return act_features(self.folded, self.rule_acts(rules), self.item.context_turns())

    def rule_acts(self, rules: str) -> frozenset[str]:
        return self.first_run if rules == "first" else self.current

    def label(self, act: str) -> int | None:
        """1 expected, 0 wrong, None debatable (allowed)."""
        if act in self.item.expected:
            return 1
        return None if act in self.item.allowed else 0


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
                rules_only_acts(item),
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
    coef = np.zeros((len(CORE_ACTS), len(names)))
    intercept = []
    for a, act in enumerate(CORE_ACTS):
        keep = [i for i, ex in enumerate(examples) if ex.label(act) is not None]
        labels = np.array([examples[i].label(act) for i in keep])
        if len(set(labels.tolist())) < 2:  # nothing to learn: the act is never (or always) there
            intercept.append(10.0 if labels.size and labels[0] == 1 else -10.0)
            continue
        strength = c if isinstance(c, float) else c[act]
        clf = LogisticRegression(C=strength, max_iter=5000)  # lbfgs: the intercept is not shrunk
        clf.fit(matrix[keep], labels)
        coef[a] = clf.coef_[0]
        intercept.append(float(clf.intercept_[0]))
    table = {}
    for j, name in enumerate(names):
        row = [round(float(w), 4) for w in coef[:, j]]
        if any(abs(w) >= PRUNE for w in row):
            table[name] = row
    return FrenchActModel(CORE_ACTS, intercept, table)


def counts(
    examples: Sequence[Example], predicted: Sequence[set[str] | frozenset[str]], act: str
) -> list[int]:
    """tp, fp, fn as bench.gold.evaluate_gold counts them."""
    tp = fp = fn = 0
    for ex, acts in zip(examples, predicted, strict=True):
        expected = act in ex.item.expected
        if act in acts and expected:
            tp += 1
        elif act in acts and act not in ex.item.allowed:
            fp += 1
        elif expected:
            fn += 1
    return [tp, fp, fn]


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose(sets: Mapping[str, Sequence[Example]], rules: str = "first") -> dict[str, Any]:
    """C, mode, threshold and vetoes per act by leave-one-set-out cross-validation over ``sets``."""
    order = [ex for name in sets for ex in sets[name]]
    probabilities: dict[float, list[dict[str, float]]] = {}
    for c in C_GRID:
        by_id: dict[str, dict[str, float]] = {}
        for held in sets:
            model = fit([ex for name in sets if name != held for ex in sets[name]], c, rules)
            for ex in sets[held]:
                by_id[ex.item.id] = model.probabilities(ex.features(rules))
        probabilities[c] = [by_id[ex.item.id] for ex in order]
    rule_acts = [ex.rule_acts(rules) for ex in order]
    feats = [ex.features(rules) for ex in order]
    chosen: dict[str, Any] = {"C": {}, "modes": {}, "thresholds": {}, "vetoes": {}, "f1": {}, "added": {}}
    for act in CORE_ACTS:
        best = (f1(*counts(order, rule_acts, act)), "rule", C_GRID[0], 0.5, (), [0, 0])
        settings = [(c, t, v) for c in C_GRID for t in sorted(THRESHOLDS, reverse=True) for v in VETO_SETS]
        for c, t, vetoes in settings if act not in NEVER_ADDED else ():  # on a tie, the stricter setting
            probs = probabilities[c]
            barred = [any(f.get(v) for v in vetoes) for f in feats]
            decided = [
                act in r or (p[act] >= t and not b) for r, p, b in zip(rule_acts, probs, barred, strict=True)
            ]
            added = [
                (ex, {act}) for ex, r, d in zip(order, rule_acts, decided, strict=True) if d and act not in r
            ]
            right, wrong, _ = counts([ex for ex, _ in added], [acts for _, acts in added], act)
            if right < MIN_ADDED_RIGHT or right < MIN_ADDED_PRECISION * (right + wrong):
                continue
            score = f1(*counts(order, [{act} if d else set() for d in decided], act))
            if score > best[0] + 1e-9:
                best = (score, "or", c, t, vetoes, [right, wrong])
        for key, value in zip(("f1", "modes", "C", "thresholds", "vetoes", "added"), best, strict=True):
            chosen[key][act] = value
    return chosen


def fitted(
    sets: Mapping[str, Sequence[Example]], rules: str = "first"
) -> tuple[FrenchActModel, dict[str, Any]]:
    chosen = choose(sets, rules)
    model = fit([ex for name in sets for ex in sets[name]], chosen["C"], rules)
    model.modes.update(chosen["modes"])
    model.thresholds.update(chosen["thresholds"])
    model.vetoes.update(chosen["vetoes"])
    # An act the rules decide alone needs no weights: dropping them keeps the file small and the sum short.
    used = [i for i, act in enumerate(model.acts) if model.modes[act] != "rule"]
    for name, row in list(model.weights.items()):
        kept = [w if i in used else 0.0 for i, w in enumerate(row)]
        if any(abs(w) >= PRUNE for w in kept):
            model.weights[name] = kept
        else:
            del model.weights[name]
    return model, chosen


def main(argv: Sequence[str]) -> None:
    model, chosen = fitted(load_examples())
    MODEL_PATH.write_text(
        json.dumps(model.to_json(ABOUT), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(json.dumps({"written": str(MODEL_PATH), "features": len(model.weights), **chosen}, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
