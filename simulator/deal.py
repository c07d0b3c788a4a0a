"""Where the call stands: what the debtor has said and agreed so far (the engine's running record)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from scoring.facts import AgreementFacts

TERMINAL_OUTCOMES = frozenset({"hang_up", "dispute_logged", "paused", "callback_agreed", "refusal"})


@dataclass
class Deal:
    agreement: AgreementFacts | None = None
    agreement_turn: int | None = None
    pending_counter: AgreementFacts | None = None
    proposed_slot: str | None = None  # a callback time the debtor suggested
    outcome: str | None = None  # a terminal outcome once reached
    outcome_turn: int | None = None
    verified: bool = False
    knows_caller: bool = False
    dispute_stated: bool = False
    dispute_resolved: bool = False
    revealed: list[str] = field(default_factory=list)
    objections_used: set[str] = field(default_factory=set)
    refusals: int = 0
    stalls: int = 0
    mismatches: int = 0  # recaps the debtor had to put right
    complaint_logged: bool = False
    last_refused: bool = False
    callback_day: dt.date | None = None

    def settle(self, outcome: str, turn: int) -> None:
        self.outcome = outcome
        self.outcome_turn = turn

    def agree(self, agreement: AgreementFacts, turn: int) -> None:
        self.agreement = agreement
        self.agreement_turn = turn
        self.pending_counter = None

    def current_outcome(self) -> str:
        if self.outcome is not None:
            return self.outcome
        if self.agreement is not None:
            return "agreement"
        return "no_agreement"
