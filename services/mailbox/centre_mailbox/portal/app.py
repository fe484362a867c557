"""The staff portal's routes. Pages are server-rendered and work without JavaScript."""

import re
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import structlog
from contracts.values import DocumentKind, Legislation
from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from centre_mailbox.domain.documents import may_open
from centre_mailbox.portal import sessions
from centre_mailbox.portal.texts import centre_designation, texts_for
from centre_mailbox.settings import MailboxSettings
from centre_mailbox.wiring import connect

log = structlog.get_logger()
COOKIE = "pp_session"
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


class SignInRequired(Exception):
    def __init__(self, next_path: str) -> None:
        self.next_path = next_path


def create_portal(settings: MailboxSettings) -> FastAPI:
    mongo, store, objects = connect(settings)
    idle = timedelta(minutes=settings.session_idle_minutes)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        await store.create_indexes()
        yield
        await mongo.close()

    # Pages for people, not an API: no generated API documentation is served.
    portal = FastAPI(
        title="Personal Pages staff portal",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    portal.state.store, portal.state.objects = store, objects
    portal.state.settings, portal.state.idle = settings, idle

    @portal.exception_handler(SignInRequired)
    async def to_sign_in(_: Request, required: SignInRequired) -> Response:
        response = RedirectResponse(f"/login?next={quote(required.next_path)}", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    _sign_in_routes(portal)
    _mailbox_routes(portal)
    return portal


async def _signed_in(request: Request) -> sessions.SignedIn:
    state = request.app.state
    signed_in = await sessions.current(state.store, request.cookies.get(COOKIE), state.idle)
    if signed_in is None:
        raise SignInRequired(
            request.url.path + (f"?{request.url.query}" if request.url.query else "")
        )
    return signed_in


def _page(request: Request, name: str, language: str, **context) -> HTMLResponse:
    t = texts_for(language)
    return templates.TemplateResponse(request, name, {"t": t, "lang": language, **context})


def _with_session(response: Response, token: str, settings: MailboxSettings) -> Response:
    response.set_cookie(
        COOKIE, token, httponly=True, secure=settings.cookie_secure, samesite="lax", path="/"
    )
    return response


LANGUAGES = (("nl", "Nederlands"), ("fr", "Français"), ("de", "Deutsch"))


def _known_language(lang: str) -> str:
    return lang if lang in dict(LANGUAGES) else "nl"


def _language_link(next_path: str):
    return lambda code: f"/login?lang={code}&next={quote(_safe_next(next_path))}"


def _safe_next(next_path: str) -> str:
    # Only paths on this portal: an invitation or email link must not become an open redirect.
    return next_path if next_path.startswith("/") and not next_path.startswith("//") else "/"


def _sign_in_routes(portal: FastAPI) -> None:
    @portal.get("/login", response_class=HTMLResponse)
    async def login_page(request: Request, next: str = "/", lang: str = "nl"):
        lang = _known_language(lang)
        return _page(
            request,
            "login.html",
            lang,
            title="Sign in",
            next=_safe_next(next),
            email="",
            languages=LANGUAGES,
            language_link=_language_link(next),
        )

    @portal.post("/login")
    async def login(
        request: Request,
        email: str = Form(),
        password: str = Form(),
        next: str = Form("/"),
        lang: str = Form("nl"),
    ):
        state = request.app.state
        token = await sessions.sign_in(state.store, email, password)
        if token is None:
            log.info("sign_in_failed")
            lang = _known_language(lang)
            page = _page(
                request,
                "login.html",
                lang,
                title="Sign in",
                next=_safe_next(next),
                email=email,
                error=texts_for(lang)["wrong_credentials"],
                languages=LANGUAGES,
                language_link=_language_link(next),
            )
            page.status_code = 401
            return page

        log.info("signed_in")
        redirect = RedirectResponse(_safe_next(next), status_code=303)
        return _with_session(redirect, token, state.settings)

    @portal.post("/logout")
    async def logout(request: Request):
        token = request.cookies.get(COOKIE)
        if token:
            await request.app.state.store.end_session(sessions.token_digest(token))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    @portal.get("/setup", response_class=HTMLResponse)
    async def setup_page(request: Request, token: str = ""):
        holder = await sessions.invitation_holder(request.app.state.store, token) if token else None
        error = None if holder else texts_for(_language_of(holder))["setup_invalid"]
        return _setup_page(request, holder, token, error)

    @portal.post("/setup")
    async def set_up(
        request: Request, token: str = Form(), password: str = Form(), password_again: str = Form()
    ):
        state = request.app.state
        holder = await sessions.invitation_holder(state.store, token)
        t = texts_for(_language_of(holder))
        error = _password_problem(password, password_again, t) if holder else t["setup_invalid"]
        if error:
            return _setup_page(request, holder, token, error, status_code=400)

        session_token = await sessions.set_up_password(state.store, token, password)
        log.info("staff_member_set_up", staff_member_id=holder["_id"])
        return _with_session(RedirectResponse("/", status_code=303), session_token, state.settings)


def _language_of(holder: dict | None) -> str:
    return (holder or {}).get("language", "nl")


def _setup_page(
    request: Request, holder: dict | None, token: str, error: str | None, status_code: int = 200
) -> HTMLResponse:
    # The form is offered only with a valid invitation; the token is never echoed otherwise.
    page = _page(
        request,
        "setup.html",
        _language_of(holder),
        title="Set up",
        token=token if holder else "",
        error=error,
    )
    page.status_code = status_code
    return page


def _password_problem(password: str, again: str, t: dict[str, str]) -> str | None:
    if len(password) < sessions.MIN_PASSWORD_LENGTH:
        return t["password_short"]
    if password != again:
        return t["password_mismatch"]
    return None


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


def _mailbox_routes(portal: FastAPI) -> None:
    @portal.get("/", response_class=HTMLResponse)
    async def inbox(request: Request, legislation: str = "", kind: str = "", period: str = ""):
        signed_in = await _signed_in(request)
        store = request.app.state.store
        refnis_code = signed_in.reader.refnis_code

        chosen = {"legislation": legislation, "kind": kind, "period": period}
        if problem := _filter_problem(chosen):
            return Response(problem, status_code=400, media_type="text/plain")
        filters = {field: value for field, value in chosen.items() if value}
        documents = await store.documents_of(refnis_code, filters, limit=500)
        read = await store.read_ids(signed_in.reader.staff_member_id, [d["_id"] for d in documents])
        centre = await store.centre(refnis_code)

        return _page(
            request,
            "inbox.html",
            signed_in.language,
            title="Inbox",
            signed_in=True,
            centre_name=centre_designation(centre, signed_in.language),
            refnis_code=refnis_code,
            documents=documents,
            read=read,
            chosen=chosen,
            periods=await store.periods_of(refnis_code),
            legislations=[item.value for item in Legislation],
            kinds=[item.value for item in DocumentKind],
        )

    @portal.get("/documents/{mailbox_document_id}")
    async def download(request: Request, mailbox_document_id: str):
        signed_in = await _signed_in(request)
        state = request.app.state
        document = await state.store.document(mailbox_document_id)
        # Another centre's document answers exactly like a missing one: its existence is not told.
        if document is None or not may_open(signed_in.reader, document["refnis_code"]):
            log.warning(
                "document_refused",
                mailbox_document_id=mailbox_document_id,
                staff_member_id=signed_in.reader.staff_member_id,
            )
            return Response("Not found", status_code=404, media_type="text/plain")

        pdf = await state.objects.get(state.settings.mailbox_bucket, document["object_key"])
        await _record_download(state.store, signed_in, document)
        filename = f"{document['kind']}-{document['legislation']}-{document['period']}.pdf"
        headers = {
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        }
        return Response(pdf, media_type="application/pdf", headers=headers)


async def _record_download(store, signed_in: sessions.SignedIn, document: dict) -> None:
    staff_member_id = signed_in.reader.staff_member_id
    await store.mark_read(staff_member_id, document["_id"])
    await store.audit(
        actor=staff_member_id,
        action="document_downloaded",
        refnis_code=document["refnis_code"],
        subject=document["_id"],
    )
    log.info(
        "document_downloaded",
        mailbox_document_id=document["_id"],
        staff_member_id=staff_member_id,
        refnis_code=document["refnis_code"],
    )
