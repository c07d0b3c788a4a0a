"""Cross-validated estimate of how the positive-language score ranks polite above impolite requests (TyDiP-fr).

    .venv/bin/python -m bench.tydip_cv

The one tuned number is ``GENERAL_MARKER_SCALE`` in ``scoring.dimensions.positive_language``: how much the
general politeness markers weigh against the collection inventory. The dev CSV is split into 5 stratified
folds (fixed seed); for each fold the scale is chosen on the other four (best AUC, ties to the smaller scale)
and the AUC is measured on the held-out fold. Prints one JSON object: per-fold choice and held-out AUC, their
mean, the scale the folds choose most often (the shipped one), and with the shipped scale the AUC of each fold
and of the full dev set.
"""

from __future__ import annotations

import json
import random
import statistics
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from unittest import mock

from bench.metrics import roc_auc
from bench.scorer_measures import BENCHMARKS, tydip_scores

FOLDS = 5
SEED = 20240501
SCALES = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
TYDIP = BENCHMARKS / "tydip-fr" / "dev.csv"


def stratified_folds(labels: Sequence[bool], folds: int = FOLDS, seed: int = SEED) -> list[int]:
    """Fold number of each item; each class is shuffled with a fixed seed and dealt round-robin."""
    rng = random.Random(seed)
    assignment = [0] * len(labels)
    for cls in (True, False):
        members = [i for i, label in enumerate(labels) if label is cls]
        rng.shuffle(members)
        for position, item in enumerate(members):
            assignment[item] = position % folds
    return assignment


def _auc_on(scores: Sequence[float], labels: Sequence[bool], keep: Sequence[bool]) -> float:
    return roc_auc(
        [s for s, k in zip(scores, keep, strict=True) if k],
        [y for y, k in zip(labels, keep, strict=True) if k],
    )


def scores_with_scale(scale: float, path: Path = TYDIP) -> tuple[list[float], list[bool]]:
    from scoring.dimensions import positive_language

    with mock.patch.object(positive_language, "GENERAL_MARKER_SCALE", scale):
        return tydip_scores(path)


def cross_validate(path: Path = TYDIP, scales: Sequence[float] = SCALES) -> dict[str, Any]:
    from scoring.dimensions import positive_language

    by_scale = {scale: scores_with_scale(scale, path) for scale in scales}
    labels = next(iter(by_scale.values()))[1]
    fold_of = stratified_folds(labels)
    per_fold = []
    for fold in range(FOLDS):
        train = [f != fold for f in fold_of]
        test = [f == fold for f in fold_of]
        best = max(scales, key=lambda s: (round(_auc_on(by_scale[s][0], labels, train), 6), -s))
        per_fold.append(
            {
                "fold": fold,
                "chosen_scale": best,
                "train_auc": round(_auc_on(by_scale[best][0], labels, train), 3),
                "heldout_auc": round(_auc_on(by_scale[best][0], labels, test), 3),
                "heldout_sentences": sum(test),
            }
        )
    shipped = positive_language.GENERAL_MARKER_SCALE
    full = tydip_scores(path)
    return {
        "data": str(path.relative_to(BENCHMARKS.parent))
        if path.is_relative_to(BENCHMARKS.parent)
        else str(path),
        "sentences": len(labels),
        "polite": sum(labels),
        "folds": per_fold,
        "cv_mean_heldout_auc": round(statistics.mean(f["heldout_auc"] for f in per_fold), 3),
        "cv_min_heldout_auc": min(f["heldout_auc"] for f in per_fold),
        "scale_chosen_most_often": _most_often([f["chosen_scale"] for f in per_fold]),
        "shipped_scale": shipped,
        "shipped_scale_fold_aucs": [
            round(_auc_on(full[0], labels, [f == fold for f in fold_of]), 3) for fold in range(FOLDS)
        ],
        "full_dev_auc_shipped": round(roc_auc(*full), 3),
        "target": 0.80,
    }


def _most_often(choices: Sequence[float]) -> float:
    """The scale the folds choose most often; ties go to the smaller scale (closer to the collection inventory)."""
    counts = Counter(choices)
    return min(counts, key=lambda scale: (-counts[scale], scale))


def main() -> None:
    if not TYDIP.exists():
        print(json.dumps({"error": f"TyDiP-fr not found at {TYDIP}"}))
        return
    print(json.dumps(cross_validate(), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
