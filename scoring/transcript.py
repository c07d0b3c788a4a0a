"""A conversation as the scorer sees it: ordered turns by ``agent`` and ``debtor``."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Speaker = Literal["agent", "debtor"]
Lang = Literal["fr", "en"]


class Turn(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    speaker: Speaker
    text: str


class Transcript(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lang: Lang | None = None
    scenario: str | None = None
    turns: list[Turn] = Field(default_factory=list)

    def agent_turns(self) -> list[tuple[int, Turn]]:
        """(index in the transcript, turn) for every agent turn."""
        return [(i, t) for i, t in enumerate(self.turns) if t.speaker == "agent"]


class TaggedTurn(BaseModel):
    """A turn with the dialogue acts the tagger found (always empty for debtor turns)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    index: int
    speaker: Speaker
    text: str
    acts: tuple[str, ...] = ()
