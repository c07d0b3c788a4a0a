"""The rubric scorer: tagged turns + known facts → a :class:`Scorecard` with evidence and better phrasings.

``overall`` is the weighted mean of the four dimensions (default: a quarter each; ``ScenarioFacts.weights``
overrides), capped at 40 when a compliance blocker was found. Jurisdiction: the argument, else the one the facts
state, else the language's (French → ``fr``, English → ``us``, the regime with the most checkable rules).
"""

from __future__ import annotations

from collections.abc import Sequence

from scoring.dimensions import active_listening, compliance, negotiation, positive_language
from scoring.dimensions.context import build_context
from scoring.facts import Jurisdiction, OutcomeFacts, ScenarioFacts
from scoring.feedback import suggestions
from scoring.scorecard import BLOCKER_CAP, DEFAULT_WEIGHTS, DIMENSIONS, Dimensions, Scorecard
from scoring.transcript import Lang, TaggedTurn, Transcript

DEFAULT_JURISDICTION: dict[str, Jurisdiction] = {"fr": "fr", "en": "us"}


def score_transcript(
    transcript: Transcript,
    *,
    lang: Lang | None = None,
    facts: ScenarioFacts | None = None,
    outcome: OutcomeFacts | None = None,
    jurisdiction: Jurisdiction | None = None,
) -> Scorecard:
    from scoring.tagger import tag_transcript

    detected, turns = tag_transcript(transcript, lang or transcript.lang)
    return score_tagged(detected, turns, facts=facts, outcome=outcome, jurisdiction=jurisdiction)


def resolve_jurisdiction(
    lang: Lang, facts: ScenarioFacts | None, jurisdiction: Jurisdiction | None
) -> Jurisdiction:
    if jurisdiction is not None:
        return jurisdiction
    if facts is not None and "jurisdiction" in facts.model_fields_set:
        return facts.jurisdiction
    return DEFAULT_JURISDICTION[lang]


def weights_for(facts: ScenarioFacts | None) -> dict[str, float]:
    weights: dict[str, float] = dict(DEFAULT_WEIGHTS)
    if facts is not None and facts.weights:
        weights.update(facts.weights)
    total = sum(weights.values())
    return {k: round(v / total, 4) for k, v in weights.items()} if total > 0 else dict(DEFAULT_WEIGHTS)


def score_tagged(
    lang: Lang,
    turns: Sequence[TaggedTurn],
    *,
    facts: ScenarioFacts | None = None,
    outcome: OutcomeFacts | None = None,
    jurisdiction: Jurisdiction | None = None,
) -> Scorecard:
    where = resolve_jurisdiction(lang, facts, jurisdiction)
    ctx = build_context(lang, turns, facts, outcome, where)
    listening = active_listening.score(ctx)
    language = positive_language.score(ctx)
    deal = negotiation.score(ctx)
    rules, violations = compliance.score(ctx)
    results = (listening, language, deal, rules)

    weights = weights_for(facts)
    scores = {r.dimension: r.score for r in results}
    overall = round(sum(scores[d] * weights[d] for d in DIMENSIONS), 1)
    capped = any(v.severity == "blocker" for v in violations)
    if capped:
        overall = min(overall, BLOCKER_CAP)

    metrics: dict[str, float | int | str | None] = {}
    for r in results:
        metrics.update(r.metrics)
    metrics["agent_turns"] = len(ctx.agent)
    metrics["debtor_turns"] = len(ctx.debtor)
    issues = [i for r in results for i in r.issues]
    amount = deal.metrics.get("promise_amount")
    return Scorecard(
        overall=overall,
        dimensions=Dimensions(**scores),
        violations=violations,
        evidence=sorted(
            (e for r in results for e in r.evidence), key=lambda e: (e.turn, DIMENSIONS.index(e.dimension))
        ),
        suggestions=suggestions(ctx, issues, amount if isinstance(amount, float | int) else None),
        metrics=metrics,
        subscores={r.dimension: r.subscores for r in results},
        lang=lang,
        jurisdiction=where,
        weights=weights,
        capped=capped,
    )
