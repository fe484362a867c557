"""Publishes a month of documents due, plus the duplicates and broken messages asked for."""

import asyncio
import itertools
import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

import structlog
from faststream.kafka import KafkaBroker

from contracts.events import DocumentDueV1
from contracts.topics import DOCUMENT_DUE
from reimbursement_simulator.domain.printing import Printing, count_channels
from reimbursement_simulator.malformed import MalformedMessage, malformed_messages
from servicekit.messaging import publish

log = structlog.get_logger()

CHUNK_SIZE = 200


@dataclass(frozen=True)
class EmitSummary:
    months: list[str]
    centres: int
    documents: int  # valid and unique: what the mailboxes should end up holding
    by_legislation: dict[str, dict[str, int]]
    duplicates_sent: int = 0
    malformed_sent: int = 0
    malformed_defects: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    # Of the documents: those only the mailbox gets, and those the agency still prints and posts.
    electronic_documents: int = 0
    paper_documents: int = 0
    centres_switched_over: int = 0  # switch-overs known when the month was sent
    national_cutoff: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2)


def summarize(
    events: Sequence[DocumentDueV1],
    printing: Printing,
    duplicates: Sequence[DocumentDueV1] = (),
    malformed: Sequence[MalformedMessage] = (),
    seconds: float = 0.0,
) -> EmitSummary:
    channels = count_channels(events, printing)
    by_legislation: dict[str, Counter[str]] = {}
    for event in events:
        by_legislation.setdefault(event.legislation.value, Counter())[event.kind.value] += 1

    return EmitSummary(
        months=sorted({event.period for event in events}),
        centres=len({event.refnis_code for event in events}),
        documents=len({(event.issuer, event.document_id) for event in events}),
        by_legislation={
            name: dict(sorted(kinds.items())) for name, kinds in by_legislation.items()
        },
        duplicates_sent=len(duplicates),
        malformed_sent=len(malformed),
        malformed_defects=dict(Counter(message.defect for message in malformed)),
        seconds=round(seconds, 3),
        electronic_documents=channels.electronic,
        paper_documents=channels.paper,
        centres_switched_over=len(printing.switch_overs),
        national_cutoff=printing.national_cutoff.isoformat(),
    )


async def emit_month(
    broker: KafkaBroker,
    events: Sequence[DocumentDueV1],
    printing: Printing,
    duplicates: int = 0,
    malformed: int = 0,
    *,
    chunk_size: int = CHUNK_SIZE,
) -> EmitSummary:
    started = time.perf_counter()

    await _publish_documents(broker, events, chunk_size)
    log.info("documents_published", documents=len(events))

    resent = pick_duplicates(events, duplicates)
    await _publish_documents(broker, resent, chunk_size)
    if resent:
        log.info("duplicates_published", duplicates=len(resent))

    broken = malformed_messages(events, malformed)
    await _publish_malformed(broker, broken)
    if broken:
        log.info("malformed_published", malformed=len(broken))

    return summarize(events, printing, resent, broken, time.perf_counter() - started)


def pick_duplicates(events: Sequence[DocumentDueV1], count: int) -> list[DocumentDueV1]:
    """Events spread over the whole month, so duplicates hit many centres and partitions."""
    if count <= 0 or not events:
        return []
    step = max(1, len(events) // count)
    return list(itertools.islice(itertools.cycle(events[::step]), count))


async def _publish_documents(
    broker: KafkaBroker, events: Sequence[DocumentDueV1], chunk_size: int
) -> None:
    # Awaiting a chunk together lets the producer fill its batches; awaiting each publish
    # alone would pay one acknowledged round trip per document.
    for start in range(0, len(events), chunk_size):
        chunk = events[start : start + chunk_size]
        await asyncio.gather(
            *(publish(broker, DOCUMENT_DUE, event, key=event.refnis_code) for event in chunk)
        )


async def _publish_malformed(broker: KafkaBroker, messages: Sequence[MalformedMessage]) -> None:
    # Raw bytes on purpose: servicekit's publish only takes valid events, and these are not.
    for message in messages:
        await broker.publish(message.body, topic=DOCUMENT_DUE.name, key=message.key.encode())
        log.info("malformed_document_published", defect=message.defect, key=message.key)
