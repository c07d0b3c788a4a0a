from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.integration.tracker.conftest import Org
from tracker.errors import InvalidInput, NotFound, PermissionDenied
from tracker.services import assignments


def test_a_trainee_sees_personal_and_team_assignments_with_overdue_flag(org: Org) -> None:
    today = date.today()
    assignments.assign_scenario(
        org.uow, org.trainer1, "fr-oubli-facile", trainee="alice", due_on=today - timedelta(1)
    )
    assignments.assign_scenario(
        org.uow, org.manager1, "en-dispute-hard", team="north", due_on=today + timedelta(7)
    )
    assignments.assign_scenario(org.uow, org.manager2, "en-dispute-hard", team="south")

    mine = assignments.list_assignments(org.uow, org.alice)

    assert [(a.scenario_id, a.trainee, a.team, a.overdue) for a in mine] == [
        ("fr-oubli-facile", "alice", None, True),
        ("en-dispute-hard", None, "north", False),
    ]
    assert len(assignments.list_assignments(org.uow, org.trainer2)) == 1
    assert len(assignments.list_assignments(org.uow, org.admin)) == 3


def test_a_trainee_marks_their_assignment_done(org: Org) -> None:
    view = assignments.assign_scenario(org.uow, org.trainer1, "fr-oubli-facile", trainee="alice")
    done = assignments.set_assignment_status(org.uow, org.alice, view.id, "done")
    assert done.status == "done" and not done.overdue


def test_assignments_outside_ones_teams_are_refused(org: Org) -> None:
    with pytest.raises(PermissionDenied):
        assignments.assign_scenario(org.uow, org.trainer2, "fr-oubli-facile", trainee="alice")
    with pytest.raises(PermissionDenied):
        assignments.assign_scenario(org.uow, org.manager2, "fr-oubli-facile", team="north")
    with pytest.raises(PermissionDenied):
        assignments.assign_scenario(org.uow, org.bob, "fr-oubli-facile", trainee="bob")
    view = assignments.assign_scenario(org.uow, org.trainer1, "fr-oubli-facile", trainee="alice")
    with pytest.raises(PermissionDenied):
        assignments.set_assignment_status(org.uow, org.bob, view.id, "done")


def test_bad_targets_and_statuses_are_refused(org: Org) -> None:
    with pytest.raises(InvalidInput, match="exactly one"):
        assignments.assign_scenario(org.uow, org.admin, "fr-oubli-facile", trainee="alice", team="north")
    with pytest.raises(NotFound, match="unknown team"):
        assignments.assign_scenario(org.uow, org.admin, "fr-oubli-facile", team="west")
    with pytest.raises(NotFound, match="unknown trainee"):
        assignments.assign_scenario(org.uow, org.admin, "fr-oubli-facile", trainee="trainer1")
    view = assignments.assign_scenario(org.uow, org.admin, "fr-oubli-facile", trainee="alice")
    with pytest.raises(InvalidInput, match="unknown status"):
        assignments.set_assignment_status(org.uow, org.admin, view.id, "finished")
