"""Centres, applications, people, staff members and the audit trail, in the enrolment
service's own database.

FerretDB, which stands in for MongoDB locally, has no transactions: each write is one document,
a state change is a conditional update on the state it expects, and uniqueness is guarded by
unique indexes.
"""

from datetime import date, datetime
from typing import Any

from contracts.values import Language, Region
from pymongo import ASCENDING, DESCENDING
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from enrolment.domain.centres import Centre


class EnrolmentStore:
    def __init__(self, db: AsyncDatabase) -> None:
        self._centres = db["centres"]
        self._staff = db["staff_members"]
        self._audit = db["audit"]
        self._applications = db["applications"]
        self._people = db["people"]
        self.sessions = db["sessions"]

    async def create_indexes(self) -> None:
        await self._staff.create_index([("refnis_code", ASCENDING), ("email", ASCENDING)])
        await self._audit.create_index([("refnis_code", ASCENDING), ("at", ASCENDING)])
        # While an application is open, open_for holds its centre's code, else its own id.
        await self._applications.create_index("open_for", unique=True)
        await self._applications.create_index([("state", ASCENDING), ("submitted_at", ASCENDING)])
        await self._people.create_index("email", unique=True)
        await self._people.create_index("setup_token_sha256")
        await self._people.create_index("reset_token_sha256")

    async def save_centre(self, centre: Centre) -> None:
        fields = {
            "name_nl": centre.name_nl,
            "name_fr": centre.name_fr,
            "region": centre.region.value,
            "languages": [language.value for language in centre.languages],
            "language": centre.language.value,
        }
        await self._centres.update_one({"_id": centre.refnis_code}, {"$set": fields}, upsert=True)

    async def centre(self, refnis_code: str) -> Centre | None:
        found = await self._centres.find_one({"_id": refnis_code})
        return _centre(found) if found else None

    async def centres(self) -> list[Centre]:
        return [_centre(found) async for found in self._centres.find().sort("_id", ASCENDING)]

    async def switched_over_on(self, refnis_code: str) -> date | None:
        found = await self._centres.find_one({"_id": refnis_code}, {"switched_over_on": 1})
        day = (found or {}).get("switched_over_on")
        return date.fromisoformat(day) if day else None

    async def record_switch_over(self, refnis_code: str, effective_date: date) -> None:
        change = {"$set": {"switched_over_on": effective_date.isoformat()}}
        await self._centres.update_one({"_id": refnis_code}, change)

    async def add_staff_member(self, staff_member: dict[str, Any]) -> None:
        await self._staff.insert_one(staff_member)

    async def staff_member(self, refnis_code: str, staff_member_id: str) -> dict | None:
        return await self._staff.find_one({"_id": staff_member_id, "refnis_code": refnis_code})

    async def staff_of(self, refnis_code: str) -> list[dict]:
        return [s async for s in self._staff.find({"refnis_code": refnis_code}).sort("email", 1)]

    async def staff_with_email(self, email: str) -> list[dict]:
        return await self._staff.find({"email": email}).to_list()

    async def end_access(self, staff_member_id: str, at: datetime) -> None:
        await self._staff.update_one({"_id": staff_member_id}, {"$set": {"revoked_at": at}})

    # The audit trail: append-only. This class has no way to change or remove an entry, and in
    # production the service's database role may only insert and read in this collection.

    async def append_audit(self, entry: dict[str, Any]) -> bool:
        """False when the entry was recorded already (an audit event seen twice)."""
        try:
            await self._audit.insert_one(entry)
        except DuplicateKeyError:
            return False
        return True

    async def audit_trail(self, refnis_code: str) -> list[dict]:
        query = self._audit.find({"refnis_code": refnis_code}).sort("at", ASCENDING)
        return [entry async for entry in query]

    # Applications

    async def add_application(self, application: dict[str, Any]) -> bool:
        """False when the centre already has an open application."""
        try:
            await self._applications.insert_one(application)
        except DuplicateKeyError:
            return False
        return True

    async def application(self, application_id: str) -> dict | None:
        return await self._applications.find_one({"_id": application_id})

    async def open_application_of(self, refnis_code: str) -> dict | None:
        return await self._applications.find_one({"open_for": refnis_code})

    async def applications_in(self, state: str, limit: int = 500) -> list[dict]:
        query = self._applications.find({"state": state}).sort("submitted_at", ASCENDING)
        return await query.limit(limit).to_list()

    async def applications_of(self, refnis_code: str) -> list[dict]:
        query = self._applications.find({"refnis_code": refnis_code})
        return await query.sort("submitted_at", DESCENDING).to_list()

    async def change_application(
        self, application_id: str, expected_state: str, fields: dict, message: dict | None
    ) -> bool:
        """False when the application is no longer in the expected state (a concurrent step)."""
        change: dict[str, Any] = {"$set": fields}
        if message:
            change["$push"] = {"messages": message}
        result = await self._applications.update_one(
            {"_id": application_id, "state": expected_state}, change
        )
        return result.matched_count == 1

    async def remember_tracking_token(self, application_id: str, digest: str) -> None:
        change = {"$push": {"tracking_links": digest}}
        await self._applications.update_one({"_id": application_id}, change)

    # People who sign in here: the security cell and security consultants

    async def add_person(self, person: dict[str, Any]) -> bool:
        """False when somebody already has that address."""
        try:
            await self._people.insert_one(person)
        except DuplicateKeyError:
            return False
        return True

    async def person(self, person_id: str) -> dict | None:
        return await self._people.find_one({"_id": person_id})

    async def person_by_email(self, email: str) -> dict | None:
        return await self._people.find_one({"email": email})

    async def person_by_token(self, field: str, digest: str) -> dict | None:
        return await self._people.find_one({field: digest})

    async def people_with_role(self, role: str, refnis_code: str | None = None) -> list[dict]:
        query: dict[str, Any] = {"role": role}
        if refnis_code is not None:
            query["refnis_code"] = refnis_code
        return await self._people.find(query).sort("email", ASCENDING).to_list()

    async def who_may_sign_in(self, email: str) -> dict | None:
        return await self._people.find_one({"email": email, "active": True, "set_up": True})

    async def remember(self, person_id: str, fields: dict) -> None:
        await self._people.update_one({"_id": person_id}, {"$set": fields})


def _centre(found: dict) -> Centre:
    return Centre(
        refnis_code=found["_id"],
        name_nl=found["name_nl"],
        name_fr=found["name_fr"],
        region=Region(found["region"]),
        languages=tuple(Language(code) for code in found["languages"]),
        language=Language(found["language"]),
    )
