"""Rule-pack schema: ``scoring/rules/{all,fr,us,uk}.yaml``.

A rule is one of three checks:
- ``phrase``: an agent turn matching ``patterns`` (and none of ``unless``) is a violation, when the rule's
  fact conditions hold;
- ``required``: some agent turn (within the first ``within_first`` agent turns if set) must match ``patterns``;
- ``verify_before_disclosure``: the right party is verified before the debt is disclosed;
- ``third_party``: once the person on the line has said they are not the debtor, an agent turn matching
  ``patterns`` (the debt, its amount, the creditor) discloses it to a third party.
``right_party_only`` rules (what must be said to the debtor: amount, amicable status, mini-Miranda…) do not
apply on a wrong-party call, where saying them would be the breach.
``good`` rules never penalise: a hit is reported as compliance evidence.

Fact conditions (``when``) name boolean fields of ``ScenarioFacts``. When a call comes with no facts,
``if_facts_unknown`` decides: ``apply`` (use the ScenarioFacts defaults), ``skip``, or a severity to report
instead (e.g. ``bad``: the wording is risky and lawful only if true).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from amiable.content import StrictModel

RuleSeverity = Literal["blocker", "required", "bad", "good"]
FactField = Literal[
    "legal_action_intended", "credit_debt", "consumer", "time_barred", "hardship", "vulnerable", "dispute"
]


class Localised(StrictModel):
    fr: str
    en: str


class Patterns(StrictModel):
    fr: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)


class Rule(StrictModel):
    id: str
    severity: RuleSeverity
    check: Literal["phrase", "required", "verify_before_disclosure", "third_party"] = "phrase"
    title: Localised
    patterns: Patterns = Patterns()
    unless: Patterns = Patterns()
    when: dict[FactField, bool] = Field(default_factory=dict)
    if_facts_unknown: Literal["apply", "skip", "bad"] = "apply"
    within_first: int | None = None
    right_party_only: bool = False
    fix: str | None = None
    source: str


class RulePack(StrictModel):
    jurisdiction: Literal["all", "fr", "us", "uk"]
    valid_at: str
    rules: list[Rule]
