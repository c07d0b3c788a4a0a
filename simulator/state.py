"""The debtor's emotional state: five levels in [0, 1] that every trainee reply moves, with the cause kept.

Effects are the engine's base deltas per trigger, scaled by the persona's sensitivities and the scenario's
difficulty. Memory makes the state path-dependent: repeated pressure compounds, and the grievance it leaves
slows how fast anger and distrust can be soothed afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from simulator.models import Persona
from simulator.models.vocabulary import EMOTIONS, Difficulty

Effect = dict[str, float]

# Base deltas of one occurrence of each trigger (a typical persona, medium difficulty).
BASE_EFFECTS: dict[str, Effect] = {
    "greeting": {"trust": 0.02},
    "verification": {"trust": 0.01},
    "disclosure": {"anxiety": 0.04, "shame": 0.03},
    "open_question": {"trust": 0.04, "cooperation": 0.03},
    "closed_question": {},
    "reflection": {"trust": 0.07, "anger": -0.05, "cooperation": 0.03},
    "empathy": {"trust": 0.06, "anger": -0.06, "anxiety": -0.04, "shame": -0.04},
    "affirmation": {"trust": 0.04, "shame": -0.05},
    "summary": {"trust": 0.03, "anxiety": -0.02},
    "autonomy": {"trust": 0.04, "anger": -0.03, "cooperation": 0.03},
    "positive_framing": {"anxiety": -0.03, "cooperation": 0.03},
    "negative_framing": {"anger": 0.10, "shame": 0.06, "trust": -0.07, "cooperation": -0.03},
    "threat": {"anger": 0.16, "anxiety": 0.10, "trust": -0.12, "cooperation": -0.08},
    "jargon": {"anxiety": 0.04, "trust": -0.02},
    "offer": {"cooperation": 0.02},
    "commitment_request": {"anxiety": 0.02},
    "offer_affordable": {"anxiety": -0.05, "cooperation": 0.05},
    "offer_above_capacity": {"anxiety": 0.12, "cooperation": -0.05, "trust": -0.04},
    "full_balance_demand": {"anxiety": 0.06, "anger": 0.04},
    "ignored_disclosure": {"trust": -0.10, "anger": 0.06, "shame": 0.04, "cooperation": -0.04},
    "fix_it_trap": {"anger": 0.06, "trust": -0.05, "cooperation": -0.04},
    "understand_but": {"trust": -0.05, "anger": 0.04},
    "repeated_pressure": {"anger": 0.08, "trust": -0.06, "cooperation": -0.06},
    "fees_mentioned": {"anger": 0.08, "anxiety": 0.05, "trust": -0.03},
    "third_party_threat": {"anger": 0.12, "anxiety": 0.15, "shame": 0.12, "trust": -0.15},
    "dispute_acknowledged": {"anger": -0.08, "trust": 0.10, "cooperation": 0.04},
    "dispute_dismissed": {"anger": 0.15, "trust": -0.12, "cooperation": -0.08},
    "pause_offered": {"anxiety": -0.10, "trust": 0.08},
    "complaint_logged": {"anger": -0.10, "trust": 0.10, "cooperation": 0.05},
    "boilerplate": {"trust": -0.04, "anger": 0.02},
}

PRESSURE_TRIGGERS = frozenset(
    {
        "threat",
        "negative_framing",
        "repeated_pressure",
        "third_party_threat",
        "dispute_dismissed",
        "fees_mentioned",
    }
)
# How the difficulty scales a persona: (harmful effects, helpful effects, added resistance).
DIFFICULTY: dict[str, tuple[float, float, float]] = {
    "easy": (0.8, 1.2, -0.1),
    "medium": (1.0, 1.0, 0.0),
    "hard": (1.25, 0.85, 0.12),
}


class Cause(BaseModel):
    """Why one emotion moved: the trainee's reply number, the trigger, the change and the words."""

    model_config = ConfigDict(frozen=True)

    turn: int
    trigger: str
    emotion: str
    delta: float
    quote: str


