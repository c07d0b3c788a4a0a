"""Mentoring records: who met whom, what was observed, which sessions were discussed, what was agreed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from tracker import authz
from tracker.authz import Actor
from tracker.errors import InvalidInput, NotFound
from tracker.models import MentoringAction, MentoringLink, MentoringSession, User, utcnow
from tracker.unit_of_work import UnitOfWork
from tracker.views import ActionView, MentoringView

ACTION_STATUSES = ("open", "done", "dropped")


@dataclass(frozen=True)
class ActionInput:
    description: str
    owner: str  # username
    due_on: date | None = None


def record_mentoring(
    uow: UnitOfWork,
    actor: Actor,
    *,
    mentee: str,
    held_on: date,
    focus_skills: Sequence[str] = (),
    observations: str = "",
    practice_session_ids: Sequence[int] = (),
    actions: Sequence[ActionInput] = (),
    follow_up_on: date | None = None,
    mentor: str | None = None,
) -> MentoringView:
    with uow:
        actor = authz.current(uow, actor)
        authz.require_role(actor, "trainer", "manager", "admin")
        mentee_user = _user(uow, mentee)
        authz.require_trainee(uow, actor, mentee_user.id)
        mentor_user = _user(uow, mentor) if mentor else uow.users.get(actor.id or 0)
        if mentor_user is None:
            raise InvalidInput("name the mentor (the operator is not a user)")
        if follow_up_on is not None and follow_up_on < held_on:
            raise InvalidInput(f"the follow-up date {follow_up_on} is before the session date {held_on}")
        record = MentoringSession(
            mentor_id=mentor_user.id,
            mentee_id=mentee_user.id,
            held_on=held_on,
            focus_skills=list(focus_skills),
            observations=observations,
            follow_up_on=follow_up_on,
        )
        uow.mentoring.add(record)
        for session_id in dict.fromkeys(practice_session_ids):
            practice = uow.practice.get(session_id)
            if practice is None or practice.trainee_id != mentee_user.id:
                raise InvalidInput(f"practice session {session_id} is not one of {mentee}'s sessions")
            uow.session.add(MentoringLink(mentoring_session_id=record.id, practice_session_id=session_id))
        for action in actions:
            if not action.description.strip():
                raise InvalidInput("an agreed action needs a description")
            owner = _user(uow, action.owner)
            uow.mentoring.add(
                MentoringAction(
                    mentoring_session_id=record.id,
                    description=action.description,
                    owner_id=owner.id,
                    due_on=action.due_on,
                    status="open",
                )
            )
        uow.commit()
        return _view(uow, record, date.today())


def set_action_status(
    uow: UnitOfWork, actor: Actor, action_id: int, status: str, *, at: datetime | None = None
) -> ActionView:
    if status not in ACTION_STATUSES:
        raise InvalidInput(f"unknown status {status!r}: choose one of {', '.join(ACTION_STATUSES)}")
    with uow:
        actor = authz.current(uow, actor)
        action = uow.mentoring.get_action(action_id)
        if action is None:
            raise NotFound(f"no mentoring action {action_id}")
        record = uow.mentoring.get(action.mentoring_session_id)
        assert record is not None
        if action.owner_id != actor.id:
            authz.require_trainee(uow, actor, record.mentee_id)
        action.status = status
        action.completed_at = (at or utcnow()) if status == "done" else None
        uow.commit()
        return _action_view(uow, action, record, date.today())


def mentoring_history(uow: UnitOfWork, actor: Actor, mentee: str) -> list[MentoringView]:
    with uow:
        actor = authz.current(uow, actor)
        user = _user(uow, mentee)
        authz.require_trainee(uow, actor, user.id)
        query = (
            select(MentoringSession)
            .where(MentoringSession.mentee_id == user.id)
            .order_by(MentoringSession.held_on.desc(), MentoringSession.id.desc())
        )
        return [_view(uow, r, date.today()) for r in uow.session.scalars(query)]


def actions_due(
    uow: UnitOfWork, actor: Actor, *, today: date | None = None, within_days: int = 7
) -> list[ActionView]:
    """Open actions overdue or due within ``within_days``, for mentees the actor follows or owned by them."""
    today = today or date.today()
    with uow:
        actor = authz.current(uow, actor)
        query = (
            select(MentoringAction, MentoringSession)
            .join(MentoringSession, MentoringSession.id == MentoringAction.mentoring_session_id)
            .where(
                MentoringAction.status == "open",
                MentoringAction.due_on <= today + timedelta(days=within_days),
            )
            .order_by(MentoringAction.due_on, MentoringAction.id)
        )
        visible = authz.trainee_filter(actor, MentoringSession.mentee_id)
        if visible is not None:
            query = query.where(visible | (MentoringAction.owner_id == actor.id))
        rows = uow.session.execute(query).all()
        names = _usernames(uow, {r.mentee_id for _, r in rows} | {a.owner_id for a, _ in rows})
        return [_action_view(uow, a, r, today, names) for a, r in rows]


def _user(uow: UnitOfWork, username: str) -> User:
    user = uow.users.by_username(username)
    if user is None:
        raise NotFound(f"unknown user {username!r}")
    return user


def _usernames(uow: UnitOfWork, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(uow.session.execute(select(User.id, User.username).where(User.id.in_(ids))).all())


def _action_view(
    uow: UnitOfWork,
    action: MentoringAction,
    record: MentoringSession,
    today: date,
    names: dict[int, str] | None = None,
) -> ActionView:
    names = names or _usernames(uow, {record.mentee_id, action.owner_id})
    return ActionView(
        id=action.id,
        mentoring_session_id=record.id,
        mentee=names.get(record.mentee_id, "?"),
        description=action.description,
        owner=names.get(action.owner_id, "?"),
        due_on=action.due_on,
        status=action.status,
        overdue=action.status == "open" and action.due_on is not None and action.due_on < today,
    )


def _view(uow: UnitOfWork, record: MentoringSession, today: date) -> MentoringView:
    links = uow.session.scalars(
        select(MentoringLink.practice_session_id).where(MentoringLink.mentoring_session_id == record.id)
    ).all()
    names = _usernames(uow, {record.mentor_id, record.mentee_id})
    actions = tuple(_action_view(uow, a, record, today) for a in uow.mentoring.actions(record.id))
    return MentoringView(
        id=record.id,
        mentor=names.get(record.mentor_id, "?"),
        mentee=names.get(record.mentee_id, "?"),
        held_on=record.held_on,
        focus_skills=list(record.focus_skills or []),
        observations=record.observations,
        follow_up_on=record.follow_up_on,
        practice_session_ids=tuple(sorted(links)),
        actions=actions,
    )
