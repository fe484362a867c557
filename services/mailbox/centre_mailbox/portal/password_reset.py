"""Password reset by an emailed link, confirmed with a one-time code.

The request page answers the same for every address, at the same speed: the link is issued
after the answer has gone. A stolen mailbox alone is not enough: the new password also takes a
current code from the person's token app, under the same lock-out as signing in.
"""

import uuid
from datetime import UTC, datetime, timedelta

import structlog
from contracts import topics
from contracts.events import LinkPurpose, PersonalLinkIssuedV1, Site
from fastapi import APIRouter, BackgroundTasks, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from signin import accounts
from signin.attempts import Outcome
from signin.sessions import Stage

from centre_mailbox.adapters.mongo import CodeAlreadyUsed, LinkAlreadyUsed
from centre_mailbox.portal import audit
from centre_mailbox.portal.context import Portal, client_address, portal_of
from centre_mailbox.portal.pages import (
    checked_form,
    known_language,
    language_links,
    page,
    with_session,
)
from centre_mailbox.portal.sign_in import refusal
from centre_mailbox.portal.texts import texts_for

log = structlog.get_logger()
router = APIRouter()
FORM = [Depends(checked_form)]
NEW_PASSWORD_PATH = "/password-reset/new"
# The refusals of the code step, by the reason the audit trail keeps, as when signing in.
CODE_REFUSALS = {"code_wrong": Outcome.WRONG_CODE, "locked": Outcome.LOCKED}


@router.get("/password-reset", response_class=HTMLResponse)
async def request_page(request: Request, lang: str = "nl"):
    return _request_page(request, known_language(lang), sent=False)


@router.post("/password-reset", dependencies=FORM)
async def request_link(
    request: Request, later: BackgroundTasks, email: str = Form(""), lang: str = Form("nl")
):
    portal = portal_of(request)
    person = await portal.store.who_may_sign_in(email.strip().lower()[:254])
    if person is not None:
        later.add_task(_issue_link, portal, person, client_address(request))
    return _request_page(request, known_language(lang), sent=True)


@router.get(NEW_PASSWORD_PATH, response_class=HTMLResponse)
async def new_password_page(request: Request, token: str = ""):
    store = portal_of(request).store
    holder = await accounts.link_holder(store, accounts.RESET, token, datetime.now(UTC))
    return _new_password_page(request, holder, token)


@router.post(NEW_PASSWORD_PATH, dependencies=FORM)
async def set_new_password(
    request: Request,
    token: str = Form(""),
    password: str = Form(""),
    password_again: str = Form(""),
    code: str = Form(""),
):
    portal, now = portal_of(request), datetime.now(UTC)
    holder = await accounts.link_holder(portal.store, accounts.RESET, token, now)
    if holder is None:
        return _new_password_page(request, None, token, status_code=400)

    new_password = (password, password_again)
    try:
        problem = await accounts.reset_password(
            portal.store, portal.policy, holder, new_password, code, now
        )
    except CodeAlreadyUsed:
        problem = "code_wrong"
    except LinkAlreadyUsed:
        return _new_password_page(request, None, token, status_code=400)
    if problem:
        return await _refused_new_password(request, holder, token, problem)
    return await _signed_in_after_reset(request, holder)


async def _refused_new_password(request: Request, holder: dict, token: str, problem: str):
    lang = holder.get("language", "nl")
    if problem not in CODE_REFUSALS:
        error = texts_for(lang)[problem]
        return _new_password_page(request, holder, token, error=error, status_code=400)

    await _record(request, holder, "password_reset_failed", reason=CODE_REFUSALS[problem].value)
    error = refusal(portal_of(request), lang)
    return _new_password_page(request, holder, token, error=error, status_code=401)


async def _signed_in_after_reset(request: Request, holder: dict):
    portal = portal_of(request)
    # Whoever knew the old password may hold a session: every one of them ends.
    ended = await portal.sessions.end_all_of(holder["_id"])
    session = await portal.sessions.open(holder["_id"], Stage.SIGNED_IN, client_address(request))

    await _record(request, holder, "password_reset", sessions_ended=str(ended))
    log.info("password_reset", staff_member_id=holder["_id"], sessions_ended=ended)
    return with_session(RedirectResponse("/", status_code=303), session, portal.settings)


async def _issue_link(portal: Portal, person: dict, from_address: str) -> None:
    try:
        await _store_and_send_link(portal, person, from_address)
    except Exception as failure:  # after the answer: nobody else would hear of it
        log.error(
            "password_reset_link_failed",
            staff_member_id=person["_id"],
            error=f"{type(failure).__name__}: {failure}",
        )


async def _store_and_send_link(portal: Portal, person: dict, from_address: str) -> None:
    valid = timedelta(minutes=portal.settings.password_reset_valid_minutes)
    token, fields = accounts.link_token(accounts.RESET, valid, datetime.now(UTC))
    await portal.store.remember(person["_id"], fields)

    link = PersonalLinkIssuedV1(
        link_id=str(uuid.uuid4()),
        purpose=LinkPurpose.PASSWORD_RESET,
        email=person["email"],
        language=person.get("language", "nl"),
        refnis_code=person["refnis_code"],
        site=Site.PORTAL,
        path=NEW_PASSWORD_PATH,
        token=token,
        expires_at=fields[f"{accounts.RESET}_expires_at"],
    )
    await portal.publish(topics.PERSONAL_LINK_ISSUED, link, person["refnis_code"])
    await audit.record(
        portal,
        action="password_reset_requested",
        actor=person["_id"],
        refnis_code=person["refnis_code"],
        subject=person["_id"],
        from_address=from_address,
    )
    log.info("password_reset_link_issued", staff_member_id=person["_id"], link_id=link.link_id)


async def _record(request: Request, holder: dict, action: str, **details: str) -> None:
    await audit.record(
        portal_of(request),
        action=action,
        actor=holder["_id"],
        refnis_code=holder["refnis_code"],
        subject=holder["_id"],
        from_address=client_address(request),
        **details,
    )


def _request_page(request: Request, lang: str, *, sent: bool) -> HTMLResponse:
    return page(
        request,
        "reset_request.html",
        lang,
        title=texts_for(lang)["reset_title"],
        sent=sent,
        language_link=language_links("/password-reset"),
    )


def _new_password_page(
    request: Request,
    holder: dict | None,
    token: str,
    *,
    error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    lang = (holder or {}).get("language", "nl")
    t = texts_for(lang)
    return page(
        request,
        "reset_new.html",
        lang,
        status_code=status_code,
        title=t["reset_new_title"],
        error=error if holder else t["reset_invalid"],
        token=token if holder else "",
    )
