"""Signing in with a password and a one-time code, signing out, setting an account up from its
invitation, and resetting a forgotten password."""

from datetime import UTC, datetime

import segno
import structlog
from fastapi import APIRouter, Request
from signin import accounts, totp
from signin.sessions import AWAITING_FACTOR_FOR, Stage
from starlette.background import BackgroundTask

from enrolment import people
from enrolment.api import from_address
from enrolment.pages.web import (
    PENDING_COOKIE,
    SESSION_COOKIE,
    PostedForm,
    chosen_language,
    current_actor,
    enrolment_of,
    field,
    home_of,
    redirect,
    render,
    set_cookie,
)
from enrolment.texts import texts_for

log = structlog.get_logger()
router = APIRouter()
ISSUER = "Personal Pages"
# Where each problem of a new password or code is shown; the others go to the summary only.
PROBLEM_FIELDS = {
    "password_short": "password",
    "password_long": "password",
    "password_mismatch": "password_again",
    "code_wrong": "code",
}


@router.get("/login")
async def login_page(request: Request):
    if actor := await current_actor(request):
        return redirect(home_of(actor))
    notice = _notice(request.query_params)
    return _login_page(request, "", {}, notice=notice)


def _notice(query) -> str | None:
    for name in ("ended", "signed_out", "expired", "reset"):
        if query.get(name) == "1":
            return f"notice_{name}"
    return None


def _login_page(request: Request, email: str, errors: dict, status: int = 200, notice=None):
    return render(
        request,
        "login.html",
        chosen_language(request),
        status=status,
        here="/login",
        title_key="sign_in",
        email=email,
        errors=errors,
        notice=notice,
    )


@router.post("/login")
async def login(request: Request, form: PostedForm):
    email, password = field(form, "email", 254), form.get("password") or ""
    enrolment = enrolment_of(request)
    pending = await people.sign_in_with_password(
        email, str(password)[:256], from_address(request), enrolment.store, enrolment.sessions
    )
    if pending is None:
        t = texts_for(chosen_language(request))
        return _login_page(request, email, {"": t["wrong_credentials"]}, status=401)

    response = redirect("/login/code")
    max_age = int(AWAITING_FACTOR_FOR.total_seconds())
    set_cookie(request, response, PENDING_COOKIE, pending, max_age=max_age)
    return response


@router.get("/login/code")
async def code_page(request: Request):
    if not await _pending_session(request):
        return redirect("/login?expired=1")
    return _code_page(request, {})


def _code_page(request: Request, errors: dict, status: int = 200):
    return render(
        request,
        "code.html",
        chosen_language(request),
        status=status,
        here="/login/code",
        title_key="code_title",
        errors=errors,
    )


async def _pending_session(request: Request):
    sessions = enrolment_of(request).sessions
    return await sessions.find(request.cookies.get(PENDING_COOKIE), Stage.AWAITING_SECOND_FACTOR)


@router.post("/login/code")
async def enter_code(request: Request, form: PostedForm):
    if not await _pending_session(request):
        return redirect("/login?expired=1")

    enrolment = enrolment_of(request)
    token = await people.sign_in_with_code(
        request.cookies.get(PENDING_COOKIE),
        field(form, "code", 12),
        from_address(request),
        enrolment.store,
        enrolment.sessions,
    )
    if token is None:
        t = texts_for(chosen_language(request))
        return _code_page(request, {"code": t["code_wrong_or_locked"]}, status=401)

    response = redirect("/")
    response.delete_cookie(PENDING_COOKIE, path="/")
    set_cookie(request, response, SESSION_COOKIE, token)
    log.info("signed_in")
    return response


@router.post("/logout")
async def logout(request: Request, _: PostedForm):
    token = request.cookies.get(SESSION_COOKIE)
    if actor := await current_actor(request):
        enrolment = enrolment_of(request)
        await people.sign_out(token, actor, enrolment.store, enrolment.sessions)
        log.info("signed_out", person_id=actor.person_id)
    response = redirect("/login?signed_out=1")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/setup")
async def setup_page(request: Request, token: str = ""):
    holder = await _link_holder(request, accounts.SETUP, token)
    if holder is None:
        return _link_invalid(request)
    return await _setup_page(request, holder, token, {})


