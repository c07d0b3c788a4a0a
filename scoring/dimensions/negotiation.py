"""Negotiation: call order, exploring before offering, top-down options, a SMART promise and its recap,
judged against the scenario's hidden truth (capacity, real constraint, over-concession) when it is known.

The promise comes from the engine's outcome when given; otherwise it is read from the transcript with
``scoring.offers.parse_offer`` on the offer turns and the debtor's answers, plus the date/method cues.
Offer turns are the agent turns tagged ``offer`` plus those whose words state payment terms (see
``Context.offers``), so a missed tag does not hide a well-made proposal. Options are counted as distinct
proposals: « 50 € par mois … ou 40 € » is two options in one turn; repeating the same amount is one.

On a wrong-party call (the person on the line is not the debtor) nothing may be negotiated: only the call
order (introducing oneself, checking who is on the line) is judged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scoring.dimensions.context import (
    REFERENCE_DAY,
    Context,
    DimensionResult,
    Issue,
    TurnView,
    combine,
    quote,
    tr,
)
from scoring.scorecard import Evidence, SubScore

__all__ = ["REFERENCE_DAY", "score"]

WEIGHTS = {
    "call_order": 0.15,
    "explored_ability_to_pay": 0.15,
    "top_down": 0.05,
    "options_offered": 0.1,
    "smart_promise": 0.2,
    "recap": 0.1,
    "affordable_agreement": 0.15,
    "real_constraint_uncovered": 0.1,
    "no_over_concession": 0.1,
    "objective_met": 0.1,
}
_ALTERNATIVE = {
    "fr": re.compile(r"\bou\b|\bsinon\b|\bautrement\b|\bou bien\b"),
    "en": re.compile(r"\bor\b|\botherwise\b|\balternatively\b|\binstead\b"),
}


@dataclass
class Promise:
    amount: float | None = None
    date: bool = False
    method: bool = False
    monthly: float | None = None
    total: float | None = None
    agreed: bool = False
    turns: tuple[int, ...] = ()

    @property
    def parts(self) -> int:
        return int(self.amount is not None) + int(self.date) + int(self.method)


def score(ctx: Context) -> DimensionResult:
    result = DimensionResult("negotiation", [])
    offers = ctx.offers
    first_offer = offers[0].index if offers else None
    subs = result.subscores
    subs.append(_call_order(ctx, result, first_offer))
    if ctx.wrong_party is not None:
        result.score = combine(subs)
        result.metrics.update({"offers": 0, "promise_amount": None, "promise_parts": 0})
        return result
    if ctx.pause is not None and not offers:
        result.evidence.append(
            _ev(
                ctx.pause.index,
                ctx.pause.text,
                tr(lang := ctx.lang, "met le recouvrement en pause", "puts collection on hold"),
                "pause",
            )
        )
        result.subscores.append(
            SubScore(
                name="pause_when_needed",
                score=100.0,
                weight=WEIGHTS["smart_promise"],
                note=tr(
                    lang,
                    "pause accordée : pas d'engagement de paiement à obtenir",
                    "collection paused: no promise to pay to secure",
                ),
                turns=[ctx.pause.index],
            )
        )
        result.score = combine(subs)
        result.metrics.update({"offers": 0, "promise_amount": None, "promise_parts": 0})
        return result
    subs.append(_explored(ctx, result, first_offer))
    subs.append(_top_down(ctx, result, offers))
    options = _count_options(ctx, offers)
    subs.append(_options(ctx, result, offers, options))
    promise = _promise(ctx, offers)
    subs.extend(_promise_scores(ctx, result, offers, promise))
    subs.extend(_truth_scores(ctx, result, offers, promise))
    result.metrics.update(
        {
            "offers": len(offers),
            "options": options,
            "promise_amount": promise.amount,
            "promise_parts": promise.parts,
        }
    )
    result.score = combine(subs)
    return result


def _ev(turn: int, text: str, note: str, criterion: str) -> Evidence:
    return Evidence(dimension="negotiation", turn=turn, quote=quote(text), note=note, criterion=criterion)


def _first(turns: list[TurnView], test) -> TurnView | None:  # type: ignore[no-untyped-def]
    return next((t for t in turns if test(t)), None)


def _call_order(ctx: Context, result: DimensionResult, first_offer: int | None) -> SubScore:
    lang, book, agent = ctx.lang, ctx.book, ctx.agent
    if not agent:
        return SubScore(name="call_order", score=None, weight=WEIGHTS["call_order"])
    identify = _first(agent[:3], lambda t: book.has(t.norm, "identify_self"))
    verify = _first(agent, lambda t: "verification" in t.acts or book.has(t.norm, "verification"))
    disclose = _first(agent, lambda t: "disclosure" in t.acts or book.has(t.norm, "amount"))
    explore = _first(
        agent,
        lambda t: t.is_question and (book.has(t.norm, "capacity_question") or "open_question" in t.acts),
    )
    checks: list[tuple[bool, str]] = [(identify is not None, tr(lang, "se présente", "introduces self"))]
    if disclose is not None:
        checks.append(
            (
                verify is not None and verify.index <= disclose.index,
                tr(
                    lang,
                    "vérifie l'interlocuteur avant d'évoquer la dette",
                    "verifies the right party before disclosing",
                ),
            )
        )
    if first_offer is not None:
        checks.append(
            (
                disclose is not None and disclose.index <= first_offer,
                tr(lang, "expose la dette avant de proposer", "discloses before proposing"),
            )
        )
        checks.append(
            (
                explore is not None and explore.index < first_offer,
                tr(lang, "explore avant de proposer", "explores before proposing"),
            )
        )
    passed = [label for ok, label in checks if ok]
    failed = [label for ok, label in checks if not ok]
    for step, label in ((identify, "identify"), (verify, "verify"), (disclose, "disclose")):
        if step is not None:
            result.evidence.append(
                _ev(step.index, step.text, tr(lang, f"étape : {label}", f"step: {label}"), "call_order")
            )
    note = "; ".join([f"✓ {p}" for p in passed] + [f"✗ {f}" for f in failed])
    return SubScore(
        name="call_order",
        score=round(100.0 * len(passed) / len(checks), 1),
        weight=WEIGHTS["call_order"],
        note=note,
    )


def _explored(ctx: Context, result: DimensionResult, first_offer: int | None) -> SubScore:
    lang, book = ctx.lang, ctx.book
    limit = first_offer if first_offer is not None else 10**9
    asked = [
        t
        for t in ctx.agent
        if t.index < limit and book.has(t.norm, "capacity_question") and ("?" in t.text or t.is_question)
    ]
    for t in asked:
        result.evidence.append(
            _ev(
                t.index,
                t.text,
                tr(
                    lang,
                    "explore la situation et la capacité de paiement",
                    "explores the situation and ability to pay",
                ),
                "explored_ability_to_pay",
            )
        )
    value = None if first_offer is None and len(ctx.agent) < 4 else 100.0 if asked else 0.0
    return SubScore(
        name="explored_ability_to_pay",
        score=value,
        weight=WEIGHTS["explored_ability_to_pay"],
        note=tr(
            lang,
            f"{len(asked)} question(s) sur la situation avant de proposer",
            f"{len(asked)} question(s) about the situation before proposing",
        ),
        turns=[t.index for t in asked],
    )


def _top_down(ctx: Context, result: DimensionResult, offers: list[TurnView]) -> SubScore:
    lang, book = ctx.lang, ctx.book
    if not offers:
        return SubScore(name="top_down", score=None, weight=WEIGHTS["top_down"])
    first = offers[0]
    asked_full = _first(
        [t for t in ctx.agent if t.index <= first.index], lambda t: book.has(t.norm, "full_balance")
    )
    unable = next((t for t in ctx.debtor if t.index < first.index and book.has(t.norm, "cannot_pay")), None)
    if book.has(first.norm, "discount"):
        value, note = 0.0, tr(lang, "ouvre sur une remise", "opens with a discount")
    elif unable is not None and asked_full is None:
        # Asking for the full balance after the debtor said they cannot pay it is pressure, not method.
        return SubScore(
            name="top_down",
            score=None,
            weight=WEIGHTS["top_down"],
            note=tr(
                lang,
                "sans objet : le débiteur a déjà dit ne pas pouvoir payer le solde",
                "not applicable: the debtor already said they cannot pay the balance",
            ),
            turns=[unable.index],
        )
    elif asked_full is not None:
        value, note = 100.0, tr(lang, "commence par le solde total", "starts from the full balance")
        result.evidence.append(_ev(asked_full.index, asked_full.text, note, "top_down"))
    else:
        value, note = (
            40.0,
            tr(lang, "commence directement par un échéancier", "starts directly with instalments"),
        )
    return SubScore(name="top_down", score=value, weight=WEIGHTS["top_down"], note=note, turns=[first.index])


def _options(ctx: Context, result: DimensionResult, offers: list[TurnView], count: int) -> SubScore:
    lang = ctx.lang
    if not offers:
        value = 0.0 if len(ctx.agent) >= 4 and not _dispute_case(ctx) else None
    else:
        value = 100.0 if count >= 2 else 60.0
    for t in offers:
        result.evidence.append(_ev(t.index, t.text, tr(lang, "proposition", "offer"), "options_offered"))
    return SubScore(
        name="options_offered",
        score=value,
        weight=WEIGHTS["options_offered"],
        note=tr(lang, f"{count} option(s) proposée(s)", f"{count} option(s) offered"),
        turns=[t.index for t in offers],
    )


def _count_options(ctx: Context, offers: list[TurnView]) -> int:
    """Distinct proposals: each amount offered as an alternative counts once; a turn without an amount is one."""
    from scoring.offers import parse_amounts

    amounts: set[float] = set()
    unpriced = 0
    said: dict[str, list[float]] = {}
    for turn in offers:
        if ctx.terms(turn) is None:
            found = []
        else:
            if turn.text not in said:
                said[turn.text] = parse_amounts(turn.text, ctx.lang)
            found = said[turn.text]
        if not found:
            unpriced += 1
            continue
        alternatives = _ALTERNATIVE[ctx.lang].search(turn.norm) is not None
        amounts.update(round(a, 2) for a in (found if alternatives else found[:1]))
    return len(amounts) + unpriced


def _dispute_case(ctx: Context) -> bool:
    # A dispute not known to be unfounded puts collection on hold: no promise to pay is expected.
    return bool(ctx.facts and ctx.facts.dispute and ctx.facts.dispute_founded is not False)


def _promise(ctx: Context, offers: list[TurnView]) -> Promise:
    if ctx.outcome is not None:
        agreement = ctx.outcome.agreement
        if agreement is None:
            return Promise()
        amount = agreement.monthly if agreement.monthly is not None else agreement.total
        return Promise(
            amount=amount,
            date=agreement.first_date is not None,
            method=bool(agreement.method),
            monthly=agreement.monthly,
            total=agreement.total,
            agreed=True,
        )
    if not offers:
        return Promise()
    promise = Promise()
    window = [t for t in ctx.turns if t.index >= offers[-1].index]
    turns = []
    offered_monthly: set[float] = set()
    for turn in window:
        terms = ctx.terms(turn)
        if terms is not None:
            amount = terms.monthly if terms.monthly is not None else terms.total
            monthly, total = terms.monthly, terms.total
            if terms.monthly is not None and turn.speaker == "agent":
                offered_monthly.add(round(terms.monthly, 2))
            if monthly is None and total is not None and round(total, 2) in offered_monthly:
                monthly = total  # « 40 euros, ça ira » answers an offer of 40 € a month
            if amount is not None:
                promise.amount, promise.monthly, promise.total = amount, monthly, total
            promise.date = promise.date or terms.first_date is not None
            promise.method = promise.method or bool(terms.method)
            turns.append(turn.index)
        promise.date = promise.date or ctx.book.has(turn.norm, "date")
        promise.method = promise.method or ctx.book.has(turn.norm, "method")
        if turn.speaker == "debtor" and ctx.book.has(turn.norm, "assent"):
            promise.agreed = True
    promise.turns = tuple(turns)
    return promise


def _promise_scores(
    ctx: Context, result: DimensionResult, offers: list[TurnView], promise: Promise
) -> list[SubScore]:
    lang, book = ctx.lang, ctx.book
    long_enough = len(ctx.agent) >= 4
    if _dispute_case(ctx):
        smart: float | None = None
    elif not offers and ctx.outcome is None:
        smart = 0.0 if long_enough else None
    else:
        smart = round(100.0 * promise.parts / 3, 1) if (promise.agreed or promise.parts) else 0.0
    if smart is not None and smart < 100 and offers:
        result.issues.append(Issue(offers[-1].index, "vague_promise"))
    parts = []
    if promise.amount is not None:
        parts.append(tr(lang, "montant", "amount"))
    if promise.date:
        parts.append("date")
    if promise.method:
        parts.append(tr(lang, "moyen de paiement", "method"))
    smart_sub = SubScore(
        name="smart_promise",
        score=smart,
        weight=WEIGHTS["smart_promise"],
        note=tr(lang, "engagement : ", "promise: ") + (", ".join(parts) or tr(lang, "aucun", "none")),
        turns=list(promise.turns),
    )
    recap_turn = None
    if offers:
        recap_turn = _first(
            [t for t in ctx.agent if t.index > offers[-1].index or t is offers[-1]],
            lambda t: "summary" in t.acts or book.has(t.norm, "recap"),
        )
        if recap_turn is None:
            result.issues.append(Issue(ctx.agent[-1].index, "missing_recap"))
        else:
            result.evidence.append(
                _ev(
                    recap_turn.index,
                    recap_turn.text,
                    tr(lang, "récapitule l'accord", "recaps the agreement"),
                    "recap",
                )
            )
    recap_sub = SubScore(
        name="recap",
        score=None if not offers else (100.0 if recap_turn else 0.0),
        weight=WEIGHTS["recap"],
        note=tr(lang, "récapitulatif de l'accord", "recap of the agreement"),
        turns=[recap_turn.index] if recap_turn else [],
    )
    return [smart_sub, recap_sub]


def _truth_scores(
    ctx: Context, result: DimensionResult, offers: list[TurnView], promise: Promise
) -> list[SubScore]:
    lang, facts, book = ctx.lang, ctx.facts, ctx.book
    subs = []
    affordable: float | None = None
    note = ""
    agreement = ctx.outcome.agreement if ctx.outcome else None
    if agreement is not None and agreement.affordable is not None:
        affordable = 100.0 if agreement.affordable else 0.0
    elif facts is not None and promise.amount is not None:
        if promise.monthly is not None and facts.monthly_capacity is not None:
            affordable = 100.0 if promise.monthly <= facts.monthly_capacity * 1.05 else 0.0
        elif promise.total is not None and (
            facts.lump_sum_available is not None or facts.monthly_capacity is not None
        ):
            cap = max(facts.lump_sum_available or 0.0, facts.monthly_capacity or 0.0)
            affordable = 100.0 if promise.total <= cap * 1.05 else 0.0
    if affordable is not None:
        note = (
            tr(
                lang,
                "accord tenable au regard de la capacité réelle",
                "agreement affordable given the real capacity",
            )
            if affordable
            else tr(
                lang,
                "accord au-delà de la capacité réelle du débiteur",
                "agreement beyond the debtor's real capacity",
            )
        )
    subs.append(
        SubScore(
            name="affordable_agreement", score=affordable, weight=WEIGHTS["affordable_agreement"], note=note
        )
    )

    uncovered: float | None = None
    cue_turns: list[int] = []
    if facts is not None and facts.hidden_constraint_cues:
        cues = [c.lower() for c in facts.hidden_constraint_cues]
        for position, turn in enumerate(ctx.turns):
            if not any(c in turn.norm for c in cues):
                continue
            asked = turn.speaker == "agent" or any(
                t.is_question for t in ctx.turns[max(0, position - 1) : position] if t.speaker == "agent"
            )
            if asked:
                cue_turns.append(turn.index)
        if ctx.outcome is not None and ctx.outcome.disclosed_facts:
            cue_turns = cue_turns or [ctx.turns[-1].index]
        uncovered = 100.0 if cue_turns else 0.0
        for index in cue_turns[:2]:
            turn = next(t for t in ctx.turns if t.index == index)
            result.evidence.append(
                _ev(
                    index,
                    turn.text,
                    tr(lang, "contrainte réelle mise au jour", "real constraint uncovered"),
                    "real_constraint_uncovered",
                )
            )
    subs.append(
        SubScore(
            name="real_constraint_uncovered",
            score=uncovered,
            weight=WEIGHTS["real_constraint_uncovered"],
            note=tr(lang, "la vraie contrainte du débiteur", "the debtor's real constraint"),
            turns=cue_turns,
        )
    )

    concession: float | None = None
    c_note = ""
    if offers:
        concession = 100.0
        asked_discount = False
        for turn in ctx.turns:
            if turn.speaker == "debtor" and book.has(turn.norm, "discount_request"):
                asked_discount = True
            if (
                turn.speaker == "agent"
                and "offer" in turn.acts
                and book.has(turn.norm, "discount")
                and not asked_discount
            ):
                concession = 0.0
                c_note = tr(lang, "remise proposée sans qu'elle soit demandée", "discount offered unprompted")
                result.issues.append(Issue(turn.index, "unprompted_discount"))
                result.evidence.append(_ev(turn.index, turn.text, c_note, "no_over_concession"))
                break
        if (
            concession
            and facts is not None
            and facts.monthly_capacity
            and promise.monthly is not None
            and promise.monthly < 0.5 * facts.monthly_capacity
        ):
            concession = 40.0
            c_note = tr(
                lang,
                "mensualité très en dessous de la capacité réelle",
                "instalment far below the real capacity",
            )
    subs.append(
        SubScore(
            name="no_over_concession", score=concession, weight=WEIGHTS["no_over_concession"], note=c_note
        )
    )

    met = None
    if ctx.outcome is not None:
        met = 100.0 if ctx.outcome.objective_met else 0.0
    subs.append(
        SubScore(
            name="objective_met",
            score=met,
            weight=WEIGHTS["objective_met"],
            note=ctx.outcome.outcome if ctx.outcome else "",
        )
    )
    return subs
