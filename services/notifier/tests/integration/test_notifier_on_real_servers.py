"""The notifier's store and mail on the real FerretDB and Mailpit that scripts/servers starts.

A server that does not answer fails these tests; they never skip. Each run uses a database of
its own and addresses of its own, so runs never see each other's data or mail.
"""

import asyncio
import os
import socket
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from contracts.events import DocumentDeliveredV1, StaffAccessGrantedV1, StaffAccessRevokedV1
from notifier import handlers
from notifier.adapters.mongo import MongoNotifierStore, connect, create_indexes, digest_backlog
from notifier.adapters.smtp import SmtpMailSender
from notifier.digests import DigestPolicy, flush_digests
from notifier.settings import NotifierSettings

pytestmark = pytest.mark.integration

MAILPIT = os.environ.get("PP_MAILPIT_URL", "http://127.0.0.1:18025")
GHENT = "44021"
PORTAL = "http://portal.example"
POLICY = DigestPolicy(quiet=timedelta(seconds=3), max_wait=timedelta(seconds=60), portal_url=PORTAL)


@pytest.fixture
def run() -> str:
    return uuid.uuid4().hex[:12]


@pytest.fixture
def settings(run) -> NotifierSettings:
    return NotifierSettings(mongo_database=f"pp_notifier_test_{run}", portal_url=PORTAL)


@pytest.fixture
async def db(settings):
    client = connect(settings.mongo_url)
    # Fails here, within seconds rather than the driver's 30, when FerretDB is not running.
    await asyncio.wait_for(client.admin.command("ping"), timeout=5)
    database = client[settings.mongo_database]
    await create_indexes(database)
    yield database
    await client.drop_database(settings.mongo_database)
    await client.close()


@pytest.fixture
async def mailpit():
    async with httpx.AsyncClient(base_url=MAILPIT, timeout=10) as client:
        (await client.get("/api/v1/messages", params={"limit": 1})).raise_for_status()
        yield client


def grant(staff_member_id: str, email: str, language: str, at: datetime):
    return StaffAccessGrantedV1(
        staff_member_id=staff_member_id,
        refnis_code=GHENT,
        email=email,
        full_name="Invented Staff Member",
        language=language,
        granted_by="security-consultant-0001",
        granted_at=at,
    )


def revoke(staff_member_id: str, at: datetime):
    return StaffAccessRevokedV1(
        staff_member_id=staff_member_id,
        refnis_code=GHENT,
        revoked_by="security-consultant-0001",
        revoked_at=at,
    )


def delivered(run: str, number: int, now: datetime) -> DocumentDeliveredV1:
    return DocumentDeliveredV1(
        mailbox_document_id=f"mbx-{run}-{number}",
        issuer="rmi-reimbursements",
        document_id=f"RMI-{run}-{number}",
        refnis_code=GHENT,
        legislation="social-integration",
        kind="monthly-statement",
        period="2026-11",
        delivered_at=now,
    )


async def messages_to(mailpit: httpx.AsyncClient, address: str, expected: int) -> list[dict]:
    # Mailpit stores a message a moment after the SMTP conversation ends.
    for _ in range(50):
        response = await mailpit.get("/api/v1/search", params={"query": f"to:{address}"})
        response.raise_for_status()
        found = response.json()["messages"]
        if len(found) >= expected:
            return found
        await asyncio.sleep(0.1)
    return found


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_a_digest_reaches_each_active_staff_member_once(db, mailpit, settings, run):
    store = MongoNotifierStore(db)
    now = datetime.now(UTC)
    dutch, french, gone = (f"{lang}-{run}@ocmw.example" for lang in ("nl", "fr", "gone"))
    await handlers.grant_access(grant(f"nl-{run}", dutch, "nl", now - timedelta(days=1)), store)
    await handlers.grant_access(grant(f"fr-{run}", french, "fr", now - timedelta(days=1)), store)
    await handlers.grant_access(grant(f"gone-{run}", gone, "nl", now - timedelta(days=2)), store)
    await handlers.revoke_access(revoke(f"gone-{run}", now - timedelta(days=1)), store)
    for number in (1, 2, 3, 3):
        await handlers.record_arrival(delivered(run, number, now), store, now=now)

    await flush_digests(store, SmtpMailSender(settings), POLICY, now=now + timedelta(seconds=3))

    [summary] = await messages_to(mailpit, dutch, expected=1)
    assert summary["Subject"] == "3 nieuwe documenten in uw Persoonlijke Pagina's"
    message = (await mailpit.get(f"/api/v1/message/{summary['ID']}")).json()
    assert f"{PORTAL}/documents/mbx-{run}-1" in message["Text"]
    assert f'href="{PORTAL}/documents/mbx-{run}-3"' in message["HTML"]
    assert message["MessageID"]

    [summary] = await messages_to(mailpit, french, expected=1)
    assert summary["Subject"] == "3 nouveaux documents dans vos Pages personnelles"
    assert await messages_to(mailpit, gone, expected=1) == []

    assert await digest_backlog(db) == {
        "pending_notifications": 0,
        "claimed_unsent_notifications": 0,
        "open_digests": 0,
        "sent_digests": 1,
        "sent_digest_emails": 2,
        "sent_invitations": 0,
    }


async def test_a_digest_the_mail_server_missed_goes_out_on_a_later_flush(
    db, mailpit, settings, run
):
    store = MongoNotifierStore(db)
    now = datetime.now(UTC)
    address = f"nl-{run}@ocmw.example"
    await handlers.grant_access(grant(f"nl-{run}", address, "nl", now), store)
    await handlers.record_arrival(delivered(run, 1, now), store, now=now)
    unreachable = settings.model_copy(update={"smtp_port": closed_port()})

    await flush_digests(store, SmtpMailSender(unreachable), POLICY, now=now + timedelta(seconds=3))
    backlog = await digest_backlog(db)
    assert (backlog["open_digests"], backlog["claimed_unsent_notifications"]) == (1, 1)

    await flush_digests(store, SmtpMailSender(settings), POLICY, now=now + timedelta(seconds=4))
    [summary] = await messages_to(mailpit, address, expected=1)
    assert summary["Subject"] == "1 nieuw document in uw Persoonlijke Pagina's"
    assert (await digest_backlog(db))["open_digests"] == 0


async def test_a_late_replayed_grant_does_not_undo_a_revocation(db, run):
    store = MongoNotifierStore(db)
    now = datetime.now(UTC)
    granted = grant(f"nl-{run}", f"nl-{run}@ocmw.example", "nl", now - timedelta(hours=1))

    await handlers.grant_access(granted, store)
    await handlers.revoke_access(revoke(f"nl-{run}", now), store)
    await handlers.grant_access(granted, store)

    assert await store.active_staff(GHENT) == []
