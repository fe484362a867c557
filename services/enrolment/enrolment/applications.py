"""Commands on applications: a centre applies and answers; the security cell reviews."""

import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import structlog
from contracts import topics
from contracts.events import LinkPurpose, PersonalLinkIssuedV1, Site
from contracts.values import Language
from signin.sessions import digest_of

from enrolment import audit, handlers, people
from enrolment.adapters.mongo import EnrolmentStore
from enrolment.domain.applications import (
    ApplicationState,
    Conditions,
    ReviewStep,
    TransitionRefused,
    effective_date_problem,
    state_after,
    wished_date_problem,
)
from enrolment.domain.people import Actor, require_cell
from enrolment.handlers import CommandRefused, NotFound, Publish

log = structlog.get_logger()

TRACKING_LINK_LASTS = timedelta(days=90)
AUDITED_AS = {
    ReviewStep.REQUEST_INFORMATION: "application_information_requested",
    ReviewStep.ANSWER: "application_answered",
    ReviewStep.APPROVE: "application_approved",
    ReviewStep.REFUSE: "application_refused",
}


@dataclass(frozen=True)
class Applicant:
    """The centre as it applies: through the security consultant it names."""

    refnis_code: str
    consultant_name: str
    consultant_email: str
    language: Language | None  # the consultant's choice; the centre's language otherwise
    from_address: str

    def actor(self) -> Actor:
        return Actor(
            f"centre-{self.refnis_code}",
            self.consultant_name,
            None,
            self.refnis_code,
            self.from_address,
        )


async def apply(
    applicant: Applicant, conditions: Conditions, store: EnrolmentStore, publish: Publish
) -> tuple[dict, str]:
    """The new application and the secret token of its tracking link."""
    refnis_code = applicant.refnis_code
    centre = await handlers.existing_centre(refnis_code, store)
    if switched := await store.switched_over_on(refnis_code):
        raise CommandRefused(f"centre {refnis_code} is switched over since {switched.isoformat()}")
    if problem := wished_date_problem(conditions.wished_date, datetime.now(UTC).date()):
        raise CommandRefused(problem)

    token = secrets.token_urlsafe(32)
    application = _new_application(applicant, conditions, centre.language, token)
    if not await store.add_application(application):
        open_one = await store.open_application_of(refnis_code)
        state = open_one["state"] if open_one else "open"
        raise CommandRefused(
            f"centre {refnis_code} already has an open application "
            f"({open_one['_id'] if open_one else '?'}, {state}): one at a time"
        )

    await store.append_audit(
        audit.entry(
            applicant.actor(),
            "application_submitted",
            refnis_code,
            application["_id"],
            network=conditions.network.value,
            staff_authentication=conditions.staff_authentication.value,
            wished_date=conditions.wished_date,
        )
    )
    await _mail_applicant(application, LinkPurpose.APPLICATION_RECEIVED, token, publish)
    log.info("application_submitted", refnis_code=refnis_code, application_id=application["_id"])
    return application, token


async def tracked_application(
    application_id: str, token: str, store: EnrolmentStore
) -> dict | None:
    """The application whose tracking link this is, or None."""
    application = await store.application(application_id)
    if application is None or not token:
        return None
    given = digest_of(token)
    # Each email to the applicant carries a new link; the earlier ones keep working.
    if not any(secrets.compare_digest(known, given) for known in application["tracking_links"]):
        return None
    return application


async def request_information(
    application_id: str, question: str, actor: Actor, store: EnrolmentStore, publish: Publish
) -> dict:
    require_cell(actor)
    application = await _step(
        application_id, ReviewStep.REQUEST_INFORMATION, actor, store, {}, text=question
    )
    token = secrets.token_urlsafe(32)
    await store.remember_tracking_token(application_id, digest_of(token))
    await _mail_applicant(application, LinkPurpose.INFORMATION_REQUESTED, token, publish)
    return application


async def answer(
    application_id: str, token: str, text: str, from_address: str, store: EnrolmentStore
) -> dict:
    application = await tracked_application(application_id, token, store)
    if application is None:
        raise NotFound(f"no application {application_id} with that link")

    applicant = _applicant_of(application, from_address)
    return await _step(application_id, ReviewStep.ANSWER, applicant.actor(), store, {}, text=text)


