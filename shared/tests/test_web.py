import pytest
from servicekit.web import BODY_TOO_LARGE, NUL_IN_ADDRESS, NUL_IN_BODY, RefuseNul
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient


async def echo(request: Request) -> JSONResponse:
    body = await request.body()
    return JSONResponse({"path": request.url.path, "body": body.decode()})


@pytest.fixture
def client() -> TestClient:
    app = Starlette(routes=[Route("/{rest:path}", echo, methods=["GET", "POST"])])
    app.add_middleware(RefuseNul, largest_body=1000)
    return TestClient(app)


@pytest.mark.parametrize(
    "address",
    ["/documents/%00", "/documents/a%00b/seal", "/cell?refnis_code=%00", "/cell?lang=n%00l"],
)
def test_a_nul_in_the_address_is_refused(client, address):
    response = client.get(address)

    assert response.status_code == 400
    assert response.text == NUL_IN_ADDRESS
    assert response.headers["content-type"].startswith("text/plain")


async def test_a_raw_nul_in_the_query_is_refused():
    # No client sends one, but a server may pass it on: the app never sees it.
    reached, sent = [], []

    async def app(scope, receive, send):
        reached.append(scope)

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "path": "/cell", "query_string": b"a=\x00", "headers": []}
    await RefuseNul(app)(scope, receive, send)

    assert reached == []
    assert sent[0]["status"] == 400


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ('{"printed_by": "a\\u0000b"}', "application/json"),
        ('{"printed_by": "a\\U0000b"}', "application/json"),
        ('{"printed_by": "a\\\\\\u0000b"}', "application/json"),
        ('{"printed_by": "a\\u0000b"}', None),
        ("email=a%00b%40example.be", "application/x-www-form-urlencoded"),
        ("name=a\x00b", "application/x-www-form-urlencoded"),
        ("a\x00b", "text/plain"),
    ],
)
def test_a_nul_in_the_body_is_refused(client, body, content_type):
    headers = {"content-type": content_type} if content_type else {}

    response = client.post("/api/print-queue", content=body.encode(), headers=headers)

    assert response.status_code == 400
    assert response.text == NUL_IN_BODY


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        # An escaped backslash followed by the text u0000, not a NUL character.
        ('{"text": "a\\\\u0000b"}', "application/json"),
        # A percent sign in JSON is only a percent sign.
        ('{"text": "100%00 sure"}', "application/json"),
        # In a form, a backslash and u0000 are text.
        ("text=a%5Cu0000b", "application/x-www-form-urlencoded"),
        ("text=a\\u0000b", "application/x-www-form-urlencoded"),
    ],
)
def test_a_body_without_a_nul_reaches_the_app_whole(client, body, content_type):
    response = client.post("/echo", content=body.encode(), headers={"content-type": content_type})

    assert response.status_code == 200
    assert response.json()["body"] == body


def test_an_ordinary_request_reaches_the_app():
    app = Starlette(routes=[Route("/{rest:path}", echo, methods=["GET", "POST"])])
    app.add_middleware(RefuseNul)

    response = TestClient(app).post("/cell/applications/a1/refusal?lang=fr", data={"reason": "é"})

    assert response.status_code == 200
    assert response.json() == {"path": "/cell/applications/a1/refusal", "body": "reason=%C3%A9"}


def test_a_body_in_chunks_is_put_back_together(client):
    def chunks():
        yield b'{"text": '
        yield b'"two chunks"}'

    response = client.post("/echo", content=chunks(), headers={"content-type": "application/json"})

    assert response.json()["body"] == '{"text": "two chunks"}'


def test_a_body_over_the_limit_is_refused(client):
    response = client.post("/echo", content=b"x" * 1001)

    assert response.status_code == 413
    assert response.text == BODY_TOO_LARGE


def test_a_body_over_the_limit_in_chunks_is_refused(client):
    def chunks():
        for _ in range(3):
            yield b"x" * 400

    response = client.post("/echo", content=chunks())

    assert response.status_code == 413
