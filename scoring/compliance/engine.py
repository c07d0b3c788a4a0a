"""Checks agent turns against the rule packs of a jurisdiction (plus the rules for all jurisdictions)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from amiable.content import ContentError, load_model
from scoring.compliance.model import Rule, RulePack
from scoring.dimensions.prefilter import NeedleIndex, prefiltered
from scoring.facts import Jurisdiction, ScenarioFacts
from scoring.transcript import Lang

RULES_FOLDER = Path(__file__).resolve().parent.parent / "rules"


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    patterns: dict[str, re.Pattern[str] | None]
    unless: dict[str, re.Pattern[str] | None]


@dataclass(frozen=True)
class Finding:
    rule: Rule
    severity: str  # blocker | required | bad | good
    turn: int
    quote: str


@dataclass(frozen=True)
class AgentTurn:
    index: int
    text: str
    norm: str
    acts: frozenset[str]


def _compile(patterns: list[str], where: str) -> re.Pattern[str] | None:
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error as exc:
        raise ContentError([f"{where}: invalid pattern ({exc})"]) from None


@lru_cache(maxsize=8)
def load_pack(name: str) -> tuple[CompiledRule, ...]:
    path = RULES_FOLDER / f"{name}.yaml"
    pack = load_model(path, RulePack)
    if pack.jurisdiction != name:
        raise ContentError([f"{path}: jurisdiction: expected {name!r}, found {pack.jurisdiction!r}"])
    compiled = []
    for i, rule in enumerate(pack.rules):
        where = f"{path}: rules[{i}]"
        compiled.append(
            CompiledRule(
                rule,
                {
                    lang: _compile(getattr(rule.patterns, lang), f"{where}.patterns.{lang}")
                    for lang in ("fr", "en")
                },
                {
                    lang: _compile(getattr(rule.unless, lang), f"{where}.unless.{lang}")
                    for lang in ("fr", "en")
                },
            )
        )
    return tuple(compiled)


def rules_for(jurisdiction: Jurisdiction) -> tuple[CompiledRule, ...]:
    return load_pack("all") + load_pack(jurisdiction)


@lru_cache(maxsize=16)
def _rule_index(jurisdiction: Jurisdiction, lang: Lang) -> NeedleIndex[int]:
    """One pass per turn that tells which rules of this jurisdiction and language (by position) can match it."""
    return NeedleIndex(
        {
            position: prefiltered(pattern)
            for position, compiled in enumerate(rules_for(jurisdiction))
            if (pattern := compiled.patterns[lang]) is not None
        }
    )


def files() -> list[Path]:
    return sorted(RULES_FOLDER.glob("*.yaml"))


def _severity(rule: Rule, facts: ScenarioFacts | None) -> str | None:
    """The severity that applies given the facts, or None when the rule does not apply."""
    if not rule.when:
        return rule.severity
    if facts is None:
        if rule.if_facts_unknown == "skip":
            return None
        if rule.if_facts_unknown == "bad":
            return "bad" if rule.severity != "good" else None
        facts = ScenarioFacts()
    if all(getattr(facts, name) == expected for name, expected in rule.when.items()):
        return rule.severity
    return None


def check(
    turns: Sequence[AgentTurn],
    lang: Lang,
    jurisdiction: Jurisdiction,
    facts: ScenarioFacts | None,
    verified_at: int | None,
    disclosed_at: int | None,
    wrong_party_at: int | None = None,
) -> list[Finding]:
    """Findings in turn order. ``verified_at``/``disclosed_at`` are the transcript indexes where the right
    party was first verified and the debt first disclosed (None when it never happened); ``wrong_party_at``
    where the person on the line said they were not the debtor (None on a right-party call)."""
    findings: list[Finding] = []
    index = _rule_index(jurisdiction, lang)
    candidates: dict[int, list[AgentTurn]] = {}  # rule position → the turns its pattern may match, in order
    for turn in turns:
        for position in index.possible(turn.norm):
            candidates.setdefault(position, []).append(turn)
    for position, compiled in enumerate(rules_for(jurisdiction)):
        rule = compiled.rule
        severity = _severity(rule, facts)
        if severity is None or (rule.right_party_only and wrong_party_at is not None):
            continue
        if rule.check == "third_party" and wrong_party_at is None:
            continue
        pattern, unless = compiled.patterns[lang], compiled.unless[lang]
        if rule.check == "verify_before_disclosure":
            if disclosed_at is not None and (verified_at is None or verified_at > disclosed_at):
                turn = next(t for t in turns if t.index == disclosed_at)
                findings.append(Finding(rule, severity, turn.index, turn.text))
            continue
        if pattern is None:
            continue
        veto = prefiltered(unless) if unless is not None else None
        matching = [
            t
            for t in candidates.get(position, ())
            if pattern.search(t.norm) and not (veto is not None and veto.search(t.norm))
        ]
        if rule.check == "third_party":
            told = next((t for t in matching if t.index > wrong_party_at), None)  # type: ignore[operator]
            if told is not None:
                findings.append(Finding(rule, severity, told.index, told.text))
            continue
        if rule.check == "required":
            window = turns[: rule.within_first] if rule.within_first else turns
            if turns and not any(t in window for t in matching):
                anchor = turns[0]
                findings.append(Finding(rule, severity, anchor.index, ""))
            continue
        findings.extend(Finding(rule, severity, t.index, t.text) for t in matching)
    findings.sort(key=lambda f: (f.turn, f.rule.id))
    return findings
