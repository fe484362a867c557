"""An in-memory stand-in for the enrolment store, for handler tests without a database."""

from datetime import date, datetime


class FakeEnrolmentStore:
    def __init__(self) -> None:
        self.centres_by_code = {}
        self.switch_overs: dict[str, date] = {}
        self.staff: dict[str, dict] = {}
        self.audit_entries: list[dict] = []

    async def save_centre(self, centre) -> None:
        self.centres_by_code[centre.refnis_code] = centre

    async def centre(self, refnis_code):
        return self.centres_by_code.get(refnis_code)

    async def centres(self):
        return list(self.centres_by_code.values())

    async def switched_over_on(self, refnis_code):
        return self.switch_overs.get(refnis_code)

    async def record_switch_over(self, refnis_code, effective_date) -> None:
        self.switch_overs[refnis_code] = effective_date

    async def add_staff_member(self, staff_member) -> None:
        self.staff[staff_member["_id"]] = dict(staff_member)

    async def staff_member(self, refnis_code, staff_member_id):
        found = self.staff.get(staff_member_id)
        return found if found and found["refnis_code"] == refnis_code else None

    async def staff_of(self, refnis_code):
        return [s for s in self.staff.values() if s["refnis_code"] == refnis_code]

    async def staff_with_email(self, email):
        return [s for s in self.staff.values() if s["email"] == email]

    async def end_access(self, staff_member_id, at: datetime) -> None:
        self.staff[staff_member_id]["revoked_at"] = at

    async def append_audit(self, entry: dict) -> bool:
        if any(known["_id"] == entry["_id"] for known in self.audit_entries):
            return False
        self.audit_entries.append(entry)
        return True


class Published:
    def __init__(self) -> None:
        self.events = []

    async def __call__(self, topic, event, key) -> None:
        self.events.append((topic.name, event, key))
