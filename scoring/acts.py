"""Agent-side dialogue-act names (DESIGN §4). These strings are a contract: other tools rely on them."""

from __future__ import annotations

from typing import Final, Literal, get_args

Act = Literal[
    "greeting",
    "verification",
    "disclosure",
    "open_question",
    "closed_question",
    "reflection",
    "empathy",
    "affirmation",
    "summary",
    "autonomy",
    "positive_framing",
    "negative_framing",
    "threat",
    "jargon",
    "offer",
    "commitment_request",
]

ACTS: Final[tuple[str, ...]] = get_args(Act)

QUESTION_ACTS: Final[frozenset[str]] = frozenset({"open_question", "closed_question"})
