"""How the French act model is combined with the rules, chosen per act from out-of-set probabilities.

For each act: the inverse regularisation C, the probability threshold over which the model adds an act the
rules missed, the cues that bar such an addition (``VETO_SETS``) and the floor under which an act the rules
found is dropped. The setting with the best pooled F1 wins among those whose additions are right often enough
(the precision ``gate``) and whose drops were mostly false alarms (``MIN_DROPPED_WRONG``); an act with no such
setting better than the rules keeps the rules alone. Items where an act is debatable (``allowed``) count
neither way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bench.gold import CORE_ACTS, tally

if TYPE_CHECKING:
    from bench.train_french_model import Example

Probabilities = dict[float, list[dict[str, float]]]  # per C, per item (in training order), per act

C_GRID = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 19))
# In the inner cross-validation, the acts the model adds must be right at least this often, and in at least
# MIN_ADDED_RIGHT items, or the act keeps the rules alone.
MIN_ADDED_PRECISION = 0.85
# Acts with a gate of their own, whatever ``gate`` a comparison passes. The target asks as much of recall as of
# precision: over twenty sets, leave-one-set-out, a gate of 0.75 found more reflections at the same precision
# (0.80 / 0.75 against 0.80 / 0.70 at 0.85). Negative framing would gain recall too (0.80 / 0.74 against 0.88 /
# 0.61), but a turn wrongly flagged as a reproach tells a trainee off unfairly (« Cet échéancier vous permettra
# de gagner du temps » was flagged at 0.75): it keeps the common gate.
ACT_GATES = {"reflection": 0.75}
MIN_ADDED_RIGHT = 2
# An act the rules found may be dropped under a probability floor, when at least this share of the dropped items
# (and at least MIN_DROPPED of them) were false alarms in the inner cross-validation.
FLOORS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
MIN_DROPPED_WRONG = 0.7
MIN_DROPPED = 3
# The highest floor an act may get. A threat the cues found is only dropped when the model is nearly sure: over
# twenty-two sets, leave-one-set-out, a floor of 0.35 and one of at most 0.1 score alike (threat 0.88 / 0.75 and
# 0.87 / 0.76), but the higher one dropped « Je suis huissier, je passe demain », an impersonation the
# compliance rules treat as a blocker, because the debtor had just asked who was calling.
MAX_FLOORS = {"threat": 0.1}
# Features that may bar the model from adding an act (chosen per act, as subsets, by the same cross-validation):
# reassurance, advice or information addressed to the debtor, and an answer to the debtor's question.
VETO_CANDIDATES = ("cue:reassure", "cue:advice", "prev_asks")
VETO_SETS = tuple(
    tuple(v for k, v in enumerate(VETO_CANDIDATES) if mask >> k & 1)
    for mask in reversed(range(2 ** len(VETO_CANDIDATES)))
)
# Vetoes an act always carries, whatever the cross-validation prefers. Negative framing tells a trainee off:
# adding it to a turn that reassures (« ce n'est pas grave ») punishes the habit the product teaches, which
# costs more than missing the rare sarcastic « pas de problème » (three right and two wrong additions out of
# about 640 labelled items when this was set). A turn the rules read as an open question is not made a closed
# one too: one question tagged both tells the trainee two opposite things, and the model's closed-question
# additions are few (seven right and two wrong out of about 630 items when this was set).
REQUIRED_VETOES = {"negative_framing": "cue:reassure", "closed_question": "r:open_question"}


def veto_sets(act: str) -> tuple[tuple[str, ...], ...]:
    """The veto sets the selection may choose from for ``act``: each holds the act's required veto, if any."""
    required = REQUIRED_VETOES.get(act)
    if required is None:
        return VETO_SETS
    if required in VETO_CANDIDATES:
        return tuple(v for v in VETO_SETS if required in v)
    return tuple((*v, required) for v in VETO_SETS)


def counts(
    examples: Sequence[Example], predicted: Sequence[set[str] | frozenset[str]], act: str
) -> list[int]:
    """tp, fp, fn as bench.gold.evaluate_gold counts them."""
    tally = _Counts.of([act in acts for acts in predicted], [ex.item.label(act) for ex in examples])
    return [tally.tp, tally.fp, tally.fn]


