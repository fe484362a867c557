"""The mailbox's records in its own MongoDB database.

FerretDB, which stands in for MongoDB locally, has no transactions: every write here is a single
document, and uniqueness is guarded by unique indexes.
"""

from datetime import UTC, datetime
from typing import Any

from pymongo import ASCENDING, DESCENDING, ReturnDocument
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError
from signin import accounts


class CodeAlreadyUsed(Exception):
    """A one-time code was accepted by another request first: this one is a replay."""


class LinkAlreadyUsed(Exception):
    """An emailed link was used by another request first: this one comes too late."""


LINKS = ("setup_token_sha256", "reset_token_sha256")
UNUSABLE_LINK = [accounts.USED, None]  # used, or withdrawn when access is revoked


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

    async def set_staff_fields(self, staff_member_id: str, fields: dict[str, Any]) -> None:
        await self.staff.update_one({"_id": staff_member_id}, {"$set": fields})

    async def end_sessions_of(self, staff_member_id: str) -> int:
        result = await self.sessions.delete_many({"person_id": staff_member_id})
        return result.deleted_count

    # Staff sign-in: password, second factor, lock-out and emailed links
    # (signin.attempts.People and signin.accounts.Accounts)

    async def who_may_sign_in(self, email: str) -> dict | None:
        """The staff member with that address who has access and has set up their sign-in."""
        async for staff_member in self.staff.find({"email": email, "revoked_at": None}):
            if staff_member.get("password_hash") and staff_member.get("second_factor"):
                return staff_member
        return None

    async def person_by_token(self, field: str, digest: str) -> dict | None:
        return await self.staff.find_one({field: digest})

    async def remember(self, person_id: str, fields: dict[str, Any]) -> None:
        """Raises CodeAlreadyUsed or LinkAlreadyUsed when another request got there first."""
        guard = _first_request_only(fields)
        result = await self.staff.update_one({"_id": person_id, **guard}, {"$set": fields})
        if guard and result.matched_count == 0:
            raise await self._why_not_first(person_id, fields)

    async def _why_not_first(self, person_id: str, fields: dict[str, Any]) -> Exception:
        stored = await self.staff_member(person_id) or {}
        if any(stored.get(link) in UNUSABLE_LINK for link in _links_used(fields)):
            return LinkAlreadyUsed(person_id)
        return CodeAlreadyUsed(person_id)

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


def _first_request_only(fields: dict[str, Any]) -> dict[str, Any]:
    """The condition that lets only the first of two requests at the same moment write."""
    guard: dict[str, Any] = {}
    step = fields.get("second_factor.last_step")
    if step is not None:
        # Two requests with one code: only the first moves the step on.
        guard["second_factor.last_step"] = {"$lt": step}
    for link in _links_used(fields):
        # Two requests with one link: only the first uses it.
        guard[link] = {"$nin": UNUSABLE_LINK}
    return guard


def _links_used(fields: dict[str, Any]) -> list[str]:
    return [link for link in LINKS if fields.get(link) == accounts.USED]
