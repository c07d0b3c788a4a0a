"""Repositories: how services load and store aggregates, without writing SQL themselves."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import exists, func, or_, select, update
from sqlalchemy.orm import Session

from tracker.models import (
    Assignment,
    MentoringAction,
    MentoringSession,
    PracticeSession,
    ScenarioVersion,
    Team,
    TeamMember,
    Turn,
    TurnComment,
    User,
)


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, user: User) -> User:
        self.session.add(user)
        self.session.flush()
        return user

    def get(self, user_id: int) -> User | None:
        return self.session.get(User, user_id)

    def by_username(self, username: str) -> User | None:
        return self.session.scalar(select(User).where(User.username == username))

    def list(self) -> Sequence[User]:
        return self.session.scalars(select(User).order_by(User.username)).all()

    def has_history(self, user_id: int) -> bool:
        checks = (
            exists().where(PracticeSession.trainee_id == user_id),
            exists().where(MentoringSession.mentor_id == user_id),
            exists().where(MentoringSession.mentee_id == user_id),
            exists().where(TurnComment.author_id == user_id),
            exists().where(MentoringAction.owner_id == user_id),
        )
        return bool(self.session.scalar(select(or_(*checks))))

    def delete(self, user: User) -> None:
        self.session.execute(TeamMember.__table__.delete().where(TeamMember.user_id == user.id))
        self.session.delete(user)


class TeamRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, team: Team) -> Team:
        self.session.add(team)
        self.session.flush()
        return team

    def get(self, team_id: int) -> Team | None:
        return self.session.get(Team, team_id)

    def by_name(self, name: str) -> Team | None:
        return self.session.scalar(select(Team).where(Team.name == name))

    def list(self) -> Sequence[Team]:
        return self.session.scalars(select(Team).order_by(Team.name)).all()

    def add_member(self, team_id: int, user_id: int) -> None:
        if self.session.get(TeamMember, (team_id, user_id)) is None:
            self.session.add(TeamMember(team_id=team_id, user_id=user_id))
            self.session.flush()

    def members(self, team_id: int) -> Sequence[User]:
        query = (
            select(User)
            .join(TeamMember, TeamMember.user_id == User.id)
            .where(TeamMember.team_id == team_id)
            .order_by(User.username)
        )
        return self.session.scalars(query).all()


class PracticeRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find_version(self, scenario_id: str, content_hash: str, rubric_hash: str) -> ScenarioVersion | None:
        query = select(ScenarioVersion).where(
            ScenarioVersion.scenario_id == scenario_id,
            ScenarioVersion.content_hash == content_hash,
            ScenarioVersion.rubric_hash == rubric_hash,
        )
        return self.session.scalar(query)

    def get_version(self, version_id: int) -> ScenarioVersion | None:
        return self.session.get(ScenarioVersion, version_id)

    def add(self, record: PracticeSession | ScenarioVersion | Turn | TurnComment | Assignment) -> None:
        self.session.add(record)
        self.session.flush()

    def get(self, session_id: int, *, for_update: bool = False) -> PracticeSession | None:
        return self.session.get(PracticeSession, session_id, with_for_update=for_update)

    def claim_turn_index(self, session_id: int) -> int:
        """Reserve the next turn position atomically (the row lock also orders concurrent appends)."""
        statement = (
            update(PracticeSession)
            .where(PracticeSession.id == session_id)
            .values(turn_count=PracticeSession.turn_count + 1)
            .returning(PracticeSession.turn_count)
            .execution_options(synchronize_session=False)
        )
        return int(self.session.execute(statement).scalar_one()) - 1

    def turns(self, session_id: int) -> Sequence[Turn]:
        return self.session.scalars(
            select(Turn).where(Turn.session_id == session_id).order_by(Turn.index)
        ).all()

    def get_turn(self, turn_id: int) -> Turn | None:
        return self.session.get(Turn, turn_id)

    def comments(self, session_id: int) -> Sequence[TurnComment]:
        query = (
            select(TurnComment)
            .join(Turn, Turn.id == TurnComment.turn_id)
            .where(Turn.session_id == session_id)
            .order_by(TurnComment.created_at, TurnComment.id)
        )
        return self.session.scalars(query).all()

    def unfinished(self, trainee_id: int) -> Sequence[PracticeSession]:
        query = (
            select(PracticeSession)
            .where(PracticeSession.trainee_id == trainee_id, PracticeSession.status == "in_progress")
            .order_by(PracticeSession.started_at.desc(), PracticeSession.id.desc())
        )
        return self.session.scalars(query).all()

    def get_assignment(self, assignment_id: int) -> Assignment | None:
        return self.session.get(Assignment, assignment_id)

    def count_sessions(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(PracticeSession)) or 0)


class MentoringRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, record: MentoringSession | MentoringAction) -> None:
        self.session.add(record)
        self.session.flush()

    def get(self, mentoring_id: int) -> MentoringSession | None:
        return self.session.get(MentoringSession, mentoring_id)

    def get_action(self, action_id: int) -> MentoringAction | None:
        return self.session.get(MentoringAction, action_id)

    def actions(self, mentoring_id: int) -> Sequence[MentoringAction]:
        query = (
            select(MentoringAction)
            .where(MentoringAction.mentoring_session_id == mentoring_id)
            .order_by(MentoringAction.id)
        )
        return self.session.scalars(query).all()
