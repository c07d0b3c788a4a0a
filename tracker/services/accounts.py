"""Accounts and teams: creation, listing, disabling, sign-in."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker import authz
from tracker.authz import Actor
from tracker.errors import InvalidInput, NotFound
from tracker.models import ROLES, Team, TeamMember, User
from tracker.passwords import check_strength, hash_password, verify_password
from tracker.unit_of_work import UnitOfWork
from tracker.views import TeamView, UserView

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def _view(uow: UnitOfWork, user: User) -> UserView:
    from sqlalchemy import select

    teams = uow.session.scalars(
        select(Team.name).join(TeamMember, TeamMember.team_id == Team.id).where(TeamMember.user_id == user.id)
    ).all()
    return UserView(user.id, user.username, user.display_name, user.role, user.active, tuple(sorted(teams)))


def _user(uow: UnitOfWork, username: str) -> User:
    user = uow.users.by_username(username)
    if user is None:
        raise NotFound(f"unknown user {username!r}")
    return user


def create_user(
    uow: UnitOfWork,
    actor: Actor,
    username: str,
    password: str,
    role: str,
    display_name: str = "",
    teams: Sequence[str] = (),
) -> UserView:
    """Create an account (and its team memberships) in one transaction: on any error nothing is stored."""
    with uow:
        authz.require_role(authz.current(uow, actor), "admin")
        if not USERNAME.match(username):
            raise InvalidInput(
                f"invalid username {username!r}: use 2-64 lower-case letters, digits, '.', '_' or '-'"
            )
        if role not in ROLES:
            raise InvalidInput(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
        if uow.users.by_username(username) is not None:
            raise InvalidInput(f"username {username!r} is already taken")
        check_strength(password)
        targets = [find_team(uow, name) for name in teams]
        user = uow.users.add(
            User(
                username=username,
                display_name=display_name or username,
                role=role,
                password_hash=hash_password(password),
                active=True,
            )
        )
        for team in targets:
            uow.teams.add_member(team.id, user.id)
        uow.commit()
        return _view(uow, user)


def authenticate(uow: UnitOfWork, username: str, password: str) -> Actor | None:
    """The actor for valid credentials of an active account, else None (same answer for every failure)."""
    with uow:
        user = uow.users.by_username(username)
        if user is None or not user.active or not verify_password(user.password_hash, password):
            return None
        return Actor(user.id, user.username, user.role)


def actor_for(uow: UnitOfWork, username: str) -> Actor:
    """The actor of an existing active account (for trusted callers such as the CLI's ``--as``)."""
    with uow:
        user = _user(uow, username)
        return authz.current(uow, Actor(user.id, user.username, user.role))


def list_users(uow: UnitOfWork, actor: Actor) -> list[UserView]:
    with uow:
        authz.require_role(authz.current(uow, actor), "admin")
        return [_view(uow, user) for user in uow.users.list()]


def set_active(uow: UnitOfWork, actor: Actor, username: str, active: bool) -> UserView:
    with uow:
        actor = authz.current(uow, actor)
        authz.require_role(actor, "admin")
        user = _user(uow, username)
        if not active and user.id == actor.id:
            raise InvalidInput("you cannot disable your own account")
        user.active = active
        uow.commit()
        return _view(uow, user)


def delete_user(uow: UnitOfWork, actor: Actor, username: str) -> None:
    """Delete an account without history; one with history must be disabled so nothing is lost."""
    with uow:
        authz.require_role(authz.current(uow, actor), "admin")
        user = _user(uow, username)
        if uow.users.has_history(user.id):
            raise InvalidInput(
                f"user {username!r} has practice or mentoring history: disable the account instead "
                "(the history is kept)"
            )
        uow.users.delete(user)
        uow.commit()


def create_team(uow: UnitOfWork, actor: Actor, name: str, manager: str | None = None) -> TeamView:
    with uow:
        authz.require_role(authz.current(uow, actor), "admin")
        name = name.strip()
        if not name:
            raise InvalidInput("a team needs a name")
        if uow.teams.by_name(name) is not None:
            raise InvalidInput(f"team {name!r} already exists")
        manager_id = None
        if manager is not None:
            boss = _user(uow, manager)
            if boss.role not in ("manager", "admin"):
                raise InvalidInput(f"{manager!r} is a {boss.role}, not a manager")
            manager_id = boss.id
        team = uow.teams.add(Team(name=name, manager_id=manager_id))
        uow.commit()
        return team_view(uow, team)


def add_to_team(uow: UnitOfWork, actor: Actor, team_name: str, username: str) -> TeamView:
    with uow:
        authz.require_role(authz.current(uow, actor), "admin")
        team = find_team(uow, team_name)
        user = _user(uow, username)
        uow.teams.add_member(team.id, user.id)
        uow.commit()
        return team_view(uow, team)


def find_team(uow: UnitOfWork, name: str) -> Team:
    team = uow.teams.by_name(name)
    if team is None:
        raise NotFound(f"unknown team {name!r}")
    return team


def team_view(uow: UnitOfWork, team: Team) -> TeamView:
    manager = uow.users.get(team.manager_id) if team.manager_id else None
    members = tuple(user.username for user in uow.teams.members(team.id))
    return TeamView(team.id, team.name, manager.username if manager else None, members)


def list_teams(uow: UnitOfWork, actor: Actor) -> list[TeamView]:
    """The teams the actor follows (all of them for an admin)."""
    with uow:
        actor = authz.current(uow, actor)
        return [team_view(uow, t) for t in uow.teams.list() if authz.can_read_team(uow, actor, t.id)]
