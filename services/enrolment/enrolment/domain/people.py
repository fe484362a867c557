"""Who signs in to the enrolment pages, and what each may do.

The security cell reviews every centre's application and may withdraw any consultant's
empowerment. A security consultant, once empowered, manages staff access for their own centre
and for no other; nobody else grants or revokes staff access.
"""

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    SECURITY_CELL = "security-cell"
    SECURITY_CONSULTANT = "security-consultant"


class NotAllowed(Exception):
    """The person is signed in but may not do this; the message says why."""


@dataclass(frozen=True)
class Actor:
    """Who does something, and from where: what the audit trail records."""

    person_id: str
    full_name: str
    role: Role | None  # None for a centre applying, which has no account yet
    refnis_code: str  # the consultant's centre; "" for the cell
    from_address: str
    language: str = "nl"

    @property
    def label(self) -> str:
        return self.person_id


def require_cell(actor: Actor) -> None:
    if actor.role is not Role.SECURITY_CELL:
        raise NotAllowed("only the security cell may do this")


def require_consultant_of(actor: Actor, refnis_code: str) -> None:
    if actor.role is not Role.SECURITY_CONSULTANT:
        raise NotAllowed("only the centre's security consultant manages its staff access")
    if actor.refnis_code != refnis_code:
        raise NotAllowed(
            f"you are security consultant of centre {actor.refnis_code}, not of {refnis_code}"
        )
