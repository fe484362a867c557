"""The enrolment service: its HTTP API (described at /openapi.json), its pages, and the audit
entries it collects from other services."""

import csv
import io
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Annotated

from contracts import topics
from contracts.events import AuditRecordedV1, Event
from contracts.topics import Topic
from contracts.values import EmailAddress, Language, RefnisCode
from fastapi import APIRouter, BackgroundTasks, Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from pymongo import AsyncMongoClient
from servicekit.messaging import AT_LEAST_ONCE, group_for, make_broker, provision_topics, publish
from servicekit.web import RefuseNul
from signin import accounts, passwords, totp
from signin.operators import operator_check
from signin.sessions import Sessions, Stage

from enrolment import applications, audit, handlers, people
from enrolment.adapters.mongo import EnrolmentStore
from enrolment.domain.applications import (
    ApplicationState,
    Conditions,
    SecureNetwork,
    StaffAuthentication,
    TransitionRefused,
)
from enrolment.domain.centres import read_registry
from enrolment.domain.people import Actor, NotAllowed, require_cell, require_consultant_of
from enrolment.settings import EnrolmentSettings

PUBLISHED_TOPICS = (
    topics.CENTRE_REGISTERED,
    topics.CENTRE_SWITCHED_OVER,
    topics.STAFF_ACCESS_GRANTED,
    topics.STAFF_ACCESS_REVOKED,
    topics.PERSONAL_LINK_ISSUED,
)
PROBLEMS = {
    "link_invalid": "this link is unknown, used or expired",
    "password_short": f"password: at least {passwords.MIN_LENGTH} characters",
    "password_long": f"password: at most {passwords.MAX_LENGTH} characters",
    "password_mismatch": "password_again: the two passwords differ",
    "code_wrong": "code: not the current code of the token app (or already used)",
    "locked": "locked for 15 minutes after 5 failures",
}
Text = Annotated[str, Field(min_length=1, max_length=2000)]
Name = Annotated[str, Field(min_length=1, max_length=120)]


class SignIn(BaseModel):
    email: str = Field(max_length=254)
    password: str = Field(max_length=256)
    code: str = Field(max_length=12)


class PasswordResetRequest(BaseModel):
    email: str = Field(max_length=254)


class NewPassword(BaseModel):
    """Setting up an account from its invitation, or a new password from a reset link."""

    token: str = Field(min_length=1, max_length=128)
    password: str = Field(max_length=256)
    password_again: str = Field(max_length=256)
    code: str = Field(max_length=12)


class ApplicationForm(BaseModel):
    refnis_code: RefnisCode
    consultant_name: Name
    consultant_email: EmailAddress
    language: Language | None = None
    network: SecureNetwork
    staff_authentication: StaffAuthentication
    wished_date: date


class Answer(BaseModel):
    token: str = Field(min_length=1, max_length=128)
    text: Text


class Question(BaseModel):
    question: Text


class Refusal(BaseModel):
    reason: Text


class Approval(BaseModel):
    effective_date: date


class Person(BaseModel):
    email: EmailAddress
    full_name: Name
    language: Language


class LanguageChoice(BaseModel):
    language: Language


class AccessGrant(BaseModel):
    email: EmailAddress
    full_name: Name
    language: Language | None = None


class Enrolment:
    """What every route needs: the store, the sessions and a way to publish."""

    def __init__(self, settings: EnrolmentSettings) -> None:
        self.settings = settings
        self.broker, _ = make_broker("enrolment", settings)
        self.mongo = AsyncMongoClient(settings.mongo_url, tz_aware=True)
        self.store = EnrolmentStore(self.mongo[settings.mongo_database])
        idle = timedelta(minutes=settings.session_idle_minutes)
        self.sessions = Sessions(self.store.sessions, idle)

    async def publish(self, topic: Topic, event: Event, key: str) -> None:
        await publish(self.broker, topic, event, key=key)


