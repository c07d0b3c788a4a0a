from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Engine, func, select

from tests.integration.tracker.conftest import Org
from tracker.models import Turn
from tracker.services import practice
from tracker.unit_of_work import UnitOfWork

THREADS = 20
TURNS = 15


def test_twenty_sessions_appending_from_twenty_threads_lose_no_turn(org: Org, engine: Engine) -> None:
    trainees = [org.alice, org.bob, org.carol]
    sessions = [
        (trainees[i % 3], practice.start_session(org.uow, trainees[i % 3], org.version_id, seed=i))
        for i in range(THREADS)
    ]

    def talk(actor_and_session) -> None:
        actor, session_id = actor_and_session
        uow = UnitOfWork(engine)  # one per thread, like one per web request
        for i in range(TURNS):
            practice.append_turn(
                uow, actor, session_id, "agent" if i % 2 == 0 else "debtor", f"{session_id}:{i}"
            )

    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(talk, sessions))

    with UnitOfWork(engine) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Turn)) == THREADS * TURNS
    for actor, session_id in sessions:
        view = practice.get_session(org.uow, actor, session_id)
        assert [t.index for t in view.turns] == list(range(TURNS))
        assert [t.text for t in view.turns] == [f"{session_id}:{i}" for i in range(TURNS)]
        assert view.turn_count == TURNS


def test_concurrent_appends_to_one_session_get_distinct_positions(org: Org, engine: Engine) -> None:
    session_id = practice.start_session(org.uow, org.alice, org.version_id)

    def one(i: int) -> int:
        return practice.append_turn(UnitOfWork(engine), org.alice, session_id, "agent", f"t{i}").index

    with ThreadPoolExecutor(10) as pool:
        indexes = sorted(pool.map(one, range(40)))

    assert indexes == list(range(40))
