"""The notifier's FastStream app: five subscribers and the digest flush loop."""

import asyncio
import contextlib
from datetime import UTC, datetime, timedelta

import structlog
from faststream import FastStream
from faststream.kafka import KafkaBroker
from faststream.specification import AsyncAPI
from pymongo import AsyncMongoClient

from contracts import topics
from contracts.events import (
    CentreRegisteredV1,
    DocumentDeliveredV1,
    PersonalLinkIssuedV1,
    StaffAccessGrantedV1,
    StaffAccessRevokedV1,
    StaffInvitedV1,
)
from notifier import handlers
from notifier.adapters.mongo import MongoNotifierStore, connect, create_indexes
from notifier.adapters.smtp import SmtpMailSender
from notifier.digests import DigestPolicy, flush_digests
from notifier.settings import NotifierSettings
from servicekit.messaging import AT_LEAST_ONCE, group_for, make_broker, provision_topics

GROUP = "notifier"

log = structlog.get_logger()


class Runtime:
    """What the subscribers and the flush loop share once the app has started."""

    def __init__(self, settings: NotifierSettings) -> None:
        self.settings = settings
        self.mail = SmtpMailSender(settings)
        self.policy = DigestPolicy(
            quiet=timedelta(seconds=settings.digest_quiet_seconds),
            max_wait=timedelta(seconds=settings.digest_max_wait_seconds),
            portal_url=settings.portal_url,
        )
        self.client: AsyncMongoClient | None = None
        self.store: MongoNotifierStore | None = None
        self.flushing: asyncio.Task | None = None

    async def connect(self) -> None:
        self.client = connect(self.settings.mongo_url)
        db = self.client[self.settings.mongo_database]
        await create_indexes(db)
        self.store = MongoNotifierStore(db)

    async def start_flushing(self) -> None:
        self.flushing = asyncio.create_task(self._flush_forever(), name="digest-flush")

    async def stop_flushing(self) -> None:
        if self.flushing is not None:
            self.flushing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.flushing

    async def disconnect(self) -> None:
        if self.client is not None:
            await self.client.close()

    async def _flush_forever(self) -> None:
        while True:
            try:
                await flush_digests(self.store, self.mail, self.policy, now=datetime.now(UTC))
            except Exception:
                # Whatever failed (the database, most likely) is tried again on the next
                # round; letting the loop die would stop every digest without a sound.
                log.exception("digest_flush_failed")
            await asyncio.sleep(self.settings.flush_interval_seconds)


def build_app(settings: NotifierSettings) -> FastStream:
    broker, _office = make_broker(GROUP, settings)
    runtime = Runtime(settings)
    subscribe(broker, runtime)

    app = FastStream(broker, specification=AsyncAPI(title="Personal Pages notifier"))

    @app.on_startup
    async def provision() -> None:
        await provision_topics(settings)

    app.on_startup(runtime.connect)
    app.after_startup(runtime.start_flushing)
    app.on_shutdown(runtime.stop_flushing)
    # After the broker stopped, so that no handler still in flight loses its database.
    app.after_shutdown(runtime.disconnect)
    return app


def subscribe(broker: KafkaBroker, runtime: Runtime) -> None:
    def subscriber(topic: topics.Topic):
        # Earliest: a notifier that joins after events were published still reads them.
        return broker.subscriber(
            topic.name,
            group_id=group_for(GROUP, topic),
            auto_offset_reset="earliest",
            ack_policy=AT_LEAST_ONCE,
        )

    @subscriber(topics.CENTRE_REGISTERED)
    async def centre_registered(event: CentreRegisteredV1) -> None:
        await handlers.register_centre(event, runtime.store)

    # Grants and revocations share one consumer, so that they are applied one at a time: the
    # store rewrites a staff member's whole record per change, and two at once could lose one.
    @broker.subscriber(
        topics.STAFF_ACCESS_GRANTED.name,
        topics.STAFF_ACCESS_REVOKED.name,
        group_id=f"{GROUP}.staff-access",
        auto_offset_reset="earliest",
        ack_policy=AT_LEAST_ONCE,
    )
    async def staff_access(event: StaffAccessGrantedV1 | StaffAccessRevokedV1) -> None:
        if isinstance(event, StaffAccessRevokedV1):
            await handlers.revoke_access(event, runtime.store)
        else:
            await handlers.grant_access(event, runtime.store)

    @subscriber(topics.STAFF_INVITED)
    async def staff_invited(event: StaffInvitedV1) -> None:
        await handlers.invite_staff_member(
            event,
            runtime.store,
            runtime.mail,
            portal_url=runtime.settings.portal_url,
            now=datetime.now(UTC),
        )

    @subscriber(topics.PERSONAL_LINK_ISSUED)
    async def personal_link_issued(event: PersonalLinkIssuedV1) -> None:
        await handlers.send_personal_link(
            event,
            runtime.store,
            runtime.mail,
            site_urls=runtime.settings.site_urls(),
            now=datetime.now(UTC),
        )

    @subscriber(topics.DOCUMENT_DELIVERED)
    async def document_delivered(event: DocumentDeliveredV1) -> None:
        await handlers.record_arrival(event, runtime.store, now=datetime.now(UTC))
