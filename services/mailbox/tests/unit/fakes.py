"""In-memory stand-ins for the mailbox's store and object storage."""

from datetime import datetime


class FakeMailboxStore:
    def __init__(self) -> None:
        self.centres: dict[str, dict] = {}
        self.documents: dict[str, dict] = {}
        self.staff: dict[str, dict] = {}
        self.sessions: dict[str, dict] = {}
        self.duplicates = 0
        self.audit_entries: list[dict] = []

    async def save_centre(self, centre) -> None:
        self.centres[centre["refnis_code"]] = centre

    async def centre(self, refnis_code):
        return self.centres.get(refnis_code)

    async def is_known_centre(self, refnis_code):
        return refnis_code in self.centres

    async def document(self, mailbox_document_id):
        return self.documents.get(mailbox_document_id)

    async def add_document(self, record) -> bool:
        if record["_id"] in self.documents:
            return False
        self.documents[record["_id"]] = record
        return True

    async def record_refused_duplicate(self, issuer, document_id) -> None:
        self.duplicates += 1

    async def staff_member(self, staff_member_id):
        return self.staff.get(staff_member_id)

    async def upsert_staff_member(self, staff_member_id, fields):
        self.staff.setdefault(staff_member_id, {"_id": staff_member_id}).update(fields)
        return self.staff[staff_member_id]

    async def set_staff_fields(self, staff_member_id, fields) -> None:
        self.staff[staff_member_id].update(fields)

    async def end_sessions_of(self, staff_member_id) -> int:
        ended = [k for k, s in self.sessions.items() if s["staff_member_id"] == staff_member_id]
        for key in ended:
            del self.sessions[key]
        return len(ended)

    async def audit(self, *, actor, action, refnis_code, subject, **details) -> None:
        self.audit_entries.append({"actor": actor, "action": action, "subject": subject})


class FakeObjectStore:
    def __init__(self) -> None:
        self.objects: dict[tuple[str, str], bytes] = {}

    async def get(self, bucket, key) -> bytes:
        return self.objects[(bucket, key)]

    async def put(self, bucket, key, data, sha256) -> None:
        self.objects[(bucket, key)] = data


class Published:
    def __init__(self) -> None:
        self.events = []

    async def __call__(self, event) -> None:
        self.events.append(event)


def a_session(staff_member_id: str, at: datetime) -> dict:
    return {"staff_member_id": staff_member_id, "opened_at": at, "last_seen_at": at}
