"""Fixtures for tests that run across services, on the real servers `make integration` starts."""

import asyncio
import os
import re
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from pymongo import MongoClient
from signin import totp

ROOT = Path(__file__).resolve().parent.parent
ENROLMENT = f"http://127.0.0.1:{os.environ.get('PP_ENROLMENT_PORT', '8200')}"
PORTAL = f"http://127.0.0.1:{os.environ.get('PP_PORTAL_PORT', '8300')}"
MAILPIT = os.environ.get("PP_MAILPIT_URL", "http://127.0.0.1:18025")
KAFKA = os.environ.get("PP_KAFKA_BOOTSTRAP", "127.0.0.1:19092")
OPERATOR = {"Authorization": "Bearer local-operator-token-for-loopback-only"}
PASSWORD = "integration-password-1"


def _answers(address: str) -> bool:
    host, port = address.rsplit(":", 1)
    try:
        socket.create_connection((host, int(port)), timeout=1).close()
    except OSError:
        return False
    return True


def wait_until(what: str, check, timeout: float = 60.0, every: float = 0.3):
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


@pytest.fixture(scope="session")
def servers() -> None:
    """The real servers must answer; a missing one fails the test, it never skips it."""
    addresses = {
        "Kafka": KAFKA,
        "FerretDB": os.environ.get("PP_MONGO_URL", "mongodb://127.0.0.1:27117/")[10:].rstrip("/"),
        "S3 server": os.environ.get("PP_S3_ENDPOINT", "127.0.0.1:18333"),
        "Mailpit": MAILPIT.removeprefix("http://"),
    }
    missing = [name for name, address in addresses.items() if not _answers(address)]
    assert not missing, f"servers not answering: {missing}; start them with scripts/servers/servers"


@pytest.fixture(scope="session")
def services(servers):
    subprocess.run([ROOT / "scripts" / "services", "start"], check=True)
    yield
    subprocess.run([ROOT / "scripts" / "services", "stop"], check=True)


@pytest.fixture(scope="session")
def mongo(servers) -> MongoClient:
    client = MongoClient(
        os.environ.get("PP_MONGO_URL", "mongodb://127.0.0.1:27117/"), tz_aware=True
    )
    yield client
    client.close()


@pytest.fixture(scope="session")
def enrolment(services) -> httpx.Client:
    with httpx.Client(base_url=ENROLMENT, headers=OPERATOR, timeout=60) as client:
        client.post("/api/centres/registry").raise_for_status()
        yield client


@pytest.fixture(scope="session")
def mailpit(servers) -> httpx.Client:
    with httpx.Client(base_url=MAILPIT, timeout=10) as client:
        yield client


@pytest.fixture(scope="session")
def centres_ready(enrolment, mongo) -> None:
    """Both consumers of the registry know every centre before documents are sent."""
    for database in ("pp_renderer", "pp_mailbox"):
        wait_until(
            f"centres in {database}",
            lambda db=database: mongo[db]["centres"].count_documents({}) >= 565,
        )


def switch_over(enrolment: httpx.Client, mailpit: httpx.Client, refnis_code: str) -> httpx.Client:
    """The centre switched over through the real workflow (application, the cell's approval),
    with its security consultant set up from the emailed invitation and signed in."""
    if refnis_code in _consultants:
        return _consultants[refnis_code]

    email = f"consultant-{refnis_code}-{uuid.uuid4().hex[:6]}@centres.example"
    application = {
        "refnis_code": refnis_code,
        "consultant_name": f"Consultant {refnis_code}",
        "consultant_email": email,
        "network": "publilink",
        "staff_authentication": "token",
        "wished_date": today().isoformat(),
    }
    applied = httpx.post(f"{ENROLMENT}/api/applications", json=application, timeout=30)
    assert applied.status_code == 201, applied.text
    approval = {"effective_date": today().isoformat()}
    url = f"/api/applications/{applied.json()['application_id']}/approval"
    security_cell(enrolment).post(url, json=approval).raise_for_status()

    # The consultant's address first gets the application's receipt, then the invitation.
    token = wait_until(f"the invitation to {email}", lambda: _setup_token_sent_to(mailpit, email))
    _consultants[refnis_code] = set_up_on_enrolment(token)
    wait_until(f"the mailbox to know {refnis_code} switched over", lambda: _known(refnis_code))
    return _consultants[refnis_code]


def _known(refnis_code: str) -> bool:
    """The mailbox decides each document's way by the switch-overs it has consumed."""
    with MongoClient(os.environ.get("PP_MONGO_URL", "mongodb://127.0.0.1:27117/")) as client:
        return client["pp_mailbox"]["switch_overs"].find_one({"_id": refnis_code}) is not None


def _setup_token_sent_to(mailpit: httpx.Client, email: str) -> str | None:
    for message in messages_to(mailpit, email):
        text = mailpit.get(f"/api/v1/message/{message['ID']}").json()["Text"]
        if found := re.search(r"/setup\?token=([A-Za-z0-9_-]+)", text):
            return found.group(1)
    return None


_consultants: dict[str, httpx.Client] = {}
_cell: list[httpx.Client] = []


def security_cell(enrolment: httpx.Client) -> httpx.Client:
    """A member of the security cell, added by an operator, set up and signed in."""
    if not _cell:
        member = {"email": "cell@agency.example", "full_name": "Security Cell", "language": "fr"}
        added = enrolment.post("/api/cell-members", json=member)
        assert added.status_code == 201, added.text
        _cell.append(set_up_on_enrolment(added.json()["setup_token"]))
    return _cell[0]


