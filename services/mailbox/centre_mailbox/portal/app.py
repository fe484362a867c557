"""The staff portal's routes. Pages are server-rendered and work without JavaScript."""

import re
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from functools import cache
from urllib.parse import quote

import structlog
from contracts import topics
from contracts.events import Event
from contracts.topics import Topic
from contracts.values import DocumentKind, Legislation
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from faststream.kafka import KafkaBroker
from servicekit.messaging import make_broker, provision_topics, publish
from servicekit.seals import SealSettings, verify_seal_async
from servicekit.web import RefuseNul
from signin import csrf
from signin.sessions import Sessions

from centre_mailbox.domain.documents import may_open
from centre_mailbox.portal import audit, password_reset, set_up, sign_in
from centre_mailbox.portal.access import SignedIn, SignInRequired
from centre_mailbox.portal.access import signed_in as signed_in_staff
from centre_mailbox.portal.context import Portal, client_address, portal_of
from centre_mailbox.portal.pages import SECURITY_HEADERS, page, refused_form, without_session
from centre_mailbox.portal.texts import centre_designation, texts_for
from centre_mailbox.settings import MailboxSettings
from centre_mailbox.wiring import connect

log = structlog.get_logger()
PORTAL_TOPICS = (topics.PERSONAL_LINK_ISSUED, topics.AUDIT_RECORDED)

# Starts and stops what the portal talks to; tests hand in their own.
Lifecycle = Callable[[], Awaitable[None]]


def portal_broker(settings: MailboxSettings) -> KafkaBroker:
    """The portal only sends: reset links and audit entries (declared for the AsyncAPI)."""
    broker, _ = make_broker("mailbox-portal", settings)
    for topic in PORTAL_TOPICS:
        broker.publisher(topic.name, schema=topic.event)
    return broker


def connected_portal(settings: MailboxSettings) -> tuple[Portal, Lifecycle, Lifecycle]:
    mongo, store, objects = connect(settings)
    sessions = Sessions(
        mongo[settings.mongo_database]["sessions"],
        idle=timedelta(minutes=settings.session_idle_minutes),
    )
    broker = portal_broker(settings)

    async def publish_event(topic: Topic, event: Event, key: str) -> None:
        await publish(broker, topic, event, key=key)

    async def start() -> None:
        await provision_topics(settings, PORTAL_TOPICS)
        await store.create_indexes()
        await sessions.create_indexes()
        await broker.start()

    async def stop() -> None:
        await broker.stop()
        await mongo.close()

    return Portal(settings, store, objects, sessions, publish_event), start, stop


