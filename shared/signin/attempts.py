"""The two steps of signing in, with the lock-out rule applied to both.

Every refusal looks the same to the person (wrong address, password or code, or locked): the
reason is kept for the audit trail only, so that a page never tells whether an address exists.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from signin import factors, passwords
from signin.lockout import LockoutPolicy


class Outcome(StrEnum):
    PASSED = "passed"
    UNKNOWN_PERSON = "unknown_person"
    WRONG_PASSWORD = "wrong_password"
    WRONG_CODE = "wrong_code"
    LOCKED = "locked"


@dataclass(frozen=True)
class Attempt:
    person: dict | None
    outcome: Outcome

    @property
    def passed(self) -> bool:
        return self.outcome is Outcome.PASSED


class People(Protocol):
    """Where a service keeps those who may sign in to it."""

    async def who_may_sign_in(self, email: str) -> dict | None: ...

    async def remember(self, person_id: str, fields: dict) -> None: ...


async def check_password(
    people: People, policy: LockoutPolicy, email: str, password: str, moment: datetime
) -> Attempt:
    person = await people.who_may_sign_in(email.strip().lower()[:254])
    matches = passwords.verify((person or {}).get("password_hash"), password)
    if person is None:
        return Attempt(None, Outcome.UNKNOWN_PERSON)
    if policy.is_locked(person, moment):
        return Attempt(person, Outcome.LOCKED)

    if not matches:
        await people.remember(person["_id"], policy.after_failure(person, moment))
        return Attempt(person, Outcome.WRONG_PASSWORD)
    return Attempt(person, Outcome.PASSED)


async def check_code(
    people: People, policy: LockoutPolicy, person: dict, code: str, moment: datetime
) -> Attempt:
    if policy.is_locked(person, moment):
        return Attempt(person, Outcome.LOCKED)

    result = factors.check(person.get("second_factor"), code, moment)
    if not result.passed:
        await people.remember(person["_id"], policy.after_failure(person, moment))
        return Attempt(person, Outcome.WRONG_CODE)

    await people.remember(person["_id"], {**result.remember, **policy.after_success()})
    return Attempt(person, Outcome.PASSED)
