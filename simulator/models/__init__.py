"""Content models of the simulator: personas and scenarios (YAML data validated by pydantic)."""

from simulator.models.persona import (
    Debt,
    DisputeFacts,
    EmotionBaseline,
    Finances,
    HiddenFact,
    Objection,
    Persona,
    RevealCondition,
    Segment,
    Vulnerability,
)
from simulator.models.scenario import Objective, Scenario
from simulator.models.vocabulary import EMOTIONS, INTENTS, TRIGGERS, Difficulty, Intent, Trigger

__all__ = [
    "EMOTIONS",
    "INTENTS",
    "TRIGGERS",
    "Debt",
    "Difficulty",
    "DisputeFacts",
    "EmotionBaseline",
    "Finances",
    "HiddenFact",
    "Intent",
    "Objection",
    "Objective",
    "Persona",
    "RevealCondition",
    "Scenario",
    "Segment",
    "Trigger",
    "Vulnerability",
]
