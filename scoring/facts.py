"""What the scorer may know beyond the words: the scenario's hidden truth and the negotiated outcome.

The simulator fills these from a scenario and an engine run; a real call transcript may come with none.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Jurisdiction = Literal["fr", "us", "uk"]
Dimension = Literal["active_listening", "positive_language", "negotiation", "compliance"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScenarioFacts(_Frozen):
    """Hidden truth of a scenario, as far as scoring needs it."""

    scenario_id: str | None = None
    jurisdiction: Jurisdiction = "fr"
    currency: str = "EUR"
    balance: float | None = None
    monthly_capacity: float | None = None
    lump_sum_available: float | None = None
    # Whether the creditor really intends, and may lawfully take, a legal next step (makes a truthful,
    # conditional mention of court lawful).
    legal_action_intended: bool = False
    credit_debt: bool = False  # a credit, so a FICP/credit-file mention can be true
    consumer: bool = True  # consumer debt: no recovery fees may be charged (FR)
    time_barred: bool = False
    hardship: bool = False
    vulnerable: bool = False
    dispute: bool = False
    dispute_founded: bool | None = None
    # Keywords that show the trainee uncovered the real constraint (e.g. "licencié", "job").
    hidden_constraint_cues: tuple[str, ...] = ()
    objective: str | None = None
    weights: dict[Dimension, float] | None = None


class AgreementFacts(_Frozen):
    """A structured promise to pay as the engine understood it."""

    total: float | None = None
    monthly: float | None = None
    instalments: int | None = None
    first_date: dt.date | None = None
    method: str | None = None
    affordable: bool | None = None


class OutcomeFacts(_Frozen):
    """How a simulated call ended (absent for real transcripts)."""

    outcome: str
    objective_met: bool
    agreement: AgreementFacts | None = None
    disclosed_facts: tuple[str, ...] = Field(default=())
