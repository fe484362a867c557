"""The portal's audit entries: kept in the mailbox's own trail and sent to the centre's trail."""

import uuid
from datetime import UTC, datetime

import structlog
from contracts import topics
from contracts.events import AuditRecordedV1

from centre_mailbox.portal.context import Portal

log = structlog.get_logger()
UNKNOWN_ACTOR = "unknown"


async def record(
    portal: Portal,
    *,
    action: str,
    actor: str,
    refnis_code: str | None,
    subject: str,
    from_address: str,
    **details: str,
) -> None:
    """One entry per action. Details never hold a password, a code, a token or a typed address."""
    entry = AuditRecordedV1(
        entry_id=str(uuid.uuid4()),
        at=datetime.now(UTC),
        service="portal",
        actor=actor,
        action=action,
        refnis_code=refnis_code,
        subject=subject,
        from_address=from_address,
        details=details,
    )
    await portal.store.audit(
        actor=actor,
        action=action,
        refnis_code=refnis_code,
        subject=subject,
        entry_id=entry.entry_id,
        from_address=from_address,
        **details,
    )
    await _send(portal, entry)


async def _send(portal: Portal, entry: AuditRecordedV1) -> None:
    # Known shortcoming: a Kafka outage must not stop people signing in, so a failed send is
    # logged and the local entry (same entry_id) is the record until an outbox relays such
    # entries; until then an operator replays them from the mailbox's audit collection.
    try:
        await portal.publish(topics.AUDIT_RECORDED, entry, entry.refnis_code or entry.actor)
    except Exception as failure:  # whatever the broker raised: the entry is kept locally
        log.error(
            "audit_entry_not_sent",
            entry_id=entry.entry_id,
            action=entry.action,
            error=type(failure).__name__,
        )
