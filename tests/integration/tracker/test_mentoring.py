from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.integration.tracker.conftest import Org, play
from tracker.errors import InvalidInput, PermissionDenied
from tracker.services import mentoring
from tracker.services.mentoring import ActionInput

TODAY = date(2026, 3, 10)


def _record(org: Org, **overrides) -> mentoring.MentoringView:
    arguments = {
        "mentee": "alice",
        "held_on": TODAY - timedelta(days=14),
        "focus_skills": ["active_listening", "negotiation"],
        "observations": "Reformule bien, oublie le récapitulatif.",
        "actions": [
            ActionInput("Rejouer le scénario difficile", "alice", TODAY - timedelta(days=2)),
            ActionInput("Écouter deux appels modèles", "alice", TODAY + timedelta(days=3)),
            ActionInput("Préparer une grille", "trainer1", TODAY + timedelta(days=30)),
        ],
        "follow_up_on": TODAY + timedelta(days=14),
    }
    return mentoring.record_mentoring(org.uow, org.trainer1, **(arguments | overrides))


def test_a_mentoring_session_keeps_focus_observations_links_and_actions(org: Org) -> None:
    session_id = play(org, org.alice, 60.0)

    view = _record(org, practice_session_ids=[session_id])

    history = mentoring.mentoring_history(org.uow, org.alice, "alice")
    assert history == [view]
    assert view.mentor == "trainer1" and view.focus_skills == ["active_listening", "negotiation"]
    assert view.practice_session_ids == (session_id,) and len(view.actions) == 3


def test_due_actions_list_the_overdue_and_those_due_soon_but_not_later_ones(org: Org) -> None:
    _record(org)

    due = mentoring.actions_due(org.uow, org.manager1, today=TODAY, within_days=7)

    assert [(a.description, a.overdue) for a in due] == [
        ("Rejouer le scénario difficile", True),
        ("Écouter deux appels modèles", False),
    ]


def test_a_done_action_is_no_longer_due(org: Org) -> None:
    view = _record(org)
    mentoring.set_action_status(org.uow, org.alice, view.actions[0].id, "done")
    due = mentoring.actions_due(org.uow, org.alice, today=TODAY)
    assert [a.description for a in due] == ["Écouter deux appels modèles"]


def test_an_owner_sees_their_actions_and_staff_elsewhere_do_not(org: Org) -> None:
    _record(org)
    assert mentoring.actions_due(org.uow, org.trainer2, today=TODAY) == []
    assert mentoring.actions_due(org.uow, org.bob, today=TODAY) == []
    mine = mentoring.actions_due(org.uow, org.trainer1, today=TODAY, within_days=60)
    assert len(mine) == 3


def test_a_follow_up_before_the_session_or_a_foreign_practice_session_is_refused(org: Org) -> None:
    with pytest.raises(InvalidInput, match="before the session date"):
        _record(org, follow_up_on=TODAY - timedelta(days=30))
    bobs = play(org, org.bob, 50.0)
    with pytest.raises(InvalidInput, match="not one of alice's sessions"):
        _record(org, practice_session_ids=[bobs])
    assert mentoring.mentoring_history(org.uow, org.admin, "alice") == []


def test_trainees_and_staff_outside_the_team_cannot_read_or_record_mentoring(org: Org) -> None:
    view = _record(org)
    with pytest.raises(PermissionDenied):
        mentoring.mentoring_history(org.uow, org.bob, "alice")
    with pytest.raises(PermissionDenied):
        mentoring.mentoring_history(org.uow, org.trainer2, "alice")
    with pytest.raises(PermissionDenied):
        mentoring.record_mentoring(org.uow, org.trainer2, mentee="alice", held_on=TODAY)
    with pytest.raises(PermissionDenied):
        mentoring.record_mentoring(org.uow, org.bob, mentee="alice", held_on=TODAY)
    with pytest.raises(PermissionDenied):
        mentoring.set_action_status(org.uow, org.bob, view.actions[0].id, "done")
