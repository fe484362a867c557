"""Builds the adapters that both mailbox processes (filer and portal) use."""

from pymongo import AsyncMongoClient

from centre_mailbox.adapters.mongo import MailboxStore
from centre_mailbox.adapters.object_store import ObjectStore, make_client
from centre_mailbox.settings import MailboxSettings


def connect(settings: MailboxSettings) -> tuple[AsyncMongoClient, MailboxStore, ObjectStore]:
    mongo = AsyncMongoClient(settings.mongo_url, tz_aware=True)
    store = MailboxStore(mongo[settings.mongo_database])
    minio = make_client(
        settings.s3_endpoint,
        settings.s3_access_key,
        settings.s3_secret_key.get_secret_value(),
        secure=settings.s3_secure,
        region=settings.s3_region,
    )
    return mongo, store, ObjectStore(minio)
