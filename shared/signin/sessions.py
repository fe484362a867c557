"""Server-side sessions: the browser holds a random token, the database only its SHA-256.

A session is first "awaiting the second factor" (after the password, for five minutes), then
"signed in"; it ends after a period without requests, after twelve hours in any case, at
sign-out, and whenever the service ends it (a revocation, a withdrawn empowerment).
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from pymongo.asynchronous.collection import AsyncCollection

AWAITING_FACTOR_FOR = timedelta(minutes=5)
LONGEST = timedelta(hours=12)


class Stage(StrEnum):
    AWAITING_SECOND_FACTOR = "awaiting-second-factor"
    SIGNED_IN = "signed-in"


@dataclass(frozen=True)
class Session:
    digest: str
    person_id: str
    stage: Stage
    opened_at: datetime


def digest_of(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Sessions:
    def __init__(self, collection: AsyncCollection, idle: timedelta) -> None:
        self._sessions = collection
        self._idle = idle

    async def create_indexes(self) -> None:
        await self._sessions.create_index("person_id")

    async def open(self, person_id: str, stage: Stage, from_address: str) -> str:
        token = secrets.token_urlsafe(32)
        now = datetime.now(UTC)
        await self._sessions.insert_one(
            {
                "_id": digest_of(token),
                "person_id": person_id,
                "stage": stage.value,
                "opened_at": now,
                "last_seen_at": now,
                "from_address": from_address,
            }
        )
        return token

    async def find(self, token: str | None, stage: Stage) -> Session | None:
        """The live session of that stage; an expired one is ended on the way."""
        if not token or len(token) > 64:
            return None
        found = await self._sessions.find_one({"_id": digest_of(token)})
        if found is None or found["stage"] != stage.value:
            return None

        now = datetime.now(UTC)
        if self._expired(found, now):
            await self._sessions.delete_one({"_id": found["_id"]})
            return None

        await self._sessions.update_one({"_id": found["_id"]}, {"$set": {"last_seen_at": now}})
        return Session(found["_id"], found["person_id"], Stage(found["stage"]), found["opened_at"])

    async def end(self, token: str | None) -> None:
        if token:
            await self._sessions.delete_one({"_id": digest_of(token)})

    async def end_all_of(self, person_id: str) -> int:
        result = await self._sessions.delete_many({"person_id": person_id})
        return result.deleted_count

    def _expired(self, found: dict, now: datetime) -> bool:
        if found["stage"] == Stage.AWAITING_SECOND_FACTOR.value:
            return found["opened_at"] + AWAITING_FACTOR_FOR < now
        return found["last_seen_at"] + self._idle < now or found["opened_at"] + LONGEST < now
