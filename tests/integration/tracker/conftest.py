"""Database fixtures: every integration test runs on SQLite and on PostgreSQL (when a server answers).

PostgreSQL tests each get a fresh schema (selected through ``search_path``) that is dropped afterwards,
so parallel or repeated runs on the same server never see each other's rows.
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, create_engine, text

from tracker import passwords
from tracker.authz import OPERATOR, Actor
from tracker.content_hash import Fingerprint
from tracker.db import init_database
from tracker.services import accounts, practice
from tracker.unit_of_work import UnitOfWork

PG_CANDIDATES = (
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
    "postgresql+psycopg://root@127.0.0.1:5432/test",
)
PASSWORD = "Practice-2024"


@functools.cache
def postgres_server() -> tuple[str | None, str]:
    """(URL, reason): the first PostgreSQL URL that answers, or None and why none did."""
    candidates = (
        [os.environ["AMIABLE_TEST_POSTGRES_URL"]] if "AMIABLE_TEST_POSTGRES_URL" in os.environ else []
    )
    reasons = []
    for url in [*candidates, *PG_CANDIDATES]:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        try:
            with engine.connect() as connection:
                connection.execute(text("select 1"))
            return url, ""
        except Exception as error:  # any failure to connect means "no server for these tests"
            reasons.append(f"{url}: {type(error).__name__}")
        finally:
            engine.dispose()
    return None, "no PostgreSQL server answered (" + "; ".join(reasons) + ")"


def postgres_schema_url(base: str, schema: str) -> str:
    return f"{base}?options=-csearch_path%3D{schema}"


@pytest.fixture(autouse=True)
def _fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at its cheapest: the tests check the policy and the round trip, not the work factor."""
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tracker.sqlite3'}"
        return
    base, reason = postgres_server()
    if base is None:
        pytest.skip(reason)
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield postgres_schema_url(base, schema)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = init_database(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def uow(engine: Engine) -> UnitOfWork:
    return UnitOfWork(engine)


@dataclass
class Org:
    """Two teams: north (manager1, trainer1, alice, bob) and south (manager2, trainer2, carol)."""

    uow: UnitOfWork
    admin: Actor
    manager1: Actor
    manager2: Actor
    trainer1: Actor
    trainer2: Actor
    alice: Actor
    bob: Actor
    carol: Actor
    version_id: int
    hard_version_id: int


def _actor(uow: UnitOfWork, username: str, role: str) -> Actor:
    user = accounts.create_user(uow, OPERATOR, username, PASSWORD, role)
    return Actor(user.id, user.username, user.role)


@pytest.fixture
def org(uow: UnitOfWork) -> Org:
    admin = _actor(uow, "admin", "admin")
    people = {
        name: _actor(uow, name, role)
        for name, role in [
            ("manager1", "manager"),
            ("manager2", "manager"),
            ("trainer1", "trainer"),
            ("trainer2", "trainer"),
            ("alice", "trainee"),
            ("bob", "trainee"),
            ("carol", "trainee"),
        ]
    }
    accounts.create_team(uow, admin, "north", manager="manager1")
    accounts.create_team(uow, admin, "south", manager="manager2")
    for team, names in {"north": ["trainer1", "alice", "bob"], "south": ["trainer2", "carol"]}.items():
        for name in names:
            accounts.add_to_team(uow, admin, team, name)
    easy = practice.register_scenario_version(
        uow,
        admin,
        Fingerprint("fr-oubli-facile", "a" * 64, "b" * 64),
        title="Oubli",
        locale="fr",
        difficulty="easy",
    )
    hard = practice.register_scenario_version(
        uow,
        admin,
        Fingerprint("en-dispute-hard", "c" * 64, "b" * 64),
        title="Dispute",
        locale="en",
        difficulty="hard",
    )
    return Org(uow, admin, version_id=easy, hard_version_id=hard, **people)


def scorecard(overall: float, blocker: bool = False, **dimensions: float) -> dict:
    dims = {
        "active_listening": overall,
        "positive_language": overall,
        "negotiation": overall,
        "compliance": overall,
    }
    dims.update(dimensions)
    violations = (
        [{"rule": "fr.threat_prison", "turn": 1, "quote": "…", "severity": "blocker"}] if blocker else []
    )
    return {
        "overall": overall,
        "dimensions": dims,
        "violations": violations,
        "evidence": [],
        "suggestions": [],
    }


def play(
    org: Org,
    trainee: Actor,
    overall: float,
    *,
    version_id: int | None = None,
    turns: int = 2,
    objective_met: bool = True,
    affordable: bool | None = True,
    blocker: bool = False,
    **dimensions: float,
) -> int:
    """A finished session for ``trainee`` with ``turns`` turns and the given scores."""
    uow = org.uow
    session_id = practice.start_session(uow, trainee, version_id or org.version_id, seed=1)
    for i in range(turns):
        practice.append_turn(uow, trainee, session_id, "agent" if i % 2 == 0 else "debtor", f"turn {i}")
    agreement = None if affordable is None else {"amount": 50, "affordable": affordable}
    practice.finish_session(
        uow,
        trainee,
        session_id,
        outcome="agreement" if agreement else "refusal",
        scorecard=scorecard(overall, blocker, **dimensions),
        agreement=agreement,
        objective_met=objective_met,
    )
    return session_id
