"""The flush: gathers each centre's quiet arrivals into one digest and emails its active staff.

A digest is claimed before any email goes out and each email is recorded once sent, so a crash
or a mail server outage leaves an open digest that the next flush finishes: staff already
emailed are skipped, the others get it. Nothing is dropped, at worst one email goes twice.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import structlog

from notifier.domain.digest_rules import is_digest_due
from notifier.domain.emails import centre_name, compose_digest
from notifier.domain.model import Arrival, Digest, PendingCentre, StaffMember
from notifier.ports import MailNotSent, MailRefused, MailSender, NotifierStore

log = structlog.get_logger()


@dataclass(frozen=True)
class DigestPolicy:
    quiet: timedelta
    max_wait: timedelta
    portal_url: str


def new_digest_id() -> str:
    return uuid.uuid4().hex


async def flush_digests(
    store: NotifierStore,
    mail: MailSender,
    policy: DigestPolicy,
    *,
    now: datetime,
    new_id: Callable[[], str] = new_digest_id,
) -> None:
    # Unfinished digests go first, and a centre with one gets no new one meanwhile: while the
    # mail server is down, arrivals pile up in one later digest rather than in many.
    still_open = await resume_open_digests(store, mail, policy, now=now)

    staffed = await store.staffed_centres()
    waiting: list[PendingCentre] = []
    for centre in await store.pending_centres():
        due = is_digest_due(centre, now=now, quiet=policy.quiet, max_wait=policy.max_wait)
        if not due or centre.refnis_code in still_open:
            continue
        if centre.refnis_code not in staffed:
            waiting.append(centre)
            continue

        digest = await store.claim_digest(
            centre.refnis_code, digest_id=new_id(), cutoff=now, claimed_at=now
        )
        if digest is not None:
            await send_digest(store, mail, policy, digest, now=now)

    if waiting:
        _log_waiting(waiting)


async def resume_open_digests(
    store: NotifierStore, mail: MailSender, policy: DigestPolicy, *, now: datetime
) -> set[str]:
    """Finish the digests claimed earlier; returns the centres whose digest is still open."""
    still_open = set()
    for digest in await store.open_digests():
        if not await send_digest(store, mail, policy, digest, now=now):
            still_open.add(digest.refnis_code)
    return still_open


async def send_digest(
    store: NotifierStore, mail: MailSender, policy: DigestPolicy, digest: Digest, *, now: datetime
) -> bool:
    """Email the digest to the centre's active staff not yet emailed; True once it is done."""
    bound = log.bind(digest_id=digest.digest_id, refnis_code=digest.refnis_code)
    arrivals = await store.digest_arrivals(digest.digest_id)
    already = await store.digest_recipients(digest.digest_id)
    recipients = [
        member
        for member in await store.active_staff(digest.refnis_code)
        if member.staff_member_id not in already
    ]

    if not arrivals or not (recipients or already):
        # Nothing was claimed (a crash between opening the digest and claiming), or every
        # staff member lost access before the first email: future staff will be told instead.
        await store.release_digest(digest.digest_id)
        bound.info("digest_released", document_count=len(arrivals))
        return True

    failed = await _email_each(store, mail, policy, digest, arrivals, recipients, now=now)
    if failed:
        return False

    await store.complete_digest(digest.digest_id, completed_at=now)
    bound.info(
        "digest_sent",
        document_count=len(arrivals),
        recipient_count=len(already) + len(recipients),
    )
    return True


async def _email_each(
    store: NotifierStore,
    mail: MailSender,
    policy: DigestPolicy,
    digest: Digest,
    arrivals: list[Arrival],
    recipients: list[StaffMember],
    *,
    now: datetime,
) -> int:
    """Send the digest to each recipient, recording each email sent; returns how many failed."""
    centre = await store.centre(digest.refnis_code)
    failed = 0
    for member in recipients:
        email = compose_digest(
            member=member,
            centre=centre_name(centre, digest.refnis_code, member.language),
            arrivals=arrivals,
            portal_url=policy.portal_url,
        )
        try:
            await mail.send(email)
        except MailRefused as exc:
            # Refused for good: retrying would hold back this centre's digests for ever. The
            # staff member is counted as dealt with, and operators are told to mend the address.
            log.error(
                "notification_refused",
                digest_id=digest.digest_id,
                refnis_code=digest.refnis_code,
                staff_member_id=member.staff_member_id,
                error=str(exc),
            )
            await store.record_digest_email(
                digest.digest_id, member.staff_member_id, sent_at=now, refused=True
            )
            continue
        except MailNotSent as exc:
            failed += 1
            log.warning(
                "notification_failed",
                digest_id=digest.digest_id,
                refnis_code=digest.refnis_code,
                staff_member_id=member.staff_member_id,
                error=str(exc),
            )
            continue
        await store.record_digest_email(digest.digest_id, member.staff_member_id, sent_at=now)
    return failed


def _log_waiting(waiting: list[PendingCentre]) -> None:
    # One line per flush, not per centre: hundreds of centres may be waiting for their staff.
    log.info(
        "digest_waiting_for_staff",
        centre_count=len(waiting),
        document_count=sum(centre.count for centre in waiting),
        refnis_codes=[centre.refnis_code for centre in waiting[:20]],
    )
