"""Annexes read from the real S3 server that scripts/servers starts (SeaweedFS).

Run with the servers of `make integration` (scripts/test-env.sh); a server that does not
answer fails these tests, they never skip.
"""

import hashlib
import io
import sys
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from contracts.documents import AnnexReference, AnnualSettlement
from contracts.values import Language
from renderer.adapters.annexes import AnnexStore
from renderer.domain import render_document
from renderer.domain.listings import AnnexMismatchError
from renderer.settings import RendererSettings
from servicekit.object_storage import ensure_bucket, minio_client

sys.path.insert(0, str(Path(__file__).parents[2] / "services" / "renderer" / "tests" / "unit"))
from due_documents import ADDRESSEES, due, statement_line  # noqa: E402 (shared test builders)


@pytest.fixture
def store() -> AnnexStore:
    settings = RendererSettings(annex_bucket=f"pp-annexes-test-{uuid.uuid4().hex[:8]}")
    client = minio_client(settings)
    ensure_bucket(client, settings.annex_bucket)
    return AnnexStore(client, settings.annex_bucket)


def put_annex(store: AnnexStore, count: int) -> AnnexReference:
    lines = [statement_line(number, f"{number}.25") for number in range(1, count + 1)]
    data = "".join(line.model_dump_json() + "\n" for line in lines).encode()
    key = f"ris-social-integration/2026/{uuid.uuid4().hex}.jsonl"
    store._client.put_object(store._bucket, key, io.BytesIO(data), len(data))
    return AnnexReference(
        object_key=key,
        line_count=count,
        total=sum((line.amount for line in lines), Decimal("0.00")),
        sha256=hashlib.sha256(data).hexdigest(),
    )


async def test_an_annex_in_object_storage_renders_page_by_page(store: AnnexStore) -> None:
    reference = put_annex(store, 2_500)
    settlement = due(AnnualSettlement(annex=reference), period="2026")

    async with store.lines(reference) as lines:
        first_pass = sum(1 for _ in lines())
        pdf = render_document(settlement, ADDRESSEES[Language.FRENCH], lines)

    assert first_pass == 2_500
    assert pdf.page_count > 50


async def test_an_annex_whose_bytes_are_not_those_announced_is_refused(store: AnnexStore) -> None:
    reference = put_annex(store, 10).model_copy(update={"sha256": "0" * 64})

    with pytest.raises(AnnexMismatchError, match="sha256"):
        async with store.lines(reference):
            pass
