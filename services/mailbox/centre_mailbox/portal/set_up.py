"""Setting up a staff member's sign-in from their invitation: a password and a token app."""

from datetime import UTC, datetime

import segno
import structlog
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from signin import accounts, factors, totp
from signin.sessions import Stage

from centre_mailbox.adapters.mongo import LinkAlreadyUsed
from centre_mailbox.portal import audit
from centre_mailbox.portal.context import ISSUER, client_address, portal_of
from centre_mailbox.portal.pages import checked_form, page, with_session
from centre_mailbox.portal.texts import texts_for

log = structlog.get_logger()
router = APIRouter()


@router.get("/setup", response_class=HTMLResponse)
async def set_up_page(request: Request, token: str = ""):
    store = portal_of(request).store
    holder = await accounts.link_holder(store, accounts.SETUP, token, datetime.now(UTC))
    return await _set_up_page(request, holder, token)


@router.post("/setup", dependencies=[Depends(checked_form)])
async def set_up(
    request: Request,
    token: str = Form(""),
    password: str = Form(""),
    password_again: str = Form(""),
    code: str = Form(""),
):
    store, now = portal_of(request).store, datetime.now(UTC)
    holder = await accounts.link_holder(store, accounts.SETUP, token, now)
    if holder is None:
        return await _set_up_page(request, None, token, status_code=400)

    try:
        problem = await accounts.complete_setup(store, holder, password, password_again, code, now)
    except LinkAlreadyUsed:
        return await _set_up_page(request, None, token, status_code=400)
    if problem:
        return await _set_up_page(request, holder, token, problem=problem, status_code=400)
    return await _signed_in_after_set_up(request, holder)


async def _signed_in_after_set_up(request: Request, holder: dict):
    portal = portal_of(request)
    session = await portal.sessions.open(holder["_id"], Stage.SIGNED_IN, client_address(request))
    await audit.record(
        portal,
        action="staff_member_set_up",
        actor=holder["_id"],
        refnis_code=holder["refnis_code"],
        subject=holder["_id"],
        from_address=client_address(request),
        second_factor=factors.FactorKind.TOTP.value,
    )
    log.info(
        "staff_member_set_up", staff_member_id=holder["_id"], refnis_code=holder["refnis_code"]
    )
    return with_session(RedirectResponse("/", status_code=303), session, portal.settings)


async def _set_up_page(
    request: Request,
    holder: dict | None,
    token: str,
    *,
    problem: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    lang = (holder or {}).get("language", "nl")
    t = texts_for(lang)
    if holder is None:
        # No form without a valid invitation, and the token is never echoed.
        return page(
            request,
            "setup.html",
            lang,
            status_code=status_code,
            title=t["setup_title"],
            error=t["setup_invalid"],
            token="",
        )

    # One secret per invitation until set-up ends, so that a reload shows the same QR code.
    secret = await accounts.secret_to_enrol(portal_of(request).store, holder)
    uri = totp.provisioning_uri(secret, holder["email"], ISSUER)
    return page(
        request,
        "setup.html",
        lang,
        status_code=status_code,
        title=t["setup_title"],
        error=t[problem] if problem else None,
        token=token,
        email=holder["email"],
        qr_svg=segno.make_qr(uri).svg_inline(scale=4, title=t["qr_label"], svgclass="qr"),
        secret_grouped=totp.grouped(secret),
        provisioning_uri=uri,
    )
