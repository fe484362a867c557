"""Who is signed in."""

from dataclasses import dataclass

from signin.sessions import Session, Stage
from starlette.requests import Request

from centre_mailbox.domain.documents import Reader
from centre_mailbox.portal.context import portal_of
from centre_mailbox.portal.pages import SESSION_COOKIE


class SignInRequired(Exception):
    def __init__(self, next_path: str) -> None:
        self.next_path = next_path


@dataclass(frozen=True)
class SignedIn:
    reader: Reader
    language: str
    session: Session


async def signed_in(request: Request) -> SignedIn:
    portal = portal_of(request)
    session = await portal.sessions.find(request.cookies.get(SESSION_COOKIE), Stage.SIGNED_IN)
    staff_member = await portal.store.staff_member(session.person_id) if session else None

    if session and not _has_access(staff_member):
        # The filer ends a revoked member's sessions; this covers a request that comes first.
        await portal.sessions.end_all_of(session.person_id)
        staff_member = None
    if staff_member is None or session is None:
        query = f"?{request.url.query}" if request.url.query else ""
        raise SignInRequired(request.url.path + query)

    reader = Reader(staff_member["_id"], staff_member["refnis_code"], active=True)
    return SignedIn(reader, staff_member.get("language", "nl"), session)


def _has_access(staff_member: dict | None) -> bool:
    return bool(staff_member) and not staff_member.get("revoked_at")
