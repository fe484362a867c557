"""One function per event the mailbox consumes."""

import hashlib
import secrets
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

import structlog
from contracts.events import (
    CentreRegisteredV1,
    DocumentDeliveredV1,
    DocumentRenderedV1,
    StaffAccessGrantedV1,
    StaffAccessRevokedV1,
    StaffInvitedV1,
)
from servicekit.messaging import Rejected

from centre_mailbox.adapters.mongo import MailboxStore
from centre_mailbox.adapters.object_store import ObjectStore
from centre_mailbox.domain.documents import mailbox_document_id, mailbox_object_key

log = structlog.get_logger()


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def record_centre(event: CentreRegisteredV1, store: MailboxStore) -> None:
    await store.save_centre(event.model_dump(mode="json"))
    log.info("centre_recorded", refnis_code=event.refnis_code)


async def file_document(
    event: DocumentRenderedV1,
    store: MailboxStore,
    objects: ObjectStore,
    buckets: tuple[str, str],
    publish: Callable[[DocumentDeliveredV1], Awaitable[None]],
) -> DocumentDeliveredV1 | None:
    if not await store.is_known_centre(event.refnis_code):
        raise Rejected(
            "unknown-centre", f"refnis_code: no centre is registered as {event.refnis_code!r}"
        )

    # The mailbox id derives from the issuer's key, so the duplicate guard is a lookup by _id.
    filed = await store.document(mailbox_document_id(event.issuer, event.document_id))
    if filed is not None:
        return await _refuse_duplicate(event, filed, store, publish)

    rendered_bucket, mailbox_bucket = buckets
    pdf = await objects.get(rendered_bucket, event.object_key)
    if hashlib.sha256(pdf).hexdigest() != event.sha256:
        raise Rejected(
            "checksum-mismatch", f"sha256: object {event.object_key} does not match {event.sha256}"
        )

    record = _record(event)
    await objects.put(mailbox_bucket, record["object_key"], pdf, event.sha256)
    if not await store.add_document(record):
        return None  # a concurrent delivery filed it first and announced it

    delivered = _delivered(record)
    await publish(delivered)
    log.info(
        "document_filed",
        refnis_code=event.refnis_code,
        document_id=event.document_id,
        mailbox_document_id=record["_id"],
    )
    return delivered


async def _refuse_duplicate(event: DocumentRenderedV1, filed: dict, store: MailboxStore, publish):
    if filed["sha256"] != event.sha256:
        raise Rejected(
            "conflicting-duplicate",
            f"document_id: {event.document_id!r} of {event.issuer} is already in the mailbox "
            f"with other content (sha256 {filed['sha256'][:12]}…, now {event.sha256[:12]}…)",
        )

    await store.record_refused_duplicate(event.issuer, event.document_id)
    # Announce again: if the first announcement was lost in a crash, this one makes up for it;
    # the notifier ignores a document it already counted.
    await publish(_delivered(filed))
    log.info(
        "document_duplicate_refused", refnis_code=event.refnis_code, document_id=event.document_id
    )
    return None


def _record(event: DocumentRenderedV1) -> dict:
    mailbox_id = mailbox_document_id(event.issuer, event.document_id)
    return {
        "_id": mailbox_id,
        "issuer": event.issuer,
        "document_id": event.document_id,
        "refnis_code": event.refnis_code,
        "legislation": event.legislation.value,
        "kind": event.kind.value,
        "period": event.period,
        "issued_on": event.issued_on.isoformat(),
        "language": event.language.value,
        "object_key": mailbox_object_key(event.refnis_code, event.period, mailbox_id),
        "sha256": event.sha256,
        "size_bytes": event.size_bytes,
        "page_count": event.page_count,
        "delivered_at": datetime.now(UTC),
    }


def _delivered(record: dict) -> DocumentDeliveredV1:
    return DocumentDeliveredV1(
        mailbox_document_id=record["_id"],
        issuer=record["issuer"],
        document_id=record["document_id"],
        refnis_code=record["refnis_code"],
        legislation=record["legislation"],
        kind=record["kind"],
        period=record["period"],
        delivered_at=record["delivered_at"],
    )


async def record_access_granted(
    event: StaffAccessGrantedV1,
    store: MailboxStore,
    invitation_valid: timedelta,
    publish: Callable[[StaffInvitedV1], Awaitable[None]],
) -> None:
    known = await store.staff_member(event.staff_member_id)
    if known and known.get("revoked_at"):
        log.info("access_grant_ignored_after_revocation", staff_member_id=event.staff_member_id)
        return

    fields = {
        "refnis_code": event.refnis_code,
        "email": event.email,
        "full_name": event.full_name,
        "language": event.language.value,
        "granted_at": event.granted_at,
        "revoked_at": None,
    }
    staff_member = await store.upsert_staff_member(event.staff_member_id, fields)
    if staff_member.get("password_hash"):
        return  # set up already: a replayed grant changes nothing

    await _invite(event, store, invitation_valid, publish)


async def _invite(
    event: StaffAccessGrantedV1, store: MailboxStore, valid: timedelta, publish
) -> None:
    token = secrets.token_urlsafe(32)
    expires_at = datetime.now(UTC) + valid
    await store.set_staff_fields(
        event.staff_member_id,
        {"setup_token_sha256": token_digest(token), "setup_expires_at": expires_at},
    )

    invitation = StaffInvitedV1(
        staff_member_id=event.staff_member_id,
        refnis_code=event.refnis_code,
        email=event.email,
        language=event.language,
        setup_token=token,
        expires_at=expires_at,
    )
    await publish(invitation)
    log.info(
        "staff_member_invited", refnis_code=event.refnis_code, staff_member_id=event.staff_member_id
    )


async def record_access_revoked(event: StaffAccessRevokedV1, store: MailboxStore) -> None:
    # Keyed by id and stamped with the revocation time, so a late replay of the grant stays revoked.
    await store.upsert_staff_member(
        event.staff_member_id,
        {
            "refnis_code": event.refnis_code,
            "revoked_at": event.revoked_at,
            "setup_token_sha256": None,
        },
    )
    ended = await store.end_sessions_of(event.staff_member_id)
    await store.audit(
        actor=event.revoked_by,
        action="access_revoked",
        refnis_code=event.refnis_code,
        subject=event.staff_member_id,
        sessions_ended=ended,
    )
    log.info(
        "access_revoked",
        refnis_code=event.refnis_code,
        staff_member_id=event.staff_member_id,
        sessions_ended=ended,
    )
