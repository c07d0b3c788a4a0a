"""Active listening: MITI measures (R:Q, % complex reflections) plus collection-call listening habits.

Thresholds are calibrated for collection calls, which are more transactional than counselling: R:Q 0.5 is
fair and 1.0 good (MITI: 1 and 2); complex reflections 30% fair and 40% good (MITI: 40% and 50%). The MITI
levels are still reported in the metrics.

A sub-score is "not applicable" (None, left out of the mean) only when the call gave no opportunity for it:
no emotion expressed → nothing to acknowledge; no reflection → no complexity to judge; no question → no
stacking. When there was an opportunity and the behaviour is absent, it scores 0: an agent who spoke to the
debtor without a single question or reflection gets R:Q 0, and one who pressed for payment without asking
anything gets 0 for exploring first. Nothing is judged on a wrong-party call beyond how the agent spoke.
A turn that threatens, blames or dismisses is never counted as a reflection or as acknowledging an
emotion, even if it repeats the debtor's words (« So you're struggling. If you don't pay… »).

"Complex" is estimated, not coded by a human: a reflection counts as complex when it names a feeling or a
value ("vous êtes inquiet", "ce qui compte pour vous"), uses an inference marker ("on dirait que",
"it sounds like"), or when most of its content words are not the debtor's own words (it adds meaning
rather than repeating).
"""

from __future__ import annotations

import re

from scoring.dimensions.context import (
    Context,
    DimensionResult,
    Issue,
    TurnView,
    combine,
    quote,
    ramp,
    tr,
    word_count,
)
from scoring.scorecard import Evidence, SubScore

WEIGHTS = {
    "reflection_to_question": 0.25,
    "complex_reflections": 0.15,
    "explore_before_proposing": 0.15,
    "empathy_to_emotion": 0.2,
    "summaries": 0.1,
    "one_question_at_a_time": 0.05,
    "talk_share": 0.1,
}
RQ_POINTS = ((0.0, 0.0), (0.5, 60.0), (1.0, 100.0))
CR_POINTS = ((0.0, 0.0), (0.3, 60.0), (0.4, 100.0))
# Collection calls carry mandatory disclosures, so the agent talks more than a counsellor would; the domain
# research flags more than 70% of the words as poor practice.
TALK_POINTS = ((0.7, 100.0), (0.9, 0.0))
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_RESPONSIVE = {"empathy", "reflection"}


def score(ctx: Context) -> DimensionResult:
    lang = ctx.lang
    agent = ctx.agent
    result = DimensionResult("active_listening", [])
    evidence = result.evidence

    reflections = [t for t in agent if _is_reflection(ctx, t)]
    # Identity checks are procedure, not conversation: they do not count against the R:Q.
    questions = [t for t in agent if t.is_question and "verification" not in t.acts]
    opens = [t for t in agent if "open_question" in t.acts]
    complex_turns = [t for t in reflections if _is_complex(ctx, t)]
    rq: float | None = None
    if ctx.wrong_party is not None:
        pass
    elif questions:
        rq = len(reflections) / len(questions)
    elif reflections:
        rq = float(len(reflections))
    else:
        # Speaking to the debtor without a single question or reflection is the absence of listening.
        rq = 0.0 if _listening_expected(ctx) else None
    cr = len(complex_turns) / len(reflections) if reflections and rq is not None else None

    for turn in reflections:
        kind = (
            tr(lang, "reflet complexe", "complex reflection")
            if turn in complex_turns
            else tr(lang, "reflet simple", "simple reflection")
        )
        evidence.append(_ev(turn.index, turn.text, kind, "reflection_to_question"))

    subs = result.subscores
    subs.append(
        SubScore(
            name="reflection_to_question",
            score=None if rq is None else ramp(rq, RQ_POINTS),
            weight=WEIGHTS["reflection_to_question"],
            note=tr(
                lang,
                f"{len(reflections)} reflet(s) pour {len(questions)} question(s)",
                f"{len(reflections)} reflection(s) for {len(questions)} question(s)",
            ),
            turns=[t.index for t in reflections],
        )
    )
    subs.append(
        SubScore(
            name="complex_reflections",
            score=None if cr is None else ramp(cr, CR_POINTS),
            weight=WEIGHTS["complex_reflections"],
            note=tr(
                lang,
                f"{len(complex_turns)} reflet(s) complexe(s) sur {len(reflections)}",
                f"{len(complex_turns)} complex reflection(s) out of {len(reflections)}",
            ),
            turns=[t.index for t in complex_turns],
        )
    )
    subs.append(_explore_before_proposing(ctx, result))
    subs.append(_empathy_to_emotion(ctx, result))
    subs.append(_summaries(ctx, result))
    subs.append(_one_question(ctx, result, questions))
    talk = _talk_share(ctx)
    subs.append(
        SubScore(
            name="talk_share",
            score=None if talk is None else ramp(talk, TALK_POINTS),
            weight=WEIGHTS["talk_share"],
            note=tr(lang, "part de parole du conseiller", "agent's share of the words")
            + ("" if talk is None else f": {talk:.0%}"),
        )
    )
    result.metrics.update(
        {
            "reflection_to_question": None if rq is None else round(rq, 2),
            "complex_reflection_share": None if cr is None else round(cr, 2),
            "open_question_share": round(len(opens) / len(questions), 2) if questions else None,
            "talk_share": None if talk is None else round(talk, 2),
            "reflections": len(reflections),
            "questions": len(questions),
            "miti_rq_level": _level(rq, 1.0, 2.0),
            "miti_complex_level": _level(cr, 0.4, 0.5),
        }
    )
    result.score = combine(subs)
    return result


