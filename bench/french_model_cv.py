"""Leave-one-set-out cross-validation of the French per-act models against the rules alone (prints JSON).

    .venv/bin/python -m bench.french_model_cv [--train-on-current-rules]

For each of the four development gold sets: fit on the other three (C, mode and threshold per act chosen by
an inner leave-one-set-out over those three only), then tag the left-out set. Two readings of the rules:
``first_run`` — each set as tagged by the rules before they were tuned on it (bench/data/fr_first_run_acts.json;
gold_fr_acts.yaml had no earlier rules, so its figures stay in-sample), the honest estimate for unseen
phrasings; and ``current`` — the current rules, tuned on all four sets, hence optimistic. For each: the rules
alone and the combination (the model reading those rules' acts as features). Per-act precision/recall per
left-out set, pooled over the four, and pooled over the three sets whose first-run rules had not seen them.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from bench.gold import CORE_ACTS
from bench.metrics import precision_recall_f1
from bench.train_french_model import SETS, Example, counts, fitted, load_examples

UNSEEN = (
    "gold_fr_acts_blind",
    "gold_fr_acts_dev2",
    "gold_fr_acts_dev3",
    "gold_fr_acts_dev4",
    "gold_fr_acts_dev5",
)
VARIANTS = ("rules_first_run", "combined_first_run", "rules_current", "combined_current")


def _figures(table: dict[str, list[int]]) -> dict[str, dict[str, float]]:
    out = {}
    for act, (tp, fp, fn) in table.items():
        prf = precision_recall_f1(tp, fp, fn)
        out[act] = {"p": round(prf["precision"], 2), "r": round(prf["recall"], 2), "n": tp + fn}
    return out


def _predictions(examples: Sequence[Example], model: Any, rules: str) -> dict[str, list[set[str]]]:
    return {
        "rules_first_run": [set(ex.first_run) for ex in examples],
        "combined_first_run": [model.decide(set(ex.first_run), ex.features("first")) for ex in examples],
        "rules_current": [set(ex.current) for ex in examples],
        "combined_current": [model.decide(set(ex.current), ex.features("current")) for ex in examples],
    }


def cross_validate(rules: str = "first") -> dict[str, Any]:
    data = load_examples()
    pooled = {v: {act: [0, 0, 0] for act in CORE_ACTS} for v in VARIANTS}
    unseen = {v: {act: [0, 0, 0] for act in CORE_ACTS} for v in VARIANTS}
    per_set: dict[str, Any] = {}
    for held in SETS:
        model, chosen = fitted({name: data[name] for name in SETS if name != held}, rules)
        predicted = _predictions(data[held], model, rules)
        per_set[held] = {"chosen": {k: chosen[k] for k in ("C", "modes", "thresholds", "added")}}
        for variant, acts in predicted.items():
            table = {act: counts(data[held], acts, act) for act in CORE_ACTS}
            for act, row in table.items():
                pooled[variant][act] = [a + b for a, b in zip(pooled[variant][act], row, strict=True)]
                if held in UNSEEN:
                    unseen[variant][act] = [a + b for a, b in zip(unseen[variant][act], row, strict=True)]
            per_set[held][variant] = _figures(table)
    return {
        "protocol": "leave one development set out; hyperparameters chosen inside the three training sets",
        "rule_features_when_fitting": "first_run" if rules == "first" else "current",
        "pooled": {v: _figures(pooled[v]) for v in VARIANTS},
        "pooled_unseen": {v: _figures(unseen[v]) for v in VARIANTS},
        "per_set": per_set,
    }


def main(argv: Sequence[str]) -> None:
    print(json.dumps(cross_validate("current" if "--train-on-current-rules" in argv else "first"), indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
