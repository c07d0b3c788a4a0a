"""The personas teach something: over every shipped scenario × 5 seeds, method wins and pressure or passivity fail."""

from __future__ import annotations

from typing import Any

import pytest

from simulator.calibration import calibrate, problems


@pytest.fixture(scope="module")
def table(catalog) -> dict[str, Any]:
    return calibrate(seeds=5, catalog=catalog)


@pytest.mark.slow
def test_skilled_meets_most_objectives_while_pushy_and_passive_rarely_do(table: dict[str, Any]) -> None:
    overall = table["overall"]
    assert overall["skilled"]["success_rate"] >= 0.90, overall
    assert overall["pushy"]["success_rate"] <= 0.15, overall
    assert overall["passive"]["success_rate"] <= 0.25, overall


@pytest.mark.slow
def test_difficulty_is_ordered_for_the_skilled_agent(table: dict[str, Any]) -> None:
    ordering = [p for p in problems(table) if p.startswith("difficulty")]
    assert ordering == []


@pytest.mark.slow
def test_no_shipped_scenario_is_unwinnable_or_trivial(table: dict[str, Any]) -> None:
    per_scenario = [p for p in problems(table) if "unwinnable" in p or "trivial" in p]
    assert per_scenario == []
