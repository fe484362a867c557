"""Lock-out after repeated failures: five wrong passwords or codes in a row lock the person out
for fifteen minutes. The counter lives with the person, so it holds across processes."""

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class LockoutPolicy:
    max_failures: int = 5
    locked_for: timedelta = timedelta(minutes=15)

    def is_locked(self, person: dict, moment: datetime) -> bool:
        until = person.get("locked_until")
        return isinstance(until, datetime) and moment < until

    def after_failure(self, person: dict, moment: datetime) -> dict:
        """The fields to store after a failed password or code."""
        failures = int(person.get("failed_sign_ins", 0)) + 1
        if failures >= self.max_failures:
            return {"failed_sign_ins": 0, "locked_until": moment + self.locked_for}
        return {"failed_sign_ins": failures}

    @staticmethod
    def after_success() -> dict:
        # A marker instead of None: FerretDB tests nulls in Go, slowly.
        return {"failed_sign_ins": 0, "locked_until": "never"}
