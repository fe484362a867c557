"""Rendering a page: its language, its anti-forgery token, its cookies and its headers."""

from pathlib import Path
from urllib.parse import urlencode

import structlog
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from signin import csrf
from starlette.requests import Request

from centre_mailbox.portal.context import ISSUER, portal_of
from centre_mailbox.portal.texts import TEXTS, texts_for
from centre_mailbox.settings import MailboxSettings

log = structlog.get_logger()
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")

SESSION_COOKIE = "pp_session"
LANGUAGES = (("nl", "Nederlands"), ("fr", "Français"), ("de", "Deutsch"))

# Pages hold forms with secrets (set-up and reset links carry a token in their address): no
# framing, no scripts, no referrer, nothing cached.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


def known_language(lang: str | None) -> str:
    return lang if lang in dict(LANGUAGES) else "nl"


def safe_next(next_path: str) -> str:
    # Only paths on this portal: an invitation or email link must not become an open redirect.
    return next_path if next_path.startswith("/") and not next_path.startswith("//") else "/"


def language_links(path: str, **kept: str):
    """The page's address in each language, for the language switch in the header."""
    return lambda code: f"{path}?{urlencode({'lang': code, **kept})}"


def page(
    request: Request, name: str, language: str, *, status_code: int = 200, **context
) -> HTMLResponse:
    # Every page may hold a form (sign-out is one), so every page sets the anti-forgery cookie.
    token = csrf.token_for(request)
    values = {
        "t": texts_for(language),
        "lang": language,
        "languages": LANGUAGES,
        "csrf_token": token,
        "issuer": ISSUER,
    }
    response = templates.TemplateResponse(
        request, name, {**values, **context}, status_code=status_code
    )
    csrf.set_cookie(response, token, secure=portal_of(request).settings.cookie_secure)
    return response


def with_session(response: Response, token: str, settings: MailboxSettings) -> Response:
    # Lax, not Strict: a staff member who follows a digest email's link from their webmail
    # while signed in must arrive signed in. Cross-site posts still carry no session cookie,
    # and every form is guarded by its anti-forgery token besides.
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        secure=settings.cookie_secure,
        samesite="lax",
        path="/",
    )
    return response


def without_session(response: Response) -> Response:
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


async def checked_form(request: Request) -> None:
    """A dependency of every form post: refused unless this site served the form."""
    form = await request.form()
    submitted = form.get(csrf.FIELD)
    csrf.check(request, submitted if isinstance(submitted, str) else None)


def refused_form(request: Request, refusal: csrf.ForgedRequest) -> HTMLResponse:
    # The reason goes to the log only; the page says it in the three languages, since a forged
    # post tells nothing of the reader's language.
    log.warning("form_refused", path=request.url.path, reason=str(refusal))
    texts = [(code, TEXTS[code]) for code, _ in LANGUAGES]
    title = " / ".join(words["form_refused_title"] for _, words in texts)
    context = {"texts": texts, "title": title, "lang": "nl", "t": texts_for("nl")}
    return templates.TemplateResponse(request, "refused.html", context, status_code=403)
