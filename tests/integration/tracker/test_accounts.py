from __future__ import annotations

import pytest

from tests.integration.tracker.conftest import PASSWORD, Org, play
from tracker.authz import OPERATOR
from tracker.errors import InvalidInput, NotFound, PermissionDenied
from tracker.services import accounts
from tracker.unit_of_work import UnitOfWork


def test_a_created_user_can_sign_in_and_the_password_is_not_stored_in_clear(uow: UnitOfWork) -> None:
    accounts.create_user(uow, OPERATOR, "dana", "Recouvrement-7", "trainee", display_name="Dana D.")

    actor = accounts.authenticate(uow, "dana", "Recouvrement-7")

    assert actor is not None and actor.role == "trainee" and actor.username == "dana"
    assert accounts.authenticate(uow, "dana", "wrong-password-1") is None
    assert accounts.authenticate(uow, "nobody", "Recouvrement-7") is None
    with uow:
        stored = uow.users.by_username("dana")
        assert stored is not None and "Recouvrement-7" not in stored.password_hash
        assert stored.password_hash.startswith("$argon2")


def test_a_duplicate_username_is_refused_and_the_first_account_is_kept(org: Org) -> None:
    with pytest.raises(InvalidInput, match="already taken"):
        accounts.create_user(org.uow, org.admin, "alice", "Another-pass-9", "trainer")
    assert accounts.authenticate(org.uow, "alice", PASSWORD) is not None


@pytest.mark.parametrize("weak", ["short1A", "onlylowercaseletters", "1234567890123"])
def test_a_weak_password_is_refused_with_the_policy_in_the_message(uow: UnitOfWork, weak: str) -> None:
    with pytest.raises(InvalidInput, match="at least 10 characters mixing at least two kinds"):
        accounts.create_user(uow, OPERATOR, "erin", weak, "trainee")


def test_an_unknown_role_or_a_bad_username_is_refused(uow: UnitOfWork) -> None:
    with pytest.raises(InvalidInput, match="unknown role"):
        accounts.create_user(uow, OPERATOR, "frank", PASSWORD, "boss")
    with pytest.raises(InvalidInput, match="invalid username"):
        accounts.create_user(uow, OPERATOR, "Frank Smith", PASSWORD, "trainee")


def test_a_disabled_user_cannot_sign_in_and_reappears_when_enabled(org: Org) -> None:
    accounts.set_active(org.uow, org.admin, "bob", False)
    assert accounts.authenticate(org.uow, "bob", PASSWORD) is None
    accounts.set_active(org.uow, org.admin, "bob", True)
    assert accounts.authenticate(org.uow, "bob", PASSWORD) is not None


def test_deleting_a_user_with_history_is_refused_and_the_history_is_kept(org: Org) -> None:
    session_id = play(org, org.alice, 80.0)
    with pytest.raises(InvalidInput, match="disable the account instead"):
        accounts.delete_user(org.uow, org.admin, "alice")
    with org.uow:
        assert org.uow.practice.get(session_id) is not None


def test_a_user_without_history_can_be_deleted(org: Org) -> None:
    accounts.delete_user(org.uow, org.admin, "carol")
    assert "carol" not in [u.username for u in accounts.list_users(org.uow, org.admin)]
    assert accounts.list_teams(org.uow, org.admin)[1].members == ("trainer2",)


def test_listing_shows_roles_teams_and_state(org: Org) -> None:
    users = {u.username: u for u in accounts.list_users(org.uow, org.admin)}
    assert users["alice"].teams == ("north",) and users["alice"].role == "trainee" and users["alice"].active
    assert len(users) == 8


def test_an_unknown_team_or_user_is_reported(org: Org) -> None:
    with pytest.raises(NotFound, match="unknown team 'west'"):
        accounts.add_to_team(org.uow, org.admin, "west", "alice")
    with pytest.raises(NotFound, match="unknown user 'zoe'"):
        accounts.add_to_team(org.uow, org.admin, "north", "zoe")
    with pytest.raises(InvalidInput, match="already exists"):
        accounts.create_team(org.uow, org.admin, "north")


@pytest.mark.parametrize("who", ["manager1", "trainer1", "alice"])
def test_only_an_admin_administers_accounts(org: Org, who: str) -> None:
    actor = getattr(org, who)
    with pytest.raises(PermissionDenied):
        accounts.list_users(org.uow, actor)
    with pytest.raises(PermissionDenied):
        accounts.create_user(org.uow, actor, "intruder", PASSWORD, "admin")
    with pytest.raises(PermissionDenied):
        accounts.set_active(org.uow, actor, "bob", False)
    with pytest.raises(PermissionDenied):
        accounts.create_team(org.uow, actor, "rogue")


def test_staff_see_only_the_teams_they_follow(org: Org) -> None:
    assert [t.name for t in accounts.list_teams(org.uow, org.manager1)] == ["north"]
    assert [t.name for t in accounts.list_teams(org.uow, org.trainer2)] == ["south"]
    assert accounts.list_teams(org.uow, org.alice) == []
    assert [t.name for t in accounts.list_teams(org.uow, org.admin)] == ["north", "south"]
