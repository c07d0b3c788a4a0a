"""Who may see and change what. Every service calls these with the acting user before touching data.

A trainee reads only their own data; a trainer or a manager reads the trainees of the teams they follow
(a trainer as a team member, a manager as the team's manager or a member); an admin reads everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, or_, select

from tracker.errors import PermissionDenied
from tracker.models import Team, TeamMember, User
from tracker.unit_of_work import UnitOfWork

STAFF = ("trainer", "manager")


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service runs. ``id`` is None only for the local operator (CLI)."""

    id: int | None
    username: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


# The person at the terminal of the machine that holds the database: full rights, like a file owner.
OPERATOR = Actor(id=None, username="operator", role="admin")


def current(uow: UnitOfWork, actor: Actor) -> Actor:
    """Re-read the actor: a disabled account or a changed role takes effect at once."""
    if actor.id is None and actor == OPERATOR:
        return actor
    user = uow.users.get(actor.id) if actor.id is not None else None
    if user is None or not user.active:
        raise PermissionDenied(f"account {actor.username!r} is unknown or disabled")
    return Actor(user.id, user.username, user.role)


def require_role(actor: Actor, *roles: str) -> None:
    if actor.role not in roles:
        raise PermissionDenied(f"{actor.username} ({actor.role}) may not do this; needed: {', '.join(roles)}")


def followed_teams(actor: Actor) -> Select[tuple[int]]:
    """Ids of the teams a trainer or manager follows."""
    membership = select(TeamMember.team_id).where(TeamMember.user_id == actor.id)
    return select(Team.id).where(or_(Team.manager_id == actor.id, Team.id.in_(membership)))


def visible_trainees(actor: Actor) -> Select[tuple[int]] | None:
    """Ids of the trainees whose data the actor may read; None means everyone (admin)."""
    if actor.is_admin:
        return None
    if actor.role in STAFF:
        return (
            select(TeamMember.user_id)
            .join(User, User.id == TeamMember.user_id)
            .where(TeamMember.team_id.in_(followed_teams(actor)), User.role == "trainee")
        )
    return select(User.id).where(User.id == actor.id)


def trainee_filter(actor: Actor, column: ColumnElement[int]) -> ColumnElement[bool] | None:
    """A WHERE clause restricting ``column`` (a trainee id) to what the actor may read."""
    visible = visible_trainees(actor)
    return None if visible is None else column.in_(visible)


def can_read_trainee(uow: UnitOfWork, actor: Actor, trainee_id: int) -> bool:
    if actor.is_admin or actor.id == trainee_id:
        return True
    if actor.role not in STAFF:
        return False
    visible = visible_trainees(actor)
    assert visible is not None
    return uow.session.scalar(select(visible.where(TeamMember.user_id == trainee_id).exists())) or False


def require_trainee(uow: UnitOfWork, actor: Actor, trainee_id: int) -> None:
    if not can_read_trainee(uow, actor, trainee_id):
        raise PermissionDenied(f"{actor.username} may not see the data of this trainee")


def can_read_team(uow: UnitOfWork, actor: Actor, team_id: int) -> bool:
    if actor.is_admin:
        return True
    if actor.role in STAFF:
        followed = followed_teams(actor).where(Team.id == team_id)
        return uow.session.scalar(select(followed.exists())) or False
    return False


def require_team(uow: UnitOfWork, actor: Actor, team_id: int) -> None:
    if not can_read_team(uow, actor, team_id):
        raise PermissionDenied(f"{actor.username} does not follow this team")
