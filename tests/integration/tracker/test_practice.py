from __future__ import annotations

import pytest

from tests.integration.tracker.conftest import Org, play, scorecard
from tracker.errors import InvalidInput, PermissionDenied
from tracker.services import practice
from tracker.unit_of_work import UnitOfWork


def test_every_appended_turn_is_readable_at_once_from_a_new_unit_of_work(org: Org) -> None:
    session_id = practice.start_session(org.uow, org.alice, org.version_id, seed=7)
    practice.append_turn(
        org.uow, org.alice, session_id, "agent", "Bonjour", acts=["greeting"], emotion={"anger": 0.2}
    )
    practice.append_turn(org.uow, org.alice, session_id, "debtor", "Oui ?", voice="scripted")

    fresh = UnitOfWork(org.uow.engine)
    view = practice.get_session(fresh, org.alice, session_id)

    assert [(t.index, t.speaker, t.text) for t in view.turns] == [
        (0, "agent", "Bonjour"),
        (1, "debtor", "Oui ?"),
    ]
    assert view.turns[0].acts == ["greeting"] and view.turns[0].emotion == {"anger": 0.2}
    assert view.turn_count == 2 and view.status == "in_progress" and view.seed == 7


def test_resuming_returns_the_unfinished_session_with_its_turns(org: Org) -> None:
    play(org, org.alice, 80.0)
    session_id = practice.start_session(org.uow, org.alice, org.version_id)
    practice.append_turn(org.uow, org.alice, session_id, "agent", "Bonjour")

    resumed = practice.resume_session(org.uow, org.alice)

    assert resumed is not None and resumed.id == session_id
    assert [t.text for t in resumed.turns] == ["Bonjour"]
    assert practice.resume_session(org.uow, org.bob) is None


def test_finishing_stores_the_scorecard_outcome_and_audit_hashes(org: Org) -> None:
    session_id = play(org, org.alice, 72.5, turns=3, negotiation=60.0, affordable=False)

    view = practice.get_session(org.uow, org.trainer1, session_id)

    assert view.status == "finished" and view.outcome == "agreement" and view.ended_at is not None
    assert view.overall == 72.5 and view.scorecard["dimensions"]["negotiation"] == 60.0
    assert view.affordable_promise is False and view.objective_met is True and not view.compliance_blocker
    assert (view.scenario_id, view.content_hash, view.rubric_hash) == ("fr-oubli-facile", "a" * 64, "b" * 64)


def test_a_blocker_violation_flags_the_session(org: Org) -> None:
    session_id = play(org, org.alice, 40.0, blocker=True)
    assert practice.get_session(org.uow, org.alice, session_id).compliance_blocker is True


def test_a_finished_session_accepts_no_more_turns_and_cannot_be_finished_twice(org: Org) -> None:
    session_id = play(org, org.alice, 80.0)
    with pytest.raises(InvalidInput, match="finished"):
        practice.append_turn(org.uow, org.alice, session_id, "agent", "encore")
    with pytest.raises(InvalidInput, match="already finished"):
        practice.finish_session(org.uow, org.alice, session_id, outcome="agreement", scorecard=scorecard(90))


def test_a_score_outside_0_100_is_refused_and_the_session_stays_open(org: Org) -> None:
    session_id = practice.start_session(org.uow, org.alice, org.version_id)
    with pytest.raises(InvalidInput, match="outside 0-100"):
        practice.finish_session(org.uow, org.alice, session_id, outcome="agreement", scorecard=scorecard(120))
    assert practice.get_session(org.uow, org.alice, session_id).status == "in_progress"


def test_using_a_hint_marks_the_session_assisted(org: Org) -> None:
    session_id = practice.start_session(org.uow, org.alice, org.version_id)
    practice.mark_assisted(org.uow, org.alice, session_id)
    assert practice.get_session(org.uow, org.alice, session_id).assisted is True


def test_a_trainer_comments_on_a_turn_of_a_trainee_they_follow(org: Org) -> None:
    session_id = play(org, org.alice, 70.0)
    turn = practice.get_session(org.uow, org.alice, session_id).turns[0]

    practice.comment_on_turn(org.uow, org.trainer1, turn.id, "<b>Reformulez</b> d'abord")

    comments = practice.get_session(org.uow, org.alice, session_id).comments
    assert [(c.author, c.text, c.turn_id) for c in comments] == [
        ("trainer1", "<b>Reformulez</b> d'abord", turn.id)
    ]


def test_a_trainee_cannot_read_or_write_another_trainees_session(org: Org) -> None:
    session_id = play(org, org.alice, 70.0)
    with pytest.raises(PermissionDenied):
        practice.get_session(org.uow, org.bob, session_id)
    with pytest.raises(PermissionDenied):
        practice.append_turn(org.uow, org.bob, session_id, "agent", "intrusion")
    with pytest.raises(PermissionDenied):
        practice.start_session(org.uow, org.bob, org.version_id, trainee_id=org.alice.id)


def test_a_trainer_outside_the_team_cannot_read_or_comment(org: Org) -> None:
    session_id = play(org, org.alice, 70.0)
    turn_id = practice.get_session(org.uow, org.alice, session_id).turns[0].id
    with pytest.raises(PermissionDenied):
        practice.get_session(org.uow, org.trainer2, session_id)
    with pytest.raises(PermissionDenied):
        practice.comment_on_turn(org.uow, org.trainer2, turn_id, "hors équipe")
    with pytest.raises(PermissionDenied):
        practice.comment_on_turn(org.uow, org.bob, turn_id, "un stagiaire ne commente pas")


def test_staff_cannot_play_in_a_trainees_session_nor_backdate(org: Org) -> None:
    from datetime import datetime

    session_id = practice.start_session(org.uow, org.alice, org.version_id)
    with pytest.raises(PermissionDenied):
        practice.append_turn(org.uow, org.trainer1, session_id, "agent", "à sa place")
    with pytest.raises(PermissionDenied, match="past date"):
        practice.start_session(org.uow, org.alice, org.version_id, started_at=datetime(2020, 1, 1))


def test_a_disabled_account_is_refused_immediately(org: Org) -> None:
    from tracker.services import accounts

    session_id = practice.start_session(org.uow, org.alice, org.version_id)
    accounts.set_active(org.uow, org.admin, "alice", False)
    with pytest.raises(PermissionDenied, match="disabled"):
        practice.append_turn(org.uow, org.alice, session_id, "agent", "encore là ?")
