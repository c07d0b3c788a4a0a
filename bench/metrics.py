"""Small evaluation helpers shared by the benchmarks (no third-party dependency)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence


def roc_auc(scores: Sequence[float], positives: Sequence[bool]) -> float:
    """Area under the ROC curve: the chance that a random positive outscores a random negative (ties 1/2)."""
    pos = [s for s, p in zip(scores, positives, strict=True) if p]
    neg = [s for s, p in zip(scores, positives, strict=True) if not p]
    if not pos or not neg:
        raise ValueError("ROC AUC needs at least one positive and one negative")
    ranked = sorted(scores)
    # Mid-rank of each score value (1-based), so ties count one half.
    first: dict[float, int] = {}
    last: dict[float, int] = {}
    for rank, value in enumerate(ranked, start=1):
        first.setdefault(value, rank)
        last[value] = rank
    rank_sum = sum((first[s] + last[s]) / 2 for s in pos)
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def precision_recall_f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def macro_f1(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> tuple[float, dict[str, float]]:
    """Macro-averaged F1 over the gold classes, and the F1 of each class."""
    per_class: dict[str, float] = {}
    for label in sorted(set(gold), key=str):
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p != label)
        per_class[str(label)] = precision_recall_f1(tp, fp, fn)["f1"]
    return round(sum(per_class.values()) / len(per_class), 3), per_class
