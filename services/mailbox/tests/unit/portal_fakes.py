"""In-memory stand-ins for what the portal reaches: staff records, sessions and the broker."""

import secrets
from datetime import UTC, datetime, timedelta

from centre_mailbox.adapters.mongo import LINKS, CodeAlreadyUsed, LinkAlreadyUsed
from centre_mailbox.portal.app import create_portal
from centre_mailbox.portal.context import Portal
from centre_mailbox.settings import MailboxSettings
from signin import accounts, factors, passwords, totp
from signin.sessions import Session, Stage, digest_of
from signin.sessions import digest_of as token_digest
from starlette.testclient import TestClient

from tests.unit.fakes import FakeObjectStore

PASSWORD = "a long enough password"


class FakeStaffStore:
    def __init__(self) -> None:
        self.staff: dict[str, dict] = {}
        self.audit_entries: list[dict] = []

    async def create_indexes(self) -> None:
        pass

    async def staff_member(self, staff_member_id):
        return self.staff.get(staff_member_id)

    async def who_may_sign_in(self, email):
        for person in self.staff.values():
            active = person["email"] == email and not person.get("revoked_at")
            if active and person.get("password_hash") and person.get("second_factor"):
                return person
        return None

    async def person_by_token(self, field, digest):
        return next((p for p in self.staff.values() if p.get(field) == digest), None)

    async def remember(self, person_id, fields):
        person = self.staff[person_id]
        if any(fields.get(link) == accounts.USED and not person.get(link) for link in LINKS):
            raise LinkAlreadyUsed(person_id)
        step = fields.get("second_factor.last_step")
        if step is not None and person["second_factor"]["last_step"] >= step:
            raise CodeAlreadyUsed(person_id)
        for name, value in fields.items():
            if name.startswith("second_factor."):
                person["second_factor"][name.split(".", 1)[1]] = value
            else:
                person[name] = value

    async def set_staff_fields(self, staff_member_id, fields):
        self.staff[staff_member_id].update(fields)

    async def audit(self, *, actor, action, refnis_code, subject, **details):
        self.audit_entries.append({"actor": actor, "action": action, **details})

    async def centre(self, refnis_code):
        return {"name_nl": "Eupen", "name_fr": "Eupen"}

    async def documents_of(self, refnis_code, filters, limit):
        return []

    async def read_ids(self, staff_member_id, ids):
        return set()

    async def periods_of(self, refnis_code):
        return []


class FakeSessions:
    def __init__(self) -> None:
        self.open_sessions: dict[str, dict] = {}

    async def create_indexes(self) -> None:
        pass

    async def open(self, person_id, stage, from_address):
        token = secrets.token_urlsafe(32)
        self.open_sessions[digest_of(token)] = {"person_id": person_id, "stage": stage}
        return token

    async def find(self, token, stage):
        found = self.open_sessions.get(digest_of(token or ""))
        if found is None or found["stage"] != stage:
            return None
        return Session(digest_of(token), found["person_id"], stage, datetime.now(UTC))

    async def end(self, token):
        self.open_sessions.pop(digest_of(token or ""), None)

    async def end_all_of(self, person_id):
        ended = [k for k, s in self.open_sessions.items() if s["person_id"] == person_id]
        for key in ended:
            del self.open_sessions[key]
        return len(ended)

    def stages_of(self, person_id) -> list[Stage]:
        return [s["stage"] for s in self.open_sessions.values() if s["person_id"] == person_id]


class Broker:
    def __init__(self) -> None:
        self.sent: list[tuple[str, object]] = []

    async def __call__(self, topic, event, key) -> None:
        self.sent.append((topic.name, event))

    def on(self, topic) -> list:
        return [event for name, event in self.sent if name == topic.name]


class TokenApp:
    """A person's phone: the next code it shows is never one of a step already used."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.step = totp.step_at(datetime.now(UTC)) - 1

    def code(self) -> str:
        self.step += 1
        return totp.code_for_step(self.secret, self.step)


class PortalUnderTest:
    def __init__(self, **settings) -> None:
        self.store, self.sessions, self.broker = FakeStaffStore(), FakeSessions(), Broker()
        self.settings = MailboxSettings(**settings)
        portal = Portal(self.settings, self.store, FakeObjectStore(), self.sessions, self.broker)
        self.app = create_portal(self.settings, (portal, _nothing, _nothing))

    def client(self, base_url: str = "http://testserver") -> TestClient:
        return TestClient(self.app, base_url=base_url, follow_redirects=False)

    def invited(self, staff_member_id="staff-1", email="staff@centre.example") -> str:
        token = secrets.token_urlsafe(32)
        self.store.staff[staff_member_id] = {
            "_id": staff_member_id,
            "email": email,
            "refnis_code": "63023",
            "language": "de",
            "setup_token_sha256": token_digest(token),
            "setup_expires_at": datetime.now(UTC) + timedelta(days=1),
        }
        return token

    def set_up(self, staff_member_id="staff-1", email="staff@centre.example") -> TokenApp:
        self.invited(staff_member_id, email)
        app = TokenApp(totp.new_secret())
        self.store.staff[staff_member_id].update(
            password_hash=passwords.hash_password(PASSWORD),
            second_factor=factors.TokenApp.enrolled(app.secret, app.step),
            setup_token_sha256=None,
        )
        return app


async def _nothing() -> None:
    pass


def form_token(client: TestClient, path: str) -> str:
    """Serves the page, as a browser would before posting its form."""
    page = client.get(path)
    return page.cookies.get("pp_csrf") or client.cookies.get("pp_csrf")