async def _link_holder(request: Request, purpose: str, token: str) -> dict | None:
    store = enrolment_of(request).store
    return await accounts.link_holder(store, purpose, token, datetime.now(UTC))


def _link_invalid(request: Request):
    return render(
        request,
        "link_invalid.html",
        chosen_language(request),
        status=404,
        here="/login",
        title_key="link_invalid_title",
    )


async def _setup_page(request: Request, holder: dict, token: str, errors: dict, status=200):
    secret = await accounts.secret_to_enrol(enrolment_of(request).store, holder)
    uri = totp.provisioning_uri(secret, holder["email"], ISSUER)
    language = chosen_language(request, holder["language"])
    return render(
        request,
        "setup.html",
        language,
        status=status,
        here=f"/setup?token={token}",
        title_key="setup_title",
        holder=holder,
        token=token,
        qr_code=segno.make(uri, error="m").svg_inline(scale=4, title=texts_for(language)["qr"]),
        otpauth_uri=uri,
        secret=totp.grouped(secret),
        errors=errors,
    )


@router.post("/setup")
async def set_up(request: Request, form: PostedForm):
    token = field(form, "token", 128)
    enrolment = enrolment_of(request)
    session_token, problem = await people.complete_setup(
        token,
        str(form.get("password") or "")[:300],
        str(form.get("password_again") or "")[:300],
        field(form, "code", 12),
        from_address(request),
        enrolment.store,
        enrolment.sessions,
    )
    if problem == "link_invalid":
        return _link_invalid(request)
    if problem:
        holder = await _link_holder(request, accounts.SETUP, token)
        errors = _problem_errors(problem, chosen_language(request, holder["language"]))
        return await _setup_page(request, holder, token, errors, status=400)

    log.info("account_set_up")
    response = redirect("/")
    set_cookie(request, response, SESSION_COOKIE, session_token)
    return response


def _problem_errors(problem: str, language: str) -> dict[str, str]:
    return {PROBLEM_FIELDS.get(problem, ""): texts_for(language)[problem]}


@router.get("/password-reset")
async def reset_request_page(request: Request):
    return _reset_request_page(request, sent=False)


def _reset_request_page(request: Request, sent: bool):
    return render(
        request,
        "reset_request.html",
        chosen_language(request),
        here="/password-reset",
        title_key="reset_title",
        sent=sent,
    )


@router.post("/password-reset")
async def request_reset(request: Request, form: PostedForm):
    enrolment = enrolment_of(request)
    # The same page for a known and an unknown address, sent before the link is made, so that
    # a known address does not answer slower: only the owner's mailbox tells.
    page = _reset_request_page(request, sent=True)
    page.background = BackgroundTask(
        people.request_password_reset,
        field(form, "email", 254),
        from_address(request),
        enrolment.store,
        enrolment.publish,
    )
    return page


@router.get("/password-reset/new")
async def new_password_page(request: Request, token: str = ""):
    holder = await _link_holder(request, accounts.RESET, token)
    if holder is None:
        return _link_invalid(request)
    return _new_password_page(request, holder, token, {})


def _new_password_page(request: Request, holder: dict, token: str, errors: dict, status=200):
    return render(
        request,
        "reset_new.html",
        chosen_language(request, holder["language"]),
        status=status,
        here=f"/password-reset/new?token={token}",
        title_key="reset_new_title",
        token=token,
        errors=errors,
    )


@router.post("/password-reset/new")
async def reset_password(request: Request, form: PostedForm):
    token = field(form, "token", 128)
    holder = await _link_holder(request, accounts.RESET, token)
    if holder is None:
        return _link_invalid(request)

    enrolment = enrolment_of(request)
    problem = await people.reset_password(
        token,
        str(form.get("password") or "")[:300],
        str(form.get("password_again") or "")[:300],
        field(form, "code", 12),
        from_address(request),
        enrolment.store,
        enrolment.sessions,
    )
    if problem:
        errors = _problem_errors(problem, chosen_language(request, holder["language"]))
        return _new_password_page(request, holder, token, errors, status=400)

    log.info("password_reset", person_id=holder["_id"])
    return redirect("/login?reset=1")
