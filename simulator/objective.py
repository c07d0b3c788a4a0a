"""Whether a call met its scenario's objective: a machine check of the outcome against the criteria."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from scoring.facts import AgreementFacts
from simulator.models import Objective

OUTCOME_FOR_KIND = {
    "dispute_logged": "dispute_logged",
    "vulnerability_pause": "paused",
    "callback_agreed": "callback_agreed",
}


def share_of_balance(agreement: AgreementFacts, balance: float) -> float:
    """Total promised ÷ balance; an open-ended monthly plan is a plan to clear the whole balance."""
    if agreement.total is not None and agreement.monthly is None:
        promised = agreement.total
    elif agreement.monthly is not None and agreement.instalments:
        promised = agreement.monthly * agreement.instalments
    elif agreement.monthly is not None:
        promised = balance
    else:
        promised = agreement.total or 0.0
    return promised / balance if balance > 0 else 0.0


def agreement_problems(
    objective: Objective, agreement: AgreementFacts, balance: float, today: dt.date
) -> list[str]:
    """The criteria an agreement misses (empty: it meets them)."""
    problems: list[str] = []
    if objective.must_be_affordable and agreement.affordable is False:
        problems.append("not affordable")
    if objective.require_date and agreement.first_date is None:
        problems.append("no date")
    if objective.require_method and agreement.method is None:
        problems.append("no method")
    required_share = objective.min_share_of_balance
    if objective.kind == "full_payment":
        required_share = required_share or 1.0
        if agreement.monthly is not None and not agreement.instalments:
            problems.append("a plan, not a payment")
    if share_of_balance(agreement, balance) < required_share - 0.005:
        problems.append("share of balance too small")
    if (
        agreement.first_date is not None
        and (agreement.first_date - today).days > objective.max_days_to_first_payment
    ):
        problems.append("first payment too late")
    return problems


def objective_met(
    objective: Objective,
    outcome: str,
    agreement: AgreementFacts | None,
    balance: float,
    today: dt.date,
    disclosed: Collection[str],
) -> bool:
    if any(fact_id not in disclosed for fact_id in objective.must_uncover):
        return False
    if objective.kind in OUTCOME_FOR_KIND:
        return outcome == OUTCOME_FOR_KIND[objective.kind]
    if outcome != "agreement" or agreement is None:
        return False
    return not agreement_problems(objective, agreement, balance, today)
