"""The renderer's handler: render, seal, store, announce; refusals become dead letters."""

from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from contracts.documents import AnnualSettlement
from contracts.values import Language
from due_documents import ADDRESSEES, due, statement
from renderer import handlers
from renderer.adapters.annexes import read_annex
from servicekit.messaging import Rejected
from servicekit.seals import verify_seal_async
from test_annexes import write_annex

DE = Language.GERMAN


class _Centres:
    async def find(self, refnis_code: str):
        return ADDRESSEES[DE]


async def test_the_handler_turns_a_refusal_into_a_dead_letter_with_its_code() -> None:
    stranger = statement("1.00").model_copy(update={"issuer": "ris-unheard-of"})

    with pytest.raises(Rejected) as refused:
        await handlers.render_due_document(
            stranger, _Centres(), pdfs=_Pdfs(), publish=None, seal=None, annexes=None
        )

    assert refused.value.error_type == "unknown-issuer"
    assert "ris-unheard-of" in refused.value.reason


class _Pdfs:
    def __init__(self) -> None:
        self.objects: dict[str, bytes] = {}
        self.about: dict[str, handlers.StoredPdf] = {}

    async def put(self, key: str, pdf: bytes, sha256: str, made_from="", pages=0) -> None:
        self.objects[key] = pdf
        self.about[key] = handlers.StoredPdf(sha256, made_from, pages, len(pdf))

    async def stored(self, key: str) -> handlers.StoredPdf | None:
        return self.about.get(key)


async def test_the_handler_stores_and_announces_the_sealed_pdf(sealer, trust_roots) -> None:
    pdfs, published = _Pdfs(), []

    async def publish(event) -> None:
        published.append(event)

    def seal(pdf: bytes) -> bytes:
        return sealer.seal(pdf, datetime(2026, 12, 6, tzinfo=UTC))

    event = statement("12.50")
    rendered = await handlers.render_due_document(
        event, _Centres(), pdfs, publish, seal, annexes=None
    )

    assert published == [rendered]
    verdict = await verify_seal_async(pdfs.objects[rendered.object_key], trust_roots)
    assert verdict.verifies
    assert rendered.size_bytes == len(pdfs.objects[rendered.object_key])


class _Annexes:
    """Serves annexes from files, as the object store serves them from S3."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @asynccontextmanager
    async def lines(self, reference):
        yield lambda: read_annex(self.path)


async def test_a_settlement_with_an_annex_is_rendered_from_it(sealer, tmp_path) -> None:
    path = tmp_path / "annex.jsonl"
    event = due(AnnualSettlement(annex=write_annex(path, 400)), period="2026")
    pdfs, published = _Pdfs(), []

    async def publish(rendered) -> None:
        published.append(rendered)

    rendered = await handlers.render_due_document(
        event, _Centres(), pdfs, publish, lambda pdf: pdf, _Annexes(path)
    )

    assert rendered.page_count > 8
    assert published == [rendered]


async def test_the_same_event_again_announces_the_same_pdf_without_sealing_anew(sealer) -> None:
    pdfs, published, seals = _Pdfs(), [], []

    async def publish(event) -> None:
        published.append(event)

    def seal(pdf: bytes) -> bytes:
        seals.append(pdf)
        return sealer.seal(pdf, datetime.now(UTC))

    event = statement("12.50")
    first = await handlers.render_due_document(event, _Centres(), pdfs, publish, seal, None)
    again = await handlers.render_due_document(event, _Centres(), pdfs, publish, seal, None)

    assert len(seals) == 1
    assert (again.sha256, again.size_bytes, again.page_count) == (
        first.sha256,
        first.size_bytes,
        first.page_count,
    )


async def test_other_content_under_the_same_id_is_rendered_anew(sealer) -> None:
    pdfs, seals = _Pdfs(), []

    async def publish(event) -> None:
        pass

    def seal(pdf: bytes) -> bytes:
        seals.append(pdf)
        return sealer.seal(pdf, datetime.now(UTC))

    first = await handlers.render_due_document(
        statement("12.50"), _Centres(), pdfs, publish, seal, None
    )
    other = await handlers.render_due_document(
        statement("99.99"), _Centres(), pdfs, publish, seal, None
    )

    assert len(seals) == 2 and other.sha256 != first.sha256