def create_api(settings: EnrolmentSettings) -> FastAPI:
    enrolment = Enrolment(settings)
    _collect_audit_entries(enrolment)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        await provision_topics(settings)
        await enrolment.store.create_indexes()
        await enrolment.sessions.create_indexes()
        await enrolment.broker.start()
        yield
        await enrolment.broker.stop()
        await enrolment.mongo.close()

    api = FastAPI(
        title="Personal Pages enrolment",
        lifespan=lifespan,
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    api.add_middleware(RefuseNul)
    api.state.enrolment = enrolment
    api.state.broker = enrolment.broker
    for topic in PUBLISHED_TOPICS:
        enrolment.broker.publisher(topic.name, schema=topic.event)  # for the AsyncAPI document
    api.include_router(_api_routes(enrolment, _operator_check(settings)))
    _error_handlers(api)
    _add_pages(api)
    return api


def _add_pages(api: FastAPI) -> None:
    # The pages live in their own module; imported here so that the API stays readable alone.
    from enrolment.pages import add_pages

    add_pages(api)


def _collect_audit_entries(enrolment: Enrolment) -> None:
    @enrolment.broker.subscriber(
        topics.AUDIT_RECORDED.name,
        group_id=group_for("enrolment", topics.AUDIT_RECORDED),
        auto_offset_reset="earliest",
        ack_policy=AT_LEAST_ONCE,
    )
    async def on_audit_recorded(event: AuditRecordedV1) -> None:
        await enrolment.store.append_audit(audit.entry_from(event))


def from_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _api_routes(enrolment: Enrolment, operator) -> APIRouter:
    router = APIRouter(prefix="/api")
    store, sessions, publish_event = enrolment.store, enrolment.sessions, enrolment.publish

    async def signed_in(
        request: Request, authorization: Annotated[str | None, Header()] = None
    ) -> Actor:
        token = (authorization or "").removeprefix("Bearer ").strip()
        session = await sessions.find(token, Stage.SIGNED_IN)
        actor = await people.signed_in_actor(session, from_address(request), store)
        if actor is None:
            raise HTTPException(
                401,
                "sign in first: POST /api/sessions, then send the token "
                "as 'Authorization: Bearer <token>'",
            )
        return actor

    Someone = Annotated[Actor, Depends(signed_in)]

    @router.post("/sessions", status_code=201, tags=["sign-in"])
    async def sign_in(body: SignIn, request: Request) -> dict:
        """Both steps at once: address, password and the current code of the token app."""
        address = from_address(request)
        pending = await people.sign_in_with_password(
            body.email, body.password, address, store, sessions
        )
        token = await people.sign_in_with_code(pending, body.code, address, store, sessions)
        if token is None:
            raise HTTPException(
                401, "wrong address, password or code, or locked for 15 minutes after 5 failures"
            )
        return {"token": token, "idle_minutes": enrolment.settings.session_idle_minutes}

    @router.delete("/sessions/current", status_code=204, tags=["sign-in"])
    async def sign_out(actor: Someone, authorization: Annotated[str, Header()]) -> None:
        await people.sign_out(authorization.removeprefix("Bearer ").strip(), actor, store, sessions)

    @router.post("/password-reset", status_code=202, tags=["sign-in"])
    async def password_reset(
        body: PasswordResetRequest, request: Request, background: BackgroundTasks
    ) -> dict:
        # After the answer has gone: a known address must not answer slower than an unknown.
        background.add_task(
            people.request_password_reset, body.email, from_address(request), store, publish_event
        )
        return {"detail": "if that address has an account, a link is on its way"}

    @router.get("/setup", tags=["sign-in"])
    async def setup_secret(token: str) -> dict:
        """The token-app secret to enrol, for the holder of a valid invitation."""
        person = await accounts.link_holder(store, accounts.SETUP, token, datetime.now(UTC))
        if person is None:
            raise HTTPException(404, "this invitation link is unknown, used or expired")
        secret = await accounts.secret_to_enrol(store, person)
        return {
            "email": person["email"],
            "secret": secret,
            "otpauth_uri": totp.provisioning_uri(secret, person["email"], "Personal Pages"),
        }

    @router.post("/setup", status_code=201, tags=["sign-in"])
    async def set_up(body: NewPassword, request: Request) -> dict:
        """Password and first code: the account is set up and signed in."""
        token, problem = await people.complete_setup(
            body.token,
            body.password,
            body.password_again,
            body.code,
            from_address(request),
            store,
            sessions,
        )
        if problem:
            raise HTTPException(400 if problem != "link_invalid" else 404, PROBLEMS[problem])
        return {"token": token, "idle_minutes": enrolment.settings.session_idle_minutes}

    @router.post("/password-reset/new", tags=["sign-in"])
    async def new_password(body: NewPassword, request: Request) -> dict:
        problem = await people.reset_password(
            body.token,
            body.password,
            body.password_again,
            body.code,
            from_address(request),
            store,
            sessions,
        )
        if problem:
            raise HTTPException(400 if problem != "link_invalid" else 404, PROBLEMS[problem])
        return {"detail": "password changed; every open session was ended"}

    @router.post("/applications", status_code=201, tags=["applications"])
    async def apply(form: ApplicationForm, request: Request) -> dict:
        applicant = applications.Applicant(
            form.refnis_code,
            form.consultant_name,
            form.consultant_email,
            form.language,
            from_address(request),
        )
        conditions = Conditions(form.network, form.staff_authentication, form.wished_date)
        application, token = await applications.apply(applicant, conditions, store, publish_event)
        return {**public_view(application), "tracking_token": token}

    @router.get("/applications/{application_id}/progress", tags=["applications"])
    async def progress(application_id: str, token: str) -> dict:
        """The applicant's view, through the secret of its tracking link."""
        application = await applications.tracked_application(application_id, token, store)
        if application is None:
            raise HTTPException(404, f"no application {application_id} with that link")
        return public_view(application)

    @router.post("/applications/{application_id}/answer", tags=["applications"])
    async def answer(application_id: str, body: Answer, request: Request) -> dict:
        application = await applications.answer(
            application_id, body.token, body.text, from_address(request), store
        )
        return public_view(application)

    @router.get("/applications", tags=["review"])
    async def queue(actor: Someone, state: ApplicationState = ApplicationState.UNDER_REVIEW):
        require_cell(actor)
        return [review_view(a) for a in await store.applications_in(state.value)]

    @router.get("/applications/{application_id}", tags=["review"])
    async def application(application_id: str, actor: Someone) -> dict:
        require_cell(actor)
        found = await store.application(application_id)
        if found is None:
            raise HTTPException(404, f"no application {application_id}")
        return review_view(found)

    @router.post("/applications/{application_id}/information-request", tags=["review"])
    async def ask(application_id: str, body: Question, actor: Someone) -> dict:
        found = await applications.request_information(
            application_id, body.question, actor, store, publish_event
        )
        return review_view(found)

    @router.post("/applications/{application_id}/refusal", tags=["review"])
    async def refuse(application_id: str, body: Refusal, actor: Someone) -> dict:
        return review_view(await applications.refuse(application_id, body.reason, actor, store))

    @router.post("/applications/{application_id}/approval", tags=["review"])
    async def approve(application_id: str, body: Approval, actor: Someone) -> dict:
        found = await applications.approve(
            application_id, body.effective_date, actor, store, publish_event
        )
        return review_view(found)

    @router.post("/centres/registry", dependencies=[operator], tags=["operators"])
    async def load_registry() -> dict:
        count = await handlers.register_centres(read_registry(), store, publish_event)
        return {"registered": count}

    @router.post("/cell-members", dependencies=[operator], status_code=201, tags=["operators"])
    async def add_cell_member(body: Person, request: Request) -> dict:
        """The set-up token is also emailed; the answer gives it to the operator to hand over."""
        operator_actor = Actor("operator", "operator", None, "", from_address(request))
        token = await people.add_cell_member(
            body.email, body.full_name, body.language, operator_actor, store, publish_event
        )
        return {"email": body.email, "setup_token": token}

    @router.get("/centres", tags=["centres"])
    async def list_centres(actor: Someone) -> list[dict]:
        require_cell(actor)
        return [
            {
                "refnis_code": c.refnis_code,
                "name_nl": c.name_nl,
                "name_fr": c.name_fr,
                "region": c.region,
                "language": c.language,
            }
            for c in await store.centres()
        ]

    @router.put("/centres/{refnis_code}/language", tags=["centres"])
    async def choose_language(refnis_code: RefnisCode, choice: LanguageChoice, actor: Someone):
        require_consultant_of(actor, refnis_code)
        centre = await handlers.choose_language(
            refnis_code, choice.language, actor, store, publish_event
        )
        return {"refnis_code": centre.refnis_code, "language": centre.language}

    @router.get("/centres/{refnis_code}/consultants", tags=["centres"])
    async def consultants(refnis_code: RefnisCode, actor: Someone) -> list[dict]:
        require_cell(actor)
        found = await store.people_with_role("security-consultant", refnis_code)
        return [_person_view(p) for p in found]

    @router.post("/centres/{refnis_code}/consultants", status_code=201, tags=["centres"])
    async def appoint(refnis_code: RefnisCode, body: Person, actor: Someone) -> dict:
        person = await people.appoint_consultant(
            refnis_code, body.full_name, body.email, body.language, actor, store, publish_event
        )
        return _person_view(person)

    @router.post("/centres/{refnis_code}/consultants/{person_id}/withdrawal", tags=["centres"])
    async def withdraw(refnis_code: RefnisCode, person_id: str, actor: Someone) -> dict:
        await people.withdraw_consultant(refnis_code, person_id, actor, store, sessions)
        return {"person_id": person_id, "active": False}

    @router.post("/centres/{refnis_code}/staff", status_code=201, tags=["staff access"])
    async def grant_access(refnis_code: RefnisCode, grant: AccessGrant, actor: Someone) -> dict:
        event = await handlers.grant_access(
            refnis_code,
            email=grant.email,
            full_name=grant.full_name,
            language=grant.language,
            actor=actor,
            store=store,
            publish=publish_event,
        )
        return {"staff_member_id": event.staff_member_id, "email": event.email}

    @router.get("/centres/{refnis_code}/staff", tags=["staff access"])
    async def list_staff(refnis_code: RefnisCode, actor: Someone) -> list[dict]:
        require_consultant_of(actor, refnis_code)
        return [_staff_view(s) for s in await store.staff_of(refnis_code)]

    @router.post("/centres/{refnis_code}/staff/{staff_member_id}/revocation", tags=["staff access"])
    async def revoke_access(refnis_code: RefnisCode, staff_member_id: str, actor: Someone):
        await handlers.revoke_access(refnis_code, staff_member_id, actor, store, publish_event)
        return {"staff_member_id": staff_member_id, "revoked": True}

    @router.get("/centres/{refnis_code}/audit", tags=["audit"])
    async def audit_trail(refnis_code: RefnisCode, actor: Someone) -> list[dict]:
        require_cell(actor)
        return [audit.as_row(entry) for entry in await store.audit_trail(refnis_code)]

    @router.get("/centres/{refnis_code}/audit.csv", tags=["audit"])
    async def audit_export(refnis_code: RefnisCode, actor: Someone) -> Response:
        require_cell(actor)
        return audit_csv(refnis_code, await store.audit_trail(refnis_code))

    return router


def audit_csv(refnis_code: str, entries: list[dict]) -> Response:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=("entry_id", *audit.COLUMNS))
    writer.writeheader()
    writer.writerows(
        {name: spreadsheet_safe(value) for name, value in audit.as_row(entry).items()}
        for entry in entries
    )
    headers = {"Content-Disposition": f'attachment; filename="audit-{refnis_code}.csv"'}
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


