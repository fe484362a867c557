"""What every web app of Personal Pages puts in front of its routes."""

import re

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LARGEST_BODY = 1024 * 1024  # forms and JSON commands here are a few kilobytes
NUL_IN_ADDRESS = "the request contains a NUL character (U+0000) in its address: nothing was done"
NUL_IN_BODY = "the request contains a NUL character (U+0000) in its body: nothing was done"
BODY_TOO_LARGE = "the request body is larger than 1 MiB: nothing was done"

# "\u0000" after an even number of backslashes: "\\u0000" is a backslash and the text "u0000".
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000", re.IGNORECASE)
_FORM_NUL = b"%00"


class RefuseNul:
    """Refuses any request whose address or body holds a NUL character, before any route runs.

    FerretDB (PostgreSQL underneath) refuses U+0000 in a string, so such a request would fail
    halfway through with a bare 500; refused here, it fails whole and says why. The body is read
    in full, then handed to the app unchanged.
    """

    def __init__(self, app: ASGIApp, largest_body: int = LARGEST_BODY) -> None:
        self.app = app
        self.largest_body = largest_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _nul_in_address(scope):
            await PlainTextResponse(NUL_IN_ADDRESS, 400)(scope, receive, send)
            return

        try:
            body = await _body(scope, receive, self.largest_body)
        except _BodyTooLarge:
            await PlainTextResponse(BODY_TOO_LARGE, 413)(scope, receive, send)
            return
        except _Disconnected:
            return
        if _nul_in_body(body, _content_type(scope)):
            await PlainTextResponse(NUL_IN_BODY, 400)(scope, receive, send)
            return

        await self.app(scope, _replay(body, receive), send)


class _BodyTooLarge(Exception):
    pass


class _Disconnected(Exception):
    pass


def _nul_in_address(scope: Scope) -> bool:
    # The path arrives percent-decoded: a %00 in it is already a NUL character.
    query = scope.get("query_string", b"")
    return "\x00" in scope["path"] or b"\x00" in query or _FORM_NUL in query


def _content_type(scope: Scope) -> bytes:
    for name, value in scope.get("headers", []):
        if name == b"content-type":
            return value.split(b";")[0].strip().lower()
    return b""


def _nul_in_body(body: bytes, content_type: bytes) -> bool:
    if b"\x00" in body:
        return True
    # A %00 is a NUL only in a form; "\u0000" only in JSON, which FastAPI also assumes when no
    # content type is given.
    if content_type == b"application/x-www-form-urlencoded":
        return _FORM_NUL in body
    return _JSON_NUL.search(body) is not None


async def _body(scope: Scope, receive: Receive, largest: int) -> bytes:
    for name, value in scope.get("headers", []):
        if name == b"content-length" and value.isdigit() and int(value) > largest:
            raise _BodyTooLarge
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Disconnected
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > largest:
            raise _BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body as one message, then whatever the server sends next (a disconnect)."""
    replayed = False

    async def replayed_receive() -> Message:
        nonlocal replayed
        if replayed:
            return await receive()
        replayed = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replayed_receive
