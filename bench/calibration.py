"""Calibration table as JSON: scripted agents over every shipped scenario × seeds (per scenario, difficulty, policy).

.venv/bin/python bench/calibration.py [--seeds 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

from bench.machine import describe
from simulator.calibration import calibrate, problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    table = calibrate(args.seeds)
    table["problems"] = problems(table)
    table["seconds"] = round(time.perf_counter() - started, 2)
    table["machine"] = describe()
    print(json.dumps(table, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
