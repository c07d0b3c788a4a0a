from __future__ import annotations

import pytest

from tracker import demo
from tracker.authz import OPERATOR
from tracker.services import export, mentoring, progress
from tracker.unit_of_work import UnitOfWork


def test_a_small_demo_is_played_by_the_real_simulator_and_scored(uow: UnitOfWork) -> None:
    pytest.importorskip("simulator.autoplay", reason="the simulator's autoplay is not available")
    plan = demo.DemoPlan(trainees=2, trainers=2, managers=2, weeks=2, sessions_per_week=1)

    result = demo.build(uow, plan, password="Demo-pass-2026")

    rows = export.export_rows(uow, OPERATOR)
    assert result.sessions == 4 and len(rows) == 4
    assert all(r.status == "finished" and r.overall is not None and 0 <= r.overall <= 100 for r in rows)
    assert all(r.turns > 0 and len(r.content_hash) == 64 and len(r.rubric_hash) == 64 for r in rows)
    session = progress.history(uow, OPERATOR, "trainee1")[0]
    assert session.turn_count > 0
    assert [a.username for a in result.accounts][:3] == ["admin", "manager1", "manager2"]
    assert mentoring.mentoring_history(uow, OPERATOR, "trainee1")[0].mentor == "trainer1"


def test_the_demo_refuses_to_run_twice(uow: UnitOfWork) -> None:
    from tests.integration.tracker.autoplay_double import play_double

    scenarios = [demo.ScenarioInfo("fr-oubli-facile", "fr", "easy", "Oubli")]
    plan = demo.DemoPlan(trainees=2, weeks=1, sessions_per_week=1)
    from tracker.content_hash import Fingerprint

    def fingerprint(scenario_id: str) -> Fingerprint:
        return Fingerprint(scenario_id, "a" * 64, "b" * 64)

    demo.build(uow, plan, player=play_double, scenarios=scenarios, fingerprint=fingerprint)
    with pytest.raises(demo.DemoAlreadyPresent, match="nothing changed"):
        demo.build(uow, plan, player=play_double, scenarios=scenarios, fingerprint=fingerprint)
