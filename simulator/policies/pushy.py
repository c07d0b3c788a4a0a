"""The pushy agent: demands the full balance now, threatens, brushes aside whatever the debtor says."""

from __future__ import annotations

from simulator.policies.base import AgentFile, ScriptedAgent

_CYCLE = ("demand", "threat", "dismiss", "demand", "threat")


class PushyAgent(ScriptedAgent):
    name = "pushy"

    def __init__(self, file: AgentFile, seed: int) -> None:
        super().__init__(file, seed)
        self.step = 0
        self.offset = self.rng.randrange(len(_CYCLE))

    def next_message(self, debtor_text: str) -> str | None:
        self.step += 1
        if self.step == 1:
            return self.say("open")
        if self.step == 2:
            return self.say("demand")
        return self.say(_CYCLE[(self.step + self.offset) % len(_CYCLE)])
