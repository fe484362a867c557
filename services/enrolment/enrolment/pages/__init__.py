"""The enrolment pages: plain server-rendered HTML for applicants, the security cell and the
centres' security consultants, in Dutch, French and German. Each action also has its API."""

import structlog
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from signin.csrf import ForgedRequest

from enrolment.pages import cell, centre, public, signing_in
from enrolment.pages.web import (
    SESSION_COOKIE,
    SignInRequired,
    chosen_language,
    redirect,
    render,
)
from enrolment.texts import texts_for

log = structlog.get_logger()


def add_pages(api: FastAPI) -> None:
    for pages in (public, signing_in, cell, centre):
        api.include_router(pages.router, include_in_schema=False)
    api.add_exception_handler(SignInRequired, _to_sign_in)
    api.add_exception_handler(ForgedRequest, _forged)


def error_page(
    request: Request, status: int, message: str, message_language: str = "en"
) -> HTMLResponse:
    """An error as a page in the person's language; a command's message is in English."""
    language = chosen_language(request)
    title = texts_for(language).get(f"error_{status}", texts_for(language)["error_other"])
    return render(
        request,
        "error.html",
        language,
        status=status,
        here="/",
        title=title,
        message=message,
        message_language=message_language,
    )


async def _to_sign_in(request: Request, required: SignInRequired) -> Response:
    response = redirect("/login?ended=1" if required.had_session else "/login")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


async def _forged(request: Request, error: ForgedRequest) -> Response:
    log.warning("form_refused", path=request.url.path, reason=str(error))
    language = chosen_language(request)
    return error_page(request, 403, texts_for(language)["forged"], language)