def set_up_on_enrolment(token: str) -> httpx.Client:
    """Sets up an enrolment account through the API; a client that sends its session."""
    client = httpx.Client(base_url=ENROLMENT, timeout=60)
    secret = client.get("/api/setup", params={"token": token}).raise_for_status().json()["secret"]
    body = {
        "token": token,
        "password": PASSWORD,
        "password_again": PASSWORD,
        "code": TokenApp(secret).code(),
    }
    session = client.post("/api/setup", json=body)
    assert session.status_code == 201, session.text
    client.headers["Authorization"] = f"Bearer {session.json()['token']}"
    return client


def today() -> date:
    return datetime.now(UTC).date()


@dataclass
class StaffMember:
    """A staff member set up through their invitation, with their browser and token app."""

    portal: httpx.Client
    email: str
    phone: "TokenApp"

    def form_token(self) -> str:
        return self.portal.cookies["pp_csrf"]

    def sign_out(self) -> httpx.Response:
        return self.portal.post("/logout", data={"csrf_token": self.form_token()})


class TokenApp:
    """The staff member's phone: it shows the current code, and never one of a step used."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.last_step = -1

    def code(self) -> str:
        step = max(self.last_step + 1, totp.step_at(datetime.now(UTC)))
        # A step ahead of the clock by more than the drift allowed must wait for the clock.
        while step > totp.step_at(datetime.now(UTC)) + totp.DRIFT_STEPS:
            time.sleep(1)
        self.last_step = step
        return totp.code_for_step(self.secret, step)


def staff_member_set_up(enrolment, mailpit, refnis_code: str) -> StaffMember:
    """A new staff member of the centre, invited by its consultant, set up and signed in."""
    consultant = switch_over(enrolment, mailpit, refnis_code)
    email = f"staff-{uuid.uuid4().hex[:10]}@centres.example"
    grant = {"email": email, "full_name": "Test Staff"}
    consultant.post(f"/api/centres/{refnis_code}/staff", json=grant).raise_for_status()
    return set_up_from_invitation(mailpit, email)


def set_up_from_invitation(mailpit, email: str) -> StaffMember:
    """Follows the invitation email: a password, the token app read from the page, a code."""
    message = wait_until(f"the invitation to {email}", lambda: latest_message_to(mailpit, email))
    token = re.search(r"/setup\?token=([A-Za-z0-9_-]+)", message["Text"]).group(1)
    portal = httpx.Client(base_url=PORTAL, timeout=30)
    page = portal.get("/setup", params={"token": token})
    phone = TokenApp(re.search(r"secret=([A-Z2-7]+)", page.text).group(1))

    form = {
        "token": token,
        "password": PASSWORD,
        "password_again": PASSWORD,
        "code": phone.code(),
        "csrf_token": portal.cookies["pp_csrf"],
    }
    assert portal.post("/setup", data=form).status_code == 303
    return StaffMember(portal, email, phone)


def staff_member_signed_in(enrolment, mailpit, refnis_code: str) -> tuple[httpx.Client, str]:
    staff = staff_member_set_up(enrolment, mailpit, refnis_code)
    return staff.portal, staff.email


def sign_in(
    portal: httpx.Client, email: str, password: str, code: str, next_path: str = "/"
) -> httpx.Response:
    """Both steps, as a browser does them: each form is served before it is posted."""
    portal.get("/login", params={"next": next_path})
    form = {"email": email, "password": password, "next": next_path}
    first = portal.post("/login", data={**form, "csrf_token": portal.cookies["pp_csrf"]})
    if first.status_code != 303:
        return first

    portal.get(first.headers["location"])
    form = {"code": code, "next": next_path, "csrf_token": portal.cookies["pp_csrf"]}
    return portal.post("/login/code", data=form)


def messages_to(mailpit: httpx.Client, email: str) -> list[dict]:
    found = mailpit.get("/api/v1/search", params={"query": f"to:{email}"}).json()
    return found["messages"]


def latest_message_to(mailpit: httpx.Client, email: str) -> dict | None:
    messages = messages_to(mailpit, email)
    return mailpit.get(f"/api/v1/message/{messages[0]['ID']}").json() if messages else None


def due_event(refnis_code: str, **changes) -> dict:
    document_id = changes.pop("document_id", f"test-{uuid.uuid4().hex[:12]}")
    event = {
        "issuer": "ris-social-integration",
        "document_id": document_id,
        "refnis_code": refnis_code,
        "legislation": "social-integration",
        "kind": "monthly-statement",
        "period": "2026-11",
        # Never before today: the test centres switch over today, and an earlier document
        # would rightly take the paper route.
        "issued_on": max(date(2026, 12, 6), today()).isoformat(),
        "content": {
            "kind": "monthly-statement",
            "lines": [
                {
                    "dossier_number": "2026/000123",
                    "beneficiary_ref": "BEN-0A1B2C",
                    "form": "B",
                    "category": "integration-income",
                    "month": "2026-11",
                    "amount": "1263.17",
                },
                {
                    "dossier_number": "2026/000124",
                    "beneficiary_ref": "BEN-0A1B2D",
                    "form": "D",
                    "category": "integration-project",
                    "month": "2026-11",
                    "amount": "126.32",
                },
            ],
        },
    }
    event.update(changes)
    return event


def publish_raw(topic: str, payloads: list[bytes], key: bytes = b"test") -> None:
    async def send() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=KAFKA, acks="all")
        await producer.start()
        try:
            for payload in payloads:
                await producer.send_and_wait(topic, payload, key=key)
        finally:
            await producer.stop()

    asyncio.run(send())
