"""Exports of sessions and scores: CSV for spreadsheets, xAPI statements for an LMS or LRS."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import datetime

from sqlalchemy import select

from tracker import authz
from tracker.authz import Actor
from tracker.errors import InvalidInput
from tracker.models import PracticeSession, ScenarioVersion, Team, TeamMember, User
from tracker.services.accounts import find_team
from tracker.unit_of_work import UnitOfWork
from tracker.xapi import ExportRow, statement

FORMATS = ("csv", "xapi")


def export_rows(
    uow: UnitOfWork, actor: Actor, *, team: str | None = None, since: datetime | None = None
) -> list[ExportRow]:
    """Sessions the actor may read, oldest first; raises InvalidInput when there is nothing to export."""
    with uow:
        actor = authz.current(uow, actor)
        query = (
            select(PracticeSession, ScenarioVersion, User)
            .join(ScenarioVersion, ScenarioVersion.id == PracticeSession.scenario_version_id)
            .join(User, User.id == PracticeSession.trainee_id)
            .order_by(PracticeSession.started_at, PracticeSession.id)
        )
        if team is not None:
            target = find_team(uow, team)
            authz.require_team(uow, actor, target.id)
            query = query.where(
                PracticeSession.trainee_id.in_(
                    select(TeamMember.user_id).where(TeamMember.team_id == target.id)
                )
            )
        scope = authz.trainee_filter(actor, PracticeSession.trainee_id)
        if scope is not None:
            query = query.where(scope)
        if since is not None:
            query = query.where(PracticeSession.started_at >= since)
        teams: dict[int, list[str]] = {}
        membership = select(TeamMember.user_id, Team.name).join(Team, Team.id == TeamMember.team_id)
        for user_id, name in uow.session.execute(membership.order_by(Team.name)):
            teams.setdefault(user_id, []).append(name)
        rows = [_row(s, v, u, ";".join(teams.get(u.id, []))) for s, v, u in uow.session.execute(query)]
    if not rows:
        where = f" for team {team!r}" if team else ""
        after = f" since {since.date().isoformat()}" if since else ""
        raise InvalidInput(f"no practice sessions to export{where}{after}")
    return rows


def _row(s: PracticeSession, v: ScenarioVersion, u: User, teams: str) -> ExportRow:
    return ExportRow(
        session_id=s.id,
        trainee=u.username,
        trainee_name=u.display_name,
        teams=teams,
        scenario_id=v.scenario_id,
        title=v.title,
        locale=v.locale,
        difficulty=v.difficulty,
        content_hash=v.content_hash,
        rubric_hash=v.rubric_hash,
        status=s.status,
        started_at=s.started_at,
        ended_at=s.ended_at,
        outcome=s.outcome,
        objective_met=s.objective_met,
        affordable_promise=s.affordable_promise,
        compliance_blocker=s.compliance_blocker,
        assisted=s.assisted,
        turns=s.turn_count,
        overall=s.score_overall,
        active_listening=s.score_active_listening,
        positive_language=s.score_positive_language,
        negotiation=s.score_negotiation,
        compliance=s.score_compliance,
    )


def to_csv(rows: list[ExportRow]) -> str:
    buffer = io.StringIO()
    names = [f.name for f in dataclasses.fields(ExportRow)]
    writer = csv.DictWriter(buffer, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        record = dataclasses.asdict(row)
        for key in ("started_at", "ended_at"):
            record[key] = record[key].isoformat() if record[key] else ""
        writer.writerow(record)
    return buffer.getvalue()


def to_xapi(rows: list[ExportRow]) -> str:
    return json.dumps([statement(row) for row in rows], ensure_ascii=False, indent=2)


def render(rows: list[ExportRow], fmt: str) -> str:
    if fmt == "csv":
        return to_csv(rows)
    if fmt == "xapi":
        return to_xapi(rows)
    raise InvalidInput(f"unknown export format {fmt!r}: choose csv or xapi")
