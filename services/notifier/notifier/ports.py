"""What the notifier needs from the outside world; adapters/ holds the real ones, tests fakes."""

from datetime import datetime
from typing import Protocol

from notifier.domain.model import (
    Arrival,
    Centre,
    Digest,
    Email,
    LinkClaim,
    PendingCentre,
    StaffMember,
)


class MailNotSent(Exception):
    """The mail server did not take the email; sending it again later may work."""


class MailRefused(MailNotSent):
    """The mail server refused the address for good (a 5xx reply): sending again will not help."""


class MailSender(Protocol):
    async def send(self, email: Email) -> None: ...


class NotifierStore(Protocol):
    async def save_centre(self, centre: Centre) -> None: ...

    async def centre(self, refnis_code: str) -> Centre | None: ...

    async def grant_access(self, member: StaffMember, *, granted_at: datetime) -> bool:
        """False when a later grant or revocation is already known."""

    async def revoke_access(
        self, staff_member_id: str, refnis_code: str, *, revoked_at: datetime
    ) -> bool:
        """False when a later grant is already known."""

    async def active_staff(self, refnis_code: str) -> list[StaffMember]: ...

    async def staffed_centres(self) -> set[str]:
        """The refnis codes of the centres with at least one active staff member."""

    async def invitation_sent(self, staff_member_id: str, expires_at: datetime) -> bool: ...

    async def record_invitation(
        self, staff_member_id: str, expires_at: datetime, *, sent_at: datetime
    ) -> None: ...

    async def claim_personal_link(
        self, link_id: str, *, purpose: str, claimed_at: datetime
    ) -> LinkClaim:
        """NEW for the first claim of this link; otherwise what became of the earlier one."""

    async def record_personal_link_sent(self, link_id: str, *, sent_at: datetime) -> None: ...

    async def release_personal_link(self, link_id: str) -> None:
        """Forget a claim whose email did not go out, so that a retry sends it."""

    async def add_arrival(self, arrival: Arrival) -> bool:
        """False when this issuer's document was already recorded."""

    async def pending_centres(self) -> list[PendingCentre]: ...

    async def open_digests(self) -> list[Digest]: ...

    async def claim_digest(
        self, refnis_code: str, *, digest_id: str, cutoff: datetime, claimed_at: datetime
    ) -> Digest | None:
        """Give the centre's unclaimed arrivals received up to cutoff to a new digest.

        None when there were none left to claim.
        """

    async def digest_arrivals(self, digest_id: str) -> list[Arrival]: ...

    async def digest_recipients(self, digest_id: str) -> set[str]: ...

    async def record_digest_email(
        self, digest_id: str, staff_member_id: str, *, sent_at: datetime, refused: bool = False
    ) -> None:
        """The staff member is dealt with for this digest: mailed, or refused for good."""

    async def complete_digest(self, digest_id: str, *, completed_at: datetime) -> None: ...

    async def release_digest(self, digest_id: str) -> None:
        """Hand a digest's arrivals back to the pending ones and forget the digest."""
