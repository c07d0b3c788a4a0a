"""One debtor reply in the making: what the rules see (Situation) and what they decide (Reply)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from scoring.facts import AgreementFacts
from scoring.offers import OfferTerms, describe_offer
from simulator.deal import Deal
from simulator.hearing import Heard
from simulator.models import Persona
from simulator.negotiation import Terms, Truth
from simulator.state import EmotionalState


@dataclass
class Reply:
    intent: str
    variant: str | None = None
    mood: str | None = None
    own_lines: tuple[str, ...] = ()
    follow: tuple[str, ...] = ()
    slots: dict[str, str] = field(default_factory=dict)
    ended: bool = False


@dataclass
class Situation:
    persona: Persona
    truth: Truth
    lang: str
    today: dt.date
    turn: int
    heard: Heard
    state: EmotionalState
    deal: Deal
    rng: random.Random
    last_intent: str | None
    last_mood: str | None = None  # the strongest negative feeling at the end of the debtor's last turn
    covered: frozenset[str] = frozenset()  # hidden facts whose request the trainee already met

    def words(self, facts: AgreementFacts) -> str:
        terms = OfferTerms(
            total=facts.total if facts.monthly is None else None,
            monthly=facts.monthly,
            instalments=facts.instalments,
            first_date=facts.first_date,
            method=facts.method,
        )
        return self.describe(terms)

    def describe(self, terms: Terms) -> str:
        return describe_offer(terms, self.truth.currency, self.lang, self.today)  # type: ignore[arg-type]
