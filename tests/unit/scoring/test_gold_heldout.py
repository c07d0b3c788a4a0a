"""Tagger accuracy on the held-out French gold sets (tests/data/gold_fr_acts_heldout2.yaml to _heldout8); the
ninth is only checked for its shape until its first measurement.

All were written without looking at the tagger, its cues or its model, and are used for measurement only:
nothing may be tuned to them, or they stop estimating how the tagger generalises (then a new one must be
written). The floors sit about one item under the figures measured with the shipped rules and model, so they
catch regressions without rewarding fitting; several are below the 0.85 target, as the README says.
`python -m bench.heldout_floors heldout8` prints a set's floors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.accuracy import (
    GOLD_FR_HELDOUT,
    GOLD_FR_HELDOUT3,
    GOLD_FR_HELDOUT4,
    GOLD_FR_HELDOUT5,
    GOLD_FR_HELDOUT6,
    GOLD_FR_HELDOUT7,
    GOLD_FR_HELDOUT8,
)
from bench.gold import CORE_ACTS, GOLD_DIR, evaluate_gold, load_gold
from scoring.acts import ACTS

# set: act: (precision floor, recall floor)
FLOORS: dict[Path, dict[str, tuple[float, float]]] = {
    GOLD_FR_HELDOUT: {
        "reflection": (0.89, 0.84),
        "open_question": (0.86, 0.91),
        "closed_question": (0.88, 0.90),
        "empathy": (0.93, 0.87),
        "threat": (0.84, 0.70),
        "negative_framing": (0.85, 0.58),
        "offer": (0.97, 0.94),
    },
    GOLD_FR_HELDOUT3: {
        "reflection": (0.73, 0.74),
        "open_question": (0.86, 0.91),
        "closed_question": (0.94, 0.95),
        "empathy": (0.83, 0.80),
        "threat": (0.82, 0.62),
        "negative_framing": (0.77, 0.56),
        "offer": (0.89, 0.82),
    },
    GOLD_FR_HELDOUT4: {
        "reflection": (0.90, 0.81),
        "open_question": (0.94, 0.94),
        "closed_question": (0.94, 0.93),
        "empathy": (0.94, 0.79),
        "threat": (0.82, 0.79),
        "negative_framing": (0.88, 0.58),
        "offer": (0.89, 0.89),
    },
    GOLD_FR_HELDOUT5: {
        "reflection": (0.95, 0.86),
        "open_question": (0.90, 0.97),
        "closed_question": (0.93, 0.89),
        "empathy": (0.91, 0.81),
        "threat": (0.77, 0.72),
        "negative_framing": (0.94, 0.72),
        "offer": (0.91, 0.91),
    },
    GOLD_FR_HELDOUT6: {
        "reflection": (0.86, 0.74),
        "open_question": (0.88, 0.97),
        "closed_question": (0.83, 0.91),
        "empathy": (0.86, 0.77),
        "threat": (0.76, 0.62),
        "negative_framing": (0.71, 0.52),
        "offer": (0.94, 0.72),
    },
    GOLD_FR_HELDOUT7: {
        "reflection": (0.83, 0.91),
        "open_question": (0.85, 0.97),
        "closed_question": (0.96, 0.94),
        "empathy": (0.87, 0.83),
        "threat": (0.78, 0.88),
        "negative_framing": (0.94, 0.60),
        "offer": (0.77, 0.97),
    },
    GOLD_FR_HELDOUT8: {
        "reflection": (0.75, 0.80),
        "open_question": (0.88, 0.86),
        "closed_question": (0.90, 0.88),
        "empathy": (0.92, 0.71),
        "threat": (0.79, 0.78),
        "negative_framing": (0.86, 0.66),
        "offer": (0.79, 0.86),
    },
}
MOST_FORBIDDEN = {
    GOLD_FR_HELDOUT: 22,
    GOLD_FR_HELDOUT3: 22,
    GOLD_FR_HELDOUT4: 17,
    GOLD_FR_HELDOUT5: 12,
    GOLD_FR_HELDOUT6: 30,
    GOLD_FR_HELDOUT7: 27,
    GOLD_FR_HELDOUT8: 32,
}
SETS = sorted(FLOORS)
# Written for the next honest estimate and never measured yet: only its labels are checked here.
UNREAD = [GOLD_DIR / "gold_fr_acts_heldout9.yaml"]


@pytest.fixture(scope="module")
def reports() -> dict[Path, dict]:
    return {path: evaluate_gold(load_gold(path)) for path in SETS}


@pytest.mark.parametrize("path", SETS + UNREAD, ids=lambda p: p.stem)
def test_each_heldout_set_is_large_varied_and_covers_every_act(path: Path) -> None:
    items = load_gold(path)
    assert len(items) >= 250
    assert len({i.situation for i in items}) >= 14
    assert all(i.context for i in items)
    assert {a for i in items for a in i.expected} == set(ACTS)
    for act in CORE_ACTS:
        assert sum(act in i.expected for i in items) >= 25, act


@pytest.mark.parametrize("path", SETS + UNREAD, ids=lambda p: p.stem)
def test_each_heldout_set_holds_many_tricky_negatives_on_the_core_acts(path: Path) -> None:
    items = load_gold(path)
    assert sum(bool(set(i.forbidden) & set(CORE_ACTS)) for i in items) >= 40


@pytest.mark.parametrize(
    ("path", "act"), [(p, a) for p in SETS for a in CORE_ACTS], ids=lambda v: getattr(v, "stem", v)
)
def test_core_acts_stay_above_their_measured_floor_on_the_heldout_sets(
    reports: dict, path: Path, act: str
) -> None:
    scores = reports[path]["per_act"][act]
    precision_floor, recall_floor = FLOORS[path][act]
    assert scores["precision"] >= precision_floor, scores
    assert scores["recall"] >= recall_floor, scores


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_forbidden_acts_stay_rare_on_the_heldout_sets(reports: dict, path: Path) -> None:
    violations = reports[path]["forbidden_violations"]
    assert len(violations) <= MOST_FORBIDDEN[path], violations
