"""Where a document lives in a centre's mailbox, and who may open it."""

import uuid
from dataclasses import dataclass
from datetime import datetime

# Fixed so that the same issuer's document always gets the same mailbox id, on every replay.
_MAILBOX_NAMESPACE = uuid.UUID("6f1d2c1e-8a53-4f0b-9a4e-3b7c2d915e40")


def mailbox_document_id(issuer: str, document_id: str) -> str:
    return str(uuid.uuid5(_MAILBOX_NAMESPACE, f"{issuer}/{document_id}"))


def mailbox_object_key(refnis_code: str, period: str, mailbox_id: str) -> str:
    return f"centres/{refnis_code}/{period}/{mailbox_id}.pdf"


@dataclass(frozen=True)
class Reader:
    """A signed-in staff member, as far as access to documents is concerned."""

    staff_member_id: str
    refnis_code: str
    active: bool
    revoked_at: datetime | None = None


def may_open(reader: Reader, document_refnis_code: str) -> bool:
    return (
        reader.active and reader.revoked_at is None and reader.refnis_code == document_refnis_code
    )
