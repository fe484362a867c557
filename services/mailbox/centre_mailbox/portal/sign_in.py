"""Signing in (address and password, then a one-time code) and signing out."""

from datetime import UTC, datetime
from urllib.parse import urlencode

import structlog
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from signin import attempts
from signin.attempts import Attempt, Outcome
from signin.sessions import Stage

from centre_mailbox.adapters.mongo import CodeAlreadyUsed
from centre_mailbox.portal import audit
from centre_mailbox.portal.context import Portal, client_address, portal_of
from centre_mailbox.portal.pages import (
    SESSION_COOKIE,
    checked_form,
    known_language,
    language_links,
    page,
    safe_next,
    with_session,
    without_session,
)
from centre_mailbox.portal.texts import texts_for

log = structlog.get_logger()
router = APIRouter()
FORM = [Depends(checked_form)]


@router.get("/login", response_class=HTMLResponse)
async def password_page(request: Request, next: str = "/", lang: str = "nl", signed_out: str = ""):
    lang = known_language(lang)
    notice = texts_for(lang)["signed_out"] if signed_out else None
    return _password_page(request, lang, next, notice=notice)


@router.post("/login", dependencies=FORM)
async def submit_password(
    request: Request,
    email: str = Form(""),
    password: str = Form(""),
    next: str = Form("/"),
    lang: str = Form("nl"),
):
    portal, lang = portal_of(request), known_language(lang)
    moment = datetime.now(UTC)
    attempt = await attempts.check_password(portal.store, portal.policy, email, password, moment)
    if not attempt.passed:
        await _record_refusal(request, attempt, step="password")
        return _password_page(request, lang, next, email=email, error=refusal(portal, lang))

    # The password alone opens only a short session that can do nothing but take the code.
    token = await portal.sessions.open(
        attempt.person["_id"], Stage.AWAITING_SECOND_FACTOR, client_address(request)
    )
    code_step = f"/login/code?{urlencode({'next': safe_next(next), 'lang': lang})}"
    return with_session(RedirectResponse(code_step, status_code=303), token, portal.settings)


@router.get("/login/code", response_class=HTMLResponse)
async def code_page(request: Request, next: str = "/", lang: str = "nl"):
    portal, lang = portal_of(request), known_language(lang)
    pending = await portal.sessions.find(
        request.cookies.get(SESSION_COOKIE), Stage.AWAITING_SECOND_FACTOR
    )
    if pending is None:
        return _back_to_password_step(next, lang)
    return _code_page(request, lang, next)


@router.post("/login/code", dependencies=FORM)
async def submit_code(
    request: Request, code: str = Form(""), next: str = Form("/"), lang: str = Form("nl")
):
    portal, lang = portal_of(request), known_language(lang)
    token = request.cookies.get(SESSION_COOKIE)
    pending = await portal.sessions.find(token, Stage.AWAITING_SECOND_FACTOR)
    person = await portal.store.staff_member(pending.person_id) if pending else None
    if person is None or person.get("revoked_at"):
        await portal.sessions.end(token)
        return without_session(_back_to_password_step(next, lang))

    attempt = await check_code(portal, person, code)
    if not attempt.passed:
        return await _refuse_code(request, attempt, token, next, lang)

    # A new token for the signed-in session: the one that carried the password step ends here.
    await portal.sessions.end(token)
    signed_in = await portal.sessions.open(person["_id"], Stage.SIGNED_IN, client_address(request))
    await _record(request, "signed_in", person)
    log.info("signed_in", staff_member_id=person["_id"], refnis_code=person["refnis_code"])
    redirect = RedirectResponse(safe_next(next), status_code=303)
    return with_session(redirect, signed_in, portal.settings)


@router.post("/logout", dependencies=FORM)
async def sign_out(request: Request):
    portal = portal_of(request)
    token = request.cookies.get(SESSION_COOKIE)
    session = await portal.sessions.find(token, Stage.SIGNED_IN)
    await portal.sessions.end(token)

    person = await portal.store.staff_member(session.person_id) if session else None
    if person:
        await _record(request, "signed_out", person)
        log.info("signed_out", staff_member_id=person["_id"])
    lang = (person or {}).get("language", "nl")
    redirect = RedirectResponse(f"/login?lang={lang}&signed_out=1", status_code=303)
    return without_session(redirect)


def refusal(portal: Portal, lang: str) -> str:
    """The one message for every refused step, whatever the reason: it names the lock-out rule."""
    minutes = int(portal.policy.locked_for.total_seconds() // 60)
    return texts_for(lang)["wrong_credentials"].format(
        failures=portal.policy.max_failures, minutes=minutes
    )


async def check_code(portal: Portal, person: dict, code: str) -> Attempt:
    """The code step of signing in."""
    moment = datetime.now(UTC)
    try:
        return await attempts.check_code(portal.store, portal.policy, person, code, moment)
    except CodeAlreadyUsed:
        return Attempt(person, Outcome.WRONG_CODE)


async def _refuse_code(
    request: Request, attempt: Attempt, token: str | None, next: str, lang: str
) -> Response:
    portal = portal_of(request)
    await _record_refusal(request, attempt, step="code")
    if attempt.outcome is not Outcome.LOCKED:
        return _code_page(request, lang, next, error=refusal(portal, lang))

    # Locked: the half-open session ends, and the person starts again once the lock is over.
    await portal.sessions.end(token)
    return without_session(_password_page(request, lang, next, error=refusal(portal, lang)))


async def _record_refusal(request: Request, attempt: Attempt, *, step: str) -> None:
    person = attempt.person
    await audit.record(
        portal_of(request),
        action="sign_in_failed",
        actor=person["_id"] if person else audit.UNKNOWN_ACTOR,
        refnis_code=person["refnis_code"] if person else None,
        subject=person["_id"] if person else "",
        from_address=client_address(request),
        reason=attempt.outcome.value,
        step=step,
    )
    log.info(
        "sign_in_refused",
        staff_member_id=person["_id"] if person else None,
        reason=attempt.outcome.value,
        step=step,
    )


async def _record(request: Request, action: str, person: dict) -> None:
    await audit.record(
        portal_of(request),
        action=action,
        actor=person["_id"],
        refnis_code=person["refnis_code"],
        subject=person["_id"],
        from_address=client_address(request),
    )


def _password_page(
    request: Request,
    lang: str,
    next: str,
    *,
    email: str = "",
    error: str | None = None,
    notice: str | None = None,
) -> HTMLResponse:
    return page(
        request,
        "login.html",
        lang,
        status_code=401 if error else 200,
        title=texts_for(lang)["sign_in"],
        next=safe_next(next),
        email=email,
        error=error,
        notice=notice,
        language_link=language_links("/login", next=safe_next(next)),
    )


def _code_page(request: Request, lang: str, next: str, error: str | None = None) -> HTMLResponse:
    return page(
        request,
        "code.html",
        lang,
        status_code=401 if error else 200,
        title=texts_for(lang)["code_title"],
        next=safe_next(next),
        error=error,
        language_link=language_links("/login/code", next=safe_next(next)),
    )


def _back_to_password_step(next: str, lang: str) -> RedirectResponse:
    query = urlencode({"next": safe_next(next), "lang": lang})
    return RedirectResponse(f"/login?{query}", status_code=303)
