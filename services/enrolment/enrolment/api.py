"""The enrolment service's HTTP API."""

import secrets
from contextlib import asynccontextmanager
from datetime import date
from typing import Annotated

from contracts import topics
from contracts.events import Event
from contracts.topics import Topic
from contracts.values import EmailAddress, Language, RefnisCode
from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from pymongo import AsyncMongoClient
from servicekit.messaging import make_broker, provision_topics, publish

from enrolment import handlers
from enrolment.adapters.mongo import EnrolmentStore
from enrolment.domain.centres import read_registry
from enrolment.settings import EnrolmentSettings

ENROLMENT_TOPICS = (
    topics.CENTRE_REGISTERED,
    topics.CENTRE_SWITCHED_OVER,
    topics.STAFF_ACCESS_GRANTED,
    topics.STAFF_ACCESS_REVOKED,
)


class LanguageChoice(BaseModel):
    language: Language
    chosen_by: str = Field(min_length=1, max_length=120)


class SwitchOverRequest(BaseModel):
    effective_date: date
    approved_by: str = Field(min_length=1, max_length=120)


class AccessGrant(BaseModel):
    email: EmailAddress
    full_name: str = Field(min_length=1, max_length=120)
    language: Language | None = None
    granted_by: str = Field(min_length=1, max_length=120)


class AccessRevocation(BaseModel):
    revoked_by: str = Field(min_length=1, max_length=120)


def create_api(settings: EnrolmentSettings) -> FastAPI:
    broker, _ = make_broker("enrolment", settings)
    mongo = AsyncMongoClient(settings.mongo_url, tz_aware=True)
    store = EnrolmentStore(mongo[settings.mongo_database])

    async def publish_event(topic: Topic, event: Event, key: str) -> None:
        await publish(broker, topic, event, key=key)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        await provision_topics(settings)
        await store.create_indexes()
        await broker.start()
        yield
        await broker.stop()
        await mongo.close()

    api = FastAPI(title="Personal Pages enrolment", lifespan=lifespan)
    api.state.broker = broker
    for topic in ENROLMENT_TOPICS:
        broker.publisher(topic.name, schema=topic.event)  # described in the AsyncAPI document
    operator = Depends(_operator_check(settings))
    _routes(api, store, publish_event, operator)
    _error_handlers(api)
    return api


def _routes(api: FastAPI, store: EnrolmentStore, publish_event, operator) -> None:
    @api.post("/api/centres/registry", dependencies=[operator])
    async def load_registry() -> dict:
        count = await handlers.register_centres(read_registry(), store, publish_event)
        return {"registered": count}

    @api.get("/api/centres", dependencies=[operator])
    async def list_centres() -> list[dict]:
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

    @api.put("/api/centres/{refnis_code}/language", dependencies=[operator])
    async def choose_language(refnis_code: RefnisCode, choice: LanguageChoice) -> dict:
        centre = await handlers.choose_language(
            refnis_code, choice.language, choice.chosen_by, store, publish_event
        )
        return {"refnis_code": centre.refnis_code, "language": centre.language}

    @api.post("/api/centres/{refnis_code}/switch-over", dependencies=[operator], status_code=201)
    async def switch_over(refnis_code: RefnisCode, request: SwitchOverRequest) -> dict:
        await handlers.switch_over(
            refnis_code, request.effective_date, request.approved_by, store, publish_event
        )
        return {"refnis_code": refnis_code, "effective_date": request.effective_date}

    @api.post("/api/centres/{refnis_code}/staff", dependencies=[operator], status_code=201)
    async def grant_access(refnis_code: RefnisCode, grant: AccessGrant) -> dict:
        event = await handlers.grant_access(
            refnis_code,
            email=grant.email,
            full_name=grant.full_name,
            language=grant.language,
            granted_by=grant.granted_by,
            store=store,
            publish=publish_event,
        )
        return {"staff_member_id": event.staff_member_id, "email": event.email}

    @api.get("/api/centres/{refnis_code}/staff", dependencies=[operator])
    async def list_staff(refnis_code: RefnisCode) -> list[dict]:
        return [
            {
                "staff_member_id": s["_id"],
                "email": s["email"],
                "full_name": s["full_name"],
                "active": not s.get("revoked_at"),
            }
            for s in await store.staff_of(refnis_code)
        ]

    @api.post(
        "/api/centres/{refnis_code}/staff/{staff_member_id}/revocation", dependencies=[operator]
    )
    async def revoke_access(
        refnis_code: RefnisCode, staff_member_id: str, body: AccessRevocation
    ) -> dict:
        await handlers.revoke_access(
            refnis_code, staff_member_id, body.revoked_by, store, publish_event
        )
        return {"staff_member_id": staff_member_id, "revoked": True}

    @api.get("/api/centres/{refnis_code}/audit", dependencies=[operator])
    async def audit_trail(refnis_code: RefnisCode) -> list[dict]:
        return await store.audit_trail(refnis_code)


def _operator_check(settings: EnrolmentSettings):
    expected = settings.operator_token.get_secret_value()
    if len(expected) < 16:
        # An empty token would let every request through: refuse to start instead.
        raise ValueError("PP_OPERATOR_TOKEN must be set to at least 16 characters")

    async def check(authorization: Annotated[str | None, Header()] = None) -> None:
        given = (authorization or "").removeprefix("Bearer ")
        if not secrets.compare_digest(given.encode(), expected.encode()):
            raise HTTPException(status_code=401, detail="a valid operator token is required")

    return check


def _error_handlers(api: FastAPI) -> None:
    @api.exception_handler(handlers.CommandRefused)
    async def refused(_: Request, error: handlers.CommandRefused):
        return JSONResponse(status_code=409, content={"detail": str(error)})

    @api.exception_handler(handlers.NotFound)
    async def not_found(_: Request, error: handlers.NotFound):
        return JSONResponse(status_code=404, content={"detail": str(error)})
