"""The paper route's records: switch-overs, the print queue and its receipts.

Kept apart from MailboxStore, in the same database; it reads the mailbox's documents, staff and
centres only to count. FerretDB (MongoDB locally) has no transactions and applies an update by
reading and rewriting the document: each write here is one insert guarded by a unique _id, or a
$set that only ever writes the same values, so that no concurrent write can be lost.
"""

from datetime import UTC, date, datetime
from typing import Any

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from centre_mailbox.domain.channels import PrintStatus, Reason


class ChannelStore:
    def __init__(self, db: AsyncDatabase) -> None:
        self.switch_overs = db["switch_overs"]
        self.print_queue = db["print_queue"]
        self.print_receipts = db["print_receipts"]
        # The mailbox's own collections, read here and never written.
        self.documents = db["documents"]
        self.staff = db["staff_members"]
        self.centres = db["centres"]

    async def create_indexes(self) -> None:
        await self.print_queue.create_index([("status", ASCENDING), ("queued_at", ASCENDING)])
        await self.print_queue.create_index([("refnis_code", ASCENDING), ("status", ASCENDING)])
        await self.documents.create_index([("electronic_by", ASCENDING)])

    # Switch-overs

    async def save_switch_over(self, refnis_code: str, effective_date: date, approved_by: str):
        # Keyed by centre: a later switch-over of the same centre (same partition, so later in
        # order) replaces the earlier one.
        record = {
            "_id": refnis_code,
            "effective_date": effective_date.isoformat(),
            "approved_by": approved_by,
            "recorded_at": datetime.now(UTC),
        }
        await self.switch_overs.replace_one({"_id": refnis_code}, record, upsert=True)

    async def effective_date(self, refnis_code: str) -> date | None:
        # Read each time, never cached: another replica of the filer may be the one that
        # consumed the switch-over.
        record = await self.switch_overs.find_one({"_id": refnis_code})
        return date.fromisoformat(record["effective_date"]) if record else None

    async def switched_over_centres(self) -> set[str]:
        return {record["_id"] async for record in self.switch_overs.find({}, {"_id": 1})}

    # The print queue

    async def print_entry(self, entry_id: str) -> dict | None:
        return await self.print_queue.find_one({"_id": entry_id})

    async def add_print_entry(self, entry: dict[str, Any]) -> bool:
        """False when the document is queued already (a concurrent duplicate)."""
        try:
            await self.print_queue.insert_one(entry)
        except DuplicateKeyError:
            return False
        return True

    async def print_entries(self, filters: dict[str, str], limit: int) -> list[dict]:
        cursor = self.print_queue.find(filters).sort([("queued_at", ASCENDING), ("_id", ASCENDING)])
        return await cursor.limit(limit).to_list()

    async def count_print_entries(self, filters: dict[str, str]) -> int:
        return await self.print_queue.count_documents(filters)

    async def mark_printed(self, entry_id: str, printed_by: str, at: datetime) -> tuple[dict, bool]:
        """The receipt that counts, and whether it is this one (False: printed before)."""
        receipt = {"_id": entry_id, "printed_by": printed_by, "printed_at": at}
        try:
            await self.print_receipts.insert_one(receipt)
            first = True
        except DuplicateKeyError:
            receipt = await self.print_receipts.find_one({"_id": entry_id})
            first = False

        # Always the first receipt's values: a retry after a crash here mends the entry, and
        # two printers marking it at once write the same thing.
        fields = {
            "status": PrintStatus.PRINTED.value,
            "printed_by": receipt["printed_by"],
            "printed_at": receipt["printed_at"],
        }
        await self.print_queue.update_one({"_id": entry_id}, {"$set": fields})
        return receipt, first

    # Counts for operators

    async def channel_counts(self) -> dict[str, int]:
        queued = {"status": PrintStatus.QUEUED.value}
        by_cutoff = {"electronic_by": Reason.NATIONAL_CUTOFF.value}
        return {
            "electronic": await self.documents.count_documents({}),
            "electronic_by_national_cutoff": await self.documents.count_documents(by_cutoff),
            "paper": await self.print_queue.count_documents({}),
            "paper_queued": await self.print_queue.count_documents(queued),
            "centres_switched_over": await self.switch_overs.count_documents({}),
        }

    async def documents_per_centre(self) -> dict[str, int]:
        pipeline = [{"$group": {"_id": "$refnis_code", "documents": {"$sum": 1}}}]
        rows = await (await self.documents.aggregate(pipeline)).to_list()
        return {row["_id"]: row["documents"] for row in rows}

    async def staffed_centres(self) -> set[str]:
        # Filtered here rather than in the query: FerretDB is slow on a filter for null.
        staff = self.staff.find({}, {"refnis_code": 1, "revoked_at": 1})
        return {member["refnis_code"] async for member in staff if not member.get("revoked_at")}

    async def centres_named(self, refnis_codes: list[str]) -> dict[str, dict]:
        found = self.centres.find({"_id": {"$in": refnis_codes}})
        return {centre["_id"]: centre async for centre in found}
