"""A training scenario: a persona, a brief for the trainee, a difficulty and a checkable objective."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from amiable.content import StrictModel
from simulator.models.vocabulary import Channel, Difficulty, Jurisdiction, Locale

ObjectiveKind = Literal[
    "promise_to_pay",  # an affordable SMART promise (amount, date, method)
    "full_payment",  # the whole balance paid now or within days
    "dispute_logged",  # the dispute recorded and collection suspended
    "vulnerability_pause",  # vulnerability spotted and a pause/hold offered
    "callback_agreed",  # an avoidant debtor agrees a concrete time to talk
]


class Objective(StrictModel):
    kind: ObjectiveKind
    description: str
    # Machine-checkable criteria on the engine's outcome (ignored where they don't apply to the kind).
    must_be_affordable: bool = True
    require_date: bool = True
    require_method: bool = True
    min_share_of_balance: float = Field(default=0.0, ge=0, le=1)  # total promised ÷ balance
    max_days_to_first_payment: int = Field(default=31, ge=0)
    must_uncover: tuple[str, ...] = ()  # hidden fact ids the trainee must have drawn out


class Scenario(StrictModel):
    id: str
    locale: Locale
    persona: str
    title: str
    brief: str  # what the trainee is told before the call
    channel: Channel = "phone"
    difficulty: Difficulty
    objective: Objective
    max_turns: int = Field(default=24, ge=4, le=80)
    jurisdiction: Jurisdiction = "fr"
    rubric_weights: (
        dict[Literal["active_listening", "positive_language", "negotiation", "compliance"], float] | None
    ) = None
    trainer_notes: str = ""
    today: dt.date | None = None  # fixed ISO date of the call, for reproducible dates; default: the real date

    @model_validator(mode="after")
    def _check_weights(self) -> Scenario:
        weights = self.rubric_weights
        if weights is not None and (any(w < 0 for w in weights.values()) or sum(weights.values()) <= 0):
            raise ValueError("rubric_weights: weights must be >= 0 and not all zero")
        return self
