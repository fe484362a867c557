from datetime import UTC, date, datetime

import pytest
from centre_mailbox.operations.app import create_operations
from centre_mailbox.settings import MailboxSettings
from fastapi.testclient import TestClient
from pydantic import SecretStr

from tests.unit.fakes import FakeChannelStore, FakeObjectStore

TOKEN = "operator-token-for-unit-tests"
ENTRY = "0b5c7f8e-2d1a-5c3e-9f4b-6a7d8e9f0a1b"


def queued_entry(entry_id: str = ENTRY, refnis_code: str = "62063") -> dict:
    return {
        "_id": entry_id,
        "issuer": "ris-social-integration",
        "document_id": f"doc-{entry_id[:8]}",
        "refnis_code": refnis_code,
        "legislation": "social-integration",
        "kind": "monthly-statement",
        "period": "2026-11",
        "issued_on": "2026-12-06",
        "language": "fr",
        "object_key": f"centres/{refnis_code}/2026-11/{entry_id}.pdf",
        "sha256": "a" * 64,
        "size_bytes": 12,
        "page_count": 1,
        "paper_because": "not-switched-over",
        "status": "queued",
        "queued_at": datetime(2026, 12, 6, 3, tzinfo=UTC),
    }


@pytest.fixture
def operations():
    channels, objects = FakeChannelStore(), FakeObjectStore()
    channels.entries[ENTRY] = queued_entry()
    objects.objects[("pp-print", queued_entry()["object_key"])] = b"%PDF-1.4 paper"
    settings = MailboxSettings(operator_token=SecretStr(TOKEN))
    api = create_operations(settings, channels=channels, objects=objects)
    with TestClient(api, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        yield client, channels


def test_it_will_not_start_without_a_real_operator_token():
    with pytest.raises(ValueError, match="PP_OPERATOR_TOKEN"):
        create_operations(
            MailboxSettings(operator_token=SecretStr("short")),
            channels=FakeChannelStore(),
            objects=FakeObjectStore(),
        )


def test_every_route_wants_the_operator_token(operations):
    client, _ = operations

    for path in ("/api/print-queue", f"/api/print-queue/{ENTRY}/pdf", "/api/channels"):
        assert client.get(path, headers={"Authorization": "Bearer wrong"}).status_code == 401
    refused = client.post(
        f"/api/print-queue/{ENTRY}/printed", json={"printed_by": "x"}, headers={"Authorization": ""}
    )
    assert refused.status_code == 401


def test_the_queue_lists_by_status_and_centre_and_serves_the_pdf(operations):
    client, channels = operations
    other = "1c2d3e4f-5a6b-5c7d-8e9f-0a1b2c3d4e5f"
    channels.entries[other] = queued_entry(other, refnis_code="11002")

    everything = client.get("/api/print-queue").json()
    of_liege = client.get("/api/print-queue", params={"refnis_code": "62063"}).json()
    pdf = client.get(f"/api/print-queue/{ENTRY}/pdf")

    assert everything["total"] == 2
    assert [entry["entry_id"] for entry in of_liege["entries"]] == [ENTRY]
    assert of_liege["entries"][0]["pdf"] == f"/api/print-queue/{ENTRY}/pdf"
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content == b"%PDF-1.4 paper"
    assert client.get("/api/print-queue", params={"status": "lost"}).status_code == 422


def test_an_entry_is_marked_printed_once(operations):
    client, _ = operations

    printed = client.post(f"/api/print-queue/{ENTRY}/printed", json={"printed_by": "printshop"})
    again = client.post(f"/api/print-queue/{ENTRY}/printed", json={"printed_by": "other"})
    queued = client.get("/api/print-queue", params={"status": "queued"}).json()

    assert printed.status_code == 200
    assert (printed.json()["status"], printed.json()["printed_by"]) == ("printed", "printshop")
    assert again.status_code == 409 and "printshop" in again.json()["detail"]
    assert queued["total"] == 0


def test_an_unknown_or_malformed_entry_is_not_found(operations):
    client, _ = operations

    assert client.get("/api/print-queue/0b5c7f8e-0000-5c3e-9f4b-6a7d8e9f0a1b").status_code == 404
    assert client.get("/api/print-queue/not-an-id/pdf").status_code == 422


def test_waiting_centres_and_channel_counts(operations):
    client, channels = operations
    channels.documents_per_centre_ = {"11002": 3, "21001": 2}
    channels.switch_overs = {"11002": date(2026, 11, 1)}
    channels.staffed = {"11002"}
    channels.centres["21001"] = {"name_nl": "Anderlecht", "name_fr": "Anderlecht", "language": "fr"}

    waiting = client.get("/api/waiting-centres").json()
    counts = client.get("/api/channels").json()

    assert waiting == {
        "centres": 1,
        "documents": 2,
        "waiting": [
            {
                "refnis_code": "21001",
                "designation": "CPAS d'Anderlecht",
                "documents": 2,
                "reasons": ["never-switched-over", "no-active-staff"],
            }
        ],
    }
    assert counts["electronic"] == 5 and counts["paper"] == 1 and counts["paper_queued"] == 1
    assert counts["centres_switched_over"] == 1 and counts["national_cutoff"] == "2027-07-01"


def test_a_nul_character_is_refused_before_the_queue_is_touched(operations):
    client, channels = operations

    refused = client.post(f"/api/print-queue/{ENTRY}/printed", json={"printed_by": "a\u0000b"})

    assert refused.status_code == 400 and "NUL character" in refused.text
    assert channels.entries[ENTRY]["status"] == "queued"
