"""The main job on real input: one month of documents for the 565 centres, end to end.

Goes through the enrolment service's own API (registry, language choice, switch-over, staff
access), follows one invitation as a staff member would, lets the reimbursement simulator emit a
whole month, waits until every document is in its mailbox and every digest is sent, and prints
a summary. Expects the servers and services to be running (see `make demo`).
"""

import asyncio
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter

import httpx
from aiokafka import AIOKafkaConsumer
from contracts.topics import DEAD_LETTER, DOCUMENT_DELIVERED
from notifier.adapters.mongo import ARRIVALS, DIGEST_EMAILS, digest_backlog
from pymongo import AsyncMongoClient
from servicekit.messaging import partitions_of

MONTH = os.environ.get("PP_DEMO_MONTH", "2026-11")
SEED = int(os.environ.get("PP_DEMO_SEED", "7"))
DUPLICATES, MALFORMED = 25, 6
# Brussels centres choose French or Dutch; the demo lets these ones choose Dutch.
BRUSSELS_DUTCH = ("21003", "21006", "21008", "21010", "21011", "21012")
DEMO_PASSWORD = "demo-password-2026"

ENROLMENT = f"http://127.0.0.1:{os.environ.get('PP_ENROLMENT_PORT', '8200')}"
PORTAL = os.environ.get(
    "PP_PORTAL_URL", f"http://127.0.0.1:{os.environ.get('PP_PORTAL_PORT', '8300')}"
)
MAILPIT = os.environ.get("PP_MAILPIT_URL", "http://127.0.0.1:18025")
KAFKA = os.environ.get("PP_KAFKA_BOOTSTRAP", "127.0.0.1:19092")
MONGO = os.environ.get("PP_MONGO_URL", "mongodb://127.0.0.1:27117/")
OPERATOR_TOKEN = os.environ.get("PP_OPERATOR_TOKEN", "local-operator-token-for-loopback-only")
OPERATOR = {"Authorization": f"Bearer {OPERATOR_TOKEN}"}
TIMEOUT_SECONDS = 600


