"""The money part of a reply: answer an offer, propose one's own figures, complete and confirm an agreement."""

from __future__ import annotations

from scoring.facts import AgreementFacts
from scoring.offers import OfferTerms
from simulator import negotiation
from simulator.situation import Reply, Situation


def _ready_to_talk(s: Situation) -> bool:
    levels = s.state.levels
    return (
        levels["trust"] >= 0.3 + 0.35 * s.truth.resistance
        and levels["cooperation"] >= 0.3
        and levels["anger"] < 0.6
    )


def _hold_back(s: Situation) -> Reply:
    s.deal.stalls += 1
    if s.state["trust"] < 0.4 and s.last_intent != "ask_letter" and s.deal.stalls % 2 == 1:
        return Reply("ask_letter")
    return Reply("stall", "busy" if s.state.avoidant else None)


def recap_mismatch(s: Situation, agreed: AgreementFacts) -> Reply | None:
    """The trainee sums up (or closes on) figures that are not the ones agreed: the debtor puts it right."""
    heard = s.heard
    recapping = heard.has("recap") or heard.has("closing") or "summary" in heard.acts
    if heard.terms is None or not recapping or not negotiation.differs(agreed, heard.terms):
        return None
    s.deal.mismatches += 1
    return Reply("confirm_recap", "mismatch", slots={"offer": s.words(agreed)})


def _confirm(s: Situation) -> Reply | None:
    deal, heard = s.deal, s.heard
    assert deal.agreement is not None
    if heard.terms is None and (heard.has("capacity_question") or "commitment_request" in heard.acts):
        return Reply("confirm_recap", "already", slots={"offer": s.words(deal.agreement)})
    if heard.terms is not None:
        deal.agreement = negotiation.completed(deal.agreement, heard.terms)
    if heard.terms is None and "summary" not in heard.acts and not heard.has("agree"):
        return None
    agreement = deal.agreement
    if agreement.first_date is None or agreement.method is None:
        return Reply("accept", "vague")
    return Reply("confirm_recap", slots={"offer": s.words(agreement)})


def bargain(s: Situation) -> Reply | None:
    deal, heard, truth = s.deal, s.heard, s.truth
    reading = heard.reading
    has_amount = reading is not None and reading.amount is not None
    if deal.agreement is not None and (mismatch := recap_mismatch(s, deal.agreement)) is not None:
        return mismatch
    if deal.agreement is not None and has_amount and _new_amount(deal.agreement, reading):
        deal.agreement = None  # the trainee reopens the deal with other figures
    if deal.agreement is not None:
        return _confirm(s)
    if deal.pending_counter is not None and heard.has("agree") and not has_amount:
        agreement = negotiation.completed(deal.pending_counter, heard.terms)
        deal.agree(agreement, s.turn)
        return Reply("accept", slots={"offer": s.words(agreement)})
    if has_amount and heard.terms is not None and reading is not None:
        return _answer_offer(s)
    asked = heard.has("capacity_question") or bool({"commitment_request", "offer"} & set(heard.acts))
    if not asked:
        return None
    if _ready_to_talk(s):
        counter = negotiation.counter_offer(s.state["trust"], truth, s.today)
        if counter is not None:
            deal.pending_counter = counter
            return Reply("counter_offer", slots={"counter": s.words(counter)})
    return _hold_back(s)


def _new_amount(agreement: AgreementFacts, reading: negotiation.Reading) -> bool:
    agreed = agreement.monthly if reading.plan else agreement.total
    return agreed is None or reading.amount is None or abs(agreed - reading.amount) > 0.5


def _answer_offer(s: Situation) -> Reply:
    deal, heard, truth = s.deal, s.heard, s.truth
    terms, reading = heard.terms, heard.reading
    assert terms is not None and reading is not None
    decision = negotiation.decide(terms, truth, s.state.levels, s.today)
    offer_words = s.describe(terms)
    unaffordable = reading.affordable is False
    if decision.action == "accept":
        agreement = negotiation.agreement_from(terms, reading, truth)
        if (
            deal.pending_counter is not None
        ):  # "OK for your 40 a month": the debtor's own date and method stand
            agreement = negotiation.completed(agreement, _as_terms(deal.pending_counter))
        deal.agree(agreement, s.turn)
        deal.last_refused = False
        words = s.words(agreement)
        if unaffordable:
            return Reply("accept", "cornered", slots={"offer": words})
        if agreement.first_date is None or agreement.method is None:
            return Reply("accept", "vague", slots={"offer": words})
        return Reply("accept", slots={"offer": words})
    if decision.action == "counter" and decision.counter is not None:
        deal.pending_counter = decision.counter
        deal.last_refused = False
        slots = {"counter": s.words(decision.counter), "offer": offer_words}
        return Reply("counter_offer", "unaffordable" if unaffordable else None, slots=slots)
    if decision.action == "refuse":
        deal.refusals += 1
        deal.last_refused = True
        return Reply("refuse", "unaffordable" if unaffordable else None, slots={"offer": offer_words})
    return _hold_back(s)


def _as_terms(facts: AgreementFacts) -> OfferTerms:
    return OfferTerms(
        total=facts.total, monthly=facts.monthly, first_date=facts.first_date, method=facts.method
    )
