"""The notifier's store in MongoDB (FerretDB locally).

FerretDB has no transactions, no partial, sparse or TTL indexes and no $lookup, so every step
here is one single-collection operation, and the order of those steps is what keeps the
store consistent after a crash.
"""

from datetime import datetime
from typing import Any

from pymongo import ASCENDING, AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from contracts.values import DocumentKind, Language, Legislation
from notifier.domain.digest_rules import group_by_centre
from notifier.domain.model import (
    Arrival,
    Centre,
    Digest,
    LinkClaim,
    PendingCentre,
    StaffMember,
)

CENTRES = "centres"
STAFF = "staff_members"
INVITATIONS = "invitations"
ARRIVALS = "pending_notifications"
DIGESTS = "digests"
DIGEST_EMAILS = "digest_emails"
PERSONAL_LINKS = "personal_links"

# Markers are strings, not nulls: FerretDB hands an equality on a string to its database, but
# tests a null itself on every document, which costs a full read of the collection each flush.
UNCLAIMED = ""
OPEN, COMPLETED = "open", "completed"
SENDING, SENT = "sending", "sent"


def connect(url: str) -> AsyncMongoClient:
    # tz_aware: stored times come back as aware UTC datetimes, comparable with the events'.
    return AsyncMongoClient(url, tz_aware=True)


async def create_indexes(db: AsyncDatabase) -> None:
    await db[INVITATIONS].create_index(
        [("staff_member_id", ASCENDING), ("expires_at", ASCENDING)], unique=True
    )
    # The duplicate guard: a redelivered DocumentDeliveredV1 cannot add a second arrival.
    await db[ARRIVALS].create_index(
        [("issuer", ASCENDING), ("document_id", ASCENDING)], unique=True
    )
    await db[ARRIVALS].create_index([("digest_id", ASCENDING), ("refnis_code", ASCENDING)])
    await db[STAFF].create_index([("refnis_code", ASCENDING), ("active", ASCENDING)])
    await db[DIGESTS].create_index([("state", ASCENDING)])
    await db[DIGEST_EMAILS].create_index(
        [("digest_id", ASCENDING), ("staff_member_id", ASCENDING)], unique=True
    )


