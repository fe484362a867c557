"""One function per event the notifier consumes."""

from collections.abc import Mapping
from datetime import datetime

import structlog
from structlog.typing import FilteringBoundLogger

from contracts.events import (
    CentreRegisteredV1,
    DocumentDeliveredV1,
    PersonalLinkIssuedV1,
    Site,
    StaffAccessGrantedV1,
    StaffAccessRevokedV1,
    StaffInvitedV1,
)
from notifier.domain.emails import (
    centre_designated,
    centre_name,
    compose_invitation,
    compose_personal_link,
    personal_link_url,
)
from notifier.domain.model import Arrival, Centre, Email, LinkClaim, StaffMember
from notifier.ports import MailNotSent, MailRefused, MailSender, NotifierStore
from servicekit.messaging import Rejected

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


async def send_personal_link(
    event: PersonalLinkIssuedV1,
    store: NotifierStore,
    mail: MailSender,
    *,
    site_urls: Mapping[Site, str],
    now: datetime,
) -> None:
    # Never bind or log the token, nor the address: whoever reads the link can use it.
    bound = log.bind(link_id=event.link_id, purpose=event.purpose.value)

    if event.expires_at <= now:
        bound.info("personal_link_expired_unsent", expires_at=event.expires_at.isoformat())
        return

    email = await _personal_link_email(event, store, site_urls[event.site])

    claim = await store.claim_personal_link(
        event.link_id, purpose=event.purpose.value, claimed_at=now
    )
    if claim is LinkClaim.SENT:
        bound.info("duplicate_personal_link_ignored")
        return
    if claim is LinkClaim.UNFINISHED:
        # An earlier attempt stopped after claiming (a crash, most likely) and may or may not
        # have sent it: sending again risks a second email, never none.
        bound.warning("personal_link_send_resumed")

    await _send_personal_link(event, email, store, mail, bound)

    # Recorded after sending: a crash in between sends the email twice, never zero times.
    await store.record_personal_link_sent(event.link_id, sent_at=now)
    bound.info("personal_link_sent")


async def _personal_link_email(
    event: PersonalLinkIssuedV1, store: NotifierStore, site_url: str
) -> Email:
    centre = None
    if event.refnis_code is not None:
        known = await store.centre(event.refnis_code)
        centre = centre_designated(known, event.refnis_code, event.language)

    return compose_personal_link(
        email=event.email,
        language=event.language,
        purpose=event.purpose,
        centre=centre,
        link_url=personal_link_url(site_url, event.path, event.token),
        expires_at=event.expires_at,
    )


async def _send_personal_link(
    event: PersonalLinkIssuedV1,
    email: Email,
    store: NotifierStore,
    mail: MailSender,
    bound: FilteringBoundLogger,
) -> None:
    try:
        await mail.send(email)
    except MailRefused as exc:
        await store.release_personal_link(event.link_id)
        bound.error("personal_link_refused", error=str(exc))
        # Straight to the dead letters: a 5xx comes back on every retry. An operator replays
        # it once the address or the mail relay is mended.
        reason = f"email: refused for good by the mail server ({exc})"
        raise Rejected("mail-refused", reason) from exc
    except MailNotSent as exc:
        await store.release_personal_link(event.link_id)
        # Raised: the service kit retries the event a few times, then dead-letters it.
        bound.warning("notification_failed", kind="personal-link", error=str(exc))
        raise


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
