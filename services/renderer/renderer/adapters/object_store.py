"""Rendered PDFs in S3-compatible object storage, through the minio client."""

import asyncio
import io

from minio import Minio
from minio.error import S3Error
from servicekit.object_storage import ensure_bucket

from renderer.handlers import StoredPdf


class PdfStore:
    def __init__(self, client: Minio, bucket: str) -> None:
        self._client = client
        self._bucket = bucket

    async def ensure_bucket(self) -> None:
        await asyncio.to_thread(ensure_bucket, self._client, self._bucket)

    async def put(self, key: str, pdf: bytes, sha256: str, made_from: str = "", pages: int = 0):
        # The minio client is synchronous; a thread keeps the consumer's event loop free.
        metadata = {"sha256": sha256, "made-from": made_from, "page-count": str(pages)}
        await asyncio.to_thread(
            self._client.put_object,
            self._bucket,
            key,
            io.BytesIO(pdf),
            len(pdf),
            content_type="application/pdf",
            metadata=metadata,
        )

    async def stored(self, key: str) -> StoredPdf | None:
        """What is known of the PDF already stored under the key, or None."""
        try:
            stat = await asyncio.to_thread(self._client.stat_object, self._bucket, key)
        except S3Error as error:
            if error.code in ("NoSuchKey", "NoSuchObject", "NotFound"):
                return None
            raise
        metadata = {name.lower(): value for name, value in (stat.metadata or {}).items()}
        return StoredPdf(
            sha256=metadata.get("x-amz-meta-sha256", ""),
            made_from=metadata.get("x-amz-meta-made-from", ""),
            page_count=int(metadata.get("x-amz-meta-page-count", "0") or 0),
            size_bytes=stat.size or 0,
        )