async def refuse(application_id: str, reason: str, actor: Actor, store: EnrolmentStore) -> dict:
    require_cell(actor)
    decision = {"decided_by": actor.person_id, "decided_at": datetime.now(UTC), "reason": reason}
    return await _step(application_id, ReviewStep.REFUSE, actor, store, decision, text=reason)


async def approve(
    application_id: str,
    effective_date: date,
    actor: Actor,
    store: EnrolmentStore,
    publish: Publish,
) -> dict:
    """Approves, empowers the named security consultant and switches the centre over."""
    require_cell(actor)
    application = await _existing(application_id, store)
    state_after(application_id, ApplicationState(application["state"]), ReviewStep.APPROVE)
    if problem := effective_date_problem(effective_date, datetime.now(UTC).date()):
        raise CommandRefused(problem)
    consultant = application["consultant"]
    if problem := await people.consultant_address_problem(consultant["email"], store):
        raise CommandRefused(problem)

    decision = {
        "decided_by": actor.person_id,
        "decided_at": datetime.now(UTC),
        "effective_date": effective_date.isoformat(),
    }
    approved = await _step(application_id, ReviewStep.APPROVE, actor, store, decision)
    refnis_code = application["refnis_code"]
    await people.empower_consultant(
        refnis_code,
        consultant["full_name"],
        consultant["email"],
        Language(application["language"]),
        actor,
        store,
        publish,
    )
    await handlers.switch_over(refnis_code, effective_date, actor, store, publish)
    return approved


async def _step(
    application_id: str,
    step: ReviewStep,
    actor: Actor,
    store: EnrolmentStore,
    fields: dict,
    text: str = "",
) -> dict:
    application = await _existing(application_id, store)
    current = ApplicationState(application["state"])
    after = state_after(application_id, current, step)

    changes = {"state": after.value, **fields}
    if after not in (ApplicationState.UNDER_REVIEW, ApplicationState.INFORMATION_REQUESTED):
        changes["open_for"] = application_id  # closed: the centre may apply again
    message = {"at": datetime.now(UTC), "step": step.value, "by": actor.full_name, "text": text}
    if not await store.change_application(application_id, current.value, changes, message):
        now = (await _existing(application_id, store))["state"]
        raise TransitionRefused(f"application {application_id} changed meanwhile: it is {now}")

    await store.append_audit(
        audit.entry(
            actor,
            AUDITED_AS[step],
            application["refnis_code"],
            application_id,
            state=after.value,
        )
    )
    log.info(
        "application_reviewed", application_id=application_id, step=step.value, state=after.value
    )
    return {**application, **changes}


async def _existing(application_id: str, store: EnrolmentStore) -> dict:
    application = await store.application(application_id)
    if application is None:
        raise NotFound(f"no application {application_id}")
    return application


def _new_application(
    applicant: Applicant, conditions: Conditions, centre_language: Language, token: str
) -> dict:
    return {
        "_id": str(uuid.uuid4()),
        "refnis_code": applicant.refnis_code,
        "open_for": applicant.refnis_code,
        "state": ApplicationState.UNDER_REVIEW.value,
        "consultant": {
            "full_name": applicant.consultant_name.strip(),
            "email": applicant.consultant_email.strip().lower(),
        },
        "language": (applicant.language or centre_language).value,
        "network": conditions.network.value,
        "staff_authentication": conditions.staff_authentication.value,
        "wished_date": conditions.wished_date.isoformat(),
        "submitted_at": datetime.now(UTC),
        "from_address": applicant.from_address,
        "tracking_links": [digest_of(token)],
        "messages": [],
    }


def _applicant_of(application: dict, from_address: str) -> Applicant:
    consultant = application["consultant"]
    return Applicant(
        application["refnis_code"],
        consultant["full_name"],
        consultant["email"],
        Language(application["language"]),
        from_address,
    )


async def _mail_applicant(
    application: dict, purpose: LinkPurpose, token: str, publish: Publish
) -> None:
    event = PersonalLinkIssuedV1(
        link_id=str(uuid.uuid4()),
        purpose=purpose,
        email=application["consultant"]["email"],
        language=Language(application["language"]),
        refnis_code=application["refnis_code"],
        site=Site.ENROLMENT,
        path=f"/applications/{application['_id']}",
        token=token,
        expires_at=datetime.now(UTC) + TRACKING_LINK_LASTS,
    )
    await publish(topics.PERSONAL_LINK_ISSUED, event, application["refnis_code"])
