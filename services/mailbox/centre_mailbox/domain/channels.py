"""Which way a document goes to its centre: into the mailbox, or printed and posted.

From its effective date on, a centre that switched over gets every document of every legislation
in its mailbox; before that date, and for a centre that never switched over, the agency prints
and posts it. From the national cut-off date on, the mailbox is the only way for every centre.
The rule reads the centre and the document's date alone: never the legislation, because the
three legislations switch together.

The decision is taken when the document is filed, with the switch-overs known then. Switch-overs
and documents travel on different topics, so a switch-over published at the very moment its
centre's document is filed may be learnt just after it: that document goes on paper, which is
what the centre got until then anyway. Switch-overs are approved ahead of their effective date,
so in practice the filer knows them long before the first document they concern. A decision,
once taken, holds: a re-sent document follows the way the first one went.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Channel(StrEnum):
    ELECTRONIC = "electronic"
    PAPER = "paper"


class Reason(StrEnum):
    SWITCHED_OVER = "switched-over"  # electronic: on or after the centre's effective date
    NATIONAL_CUTOFF = "national-cutoff"  # electronic: on or after the national cut-off date
    NOT_SWITCHED_OVER = "not-switched-over"  # paper: the centre has not switched over
    BEFORE_EFFECTIVE_DATE = "before-effective-date"  # paper: it switches over later


class PrintStatus(StrEnum):
    QUEUED = "queued"
    PRINTED = "printed"


@dataclass(frozen=True)
class ChannelDecision:
    channel: Channel
    reason: Reason


def delivery_channel(
    issued_on: date, effective_date: date | None, national_cutoff: date
) -> ChannelDecision:
    """effective_date: the centre's switch-over date, or None when it never switched over."""
    if effective_date is not None and effective_date <= issued_on:
        return ChannelDecision(Channel.ELECTRONIC, Reason.SWITCHED_OVER)
    if issued_on >= national_cutoff:
        return ChannelDecision(Channel.ELECTRONIC, Reason.NATIONAL_CUTOFF)
    if effective_date is None:
        return ChannelDecision(Channel.PAPER, Reason.NOT_SWITCHED_OVER)
    return ChannelDecision(Channel.PAPER, Reason.BEFORE_EFFECTIVE_DATE)


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
