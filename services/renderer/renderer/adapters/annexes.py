"""Annexes of annual settlements, read from S3-compatible object storage as JSON lines."""

import asyncio
import hashlib
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

from contracts.documents import AnnexReference, StatementLine
from minio import Minio

from renderer.domain.listings import AnnexMismatchError, LineSource

_CHUNK = 1 << 20


class AnnexStore:
    def __init__(self, client: Minio, bucket: str) -> None:
        self._client = client
        self._bucket = bucket

    @asynccontextmanager
    async def lines(self, reference: AnnexReference) -> AsyncIterator[LineSource]:
        """The annex's lines, readable as often as needed while the context lasts.

        The object is copied to a temporary file first, in chunks: a renderer reads the lines
        twice, and a second download, or the whole object in memory, would cost more.
        """
        with tempfile.TemporaryDirectory(prefix="pp-annex-") as folder:
            path = Path(folder) / "annex.jsonl"
            await asyncio.to_thread(self._download, reference, path)
            yield lambda: read_annex(path)

    def _download(self, reference: AnnexReference, path: Path) -> None:
        response = self._client.get_object(self._bucket, reference.object_key)
        digest = hashlib.sha256()
        try:
            with path.open("wb") as file:
                for chunk in response.stream(_CHUNK):
                    digest.update(chunk)
                    file.write(chunk)
        finally:
            response.close()
            response.release_conn()

        if digest.hexdigest() != reference.sha256:
            raise AnnexMismatchError(
                f"annex {reference.object_key}: sha256 {digest.hexdigest()} is not the"
                f" {reference.sha256} the event names"
            )


def read_annex(path: Path) -> Iterator[StatementLine]:
    """Each non-blank line of a JSON-lines file, as a statement line."""
    with path.open("rb") as file:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            try:
                yield StatementLine.model_validate_json(line)
            except ValueError as error:
                raise AnnexMismatchError(f"annex line {number}: {error}") from error
