"""The floor table of tests/unit/scoring/test_gold_heldout.py, worked out from the shipped tagger (prints Python).

    .venv/bin/python -m bench.heldout_floors heldout7 heldout8

Each floor sits one item under the measured figure: precision as if one more false alarm had been tagged,
recall as if one more act had been missed, rounded down. Moving the floors reads the sets in total; say so in
the README's read counts.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence

from bench.gold import CORE_ACTS, GOLD_DIR, load_gold, tag_counts


def floors(tp: int, fp: int, fn: int) -> tuple[float, float]:
    """(precision floor, recall floor) one item under the figures of these counts."""
    precision = math.floor(100 * tp / max(1, tp + fp + 1)) / 100
    recall = math.floor(100 * max(0, tp - 1) / max(1, tp + fn)) / 100
    return precision, recall


def set_floors(name: str) -> dict[str, tuple[float, float]]:
    counts, _ = tag_counts(load_gold(GOLD_DIR / f"gold_fr_acts_{name}.yaml"))
    return {act: floors(*counts[act]) for act in CORE_ACTS}


def main(names: Sequence[str]) -> None:
    for name in names:
        print(f"    # {name}")
        print("    {")
        for act, (precision, recall) in set_floors(name).items():
            print(f'        "{act}": ({precision:.2f}, {recall:.2f}),')
        print("    },")


if __name__ == "__main__":
    main(sys.argv[1:])
