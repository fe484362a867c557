"""The security cell's members and the centres' security consultants: their accounts, their
empowerment, and signing in with a password and a code from a token app."""

import uuid
from datetime import UTC, datetime, timedelta

import structlog
from contracts import topics
from contracts.events import LinkPurpose, PersonalLinkIssuedV1, Site
from contracts.values import Language
from signin import accounts, attempts
from signin.lockout import LockoutPolicy
from signin.sessions import Session, Sessions, Stage

from enrolment import audit
from enrolment.adapters.mongo import EnrolmentStore
from enrolment.domain.people import Actor, Role, require_cell
from enrolment.handlers import CommandRefused, NotFound, Publish

log = structlog.get_logger()

INVITATION_LASTS = timedelta(days=7)
RESET_LASTS = timedelta(hours=1)
LOCKOUT = LockoutPolicy()


async def add_cell_member(
    email: str,
    full_name: str,
    language: Language,
    actor: Actor,
    store: EnrolmentStore,
    publish: Publish,
) -> str:
    """The new member's set-up token (also emailed, so an operator can hand it over)."""
    person = _new_person(Role.SECURITY_CELL, email, full_name, language, refnis_code="")
    token = await _invite(person, LinkPurpose.CELL_INVITATION, store, publish)

    await store.append_audit(
        audit.entry(actor, "cell_member_added", "", person["_id"], email=person["email"])
    )
    log.info("cell_member_added", person_id=person["_id"])
    return token


async def empower_consultant(
    refnis_code: str,
    full_name: str,
    email: str,
    language: Language,
    actor: Actor,
    store: EnrolmentStore,
    publish: Publish,
) -> dict:
    require_cell(actor)
    person = _new_person(Role.SECURITY_CONSULTANT, email, full_name, language, refnis_code)
    await _invite(person, LinkPurpose.CONSULTANT_INVITATION, store, publish)

    await store.append_audit(
        audit.entry(
            actor, "consultant_empowered", refnis_code, person["_id"], email=person["email"]
        )
    )
    log.info("consultant_empowered", refnis_code=refnis_code, person_id=person["_id"])
    return person


async def consultant_address_problem(email: str, store: EnrolmentStore) -> str | None:
    if await store.person_by_email(email.strip().lower()):
        return f"{email} already has an account here: name another security consultant"
    return None


async def withdraw_consultant(
    refnis_code: str, person_id: str, actor: Actor, store: EnrolmentStore, sessions: Sessions
) -> None:
    require_cell(actor)
    person = await store.person(person_id)
    if (
        not person
        or person["role"] != Role.SECURITY_CONSULTANT
        or (person["refnis_code"] != refnis_code)
    ):
        raise NotFound(f"no security consultant {person_id} at centre {refnis_code}")
    if not person["active"]:
        raise CommandRefused(f"the empowerment of {person['email']} was already withdrawn")

    await store.remember(person_id, {"active": False, "withdrawn_at": datetime.now(UTC)})
    ended = await sessions.end_all_of(person_id)
    await store.append_audit(
        audit.entry(actor, "consultant_withdrawn", refnis_code, person_id, email=person["email"])
    )
    log.info("consultant_withdrawn", refnis_code=refnis_code, person_id=person_id, sessions=ended)


async def sign_in_with_password(
    email: str, password: str, from_address: str, store: EnrolmentStore, sessions: Sessions
) -> str | None:
    """A session awaiting the second factor, or None: every refusal looks the same."""
    attempt = await attempts.check_password(store, LOCKOUT, email, password, datetime.now(UTC))
    if not attempt.passed:
        await _audit_failure(attempt, email, from_address, store)
        return None
    return await sessions.open(attempt.person["_id"], Stage.AWAITING_SECOND_FACTOR, from_address)


async def sign_in_with_code(
    pending_token: str | None,
    code: str,
    from_address: str,
    store: EnrolmentStore,
    sessions: Sessions,
) -> str | None:
    """A signed-in session in place of the pending one, or None."""
    pending = await sessions.find(pending_token, Stage.AWAITING_SECOND_FACTOR)
    person = await store.person(pending.person_id) if pending else None
    if person is None or not person["active"]:
        return None

    attempt = await attempts.check_code(store, LOCKOUT, person, code, datetime.now(UTC))
    if not attempt.passed:
        await _audit_failure(attempt, person["email"], from_address, store)
        return None

    await sessions.end(pending_token)
    await store.append_audit(
        audit.entry(
            actor_of(person, from_address),
            "signed_in",
            person["refnis_code"],
            person["_id"],
            second_factor="totp",
        )
    )
    return await sessions.open(person["_id"], Stage.SIGNED_IN, from_address)


async def sign_out(token: str | None, actor: Actor, store: EnrolmentStore, sessions: Sessions):
    await sessions.end(token)
    await store.append_audit(audit.entry(actor, "signed_out", actor.refnis_code, actor.person_id))


async def signed_in_actor(
    session: Session | None, from_address: str, store: EnrolmentStore
) -> Actor | None:
    """The person behind a live session, unless their account was ended since."""
    person = await store.person(session.person_id) if session else None
    if person is None or not person["active"]:
        return None
    return actor_of(person, from_address)


