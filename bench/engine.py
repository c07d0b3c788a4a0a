"""Speed of one engine step (understand the trainee's text, update the state, produce the reply), scripted voice.

    .venv/bin/python bench/engine.py [--calls 40]
Prints JSON: median and p99 in milliseconds over every step of skilled, pushy and passive calls on all scenarios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

from bench.machine import describe
from simulator.catalog import load_catalog
from simulator.engine import Conversation
from simulator.policies import AgentFile, make_policy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    catalog = load_catalog()
    for scenario in catalog.scenarios:  # warm-up: lexicons and line libraries compile on first use
        Conversation.start(scenario, catalog.persona_for(scenario)).respond("Bonjour, hello?")
    steps: list[float] = []
    for scenario in catalog.scenarios:
        persona = catalog.persona_for(scenario)
        for policy in ("skilled", "pushy", "passive"):
            for seed in range(args.seeds):
                call = Conversation.start(scenario, persona, seed=seed)
                agent = make_policy(policy, AgentFile.of(scenario, persona, call.today), seed)
                text = call.opening().text
                while not call.ended:
                    message = agent.next_message(text)
                    if message is None:
                        break
                    started = time.perf_counter()
                    text = call.respond(message).text
                    steps.append((time.perf_counter() - started) * 1000)
    steps.sort()
    result = {
        "steps": len(steps),
        "median_ms": round(statistics.median(steps), 3),
        "p99_ms": round(steps[int(len(steps) * 0.99) - 1], 3),
        "max_ms": round(steps[-1], 3),
        "machine": describe(),
        "cores_used": 1,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