def _ev(turn: int, text: str, note: str, criterion: str) -> Evidence:
    return Evidence(
        dimension="active_listening", turn=turn, quote=quote(text), note=note, criterion=criterion
    )


def _level(value: float | None, fair: float, good: float) -> str | None:
    if value is None:
        return None
    return "good" if value >= good else "fair" if value >= fair else "below"


def _is_complex(ctx: Context, turn) -> bool:  # type: ignore[no-untyped-def]
    if ctx.book.has(turn.norm, "feeling") or ctx.book.has(turn.norm, "complex_marker"):
        return True
    previous = ctx.previous_debtor(turn)
    own = set(_CONTENT_WORD.findall(turn.norm))
    if previous is None or len(own) < 3:
        return False
    theirs = set(_CONTENT_WORD.findall(previous.norm))
    return len(own - theirs) / len(own) >= 0.6


def _is_reflection(ctx: Context, turn: TurnView) -> bool:
    """A tagged reflection that reflects something: the debtor has spoken, and it is not pressure or blame."""
    if turn.pressure or ctx.previous_debtor(turn) is None:
        return False
    # « On dirait que… », "it sounds like…" reflect by construction, even when the tagger missed them.
    return "reflection" in turn.acts or ctx.book.has(turn.norm, "complex_marker")


def _listening_expected(ctx: Context) -> bool:
    return bool(ctx.agent and ctx.debtor) and ctx.wrong_party is None


def _first_offer(ctx: Context) -> int | None:
    return ctx.offers[0].index if ctx.offers else None


def _presses_for_payment(ctx: Context) -> bool:
    return any(t.hit("injunction") or t.hit("ultimatum") or ctx.book.has(t.norm, "amount") for t in ctx.agent)


def _explore_before_proposing(ctx: Context, result: DimensionResult) -> SubScore:
    lang = ctx.lang
    first_offer = _first_offer(ctx)
    limit = first_offer if first_offer is not None else 10**9
    exploring = [
        t
        for t in ctx.agent
        if t.index < limit
        and ("open_question" in t.acts or (t.is_question and ctx.book.has(t.norm, "question_cause")))
    ]
    for t in exploring:
        result.evidence.append(
            _ev(
                t.index,
                t.text,
                tr(
                    lang,
                    "question ouverte pour comprendre la situation",
                    "open question to understand the situation",
                ),
                "explore_before_proposing",
            )
        )
    if ctx.wrong_party is not None or (
        first_offer is None
        and (ctx.pause is not None or (len(ctx.agent) < 2 and not _presses_for_payment(ctx)))
    ):
        value = None
    else:
        value = 100.0 if len(exploring) >= 2 else 70.0 if exploring else 0.0
    if first_offer is not None and not exploring:
        result.issues.append(Issue(first_offer, "offer_before_exploring"))
    closed_first = next(
        (
            t
            for t in ctx.agent
            if t.index < limit
            and "closed_question" in t.acts
            and "verification" not in t.acts
            and ctx.book.has(t.norm, "capacity_question")
        ),
        None,
    )
    if closed_first is not None and not exploring:
        result.issues.append(Issue(closed_first.index, "closed_question"))
    when = (
        tr(lang, "avant la première proposition", "before the first proposal")
        if first_offer is not None
        else tr(lang, "pendant l'appel", "during the call")
    )
    return SubScore(
        name="explore_before_proposing",
        score=value,
        weight=WEIGHTS["explore_before_proposing"],
        note=tr(
            lang,
            f"{len(exploring)} question(s) ouverte(s) {when}",
            f"{len(exploring)} open question(s) {when}",
        ),
        turns=[t.index for t in exploring],
    )


