"""Negotiation against the hidden truth: is an offer affordable, how far will this debtor yield, what to counter.

The debtor knows their real finances (``persona.finances``) but only concedes as much as their trust allows:
the ceiling they will accept rises from a cautious share of their capacity towards all of it as trust grows,
more slowly for a resistant persona or a harder scenario.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Literal, Protocol

from scoring.facts import AgreementFacts
from simulator.models import Persona
from simulator.models.vocabulary import Difficulty
from simulator.state import DIFFICULTY

Action = Literal["accept", "counter", "refuse", "hesitate"]
EVEN_SPLIT_UP_TO = 4  # a debtor splits a small balance evenly; a long plan keeps a round monthly figure


class Terms(Protocol):
    """What scoring.offers.OfferTerms offers (read-only)."""

    total: float | None
    monthly: float | None
    instalments: int | None
    first_date: dt.date | None
    method: str | None
    full_balance: bool


@dataclass(frozen=True)
class Truth:
    """The debtor's money as the engine knows it (never shown to the trainee)."""

    balance: float
    currency: str
    capacity: float
    lump_sum: float
    payday: int | None
    preferred_method: str
    resistance: float  # effective: persona resistance adjusted by difficulty and willingness

    @classmethod
    def of(cls, persona: Persona, difficulty: Difficulty) -> Truth:
        unwilling = {"willing": 0.0, "reluctant": 0.05, "unwilling": 0.12}[persona.segment.willingness]
        resistance = min(1.0, max(0.0, persona.resistance + DIFFICULTY[difficulty][2] + unwilling))
        fin = persona.finances
        return cls(
            balance=persona.debt.amount,
            currency=persona.debt.currency,
            capacity=fin.monthly_capacity,
            lump_sum=fin.lump_sum_now,
            payday=fin.payday,
            preferred_method=fin.preferred_method,
            resistance=resistance,
        )


@dataclass(frozen=True)
class Reading:
    """How the debtor reads an offer: a one-off or a plan, and whether they could really keep it."""

    plan: bool
    amount: float | None  # one-off amount, or the monthly instalment of a plan
    affordable: bool | None  # None: no amount to judge


@dataclass(frozen=True)
class Decision:
    action: Action
    counter: AgreementFacts | None = None
    reading: Reading | None = None


