"""Passwords, hashed with argon2id."""

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 12
MAX_LENGTH = 256  # argon2 takes any length; a bound keeps a hostile form from costing CPU

_hasher = PasswordHasher()
# Verified when the person is unknown, so that a wrong address costs as long as a wrong password.
_DECOY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify(stored_hash: str | None, password: str) -> bool:
    """True only for a known hash that matches; an unknown person takes the same time."""
    try:
        _hasher.verify(stored_hash or _DECOY_HASH, password[:MAX_LENGTH])
    except (VerificationError, InvalidHashError):
        return False
    return stored_hash is not None


def problem(password: str, again: str) -> str | None:
    """The text key of what is wrong with a new password, or None."""
    if len(password) < MIN_LENGTH:
        return "password_short"
    if len(password) > MAX_LENGTH:
        return "password_long"
    if password != again:
        return "password_mismatch"
    return None
