"""Setting up an account from an emailed link, and resetting its password.

A link carries a random token; the account keeps only its SHA-256 and an expiry, under the
link's purpose ("setup" or "reset"). Setting up asks for the password twice and a code from the
token app just enrolled; a reset asks for a code too, so that a stolen mailbox alone never
gives an account away.
"""

import secrets
from datetime import datetime, timedelta
from typing import Protocol

from signin import factors, passwords, totp
from signin.lockout import LockoutPolicy
from signin.sessions import digest_of

SETUP = "setup"
RESET = "reset"
USED = ""  # a used token's digest: no real token hashes to it


class Accounts(Protocol):
    """Where a service keeps the accounts its links open."""

    async def person_by_token(self, field: str, digest: str) -> dict | None: ...

    async def remember(self, person_id: str, fields: dict) -> None: ...


def link_token(purpose: str, lifetime: timedelta, now: datetime) -> tuple[str, dict]:
    """A new secret token and the fields that store it with the account."""
    token = secrets.token_urlsafe(32)
    fields = {
        f"{purpose}_token_sha256": digest_of(token),
        f"{purpose}_expires_at": now + lifetime,
    }
    return token, fields


async def link_holder(accounts: Accounts, purpose: str, token: str, now: datetime) -> dict | None:
    """The account whose valid link this is, or None (unknown, used, expired, without access)."""
    if not token or len(token) > 128:
        return None
    person = await accounts.person_by_token(f"{purpose}_token_sha256", digest_of(token))
    if person is None or not _has_access(person) or not _fits(person, purpose):
        return None
    if person[f"{purpose}_expires_at"] < now:
        return None
    return person


def _has_access(person: dict) -> bool:
    # Deactivated where a flag is kept (enrolment), revoked where a date is (the portal).
    return person.get("active", True) and not person.get("revoked_at")


def _fits(person: dict, purpose: str) -> bool:
    """A set-up link is void once a password is set; a reset link needs a factor to confirm it."""
    if purpose == SETUP:
        return not person.get("password_hash")
    return bool(person.get("second_factor"))


async def secret_to_enrol(accounts: Accounts, person: dict) -> str:
    """The token-app secret shown while setting up: the same on every view until set up.

    Known shortcoming: two first views at the same moment may each store a secret, and the one
    shown by the view that wrote first no longer works; a reload shows the kept one. Accepted
    because only the invitee's own two tabs can race; a store-side "first secret wins" ends it.
    """
    if secret := person.get("pending_secret"):
        return secret
    secret = totp.new_secret()
    await accounts.remember(person["_id"], {"pending_secret": secret})
    return secret


async def complete_setup(
    accounts: Accounts, person: dict, password: str, again: str, code: str, now: datetime
) -> str | None:
    """None once set up, or the text key of what is wrong."""
    if problem := passwords.problem(password, again):
        return problem
    secret = person.get("pending_secret")
    step = totp.accepted_step(secret, code, now, -1) if secret else None
    if step is None:
        return "code_wrong"

    await accounts.remember(
        person["_id"],
        {
            "password_hash": passwords.hash_password(password),
            "password_set_at": now,
            "second_factor": factors.TokenApp.enrolled(secret, step),
            "pending_secret": "",
            f"{SETUP}_token_sha256": USED,
            "set_up": True,
            "set_up_at": now,
            **LockoutPolicy.after_success(),
        },
    )
    return None


async def reset_password(
    accounts: Accounts,
    policy: LockoutPolicy,
    person: dict,
    new_password: tuple[str, str],
    code: str,
    now: datetime,
) -> str | None:
    """None once the password is changed, or the text key of what is wrong."""
    if problem := passwords.problem(*new_password):
        return problem
    if policy.is_locked(person, now):
        return "locked"
    check = factors.check(person.get("second_factor"), code, now)
    if not check.passed:
        await accounts.remember(person["_id"], policy.after_failure(person, now))
        return "code_wrong"

    await accounts.remember(
        person["_id"],
        {
            "password_hash": passwords.hash_password(new_password[0]),
            "password_set_at": now,
            f"{RESET}_token_sha256": USED,
            **check.remember,
            **policy.after_success(),
        },
    )
    return None
