from __future__ import annotations

import pytest

from tracker.errors import InvalidInput
from tracker.passwords import check_strength, hash_password, verify_password


@pytest.mark.parametrize("password", ["Abcdefghij", "abcdefgh12", "correct horse battery", "ÉLÉPHANT-rose"])
def test_ten_characters_of_two_kinds_are_accepted(password: str) -> None:
    check_strength(password)


@pytest.mark.parametrize("password", ["", "Ab1!", "abcdefghijkl", "ABCDEFGHIJKL", "12345678901234"])
def test_short_or_single_kind_passwords_are_refused_with_the_policy(password: str) -> None:
    with pytest.raises(InvalidInput, match="at least 10 characters mixing at least two kinds"):
        check_strength(password)


def test_a_hash_verifies_only_its_own_password() -> None:
    digest = hash_password("Recouvrement-7")
    assert verify_password(digest, "Recouvrement-7")
    assert not verify_password(digest, "recouvrement-7")
    assert not verify_password("not-a-hash", "Recouvrement-7")
