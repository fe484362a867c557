"""In-memory stand-ins for the mailbox's stores and object storage."""

from datetime import date, datetime


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


class FakeChannelStore:
    def __init__(self) -> None:
        self.switch_overs: dict[str, date] = {}
        self.entries: dict[str, dict] = {}
        self.receipts: dict[str, dict] = {}
        self.documents_per_centre_: dict[str, int] = {}
        self.staffed: set[str] = set()
        self.centres: dict[str, dict] = {}

    async def save_switch_over(self, refnis_code, effective_date, approved_by) -> None:
        self.switch_overs[refnis_code] = effective_date

    async def effective_date(self, refnis_code):
        return self.switch_overs.get(refnis_code)

    async def switched_over_centres(self) -> set[str]:
        return set(self.switch_overs)

    async def print_entry(self, entry_id):
        return self.entries.get(entry_id)

    async def add_print_entry(self, entry) -> bool:
        if entry["_id"] in self.entries:
            return False
        self.entries[entry["_id"]] = entry
        return True

    async def print_entries(self, filters, limit):
        matching = [e for e in self.entries.values() if filters.items() <= e.items()]
        return sorted(matching, key=lambda e: e["queued_at"])[:limit]

    async def count_print_entries(self, filters) -> int:
        return len([e for e in self.entries.values() if filters.items() <= e.items()])

    async def mark_printed(self, entry_id, printed_by, at):
        first = entry_id not in self.receipts
        if first:
            self.receipts[entry_id] = {"_id": entry_id, "printed_by": printed_by, "printed_at": at}
        receipt = self.receipts[entry_id]
        self.entries[entry_id].update(
            status="printed", printed_by=receipt["printed_by"], printed_at=receipt["printed_at"]
        )
        return receipt, first

    async def channel_counts(self) -> dict[str, int]:
        queued = [e for e in self.entries.values() if e["status"] == "queued"]
        return {
            "electronic": sum(self.documents_per_centre_.values()),
            "electronic_by_national_cutoff": 0,
            "paper": len(self.entries),
            "paper_queued": len(queued),
            "centres_switched_over": len(self.switch_overs),
        }

    async def documents_per_centre(self) -> dict[str, int]:
        return dict(self.documents_per_centre_)

    async def staffed_centres(self) -> set[str]:
        return set(self.staffed)

    async def centres_named(self, refnis_codes) -> dict[str, dict]:
        return {code: self.centres[code] for code in refnis_codes if code in self.centres}


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
