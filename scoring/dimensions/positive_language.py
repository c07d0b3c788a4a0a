"""Positive language: solution-focused, courteous wording versus threats, blame, injunctions and jargon.

Built on the curated phrase inventories in ``scoring/phrasebook/{fr,en}.yaml``. The base is the weighted mean
of solution focus, courtesy (balances of polite markers — greetings, thanks, apologies, conditional requests,
hedges, autonomy — against blunt ones — stacked « ?? », familiarity, sarcasm) and readability; then every turn
with a threat, blame, an injunction, « je comprends, mais », jargon… subtracts its category's points (shown as
weight-0 sub-scores), so one threat cannot be diluted by an otherwise polite call.

Courtesy also reads general politeness strategies (Danescu-Niculescu-Mizil et al., 2013) that hold in any
register: appreciation, indirect openings, the softening conditional, « je » and « nous » framing against
direct « pourquoi… ? » questions, sentences opening on « Mais/Et » or on « tu/vous », bare imperatives,
assertive factuality, reproachful words, negation-heavy turns and shouting in capitals. They weigh
``GENERAL_MARKER_SCALE`` times their inventory weight (chosen by 5-fold cross-validation, ``bench.tydip_cv``).
"""

from __future__ import annotations

import math
import re

from scoring.dimensions.context import Context, DimensionResult, Issue, TurnView, combine, quote, ramp, tr
from scoring.readability import flesch
from scoring.scorecard import Evidence, SubScore

# name -> (categories, points lost per turn where one occurs)
PENALTIES: dict[str, tuple[tuple[str, ...], float]] = {
    "no_threats_or_ultimatums": (("threat", "ultimatum"), 30.0),
    "no_blame_or_dismissal": (("blame", "dismissal", "insult"), 20.0),
    "no_injunctions": (("injunction",), 10.0),
    "empathy_not_cancelled": (("understand_but",), 15.0),
    "can_do_framing": (("cannot",), 8.0),
    "jargon_explained": (("jargon",), 8.0),
    "no_boilerplate": (("boilerplate",), 8.0),
}
BALANCE_WEIGHTS = {"solution_focus": 0.4, "courtesy": 0.45}
READABILITY_WEIGHT = 0.1
READABILITY_POINTS = ((30.0, 0.0), (70.0, 100.0))
SOLUTION = ("solution", "can_do", "reassurance", "autonomy", "affirmation", "empathy")
POLITE = ("courtesy", "gratitude", "apology", "please", "polite_request", "hedge", "autonomy")
BLUNT = ("impolite", "familiar", "insult", "injunction")
GENERAL_POLITE = ("deference", "indirect", "conditional", "first_person_start", "inclusive")
GENERAL_BLUNT = (
    "direct_question",
    "direct_start",
    "second_person_start",
    "imperative",
    "factuality",
    "negative_lexicon",
)
GENERAL_MARKER_SCALE = 1.0  # read at call time: bench.tydip_cv tries other values
# Light surface features of the raw text, in the same units as an inventory weight.
NEGATION_HEAVY = (2, 1 / 12, 0.5)  # at least 2 negations and 1 per 12 words -> weight 0.5
SHOUTING_WEIGHT = 0.5
_SHOUTING = re.compile(r"\b[^\W\d_a-zß-ÿ]{3,}\b[\s,;:!?.]+\b[^\W\d_a-zß-ÿ]{3,}\b|\b[^\W\d_a-zß-ÿ]{7,}\b")
ISSUE_ORDER = (
    "insult",
    "threat",
    "ultimatum",
    "blame",
    "dismissal",
    "understand_but",
    "cannot",
    "injunction",
    "jargon",
    "boilerplate",
    "impolite",
)


