from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from contracts.centres import municipality_name
from contracts.values import DocumentKind, Language, Legislation


@dataclass(frozen=True)
class StaffMember:
    staff_member_id: str
    refnis_code: str
    email: str
    language: Language


@dataclass(frozen=True)
class Centre:
    refnis_code: str
    name_nl: str
    name_fr: str

    def name_in(self, language: Language) -> str:
        return municipality_name(self.name_nl, self.name_fr, language)


@dataclass(frozen=True)
class Arrival:
    """A document now in a centre's mailbox that its staff have not been told about yet."""

    issuer: str
    document_id: str
    mailbox_document_id: str
    refnis_code: str
    legislation: Legislation
    kind: DocumentKind
    period: str
    delivered_at: datetime
    received_at: datetime


@dataclass(frozen=True)
class PendingCentre:
    """A centre with arrivals not yet claimed by any digest."""

    refnis_code: str
    oldest: datetime
    newest: datetime
    count: int


@dataclass(frozen=True)
class Digest:
    """One email's worth of arrivals for one centre, sent to each of its active staff."""

    digest_id: str
    refnis_code: str
    claimed_at: datetime


@dataclass(frozen=True)
class Email:
    to: str
    subject: str
    text: str
    html: str


class LinkClaim(StrEnum):
    """What the store knew of a personal link when the notifier came to email it."""

    NEW = "new"  # first seen: email it
    SENT = "sent"  # emailed already: the event came again
    UNFINISHED = "unfinished"  # claimed by an attempt that never recorded the email as sent
