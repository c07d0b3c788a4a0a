"""Unit of work: one database transaction that services open with ``with uow:`` and commit explicitly."""

from __future__ import annotations

from typing import Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tracker.repositories import MentoringRepository, PracticeRepository, TeamRepository, UserRepository


class UnitOfWork:
    """Repositories over one SQLAlchemy session; leaving the block without ``commit()`` rolls back."""

    users: UserRepository
    teams: TeamRepository
    practice: PracticeRepository
    mentoring: MentoringRepository
    session: Session

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._factory = sessionmaker(bind=engine, expire_on_commit=False)
        self._depth = 0

    def __enter__(self) -> Self:
        # Re-entrant: a service calling another service shares the outer transaction.
        if self._depth == 0:
            self.session = self._factory()
            self.users = UserRepository(self.session)
            self.teams = TeamRepository(self.session)
            self.practice = PracticeRepository(self.session)
            self.mentoring = MentoringRepository(self.session)
        self._depth += 1
        return self

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0:
            self.session.rollback()
            self.session.close()

    def commit(self) -> None:
        if self._depth == 1:
            self.session.commit()
        else:
            self.session.flush()

    def rollback(self) -> None:
        self.session.rollback()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name
