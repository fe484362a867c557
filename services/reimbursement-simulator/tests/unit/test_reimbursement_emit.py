"""Wiring checks on FastStream's in-memory broker: what goes out, under which key."""

import json
from datetime import date

import pytest
from faststream.kafka import KafkaBroker, TestKafkaBroker
from faststream.kafka.annotations import KafkaMessage

from contracts.events import DocumentDueV1
from contracts.topics import DOCUMENT_DUE
from reimbursement_simulator.cli import main
from reimbursement_simulator.domain import Centre, generate_month
from reimbursement_simulator.domain.printing import Printing
from reimbursement_simulator.emit import emit_month, pick_duplicates

NOBODY_SWITCHED = Printing({}, date(2027, 7, 1))


@pytest.fixture
def a_few_documents(month: str, seed: int, centres: list[Centre]) -> list[DocumentDueV1]:
    return generate_month(centres[:20], month, seed)


async def _emit(
    events: list[DocumentDueV1],
    duplicates: int,
    malformed: int,
    printing: Printing = NOBODY_SWITCHED,
):
    broker = KafkaBroker()
    received: list[tuple[str, bytes]] = []

    @broker.subscriber(DOCUMENT_DUE.name)
    async def collect(message: KafkaMessage) -> None:
        received.append((message.raw_message.key.decode(), message.body))

    async with TestKafkaBroker(broker):
        summary = await emit_month(broker, events, printing, duplicates, malformed, chunk_size=7)
    return summary, received


async def test_every_document_goes_out_keyed_by_its_centre(
    a_few_documents: list[DocumentDueV1],
) -> None:
    summary, received = await _emit(a_few_documents, duplicates=0, malformed=0)

    sent = {(key, DocumentDueV1.model_validate_json(body)) for key, body in received}
    # Publishes of a chunk are awaited together, so only the set is defined, not the order.
    assert sent == {(event.refnis_code, event) for event in a_few_documents}
    assert len(received) == summary.documents == len(a_few_documents)


async def test_duplicates_repeat_the_same_bytes_and_malformed_follow(
    a_few_documents: list[DocumentDueV1],
) -> None:
    count = len(a_few_documents)

    summary, received = await _emit(a_few_documents, duplicates=5, malformed=6)

    originals = {body for _, body in received[:count]}
    duplicates = [body for _, body in received[count : count + 5]]
    assert len(received) == count + 5 + 6
    assert all(body in originals for body in duplicates)
    assert (summary.documents, summary.duplicates_sent, summary.malformed_sent) == (count, 5, 6)
    assert summary.centres == 20


async def test_the_summary_splits_the_documents_between_mailbox_and_paper(
    a_few_documents: list[DocumentDueV1],
) -> None:
    switched = sorted({event.refnis_code for event in a_few_documents})[:5]
    issued_on = a_few_documents[0].issued_on
    printing = Printing({code: issued_on for code in switched}, date(2027, 7, 1))

    summary, _ = await _emit(a_few_documents, duplicates=5, malformed=0, printing=printing)

    electronic = [event for event in a_few_documents if event.refnis_code in switched]
    assert summary.electronic_documents == len(electronic) > 0
    assert summary.paper_documents == len(a_few_documents) - len(electronic)
    assert summary.centres_switched_over == 5
    assert summary.national_cutoff == "2027-07-01"


def test_duplicates_are_spread_over_the_month(a_few_documents: list[DocumentDueV1]) -> None:
    picked = pick_duplicates(a_few_documents, 4)

    assert len(picked) == 4
    assert len({event.refnis_code for event in picked}) == 4
    assert len(pick_duplicates(a_few_documents, 2 * len(a_few_documents))) == 2 * len(
        a_few_documents
    )


def test_a_dry_run_prints_the_summary(
    month: str, seed: int, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = main(
        ["emit", "--month", month, "--seed", str(seed), "--limit-centres", "4", "--dry-run"]
    )

    printed = json.loads(capsys.readouterr().out)
    assert printed["centres"] == summary.centres == 4
    assert printed["documents"] == summary.documents
    assert sum(printed["by_legislation"]["aid-1965"].values()) >= 12
    # Without Kafka it knows no switch-over: before the cut-off, everything is printed.
    assert printed["paper_documents"] == summary.documents
    assert (printed["electronic_documents"], printed["centres_switched_over"]) == (0, 0)


def test_a_bad_month_is_refused_before_anything_happens(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["emit", "--month", "2026-13", "--seed", "7", "--dry-run"])

    assert "2026-13" in capsys.readouterr().err
