"""The mailbox's records in its own MongoDB database.

FerretDB, which stands in for MongoDB locally, has no transactions: every write here is a single
document, and uniqueness is guarded by unique indexes.
"""

from datetime import UTC, datetime
from typing import Any

from pymongo import ASCENDING, DESCENDING, ReturnDocument
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError


class CodeAlreadyUsed(Exception):
    """A one-time code was accepted by another request first: this one is a replay."""


class MailboxStore:
    def __init__(self, db: AsyncDatabase) -> None:
        self.centres = db["centres"]
        self.staff = db["staff_members"]
        self.documents = db["documents"]
        self.sessions = db["sessions"]
        self.reads = db["reads"]
        self.audit_trail = db["audit"]
        self.refused_duplicates = db["refused_duplicates"]
        self._known_centres: set[str] = set()

    async def create_indexes(self) -> None:
        await self.documents.create_index(
            [("issuer", ASCENDING), ("document_id", ASCENDING)], unique=True
        )
        await self.documents.create_index(
            [("refnis_code", ASCENDING), ("issued_on", DESCENDING), ("delivered_at", DESCENDING)]
        )
        await self.staff.create_index([("email", ASCENDING)])
        await self.staff.create_index([("setup_token_sha256", ASCENDING)])
        # Sessions are kept by signin.sessions, which names their owner person_id.
        await self.sessions.create_index([("person_id", ASCENDING)])
        await self.staff.create_index([("reset_token_sha256", ASCENDING)])
        await self.reads.create_index(
            [("staff_member_id", ASCENDING), ("mailbox_document_id", ASCENDING)], unique=True
        )

    # Centres

    async def save_centre(self, centre: dict[str, Any]) -> None:
        await self.centres.replace_one({"_id": centre["refnis_code"]}, centre, upsert=True)

    async def centre(self, refnis_code: str) -> dict | None:
        return await self.centres.find_one({"_id": refnis_code})

    async def is_known_centre(self, refnis_code: str) -> bool:
        # Centres are registered once and never removed: a centre seen once stays known.
        if refnis_code not in self._known_centres and await self.centre(refnis_code):
            self._known_centres.add(refnis_code)
        return refnis_code in self._known_centres

    # Documents

    async def add_document(self, record: dict[str, Any]) -> bool:
        """False when the document was filed already (a concurrent duplicate)."""
        try:
            await self.documents.insert_one(record)
        except DuplicateKeyError:
            return False
        return True

    async def document(self, mailbox_document_id: str) -> dict | None:
        return await self.documents.find_one({"_id": mailbox_document_id})

    async def documents_of(
        self, refnis_code: str, filters: dict[str, str], limit: int
    ) -> list[dict]:
        query = {"refnis_code": refnis_code, **filters}
        cursor = self.documents.find(query).sort(
            [("issued_on", DESCENDING), ("delivered_at", DESCENDING)]
        )
        return await cursor.limit(limit).to_list()

    async def periods_of(self, refnis_code: str) -> list[str]:
        periods = await self.documents.distinct("period", {"refnis_code": refnis_code})
        return sorted(periods, reverse=True)

    async def record_refused_duplicate(self, issuer: str, document_id: str) -> None:
        # One record per refusal rather than a counter: FerretDB applies an $inc by reading and
        # rewriting the document, so two consumers incrementing at once can lose one.
        await self.refused_duplicates.insert_one(
            {"issuer": issuer, "document_id": document_id, "refused_at": datetime.now(UTC)}
        )

    # Staff members and their sessions

    async def staff_member(self, staff_member_id: str) -> dict | None:
        return await self.staff.find_one({"_id": staff_member_id})

    async def upsert_staff_member(self, staff_member_id: str, fields: dict[str, Any]) -> dict:
        return await self.staff.find_one_and_update(
            {"_id": staff_member_id},
            {"$set": fields},
            upsert=True,
            return_document=ReturnDocument.AFTER,
        )

    async def staff_by_setup_token(self, token_sha256: str) -> dict | None:
        return await self.staff.find_one({"setup_token_sha256": token_sha256})

    async def set_staff_fields(self, staff_member_id: str, fields: dict[str, Any]) -> None:
        await self.staff.update_one({"_id": staff_member_id}, {"$set": fields})

    async def end_sessions_of(self, staff_member_id: str) -> int:
        result = await self.sessions.delete_many({"person_id": staff_member_id})
        return result.deleted_count

    # Staff sign-in: password, second factor, lock-out and password reset (signin.attempts.People)

    async def who_may_sign_in(self, email: str) -> dict | None:
        """The staff member with that address who has access and has set up their sign-in."""
        async for staff_member in self.staff.find({"email": email, "revoked_at": None}):
            if staff_member.get("password_hash") and staff_member.get("second_factor"):
                return staff_member
        return None

    async def remember(self, person_id: str, fields: dict[str, Any]) -> None:
        query: dict[str, Any] = {"_id": person_id}
        step = fields.get("second_factor.last_step")
        if step is not None:
            # Two requests with one code at the same moment: only the first moves the step on.
            query["second_factor.last_step"] = {"$lt": step}
        result = await self.staff.update_one(query, {"$set": fields})
        if step is not None and result.matched_count == 0:
            raise CodeAlreadyUsed(person_id)

    async def pending_totp_secret(self, staff_member_id: str, candidate: str) -> str:
        """The token-app secret offered during set-up: the first one stored, kept until it ends."""
        await self.staff.update_one(
            {"_id": staff_member_id, "pending_totp_secret": {"$exists": False}},
            {"$set": {"pending_totp_secret": candidate}},
        )
        staff_member = await self.staff.find_one({"_id": staff_member_id})
        return staff_member["pending_totp_secret"]

    async def finish_set_up(
        self, staff_member_id: str, setup_token_sha256: str, fields: dict[str, Any]
    ) -> bool:
        """False when another request used the invitation first."""
        result = await self.staff.update_one(
            {"_id": staff_member_id, "setup_token_sha256": setup_token_sha256},
            {"$set": {**fields, "setup_token_sha256": None}, "$unset": {"pending_totp_secret": ""}},
        )
        return result.modified_count == 1

    async def finish_password_reset(
        self, staff_member_id: str, reset_token_sha256: str, fields: dict[str, Any]
    ) -> bool:
        """False when another request used the link first."""
        result = await self.staff.update_one(
            {"_id": staff_member_id, "reset_token_sha256": reset_token_sha256},
            {"$set": {**fields, "reset_token_sha256": None}},
        )
        return result.modified_count == 1

    async def staff_by_reset_token(self, token_sha256: str) -> dict | None:
        return await self.staff.find_one({"reset_token_sha256": token_sha256})

    # Reading and the audit trail

    async def mark_read(self, staff_member_id: str, mailbox_document_id: str) -> None:
        try:
            await self.reads.insert_one(
                {
                    "staff_member_id": staff_member_id,
                    "mailbox_document_id": mailbox_document_id,
                    "first_read_at": datetime.now(UTC),
                }
            )
        except DuplicateKeyError:
            pass  # read before: the first reading is the one that counts

    async def read_ids(self, staff_member_id: str, mailbox_document_ids: list[str]) -> set[str]:
        query = {
            "staff_member_id": staff_member_id,
            "mailbox_document_id": {"$in": mailbox_document_ids},
        }
        return {r["mailbox_document_id"] async for r in self.reads.find(query)}

    async def audit(
        self, *, actor: str, action: str, refnis_code: str, subject: str, **details
    ) -> None:
        await self.audit_trail.insert_one(
            {
                "at": datetime.now(UTC),
                "actor": actor,
                "action": action,
                "refnis_code": refnis_code,
                "subject": subject,
                "details": details,
            }
        )