def step(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


async def enrol_centres(api: httpx.AsyncClient) -> list[dict]:
    response = await api.post("/api/centres/registry")
    response.raise_for_status()
    for refnis_code in BRUSSELS_DUTCH:
        choice = {"language": "nl", "chosen_by": "demo"}
        (await api.put(f"/api/centres/{refnis_code}/language", json=choice)).raise_for_status()

    centres = (await api.get("/api/centres")).raise_for_status().json()
    effective = f"{MONTH}-01"
    for centre in centres:
        request = {"effective_date": effective, "approved_by": "security-cell"}
        response = await api.post(f"/api/centres/{centre['refnis_code']}/switch-over", json=request)
        response.raise_for_status()
    return centres


async def grant_staff(api: httpx.AsyncClient, centres: list[dict]) -> dict[str, str]:
    emails = {}
    for centre in centres:
        refnis_code = centre["refnis_code"]
        grant = {
            "email": f"staff-{refnis_code}@centres.example",
            "full_name": f"Staff member {refnis_code}",
            "granted_by": f"consultant-{refnis_code}",
        }
        response = await api.post(f"/api/centres/{refnis_code}/staff", json=grant)
        response.raise_for_status()
        emails[refnis_code] = grant["email"]
    return emails


async def wait_for(what: str, check, timeout: float = TIMEOUT_SECONDS, every: float = 1.0) -> None:
    # Not too often: each check reads the databases that the services are busy writing.
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            sys.exit(
                f"demo: gave up waiting for {what} after {timeout:.0f} s; see var/services/*.log"
            )
        await asyncio.sleep(every)


async def mailpit_total(mail: httpx.AsyncClient, query: str) -> int:
    response = await mail.get("/api/v1/search", params={"query": query, "limit": 1})
    return response.raise_for_status().json()["messages_count"]


async def set_up_one_staff_member(mail: httpx.AsyncClient, email: str) -> None:
    found = (await mail.get("/api/v1/search", params={"query": f"to:{email}"})).json()
    message = (await mail.get(f"/api/v1/message/{found['messages'][0]['ID']}")).json()
    token = re.search(r"/setup\?token=([A-Za-z0-9_-]+)", message["Text"]).group(1)

    async with httpx.AsyncClient(base_url=PORTAL) as portal:
        form = {"token": token, "password": DEMO_PASSWORD, "password_again": DEMO_PASSWORD}
        response = await portal.post("/setup", data=form)
        if response.status_code != 303:
            sys.exit(f"demo: setting up {email} failed with {response.status_code}")


def emit_month() -> dict:
    command = [
        sys.executable,
        "-m",
        "reimbursement_simulator",
        "emit",
        "--month",
        MONTH,
        "--seed",
        str(SEED),
        "--duplicates",
        str(DUPLICATES),
        "--malformed",
        str(MALFORMED),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"demo: the simulator failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout)


async def main() -> dict:
    """Runs the month and prints the summary; returns the figures a benchmark needs."""
    started = time.monotonic()
    mongo = AsyncMongoClient(MONGO, tz_aware=True)
    mailbox, notifier = mongo["pp_mailbox"], mongo["pp_notifier"]
    api = httpx.AsyncClient(base_url=ENROLMENT, headers=OPERATOR, timeout=30)
    mail = httpx.AsyncClient(base_url=MAILPIT, timeout=30)

    step("registering the 565 centres and switching them over")
    centres = await enrol_centres(api)
    step("granting one staff member of each centre access to its mailbox")
    emails = await grant_staff(api, centres)
    step("waiting for every centre and invitation to reach the services")
    await wait_for(
        "the centres to reach the mailbox",
        lambda: _count_at_least(mailbox["centres"], len(centres)),
    )
    await wait_for(
        "the centres to reach the renderer",
        lambda: _count_at_least(mongo["pp_renderer"]["centres"], len(centres)),
    )
    await wait_for("the invitations", lambda: _invitations_at_least(mail, len(emails)))

    first = sorted(emails)[0]
    await set_up_one_staff_member(mail, emails[first])

    step(f"emitting {MONTH} for every centre and legislation")
    emit_started = time.monotonic()
    emitted = emit_month()
    expected = emitted["documents"]
    # Kafka's offsets first, to keep from loading the database while it is busiest; then the
    # mailbox's own count, which is what counts.
    await wait_for(
        f"{expected} announcements of delivered documents",
        lambda: _at_least(messages_on(DOCUMENT_DELIVERED.name), expected),
    )
    await wait_for(
        f"{expected} documents in the mailboxes",
        lambda: _count_at_least(mailbox["documents"], expected),
        every=2.0,
    )
    await wait_for(
        "every digest to be sent",
        lambda: _digests_done(notifier, expected, len(emails)),
        every=2.0,
    )
    emit_seconds = time.monotonic() - emit_started

    await print_summary(mongo, mail, emitted, emails, first, started, emit_seconds)
    await mongo.close()
    return {"documents": expected, "emit_seconds": emit_seconds}


async def _count_at_least(collection, count: int) -> bool:
    return await collection.count_documents({}) >= count


async def _at_least(amount, count: int) -> bool:
    return await amount >= count


async def _invitations_at_least(mail: httpx.AsyncClient, count: int) -> bool:
    return await mailpit_total(mail, "setup?token") >= count


async def _digests_done(notifier, documents: int, staff_members: int) -> bool:
    # Every delivery recorded, none waiting, and every staff member mailed at least once.
    if await notifier[ARRIVALS].count_documents({}) < documents:
        return False
    backlog = await digest_backlog(notifier)
    idle = backlog["pending_notifications"] == 0 and backlog["open_digests"] == 0
    return idle and backlog["sent_digest_emails"] >= staff_members


async def print_summary(mongo, mail, emitted, emails, first, started, emit_seconds) -> None:
    mailbox, notifier = mongo["pp_mailbox"], mongo["pp_notifier"]
    fields = {"kind": 1, "legislation": 1, "refnis_code": 1}
    documents = await mailbox["documents"].find({}, fields).to_list()
    duplicates = await mailbox["refused_duplicates"].count_documents({})
    staff_mailed = await notifier[DIGEST_EMAILS].distinct("staff_member_id")
    messages = (await mail.get("/api/v1/messages", params={"limit": 1})).json()["messages_count"]
    invitations = await mailpit_total(mail, "setup?token")

    print(f"\nPersonal Pages demo: {MONTH} for every centre (seed {SEED})\n")
    _print_table(Counter((d["kind"], d["legislation"]) for d in documents))
    rows = [
        ("documents filed", len(documents)),
        ("centres reached", f"{len({d['refnis_code'] for d in documents})} of {len(emails)}"),
        (
            "digest emails sent",
            f"{messages - invitations}, to {len(staff_mailed)} of {len(emails)} staff members",
        ),
        ("invitation emails sent", invitations),
        (
            "dead-lettered",
            f"{await messages_on(DEAD_LETTER.name)} ({emitted['malformed_sent']} sent malformed)",
        ),
        ("duplicates refused", f"{duplicates} ({emitted['duplicates_sent']} re-sent)"),
        ("month, first event to last email", f"{emit_seconds:.1f} s"),
        ("whole demo", f"{time.monotonic() - started:.1f} s"),
        ("staff portal", f"{PORTAL}  (sign in as {emails[first]} / {DEMO_PASSWORD})"),
        ("Mailpit", MAILPIT),
    ]
    for label, value in rows:
        print(f"  {label + ':':<34} {value}")
    print("\nThe services keep running until `make stop`.")


def _print_table(counts: Counter) -> None:
    legislations = sorted({legislation for _, legislation in counts})
    print(f"  {'documents':<20}" + "".join(f"{name:>22}" for name in legislations))
    for kind in sorted({kind for kind, _ in counts}):
        cells = "".join(f"{counts[(kind, name)]:>22}" for name in legislations)
        print(f"  {kind:<20}{cells}")
    print()


async def messages_on(topic: str) -> int:
    """How many messages a topic holds: cheap to ask, unlike a count in the database."""
    partitions = await partitions_of(KAFKA, topic)
    consumer = AIOKafkaConsumer(bootstrap_servers=KAFKA)
    await consumer.start()
    try:
        ends = await consumer.end_offsets(partitions)
        starts = await consumer.beginning_offsets(partitions)
        return sum(ends[p] - starts[p] for p in partitions)
    finally:
        await consumer.stop()


if __name__ == "__main__":
    asyncio.run(main())