class MongoNotifierStore:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def save_centre(self, centre: Centre) -> None:
        await self.db[CENTRES].replace_one(
            {"_id": centre.refnis_code},
            {"name_nl": centre.name_nl, "name_fr": centre.name_fr},
            upsert=True,
        )

    async def centre(self, refnis_code: str) -> Centre | None:
        found = await self.db[CENTRES].find_one({"_id": refnis_code})
        if found is None:
            return None
        return Centre(refnis_code=refnis_code, name_nl=found["name_nl"], name_fr=found["name_fr"])

    async def grant_access(self, member: StaffMember, *, granted_at: datetime) -> bool:
        fields = {
            "refnis_code": member.refnis_code,
            "email": member.email,
            "language": member.language.value,
            "active": True,
        }
        # Strictly later only: a revocation at the very same instant as a grant wins.
        return await self._change_staff(member.staff_member_id, fields, granted_at, "$lt")

    async def revoke_access(
        self, staff_member_id: str, refnis_code: str, *, revoked_at: datetime
    ) -> bool:
        fields = {"refnis_code": refnis_code, "active": False}
        return await self._change_staff(staff_member_id, fields, revoked_at, "$lte")

    async def _change_staff(
        self, staff_member_id: str, fields: dict[str, Any], at: datetime, older: str
    ) -> bool:
        # Applies only over an older change. When the stored change is newer, the filter
        # misses, the upsert tries to insert the same _id and fails: the event is stale.
        try:
            await self.db[STAFF].update_one(
                {"_id": staff_member_id, "changed_at": {older: at}},
                {"$set": {**fields, "changed_at": at}},
                upsert=True,
            )
        except DuplicateKeyError:
            return False
        return True

    async def active_staff(self, refnis_code: str) -> list[StaffMember]:
        cursor = self.db[STAFF].find({"refnis_code": refnis_code, "active": True})
        return [_staff_member(found) async for found in cursor]

    async def staffed_centres(self) -> set[str]:
        active = self.db[STAFF].find({"active": True}, {"_id": 0, "refnis_code": 1})
        return {found["refnis_code"] async for found in active}

    async def invitation_sent(self, staff_member_id: str, expires_at: datetime) -> bool:
        found = await self.db[INVITATIONS].find_one(
            {"staff_member_id": staff_member_id, "expires_at": expires_at}
        )
        return found is not None

    async def record_invitation(
        self, staff_member_id: str, expires_at: datetime, *, sent_at: datetime
    ) -> None:
        await self.db[INVITATIONS].update_one(
            {"staff_member_id": staff_member_id, "expires_at": expires_at},
            {"$setOnInsert": {"sent_at": sent_at}},
            upsert=True,
        )

    async def claim_personal_link(
        self, link_id: str, *, purpose: str, claimed_at: datetime
    ) -> LinkClaim:
        # The link id is the _id: of two attempts at once, the database lets one insert win,
        # where a read before the write would let both through.
        claim = {"_id": link_id, "purpose": purpose, "state": SENDING, "claimed_at": claimed_at}
        try:
            await self.db[PERSONAL_LINKS].insert_one(claim)
        except DuplicateKeyError:
            found = await self.db[PERSONAL_LINKS].find_one({"_id": link_id}, {"state": 1})
            sent = found is not None and found["state"] == SENT
            return LinkClaim.SENT if sent else LinkClaim.UNFINISHED
        return LinkClaim.NEW

    async def record_personal_link_sent(self, link_id: str, *, sent_at: datetime) -> None:
        await self.db[PERSONAL_LINKS].update_one(
            {"_id": link_id}, {"$set": {"state": SENT, "sent_at": sent_at}}, upsert=True
        )

    async def release_personal_link(self, link_id: str) -> None:
        await self.db[PERSONAL_LINKS].delete_one({"_id": link_id, "state": SENDING})

    async def add_arrival(self, arrival: Arrival) -> bool:
        try:
            await self.db[ARRIVALS].insert_one(
                {**_arrival_document(arrival), "digest_id": UNCLAIMED}
            )
        except DuplicateKeyError:
            return False
        return True

    async def pending_centres(self) -> list[PendingCentre]:
        # Grouped here, not with $group: FerretDB 1.x has no $min, $max, $first or $last there.
        # Unclaimed arrivals are few, since each flush claims those of every staffed centre.
        unclaimed = self.db[ARRIVALS].find(
            {"digest_id": UNCLAIMED}, {"_id": 0, "refnis_code": 1, "received_at": 1}
        )
        arrivals = [(row["refnis_code"], row["received_at"]) async for row in unclaimed]
        return group_by_centre(arrivals)

    async def open_digests(self) -> list[Digest]:
        cursor = self.db[DIGESTS].find({"state": OPEN}).sort("claimed_at", ASCENDING)
        return [_digest(found) async for found in cursor]

    async def claim_digest(
        self, refnis_code: str, *, digest_id: str, cutoff: datetime, claimed_at: datetime
    ) -> Digest | None:
        # The digest is written before its claim: after a crash in between, the flush finds an
        # open digest with no arrivals and closes it, instead of arrivals with no digest.
        digest = Digest(digest_id=digest_id, refnis_code=refnis_code, claimed_at=claimed_at)
        await self.db[DIGESTS].insert_one(
            {
                "_id": digest_id,
                "refnis_code": refnis_code,
                "claimed_at": claimed_at,
                "state": OPEN,
                "completed_at": None,
            }
        )

        claimed = await self.db[ARRIVALS].update_many(
            {"refnis_code": refnis_code, "digest_id": UNCLAIMED, "received_at": {"$lte": cutoff}},
            {"$set": {"digest_id": digest_id}},
        )
        if claimed.modified_count == 0:
            await self.db[DIGESTS].delete_one({"_id": digest_id})
            return None

        await self.db[DIGESTS].update_one(
            {"_id": digest_id}, {"$set": {"document_count": claimed.modified_count}}
        )
        return digest

    async def digest_arrivals(self, digest_id: str) -> list[Arrival]:
        cursor = self.db[ARRIVALS].find({"digest_id": digest_id})
        return [_arrival(found) async for found in cursor]

    async def digest_recipients(self, digest_id: str) -> set[str]:
        cursor = self.db[DIGEST_EMAILS].find({"digest_id": digest_id}, {"staff_member_id": 1})
        return {found["staff_member_id"] async for found in cursor}

    async def record_digest_email(
        self, digest_id: str, staff_member_id: str, *, sent_at: datetime, refused: bool = False
    ) -> None:
        await self.db[DIGEST_EMAILS].update_one(
            {"digest_id": digest_id, "staff_member_id": staff_member_id},
            {"$setOnInsert": {"sent_at": sent_at, "refused": refused}},
            upsert=True,
        )

    async def complete_digest(self, digest_id: str, *, completed_at: datetime) -> None:
        await self.db[DIGESTS].update_one(
            {"_id": digest_id}, {"$set": {"state": COMPLETED, "completed_at": completed_at}}
        )

    async def release_digest(self, digest_id: str) -> None:
        # Arrivals first: a crash in between leaves an open digest with nothing in it, which
        # the next flush closes; the other order could strand arrivals under a lost digest.
        await self.db[ARRIVALS].update_many(
            {"digest_id": digest_id}, {"$set": {"digest_id": UNCLAIMED}}
        )
        await self.db[DIGESTS].delete_one({"_id": digest_id})


