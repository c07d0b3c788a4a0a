"""Scripted trainee agents: what they know (the agent's file) and how they pick their words.

A policy only uses what a trainee sees: the brief and the file (name, creditor, balance, reference, letter
date, the objective's kind) and the debtor's replies. It never reads the persona's hidden truth.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from amiable.content import StrictModel, load_model
from scoring.offers import OfferTerms, describe_offer, format_amount, format_date
from simulator.models import Objective, Persona, Scenario
from simulator.models.vocabulary import Locale
from simulator.voices.scripted import inflect

LINES_DIR = Path(__file__).parent / "lines"
_ELISION = re.compile(r"\b(qu|[Qq]u)e ([aeiouéèêà])")


class PolicyLines(StrictModel):
    locale: Locale
    agents: tuple[str, ...]
    skilled: dict[str, tuple[str, ...]]
    pushy: dict[str, tuple[str, ...]]
    passive: dict[str, tuple[str, ...]]


@functools.cache
def policy_lines(locale: str) -> PolicyLines:
    return load_model(LINES_DIR / f"{locale}.yaml", PolicyLines)


@dataclass(frozen=True)
class AgentFile:
    """What is on the trainee's screen before and during the call."""

    lang: str
    brief: str
    objective_kind: str
    name: str
    title: str
    creditor: str
    balance: float
    currency: str
    reference: str
    letter_date: dt.date | None
    today: dt.date
    gender: str = "x"
    objective: Objective | None = None  # the criteria shown with the brief

    @classmethod
    def of(cls, scenario: Scenario, persona: Persona, today: dt.date) -> AgentFile:
        lang = scenario.locale
        titles = {"fr": {"f": "Mme", "m": "M."}, "en": {"f": "Ms.", "m": "Mr."}}[lang]
        return cls(
            lang=lang,
            brief=scenario.brief,
            objective_kind=scenario.objective.kind,
            name=persona.name,
            title=titles.get(persona.gender, ""),
            creditor=persona.debt.creditor,
            balance=persona.debt.amount,
            currency=persona.debt.currency,
            reference=persona.debt.reference,
            letter_date=persona.debt.letter_date,
            today=today,
            gender=persona.gender,
            objective=scenario.objective,
        )

    def money(self, amount: float) -> str:
        return format_amount(amount, self.currency, self.lang)

    def offer_words(self, terms: OfferTerms) -> str:
        return describe_offer(terms, self.currency, self.lang, self.today)


class Policy(Protocol):
    name: str

    def next_message(self, debtor_text: str) -> str | None:
        """The agent's next message after the debtor said ``debtor_text`` (None: nothing more to say)."""
        ...


class ScriptedAgent:
    """Shared machinery: seeded choice of unused lines, slots from the file."""

    name = "scripted"

    def __init__(self, file: AgentFile, seed: int) -> None:
        self.file = file
        self.rng = random.Random(f"{self.name}:{seed}")
        lines = policy_lines(file.lang)
        self.lines: dict[str, tuple[str, ...]] = getattr(lines, self.name)
        self.agent, _, agent_gender = self.rng.choice(lines.agents).partition("/")
        self.used: set[str] = set()
        letter = file.letter_date or file.today
        self.slots = {
            "agent": self.agent,
            "e": "e" if agent_gender == "f" else "",
            "about": "",
            "creditor": file.creditor,
            "of_creditor": ("d'" if file.creditor[:1].lower() in "aeiouyéèêh" else "de ") + file.creditor,
            "title": file.title,
            "name": file.name,
            "balance": file.money(file.balance),
            "reference": file.reference,
            "letter": format_date(letter, file.lang, file.today),
        }

    def say(self, key: str, **slots: str) -> str:
        options = self.lines.get(key, ())
        fresh = [line for line in options if line not in self.used] or list(options)
        line = self.rng.choice(fresh)
        self.used.add(line)
        text = inflect(line.format_map({**self.slots, **slots}), self.file.gender)
        if self.file.lang == "fr":
            text = _ELISION.sub(r"\1'\2", text)  # « que avant » → « qu'avant »
        return " ".join(text.split()).replace(" ?", " ?").strip()