def score(ctx: Context) -> DimensionResult:
    lang = ctx.lang
    agent = ctx.agent
    result = DimensionResult("positive_language", [])
    lost = 0.0
    for name, (categories, cost) in PENALTIES.items():
        turns = [t for t in agent if any(t.hit(c) for c in categories)]
        for t in turns:
            hit = next(t.hit(c) for c in categories if t.hit(c))
            result.evidence.append(_ev(t.index, t.text, f"{hit.label} (« {hit.match} »)", name))
        lost += cost * len(turns)
        result.subscores.append(
            SubScore(
                name=name,
                score=max(0.0, 100.0 - cost * len(turns)) if agent else None,
                weight=0.0,
                note=tr(
                    lang,
                    f"{len(turns)} tour(s) concerné(s) : −{cost * len(turns):.0f} points",
                    f"{len(turns)} turn(s) concerned: −{cost * len(turns):.0f} points",
                ),
                turns=[t.index for t in turns],
            )
        )
    result.subscores.append(
        _balance(ctx, result, "solution_focus", SOLUTION, ("threat", "blame", "dismissal", "cannot"))
    )
    result.subscores.append(
        _balance(ctx, result, "courtesy", POLITE, BLUNT, GENERAL_POLITE, GENERAL_BLUNT, GENERAL_MARKER_SCALE)
    )
    ease = flesch([t.text for t in agent], lang) if agent else None
    result.metrics[f"readability_{lang}"] = ease
    result.subscores.append(
        SubScore(
            name="readability",
            score=None if ease is None else ramp(ease, READABILITY_POINTS),
            weight=READABILITY_WEIGHT,
            note=tr(
                lang,
                "lisibilité Flesch (Kandel–Moles) des tours du conseiller",
                "Flesch reading ease of the agent's turns",
            )
            + ("" if ease is None else f": {ease:.0f}"),
        )
    )
    for t in agent:
        worst = next((c for c in ISSUE_ORDER if t.hit(c)), None)
        if worst is not None:
            result.issues.append(Issue(t.index, worst, t.hit(worst).match))  # type: ignore[union-attr]
    result.metrics["negative_phrases"] = sum(1 for t in agent for h in t.hits if h.polarity == "negative")
    result.metrics["positive_phrases"] = sum(1 for t in agent for h in t.hits if h.polarity == "positive")
    result.score = (
        round(max(0.0, combine(result.subscores) - lost), 1) if agent else combine(result.subscores)
    )
    result.metrics["positive_language_penalty"] = lost
    return result


def _balance(
    ctx: Context,
    result: DimensionResult,
    name: str,
    good: tuple[str, ...],
    bad: tuple[str, ...],
    general_good: tuple[str, ...] = (),
    general_bad: tuple[str, ...] = (),
    scale_general: float = 0.0,
) -> SubScore:
    """50 when nothing either way; polite/solution markers push up, blunt ones down, scaled by call length."""
    agent = ctx.agent
    if not agent:
        return SubScore(name=name, score=None, weight=BALANCE_WEIGHTS[name])
    plus = minus = 0.0
    turns = []
    for t in agent:
        for h in t.hits:
            if h.category in good:
                plus += h.weight
                turns.append(t.index)
                if name == "solution_focus":
                    result.evidence.append(_ev(t.index, t.text, f"{h.label} (« {h.match} »)", name))
            elif h.category in bad:
                minus += h.weight
            elif h.category in general_good:
                plus += h.weight * scale_general
                turns.append(t.index)
            elif h.category in general_bad:
                minus += h.weight * scale_general
        if scale_general:
            minus += _surface_bluntness(ctx, t) * scale_general
    scale = max(1.0, len(agent) / 3)
    value = round(50.0 + 50.0 * math.tanh((plus - minus) / (2.0 * scale)), 1)
    note = tr(
        ctx.lang,
        f"marqueurs positifs {plus:.1f}, négatifs {minus:.1f}",
        f"positive markers {plus:.1f}, negative {minus:.1f}",
    )
    return SubScore(name=name, score=value, weight=BALANCE_WEIGHTS[name], note=note, turns=sorted(set(turns)))


def _surface_bluntness(ctx: Context, turn: TurnView) -> float:
    """Negation-heavy wording and shouting in capitals, read from the turn's surface."""
    weight = 0.0
    least, density, negation_weight = NEGATION_HEAVY
    negations = ctx.book.count(turn.norm, "negation")
    if negations >= least and negations >= density * max(1, len(turn.norm.split())):
        weight += negation_weight
    if _SHOUTING.search(turn.text):
        weight += SHOUTING_WEIGHT
    return weight


def _ev(turn: int, text: str, note: str, criterion: str) -> Evidence:
    return Evidence(
        dimension="positive_language", turn=turn, quote=quote(text), note=note, criterion=criterion
    )
