"""The contract between the engine and whatever words the debtor's reply.

The engine decides *what* the debtor does (intent, mood, the facts and figures involved); a voice only
words it. A future LLM voice implements the same protocol and is imported only when configured.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class LineRequest:
    intent: str  # a vocabulary Intent
    variant: str | None = None  # a particular moment of that intent ("unaffordable", "callback", …)
    mood: str | None = None  # a dominant emotion to colour the reply
    own_lines: tuple[
        str, ...
    ] = ()  # persona lines that must be used (a hidden fact, an objection, a dispute)
    follow: tuple[
        str, ...
    ] = ()  # persona lines said right after the main line (a dispute's supporting detail)
    slots: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.intent}.{self.variant}" if self.variant else self.intent


class Voice(Protocol):
    name: str  # "scripted" or "llm": shown in transcripts

    def speak(self, request: LineRequest) -> str:
        """The debtor's words for this request (never empty)."""
        ...
