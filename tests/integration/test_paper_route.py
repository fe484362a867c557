"""The paper route on the real servers: switch-overs decide whether a document is printed and
posted or filed in the mailbox, and operators see the print queue and the waiting centres."""

import hashlib
import json
import os
import subprocess
import sys
import uuid
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from contracts.events import CentreSwitchedOverV1
from contracts.topics import CENTRE_SWITCHED_OVER, DOCUMENT_DUE
from minio import Minio

from tests.conftest import ROOT, due_event, publish_raw, wait_until

OPERATIONS = f"http://127.0.0.1:{os.environ.get('PP_OPERATIONS_PORT', '8310')}"
TOKEN = os.environ.get("PP_OPERATOR_TOKEN", "local-operator-token-for-loopback-only")
# Whatever cut-off the services run with, the dates below fall on the side each test needs.
CUTOFF = date.fromisoformat(os.environ.get("PP_NATIONAL_CUTOFF", "2027-07-01"))

# Centres that no other test uses, so that what each test counts is its own.
BRUGGE, NIVELLES, KORTRIJK, ARLON, MONS = "31005", "25072", "34022", "81001", "53053"


@pytest.fixture(scope="module")
def operations(services) -> httpx.Client:
    with httpx.Client(
        base_url=OPERATIONS, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30
    ) as client:
        yield client


def switched_over(mongo, refnis_code: str, effective_date: date) -> None:
    """Publishes the switch-over and waits until the mailbox knows it, as the demo does."""
    event = CentreSwitchedOverV1(
        refnis_code=refnis_code, effective_date=effective_date, approved_by="security-cell-test"
    )
    publish_raw(CENTRE_SWITCHED_OVER.name, [event.model_dump_json().encode()], refnis_code.encode())
    wait_until(
        f"the switch-over of {refnis_code}",
        lambda: mongo["pp_mailbox"]["switch_overs"].find_one(
            {"_id": refnis_code, "effective_date": effective_date.isoformat()}
        ),
    )


def due_on(refnis_code: str, issued_on: date) -> dict:
    return due_event(
        refnis_code, issued_on=issued_on.isoformat(), document_id=f"paper-{uuid.uuid4().hex[:12]}"
    )


def publish_due(*events: dict) -> None:
    for event in events:
        publish_raw(DOCUMENT_DUE.name, [json.dumps(event).encode()], event["refnis_code"].encode())


def queued(mongo, document_id: str) -> dict | None:
    return mongo["pp_mailbox"]["print_queue"].find_one({"document_id": document_id})


def filed(mongo, document_id: str) -> dict | None:
    return mongo["pp_mailbox"]["documents"].find_one({"document_id": document_id})


def test_a_document_due_before_the_effective_date_is_printed_one_due_on_it_is_filed(
    mongo, centres_ready, operations
):
    effective = CUTOFF - timedelta(days=30)
    switched_over(mongo, BRUGGE, effective)
    before, on = due_on(BRUGGE, effective - timedelta(days=1)), due_on(BRUGGE, effective)

    publish_due(before, on)

    entry = wait_until("the print entry", lambda: queued(mongo, before["document_id"]))
    record = wait_until("the mailbox record", lambda: filed(mongo, on["document_id"]))
    assert filed(mongo, before["document_id"]) is None
    assert queued(mongo, on["document_id"]) is None
    assert (entry["status"], entry["paper_because"]) == ("queued", "before-effective-date")
    assert record["electronic_by"] == "switched-over"
    pdf = _s3().get_object("pp-print", entry["object_key"]).read()
    assert hashlib.sha256(pdf).hexdigest() == entry["sha256"]

    listed = operations.get("/api/print-queue", params={"refnis_code": BRUGGE}).json()
    fetched = operations.get(f"/api/print-queue/{entry['_id']}/pdf")
    assert [e["document_id"] for e in listed["entries"]] == [before["document_id"]]
    assert fetched.status_code == 200 and fetched.content == pdf


def test_the_print_provider_marks_an_entry_printed_once(mongo, centres_ready, operations):
    switched_over(mongo, KORTRIJK, CUTOFF - timedelta(days=10))
    event = due_on(KORTRIJK, CUTOFF - timedelta(days=20))
    publish_due(event)
    entry = wait_until("the print entry", lambda: queued(mongo, event["document_id"]))

    printed = operations.post(
        f"/api/print-queue/{entry['_id']}/printed", json={"printed_by": "print-provider"}
    )
    again = operations.post(
        f"/api/print-queue/{entry['_id']}/printed", json={"printed_by": "someone-else"}
    )
    still_queued = operations.get(
        "/api/print-queue", params={"refnis_code": KORTRIJK, "status": "queued"}
    ).json()

    assert printed.status_code == 200 and printed.json()["printed_by"] == "print-provider"
    assert again.status_code == 409 and "print-provider" in again.json()["detail"]
    assert event["document_id"] not in [e["document_id"] for e in still_queued["entries"]]
    assert queued(mongo, event["document_id"])["status"] == "printed"
    unauthorised = httpx.get(f"{OPERATIONS}/api/print-queue", timeout=10)
    assert unauthorised.status_code == 401


