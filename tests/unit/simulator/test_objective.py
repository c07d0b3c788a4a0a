from __future__ import annotations

import datetime as dt

from scoring.facts import AgreementFacts
from simulator.models import Objective
from simulator.objective import objective_met

TODAY = dt.date(2026, 10, 28)


def _promise(**criteria: object) -> Objective:
    return Objective(kind="promise_to_pay", description="d", **criteria)


def test_an_affordable_smart_promise_meets_a_promise_objective() -> None:
    deal = AgreementFacts(
        monthly=60, first_date=TODAY + dt.timedelta(days=7), method="transfer", affordable=True
    )
    assert objective_met(_promise(), "agreement", deal, 640, TODAY, ())


def test_an_unaffordable_promise_does_not() -> None:
    deal = AgreementFacts(monthly=300, first_date=TODAY, method="transfer", affordable=False)
    assert not objective_met(_promise(), "agreement", deal, 640, TODAY, ())


def test_a_promise_without_method_fails_when_a_method_is_required() -> None:
    deal = AgreementFacts(monthly=60, first_date=TODAY, affordable=True)
    assert not objective_met(_promise(), "agreement", deal, 640, TODAY, ())


def test_a_first_payment_too_late_fails() -> None:
    deal = AgreementFacts(
        monthly=60, first_date=TODAY + dt.timedelta(days=40), method="card", affordable=True
    )
    assert not objective_met(_promise(max_days_to_first_payment=31), "agreement", deal, 640, TODAY, ())


def test_full_payment_needs_the_whole_balance() -> None:
    objective = Objective(kind="full_payment", description="d", max_days_to_first_payment=7)
    part = AgreementFacts(total=100, first_date=TODAY, method="card", affordable=True)
    whole = AgreementFacts(total=186.4, first_date=TODAY, method="card", affordable=True)
    assert not objective_met(objective, "agreement", part, 186.4, TODAY, ())
    assert objective_met(objective, "agreement", whole, 186.4, TODAY, ())


def test_facts_to_uncover_must_have_been_told() -> None:
    objective = Objective(kind="vulnerability_pause", description="d", must_uncover=("illness",))
    assert not objective_met(objective, "paused", None, 400, TODAY, ())
    assert objective_met(objective, "paused", None, 400, TODAY, ("illness",))