async def digest_backlog(db: AsyncDatabase) -> dict[str, int]:
    """Counts for operators: what waits, what is stuck half-sent, what went out."""
    open_digests = db[DIGESTS].find({"state": OPEN}, {"_id": 1})
    open_ids = [found["_id"] async for found in open_digests]
    return {
        "pending_notifications": await db[ARRIVALS].count_documents({"digest_id": UNCLAIMED}),
        "claimed_unsent_notifications": await db[ARRIVALS].count_documents(
            {"digest_id": {"$in": open_ids}}
        ),
        "open_digests": len(open_ids),
        "sent_digests": await db[DIGESTS].count_documents({"state": COMPLETED}),
        "sent_digest_emails": await db[DIGEST_EMAILS].count_documents({}),
        "sent_invitations": await db[INVITATIONS].count_documents({}),
    }


def _staff_member(found: dict[str, Any]) -> StaffMember:
    return StaffMember(
        staff_member_id=found["_id"],
        refnis_code=found["refnis_code"],
        email=found["email"],
        language=Language(found["language"]),
    )


def _arrival_document(arrival: Arrival) -> dict[str, Any]:
    return {
        "issuer": arrival.issuer,
        "document_id": arrival.document_id,
        "mailbox_document_id": arrival.mailbox_document_id,
        "refnis_code": arrival.refnis_code,
        "legislation": arrival.legislation.value,
        "kind": arrival.kind.value,
        "period": arrival.period,
        "delivered_at": arrival.delivered_at,
        "received_at": arrival.received_at,
    }


def _arrival(found: dict[str, Any]) -> Arrival:
    return Arrival(
        issuer=found["issuer"],
        document_id=found["document_id"],
        mailbox_document_id=found["mailbox_document_id"],
        refnis_code=found["refnis_code"],
        legislation=Legislation(found["legislation"]),
        kind=DocumentKind(found["kind"]),
        period=found["period"],
        delivered_at=found["delivered_at"],
        received_at=found["received_at"],
    )


def _digest(found: dict[str, Any]) -> Digest:
    return Digest(
        digest_id=found["_id"], refnis_code=found["refnis_code"], claimed_at=found["claimed_at"]
    )
