"""Progress pages: a trainee's history and skill trend, a team heatmap, a comparison of teams.

Aggregates are computed by the database (GROUP BY), so pages stay fast with years of history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select

from tracker import authz
from tracker.authz import Actor
from tracker.errors import NotFound, PermissionDenied
from tracker.models import DIMENSIONS, PracticeSession, ScenarioVersion, Team, TeamMember, User
from tracker.proficiency import recency_weighted, tier
from tracker.services.accounts import find_team
from tracker.unit_of_work import UnitOfWork

TREND_LIMIT = 200


@dataclass(frozen=True)
class HistoryRow:
    session_id: int
    scenario_id: str
    status: str
    started_at: datetime
    ended_at: datetime | None
    outcome: str | None
    overall: float | None
    objective_met: bool | None
    assisted: bool
    compliance_blocker: bool
    turn_count: int


@dataclass(frozen=True)
class TrendPoint:
    session_id: int
    at: datetime
    scenario_id: str
    overall: float | None
    dimensions: dict[str, float | None]


@dataclass(frozen=True)
class SkillTrend:
    trainee: str
    points: list[TrendPoint]  # oldest first
    proficiency: dict[str, float | None]  # "overall" and each dimension, recency-weighted
    tiers: dict[str, str | None]


@dataclass(frozen=True)
class HeatRow:
    trainee: str
    sessions: int
    overall: float | None
    scores: dict[str, float | None]
    tiers: dict[str, str | None]


@dataclass(frozen=True)
class CohortRow:
    team: str
    trainees: int
    sessions: int
    overall: float | None
    scores: dict[str, float | None]
    objective_met_rate: float | None


def score_columns() -> dict[str, ColumnElement[Any]]:
    return {name: getattr(PracticeSession, f"score_{name}") for name in DIMENSIONS}


def finished(query: Select[Any], since: datetime | None = None) -> Select[Any]:
    query = query.where(PracticeSession.status == "finished")
    return query.where(PracticeSession.started_at >= since) if since else query


def rate(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    """Share of rows meeting ``condition`` (unknown counts as not met)."""
    return func.avg(case((condition, 1.0), else_=0.0))


def _round(value: Any, digits: int = 1) -> float | None:
    return None if value is None else round(float(value), digits)


def trainee_by_name(uow: UnitOfWork, actor: Actor, username: str) -> User:
    user = uow.users.by_username(username)
    if user is None:
        raise NotFound(f"unknown user {username!r}")
    authz.require_trainee(uow, actor, user.id)
    return user


def history(
    uow: UnitOfWork, actor: Actor, trainee: str, *, limit: int = 50, offset: int = 0
) -> list[HistoryRow]:
    with uow:
        user = trainee_by_name(uow, authz.current(uow, actor), trainee)
        query = (
            select(PracticeSession, ScenarioVersion.scenario_id)
            .join(ScenarioVersion, ScenarioVersion.id == PracticeSession.scenario_version_id)
            .where(PracticeSession.trainee_id == user.id)
            .order_by(PracticeSession.started_at.desc(), PracticeSession.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return [
            HistoryRow(
                s.id,
                scenario_id,
                s.status,
                s.started_at,
                s.ended_at,
                s.outcome,
                s.score_overall,
                s.objective_met,
                s.assisted,
                s.compliance_blocker,
                s.turn_count,
            )
            for s, scenario_id in uow.session.execute(query)
        ]


def skill_trend(uow: UnitOfWork, actor: Actor, trainee: str) -> SkillTrend:
    """Scores of the latest finished sessions and a recency-weighted proficiency tier per skill."""
    with uow:
        user = trainee_by_name(uow, authz.current(uow, actor), trainee)
        columns = score_columns()
        query = finished(
            select(
                PracticeSession.id,
                PracticeSession.started_at,
                ScenarioVersion.scenario_id,
                PracticeSession.score_overall,
                *columns.values(),
            )
            .join(ScenarioVersion, ScenarioVersion.id == PracticeSession.scenario_version_id)
            .where(PracticeSession.trainee_id == user.id, PracticeSession.score_overall.is_not(None))
        )
        query = query.order_by(PracticeSession.started_at.desc(), PracticeSession.id.desc()).limit(
            TREND_LIMIT
        )
        rows = uow.session.execute(query).all()
        proficiency = {"overall": recency_weighted([r[3] for r in rows])}
        for offset, name in enumerate(DIMENSIONS, start=4):
            proficiency[name] = recency_weighted([r[offset] for r in rows])
        points = [
            TrendPoint(r[0], r[1], r[2], r[3], {n: r[i] for i, n in enumerate(DIMENSIONS, start=4)})
            for r in reversed(rows)
        ]
        tiers = {name: tier(value) for name, value in proficiency.items()}
        return SkillTrend(user.username, points, proficiency, tiers)


def team_heatmap(uow: UnitOfWork, actor: Actor, team: str, *, since: datetime | None = None) -> list[HeatRow]:
    """One row per trainee of the team, one mean score per dimension (finished sessions since ``since``)."""
    with uow:
        actor = authz.current(uow, actor)
        target = find_team(uow, team)
        authz.require_team(uow, actor, target.id)
        columns = score_columns()
        members = select(TeamMember.user_id).where(TeamMember.team_id == target.id)
        query = finished(
            select(
                PracticeSession.trainee_id,
                func.count(),
                func.avg(PracticeSession.score_overall),
                *(func.avg(c) for c in columns.values()),
            ).where(PracticeSession.trainee_id.in_(members)),
            since,
        ).group_by(PracticeSession.trainee_id)
        stats = {r[0]: r for r in uow.session.execute(query).all()}
        trainees = [u for u in uow.teams.members(target.id) if u.role == "trainee"]
        result = []
        for user in trainees:
            row = stats.get(user.id)
            scores = {n: _round(row[i]) if row else None for i, n in enumerate(DIMENSIONS, start=3)}
            overall = _round(row[2]) if row else None
            tiers = {n: tier(v) for n, v in scores.items()} | {"overall": tier(overall)}
            result.append(HeatRow(user.username, row[1] if row else 0, overall, scores, tiers))
        return result


def cohort_comparison(uow: UnitOfWork, actor: Actor, *, since: datetime | None = None) -> list[CohortRow]:
    """Teams side by side: mean scores and objective-met rate of their trainees' finished sessions."""
    with uow:
        actor = authz.current(uow, actor)
        if actor.role == "trainee":
            raise PermissionDenied(f"{actor.username} may not compare teams")
        columns = score_columns()
        query = finished(
            select(
                Team.name,
                func.count(func.distinct(PracticeSession.trainee_id)),
                func.count(),
                func.avg(PracticeSession.score_overall),
                rate(PracticeSession.objective_met.is_(True)),
                *(func.avg(c) for c in columns.values()),
            )
            .join(TeamMember, TeamMember.user_id == PracticeSession.trainee_id)
            .join(Team, Team.id == TeamMember.team_id),
            since,
        )
        if not actor.is_admin:
            query = query.where(Team.id.in_(authz.followed_teams(actor)))
        query = query.group_by(Team.name).order_by(Team.name)
        return [
            CohortRow(
                team=r[0],
                trainees=r[1],
                sessions=r[2],
                overall=_round(r[3]),
                scores={n: _round(r[i]) for i, n in enumerate(DIMENSIONS, start=5)},
                objective_met_rate=_round(r[4], 3),
            )
            for r in uow.session.execute(query).all()
        ]