def read_offer(terms: Terms, truth: Truth, today: dt.date) -> Reading:
    monthly = terms.monthly
    if monthly is None and terms.instalments and terms.instalments > 1:
        monthly = (terms.total or truth.balance) / terms.instalments
    if monthly is not None:
        upfront_ok = True
        if terms.total is not None and terms.instalments is None and terms.total < truth.balance * 0.95:
            upfront_ok = terms.total <= truth.lump_sum + 0.5  # "X now, then Y a month"
        return Reading(True, monthly, monthly <= truth.capacity + 0.5 and upfront_ok)
    amount = truth.balance if terms.full_balance and terms.total is None else terms.total
    if amount is None:
        return Reading(False, None, None)
    months_ahead = max(0, (terms.first_date - today).days // 30) if terms.first_date else 0
    return Reading(False, amount, amount <= truth.lump_sum + truth.capacity * months_ahead + 0.5)


def willingness(trust: float, truth: Truth) -> float:
    """0 … 1: how much of their real capacity the debtor is ready to commit at this trust level."""
    return min(1.0, max(0.0, (trust - 0.2 - 0.3 * truth.resistance) / 0.3))


def _round_down(amount: float, step: float) -> float:
    return max(step, step * int(amount // step))


def ceilings(trust: float, truth: Truth) -> tuple[float, float]:
    """(monthly, one-off) amounts the debtor would agree to right now."""
    share = 0.4 + 0.6 * willingness(trust, truth)
    step = 5.0 if truth.capacity >= 20 else 1.0
    monthly = _round_down(truth.capacity * share, step) if truth.capacity > 0 else 0.0
    lump = truth.lump_sum if share >= 0.97 else _round_down(truth.lump_sum * share, 10.0)
    return (min(monthly, truth.capacity), min(lump, truth.lump_sum, truth.balance))


def next_payday(truth: Truth, today: dt.date) -> dt.date:
    if truth.payday is None:
        return today + dt.timedelta(days=7)
    day = today + dt.timedelta(days=1)
    while day.day != min(truth.payday, 28):
        day += dt.timedelta(days=1)
    return day


def counter_offer(trust: float, truth: Truth, today: dt.date) -> AgreementFacts | None:
    """What the debtor proposes themselves; None when they cannot put anything on the table.

    A plan is a real plan: as many instalments as the balance needs at the monthly amount they can commit,
    split evenly when there are few of them, and one payment on payday when their month covers the balance.
    """
    monthly, lump = ceilings(trust, truth)
    if lump >= truth.balance - 0.5:
        return AgreementFacts(
            total=truth.balance, first_date=today, method=truth.preferred_method, affordable=True
        )
    if monthly <= 0:
        return None
    payday = next_payday(truth, today)
    instalments = max(1, math.ceil((truth.balance - 0.005) / monthly))
    if instalments == 1:
        return AgreementFacts(
            total=truth.balance, first_date=payday, method=truth.preferred_method, affordable=True
        )
    if instalments <= EVEN_SPLIT_UP_TO:  # « en deux fois » : 2 × 123,90 €, not 575 € a month
        monthly = math.ceil(truth.balance / instalments * 100) / 100
    return AgreementFacts(
        monthly=monthly,
        instalments=instalments,
        first_date=payday,
        method=truth.preferred_method,
        affordable=True,
    )


def decide(terms: Terms, truth: Truth, levels: dict[str, float], today: dt.date) -> Decision:
    """Accept, counter, refuse or hesitate over a concrete offer."""
    reading = read_offer(terms, truth, today)
    trust, anger, coop = levels["trust"], levels["anger"], levels["cooperation"]
    if reading.amount is None:
        counter = counter_offer(trust, truth, today) if coop >= 0.3 else None
        return Decision("counter" if counter else "hesitate", counter, reading)
    if not reading.affordable:
        cornered = levels["anxiety"] >= 0.7 and levels["shame"] >= 0.5 and anger < 0.4
        if cornered:  # says yes to end the call: a promise they cannot keep
            return Decision("accept", reading=reading)
        counter = counter_offer(trust, truth, today) if coop >= 0.25 and anger < 0.7 else None
        return Decision("counter" if counter else "refuse", counter, reading)
    if anger >= 0.65 or coop < 0.25:
        return Decision("refuse", reading=reading)
    monthly_cap, lump_cap = ceilings(trust, truth)
    within = reading.amount <= (monthly_cap if reading.plan else lump_cap) + 0.5
    if within and trust >= 0.25 + 0.3 * truth.resistance:
        return Decision("accept", reading=reading)
    counter = counter_offer(trust, truth, today)
    if counter is None or _same_or_more(counter, reading):
        return Decision("hesitate", reading=reading)
    return Decision("counter", counter, reading)


def _same_or_more(counter: AgreementFacts, reading: Reading) -> bool:
    amount = counter.monthly if reading.plan else counter.total
    return amount is None or (reading.amount is not None and amount >= reading.amount - 0.5)


def agreement_from(terms: Terms, reading: Reading, truth: Truth) -> AgreementFacts:
    monthly = reading.amount if reading.plan else None
    total = terms.total if terms.total is not None else (truth.balance if terms.full_balance else None)
    if not reading.plan and total is None:
        total = reading.amount
    return AgreementFacts(
        total=total,
        monthly=monthly,
        instalments=terms.instalments,
        first_date=terms.first_date,
        method=terms.method,
        affordable=reading.affordable,
    )


def completed(agreement: AgreementFacts, terms: Terms | None) -> AgreementFacts:
    """An agreement with the date or method the trainee adds after the debtor said yes."""
    if terms is None:
        return agreement
    update: dict[str, object] = {}
    if agreement.first_date is None and terms.first_date is not None:
        update["first_date"] = terms.first_date
    if agreement.method is None and terms.method is not None:
        update["method"] = terms.method
    if agreement.instalments is None and terms.instalments is not None:
        update["instalments"] = terms.instalments
    return agreement.model_copy(update=update) if update else agreement


def differs(agreed: AgreementFacts, terms: Terms) -> bool:
    """Whether figures the trainee states (a recap, a closing) contradict what was agreed."""
    if terms.monthly is not None:
        if agreed.monthly is None or abs(agreed.monthly - terms.monthly) > 0.5:
            return True
    elif terms.total is not None:
        if agreed.monthly is None:
            if agreed.total is None or abs(agreed.total - terms.total) > 0.5:
                return True
        else:
            plan_total = agreed.monthly * (agreed.instalments or 1)
            if min(abs(plan_total - terms.total), abs(agreed.monthly - terms.total)) > 0.5:
                return True
    if terms.instalments and agreed.instalments and terms.instalments != agreed.instalments:
        return True
    if terms.first_date and agreed.first_date and terms.first_date != agreed.first_date:
        return True
    return bool(terms.method and agreed.method and terms.method != agreed.method)
