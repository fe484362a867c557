"""One function per event the notifier consumes."""

from datetime import datetime

import structlog

from contracts.events import (
    CentreRegisteredV1,
    DocumentDeliveredV1,
    StaffAccessGrantedV1,
    StaffAccessRevokedV1,
    StaffInvitedV1,
)
from notifier.domain.emails import centre_name, compose_invitation
from notifier.domain.model import Arrival, Centre, StaffMember
from notifier.ports import MailNotSent, MailSender, NotifierStore

log = structlog.get_logger()


async def register_centre(event: CentreRegisteredV1, store: NotifierStore) -> None:
    centre = Centre(refnis_code=event.refnis_code, name_nl=event.name_nl, name_fr=event.name_fr)
    await store.save_centre(centre)

    log.info("centre_recorded", refnis_code=event.refnis_code)


async def grant_access(event: StaffAccessGrantedV1, store: NotifierStore) -> None:
    member = StaffMember(
        staff_member_id=event.staff_member_id,
        refnis_code=event.refnis_code,
        email=event.email,
        language=event.language,
    )
    applied = await store.grant_access(member, granted_at=event.granted_at)

    outcome = "staff_member_recorded" if applied else "stale_grant_ignored"
    log.info(outcome, refnis_code=event.refnis_code, staff_member_id=event.staff_member_id)


async def revoke_access(event: StaffAccessRevokedV1, store: NotifierStore) -> None:
    applied = await store.revoke_access(
        event.staff_member_id, event.refnis_code, revoked_at=event.revoked_at
    )

    outcome = "staff_member_deactivated" if applied else "stale_revocation_ignored"
    log.info(outcome, refnis_code=event.refnis_code, staff_member_id=event.staff_member_id)


async def invite_staff_member(
    event: StaffInvitedV1,
    store: NotifierStore,
    mail: MailSender,
    *,
    portal_url: str,
    now: datetime,
) -> None:
    # Never bind or log the setup token: whoever reads it can claim the staff member's access.
    bound = log.bind(refnis_code=event.refnis_code, staff_member_id=event.staff_member_id)

    if await store.invitation_sent(event.staff_member_id, event.expires_at):
        bound.info("invitation_already_sent")
        return
    if event.expires_at <= now:
        bound.info("invitation_expired_unsent", expires_at=event.expires_at.isoformat())
        return

    centre = await store.centre(event.refnis_code)
    email = compose_invitation(
        email=event.email,
        language=event.language,
        centre=centre_name(centre, event.refnis_code, event.language),
        setup_token=event.setup_token,
        expires_at=event.expires_at,
        portal_url=portal_url,
    )
    try:
        await mail.send(email)
    except MailNotSent as exc:
        # Raised on purpose: the service kit retries the event, then dead-letters it for an
        # operator, so an invitation is never silently lost.
        bound.warning("notification_failed", kind="invitation", error=str(exc))
        raise

    # Recorded after sending: a crash in between sends the invitation twice, never zero times.
    await store.record_invitation(event.staff_member_id, event.expires_at, sent_at=now)
    bound.info("invitation_sent")


async def record_arrival(
    event: DocumentDeliveredV1, store: NotifierStore, *, now: datetime
) -> None:
    # The quiet window runs on our own clock (received_at), not the mailbox's delivered_at, so
    # that a replay of old events still gathers into one digest instead of one each.
    arrival = Arrival(
        issuer=event.issuer,
        document_id=event.document_id,
        mailbox_document_id=event.mailbox_document_id,
        refnis_code=event.refnis_code,
        legislation=event.legislation,
        kind=event.kind,
        period=event.period,
        delivered_at=event.delivered_at,
        received_at=now,
    )
    added = await store.add_arrival(arrival)

    outcome = "notification_recorded" if added else "duplicate_delivery_ignored"
    log.info(
        outcome,
        refnis_code=event.refnis_code,
        issuer=event.issuer,
        document_id=event.document_id,
    )
