"""Commands on centres and staff access: check, decide, record, audit, publish."""

import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime

import structlog
from contracts import topics
from contracts.events import (
    CentreRegisteredV1,
    CentreSwitchedOverV1,
    Event,
    StaffAccessGrantedV1,
    StaffAccessRevokedV1,
)
from contracts.topics import Topic
from contracts.values import Language

from enrolment import audit
from enrolment.adapters.mongo import EnrolmentStore
from enrolment.domain.centres import Centre
from enrolment.domain.people import Actor, require_consultant_of

log = structlog.get_logger()

Publish = Callable[[Topic, Event, str], Awaitable[None]]


class CommandRefused(Exception):
    """The command cannot be carried out in the current state; the message says why."""


class NotFound(Exception):
    pass


async def register_centres(centres: list[Centre], store: EnrolmentStore, publish: Publish) -> int:
    for centre in centres:
        known = await store.centre(centre.refnis_code)
        # Re-loading the registry keeps a language the centre already chose.
        kept = known.language if known else centre.language
        await _register(centre.addressed_in(kept), store, publish)

    log.info("centres_registered", count=len(centres))
    return len(centres)


async def choose_language(
    refnis_code: str, language: Language, actor: Actor, store: EnrolmentStore, publish: Publish
) -> Centre:
    centre = await existing_centre(refnis_code, store)
    try:
        chosen = centre.addressed_in(language)
    except ValueError as error:
        raise CommandRefused(str(error)) from None

    await _register(chosen, store, publish)
    await store.append_audit(
        audit.entry(actor, "language_chosen", refnis_code, refnis_code, language=language.value)
    )
    return chosen


async def switch_over(
    refnis_code: str, effective_date: date, actor: Actor, store: EnrolmentStore, publish: Publish
) -> None:
    """All three legislations at once: the event names the centre and the date, nothing else."""
    await existing_centre(refnis_code, store)
    if already := await store.switched_over_on(refnis_code):
        raise CommandRefused(f"centre {refnis_code} was switched over on {already.isoformat()}")

    await store.record_switch_over(refnis_code, effective_date)
    await store.append_audit(
        audit.entry(
            actor, "switched_over", refnis_code, refnis_code, effective_date=effective_date
        )
    )

    event = CentreSwitchedOverV1(
        refnis_code=refnis_code, effective_date=effective_date, approved_by=actor.person_id
    )
    await publish(topics.CENTRE_SWITCHED_OVER, event, refnis_code)
    log.info("centre_switched_over", refnis_code=refnis_code, effective_date=str(effective_date))


async def grant_access(
    refnis_code: str,
    *,
    email: str,
    full_name: str,
    language: Language | None,
    actor: Actor,
    store: EnrolmentStore,
    publish: Publish,
) -> StaffAccessGrantedV1:
    require_consultant_of(actor, refnis_code)
    centre = await existing_centre(refnis_code, store)
    if not await store.switched_over_on(refnis_code):
        raise CommandRefused(f"centre {refnis_code} is not switched over: it has no mailbox yet")

    event = StaffAccessGrantedV1(
        staff_member_id=str(uuid.uuid4()),
        refnis_code=refnis_code,
        email=email.strip().lower(),
        full_name=full_name.strip(),
        language=language or centre.language,
        granted_by=actor.person_id,
        granted_at=datetime.now(UTC),
    )
    await _record_grant(event, actor, store)
    await publish(topics.STAFF_ACCESS_GRANTED, event, refnis_code)
    log.info("access_granted", refnis_code=refnis_code, staff_member_id=event.staff_member_id)
    return event


async def revoke_access(
    refnis_code: str, staff_member_id: str, actor: Actor, store: EnrolmentStore, publish: Publish
) -> None:
    require_consultant_of(actor, refnis_code)
    staff_member = await store.staff_member(refnis_code, staff_member_id)
    if staff_member is None:
        raise NotFound(f"no staff member {staff_member_id} at centre {refnis_code}")
    if staff_member.get("revoked_at"):
        raise CommandRefused(f"access of staff member {staff_member_id} was already revoked")

    now = datetime.now(UTC)
    await store.end_access(staff_member_id, now)
    await store.append_audit(
        audit.entry(actor, "access_revoked", refnis_code, staff_member_id,
                    email=staff_member["email"])
    )

    event = StaffAccessRevokedV1(
        staff_member_id=staff_member_id,
        refnis_code=refnis_code,
        revoked_by=actor.person_id,
        revoked_at=now,
    )
    await publish(topics.STAFF_ACCESS_REVOKED, event, refnis_code)
    log.info("access_revoked", refnis_code=refnis_code, staff_member_id=staff_member_id)


async def _record_grant(event: StaffAccessGrantedV1, actor: Actor, store: EnrolmentStore) -> None:
    # One address opens one mailbox: the portal signs a person in by address alone.
    for holder in await store.staff_with_email(event.email):
        if not holder.get("revoked_at"):
            raise CommandRefused(
                f"{event.email} already has access to the mailbox of centre "
                f"{holder['refnis_code']}: one address can open one centre's mailbox"
            )

    await store.add_staff_member(
        {
            "_id": event.staff_member_id,
            "refnis_code": event.refnis_code,
            "email": event.email,
            "full_name": event.full_name,
            "language": event.language.value,
            "granted_by": event.granted_by,
            "granted_at": event.granted_at,
        }
    )
    await store.append_audit(
        audit.entry(actor, "access_granted", event.refnis_code, event.staff_member_id,
                    email=event.email)
    )


async def _register(centre: Centre, store: EnrolmentStore, publish: Publish) -> None:
    await store.save_centre(centre)
    event = CentreRegisteredV1(
        refnis_code=centre.refnis_code,
        name_nl=centre.name_nl,
        name_fr=centre.name_fr,
        region=centre.region,
        language=centre.language,
    )
    await publish(topics.CENTRE_REGISTERED, event, centre.refnis_code)


async def existing_centre(refnis_code: str, store: EnrolmentStore) -> Centre:
    centre = await store.centre(refnis_code)
    if centre is None:
        raise NotFound(f"no centre with REFNIS code {refnis_code}")
    return centre
