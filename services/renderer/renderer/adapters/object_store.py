"""Rendered PDFs in S3-compatible object storage, through the minio client."""

import asyncio
import io

from minio import Minio
from minio.error import S3Error
from servicekit.object_storage import ensure_bucket


class PdfStore:
    def __init__(self, client: Minio, bucket: str) -> None:
        self._client = client
        self._bucket = bucket

    async def ensure_bucket(self) -> None:
        await asyncio.to_thread(ensure_bucket, self._client, self._bucket)

    async def put(self, key: str, pdf: bytes, sha256: str) -> None:
        # The minio client is synchronous; a thread keeps the consumer's event loop free.
        await asyncio.to_thread(
            self._client.put_object,
            self._bucket,
            key,
            io.BytesIO(pdf),
            len(pdf),
            content_type="application/pdf",
            metadata={"sha256": sha256},
        )

    async def sha256_of(self, key: str) -> str | None:
        """The checksum stored with an object, or None when there is no such object."""
        try:
            stat = await asyncio.to_thread(self._client.stat_object, self._bucket, key)
        except S3Error as error:
            if error.code in ("NoSuchKey", "NoSuchObject", "NotFound"):
                return None
            raise
        return (stat.metadata or {}).get("x-amz-meta-sha256")
