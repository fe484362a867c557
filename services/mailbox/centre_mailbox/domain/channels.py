"""Which way a document goes to its centre: into the mailbox, or printed and posted, by the rule
of contracts.channels that the reimbursement systems apply too.

The decision is taken when the document is filed, with the switch-overs known then. Switch-overs
and documents travel on different topics, so a switch-over published at the very moment its
centre's document is filed may be learnt just after it: that document goes on paper, which is
what the centre got until then anyway. Switch-overs are approved ahead of their effective date,
so in practice the filer knows them long before the first document they concern. A decision,
once taken, holds: a re-sent document follows the way the first one went.
"""

from dataclasses import dataclass
from enum import StrEnum

from contracts.channels import Channel, ChannelDecision, Reason, delivery_channel

__all__ = ["Channel", "ChannelDecision", "Reason", "delivery_channel"]


class PrintStatus(StrEnum):
    QUEUED = "queued"
    PRINTED = "printed"


class Unread(StrEnum):
    """Why nobody can read a centre's mailbox."""

    NEVER_SWITCHED_OVER = "never-switched-over"  # electronic by the national cut-off alone
    NO_ACTIVE_STAFF = "no-active-staff"


@dataclass(frozen=True)
class WaitingCentre:
    refnis_code: str
    documents: int
    reasons: tuple[Unread, ...]


def waiting_centres(
    documents_per_centre: dict[str, int], switched_over: set[str], staffed: set[str]
) -> list[WaitingCentre]:
    """Centres with documents in their mailbox and nobody to read them, most documents first.

    staffed: the centres with at least one staff member whose access is not revoked. A centre
    that never switched over has no security consultant to grant anyone access, so it counts as
    waiting even if a staff member is on record.
    """
    waiting = []
    for refnis_code, documents in documents_per_centre.items():
        reasons = []
        if refnis_code not in switched_over:
            reasons.append(Unread.NEVER_SWITCHED_OVER)
        if refnis_code not in staffed:
            reasons.append(Unread.NO_ACTIVE_STAFF)
        if documents and reasons:
            waiting.append(WaitingCentre(refnis_code, documents, tuple(reasons)))
    return sorted(waiting, key=lambda centre: (-centre.documents, centre.refnis_code))
