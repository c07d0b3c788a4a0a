"""Record the rules' acts on a new French development gold set before anything is tuned on it.

    .venv/bin/python -m bench.record_first_run gold_fr_acts_dev8 [more sets…]

Writes each item's acts, as the rules alone tag it (no learned model), into bench/data/fr_first_run_acts.json,
and names the commit in its ``about`` line. The French act model is fitted on these first-run acts so that it
learns what the rules miss on phrasings they have not seen (bench/train_french_model.py). A set already
recorded is refused: its first run cannot happen twice.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence

from amiable.content import ContentError
from bench.gold import GOLD_DIR, load_gold
from bench.train_french_model import FIRST_RUN, rules_only_acts


def _commit() -> str:
    result = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    return result.stdout.strip() or "unknown commit"


def record(names: Sequence[str]) -> dict[str, int]:
    data = json.loads(FIRST_RUN.read_text(encoding="utf-8"))
    written: dict[str, int] = {}
    for name in names:
        items = load_gold(GOLD_DIR / f"{name}.yaml")
        if any(item.id in data["acts"] for item in items):
            raise SystemExit(f"{name}: already recorded in {FIRST_RUN.name}")
        for item in items:
            data["acts"][item.id] = sorted(rules_only_acts(item))
        written[name] = len(items)
    data["about"] = data["about"].replace(
        "; the rules as they stood", f"; {' and '.join(names)}: {_commit()}; the rules as they stood"
    )
    FIRST_RUN.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return written


def main(argv: Sequence[str]) -> None:
    if not argv:
        raise SystemExit("usage: python -m bench.record_first_run SET_NAME [SET_NAME…]")
    try:
        print(json.dumps(record(argv)))
    except ContentError as error:  # a missing or invalid gold set: nothing has been written
        raise SystemExit(str(error)) from None


if __name__ == "__main__":
    main(sys.argv[1:])
