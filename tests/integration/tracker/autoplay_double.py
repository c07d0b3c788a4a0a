"""A stand-in for ``simulator.autoplay.play`` with the same signature and result shape (DESIGN §3).

The better the policy, the better the scores: enough to check that the demo history shows progress.
"""

from __future__ import annotations

import random
from typing import Any

LEVEL = {"skilled": 85.0, "passive": 55.0, "pushy": 35.0}


def play_double(scenario_id: str, policy: str, seed: int) -> dict[str, Any]:
    rng = random.Random(f"{scenario_id}/{policy}/{seed}")
    level = LEVEL[policy] + rng.uniform(-5, 5)
    turns = 6 + rng.randint(0, 6)
    transcript = [
        {"speaker": "agent" if i % 2 == 0 else "debtor", "text": f"{policy} {i}", "voice": "scripted"}
        for i in range(turns)
    ]
    met = policy == "skilled"
    return {
        "scenario": scenario_id,
        "seed": seed,
        "policy": policy,
        "objective_met": met,
        "outcome": "agreement" if met else "refusal",
        "agreement": {"amount": 50.0, "affordable": True} if met else None,
        "turns": turns,
        "transcript": transcript,
        "scorecard": {
            "overall": round(level, 1),
            "dimensions": {
                d: round(level, 1) for d in ("active_listening", "positive_language", "negotiation")
            }
            | {"compliance": 100.0 if policy != "pushy" else 40.0},
            "violations": [{"rule": "fr.threat", "severity": "blocker"}] if policy == "pushy" else [],
        },
        "emotion_trace": [{"anger": 0.5 - i / 20} for i in range(turns // 2)],
    }
