"""The passive agent: polite and attentive, but never proposes anything nor asks for a commitment."""

from __future__ import annotations

from simulator.policies.base import AgentFile, ScriptedAgent


class PassiveAgent(ScriptedAgent):
    name = "passive"

    def __init__(self, file: AgentFile, seed: int) -> None:
        super().__init__(file, seed)
        self.step = 0
        self.patience = 9 + self.rng.randrange(4)

    def next_message(self, debtor_text: str) -> str | None:
        self.step += 1
        if self.step == 1:
            return self.say("open")
        if self.step == 2:
            return self.say("info")
        if self.step > self.patience:
            return None if self.step > self.patience + 1 else self.say("close")
        return self.say("talk")
