import hashlib
from datetime import UTC, date, datetime, timedelta

import pytest
from centre_mailbox import handlers
from centre_mailbox.domain.documents import Reader, mailbox_document_id, may_open
from contracts.events import DocumentRenderedV1, StaffAccessGrantedV1, StaffAccessRevokedV1
from servicekit.messaging import Rejected

from tests.unit.fakes import FakeMailboxStore, FakeObjectStore, Published, a_session

BUCKETS = ("pp-rendered", "pp-mailbox")
PDF = b"%PDF-1.4 a monthly statement"


def rendered(pdf: bytes = PDF, refnis_code: str = "11002", **changes) -> DocumentRenderedV1:
    fields = dict(
        issuer="ris-social-integration",
        document_id="2026-11-ms-11002",
        refnis_code=refnis_code,
        legislation="social-integration",
        kind="monthly-statement",
        period="2026-11",
        issued_on=date(2026, 12, 6),
        language="nl",
        object_key="ris/2026-11/ms.pdf",
        sha256=hashlib.sha256(pdf).hexdigest(),
        size_bytes=len(pdf),
        page_count=1,
        rendered_at=datetime(2026, 12, 6, 3, 0, tzinfo=UTC),
    )
    return DocumentRenderedV1(**{**fields, **changes})


@pytest.fixture
def mailbox():
    store, objects, published = FakeMailboxStore(), FakeObjectStore(), Published()
    store.centres["11002"] = {"refnis_code": "11002", "name_nl": "Antwerpen", "name_fr": "Anvers"}
    objects.objects[("pp-rendered", "ris/2026-11/ms.pdf")] = PDF
    return store, objects, published


async def test_a_rendered_document_is_filed_under_its_centre_and_announced(mailbox):
    store, objects, published = mailbox

    delivered = await handlers.file_document(rendered(), store, objects, BUCKETS, published)

    record = store.documents[delivered.mailbox_document_id]
    assert record["object_key"].startswith("centres/11002/2026-11/")
    assert objects.objects[("pp-mailbox", record["object_key"])] == PDF
    assert published.events == [delivered]


async def test_the_same_document_twice_is_filed_once_and_counted_as_a_duplicate(mailbox):
    store, objects, published = mailbox

    await handlers.file_document(rendered(), store, objects, BUCKETS, published)
    await handlers.file_document(rendered(), store, objects, BUCKETS, published)

    assert len(store.documents) == 1 and store.duplicates == 1
    # Announced again, with the same mailbox id, in case the first announcement was lost.
    assert [e.mailbox_document_id for e in published.events] == [
        mailbox_document_id("ris-social-integration", "2026-11-ms-11002")
    ] * 2


async def test_the_same_id_with_other_content_is_refused(mailbox):
    store, objects, published = mailbox
    await handlers.file_document(rendered(), store, objects, BUCKETS, published)
    other = b"%PDF-1.4 something else"
    objects.objects[("pp-rendered", "ris/2026-11/ms.pdf")] = other

    with pytest.raises(Rejected) as refused:
        await handlers.file_document(rendered(other), store, objects, BUCKETS, published)

    assert refused.value.error_type == "conflicting-duplicate"
    assert "2026-11-ms-11002" in refused.value.reason


async def test_an_unknown_centre_and_a_wrong_checksum_are_refused(mailbox):
    store, objects, published = mailbox

    with pytest.raises(Rejected, match="'99999'"):
        await handlers.file_document(
            rendered(refnis_code="99999"), store, objects, BUCKETS, published
        )
    with pytest.raises(Rejected, match="does not match"):
        await handlers.file_document(rendered(sha256="0" * 64), store, objects, BUCKETS, published)
    assert store.documents == {} and published.events == []


def granted(staff_member_id: str = "staff-0001") -> StaffAccessGrantedV1:
    return StaffAccessGrantedV1(
        staff_member_id=staff_member_id,
        refnis_code="11002",
        email="w@ocmw.example",
        full_name="W",
        language="nl",
        granted_by="consultant",
        granted_at=datetime(2026, 11, 2, tzinfo=UTC),
    )


async def test_a_grant_invites_the_staff_member_with_a_token_stored_only_hashed():
    store, published = FakeMailboxStore(), Published()

    await handlers.record_access_granted(granted(), store, timedelta(days=7), published)

    invitation = published.events[0]
    stored = store.staff["staff-0001"]
    assert stored["setup_token_sha256"] == handlers.token_digest(invitation.setup_token)
    assert invitation.setup_token not in str(stored)


async def test_a_replayed_grant_after_set_up_sends_no_new_invitation():
    store, published = FakeMailboxStore(), Published()
    await handlers.record_access_granted(granted(), store, timedelta(days=7), published)
    store.staff["staff-0001"]["password_hash"] = "argon2-hash"

    await handlers.record_access_granted(granted(), store, timedelta(days=7), published)

    assert len(published.events) == 1


async def test_a_revocation_ends_open_sessions_and_survives_a_late_grant():
    store, published = FakeMailboxStore(), Published()
    await handlers.record_access_granted(granted(), store, timedelta(days=7), published)
    store.sessions["s1"] = a_session("staff-0001", datetime.now(UTC))
    revoked = StaffAccessRevokedV1(
        staff_member_id="staff-0001",
        refnis_code="11002",
        revoked_by="consultant",
        revoked_at=datetime.now(UTC),
    )

    await handlers.record_access_revoked(revoked, store)
    await handlers.record_access_granted(granted(), store, timedelta(days=7), published)

    assert store.sessions == {}
    assert store.staff["staff-0001"]["revoked_at"] is not None
    assert len(published.events) == 1
    assert [entry["action"] for entry in store.audit_entries] == ["access_revoked"]


def test_a_reader_opens_only_their_own_centres_documents_while_access_lasts():
    reader = Reader("staff-0001", "11002", active=True)

    assert may_open(reader, "11002")
    assert not may_open(reader, "62063")
    assert not may_open(Reader("staff-0001", "11002", active=False), "11002")
    assert not may_open(Reader("s", "11002", active=True, revoked_at=datetime.now(UTC)), "11002")
