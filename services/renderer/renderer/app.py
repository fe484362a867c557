"""The renderer's FastStream application: subscribers only, the work is in handlers."""

import asyncio
from datetime import UTC, datetime

import structlog
from contracts import topics
from contracts.events import CentreRegisteredV1, DocumentDueV1, DocumentRenderedV1
from faststream import FastStream
from faststream.specification import AsyncAPI
from pymongo import AsyncMongoClient
from servicekit.messaging import (
    AT_LEAST_ONCE,
    group_for,
    make_broker,
    provision_topics,
    publish,
)
from servicekit.object_storage import minio_client

from renderer import handlers
from renderer.adapters.annexes import AnnexStore
from renderer.adapters.mongo import CentreDirectory
from renderer.adapters.object_store import PdfStore
from renderer.sealing import Sealer
from renderer.settings import RendererSettings

log = structlog.get_logger()


def create_app(settings: RendererSettings) -> FastStream:
    broker, _ = make_broker("renderer", settings)
    mongo = AsyncMongoClient(settings.mongo_url, tz_aware=True)
    centres = CentreDirectory(mongo[settings.mongo_database])
    pdfs = PdfStore(minio_client(settings), settings.rendered_bucket)
    annexes = AnnexStore(minio_client(settings), settings.annex_bucket)
    # Made at start-up, not here: reading (or making) the key is no part of describing the app.
    sealers: list[Sealer] = []

    def seal(pdf: bytes) -> bytes:
        return sealers[0].seal(pdf, datetime.now(UTC))

    async def publish_rendered(event: DocumentRenderedV1) -> None:
        await publish(broker, topics.DOCUMENT_RENDERED, event, key=event.refnis_code)

    @broker.subscriber(
        topics.CENTRE_REGISTERED.name,
        group_id=group_for("renderer", topics.CENTRE_REGISTERED),
        auto_offset_reset="earliest",
        ack_policy=AT_LEAST_ONCE,
    )
    async def on_centre_registered(event: CentreRegisteredV1) -> None:
        await handlers.record_centre(event, centres)

    @broker.subscriber(
        topics.DOCUMENT_DUE.name,
        group_id=group_for("renderer", topics.DOCUMENT_DUE),
        auto_offset_reset="earliest",
        ack_policy=AT_LEAST_ONCE,
        max_workers=settings.document_consumers,
    )
    async def on_document_due(event: DocumentDueV1) -> None:
        await handlers.render_due_document(
            event, centres, pdfs, publish_rendered, seal, annexes
        )

    broker.publisher(topics.DOCUMENT_RENDERED.name, schema=DocumentRenderedV1)
    app = FastStream(broker, specification=AsyncAPI(title="Personal Pages renderer"))

    @app.on_startup
    async def prepare() -> None:
        sealers.append(await asyncio.to_thread(_sealer, settings))
        await provision_topics(settings)
        await pdfs.ensure_bucket()

    @app.after_shutdown
    async def close() -> None:
        await mongo.close()

    return app


def _sealer(settings: RendererSettings) -> Sealer:
    files = settings.seal_files()
    sealer = Sealer.from_files(files, settings.key_password())
    # An operator must see at once when documents go out under the local test seal.
    local = settings.seal_key_file is None
    (log.warning if local else log.info)(
        "seal_loaded", sealed_by=sealer.signer_name, certificate=str(files.certificate), local=local
    )
    return sealer
