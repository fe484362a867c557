"""Kafka wiring shared by every service: the broker, topic provisioning and dead letters.

Subscribers are typed: FastStream validates each message against the event in the handler's
signature. A message that fails validation, or that a handler rejects, is not retried: it goes
to the dead-letter topic with a reason naming the field and value, and the consumer moves on.
Any other failure is retried with backoff a few times, then dead-lettered too, so that one bad
message never stalls its partition and never vanishes silently.
"""

import asyncio
import base64
import json
import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import structlog
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from contracts.events import DeadLetterV1
from contracts.topics import ALL_TOPICS, DEAD_LETTER, Topic
from faststream import AckPolicy, BaseMiddleware
from faststream.kafka import KafkaBroker
from pydantic import BaseModel, ValidationError

from servicekit.settings import ServiceSettings

log = structlog.get_logger()

# Subscribers commit only after their handler returned, so a crash means redelivery, not loss.
AT_LEAST_ONCE = AckPolicy.NACK_ON_ERROR

# A dead letter must always fit in a Kafka message, whatever it is about: it carries a bounded
# excerpt, and the whole original only when small; the original stays at its offset anyway.
PAYLOAD_EXCERPT = 2_000
PAYLOAD_KEPT = 256 * 1024
REASON_LIMIT = 2_000


class Rejected(Exception):
    """A well-formed event that this consumer cannot use, such as one for an unknown centre."""

    def __init__(self, error_type: str, reason: str) -> None:
        super().__init__(reason)
        self.error_type = error_type
        self.reason = reason


async def publish(broker: KafkaBroker, topic: Topic, event: BaseModel, *, key: str) -> None:
    if not isinstance(event, topic.event):
        raise TypeError(f"{topic.name} carries {topic.event.__name__}, not {type(event).__name__}")
    await broker.publish(event, topic=topic.name, key=key.encode())


def describe_invalid(exc: ValidationError, body: bytes) -> str:
    """Name each offending field and value in words an operator can act on."""
    try:
        json.loads(body)
    except ValueError as not_json:
        return f"payload is not JSON: {not_json}"
    except RecursionError:
        return "payload is not usable JSON: nested too deeply"

    problems = []
    for error in exc.errors():
        # The first location is the handler's parameter name, not part of the event.
        field = ".".join(str(part) for part in error["loc"][1:]) or "(event)"
        value = _shorten(error.get("input"))
        problems.append(f"{field}: {error['msg']} (got {value})")
    return "; ".join(problems)


def _shorten(value: Any, limit: int = 80) -> str:
    text = json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def _decode_json(message: Any) -> Any:
    # Producers outside FastStream may omit the content-type header: read JSON regardless,
    # and hand anything else on as bytes so that validation names it as not JSON.
    try:
        return json.loads(message.body)
    except (ValueError, RecursionError):
        return message.body


