"""A simulated debtor: who they are, what they owe, what they can really pay, and what they hide."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from amiable.content import StrictModel
from simulator.models.vocabulary import Emotion, Intent, Locale, Overlay, PaymentMethod, Trigger

Level = float  # 0.0 … 1.0


class Segment(StrictModel):
    ability: Literal["able", "partial", "unable"]
    willingness: Literal["willing", "reluctant", "unwilling"]
    overlays: tuple[Overlay, ...] = ()


class Debt(StrictModel):
    creditor: str
    kind: Literal[
        "energy",
        "telecom",
        "consumer_credit",
        "rent",
        "retail",
        "health",
        "insurance",
        "b2b_invoice",
        "other",
    ]
    amount: float = Field(gt=0)
    currency: Literal["EUR", "USD", "GBP"] = "EUR"
    reference: str
    due_date: dt.date
    days_past_due: int = Field(ge=0)
    payment_history: str
    letter_date: dt.date | None = None  # first letter (FR R124-4: recalled in every contact)
    legal_action_intended: bool = False  # the creditor really intends, and may take, a legal next step
    time_barred: bool = False


class Finances(StrictModel):
    monthly_income: float = Field(ge=0)
    essential_expenses: float = Field(ge=0)
    monthly_capacity: float = Field(ge=0)  # the most they can really sustain per month
    lump_sum_now: float = Field(ge=0)  # what they could pay at once today
    preferred_method: PaymentMethod = "transfer"
    payday: int | None = Field(default=None, ge=1, le=31)  # day of month money arrives


class RevealCondition(StrictModel):
    """A hidden fact is told when ANY listed condition holds (none listed: never volunteered)."""

    after_open_question: bool = False
    after_empathy: bool = False
    after_reflection: bool = False
    min_trust: Level | None = Field(default=None, ge=0, le=1)
    asked_about: tuple[str, ...] = ()  # lowercase stems; a trainee question containing one reveals it


class HiddenFact(StrictModel):
    id: str
    text: tuple[str, ...] = Field(min_length=1)  # how the debtor says it (one is picked)
    reveal: RevealCondition
    cues: tuple[str, ...] = ()  # stems showing the trainee took it in (scorer: uncovered constraint)
    constraint: bool = True  # the real reason behind non-payment (what a good trainee uncovers)


class DisputeFacts(StrictModel):
    kind: Literal["already_paid", "wrong_amount", "never_delivered", "not_my_debt", "time_barred"]
    founded: bool
    details: tuple[str, ...] = Field(min_length=1)  # what the debtor says to support it


class Vulnerability(StrictModel):
    flags: tuple[Literal["illness", "mental_health", "bereavement", "low_literacy", "age", "capacity"], ...]
    needs_pause: bool = True  # the right move is to offer a pause/hold, not a plan


class EmotionBaseline(StrictModel):
    anger: Level = Field(ge=0, le=1)
    anxiety: Level = Field(ge=0, le=1)
    shame: Level = Field(ge=0, le=1)
    trust: Level = Field(ge=0, le=1)
    cooperation: Level = Field(ge=0, le=1)


class Objection(StrictModel):
    id: str
    lines: tuple[str, ...] = Field(min_length=1)
    when: Literal["early", "on_offer", "on_pressure", "any"] = "any"


class Persona(StrictModel):
    id: str
    locale: Locale
    name: str
    gender: Literal["f", "m", "x"] = "x"
    age: int | None = Field(default=None, ge=16, le=110)
    segment: Segment
    background: str
    debt: Debt
    finances: Finances
    hidden_facts: tuple[HiddenFact, ...] = ()
    dispute: DisputeFacts | None = None
    vulnerability: Vulnerability | None = None
    emotion: EmotionBaseline
    # Multipliers of the engine's base effect for each trigger (1.0 = typical, 2.0 = twice as sensitive).
    sensitivities: dict[Trigger, float] = Field(default_factory=dict)
    # How much trust is needed before they yield on money (0 = easy, 1 = very hard).
    resistance: Level = Field(default=0.4, ge=0, le=1)
    objections: tuple[Objection, ...] = ()
    # Persona-specific lines by intent; the locale's default lines fill the other intents.
    voice: dict[Intent, tuple[str, ...]] = Field(default_factory=dict)
    mood_lines: dict[Emotion, tuple[str, ...]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check_consistency(self) -> Persona:
        ids = [fact.id for fact in self.hidden_facts]
        if len(ids) != len(set(ids)):
            raise ValueError("hidden_facts: ids must be unique")
        if self.finances.monthly_capacity > self.finances.monthly_income:
            raise ValueError("finances.monthly_capacity: cannot exceed monthly_income")
        for trigger, factor in self.sensitivities.items():
            if not 0 <= factor <= 5:
                raise ValueError(f"sensitivities.{trigger}: must be between 0 and 5")
        return self
