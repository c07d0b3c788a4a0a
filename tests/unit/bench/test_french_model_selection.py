"""How the French act model's settings are chosen from out-of-set probabilities (bench/french_model_selection.py)."""

from __future__ import annotations

import pytest

from bench.french_model_selection import ACT_GATES, C_GRID, MAX_FLOORS, select
from bench.gold import CORE_ACTS, GoldItem, GoldTurn
from bench.train_french_model import Example


def _item(
    n: int, text: str, expected: list[str], forbidden: list[str], by_rules: frozenset[str], debtor: str
) -> Example:
    item = GoldItem(
        id=f"x{n}",
        situation="telecom",
        context=[GoldTurn(debtor=debtor)],
        text=text,
        expected=expected,
        forbidden=forbidden,
    )
    return Example("set", item, item.text.lower(), by_rules)


def _example(n: int, threat_by_rules: bool, threat_expected: bool) -> Example:
    threat = ["threat"]
    return _item(
        n,
        f"Phrase numéro {n}.",
        threat if threat_expected else [],
        [] if threat_expected else threat,
        frozenset(threat if threat_by_rules else ()),
        "Je peux pas payer.",
    )


def _probabilities(threat: list[float]) -> dict[float, list[dict[str, float]]]:
    rows = [{act: (p if act == "threat" else 0.0) for act in CORE_ACTS} for p in threat]
    return {c: rows for c in C_GRID}


def test_false_alarms_of_the_rules_the_model_is_sure_of_are_dropped_under_a_floor() -> None:
    order = [_example(i, True, i < 4) for i in range(8)]  # the rules tag eight threats, four of them wrong
    chosen = select(order, _probabilities([0.9] * 4 + [0.01] * 4))
    assert chosen["modes"]["threat"] == "model"
    assert 0.01 < chosen["floors"]["threat"] <= 0.9
    assert chosen["dropped"]["threat"] == [4, 0]


def test_a_threat_the_cues_found_is_only_dropped_when_the_model_is_nearly_sure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    order = [_example(i, True, i < 4) for i in range(8)]  # four false alarms the model puts at 0.3
    probabilities = _probabilities([0.9] * 4 + [0.3] * 4)
    capped = select(order, probabilities)
    assert capped["floors"]["threat"] <= MAX_FLOORS["threat"] < 0.3
    assert capped["dropped"]["threat"] == [0, 0]
    monkeypatch.delitem(MAX_FLOORS, "threat")
    assert select(order, probabilities)["dropped"]["threat"] == [4, 0]


def test_a_floor_that_would_drop_true_acts_as_often_as_false_alarms_is_not_chosen() -> None:
    order = [_example(i, True, i % 2 == 0) for i in range(8)]
    chosen = select(order, _probabilities([0.01] * 8))
    assert chosen["floors"]["threat"] == 0.0
    assert chosen["modes"]["threat"] == "rule"


def test_additions_are_kept_only_when_precise_enough_for_the_gate() -> None:
    # The rules miss six threats; the model is confident on all six and on four non-threats (60% right).
    order = [_example(i, False, i < 6) for i in range(10)] + [_example(10, True, True)]
    probabilities = _probabilities([0.8] * 10 + [0.9])
    assert select(order, probabilities, gate=0.85)["modes"]["threat"] == "rule"
    lenient = select(order, probabilities, gate=0.5)
    assert lenient["modes"]["threat"] == "model"
    assert lenient["added"]["threat"] == [6, 4]


def test_an_act_with_a_gate_of_its_own_keeps_it_whatever_gate_the_others_get(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    order = [_example(i, False, i < 6) for i in range(10)] + [_example(10, True, True)]
    probabilities = _probabilities([0.8] * 10 + [0.9])
    monkeypatch.setitem(ACT_GATES, "threat", 0.5)
    assert select(order, probabilities, gate=0.85)["modes"]["threat"] == "model"
    monkeypatch.setitem(ACT_GATES, "threat", 0.9)
    assert select(order, probabilities, gate=0.5)["modes"]["threat"] == "rule"


def _nf_example(n: int, text: str, expected: bool) -> Example:
    framing = ["negative_framing"]
    return _item(
        n,
        text,
        framing if expected else [],
        [] if expected else framing,
        frozenset(),
        "J'ai oublié de payer.",
    )


def test_negative_framing_is_never_added_to_a_reassuring_turn() -> None:
    # The model is sure of ten reproaches the rules missed; two of the turns also reassure, and are true too.
    order = [_nf_example(i, f"Fallait y penser, phrase {i}.", True) for i in range(8)]
    order += [_nf_example(i, f"Pas de souci, phrase {i}, fallait y penser.", True) for i in (8, 9)]
    rows = [{act: (0.95 if act == "negative_framing" else 0.0) for act in CORE_ACTS} for _ in order]
    chosen = select(order, {c: rows for c in C_GRID})
    assert chosen["modes"]["negative_framing"] == "model"
    assert "cue:reassure" in chosen["vetoes"]["negative_framing"]
    assert chosen["added"]["negative_framing"] == [8, 0]


def test_a_turn_the_rules_read_as_an_open_question_is_never_made_a_closed_one_too() -> None:
    order = [
        _item(
            n,
            f"Et le dossier {n}, vous en êtes où ?",
            ["open_question", "closed_question"] if n < 9 else ["open_question"],
            [],
            frozenset({"open_question"}),
            "J'ai fait une demande au FSL.",
        )
        for n in range(10)
    ]
    rows = [{act: (0.95 if act == "closed_question" else 0.99) for act in CORE_ACTS} for _ in order]
    chosen = select(order, {c: rows for c in C_GRID})
    assert chosen["added"]["closed_question"] == [0, 0]  # nine of ten would be right, yet none is added
