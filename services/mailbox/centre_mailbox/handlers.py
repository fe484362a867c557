"""One function per event the mailbox consumes."""

import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import structlog
from contracts.events import (
    CentreRegisteredV1,
    CentreSwitchedOverV1,
    DocumentDeliveredV1,
    DocumentRenderedV1,
    StaffAccessGrantedV1,
    StaffAccessRevokedV1,
    StaffInvitedV1,
)
from servicekit.messaging import Rejected
from signin import accounts

from centre_mailbox.adapters.channels import ChannelStore
from centre_mailbox.adapters.mongo import MailboxStore
from centre_mailbox.adapters.object_store import ObjectStore
from centre_mailbox.domain.channels import (
    Channel,
    ChannelDecision,
    PrintStatus,
    delivery_channel,
)
from centre_mailbox.domain.documents import mailbox_document_id, mailbox_object_key

log = structlog.get_logger()


async def record_centre(event: CentreRegisteredV1, store: MailboxStore) -> None:
    await store.save_centre(event.model_dump(mode="json"))
    log.info("centre_recorded", refnis_code=event.refnis_code)


@dataclass(frozen=True)
class Routing:
    """Where the filer reads PDFs from and puts them, and the national cut-off date."""

    rendered_bucket: str
    mailbox_bucket: str
    print_bucket: str
    national_cutoff: date


async def record_switch_over(event: CentreSwitchedOverV1, channels: ChannelStore) -> None:
    # Recorded even for a centre not registered yet: the two events travel on different topics.
    await channels.save_switch_over(event.refnis_code, event.effective_date, event.approved_by)
    log.info(
        "switch_over_recorded",
        refnis_code=event.refnis_code,
        effective_date=event.effective_date.isoformat(),
    )


async def file_document(
    event: DocumentRenderedV1,
    store: MailboxStore,
    channels: ChannelStore,
    objects: ObjectStore,
    routing: Routing,
    publish: Callable[[DocumentDeliveredV1], Awaitable[None]],
) -> DocumentDeliveredV1 | None:
    if not await store.is_known_centre(event.refnis_code):
        raise Rejected(
            "unknown-centre", f"refnis_code: no centre is registered as {event.refnis_code!r}"
        )

    # One id per document whatever its way, derived from the issuer's key, so that the
    # duplicate guard is a lookup by _id: in the mailbox, then on the print queue.
    document_id = mailbox_document_id(event.issuer, event.document_id)
    filed = await store.document(document_id)
    if filed is not None:
        return await _refuse_duplicate(event, filed, store, publish)
    queued = await channels.print_entry(document_id)
    if queued is not None:
        await _refuse_printed_duplicate(event, queued, store)
        return None

    pdf = await objects.get(routing.rendered_bucket, event.object_key)
    if hashlib.sha256(pdf).hexdigest() != event.sha256:
        raise Rejected(
            "checksum-mismatch", f"sha256: object {event.object_key} does not match {event.sha256}"
        )

    effective_date = await channels.effective_date(event.refnis_code)
    decision = delivery_channel(event.issued_on, effective_date, routing.national_cutoff)
    if decision.channel is Channel.PAPER:
        await _queue_for_print(event, decision, pdf, channels, objects, routing)
        return None
    return await _file_in_mailbox(event, decision, pdf, store, objects, routing, publish)


async def _file_in_mailbox(event, decision, pdf, store, objects, routing, publish):
    record = _record(event, decision)
    await objects.put(routing.mailbox_bucket, record["object_key"], pdf, event.sha256)
    if not await store.add_document(record):
        return None  # a concurrent delivery filed it first and announced it

    delivered = _delivered(record)
    await publish(delivered)
    log.info(
        "document_filed",
        refnis_code=event.refnis_code,
        document_id=event.document_id,
        mailbox_document_id=record["_id"],
        electronic_by=decision.reason.value,
    )
    return delivered


async def _queue_for_print(event, decision, pdf, channels, objects, routing) -> None:
    entry = _print_entry(event, decision)
    # The PDF first: an entry on the queue always has its PDF to print.
    await objects.put(routing.print_bucket, entry["object_key"], pdf, event.sha256)
    if not await channels.add_print_entry(entry):
        return  # a concurrent delivery queued it first

    log.info(
        "document_queued_for_print",
        refnis_code=event.refnis_code,
        document_id=event.document_id,
        print_entry_id=entry["_id"],
        reason=decision.reason.value,
    )


async def _refuse_duplicate(event: DocumentRenderedV1, filed: dict, store: MailboxStore, publish):
    _refuse_other_content(event, filed, "is already in the mailbox")

    await store.record_refused_duplicate(event.issuer, event.document_id)
    # Announce again: if the first announcement was lost in a crash, this one makes up for it;
    # the notifier ignores a document it already counted.
    await publish(_delivered(filed))
    log.info(
        "document_duplicate_refused", refnis_code=event.refnis_code, document_id=event.document_id
    )
    return None


async def _refuse_printed_duplicate(
    event: DocumentRenderedV1, queued: dict, store: MailboxStore
) -> None:
    _refuse_other_content(event, queued, "is already on the print queue")

    await store.record_refused_duplicate(event.issuer, event.document_id)
    log.info(
        "document_duplicate_refused",
        refnis_code=event.refnis_code,
        document_id=event.document_id,
        channel=Channel.PAPER.value,
    )


def _refuse_other_content(event: DocumentRenderedV1, earlier: dict, where: str) -> None:
    if earlier["sha256"] != event.sha256:
        raise Rejected(
            "conflicting-duplicate",
            f"document_id: {event.document_id!r} of {event.issuer} {where} "
            f"with other content (sha256 {earlier['sha256'][:12]}…, now {event.sha256[:12]}…)",
        )


def _document_fields(event: DocumentRenderedV1) -> dict:
    document_id = mailbox_document_id(event.issuer, event.document_id)
    return {
        "_id": document_id,
        "issuer": event.issuer,
        "document_id": event.document_id,
        "refnis_code": event.refnis_code,
        "legislation": event.legislation.value,
        "kind": event.kind.value,
        "period": event.period,
        "issued_on": event.issued_on.isoformat(),
        "language": event.language.value,
        "object_key": mailbox_object_key(event.refnis_code, event.period, document_id),
        "sha256": event.sha256,
        "size_bytes": event.size_bytes,
        "page_count": event.page_count,
    }


def _record(event: DocumentRenderedV1, decision: ChannelDecision) -> dict:
    return {
        **_document_fields(event),
        "electronic_by": decision.reason.value,
        "delivered_at": datetime.now(UTC),
    }


def _print_entry(event: DocumentRenderedV1, decision: ChannelDecision) -> dict:
    # Status as a string marker, never a null: FerretDB filters on null slowly.
    return {
        **_document_fields(event),
        "paper_because": decision.reason.value,
        "status": PrintStatus.QUEUED.value,
        "queued_at": datetime.now(UTC),
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
    token, link = accounts.link_token(accounts.SETUP, valid, datetime.now(UTC))
    await store.set_staff_fields(event.staff_member_id, link)

    invitation = StaffInvitedV1(
        staff_member_id=event.staff_member_id,
        refnis_code=event.refnis_code,
        email=event.email,
        language=event.language,
        setup_token=token,
        expires_at=link[f"{accounts.SETUP}_expires_at"],
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
            f"{accounts.SETUP}_token_sha256": accounts.USED,
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
