"""The main job on real input: one month of documents for the 565 centres, end to end.

First the enrolment workflow, as its people go through it (demo_enrolment.py): about a hundred
centres apply, the security cell reviews them, most switch over from today and some from a later
date, their consultants invite staff; every other centre stays on paper. Then the reimbursement
simulator emits a whole month; the demo waits until every document is in a mailbox or on the
print-and-post queue and every digest is sent, has one staff member sign in and read a document,
and prints a summary that says whether every figure adds up (exit status 1 if not). Expects the
servers and services to be running (see `make demo`).
"""

import asyncio
import json
import os
import subprocess
import sys
import textwrap
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import httpx
from aiokafka import AIOKafkaConsumer
from contracts.topics import DEAD_LETTER, DOCUMENT_DELIVERED
from demo_enrolment import (
    DEMO_PASSWORD,
    Account,
    DemoFailed,
    Enrolled,
    Outcome,
    applications_by_state,
    call,
    emailed_setup_token,
    enrol,
    read_a_document,
    set_up_on_portal,
    sign_in,
    step,
)
from notifier.adapters.mongo import (
    ARRIVALS,
    DIGEST_EMAILS,
    INVITATIONS,
    PERSONAL_LINKS,
    SENT,
    digest_backlog,
)
from pymongo import AsyncMongoClient
from reimbursement_simulator.domain.calendar import gathering_day_after, months_before
from servicekit.messaging import partitions_of
from signin import totp

TODAY = datetime.now(UTC).date()  # the enrolment service refuses an effective date before it


def demo_month(today: date) -> str:
    """The latest month whose documents are not issued yet: those of a centre switched over
    from today go to its mailbox. Its documents are issued on the first Sunday after it."""
    this_month = today.strftime("%Y-%m")
    last_month = months_before(this_month, 1)
    return last_month if gathering_day_after(last_month) >= today else this_month


def later_date(month: str) -> date:
    """The first day of the month after the documents' issue: approved, yet on paper for now."""
    issued = gathering_day_after(month)
    return (issued.replace(day=1) + timedelta(days=32)).replace(day=1)


MONTH = os.environ.get("PP_DEMO_MONTH") or demo_month(TODAY)
SEED = int(os.environ.get("PP_DEMO_SEED", "7"))
LATER = later_date(MONTH)
DUPLICATES, MALFORMED = 25, 6

ENROLMENT = os.environ.get(
    "PP_ENROLMENT_URL", f"http://127.0.0.1:{os.environ.get('PP_ENROLMENT_PORT', '8200')}"
)
PORTAL = os.environ.get(
    "PP_PORTAL_URL", f"http://127.0.0.1:{os.environ.get('PP_PORTAL_PORT', '8300')}"
)
OPERATIONS = f"http://127.0.0.1:{os.environ.get('PP_OPERATIONS_PORT', '8310')}"
MAILPIT = os.environ.get("PP_MAILPIT_URL", "http://127.0.0.1:18025")
KAFKA = os.environ.get("PP_KAFKA_BOOTSTRAP", "127.0.0.1:19092")
MONGO = os.environ.get("PP_MONGO_URL", "mongodb://127.0.0.1:27117/")
OPERATOR_TOKEN = os.environ.get("PP_OPERATOR_TOKEN", "local-operator-token-for-loopback-only")
OPERATOR = {"Authorization": f"Bearer {OPERATOR_TOKEN}"}
TIMEOUT_SECONDS = 600


# Waiting


async def wait_for(what: str, check, timeout: float = TIMEOUT_SECONDS, every: float = 1.0) -> None:
    # Not too often: each check reads the databases that the services are busy writing.
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise DemoFailed(f"gave up waiting for {what} after {timeout:.0f} s")
        await asyncio.sleep(every)


async def _count_at_least(collection, count: int, query: dict | None = None) -> bool:
    return await collection.count_documents(query or {}) >= count


async def _at_least(amount, count: int) -> bool:
    return await amount >= count


async def _routed_at_least(operations: httpx.AsyncClient, count: int) -> bool:
    channels = await call(operations, "GET", "/api/channels")
    return channels["electronic"] + channels["paper"] >= count


async def _switch_overs_known(operations: httpx.AsyncClient, count: int) -> bool:
    return (await call(operations, "GET", "/api/channels"))["centres_switched_over"] >= count


async def _digests_done(notifier, documents: int, staff_members: int) -> bool:
    # Every delivery recorded, none waiting, and every staff member mailed at least once.
    if await notifier[ARRIVALS].count_documents({}) < documents:
        return False
    backlog = await digest_backlog(notifier)
    idle = backlog["pending_notifications"] == 0 and backlog["open_digests"] == 0
    return idle and backlog["sent_digest_emails"] >= staff_members


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


