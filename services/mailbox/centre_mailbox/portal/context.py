"""What every route of the portal reaches: the store, the sessions, the broker and the rules."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from contracts.events import Event
from contracts.topics import Topic
from signin.lockout import LockoutPolicy
from signin.sessions import Sessions
from starlette.requests import Request

from centre_mailbox.adapters.mongo import MailboxStore
from centre_mailbox.adapters.object_store import ObjectStore
from centre_mailbox.settings import MailboxSettings

Publish = Callable[[Topic, Event, str], Awaitable[None]]

# The name a token app shows beside the codes, and the issuer in the QR code.
ISSUER = "Personal Pages"


@dataclass
class Portal:
    settings: MailboxSettings
    store: MailboxStore
    objects: ObjectStore
    sessions: Sessions
    publish: Publish
    policy: LockoutPolicy = field(default_factory=LockoutPolicy)


def portal_of(request: Request) -> Portal:
    return request.app.state.portal


def client_address(request: Request) -> str:
    return (request.client.host if request.client else "unknown")[:64]
