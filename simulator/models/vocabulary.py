"""Closed vocabularies shared by content files and the engine.

Triggers are what the debtor reacts to (the trainee's dialogue acts plus content the engine notices);
intents are what the debtor does in reply. Personas scale triggers and word intents.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

from scoring.acts import Act

Locale = Literal["fr", "en"]
Difficulty = Literal["easy", "medium", "hard"]
Channel = Literal["phone", "chat"]
Jurisdiction = Literal["fr", "us", "uk"]

Emotion = Literal["anger", "anxiety", "shame", "trust", "cooperation"]
EMOTIONS: Final[tuple[str, ...]] = get_args(Emotion)

Trigger = Literal[
    Act,  # the dialogue acts of the trainee (scoring/acts.py)
    # content the engine notices
    "offer_affordable",
    "offer_above_capacity",
    "full_balance_demand",
    "ignored_disclosure",
    "fix_it_trap",
    "understand_but",
    "repeated_pressure",
    "fees_mentioned",
    "third_party_threat",
    "dispute_acknowledged",
    "dispute_dismissed",
    "pause_offered",
    "complaint_logged",
    "boilerplate",
]
TRIGGERS: Final[tuple[str, ...]] = get_args(Trigger)

Intent = Literal[
    "answer_call",  # first words when the call connects
    "confirm_identity",
    "ask_who",  # who is calling / what is it about
    "acknowledge_debt",
    "stall",  # "call me later", "I need to think"
    "object",  # one of the persona's objections
    "disclose",  # tells a hidden fact (the fact's own text)
    "vent",  # expresses emotion without moving
    "ask_letter",  # wants it in writing
    "dispute",  # states the dispute
    "counter_offer",
    "accept",
    "refuse",
    "ask_clarification",  # jargon or confusion
    "calm_down",  # de-escalates after being heard
    "confirm_recap",
    "thank_close",
    "hang_up",
    "small_answer",  # short neutral answer to a closed question
]
INTENTS: Final[tuple[str, ...]] = get_args(Intent)

Overlay = Literal[
    "forgetful",
    "hardship",
    "over_indebted",
    "disputer",
    "avoidant",
    "hostile",
    "strategic",
    "anxious_ashamed",
    "vulnerable",
    "bereaved",
    "business",
    "low_literacy",
    "wrong_party",
    "represented",
]

PaymentMethod = Literal["card", "transfer", "direct_debit", "cheque", "cash", "payment_link"]
