"""One function per event the renderer consumes."""

import asyncio
import hashlib
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Protocol

import structlog
from contracts.documents import AnnexReference
from contracts.events import CentreRegisteredV1, DocumentDueV1, DocumentRenderedV1
from servicekit.messaging import Rejected

from renderer.domain import Addressee, RenderedPdf, render_document
from renderer.domain.listings import LineSource
from renderer.domain.refusals import DocumentRefused

log = structlog.get_logger()

Publish = Callable[[DocumentRenderedV1], Awaitable[None]]
Seal = Callable[[bytes], bytes]


class Centres(Protocol):
    async def save(self, centre: CentreRegisteredV1) -> None: ...
    async def find(self, refnis_code: str) -> Addressee | None: ...


@dataclass(frozen=True)
class StoredPdf:
    sha256: str
    made_from: str  # the SHA-256 of the event it was rendered from
    page_count: int
    size_bytes: int


class Pdfs(Protocol):
    async def put(
        self, key: str, pdf: bytes, sha256: str, made_from: str = "", pages: int = 0
    ) -> None: ...

    async def stored(self, key: str) -> StoredPdf | None: ...


class Annexes(Protocol):
    def lines(self, reference: AnnexReference) -> AbstractAsyncContextManager[LineSource]: ...


# One thread renders and seals, one document at a time: the event loop stays free for Kafka
# (an annex of 40,000 lines takes seconds), and ReportLab's process-wide font state is never
# touched by two documents at once.
_RENDERING = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rendering")


def pdf_key(event: DocumentDueV1) -> str:
    # Keyed by the issuer's id: a replayed event overwrites the same object, never adds one.
    return f"{event.issuer}/{event.period}/{event.document_id}.pdf"


async def record_centre(event: CentreRegisteredV1, centres: Centres) -> None:
    await centres.save(event)
    log.info("centre_recorded", refnis_code=event.refnis_code, language=event.language)


async def render_due_document(
    event: DocumentDueV1,
    centres: Centres,
    pdfs: Pdfs,
    publish: Publish,
    seal: Seal,
    annexes: Annexes,
) -> DocumentRenderedV1:
    addressee = await centres.find(event.refnis_code)
    if addressee is None:
        raise Rejected(
            "unknown-centre", f"refnis_code: no centre is registered as {event.refnis_code!r}"
        )
    if event.content.kind != event.kind:
        raise Rejected(
            "invalid-event", f"kind: {event.kind!r} but content is {event.content.kind!r}"
        )

    key, made_from = pdf_key(event), _fingerprint(event)
    earlier = await pdfs.stored(key)
    if earlier and earlier.made_from == made_from and earlier.page_count:
        # The same event again (a re-sent or replayed one): the document already exists and
        # is announced again as it is. Sealing anew would give other bytes (the seal's time
        # and signature), which the mailbox would rightly take for a conflicting document.
        rendered = _rendered(
            event, addressee, key, earlier.sha256, earlier.size_bytes, earlier.page_count
        )
        await publish(rendered)
        log.info(
            "document_rendered_before", document_id=event.document_id, refnis_code=event.refnis_code
        )
        return rendered

    try:
        pdf, sealed = await _render_and_seal(event, addressee, seal, annexes)
    except DocumentRefused as refusal:
        raise Rejected(refusal.code, str(refusal)) from refusal
    sha256 = hashlib.sha256(sealed).hexdigest()
    await pdfs.put(key, sealed, sha256, made_from, pdf.page_count)

    rendered = _rendered(event, addressee, key, sha256, len(sealed), pdf.page_count)
    await publish(rendered)
    log.info(
        "document_rendered",
        document_id=event.document_id,
        refnis_code=event.refnis_code,
        kind=event.kind,
        pages=pdf.page_count,
    )
    return rendered


async def _render_and_seal(
    event: DocumentDueV1, addressee: Addressee, seal: Seal, annexes: Annexes
) -> tuple[RenderedPdf, bytes]:
    def work(annex: LineSource | None) -> tuple[RenderedPdf, bytes]:
        pdf = render_document(event, addressee, annex)
        return pdf, seal(pdf.data)

    loop = asyncio.get_running_loop()
    reference = getattr(event.content, "annex", None)
    if reference is None:
        return await loop.run_in_executor(_RENDERING, partial(work, None))
    async with annexes.lines(reference) as lines:
        return await loop.run_in_executor(_RENDERING, partial(work, lines))


def _fingerprint(event: DocumentDueV1) -> str:
    """The event's content, whatever its JSON spelling: equal events give equal documents."""
    return hashlib.sha256(event.model_dump_json().encode()).hexdigest()


def _rendered(
    event: DocumentDueV1, addressee: Addressee, key: str, sha256: str, size: int, pages: int
) -> DocumentRenderedV1:
    return DocumentRenderedV1(
        issuer=event.issuer,
        document_id=event.document_id,
        refnis_code=event.refnis_code,
        legislation=event.legislation,
        kind=event.kind,
        period=event.period,
        issued_on=event.issued_on,
        language=addressee.language,
        object_key=key,
        sha256=sha256,
        size_bytes=size,
        page_count=pages,
        rendered_at=datetime.now(UTC),
    )
