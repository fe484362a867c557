"""Protection of forms against cross-site request forgery.

Each form carries a token that must equal the one in a cookie only this site can set (the
"double submit"); the cookie is SameSite=Strict and HTTP-only, and a request whose Origin header
names another site is refused before the token is even compared.
"""

import hmac
import secrets
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response

COOKIE = "pp_csrf"
FIELD = "csrf_token"


class ForgedRequest(Exception):
    """A form post that this site did not serve."""


def token_for(request: Request) -> str:
    """The token to put in the page's forms: the cookie's, or a new one."""
    known = request.cookies.get(COOKIE, "")
    return known if len(known) == 43 else secrets.token_urlsafe(32)


def set_cookie(response: Response, token: str, *, secure: bool) -> None:
    response.set_cookie(COOKIE, token, httponly=True, secure=secure, samesite="strict", path="/")


def check(request: Request, submitted: str | None) -> None:
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.url.netloc:
        raise ForgedRequest(f"form posted from another site: {origin}")

    expected = request.cookies.get(COOKIE, "")
    if not expected or not submitted or not hmac.compare_digest(expected, submitted):
        raise ForgedRequest("the form's anti-forgery token is missing or does not match")
