"""What every page shares: its language, its templates, its cookies, the signed-in person and
the anti-forgery check of its forms."""

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated
from urllib.parse import parse_qsl, urlencode
from zoneinfo import ZoneInfo

import jinja2
from contracts.centres import centre_designation, municipality_name
from contracts.values import Language
from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from signin import csrf
from signin.sessions import Stage
from starlette.datastructures import FormData

from enrolment import people
from enrolment.api import Enrolment, from_address
from enrolment.domain.centres import Centre
from enrolment.domain.people import Actor, Role
from enrolment.texts import LANGUAGE_NAMES, texts_for

SESSION_COOKIE = "pp_enrolment_session"
PENDING_COOKIE = "pp_enrolment_pending"  # the session awaiting the one-time code
LANGUAGE_COOKIE = "pp_enrolment_language"
LANGUAGE_KEPT_FOR = 365 * 24 * 3600
BELGIAN_TIME = ZoneInfo("Europe/Brussels")
REFUSAL = "refusal"  # the key of a command's refusal among a page's errors

_environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent.parent / "templates"),
    autoescape=True,
    # A missing text or variable fails the page (and its test) instead of showing a blank.
    undefined=jinja2.StrictUndefined,
)
templates = Jinja2Templates(env=_environment)


class SignInRequired(Exception):
    """No live signed-in session: the person is sent to the sign-in page."""

    def __init__(self, had_session: bool) -> None:
        self.had_session = had_session


def enrolment_of(request: Request) -> Enrolment:
    return request.app.state.enrolment


def chosen_language(request: Request, default: str | None = None) -> str:
    """The person's choice (a link, then the cookie), else the default given, else Dutch."""
    for candidate in (
        request.query_params.get("lang"),
        request.cookies.get(LANGUAGE_COOKIE),
        default,
    ):
        if candidate in LANGUAGE_NAMES:
            return candidate
    return Language.DUTCH.value


def render(
    request: Request,
    template: str,
    language: str,
    *,
    status: int = 200,
    here: str | None = None,
    **context,
) -> HTMLResponse:
    """The page, with its anti-forgery token in a cookie and links to the other languages.

    `here` is the address the language links lead to; a GET page defaults to itself.
    """
    token = csrf.token_for(request)
    if here is None and request.method == "GET":
        here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    page = templates.TemplateResponse(
        request,
        template,
        {
            "t": texts_for(language),
            "lang": language,
            "csrf_field": csrf.FIELD,
            "csrf_token": token,
            "language_links": _language_links(here),
            "actor": None,
            "errors": {},
            "notice": None,
            **context,
        },
        status_code=status,
    )
    secure = enrolment_of(request).settings.cookie_secure
    csrf.set_cookie(page, token, secure=secure)
    if request.query_params.get("lang") in LANGUAGE_NAMES:
        page.set_cookie(
            LANGUAGE_COOKIE,
            request.query_params["lang"],
            max_age=LANGUAGE_KEPT_FOR,
            httponly=True,
            secure=secure,
            samesite="lax",
        )
    return page


def _language_links(here: str | None) -> list[tuple[str, str, str]]:
    if here is None:
        return []
    path, _, query = here.partition("?")
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "lang"]
    return [
        (code, name, f"{path}?{urlencode([*kept, ('lang', code)])}")
        for code, name in LANGUAGE_NAMES.items()
    ]


def redirect(to: str) -> RedirectResponse:
    return RedirectResponse(to, status_code=303)


def set_cookie(request: Request, response: Response, name: str, value: str, **extra) -> None:
    # Lax, not Strict: a person who follows a link from their webmail arrives signed in. Every
    # change is a POST, which a Lax cookie never accompanies from another site, and which also
    # needs the anti-forgery token.
    response.set_cookie(
        name,
        value,
        httponly=True,
        secure=enrolment_of(request).settings.cookie_secure,
        samesite="lax",
        path="/",
        **extra,
    )


async def checked_form(request: Request) -> FormData:
    """The posted form, once it is known to come from a page of this site."""
    form = await request.form()
    csrf.check(request, _text(form, csrf.FIELD) or None)
    return form


PostedForm = Annotated[FormData, Depends(checked_form)]


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


TEXT_LONGEST = 2000  # a question, an answer, a reason: as the API's Text
NAME_LONGEST = 120  # a person's full name: as the API's Name
EMAIL_LONGEST = 254


def field(form: FormData, name: str, longest: int | None = None) -> str:
    """A text field, trimmed and never cut.

    A page that shows its fields' errors reads the field whole and refuses it with `too_long`.
    Given `longest`, a longer value reads as empty instead: the sign-in forms refuse it as they
    refuse a wrong one, and never record pages of it in a failed attempt.
    """
    text = _text(form, name).strip()
    if longest is not None and len(text) > longest:
        return ""
    return text


def too_long(value: str, longest: int, t: dict[str, str]) -> str | None:
    """The field's error when it is longer than the page takes, in the person's language."""
    return t["too_long"].format(longest=longest) if len(value) > longest else None


async def current_actor(request: Request) -> Actor | None:
    enrolment = enrolment_of(request)
    token = request.cookies.get(SESSION_COOKIE)
    session = await enrolment.sessions.find(token, Stage.SIGNED_IN)
    return await people.signed_in_actor(session, from_address(request), enrolment.store)


async def signed_in(request: Request) -> Actor:
    """The signed-in person; a withdrawn, expired or ended session goes to the sign-in page."""
    actor = await current_actor(request)
    if actor is None:
        raise SignInRequired(had_session=SESSION_COOKIE in request.cookies)
    return actor


SignedIn = Annotated[Actor, Depends(signed_in)]


def home_of(actor: Actor) -> str:
    return "/cell" if actor.role is Role.SECURITY_CELL else "/centre"


def centre_name(centre: Centre | None) -> str:
    """A centre as it names itself: OCMW Antwerpen, CPAS de Liège, ÖSHZ Eupen."""
    if centre is None:
        return ""
    own = centre.language
    return centre_designation(municipality_name(centre.name_nl, centre.name_fr, own), own)


def moment(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(BELGIAN_TIME).strftime("%Y-%m-%d %H:%M")


def today() -> date:
    return datetime.now(BELGIAN_TIME).date()


_environment.filters["moment"] = moment
