"""PDFs in S3-compatible object storage, through the (synchronous) minio client."""

import asyncio
import io

from minio import Minio
from servicekit.object_storage import ensure_bucket


class ObjectStore:
    def __init__(self, client: Minio) -> None:
        self._client = client

    async def ensure_bucket(self, bucket: str) -> None:
        await asyncio.to_thread(ensure_bucket, self._client, bucket)

    async def get(self, bucket: str, key: str) -> bytes:
        return await asyncio.to_thread(self._read, bucket, key)

    async def put(self, bucket: str, key: str, data: bytes, sha256: str) -> None:
        await asyncio.to_thread(
            self._client.put_object,
            bucket,
            key,
            io.BytesIO(data),
            len(data),
            content_type="application/pdf",
            metadata={"sha256": sha256},
        )

    def _read(self, bucket: str, key: str) -> bytes:
        response = self._client.get_object(bucket, key)
        try:
            return response.read()
        finally:
            response.close()
            response.release_conn()
