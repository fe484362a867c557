"""The enrolment app on the real Kafka and FerretDB, in this process (httpx's ASGI transport,
with the app's lifespan), each test session in a database of its own."""

import asyncio
import json
import os
import re
import socket
import uuid
from datetime import UTC, datetime

import httpx
import pytest
from aiokafka import AIOKafkaConsumer
from contracts.topics import PERSONAL_LINK_ISSUED
from enrolment import handlers
from enrolment.api import create_api
from enrolment.domain.centres import read_registry
from enrolment.settings import EnrolmentSettings
from signin import totp

BASE = "http://127.0.0.1:28999"
OPERATOR = {"Authorization": "Bearer local-operator-token-for-loopback-only"}
PASSWORD = "integration-password-1"
CENTRES = (
    "11002", "62063", "63023", "21001", "44021", "52011", "57081", "92094", "24062", "71016",
    "23088", "35013", "46021", "13040", "41002",
)


def _answers(address: str) -> bool:
    host, port = address.rsplit(":", 1)
    try:
        socket.create_connection((host, int(port)), timeout=1).close()
    except OSError:
        return False
    return True


@pytest.fixture(scope="session")
def settings() -> EnrolmentSettings:
    """Fails, never skips, when Kafka or FerretDB is not there."""
    kafka = os.environ.get("PP_KAFKA_BOOTSTRAP", "127.0.0.1:19092")
    mongo = os.environ.get("PP_MONGO_URL", "mongodb://127.0.0.1:27117/")[10:].rstrip("/")
    missing = [name for name, at in (("Kafka", kafka), ("FerretDB", mongo)) if not _answers(at)]
    assert not missing, f"servers not answering: {missing}; start them with scripts/servers/servers"
    return EnrolmentSettings(mongo_database=f"pp_enrolment_test_{uuid.uuid4().hex[:8]}")


@pytest.fixture
async def app(settings):
    api = create_api(settings)
    async with api.router.lifespan_context(api):
        store = api.state.enrolment.store
        centres = [c for c in read_registry() if c.refnis_code in CENTRES]
        await handlers.register_centres(centres, store, api.state.enrolment.publish)
        yield api
        await store._centres.database.client.drop_database(settings.mongo_database)


@pytest.fixture
async def client(app):
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as found:
        yield found


@pytest.fixture
def new_client(app):
    """Another browser: its own cookies."""
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50001))
    return lambda: httpx.AsyncClient(transport=transport, base_url=BASE)


def csrf_of(page: httpx.Response) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


async def post_form(client: httpx.AsyncClient, page_path: str, action: str, form: dict):
    """Opens the page (for its anti-forgery token), then posts the form as a browser would."""
    page = await client.get(page_path)
    data = {"csrf_token": csrf_of(page), **form}
    return await client.post(action, data=data, headers={"Origin": BASE})


def secret_of(page: httpx.Response) -> str:
    return re.search(r'id="secret">([A-Z2-7 ]+)<', page.text).group(1).replace(" ", "")


def code_after(secret: str, used_step: int) -> tuple[str, int]:
    """A code that the replay guard accepts after `used_step`: this step's, or the next."""
    step = max(totp.step_at(datetime.now(UTC)) - 1, used_step + 1)
    return totp.code_for_step(secret, step), step


async def set_up_in_pages(client: httpx.AsyncClient, token: str) -> tuple[str, int]:
    """Sets the account up through /setup; returns its token-app secret and the step used."""
    page = await client.get("/setup", params={"token": token})
    secret = secret_of(page)
    code, step = code_after(secret, -1)
    form = {"token": token, "password": PASSWORD, "password_again": PASSWORD, "code": code}
    answer = await client.post(
        "/setup", data={"csrf_token": csrf_of(page), **form}, headers={"Origin": BASE}
    )
    assert answer.status_code == 303, answer.text
    return secret, step


async def sign_in_by_api(client, email: str, secret: str, used_step: int) -> tuple[str, int]:
    code, step = code_after(secret, used_step)
    body = {"email": email, "password": PASSWORD, "code": code}
    answer = await client.post("/api/sessions", json=body)
    assert answer.status_code == 201, answer.text
    return answer.json()["token"], step


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


async def link_token_sent_to(email: str, timeout: float = 30) -> str:
    """The token of the latest personal link emailed to the address, read off Kafka."""
    consumer = AIOKafkaConsumer(
        PERSONAL_LINK_ISSUED.name,
        bootstrap_servers=os.environ.get("PP_KAFKA_BOOTSTRAP", "127.0.0.1:19092"),
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    await consumer.start()
    try:
        return await asyncio.wait_for(_first_link_to(consumer, email), timeout)
    finally:
        await consumer.stop()


async def _first_link_to(consumer: AIOKafkaConsumer, email: str) -> str:
    found = None
    while found is None:
        batches = await consumer.getmany(timeout_ms=1000)
        for records in batches.values():
            for record in records:
                link = json.loads(record.value)
                if link["email"] == email:
                    found = link["token"]
    return found


async def cell_member(client, name: str = "Cell Member") -> tuple[str, str, int]:
    """A security cell member, added by an operator and set up; (email, secret, step used)."""
    email = f"cell-{uuid.uuid4().hex[:8]}@agency.example"
    body = {"email": email, "full_name": name, "language": "nl"}
    added = await client.post("/api/cell-members", json=body, headers=OPERATOR)
    assert added.status_code == 201, added.text
    async with _fresh(client) as browser:
        secret, step = await set_up_in_pages(browser, added.json()["setup_token"])
    return email, secret, step


def _fresh(client: httpx.AsyncClient) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=client._transport, base_url=BASE)


def application_form(refnis_code: str, email: str) -> dict:
    return {
        "refnis_code": refnis_code,
        "consultant_name": "Sam Consulent",
        "consultant_email": email,
        "network": "publilink",
        "staff_authentication": "token",
        "wished_date": datetime.now(UTC).date().isoformat(),
    }


async def consultant_of(client, cell_token: str, refnis_code: str) -> tuple[str, str, int]:
    """A centre that applied, was approved, and whose consultant set up their account."""
    email = f"consultant-{uuid.uuid4().hex[:8]}@centres.example"
    applied = await client.post("/api/applications", json=application_form(refnis_code, email))
    assert applied.status_code == 201, applied.text
    approval = {"effective_date": datetime.now(UTC).date().isoformat()}
    url = f"/api/applications/{applied.json()['application_id']}/approval"
    approved = await client.post(url, json=approval, headers=bearer(cell_token))
    assert approved.status_code == 200, approved.text

    token = await link_token_sent_to(email)
    async with _fresh(client) as browser:
        secret, step = await set_up_in_pages(browser, token)
    return email, secret, step
