"""Topic names and the event each carries. The version in the name follows the event's."""

from dataclasses import dataclass

from contracts import events


@dataclass(frozen=True)
class Topic:
    name: str
    event: type[events.Event]
    partitions: int = 6
    # Compacted topics keep the latest event per key: the state of each centre or staff member.
    compacted: bool = False


CENTRE_REGISTERED = Topic("centre-registered.v1", events.CentreRegisteredV1, compacted=True)
CENTRE_SWITCHED_OVER = Topic("centre-switched-over.v1", events.CentreSwitchedOverV1)
STAFF_ACCESS_GRANTED = Topic("staff-access-granted.v1", events.StaffAccessGrantedV1)
STAFF_ACCESS_REVOKED = Topic("staff-access-revoked.v1", events.StaffAccessRevokedV1)
STAFF_INVITED = Topic("staff-invited.v1", events.StaffInvitedV1)
PERSONAL_LINK_ISSUED = Topic("personal-link-issued.v1", events.PersonalLinkIssuedV1)
AUDIT_RECORDED = Topic("audit-recorded.v1", events.AuditRecordedV1)
DOCUMENT_DUE = Topic("document-due.v1", events.DocumentDueV1)
DOCUMENT_RENDERED = Topic("document-rendered.v1", events.DocumentRenderedV1)
DOCUMENT_DELIVERED = Topic("document-delivered.v1", events.DocumentDeliveredV1)
DEAD_LETTER = Topic("dead-letter.v1", events.DeadLetterV1, partitions=1)

ALL_TOPICS = (
    CENTRE_REGISTERED,
    CENTRE_SWITCHED_OVER,
    STAFF_ACCESS_GRANTED,
    STAFF_ACCESS_REVOKED,
    STAFF_INVITED,
    PERSONAL_LINK_ISSUED,
    AUDIT_RECORDED,
    DOCUMENT_DUE,
    DOCUMENT_RENDERED,
    DOCUMENT_DELIVERED,
    DEAD_LETTER,
)
