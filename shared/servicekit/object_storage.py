"""The S3-compatible object storage that the renderer and the mailbox keep PDFs in."""

from minio import Minio
from minio.error import S3Error
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ObjectStorageSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PP_", extra="ignore")

    s3_endpoint: str = "127.0.0.1:18333"
    s3_access_key: str = "personal-pages"
    s3_secret_key: SecretStr = SecretStr("personal-pages-local-secret")
    s3_secure: bool = False
    s3_region: str = "us-east-1"
    rendered_bucket: str = "pp-rendered"


def minio_client(settings: ObjectStorageSettings) -> Minio:
    # Region given, so that the client never asks the server for it; path-style addressing,
    # which every S3 server understands, is the minio client's default for an IP endpoint.
    return Minio(
        settings.s3_endpoint,
        access_key=settings.s3_access_key,
        secret_key=settings.s3_secret_key.get_secret_value(),
        secure=settings.s3_secure,
        region=settings.s3_region,
    )


def ensure_bucket(client: Minio, bucket: str) -> None:
    """Creates the bucket unless it exists; services starting together may race to create it."""
    if client.bucket_exists(bucket):
        return
    try:
        client.make_bucket(bucket)
    except S3Error as error:
        if error.code not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
            raise
