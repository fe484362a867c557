"""Staff sign-in: argon2 passwords and server-side sessions that end when access ends."""

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError

from centre_mailbox.adapters.mongo import MailboxStore
from centre_mailbox.domain.documents import Reader
from centre_mailbox.handlers import token_digest

MIN_PASSWORD_LENGTH = 12
_hasher = PasswordHasher()
# Verified when the address is unknown, so that a wrong address costs as long as a wrong password.
_DECOY_HASH = _hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class SignedIn:
    reader: Reader
    language: str
    session_digest: str


async def sign_in(store: MailboxStore, email: str, password: str) -> str | None:
    """A new session token, or None when the address or password is wrong."""
    staff_member = await store.active_staff_by_email(email.strip().lower())
    stored_hash = (staff_member or {}).get("password_hash") or _DECOY_HASH
    try:
        _hasher.verify(stored_hash, password)
    except VerificationError:
        return None
    if staff_member is None or stored_hash is _DECOY_HASH:
        return None

    return await _open_session(store, staff_member["_id"])


async def set_up_password(store: MailboxStore, token: str, password: str) -> str | None:
    """Consumes the invitation; a session token, or None when the invitation is not valid."""
    staff_member = await invitation_holder(store, token)
    if staff_member is None:
        return None

    await store.set_staff_fields(
        staff_member["_id"],
        {
            "password_hash": _hasher.hash(password),
            "setup_token_sha256": None,
            "password_set_at": datetime.now(UTC),
        },
    )
    return await _open_session(store, staff_member["_id"])


async def invitation_holder(store: MailboxStore, token: str) -> dict | None:
    staff_member = await store.staff_by_setup_token(token_digest(token))
    if staff_member is None or staff_member.get("revoked_at"):
        return None
    if staff_member["setup_expires_at"] < datetime.now(UTC):
        return None
    return staff_member


async def current(store: MailboxStore, token: str | None, idle: timedelta) -> SignedIn | None:
    if not token:
        return None
    digest = token_digest(token)
    session = await store.session(digest)
    if session is None:
        return None

    now = datetime.now(UTC)
    staff_member = await store.staff_member(session["staff_member_id"])
    if session["last_seen_at"] + idle < now or not staff_member or staff_member.get("revoked_at"):
        await store.end_session(digest)
        return None

    await store.touch_session(digest, now)
    reader = Reader(staff_member["_id"], staff_member["refnis_code"], active=True)
    return SignedIn(reader, staff_member.get("language", "nl"), digest)


async def _open_session(store: MailboxStore, staff_member_id: str) -> str:
    token = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    await store.open_session(
        {
            "_id": token_digest(token),
            "staff_member_id": staff_member_id,
            "opened_at": now,
            "last_seen_at": now,
        }
    )
    return token
