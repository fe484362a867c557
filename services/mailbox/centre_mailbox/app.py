"""The mailbox filer: a FastStream application whose subscribers hand over to handlers."""

from datetime import timedelta

from contracts import topics
from contracts.events import (
    CentreRegisteredV1,
    CentreSwitchedOverV1,
    DocumentDeliveredV1,
    DocumentRenderedV1,
    StaffAccessGrantedV1,
    StaffAccessRevokedV1,
    StaffInvitedV1,
)
from faststream import FastStream
from faststream.specification import AsyncAPI
from servicekit.messaging import (
    AT_LEAST_ONCE,
    group_for,
    make_broker,
    provision_topics,
    publish,
)

from centre_mailbox import handlers
from centre_mailbox.settings import MailboxSettings
from centre_mailbox.wiring import channel_store, connect


def create_app(settings: MailboxSettings) -> FastStream:
    broker, _ = make_broker("mailbox", settings)
    mongo, store, objects = connect(settings)
    channels = channel_store(mongo, settings)
    routing = handlers.Routing(
        rendered_bucket=settings.rendered_bucket,
        mailbox_bucket=settings.mailbox_bucket,
        print_bucket=settings.print_bucket,
        national_cutoff=settings.national_cutoff,
    )
    invitation_valid = timedelta(days=settings.invitation_valid_days)

    async def publish_delivered(event: DocumentDeliveredV1) -> None:
        await publish(broker, topics.DOCUMENT_DELIVERED, event, key=event.refnis_code)

    async def publish_invited(event: StaffInvitedV1) -> None:
        await publish(broker, topics.STAFF_INVITED, event, key=event.refnis_code)

    def subscriber(topic: topics.Topic, workers: int = 1):
        return broker.subscriber(
            topic.name,
            group_id=group_for("mailbox", topic),
            auto_offset_reset="earliest",
            ack_policy=AT_LEAST_ONCE,
            max_workers=workers,
        )

    @subscriber(topics.CENTRE_REGISTERED)
    async def on_centre_registered(event: CentreRegisteredV1) -> None:
        await handlers.record_centre(event, store)

    # The way of each document is decided when it is filed, with the switch-overs recorded by
    # then (see centre_mailbox.domain.channels for why that is enough).
    @subscriber(topics.CENTRE_SWITCHED_OVER)
    async def on_centre_switched_over(event: CentreSwitchedOverV1) -> None:
        await handlers.record_switch_over(event, channels)

    # Grants and revocations share one consumer, so that they are applied one at a time: the
    # store rewrites a whole staff record per change, and two at once could lose a revocation.
    @broker.subscriber(
        topics.STAFF_ACCESS_GRANTED.name,
        topics.STAFF_ACCESS_REVOKED.name,
        group_id="mailbox.staff-access",
        auto_offset_reset="earliest",
        ack_policy=AT_LEAST_ONCE,
    )
    async def on_staff_access(event: StaffAccessGrantedV1 | StaffAccessRevokedV1) -> None:
        if isinstance(event, StaffAccessRevokedV1):
            await handlers.record_access_revoked(event, store)
        else:
            await handlers.record_access_granted(event, store, invitation_valid, publish_invited)

    @subscriber(topics.DOCUMENT_RENDERED, workers=settings.document_consumers)
    async def on_document_rendered(event: DocumentRenderedV1) -> None:
        await handlers.file_document(event, store, channels, objects, routing, publish_delivered)

    broker.publisher(topics.DOCUMENT_DELIVERED.name, schema=DocumentDeliveredV1)
    broker.publisher(topics.STAFF_INVITED.name, schema=StaffInvitedV1)
    app = FastStream(broker, specification=AsyncAPI(title="Personal Pages mailbox"))

    @app.on_startup
    async def prepare() -> None:
        await provision_topics(settings)
        await store.create_indexes()
        await channels.create_indexes()
        for bucket in (routing.rendered_bucket, routing.mailbox_bucket, routing.print_bucket):
            await objects.ensure_bucket(bucket)

    @app.after_shutdown
    async def close() -> None:
        await mongo.close()

    return app