def actor_of(person: dict, from_address: str) -> Actor:
    return Actor(
        person_id=person["_id"],
        full_name=person["full_name"],
        role=Role(person["role"]),
        refnis_code=person["refnis_code"],
        from_address=from_address,
        language=person["language"],
    )


async def complete_setup(
    token: str,
    password: str,
    again: str,
    code: str,
    from_address: str,
    store: EnrolmentStore,
    sessions: Sessions,
) -> tuple[str | None, str | None]:
    """(session token, None) once set up, else (None, the text key of what is wrong)."""
    now = datetime.now(UTC)
    person = await accounts.link_holder(store, accounts.SETUP, token, now)
    if person is None:
        return None, "link_invalid"
    if problem := await accounts.complete_setup(store, person, password, again, code, now):
        return None, problem

    actor = actor_of(person, from_address)
    await store.append_audit(
        audit.entry(actor, "account_set_up", actor.refnis_code, actor.person_id)
    )
    return await sessions.open(person["_id"], Stage.SIGNED_IN, from_address), None


async def request_password_reset(
    email: str, from_address: str, store: EnrolmentStore, publish: Publish
) -> None:
    """Answers the same whether or not the address is known: only an email tells the owner."""
    person = await store.who_may_sign_in(email.strip().lower()[:254])
    if person is None:
        log.info("password_reset_not_sent")
        return

    now = datetime.now(UTC)
    token, fields = accounts.link_token(accounts.RESET, RESET_LASTS, now)
    await store.remember(person["_id"], fields)
    await _send_link(
        person, LinkPurpose.PASSWORD_RESET, "/password-reset/new", token, now + RESET_LASTS, publish
    )
    await store.append_audit(
        audit.entry(
            actor_of(person, from_address),
            "password_reset_requested",
            person["refnis_code"],
            person["_id"],
        )
    )


async def reset_password(
    token: str,
    password: str,
    again: str,
    code: str,
    from_address: str,
    store: EnrolmentStore,
    sessions: Sessions,
) -> str | None:
    """None once reset (every session of the person ended), or the text key of the problem."""
    now = datetime.now(UTC)
    person = await accounts.link_holder(store, accounts.RESET, token, now)
    if person is None:
        return "link_invalid"
    problem = await accounts.reset_password(store, LOCKOUT, person, (password, again), code, now)
    if problem:
        return problem

    await sessions.end_all_of(person["_id"])
    await store.append_audit(
        audit.entry(
            actor_of(person, from_address), "password_reset", person["refnis_code"], person["_id"]
        )
    )
    return None


def _new_person(
    role: Role, email: str, full_name: str, language: Language, refnis_code: str
) -> dict:
    return {
        "_id": str(uuid.uuid4()),
        "role": role.value,
        "email": email.strip().lower(),
        "full_name": full_name.strip(),
        "language": language.value,
        "refnis_code": refnis_code,
        "active": True,
        "set_up": False,
        "created_at": datetime.now(UTC),
    }


async def _invite(person: dict, purpose: LinkPurpose, store: EnrolmentStore, publish) -> str:
    now = datetime.now(UTC)
    token, fields = accounts.link_token(accounts.SETUP, INVITATION_LASTS, now)
    if not await store.add_person({**person, **fields}):
        raise CommandRefused(f"{person['email']} already has an account here")

    await _send_link(person, purpose, "/setup", token, now + INVITATION_LASTS, publish)
    return token


async def _send_link(
    person: dict, purpose: LinkPurpose, path: str, token: str, expires_at: datetime, publish
) -> None:
    event = PersonalLinkIssuedV1(
        link_id=str(uuid.uuid4()),
        purpose=purpose,
        email=person["email"],
        language=Language(person["language"]),
        refnis_code=person["refnis_code"] or None,
        site=Site.ENROLMENT,
        path=path,
        token=token,
        expires_at=expires_at,
    )
    await publish(topics.PERSONAL_LINK_ISSUED, event, person["refnis_code"] or person["_id"])


async def _audit_failure(attempt, email: str, from_address: str, store: EnrolmentStore) -> None:
    person = attempt.person
    actor = (
        actor_of(person, from_address) if person else Actor("unknown", "", None, "", from_address)
    )
    refnis_code = person["refnis_code"] if person else ""
    await store.append_audit(
        audit.entry(
            actor,
            "sign_in_failed",
            refnis_code,
            person["_id"] if person else email,
            reason=attempt.outcome.value,
        )
    )
    log.info("sign_in_failed", reason=attempt.outcome.value)


async def appoint_consultant(
    refnis_code: str,
    full_name: str,
    email: str,
    language: Language,
    actor: Actor,
    store: EnrolmentStore,
    publish: Publish,
) -> dict:
    """A new consultant for a switched-over centre whose consultant's empowerment ended."""
    require_cell(actor)
    if not await store.switched_over_on(refnis_code):
        raise CommandRefused(f"centre {refnis_code} is not switched over: it applies first")
    active = [
        p
        for p in await store.people_with_role(Role.SECURITY_CONSULTANT, refnis_code)
        if p["active"]
    ]
    if active:
        raise CommandRefused(
            f"centre {refnis_code} has a security consultant ({active[0]['email']}): "
            "withdraw that empowerment first"
        )
    if problem := await consultant_address_problem(email, store):
        raise CommandRefused(problem)
    return await empower_consultant(refnis_code, full_name, email, language, actor, store, publish)
