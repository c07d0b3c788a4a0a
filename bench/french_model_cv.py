"""Leave-one-set-out figures of the French act model against the rules alone (prints JSON).

    .venv/bin/python -m bench.french_model_cv [--gates 0.85,0.9] [--cache FILE] [--train-on-current-rules]

For each development gold set: its items are tagged with the probabilities of a model fitted without that set,
combined with the rules under the settings (C, thresholds, vetoes, floors) that ``select`` chooses on the
other sets' out-of-set probabilities. Those other probabilities come from models that did see the left-out
set, so the setting choice is not strictly nested (a nested run fits each model once per pair of sets, about
ten times as long); the probabilities of the left-out items themselves never saw it. The rules are read as
first run (``bench/data/fr_first_run_acts.json``: each set as tagged by the rules before they were tuned on
it), the honest stand-in for phrasings the rules have not seen; ``gold_fr_acts`` had no earlier rules, so
the pooled figures leave it out. ``--gates`` compares precision gates for additions at no extra cost.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

from bench.french_model_selection import MIN_ADDED_PRECISION, counts, select
from bench.gold import CORE_ACTS
from bench.metrics import precision_recall_f1
from bench.train_french_model import (
    SETS,
    cache_argument,
    load_examples,
    out_of_set_probabilities,
    with_settings,
)
from scoring.tagging.fr_act_model import FrenchActModel

# Every set but the first, whose cues were written on it, was unseen by the rules when first run.
UNSEEN = SETS[1:]


def _figures(table: dict[str, list[int]]) -> dict[str, dict[str, float]]:
    out = {}
    for act, (tp, fp, fn) in table.items():
        prf = precision_recall_f1(tp, fp, fn)
        out[act] = {"p": round(prf["precision"], 2), "r": round(prf["recall"], 2), "n": tp + fn}
    return out


def cross_validate(argv: Sequence[str]) -> dict[str, Any]:
    rules = "current" if "--train-on-current-rules" in argv else "first"
    gates = (
        tuple(float(g) for g in argv[argv.index("--gates") + 1].split(","))
        if "--gates" in argv
        else (MIN_ADDED_PRECISION,)
    )
    order, probabilities = out_of_set_probabilities(load_examples(), rules, cache_argument(argv))
    rule_acts = [set(ex.rule_acts(rules)) for ex in order]
    pooled = {gate: {act: [0, 0, 0] for act in CORE_ACTS} for gate in (*gates, "rules")}
    per_set: dict[str, Any] = {}
    for held in SETS:
        inside = [i for i, ex in enumerate(order) if ex.set_name == held]
        outside = [i for i, ex in enumerate(order) if ex.set_name != held]
        held_items = [order[i] for i in inside]
        tables = {"rules": {a: counts(held_items, [rule_acts[i] for i in inside], a) for a in CORE_ACTS}}
        per_set[held] = {"rules": _figures(tables["rules"])}
        for gate in gates:
            chosen = select(
                [order[i] for i in outside],
                {c: [rows[i] for i in outside] for c, rows in probabilities.items()},
                rules,
                gate,
            )
            shell = with_settings(FrenchActModel(CORE_ACTS, [0.0] * len(CORE_ACTS), {}), chosen)
            predicted = [
                shell.combine(
                    rule_acts[i],
                    {a: probabilities[chosen["C"][a]][i][a] for a in CORE_ACTS},
                    order[i].features(rules),
                )
                for i in inside
            ]
            tables[gate] = {a: counts(held_items, predicted, a) for a in CORE_ACTS}
            per_set[held][str(gate)] = _figures(tables[gate])
        if held in UNSEEN:
            for name, table in tables.items():
                for act, row in table.items():
                    pooled[name][act] = [a + b for a, b in zip(pooled[name][act], row, strict=True)]
    return {
        "protocol": "leave one development set out; settings chosen on the other sets' out-of-set probabilities",
        "rule_features_when_fitting": "first_run" if rules == "first" else "current",
        "pooled_unseen": {str(name): _figures(table) for name, table in pooled.items()},
        "per_set": per_set,
    }


def main(argv: Sequence[str]) -> None:
    print(json.dumps(cross_validate(argv), indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