def create_portal(
    settings: MailboxSettings,
    connected: tuple[Portal, Lifecycle, Lifecycle] | None = None,
) -> FastAPI:
    portal, start, stop = connected or connected_portal(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        await start()
        yield
        await stop()

    # Pages for people, not an API: no generated API documentation is served.
    app = FastAPI(
        title="Personal Pages staff portal",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.portal = portal
    # Added first, so that the security headers (added next, so outside it) are on its refusals.
    app.add_middleware(RefuseNul)
    _guards(app)
    for routes in (sign_in.router, set_up.router, password_reset.router):
        app.include_router(routes)
    _mailbox_routes(app)
    return app


def _guards(app: FastAPI) -> None:
    @app.exception_handler(SignInRequired)
    async def to_sign_in(_: Request, required: SignInRequired) -> Response:
        redirect = RedirectResponse(f"/login?next={quote(required.next_path)}", status_code=303)
        return without_session(redirect)

    @app.exception_handler(csrf.ForgedRequest)
    async def forged(request: Request, refusal: csrf.ForgedRequest) -> Response:
        return refused_form(request, refusal)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


FILTER_VALUES = {
    "legislation": {item.value for item in Legislation},
    "kind": {item.value for item in DocumentKind},
}
PERIOD = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")


def _filter_problem(chosen: dict[str, str]) -> str | None:
    for field, allowed in FILTER_VALUES.items():
        if chosen[field] and chosen[field] not in allowed:
            return f"{field}: no such value"
    if chosen["period"] and not PERIOD.fullmatch(chosen["period"]):
        return "period: a month (2026-11) or a year (2026)"
    return None


def _mailbox_routes(app: FastAPI) -> None:
    @app.get("/", response_class=HTMLResponse)
    async def inbox(request: Request, legislation: str = "", kind: str = "", period: str = ""):
        signed_in = await signed_in_staff(request)
        store = portal_of(request).store
        refnis_code = signed_in.reader.refnis_code

        chosen = {"legislation": legislation, "kind": kind, "period": period}
        if problem := _filter_problem(chosen):
            return Response(problem, status_code=400, media_type="text/plain")
        filters = {field: value for field, value in chosen.items() if value}
        documents = await store.documents_of(refnis_code, filters, limit=500)
        read = await store.read_ids(signed_in.reader.staff_member_id, [d["_id"] for d in documents])
        centre_name = centre_designation(await store.centre(refnis_code), signed_in.language)

        return page(
            request,
            "inbox.html",
            signed_in.language,
            title=f"{texts_for(signed_in.language)['inbox']} {centre_name}",
            signed_in=True,
            centre_name=centre_name,
            refnis_code=refnis_code,
            documents=documents,
            read=read,
            chosen=chosen,
            periods=await store.periods_of(refnis_code),
            legislations=[item.value for item in Legislation],
            kinds=[item.value for item in DocumentKind],
        )

    @app.get("/documents/{mailbox_document_id}")
    async def download(request: Request, mailbox_document_id: str):
        signed_in = await signed_in_staff(request)
        portal = portal_of(request)
        document = await _openable(portal, signed_in, mailbox_document_id)
        if document is None:
            return Response("Not found", status_code=404, media_type="text/plain")

        pdf = await portal.objects.get(portal.settings.mailbox_bucket, document["object_key"])
        await _record_download(request, signed_in, document)
        filename = f"{document['kind']}-{document['legislation']}-{document['period']}.pdf"
        headers = {
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        }
        return Response(pdf, media_type="application/pdf", headers=headers)

    @app.get("/documents/{mailbox_document_id}/seal", response_class=HTMLResponse)
    async def seal(request: Request, mailbox_document_id: str):
        """Checks the agency's seal on the PDF as it is stored now, not as it was filed."""
        signed_in = await signed_in_staff(request)
        portal = portal_of(request)
        document = await _openable(portal, signed_in, mailbox_document_id)
        if document is None:
            return Response("Not found", status_code=404, media_type="text/plain")

        pdf = await portal.objects.get(portal.settings.mailbox_bucket, document["object_key"])
        verdict = await verify_seal_async(pdf, [_trust_root()])
        log.info(
            "seal_checked",
            mailbox_document_id=mailbox_document_id,
            verifies=verdict.verifies,
            problem=verdict.problem,
        )
        return page(
            request,
            "seal.html",
            signed_in.language,
            title=texts_for(signed_in.language)["seal_title"],
            signed_in=True,
            document=document,
            verdict=verdict,
        )


async def _openable(portal, signed_in: SignedIn, mailbox_document_id: str) -> dict | None:
    """The document if this staff member may open it; another centre's is as good as missing."""
    document = await portal.store.document(mailbox_document_id)
    if document is None or not may_open(signed_in.reader, document["refnis_code"]):
        log.warning(
            "document_refused",
            mailbox_document_id=mailbox_document_id,
            staff_member_id=signed_in.reader.staff_member_id,
        )
        return None
    return document


@cache
def _trust_root() -> bytes:
    """The authority the agency's seal chains to (locally: the test authority in var/seal)."""
    return SealSettings().seal_files().authority.read_bytes()


async def _record_download(request: Request, signed_in: SignedIn, document: dict) -> None:
    portal = portal_of(request)
    staff_member_id = signed_in.reader.staff_member_id
    await portal.store.mark_read(staff_member_id, document["_id"])
    await audit.record(
        portal,
        action="document_downloaded",
        actor=staff_member_id,
        refnis_code=document["refnis_code"],
        subject=document["_id"],
        from_address=client_address(request),
    )
    log.info(
        "document_downloaded",
        mailbox_document_id=document["_id"],
        staff_member_id=staff_member_id,
        refnis_code=document["refnis_code"],
    )
