"""The anti-forgery check that every form of the enrolment pages passes through."""

import pytest
from signin import csrf
from starlette.requests import Request

TOKEN = "t" * 43


def posted(origin: str | None = None, cookie: str | None = TOKEN) -> Request:
    headers = [(b"host", b"127.0.0.1:8200")]
    if origin is not None:
        headers.append((b"origin", origin.encode()))
    if cookie is not None:
        headers.append((b"cookie", f"{csrf.COOKIE}={cookie}".encode()))
    scope = {
        "type": "http",
        "method": "POST",
        "scheme": "http",
        "path": "/centre/staff",
        "query_string": b"",
        "headers": headers,
        "server": ("127.0.0.1", 8200),
    }
    return Request(scope)


def test_a_form_of_this_site_passes():
    csrf.check(posted(origin="http://127.0.0.1:8200"), TOKEN)
    csrf.check(posted(origin=None), TOKEN)


@pytest.mark.parametrize(
    ("request_", "submitted", "reason"),
    [
        (posted(), None, "missing"),
        (posted(), "", "missing"),
        (posted(), "x" * 43, "does not match"),
        (posted(cookie=None), TOKEN, "missing"),
        (posted(origin="https://evil.example"), TOKEN, "another site"),
        (posted(origin="http://127.0.0.1:8300"), TOKEN, "another site"),
    ],
)
def test_a_forged_form_is_refused(request_, submitted, reason):
    with pytest.raises(csrf.ForgedRequest, match=reason):
        csrf.check(request_, submitted)


def test_the_page_reuses_the_cookies_token_and_makes_one_when_there_is_none():
    assert csrf.token_for(posted()) == TOKEN
    fresh = csrf.token_for(posted(cookie=None))

    assert len(fresh) == 43 and fresh != TOKEN
