"""Entries of the centres' audit trail: who did what, on what, when and from where."""

import uuid
from datetime import UTC, datetime

from contracts.events import AuditRecordedV1

from enrolment.domain.people import Actor

SERVICE = "enrolment"


def entry(actor: Actor, action: str, refnis_code: str, subject: str, **details) -> dict:
    return {
        "_id": str(uuid.uuid4()),
        "at": datetime.now(UTC),
        "service": SERVICE,
        "actor": actor.person_id,
        "actor_name": actor.full_name,
        "actor_role": actor.role.value if actor.role else "centre",
        "action": action,
        "refnis_code": refnis_code,
        "subject": subject,
        "from_address": actor.from_address,
        "details": {name: str(value) for name, value in details.items()},
    }


def entry_from(event: AuditRecordedV1) -> dict:
    """An entry another service recorded (the portal's sign-ins and downloads)."""
    return {
        "_id": event.entry_id,
        "at": event.at,
        "service": event.service,
        "actor": event.actor,
        "actor_name": "",
        "actor_role": "staff-member",
        "action": event.action,
        "refnis_code": event.refnis_code or "",
        "subject": event.subject,
        "from_address": event.from_address,
        "details": dict(event.details),
    }


COLUMNS = (
    "at",
    "service",
    "actor",
    "actor_name",
    "actor_role",
    "action",
    "subject",
    "from_address",
    "details",
)


def as_row(found: dict) -> dict[str, str]:
    """An entry as the export and the API show it."""
    details = "; ".join(f"{name}={value}" for name, value in sorted(found["details"].items()))
    row = {column: str(found.get(column, "")) for column in COLUMNS}
    row["at"] = found["at"].astimezone(UTC).isoformat()
    row["details"] = details
    row["entry_id"] = found["_id"]
    return row