def f1(tp: int, fp: int, fn: int) -> float:
    """Unrounded (bench.metrics rounds to three places, which would tie settings that differ)."""
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def select(
    order: Sequence[Example],
    probabilities: Mapping[float, Sequence[Mapping[str, float]]],
    rules: str = "first",
    gate: float = MIN_ADDED_PRECISION,
) -> dict[str, Any]:
    """Per act, the C, threshold, vetoes and floor of the best pooled F1 among settings whose additions pass
    ``gate`` (or the act's own in ACT_GATES) and whose drops pass MIN_DROPPED_WRONG; the rules alone when no
    setting beats them."""
    feats = [ex.features(rules) for ex in order]
    every_set = {vetoes for act in CORE_ACTS for vetoes in veto_sets(act)}
    barred = {vetoes: [any(f.get(v) for v in vetoes) for f in feats] for vetoes in every_set}
    keys = ("f1", "modes", "C", "thresholds", "vetoes", "floors", "added", "dropped")
    chosen: dict[str, Any] = {key: {} for key in keys}
    for act in CORE_ACTS:
        found = [act in ex.rule_acts(rules) for ex in order]
        labels = [ex.item.label(act) for ex in order]
        rules_alone = _Counts.of(found, labels)
        best: tuple[Any, ...] = (rules_alone.f1(), "rule", C_GRID[0], 1.0, (), 0.0, [0, 0], [0, 0])
        allowed = {vetoes: barred[vetoes] for vetoes in veto_sets(act)}
        for c in C_GRID:
            probs = [p[act] for p in probabilities[c]]
            threshold, vetoes, right, wrong = _best_additions(
                found, labels, probs, allowed, rules_alone, ACT_GATES.get(act, gate)
            )
            for floor in (0.0, *(f for f in FLOORS if f <= MAX_FLOORS.get(act, 1.0))):
                dropped = [f and q < floor for f, q in zip(found, probs, strict=True)]
                wrong_dropped = sum(d and y == 0 for d, y in zip(dropped, labels, strict=True))
                right_dropped = sum(d and y == 1 for d, y in zip(dropped, labels, strict=True))
                if floor and (
                    wrong_dropped < MIN_DROPPED or wrong_dropped < MIN_DROPPED_WRONG * sum(dropped)
                ):
                    continue
                score = rules_alone.moved(right - right_dropped, wrong - wrong_dropped).f1()
                if score > best[0] + 1e-9:  # on a tie, the simpler setting found first
                    mode = "model" if floor or right + wrong else "rule"
                    best = (
                        score,
                        mode,
                        c,
                        threshold,
                        vetoes,
                        floor,
                        [right, wrong],
                        [wrong_dropped, right_dropped],
                    )
        for key, value in zip(keys, best, strict=True):
            chosen[key][act] = value
    return chosen


@dataclass(frozen=True)
class _Counts:
    tp: int
    fp: int
    fn: int

    @classmethod
    def of(cls, decided: Sequence[bool], labels: Sequence[int | None]) -> _Counts:
        """The counts of acts ``decided`` per item against their ``GoldItem.label``."""
        per_item = [tally(d, y) for d, y in zip(decided, labels, strict=True)]
        return cls(*(sum(column) for column in zip(*per_item, strict=True))) if per_item else cls(0, 0, 0)

    def moved(self, right: int, wrong: int) -> _Counts:
        """The counts once ``right`` more true acts and ``wrong`` more false alarms are tagged."""
        return _Counts(self.tp + right, self.fp + wrong, self.fn - right)

    def f1(self) -> float:
        return f1(self.tp, self.fp, self.fn)


def _best_additions(
    found: Sequence[bool],
    labels: Sequence[int | None],
    probs: Sequence[float],
    barred: Mapping[tuple[str, ...], Sequence[bool]],
    rules_alone: _Counts,
    gate: float,
) -> tuple[float, tuple[str, ...], int, int]:
    """Threshold, vetoes, and how many additions are right and wrong: the best F1 of the rules plus additions
    right at least ``gate`` of the time (threshold 1.0, nothing added, if none is)."""
    candidates = [i for i, (f, y) in enumerate(zip(found, labels, strict=True)) if not f and y is not None]
    best: tuple[float, tuple[float, tuple[str, ...], int, int]] = (-1.0, (1.0, (), 0, 0))
    for t in sorted(THRESHOLDS, reverse=True):
        over = [i for i in candidates if probs[i] >= t]
        for vetoes, bar in barred.items():
            right = sum(labels[i] == 1 for i in over if not bar[i])
            wrong = sum(labels[i] == 0 for i in over if not bar[i])
            if right < MIN_ADDED_RIGHT or right < gate * (right + wrong):
                continue
            score = rules_alone.moved(right, wrong).f1()
            if score > best[0] + 1e-9:  # on a tie, the stricter setting found first
                best = (score, (t, vetoes, right, wrong))
    return best[1]