class DeadLetterOffice:
    """Sends unusable messages to the dead-letter topic and counts retries of failing ones."""

    def __init__(self, consumer: str, settings: ServiceSettings) -> None:
        self.consumer = consumer
        self.max_attempts = settings.max_attempts
        self.backoff = settings.retry_backoff_seconds
        self.broker: KafkaBroker | None = None
        self._attempts: dict[tuple[str, int, int], int] = {}

    async def file(self, record: Any, error_type: str, reason: str) -> None:
        original = bytes(record.value or b"")
        letter = DeadLetterV1(
            source_topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            key=record.key.decode(errors="replace")[:200] if record.key else None,
            payload=original[:PAYLOAD_EXCERPT].decode(errors="replace"),
            payload_size=len(original),
            payload_base64=(
                base64.b64encode(original).decode() if len(original) <= PAYLOAD_KEPT else None
            ),
            reason=reason[:REASON_LIMIT],
            error_type=error_type,
            consumer=self.consumer,
            failed_at=datetime.now(UTC),
        )
        await publish(self.broker, DEAD_LETTER, letter, key=letter.key or "")
        log.warning("event_dead_lettered", error_type=error_type, reason=letter.reason)

    def count_failure(self, record: Any) -> int:
        place = (record.topic, record.partition, record.offset)
        self._attempts[place] = self._attempts.get(place, 0) + 1
        return self._attempts[place]

    def forget(self, record: Any) -> None:
        self._attempts.pop((record.topic, record.partition, record.offset), None)

    def middleware(self) -> type[BaseMiddleware]:
        office = self

        class DeadLettering(BaseMiddleware):
            async def consume_scope(self, call_next: Any, msg: Any) -> Any:
                record = msg.raw_message
                with structlog.contextvars.bound_contextvars(
                    topic=record.topic, partition=record.partition, offset=record.offset
                ):
                    return await office._consume(call_next, msg, record)

        return DeadLettering

    async def _consume(self, call_next: Any, msg: Any, record: Any) -> Any:
        try:
            result = await call_next(msg)
        except ValidationError as exc:
            await self._file_or_wait(record, "invalid-event", describe_invalid(exc, msg.body))
        except Rejected as exc:
            await self._file_or_wait(record, exc.error_type, exc.reason)
        except Exception as exc:
            await self._retry_or_give_up(record, exc)
        else:
            self.forget(record)
            return result
        self.forget(record)
        return None

    async def _file_or_wait(self, record: Any, error_type: str, reason: str) -> None:
        # If even the dead-letter topic cannot be written (Kafka unreachable), the message is
        # read again after a pause, never skipped and never retried in a tight loop.
        try:
            await self.file(record, error_type, reason)
        except Exception as exc:
            log.error("dead_letter_failed", error=f"{type(exc).__name__}: {exc}")
            await asyncio.sleep(self.backoff * 2 ** min(self.count_failure(record), 6))
            raise

    async def _retry_or_give_up(self, record: Any, exc: Exception) -> None:
        attempt = self.count_failure(record)
        error = f"{type(exc).__name__}: {exc}"
        if attempt >= self.max_attempts:
            reason = f"{error} (after {attempt} attempts)"
            await self._file_or_wait(record, "processing-failed", reason)
            return

        log.warning("event_processing_failed", attempt=attempt, error=error)
        await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
        raise exc


def group_for(service: str, topic: Topic) -> str:
    """One consumer group per subscriber: subscribers that shared a group would make every
    one of them rebalance, and fail their commits, whenever another joined."""
    return f"{service}.{topic.name}"


def make_broker(consumer: str, settings: ServiceSettings) -> tuple[KafkaBroker, DeadLetterOffice]:
    office = DeadLetterOffice(consumer, settings)
    broker = KafkaBroker(
        settings.kafka_bootstrap,
        client_id=consumer,
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        allow_auto_create_topics=False,
        decoder=_decode_json,
        middlewares=[office.middleware()],
        description=f"Personal Pages: {consumer}",
        # FastStream's line per message goes to debug; our handlers log what happened.
        log_level=logging.DEBUG,
    )
    office.broker = broker
    broker.publisher(
        DEAD_LETTER.name, schema=DeadLetterV1, description="what this service could not use"
    )
    return broker, office


async def provision_topics(
    settings: ServiceSettings, topics: Iterable[Topic] = ALL_TOPICS
) -> list[str]:
    """Create the topics that do not exist yet; returns the names created."""
    replication_factor = settings.topic_replication_factor
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.kafka_bootstrap, client_id="topic-provisioning"
    )
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [_new_topic(t, replication_factor) for t in topics if t.name not in existing]
        if missing:
            await _create(admin, missing)
        return [t.name for t in missing]
    finally:
        await admin.close()


async def partitions_of(bootstrap: str, topic: str) -> list[TopicPartition]:
    # A consumer learns a topic's partitions once subscribed; without a group it joins nothing.
    probe = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, enable_auto_commit=False)
    await probe.start()
    try:
        numbers = sorted(probe.partitions_for_topic(topic) or ())
        return [TopicPartition(topic, number) for number in numbers]
    finally:
        await probe.stop()


def _new_topic(topic: Topic, replication_factor: int) -> NewTopic:
    configs = {"cleanup.policy": "compact"} if topic.compacted else {}
    return NewTopic(topic.name, topic.partitions, replication_factor, topic_configs=configs)


async def _create(admin: AIOKafkaAdminClient, topics: list[NewTopic]) -> None:
    try:
        await admin.create_topics(topics)
    except TopicAlreadyExistsError:
        pass  # another service provisioned them at the same moment
