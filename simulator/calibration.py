"""Calibration: do the personas teach something? Success rates of the scripted agents per scenario and difficulty.

Over every scenario × seeds: the skilled agent should meet the objective, the pushy and passive ones should
not, and difficulty should be ordered (skilled success rate, then its mean turns: easy < medium < hard).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from statistics import mean
from typing import Any

from simulator.autoplay import converse
from simulator.catalog import Catalog, load_catalog

POLICY_NAMES = ("skilled", "pushy", "passive")
DIFFICULTIES = ("easy", "medium", "hard")
THRESHOLDS = {"skilled": (">=", 0.90), "pushy": ("<=", 0.15), "passive": ("<=", 0.25)}


def _summary(results: list[tuple[bool, int]]) -> dict[str, Any]:
    wins = [turns for met, turns in results if met]
    return {
        "runs": len(results),
        "success_rate": round(len(wins) / len(results), 3) if results else 0.0,
        "mean_turns": round(mean(wins), 2) if wins else None,
    }


def calibrate(seeds: int = 5, catalog: Catalog | None = None) -> dict[str, Any]:
    catalog = catalog or load_catalog()
    per_scenario: dict[str, dict[str, Any]] = {}
    by_difficulty: dict[tuple[str, str], list[tuple[bool, int]]] = defaultdict(list)
    by_policy: dict[str, list[tuple[bool, int]]] = defaultdict(list)
    for scenario in catalog.scenarios:
        persona = catalog.persona_for(scenario)
        row: dict[str, Any] = {"difficulty": scenario.difficulty, "objective": scenario.objective.kind}
        for policy in POLICY_NAMES:
            results = []
            outcomes: dict[str, int] = defaultdict(int)
            for seed in range(seeds):
                call = converse(scenario, persona, policy, seed)
                outcome = call.outcome()
                results.append((outcome.objective_met, call.turn))
                outcomes[outcome.outcome] += 1
            row[policy] = {**_summary(results), "outcomes": dict(outcomes)}
            by_difficulty[(scenario.difficulty, policy)].extend(results)
            by_policy[policy].extend(results)
        per_scenario[scenario.id] = row
    difficulty = {
        level: {policy: _summary(by_difficulty[(level, policy)]) for policy in POLICY_NAMES}
        for level in DIFFICULTIES
        if by_difficulty[(level, "skilled")]
    }
    overall = {policy: _summary(by_policy[policy]) for policy in POLICY_NAMES}
    return {"seeds": seeds, "overall": overall, "per_difficulty": difficulty, "per_scenario": per_scenario}


def problems(table: dict[str, Any]) -> list[str]:
    """What breaks the calibration contract (empty: the content teaches)."""
    found = []
    for policy, (sense, limit) in THRESHOLDS.items():
        rate = table["overall"][policy]["success_rate"]
        if (sense == ">=" and rate < limit) or (sense == "<=" and rate > limit):
            found.append(f"{policy}: success rate {rate:.0%} (wanted {sense} {limit:.0%})")
    levels = [level for level in DIFFICULTIES if level in table["per_difficulty"]]
    for easier, harder in pairwise(levels):
        a, b = table["per_difficulty"][easier]["skilled"], table["per_difficulty"][harder]["skilled"]
        key_a = (-a["success_rate"], a["mean_turns"] or 99.0)
        key_b = (-b["success_rate"], b["mean_turns"] or 99.0)
        if not key_a < key_b:
            found.append(f"difficulty not ordered: skilled on {easier} {a} vs {harder} {b}")
    for scenario_id, row in table["per_scenario"].items():
        if row["skilled"]["success_rate"] == 0:
            found.append(f"{scenario_id}: unwinnable (skilled never meets the objective)")
        for policy in ("pushy", "passive"):
            if row[policy]["success_rate"] >= 0.8:
                found.append(f"{scenario_id}: trivial ({policy} meets the objective in most runs)")
    return found
