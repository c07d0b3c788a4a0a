"""Compliance: the jurisdiction's rule packs as a gate. A blocker zeroes this dimension and caps ``overall``."""

from __future__ import annotations

from scoring.compliance.engine import AgentTurn, Finding, check
from scoring.dimensions.context import Context, DimensionResult, Issue, quote, tr
from scoring.scorecard import Evidence, SubScore, Violation

COST = {"blocker": 100.0, "required": 20.0, "bad": 10.0}
GOOD_BONUS = 5.0


_RANK = {"blocker": 0, "required": 1, "bad": 2, "good": 3}


def _one_per_breach(findings: list[Finding]) -> list[Finding]:
    """One finding per turn and kind of breach: when the general rule and the jurisdiction's own rule both
    catch the same words (« empruntez » is poor practice everywhere and a blocker in the UK), the debrief
    reports the most serious one once."""
    best: dict[tuple[int, str], Finding] = {}
    kept: list[Finding] = []
    for finding in findings:
        fix = finding.rule.fix
        if fix is None or finding.severity == "good" or not finding.quote:
            kept.append(finding)
            continue
        key = (finding.turn, fix)
        current = best.get(key)
        if current is None or _RANK[finding.severity] < _RANK[current.severity]:
            best[key] = finding
    kept.extend(best.values())
    kept.sort(key=lambda f: (f.turn, f.rule.id))
    return kept


def score(ctx: Context) -> tuple[DimensionResult, list[Violation]]:
    lang, book = ctx.lang, ctx.book
    agent = ctx.agent
    turns = [AgentTurn(t.index, t.text, t.norm, t.acts) for t in agent]
    verified = next(
        (t.index for t in agent if "verification" in t.acts or book.has(t.norm, "verification")), None
    )
    disclosed = next((t.index for t in agent if "disclosure" in t.acts or book.has(t.norm, "amount")), None)
    wrong = ctx.wrong_party.index if ctx.wrong_party is not None else None
    findings = _one_per_breach(check(turns, lang, ctx.jurisdiction, ctx.facts, verified, disclosed, wrong))

    result = DimensionResult("compliance", [])
    violations: list[Violation] = []
    lost = gained = 0.0
    by_severity: dict[str, list[Finding]] = {"blocker": [], "required": [], "bad": [], "good": []}
    for finding in findings:
        by_severity[finding.severity].append(finding)
        title = getattr(finding.rule.title, lang)
        if finding.severity == "good":
            gained += GOOD_BONUS
            result.evidence.append(
                Evidence(
                    dimension="compliance",
                    turn=finding.turn,
                    quote=quote(finding.quote),
                    note=tr(lang, "bonne pratique : ", "good practice: ") + title,
                    criterion=finding.rule.id,
                )
            )
            continue
        lost += COST[finding.severity]
        violations.append(
            Violation(
                rule=finding.rule.id,
                turn=finding.turn,
                quote=quote(finding.quote),
                jurisdiction=ctx.jurisdiction,
                severity=finding.severity,
                title=title,
                source=finding.rule.source,
            )  # type: ignore[arg-type]
        )
        result.evidence.append(
            Evidence(
                dimension="compliance",
                turn=finding.turn,
                quote=quote(finding.quote),
                note=title,
                criterion=finding.rule.id,
            )
        )
        if finding.rule.fix:
            result.issues.append(Issue(finding.turn, finding.rule.fix, finding.rule.id))
    value = 0.0 if by_severity["blocker"] else max(0.0, min(100.0, 100.0 - lost + min(gained, lost)))
    # Compliance is a gate, not a mean: these rows only show what was found per severity (weight 0);
    # the dimension is 100 − 100/blocker − 20/missing required item − 10/bad practice, good practice
    # restoring up to 5 points each, and 0 as soon as there is a blocker.
    for severity in ("blocker", "required", "bad", "good"):
        found = by_severity[severity]
        points = GOOD_BONUS if severity == "good" else -COST[severity]
        result.subscores.append(
            SubScore(
                name=f"{severity}_rules",
                score=None,
                weight=0.0,
                note=f"{len(found)} × {points:+.0f}: " + ", ".join(f.rule.id for f in found),
                turns=[f.turn for f in found],
            )
        )
    result.metrics.update({"blockers": len(by_severity["blocker"]), "violations": len(violations)})
    result.score = round(value, 1) if agent else 50.0
    return result, violations
