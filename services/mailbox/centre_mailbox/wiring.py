"""Builds the adapters that the mailbox processes (filer, portal, operations) use."""

from pymongo import AsyncMongoClient
from servicekit.object_storage import minio_client

from centre_mailbox.adapters.channels import ChannelStore
from centre_mailbox.adapters.mongo import MailboxStore
from centre_mailbox.adapters.object_store import ObjectStore
from centre_mailbox.settings import MailboxSettings


def connect(settings: MailboxSettings) -> tuple[AsyncMongoClient, MailboxStore, ObjectStore]:
    mongo = AsyncMongoClient(settings.mongo_url, tz_aware=True)
    store = MailboxStore(mongo[settings.mongo_database])
    return mongo, store, ObjectStore(minio_client(settings))


def channel_store(mongo: AsyncMongoClient, settings: MailboxSettings) -> ChannelStore:
    """The paper route's records, in the same database as the mailbox's."""
    return ChannelStore(mongo[settings.mongo_database])
