"""Password policy and argon2 hashing. Passwords are never logged nor stored in clear."""

from __future__ import annotations

import string

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from tracker.errors import InvalidInput

MIN_LENGTH = 10
POLICY = (
    f"at least {MIN_LENGTH} characters mixing at least two kinds of characters "
    "(lower-case, upper-case, digits, symbols)"
)

_hasher = PasswordHasher()


def _character_kinds(password: str) -> int:
    kinds = (
        any(c.islower() for c in password),
        any(c.isupper() for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() or c in string.punctuation for c in password),
    )
    return sum(kinds)


def check_strength(password: str) -> None:
    """Refuse a weak password with a message that states the policy."""
    if len(password) < MIN_LENGTH or _character_kinds(password) < 2:
        raise InvalidInput(f"password too weak: use {POLICY}")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
