"""The whole app, with its start-up and shut-down hooks, on the real FerretDB and Mailpit.

Kafka is FastStream's in-memory stand-in here: what is checked is the subscribers' wiring.
"""

import asyncio
import os
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from faststream import TestApp
from faststream.kafka import TestKafkaBroker

from contracts import topics
from contracts.events import DocumentDeliveredV1, StaffAccessGrantedV1, StaffInvitedV1
from notifier.adapters.mongo import connect
from notifier.app import build_app
from notifier.settings import NotifierSettings

pytestmark = pytest.mark.integration

MAILPIT = os.environ.get("PP_MAILPIT_URL", "http://127.0.0.1:18025")
PORTAL = "http://portal.example"
GHENT = "44021"


@pytest.fixture
async def settings():
    settings = NotifierSettings(
        mongo_database=f"pp_notifier_test_{uuid.uuid4().hex[:12]}",
        portal_url=PORTAL,
        digest_quiet_seconds=0.3,
        flush_interval_seconds=0.1,
    )
    client = connect(settings.mongo_url)
    # Fails here, within seconds rather than the driver's 30, when FerretDB is not running.
    await asyncio.wait_for(client.admin.command("ping"), timeout=5)
    yield settings
    await client.drop_database(settings.mongo_database)
    await client.close()


async def search(address: str, expected: int) -> list[dict]:
    async with httpx.AsyncClient(base_url=MAILPIT, timeout=10) as mailpit:
        for _ in range(100):
            response = await mailpit.get("/api/v1/search", params={"query": f"to:{address}"})
            response.raise_for_status()
            found = response.json()["messages"]
            if len(found) >= expected:
                return found
            await asyncio.sleep(0.1)
    return found


async def test_events_become_an_invitation_and_a_digest(settings):
    run = uuid.uuid4().hex[:12]
    address = f"app-{run}@ocmw.example"
    now = datetime.now(UTC)
    granted = StaffAccessGrantedV1(
        staff_member_id=f"app-{run}",
        refnis_code=GHENT,
        email=address,
        full_name="Invented Staff Member",
        language="de",
        granted_by="security-consultant-0001",
        granted_at=now,
    )
    invited = StaffInvitedV1(
        staff_member_id=f"app-{run}",
        refnis_code=GHENT,
        email=address,
        language="de",
        setup_token="s" * 40,
        expires_at=now + timedelta(days=7),
    )
    delivered = DocumentDeliveredV1(
        mailbox_document_id=f"mbx-{run}",
        issuer="rmi-reimbursements",
        document_id=f"RMI-{run}",
        refnis_code=GHENT,
        legislation="aid-1965",
        kind="refused-forms",
        period="2026-11",
        delivered_at=now,
    )
    app = build_app(settings)

    async with TestKafkaBroker(app.broker) as broker, TestApp(app):
        await broker.publish(
            granted.model_dump(mode="json"), topic=topics.STAFF_ACCESS_GRANTED.name
        )
        await broker.publish(invited.model_dump(mode="json"), topic=topics.STAFF_INVITED.name)
        await broker.publish(invited.model_dump(mode="json"), topic=topics.STAFF_INVITED.name)
        await broker.publish(
            delivered.model_dump(mode="json"), topic=topics.DOCUMENT_DELIVERED.name
        )

        found = await search(address, expected=2)

    subjects = sorted(message["Subject"] for message in found)
    assert subjects == [
        "1 neues Dokument in Ihren Persönlichen Seiten",
        f"Ihr Zugang zu den Persönlichen Seiten (ÖSHZ, NIS-Code {GHENT})",
    ]
