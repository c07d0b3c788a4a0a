"""Simulation KPIs per trainee and team, and how hard each scenario proves in practice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select

from tracker import authz
from tracker.authz import Actor
from tracker.errors import PermissionDenied
from tracker.models import PracticeSession, ScenarioVersion, TeamMember, User
from tracker.services.accounts import find_team
from tracker.services.progress import _round, finished, rate
from tracker.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class KpiRow:
    name: str  # trainee username, or the team name for the total
    sessions: int
    objective_met_rate: float | None
    affordable_promise_rate: float | None
    compliance_blocker_rate: float | None
    mean_turns: float | None


@dataclass(frozen=True)
class KpiReport:
    total: KpiRow
    trainees: list[KpiRow]


@dataclass(frozen=True)
class ScenarioStats:
    scenario_id: str
    declared_difficulty: str
    sessions: int
    trainees: int
    mean_overall: float | None
    sd_overall: float | None
    objective_met_rate: float | None
    compliance_blocker_rate: float | None
    mean_turns: float | None


def _kpi_columns() -> tuple[Any, ...]:
    return (
        func.count(),
        rate(PracticeSession.objective_met.is_(True)),
        rate(PracticeSession.affordable_promise.is_(True)),
        rate(PracticeSession.compliance_blocker.is_(True)),
        func.avg(PracticeSession.turn_count),
    )


def _kpi_row(name: str, row: Any) -> KpiRow:
    return KpiRow(
        name, int(row[0] or 0), _round(row[1], 3), _round(row[2], 3), _round(row[3], 3), _round(row[4])
    )


def simulation_kpis(
    uow: UnitOfWork, actor: Actor, *, team: str | None = None, since: datetime | None = None
) -> KpiReport:
    """Objective-met, affordable-promise and compliance-blocker rates and mean turns of finished sessions."""
    with uow:
        actor = authz.current(uow, actor)
        if team is not None:
            target = find_team(uow, team)
            authz.require_team(uow, actor, target.id)
            scope = PracticeSession.trainee_id.in_(
                select(TeamMember.user_id).where(TeamMember.team_id == target.id)
            )
            label = target.name
        else:
            scope = authz.trainee_filter(actor, PracticeSession.trainee_id)
            label = actor.username if actor.role == "trainee" else "all"
        base = finished(select(*_kpi_columns()), since)
        per_trainee = finished(select(User.username, *_kpi_columns()), since).join(
            User, User.id == PracticeSession.trainee_id
        )
        if scope is not None:
            base, per_trainee = base.where(scope), per_trainee.where(scope)
        per_trainee = per_trainee.group_by(User.username).order_by(User.username)
        total = _kpi_row(label, uow.session.execute(base).one())
        rows = [_kpi_row(r[0], r[1:]) for r in uow.session.execute(per_trainee).all()]
        return KpiReport(total, rows)


def scenario_difficulty(
    uow: UnitOfWork, actor: Actor, *, since: datetime | None = None
) -> list[ScenarioStats]:
    """Per scenario: how trainees actually score on it, hardest (lowest mean) first."""
    with uow:
        actor = authz.current(uow, actor)
        if actor.role == "trainee":
            raise PermissionDenied(f"{actor.username} may not see scenario statistics across trainees")
        overall = PracticeSession.score_overall
        # Sums per (trainee, version) first: read from the covering index, then rolled up per scenario.
        partial = finished(
            select(
                PracticeSession.trainee_id.label("trainee_id"),
                PracticeSession.scenario_version_id.label("version_id"),
                func.count().label("n"),
                func.count(overall).label("scored"),
                func.sum(overall).label("total"),
                func.sum(overall * overall).label("squares"),
                func.sum(case((PracticeSession.objective_met.is_(True), 1), else_=0)).label("met"),
                func.sum(case((PracticeSession.compliance_blocker.is_(True), 1), else_=0)).label("blockers"),
                func.sum(PracticeSession.turn_count).label("turns"),
            ),
            since,
        )
        scope = authz.trainee_filter(actor, PracticeSession.trainee_id)
        if scope is not None:
            partial = partial.where(scope)
        part = partial.group_by(PracticeSession.trainee_id, PracticeSession.scenario_version_id).subquery()
        sessions = func.sum(part.c.n)
        scored = func.nullif(func.sum(part.c.scored), 0)
        mean = func.sum(part.c.total) * 1.0 / scored
        query = (
            select(
                ScenarioVersion.scenario_id,
                func.max(ScenarioVersion.difficulty),
                sessions,
                func.count(func.distinct(part.c.trainee_id)),
                mean,
                func.sum(part.c.squares) * 1.0 / scored,
                func.sum(part.c.met) * 1.0 / sessions,
                func.sum(part.c.blockers) * 1.0 / sessions,
                func.sum(part.c.turns) * 1.0 / sessions,
            )
            .join(ScenarioVersion, ScenarioVersion.id == part.c.version_id)
            .group_by(ScenarioVersion.scenario_id)
            .order_by(mean.asc(), ScenarioVersion.scenario_id)
        )
        result = []
        for r in uow.session.execute(query).all():
            sd = None
            if r[4] is not None and r[5] is not None:
                sd = max(float(r[5]) - float(r[4]) ** 2, 0.0) ** 0.5
            result.append(
                ScenarioStats(
                    r[0],
                    r[1] or "",
                    int(r[2]),
                    r[3],
                    _round(r[4]),
                    _round(sd),
                    _round(r[6], 3),
                    _round(r[7], 3),
                    _round(r[8]),
                )
            )
        return result
