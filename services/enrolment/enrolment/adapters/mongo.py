"""Centres, staff members and the audit trail in the enrolment service's own database."""

from datetime import UTC, date, datetime
from typing import Any

from contracts.values import Language, Region
from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase

from enrolment.domain.centres import Centre


class EnrolmentStore:
    def __init__(self, db: AsyncDatabase) -> None:
        self._centres = db["centres"]
        self._staff = db["staff_members"]
        self._audit = db["audit"]

    async def create_indexes(self) -> None:
        await self._staff.create_index([("refnis_code", ASCENDING), ("email", ASCENDING)])
        await self._audit.create_index([("refnis_code", ASCENDING), ("at", ASCENDING)])

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

    async def end_access(self, staff_member_id: str, at: datetime) -> None:
        await self._staff.update_one({"_id": staff_member_id}, {"$set": {"revoked_at": at}})

    async def audit(
        self, *, actor: str, action: str, refnis_code: str, subject: str, **details
    ) -> None:
        entry = {
            "at": datetime.now(UTC),
            "actor": actor,
            "action": action,
            "refnis_code": refnis_code,
            "subject": subject,
            "details": details,
        }
        await self._audit.insert_one(entry)

    async def audit_trail(self, refnis_code: str) -> list[dict]:
        query = self._audit.find({"refnis_code": refnis_code}, {"_id": 0}).sort("at", ASCENDING)
        return [entry async for entry in query]


def _centre(found: dict) -> Centre:
    return Centre(
        refnis_code=found["_id"],
        name_nl=found["name_nl"],
        name_fr=found["name_fr"],
        region=Region(found["region"]),
        languages=tuple(Language(code) for code in found["languages"]),
        language=Language(found["language"]),
    )
