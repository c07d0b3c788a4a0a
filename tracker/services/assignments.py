"""Assignments: a trainer or manager asks a trainee or a whole team to practise a scenario by a date."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select

from tracker import authz
from tracker.authz import Actor
from tracker.errors import InvalidInput, NotFound
from tracker.models import Assignment, Team, TeamMember, User
from tracker.services.accounts import find_team
from tracker.unit_of_work import UnitOfWork
from tracker.views import AssignmentView

STATUSES = ("open", "done", "cancelled")


def assign_scenario(
    uow: UnitOfWork,
    actor: Actor,
    scenario_id: str,
    *,
    trainee: str | None = None,
    team: str | None = None,
    due_on: date | None = None,
) -> AssignmentView:
    with uow:
        actor = authz.current(uow, actor)
        authz.require_role(actor, "trainer", "manager", "admin")
        if (trainee is None) == (team is None):
            raise InvalidInput("assign a scenario to exactly one trainee or one team")
        if not scenario_id.strip():
            raise InvalidInput("an assignment needs a scenario id")
        record = Assignment(scenario_id=scenario_id, assigned_by_id=actor.id, due_on=due_on, status="open")
        if trainee is not None:
            user = uow.users.by_username(trainee)
            if user is None or user.role != "trainee":
                raise NotFound(f"unknown trainee {trainee!r}")
            authz.require_trainee(uow, actor, user.id)
            record.trainee_id = user.id
        else:
            target = find_team(uow, team or "")
            authz.require_team(uow, actor, target.id)
            record.team_id = target.id
        uow.practice.add(record)
        uow.commit()
        return _views(uow, [record], date.today())[0]


def list_assignments(uow: UnitOfWork, actor: Actor, *, today: date | None = None) -> list[AssignmentView]:
    """A trainee sees theirs and their teams'; staff see those of the teams they follow."""
    today = today or date.today()
    with uow:
        actor = authz.current(uow, actor)
        query = select(Assignment).order_by(Assignment.due_on, Assignment.id)
        if actor.role == "trainee":
            my_teams = select(TeamMember.team_id).where(TeamMember.user_id == actor.id)
            query = query.where(or_(Assignment.trainee_id == actor.id, Assignment.team_id.in_(my_teams)))
        elif not actor.is_admin:
            visible = authz.visible_trainees(actor)
            assert visible is not None
            query = query.where(
                or_(Assignment.trainee_id.in_(visible), Assignment.team_id.in_(authz.followed_teams(actor)))
            )
        return _views(uow, list(uow.session.scalars(query)), today)


def set_assignment_status(uow: UnitOfWork, actor: Actor, assignment_id: int, status: str) -> AssignmentView:
    if status not in STATUSES:
        raise InvalidInput(f"unknown status {status!r}: choose one of {', '.join(STATUSES)}")
    with uow:
        actor = authz.current(uow, actor)
        record = uow.practice.get_assignment(assignment_id)
        if record is None:
            raise NotFound(f"no assignment {assignment_id}")
        if record.trainee_id is not None:
            if actor.id != record.trainee_id:
                authz.require_role(actor, "trainer", "manager", "admin")
            authz.require_trainee(uow, actor, record.trainee_id)
        else:
            authz.require_role(actor, "trainer", "manager", "admin")
            authz.require_team(uow, actor, record.team_id or 0)
        record.status = status
        uow.commit()
        return _views(uow, [record], date.today())[0]


def _views(uow: UnitOfWork, records: list[Assignment], today: date) -> list[AssignmentView]:
    users = dict(uow.session.execute(select(User.id, User.username)).all()) if records else {}
    teams = dict(uow.session.execute(select(Team.id, Team.name)).all()) if records else {}
    return [
        AssignmentView(
            id=r.id,
            scenario_id=r.scenario_id,
            trainee=users.get(r.trainee_id) if r.trainee_id else None,
            team=teams.get(r.team_id) if r.team_id else None,
            due_on=r.due_on,
            status=r.status,
            overdue=r.status == "open" and r.due_on is not None and r.due_on < today,
        )
        for r in records
    ]
