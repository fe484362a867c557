"""Operators' replay of dead letters: each one's original bytes go back to its source topic.

    python -m servicekit.replay [--error-type unknown-centre] [--source-topic document-due.v1]
                                [--consumer renderer] [--dry-run]

Each selection has its own consumer group, which remembers how far it got: a dead letter is
replayed once per selection that takes it, and one selection never hides letters from another.
Consumers are idempotent, so a replayed message that had in fact gone through changes nothing;
one that still cannot be used is dead-lettered again, with its reason, for another look.
"""

import argparse
import asyncio
import base64
import json
from dataclasses import dataclass

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from contracts.events import DeadLetterV1
from contracts.topics import DEAD_LETTER

from servicekit.logging import configure_logging
from servicekit.messaging import partitions_of
from servicekit.settings import ServiceSettings

log = structlog.get_logger()


@dataclass(frozen=True)
class Selection:
    error_type: str | None = None
    source_topic: str | None = None
    consumer: str | None = None

    def takes(self, letter: DeadLetterV1) -> bool:
        wanted = (
            (self.error_type, letter.error_type),
            (self.source_topic, letter.source_topic),
            (self.consumer, letter.consumer),
        )
        return all(choice is None or choice == actual for choice, actual in wanted)

    @property
    def group_id(self) -> str:
        parts = (self.error_type, self.source_topic, self.consumer)
        return "operators.replay." + ".".join(part or "any" for part in parts)


async def replay(settings: ServiceSettings, selection: Selection, *, dry_run: bool) -> int:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka_bootstrap,
        group_id=selection.group_id,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all")
    await consumer.start()
    await producer.start()
    try:
        ends = await _assign_up_to_now(consumer, settings.kafka_bootstrap)
        return await _replay_until(ends, consumer, producer, selection, dry_run, settings)
    finally:
        await producer.stop()
        await consumer.stop()


async def _assign_up_to_now(consumer: AIOKafkaConsumer, bootstrap: str) -> dict:
    # Only the letters that exist now: a replayed message that fails again writes a new letter,
    # which must wait for the next replay, or one replay would chase its own tail for ever.
    partitions = await partitions_of(bootstrap, DEAD_LETTER.name)
    consumer.assign(partitions)
    return await consumer.end_offsets(partitions)


async def _replay_until(ends, consumer, producer, selection, dry_run, settings) -> int:
    replayed = 0
    while any([await consumer.position(place) < end for place, end in ends.items()]):
        batches = await consumer.getmany(*ends, timeout_ms=2000)
        done = {}
        for place, records in batches.items():
            for record in (r for r in records if r.offset < ends[place]):
                letter = DeadLetterV1.model_validate_json(record.value)
                if selection.takes(letter):
                    replayed += 1
                    await _send_back(producer, letter, dry_run, settings.kafka_bootstrap)
                done[place] = record.offset + 1
        # A dry run commits nothing, so that the real run still sees every letter.
        if done and not dry_run:
            await consumer.commit(done)
    return replayed


async def _send_back(producer, letter: DeadLetterV1, dry_run: bool, bootstrap: str) -> None:
    context = {
        "source_topic": letter.source_topic,
        "offset": letter.offset,
        "error_type": letter.error_type,
        "reason": letter.reason,
    }
    if dry_run:
        log.info("dead_letter_would_be_replayed", **context)
        return

    key = letter.key.encode() if letter.key else None
    original = await _original_bytes(letter, bootstrap)
    await producer.send_and_wait(letter.source_topic, original, key=key)
    log.info("dead_letter_replayed", **context)


async def _original_bytes(letter: DeadLetterV1, bootstrap: str) -> bytes:
    if letter.payload_base64 is not None:
        return base64.b64decode(letter.payload_base64)

    # Too large to travel in the letter: read it where it still is, in its source topic.
    place = TopicPartition(letter.source_topic, letter.partition)
    reader = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await reader.start()
    try:
        reader.assign([place])
        reader.seek(place, letter.offset)
        record = await asyncio.wait_for(reader.getone(place), timeout=30)
        return record.value
    finally:
        await reader.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--error-type")
    parser.add_argument("--source-topic")
    parser.add_argument("--consumer")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    settings = ServiceSettings()
    configure_logging("replay", json_output=settings.log_json)
    selection = Selection(args.error_type, args.source_topic, args.consumer)
    count = asyncio.run(replay(settings, selection, dry_run=args.dry_run))
    print(json.dumps({"replayed": 0 if args.dry_run else count, "selected": count}))


if __name__ == "__main__":
    main()