def _empathy_to_emotion(ctx: Context, result: DimensionResult) -> SubScore:
    lang = ctx.lang
    cues, answered = [], []
    for position, turn in enumerate(ctx.turns):
        if turn.speaker != "debtor" or not ctx.book.has(turn.norm, "emotion"):
            continue
        cues.append(turn)
        reply = ctx.next_agent(position)
        if reply is None:
            continue
        cancelled = reply.hit("understand_but") is not None
        responsive = (
            bool(reply.acts & _RESPONSIVE) or reply.hit("empathy") is not None or _is_reflection(ctx, reply)
        )
        if reply.pressure and not cancelled:
            result.issues.append(Issue(reply.index, "missed_emotion", turn.text))
        elif responsive and not cancelled:
            answered.append(reply)
            result.evidence.append(
                _ev(
                    reply.index,
                    reply.text,
                    tr(lang, "répond à l'émotion exprimée", "answers the emotion expressed"),
                    "empathy_to_emotion",
                )
            )
        elif reply in ctx.offers or reply.hit("solution"):
            result.issues.append(Issue(reply.index, "solution_before_empathy", turn.text))
            result.evidence.append(
                _ev(
                    reply.index,
                    reply.text,
                    tr(
                        lang,
                        "solution proposée avant d'accueillir l'émotion",
                        "solution offered before acknowledging the emotion",
                    ),
                    "empathy_to_emotion",
                )
            )
        elif not cancelled:
            result.issues.append(Issue(reply.index, "missed_emotion", turn.text))
    value = round(100.0 * len(answered) / len(cues), 1) if cues else None
    return SubScore(
        name="empathy_to_emotion",
        score=value,
        weight=WEIGHTS["empathy_to_emotion"],
        note=tr(
            lang,
            f"{len(answered)} émotion(s) accueillie(s) sur {len(cues)} exprimée(s)",
            f"{len(answered)} of {len(cues)} emotional cue(s) acknowledged",
        ),
        turns=[t.index for t in cues],
    )


def _summaries(ctx: Context, result: DimensionResult) -> SubScore:
    lang = ctx.lang
    found = [t for t in ctx.agent if "summary" in t.acts or ctx.book.has(t.norm, "recap")]
    for t in found:
        result.evidence.append(_ev(t.index, t.text, tr(lang, "résumé", "summary"), "summaries"))
    expected = len(ctx.agent) >= 6 and ctx.wrong_party is None
    value: float | None = 100.0 if found else (0.0 if expected else None)
    return SubScore(
        name="summaries",
        score=value,
        weight=WEIGHTS["summaries"],
        note=tr(lang, f"{len(found)} résumé(s)", f"{len(found)} summary(ies)"),
        turns=[t.index for t in found],
    )


def _one_question(ctx: Context, result: DimensionResult, questions) -> SubScore:  # type: ignore[no-untyped-def]
    lang = ctx.lang
    stacked = [t for t in questions if t.text.count("?") >= 2]
    for t in stacked:
        result.issues.append(Issue(t.index, "stacked_questions"))
        result.evidence.append(
            _ev(
                t.index,
                t.text,
                tr(lang, "plusieurs questions à la fois", "several questions at once"),
                "one_question_at_a_time",
            )
        )
    value = round(100.0 * (1 - len(stacked) / len(questions)), 1) if questions else None
    return SubScore(
        name="one_question_at_a_time",
        score=value,
        weight=WEIGHTS["one_question_at_a_time"],
        note=tr(
            lang,
            f"{len(stacked)} tour(s) avec plusieurs questions",
            f"{len(stacked)} turn(s) stacking questions",
        ),
        turns=[t.index for t in stacked],
    )


def _talk_share(ctx: Context) -> float | None:
    agent = sum(word_count(t.text) for t in ctx.agent)
    debtor = sum(word_count(t.text) for t in ctx.debtor)
    if not debtor or not agent:
        return None
    return agent / (agent + debtor)