# The month


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
        raise DemoFailed(f"the simulator failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout)


# The whole demo


async def main() -> dict:
    """Runs the month and prints the summary; returns the figures a benchmark needs."""
    try:
        return await run()
    except DemoFailed as error:
        sys.exit(f"demo: {error}\nSee var/services/*.log (var/test*/ under the test environment).")


async def run() -> dict:
    started = time.monotonic()
    mongo = AsyncMongoClient(MONGO, tz_aware=True)
    async with (
        httpx.AsyncClient(base_url=ENROLMENT, timeout=60) as api,
        httpx.AsyncClient(base_url=MAILPIT, timeout=30) as mail,
        httpx.AsyncClient(base_url=OPERATIONS, headers=OPERATOR, timeout=60) as operations,
    ):
        enrolled = await enrol(api, mail, OPERATOR, LATER)
        await wait_until_services_know(mongo, operations, enrolled)
        reader = enrolled.reader
        step(f"{reader.email} sets up their portal account from the emailed link")
        await set_up_on_portal(PORTAL, reader, await emailed_setup_token(mail, reader.email))

        step(f"emitting {MONTH} for every centre and legislation")
        emit_started = time.monotonic()
        emitted = emit_month()
        await wait_until_routed(mongo, operations, enrolled, emitted)
        emit_seconds = time.monotonic() - emit_started

        step(f"{reader.email} signs in to the portal and reads a document")
        listed = await read_a_document(PORTAL, reader)
        audit = mongo["pp_enrolment"]["audit"]
        downloads = {"action": "document_downloaded"}
        await wait_for("the download's audit entry", lambda: _count_at_least(audit, 1, downloads))

        figures = Figures(emitted, emit_seconds, started, listed)
        problems = await print_summary(mongo, mail, api, operations, enrolled, figures)
    await mongo.close()
    if problems:
        sys.exit("demo: the figures do not add up:\n  " + "\n  ".join(problems))
    return {"documents": emitted["documents"], "emit_seconds": emit_seconds}


async def wait_until_services_know(mongo, operations: httpx.AsyncClient, enrolled: Enrolled):
    """Centres, language choices, switch-overs and invitations reach the services before the
    month does: a document rendered or filed earlier would go the old way."""
    step("waiting for every centre, switch-over and invitation to reach the services")
    renderer, mailbox = mongo["pp_renderer"]["centres"], mongo["pp_mailbox"]["centres"]
    await wait_for("the centres to reach the mailbox", lambda: _count_at_least(mailbox, 565))
    await wait_for("the centres to reach the renderer", lambda: _count_at_least(renderer, 565))

    dutch = [a.refnis_code for a in enrolled.applicants if a.approved and a.chooses_dutch]
    chosen = {"_id": {"$in": dutch}, "language": "nl"}
    await wait_for(
        "the Brussels centres' choice of Dutch to reach the renderer",
        lambda: _count_at_least(renderer, len(dutch), chosen),
    )
    approved = len(enrolled.consultants)
    await wait_for(
        f"{approved} switch-overs to reach the mailbox",
        lambda: _switch_overs_known(operations, approved),
    )
    await wait_for(
        f"{len(enrolled.staff)} staff invitations",
        lambda: _count_at_least(mongo["pp_notifier"][INVITATIONS], len(enrolled.staff)),
    )


async def wait_until_routed(mongo, operations, enrolled: Enrolled, emitted: dict) -> None:
    expected = emitted["documents"]
    electronic = emitted["electronic_documents"]
    # Kafka's offsets first, to keep from loading the database while it is busiest; then the
    # mailbox's and the print queue's own counts, which are what counts.
    await wait_for(
        f"{electronic} announcements of delivered documents",
        lambda: _at_least(messages_on(DOCUMENT_DELIVERED.name), electronic),
    )
    await wait_for(
        f"{expected} documents in the mailboxes or on the print queue",
        lambda: _routed_at_least(operations, expected),
        every=3.0,
    )
    readers = len(_staff_with_mail(enrolled))
    await wait_for(
        "every digest to be sent",
        lambda: _digests_done(mongo["pp_notifier"], electronic, readers),
        every=2.0,
    )


def _staff_with_mail(enrolled: Enrolled) -> list[Account]:
    """The staff members of centres switched over from today: this month's digests are theirs."""
    now = {a.refnis_code for a in enrolled.applicants if a.outcome is Outcome.EFFECTIVE_NOW}
    return [member for code, member in enrolled.staff.items() if code in now]


# The summary


@dataclass(frozen=True)
class Figures:
    emitted: dict
    emit_seconds: float
    started: float
    documents_listed: int  # in the reader's inbox


async def print_summary(mongo, mail, api, operations, enrolled: Enrolled, figures: Figures):
    """Prints the summary; returns what does not add up."""
    emitted = figures.emitted
    fields = {"kind": 1, "legislation": 1, "refnis_code": 1}
    filed = await mongo["pp_mailbox"]["documents"].find({}, fields).to_list()
    fields["paper_because"] = 1
    paper = await mongo["pp_mailbox"]["print_queue"].find({}, fields).to_list()
    channels = await call(operations, "GET", "/api/channels")

    print(f"\nPersonal Pages demo: {MONTH} for every centre (seed {SEED})\n")
    _print_table(filed, paper)
    routes = _route_rows(filed, paper, channels, enrolled)
    enrolment = await _enrolment_rows(mongo, api, enrolled)
    emails, email_problems = await _email_rows(mongo, mail, enrolled)
    delivery = await _delivery_rows(mongo, emitted)
    for label, value in [*routes, *enrolment, *emails, *delivery, *_timing_rows(figures)]:
        print(_row(label, value))
    _print_addresses(enrolled, figures)

    problems = _route_problems(filed, channels, enrolled, emitted) + email_problems
    problems += await _delivery_problems(mongo, emitted)
    print("\nEvery figure adds up." if not problems else "")
    print("The services keep running until `make stop`.")
    return problems


def _row(label: str, value) -> str:
    # Long values (the audit's actions, the emails by purpose) wrap under themselves.
    start = f"  {label + ':':<36} "
    indent = " " * len(start)
    return textwrap.fill(
        str(value), 100, initial_indent=start, subsequent_indent=indent, break_on_hyphens=False
    )


def _print_table(filed: list[dict], paper: list[dict]) -> None:
    mailbox = Counter((d["kind"], d["legislation"]) for d in filed)
    printed = Counter((d["kind"], d["legislation"]) for d in paper)
    legislations = sorted({legislation for _, legislation in mailbox + printed})
    print("  documents, to mailboxes + to the print queue")
    print(f"  {'':<20}" + "".join(f"{name:>24}" for name in legislations))
    for kind in sorted({kind for kind, _ in mailbox + printed}):
        cells = "".join(
            f"{f'{mailbox[(kind, name)]} + {printed[(kind, name)]}':>24}" for name in legislations
        )
        print(f"  {kind:<20}{cells}")
    print()


def _route_rows(filed: list[dict], paper: list[dict], channels: dict, enrolled) -> list[tuple]:
    because = Counter(entry["paper_because"] for entry in paper)
    outcomes = Counter(applicant.outcome for applicant in enrolled.applicants)
    return [
        ("to mailboxes", f"{channels['electronic']} documents, {_centres(filed)} centres"),
        (
            "to the print-and-post queue",
            f"{channels['paper']} documents, {_centres(paper)} centres "
            f"({channels['paper_queued']} waiting for the printer)",
        ),
        ("on paper because", ", ".join(f"{reason} {n}" for reason, n in because.most_common())),
        ("centres switched over from today", f"{outcomes[Outcome.EFFECTIVE_NOW]} ({TODAY})"),
        (
            "approved, not yet effective",
            f"{outcomes[Outcome.EFFECTIVE_LATER]} centres (from {LATER}: on paper this month)",
        ),
    ]


def _centres(documents: list[dict]) -> int:
    return len({document["refnis_code"] for document in documents})


async def _enrolment_rows(mongo, api: httpx.AsyncClient, enrolled: Enrolled) -> list[tuple]:
    # Signed in afresh: the session of the review may have expired while the month ran.
    await sign_in(api, enrolled.cell_member)
    states = await applications_by_state(api, enrolled.cell_member)
    audit = mongo["pp_enrolment"]["audit"]
    actions = Counter([entry["action"] async for entry in audit.find({}, {"action": 1})])
    listed = ", ".join(f"{action} {n}" for action, n in actions.most_common())
    return [
        ("applications", ", ".join(f"{state} {n}" for state, n in states.items())),
        ("audit entries recorded", f"{actions.total()}: {listed}"),
    ]


async def _email_rows(mongo, mail: httpx.AsyncClient, enrolled: Enrolled):
    notifier = mongo["pp_notifier"]
    digests = await notifier[DIGEST_EMAILS].count_documents({})
    mailed = set(await notifier[DIGEST_EMAILS].distinct("staff_member_id"))
    invitations = await notifier[INVITATIONS].count_documents({})
    sent_links = notifier[PERSONAL_LINKS].find({"state": SENT}, {"purpose": 1})
    links = Counter([link["purpose"] async for link in sent_links])
    in_mailpit = (await mail.get("/api/v1/messages", params={"limit": 1})).json()
    readers = _staff_with_mail(enrolled)

    rows = [
        ("digest emails sent", f"{digests}, to {len(mailed)} of {len(readers)} staff members"),
        ("staff invitations sent", f"{invitations} of {len(enrolled.staff)} staff granted"),
        ("links to the enrolment pages sent", ", ".join(f"{n} {p}" for p, n in links.items())),
        ("emails in Mailpit", in_mailpit["messages_count"]),
    ]
    problems = []
    if len(mailed) < len(readers):
        problems.append(f"{len(readers) - len(mailed)} staff members got no digest")
    if invitations != len(enrolled.staff):
        problems.append(f"{invitations} staff invitations sent for {len(enrolled.staff)} grants")
    if in_mailpit["messages_count"] != digests + invitations + links.total():
        problems.append(
            f"Mailpit holds {in_mailpit['messages_count']} emails, the notifier sent "
            f"{digests + invitations + links.total()}"
        )
    return rows, problems


async def _delivery_rows(mongo, emitted: dict) -> list[tuple]:
    duplicates = await mongo["pp_mailbox"]["refused_duplicates"].count_documents({})
    dead = await messages_on(DEAD_LETTER.name)
    return [
        ("dead-lettered", f"{dead} ({emitted['malformed_sent']} sent malformed)"),
        ("duplicates refused", f"{duplicates} ({emitted['duplicates_sent']} re-sent)"),
    ]


def _timing_rows(figures: Figures) -> list[tuple]:
    return [
        ("month, first event to last email", f"{figures.emit_seconds:.1f} s"),
        ("whole demo", f"{time.monotonic() - figures.started:.1f} s"),
    ]


def _route_problems(filed, channels: dict, enrolled: Enrolled, emitted: dict) -> list[str]:
    """The mailboxes and the print queue, as the operators' API counts them, against what the
    simulator says the agency no longer prints."""
    problems = []
    electronic, paper = emitted["electronic_documents"], emitted["paper_documents"]
    if channels["electronic"] != electronic:
        problems.append(f"{channels['electronic']} documents in mailboxes, simulator: {electronic}")
    if channels["paper"] != paper:
        problems.append(f"{channels['paper']} documents on the print queue, simulator: {paper}")
    if electronic + paper != emitted["documents"]:
        problems.append(f"the simulator routes {electronic + paper} of {emitted['documents']}")
    if emitted["centres_switched_over"] != len(enrolled.consultants):
        problems.append(
            f"the simulator knew {emitted['centres_switched_over']} switch-overs "
            f"of {len(enrolled.consultants)} approved"
        )
    now = {a.refnis_code for a in enrolled.applicants if a.outcome is Outcome.EFFECTIVE_NOW}
    if {document["refnis_code"] for document in filed} != now:
        problems.append("the centres with mailbox documents are not those switched over today")
    return problems


async def _delivery_problems(mongo, emitted: dict) -> list[str]:
    problems = []
    dead = await messages_on(DEAD_LETTER.name)
    if dead != emitted["malformed_sent"]:
        problems.append(f"{dead} dead letters for {emitted['malformed_sent']} malformed events")
    duplicates = await mongo["pp_mailbox"]["refused_duplicates"].count_documents({})
    if duplicates != emitted["duplicates_sent"]:
        problems.append(f"{duplicates} duplicates refused of {emitted['duplicates_sent']} re-sent")
    return problems


def _print_addresses(enrolled: Enrolled, figures: Figures) -> None:
    cell, reader = enrolled.cell_member, enrolled.reader
    reader_centre = reader.email.removeprefix("staff-").split("@")[0]
    consultant = enrolled.consultants[reader_centre]
    print(f"\n  Every account's password is {DEMO_PASSWORD}; add its secret to a token app.")
    print(f"  enrolment pages      {ENROLMENT}/login")
    print(f"    security cell      {cell.email}  secret {totp.grouped(cell.secret)}")
    print(f"    consultant         {consultant.email}  secret {totp.grouped(consultant.secret)}")
    print(f"  staff portal         {PORTAL}/login")
    print(f"    staff member       {reader.email}  secret {totp.grouped(reader.secret)}")
    print(f"                       (read one of the {figures.documents_listed} documents listed)")
    print(f"  Mailpit              {MAILPIT}")
    print(f"  operators' API       {OPERATIONS}/docs  (with the operator token, PP_OPERATOR_TOKEN)")


if __name__ == "__main__":
    asyncio.run(main())
