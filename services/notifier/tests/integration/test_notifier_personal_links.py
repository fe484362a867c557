"""Personal links through the whole notifier app on the real Kafka, FerretDB and Mailpit.

A server that does not answer fails these tests; they never skip. Each run uses a database and
addresses of its own, so runs never see each other's data or mail.
"""

import asyncio
import os
import socket
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from faststream import TestApp

from contracts import topics
from contracts.events import PersonalLinkIssuedV1
from notifier.adapters.mongo import PERSONAL_LINKS, connect
from notifier.app import build_app
from notifier.settings import NotifierSettings
from servicekit.messaging import publish

pytestmark = pytest.mark.integration

MAILPIT = os.environ.get("PP_MAILPIT_URL", "http://127.0.0.1:18025")
ENROLMENT = "http://enrolment.example"
# Outside the base64url alphabet on purpose: the link must carry it URL-encoded.
TOKEN = "Zq7fP2wL9xK4mB1n+R8tV3yC6/dH0jS5gE2a="


@pytest.fixture
async def settings():
    settings = NotifierSettings(
        mongo_database=f"pp_notifier_test_{uuid.uuid4().hex[:12]}", enrolment_url=ENROLMENT
    )
    host, port = settings.kafka_bootstrap.split(",")[0].rsplit(":", 1)
    try:
        socket.create_connection((host, int(port)), timeout=2).close()
    except OSError as exc:
        pytest.fail(f"Kafka does not answer at {settings.kafka_bootstrap}: {exc}")
    client = connect(settings.mongo_url)
    # Fails here, within seconds rather than the driver's 30, when FerretDB is not running.
    await asyncio.wait_for(client.admin.command("ping"), timeout=5)
    yield settings
    await client.drop_database(settings.mongo_database)
    await client.close()


def issued(link_id: str, email: str) -> PersonalLinkIssuedV1:
    return PersonalLinkIssuedV1(
        link_id=link_id,
        purpose="consultant-invitation",
        email=email,
        language="fr",
        refnis_code="44021",
        site="enrolment",
        path="/setup",
        token=TOKEN,
        expires_at=datetime.now(UTC) + timedelta(days=3),
    )


async def messages_to(mailpit: httpx.AsyncClient, address: str, expected: int) -> list[dict]:
    # Generous: the consumer first joins its group, then Mailpit stores what it was sent.
    for _ in range(300):
        response = await mailpit.get("/api/v1/search", params={"query": f"to:{address}"})
        response.raise_for_status()
        found = response.json()["messages"]
        if len(found) >= expected:
            return found
        await asyncio.sleep(0.2)
    return found


async def test_a_personal_link_event_seen_twice_gives_one_email_with_its_link(settings):
    run = uuid.uuid4().hex[:12]
    consultant, later = f"consultant-{run}@ocmw.example", f"later-{run}@ocmw.example"
    event = issued(f"link-{run}", consultant)
    app = build_app(settings)

    async with httpx.AsyncClient(base_url=MAILPIT, timeout=10) as mailpit, TestApp(app):
        # One key, so one partition: once the later link's email is out, the duplicate before
        # it has been handled too.
        for sent in (event, event, issued(f"later-{run}", later)):
            await publish(app.broker, topics.PERSONAL_LINK_ISSUED, sent, key=run)
        assert await messages_to(mailpit, later, expected=1), "the later link was not emailed"

        found = await messages_to(mailpit, consultant, expected=1)
        message = (await mailpit.get(f"/api/v1/message/{found[0]['ID']}")).json()

    assert len(found) == 1
    assert found[0]["Subject"].startswith("Vous êtes conseiller en sécurité")
    link = f"{ENROLMENT}/setup?token=Zq7fP2wL9xK4mB1n%2BR8tV3yC6%2FdH0jS5gE2a%3D"
    assert link in message["Text"]
    assert f'href="{link}"' in message["HTML"]
    assert await _link_state(settings, event.link_id) == "sent"


async def _link_state(settings: NotifierSettings, link_id: str) -> str | None:
    client = connect(settings.mongo_url)
    try:
        found = await client[settings.mongo_database][PERSONAL_LINKS].find_one({"_id": link_id})
    finally:
        await client.close()
    return found and found["state"]