def spreadsheet_safe(value: str) -> str:
    """A cell a spreadsheet shows as text: names typed by applicants reach the export, and a
    leading =, +, - or @ would make a spreadsheet run them as a formula."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def public_view(application: dict) -> dict:
    """What the applicant sees: the exchange with the cell, not the cell's internal names."""
    return {
        "application_id": application["_id"],
        "refnis_code": application["refnis_code"],
        "state": application["state"],
        "wished_date": application["wished_date"],
        "effective_date": application.get("effective_date"),
        "reason": application.get("reason"),
        "messages": [
            {"at": m["at"], "step": m["step"], "text": m["text"]} for m in application["messages"]
        ],
    }


def review_view(application: dict) -> dict:
    return {
        **public_view(application),
        "consultant": application["consultant"],
        "network": application["network"],
        "staff_authentication": application["staff_authentication"],
        "language": application["language"],
        "submitted_at": application["submitted_at"],
        "from_address": application["from_address"],
        "messages": application["messages"],
    }


def _person_view(person: dict) -> dict:
    return {
        "person_id": person["_id"],
        "email": person["email"],
        "full_name": person["full_name"],
        "active": person["active"],
        "set_up": person["set_up"],
    }


def _staff_view(staff_member: dict) -> dict:
    return {
        "staff_member_id": staff_member["_id"],
        "email": staff_member["email"],
        "full_name": staff_member["full_name"],
        "active": not staff_member.get("revoked_at"),
    }


def _operator_check(settings: EnrolmentSettings):
    return Depends(operator_check(settings.operator_token))


def _error_handlers(api: FastAPI) -> None:
    statuses = {
        handlers.CommandRefused: 409,
        TransitionRefused: 409,
        handlers.NotFound: 404,
        NotAllowed: 403,
    }
    for error_type, status in statuses.items():
        api.add_exception_handler(error_type, _answer_with(status))


def _answer_with(status: int):
    async def answer(request: Request, error: Exception) -> Response:
        if not request.url.path.startswith("/api/"):
            from enrolment.pages import error_page

            return error_page(request, status, str(error))
        return JSONResponse(status_code=status, content={"detail": str(error)})

    return answer
