"""Accuracy checks of the rubric scorer against human-labelled data and the hand-written transcript pairs."""

from __future__ import annotations

import pytest

from bench.metrics import roc_auc
from bench.scorer_measures import BENCHMARKS, PAIRS, pair_results, tydip_scores

TYDIP = BENCHMARKS / "tydip-fr" / "dev.csv"


def test_there_are_at_least_twenty_pairs_covering_every_dimension() -> None:
    results = pair_results(PAIRS)
    assert len(results) >= 20
    assert {r["dimension"] for r in results} == {
        "active_listening",
        "positive_language",
        "negotiation",
        "compliance",
    }


@pytest.mark.parametrize("result", pair_results(PAIRS), ids=lambda r: r["pair"])
def test_each_pair_is_ordered_right_on_its_dimension(result: dict) -> None:
    assert result["better"] > result["worse"], result


@pytest.mark.skipif(
    not TYDIP.exists(), reason=f"TyDiP-fr benchmark not found at {TYDIP} (../shared/benchmarks)"
)
def test_positive_language_ranks_polite_requests_above_impolite_ones_on_tydip_fr() -> None:
    scores, labels = tydip_scores(TYDIP)
    assert roc_auc(scores, labels) >= 0.80
