"""Scripted trainee agents used by autoplay and calibration: skilled, pushy and passive."""

from __future__ import annotations

from simulator.policies.base import AgentFile, Policy, ScriptedAgent
from simulator.policies.passive import PassiveAgent
from simulator.policies.pushy import PushyAgent
from simulator.policies.skilled import SkilledAgent

POLICIES: dict[str, type[ScriptedAgent]] = {
    "skilled": SkilledAgent,
    "pushy": PushyAgent,
    "passive": PassiveAgent,
}


def make_policy(name: str, file: AgentFile, seed: int) -> Policy:
    try:
        return POLICIES[name](file, seed)
    except KeyError:
        raise ValueError(f"unknown policy '{name}' (choose from: {', '.join(POLICIES)})") from None


__all__ = ["POLICIES", "AgentFile", "Policy", "make_policy"]