def test_the_same_paper_document_twice_gives_one_print_entry(mongo, centres_ready):
    event = due_on(KORTRIJK, CUTOFF - timedelta(days=40))
    payload = json.dumps(event).encode()

    publish_raw(DOCUMENT_DUE.name, [payload, payload], key=KORTRIJK.encode())

    wait_until("the print entry", lambda: queued(mongo, event["document_id"]))
    wait_until(
        "the second one refused as a duplicate",
        lambda: mongo["pp_mailbox"]["refused_duplicates"].find_one(
            {"document_id": event["document_id"]}
        ),
    )
    queue = mongo["pp_mailbox"]["print_queue"]
    assert queue.count_documents({"document_id": event["document_id"]}) == 1
    assert filed(mongo, event["document_id"]) is None


def test_after_the_cutoff_a_centre_that_never_switched_over_gets_its_mail_and_waits(
    mongo, centres_ready, operations
):
    event = due_on(NIVELLES, CUTOFF + timedelta(days=1))

    publish_due(event)

    record = wait_until("the mailbox record", lambda: filed(mongo, event["document_id"]))
    assert record["electronic_by"] == "national-cutoff"
    assert queued(mongo, event["document_id"]) is None
    waiting = operations.get("/api/waiting-centres").json()["waiting"]
    nivelles = next(centre for centre in waiting if centre["refnis_code"] == NIVELLES)
    assert nivelles["designation"] == "CPAS de Nivelles"
    assert nivelles["documents"] >= 1
    assert set(nivelles["reasons"]) == {"never-switched-over", "no-active-staff"}
    assert operations.get("/api/channels").json()["electronic_by_national_cutoff"] >= 1


def test_the_simulator_tells_which_documents_are_printed_and_the_queue_holds_them(
    mongo, centres_ready, operations, tmp_path: Path
):
    # The month's documents are issued in December 2026: Arlon switched over before, Mons not.
    switched_over(mongo, ARLON, date(2026, 11, 1))
    centres = tmp_path / "centres.csv"
    registry = ROOT / "services/enrolment/enrolment/data/belgian-municipalities.csv"
    lines = registry.read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines[1:] if line.split(",")[0] in (ARLON, MONS)]
    centres.write_text("\n".join([lines[0], *rows]) + "\n", encoding="utf-8")

    emitted = subprocess.run(
        [sys.executable, "-m", "reimbursement_simulator", "emit", "--month", "2026-11"]
        + ["--seed", "11", "--centres-file", str(centres)],
        capture_output=True,
        text=True,
        check=True,
        timeout=180,
    )

    summary = json.loads(emitted.stdout)
    assert summary["centres"] == 2 and summary["centres_switched_over"] >= 1
    assert summary["electronic_documents"] + summary["paper_documents"] == summary["documents"]
    assert summary["electronic_documents"] > 0 and summary["paper_documents"] > 0
    stopped = [
        json.loads(line) for line in emitted.stderr.splitlines() if "printing_stopped" in line
    ]
    assert {"refnis_code": ARLON, "from_date": "2026-11-01"}.items() <= _of(stopped, ARLON).items()

    mailbox = mongo["pp_mailbox"]
    wait_until(
        "Arlon's documents in its mailbox",
        lambda: (
            mailbox["documents"].count_documents({"refnis_code": ARLON})
            == summary["electronic_documents"]
        ),
        timeout=120,
    )
    wait_until(
        "Mons's documents on the print queue",
        lambda: (
            mailbox["print_queue"].count_documents({"refnis_code": MONS})
            == summary["paper_documents"]
        ),
        timeout=120,
    )
    assert mailbox["print_queue"].count_documents({"refnis_code": ARLON}) == 0
    assert mailbox["documents"].count_documents({"refnis_code": MONS}) == 0


def _of(logged: list[dict], refnis_code: str) -> dict:
    return next(line for line in logged if line.get("refnis_code") == refnis_code)


def _s3() -> Minio:
    return Minio(
        os.environ.get("PP_S3_ENDPOINT", "127.0.0.1:18333"),
        access_key=os.environ.get("PP_S3_ACCESS_KEY", "personal-pages"),
        secret_key=os.environ.get("PP_S3_SECRET_KEY", "personal-pages-local-secret"),
        secure=False,
        region="us-east-1",
    )
