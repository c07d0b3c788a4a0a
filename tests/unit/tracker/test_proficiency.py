from __future__ import annotations

import pytest

from tracker.proficiency import recency_weighted, tier


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (100, "excellent"),
        (90, "excellent"),
        (89.9, "proficient"),
        (75, "proficient"),
        (74.9, "developing"),
        (50, "developing"),
        (49.9, "needs_work"),
        (0, "needs_work"),
        (None, None),
    ],
)
def test_tiers_follow_the_published_bounds(score: float | None, expected: str | None) -> None:
    assert tier(score) == expected


def test_the_newest_session_weighs_most() -> None:
    assert recency_weighted([90.0, 50.0]) == round((90 + 0.8 * 50) / 1.8, 1)
    assert recency_weighted([50.0, 90.0]) < recency_weighted([90.0, 50.0])


def test_missing_scores_are_skipped_and_no_score_gives_none() -> None:
    assert recency_weighted([None, 80.0]) == 80.0
    assert recency_weighted([]) is None