class Snapshot(BaseModel):
    model_config = ConfigDict(frozen=True)

    anger: float
    anxiety: float
    shame: float
    trust: float
    cooperation: float
    hang_up_risk: float

    def dominant(self) -> str | None:
        """The negative emotion that clearly dominates (≥ 0.6), if any."""
        level, name = max((self.anger, "anger"), (self.anxiety, "anxiety"), (self.shame, "shame"))
        return name if level >= 0.6 else None


def _is_helpful(trigger: str, emotion: str, delta: float) -> bool:
    if emotion in ("trust", "cooperation"):
        return delta > 0
    return delta < 0


@dataclass
class EmotionalState:
    """Mutable levels plus the memory that shapes how the next reply lands."""

    levels: dict[str, float]
    sensitivities: dict[str, float]
    difficulty: Difficulty = "medium"
    avoidant: bool = False
    grievance: float = 0.0  # residue of pressure; slows soothing
    pressure_count: int = 0
    uses: dict[str, int] = field(default_factory=dict)
    causes: list[Cause] = field(default_factory=list)

    @classmethod
    def for_persona(cls, persona: Persona, difficulty: Difficulty) -> EmotionalState:
        baseline = persona.emotion.model_dump()
        harmful, _, _ = DIFFICULTY[difficulty]
        if difficulty == "hard":  # harder calls start a little colder
            baseline["trust"] = max(0.0, baseline["trust"] - 0.05)
            baseline["anger"] = min(1.0, baseline["anger"] + 0.05 * harmful)
        return cls(
            levels=baseline,
            sensitivities=dict(persona.sensitivities),
            difficulty=difficulty,
            avoidant="avoidant" in persona.segment.overlays,
        )

    def apply(self, trigger: str, turn: int, quote: str, weight: float = 1.0) -> list[Cause]:
        """Apply one trigger; return the causes recorded (one per emotion that moved)."""
        effect = BASE_EFFECTS.get(trigger)
        if not effect:
            return []
        harmful, helpful, _ = DIFFICULTY[self.difficulty]
        sensitivity = self.sensitivities.get(trigger, 1.0)
        count = self.uses.get(trigger, 0)
        self.uses[trigger] = count + 1
        pressure = trigger in PRESSURE_TRIGGERS
        if pressure:
            self.pressure_count += 1
        recorded: list[Cause] = []
        for emotion, base in effect.items():
            helps = _is_helpful(trigger, emotion, base)
            delta = base * sensitivity * weight * (helpful if helps else harmful)
            if pressure:
                delta *= 1.0 + 0.25 * min(self.pressure_count - 1, 4)  # pressure compounds
            elif helps:
                delta *= 1.0 / (1.0 + 0.35 * count)  # the same soothing move wears off
                delta *= 1.0 - 0.6 * min(self.grievance, 1.0)  # old grievances slow the calming
            before = self.levels[emotion]
            after = min(1.0, max(0.0, before + delta))
            self.levels[emotion] = after
            if abs(after - before) >= 0.005:
                cause = Cause(
                    turn=turn, trigger=trigger, emotion=emotion, delta=round(after - before, 3), quote=quote
                )
                recorded.append(cause)
        if pressure:
            self.grievance = min(1.0, self.grievance + 0.2 * sensitivity)
        self.causes.extend(recorded)
        return recorded

    def end_turn(self, turn: int) -> None:
        """Slow drift between replies: grievances fade a little, an avoidant debtor tires of a long call."""
        self.grievance *= 0.85
        if self.avoidant and turn >= 6:
            self.levels["anxiety"] = min(1.0, self.levels["anxiety"] + 0.02 * (turn - 5))

    @property
    def hang_up_risk(self) -> float:
        lv = self.levels
        avoid = 0.12 if self.avoidant else 0.0
        risk = 0.6 * lv["anger"] + 0.25 * lv["anxiety"] + 0.25 * (1 - lv["trust"]) - 0.25 * lv["cooperation"]
        return round(min(1.0, max(0.0, risk + avoid + 0.1)), 3)

    def snapshot(self) -> Snapshot:
        rounded = {name: round(self.levels[name], 3) for name in EMOTIONS}
        return Snapshot(**rounded, hang_up_risk=self.hang_up_risk)

    def __getitem__(self, emotion: str) -> float:
        return self.levels[emotion]
