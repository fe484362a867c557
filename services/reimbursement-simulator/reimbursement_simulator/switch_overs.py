"""The centres' switch-overs, read from the whole centre-switched-over topic before emitting.

The reimbursement services keep no state of their own: each run reads the topic from its start
to its current end, so it knows every switch-over approved until then.
"""

import asyncio
import time
from datetime import date

import structlog
from aiokafka import AIOKafkaConsumer
from pydantic import ValidationError

from contracts.events import CentreSwitchedOverV1
from contracts.topics import CENTRE_SWITCHED_OVER
from servicekit.messaging import partitions_of

log = structlog.get_logger()

READ_TIMEOUT_SECONDS = 120


async def read_switch_overs(bootstrap: str) -> dict[str, date]:
    """Each centre's effective date; a later switch-over of a centre replaces its earlier one."""
    effective: dict[str, date] = {}
    for record in await _read_to_end(bootstrap):
        try:
            event = CentreSwitchedOverV1.model_validate_json(record.value)
        except ValidationError as error:
            log.warning(
                "switch_over_unreadable",
                partition=record.partition,
                offset=record.offset,
                error=str(error)[:300],
            )
            continue
        effective[event.refnis_code] = event.effective_date
    return effective


async def _read_to_end(bootstrap: str) -> list:
    partitions = await partitions_of(bootstrap, CENTRE_SWITCHED_OVER.name)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        deadline = time.monotonic() + READ_TIMEOUT_SECONDS
        records = []
        while await _behind(consumer, ends):
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"{CENTRE_SWITCHED_OVER.name} not read to its end in {READ_TIMEOUT_SECONDS} s"
                )
            batches = await consumer.getmany(*partitions, timeout_ms=1000)
            # Per partition in offset order: a centre's events share its partition (keyed by
            # its REFNIS code), so its latest switch-over comes last.
            records += [record for batch in batches.values() for record in batch]
        return records
    finally:
        await consumer.stop()


async def _behind(consumer: AIOKafkaConsumer, ends: dict) -> bool:
    positions = await asyncio.gather(*(consumer.position(p) for p in ends))
    return any(position < end for position, end in zip(positions, ends.values(), strict=True))
