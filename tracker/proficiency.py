"""Proficiency tiers and the recency-weighted score they are read from."""

from __future__ import annotations

from collections.abc import Sequence

# (lower bound, tier), highest first.
TIERS = ((90.0, "excellent"), (75.0, "proficient"), (50.0, "developing"), (0.0, "needs_work"))
TIER_LABELS = {
    "excellent": ("Excellent", "Excellent"),
    "proficient": ("Maîtrisé", "Proficient"),
    "developing": ("En progression", "Developing"),
    "needs_work": ("À travailler", "Needs work"),
}
RECENCY_DECAY = 0.8  # each older session counts 0.8 times the next newer one


def tier(score: float | None) -> str | None:
    """Excellent ≥ 90, Proficient 75–89, Developing 50–74, Needs work < 50 (None without a score)."""
    if score is None:
        return None
    for bound, name in TIERS:
        if score >= bound:
            return name
    return "needs_work"


def recency_weighted(
    scores_newest_first: Sequence[float | None], decay: float = RECENCY_DECAY
) -> float | None:
    """Weighted mean where the newest session weighs most; missing scores are skipped."""
    total = weights = 0.0
    weight = 1.0
    for score in scores_newest_first:
        if score is not None:
            total += weight * score
            weights += weight
        weight *= decay
    return round(total / weights, 1) if weights else None
