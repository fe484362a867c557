"""In-memory stand-ins for the notifier's ports, with the same rules as the real store."""

from datetime import datetime

from notifier.domain.digest_rules import group_by_centre
from notifier.domain.model import (
    Arrival,
    Centre,
    Digest,
    Email,
    LinkClaim,
    PendingCentre,
    StaffMember,
)
from notifier.ports import MailNotSent, MailRefused


class FakeStore:
    def __init__(self) -> None:
        self.centres: dict[str, Centre] = {}
        self.staff: dict[str, tuple[StaffMember | None, bool, datetime]] = {}
        self.invitations: set[tuple[str, datetime]] = set()
        self.arrivals: dict[tuple[str, str], tuple[Arrival, str | None]] = {}
        self.digests: dict[str, tuple[Digest, bool]] = {}
        self.digest_emails: set[tuple[str, str]] = set()
        self.refused_recipients: set[tuple[str, str]] = set()
        self.personal_links: dict[str, str] = {}  # link id to "sending" or "sent"

    async def save_centre(self, centre: Centre) -> None:
        self.centres[centre.refnis_code] = centre

    async def centre(self, refnis_code: str) -> Centre | None:
        return self.centres.get(refnis_code)

    async def grant_access(self, member: StaffMember, *, granted_at: datetime) -> bool:
        known = self.staff.get(member.staff_member_id)
        if known is not None and known[2] >= granted_at:
            return False
        self.staff[member.staff_member_id] = (member, True, granted_at)
        return True

    async def revoke_access(
        self, staff_member_id: str, refnis_code: str, *, revoked_at: datetime
    ) -> bool:
        known = self.staff.get(staff_member_id)
        if known is not None and known[2] > revoked_at:
            return False
        member = known[0] if known else None
        self.staff[staff_member_id] = (member, False, revoked_at)
        return True

    async def active_staff(self, refnis_code: str) -> list[StaffMember]:
        return [
            member
            for member, active, _ in self.staff.values()
            if active and member.refnis_code == refnis_code
        ]

    async def staffed_centres(self) -> set[str]:
        return {member.refnis_code for member, active, _ in self.staff.values() if active}

    async def invitation_sent(self, staff_member_id: str, expires_at: datetime) -> bool:
        return (staff_member_id, expires_at) in self.invitations

    async def record_invitation(
        self, staff_member_id: str, expires_at: datetime, *, sent_at: datetime
    ) -> None:
        self.invitations.add((staff_member_id, expires_at))

    async def claim_personal_link(
        self, link_id: str, *, purpose: str, claimed_at: datetime
    ) -> LinkClaim:
        known = self.personal_links.get(link_id)
        if known is None:
            self.personal_links[link_id] = "sending"
            return LinkClaim.NEW
        return LinkClaim.SENT if known == "sent" else LinkClaim.UNFINISHED

    async def record_personal_link_sent(self, link_id: str, *, sent_at: datetime) -> None:
        self.personal_links[link_id] = "sent"

    async def release_personal_link(self, link_id: str) -> None:
        if self.personal_links.get(link_id) == "sending":
            del self.personal_links[link_id]

    async def add_arrival(self, arrival: Arrival) -> bool:
        key = (arrival.issuer, arrival.document_id)
        if key in self.arrivals:
            return False
        self.arrivals[key] = (arrival, None)
        return True

    def pending(self) -> list[Arrival]:
        return [arrival for arrival, digest_id in self.arrivals.values() if digest_id is None]

    async def pending_centres(self) -> list[PendingCentre]:
        return group_by_centre([(a.refnis_code, a.received_at) for a in self.pending()])

    async def open_digests(self) -> list[Digest]:
        return [digest for digest, done in self.digests.values() if not done]

    async def claim_digest(
        self, refnis_code: str, *, digest_id: str, cutoff: datetime, claimed_at: datetime
    ) -> Digest | None:
        claimable = [
            key
            for key, (arrival, owner) in self.arrivals.items()
            if owner is None
            and arrival.refnis_code == refnis_code
            and arrival.received_at <= cutoff
        ]
        if not claimable:
            return None
        for key in claimable:
            self.arrivals[key] = (self.arrivals[key][0], digest_id)
        digest = Digest(digest_id=digest_id, refnis_code=refnis_code, claimed_at=claimed_at)
        self.digests[digest_id] = (digest, False)
        return digest

    async def digest_arrivals(self, digest_id: str) -> list[Arrival]:
        return [arrival for arrival, owner in self.arrivals.values() if owner == digest_id]

    async def digest_recipients(self, digest_id: str) -> set[str]:
        return {staff for digest, staff in self.digest_emails if digest == digest_id}

    async def record_digest_email(
        self, digest_id: str, staff_member_id: str, *, sent_at: datetime, refused: bool = False
    ) -> None:
        self.digest_emails.add((digest_id, staff_member_id))
        if refused:
            self.refused_recipients.add((digest_id, staff_member_id))

    async def complete_digest(self, digest_id: str, *, completed_at: datetime) -> None:
        digest, _ = self.digests[digest_id]
        self.digests[digest_id] = (digest, True)

    async def release_digest(self, digest_id: str) -> None:
        for key, (arrival, owner) in list(self.arrivals.items()):
            if owner == digest_id:
                self.arrivals[key] = (arrival, None)
        self.digests.pop(digest_id, None)


class FakeMail:
    def __init__(self) -> None:
        self.sent: list[Email] = []
        self.refusing: set[str] = set()  # addresses the fake mail server will not take now
        self.unknown: set[str] = set()  # addresses it refuses for good

    def refuse_all(self) -> None:
        self.refusing.add("*")

    async def send(self, email: Email) -> None:
        if email.to in self.unknown:
            raise MailRefused("SMTPRecipientsRefused: reply codes [550]")
        if "*" in self.refusing or email.to in self.refusing:
            raise MailNotSent("SMTPServerDisconnected: connection refused")
        self.sent.append(email)

    def to(self, address: str) -> list[Email]:
        return [email for email in self.sent if email.to == address]
