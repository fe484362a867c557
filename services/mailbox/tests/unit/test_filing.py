import hashlib
from datetime import UTC, date, datetime, timedelta

import pytest
from centre_mailbox import handlers
from centre_mailbox.domain.documents import Reader, mailbox_document_id, may_open
from contracts.events import (
    CentreSwitchedOverV1,
    DocumentRenderedV1,
    StaffAccessGrantedV1,
    StaffAccessRevokedV1,
)
from servicekit.messaging import Rejected
from signin.sessions import digest_of

from tests.unit.fakes import (
    FakeChannelStore,
    FakeMailboxStore,
    FakeObjectStore,
    Published,
    a_session,
)

ROUTING = handlers.Routing("pp-rendered", "pp-mailbox", "pp-print", date(2027, 7, 1))
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


class Mailbox:
    """The filer's adapters, faked, for a centre that switched over on 1 November 2026."""

    def __init__(self) -> None:
        self.store, self.channels = FakeMailboxStore(), FakeChannelStore()
        self.objects, self.published = FakeObjectStore(), Published()
        self.store.centres["11002"] = {"refnis_code": "11002", "name_nl": "Antwerpen"}
        self.channels.switch_overs["11002"] = date(2026, 11, 1)
        self.objects.objects[("pp-rendered", "ris/2026-11/ms.pdf")] = PDF

    async def file(self, event: DocumentRenderedV1, routing: handlers.Routing = ROUTING):
        return await handlers.file_document(
            event, self.store, self.channels, self.objects, routing, self.published
        )


@pytest.fixture
def mailbox():
    box = Mailbox()
    return box.store, box.objects, box.published, box.file


async def test_a_rendered_document_is_filed_under_its_centre_and_announced(mailbox):
    store, objects, published, file = mailbox

    delivered = await file(rendered())

    record = store.documents[delivered.mailbox_document_id]
    assert record["object_key"].startswith("centres/11002/2026-11/")
    assert objects.objects[("pp-mailbox", record["object_key"])] == PDF
    assert published.events == [delivered]


async def test_the_same_document_twice_is_filed_once_and_counted_as_a_duplicate(mailbox):
    store, objects, published, file = mailbox

    await file(rendered())
    await file(rendered())

    assert len(store.documents) == 1 and store.duplicates == 1
    # Announced again, with the same mailbox id, in case the first announcement was lost.
    assert [e.mailbox_document_id for e in published.events] == [
        mailbox_document_id("ris-social-integration", "2026-11-ms-11002")
    ] * 2


async def test_the_same_id_with_other_content_is_refused(mailbox):
    store, objects, published, file = mailbox
    await file(rendered())
    other = b"%PDF-1.4 something else"
    objects.objects[("pp-rendered", "ris/2026-11/ms.pdf")] = other

    with pytest.raises(Rejected) as refused:
        await file(rendered(other))

    assert refused.value.error_type == "conflicting-duplicate"
    assert "2026-11-ms-11002" in refused.value.reason


async def test_an_unknown_centre_and_a_wrong_checksum_are_refused(mailbox):
    store, objects, published, file = mailbox

    with pytest.raises(Rejected, match="'99999'"):
        await file(rendered(refnis_code="99999"))
    with pytest.raises(Rejected, match="does not match"):
        await file(rendered(sha256="0" * 64))
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
    assert stored["setup_token_sha256"] == digest_of(invitation.setup_token)
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


async def test_a_document_due_before_the_effective_date_is_queued_for_print_not_filed():
    box = Mailbox()
    early = rendered(issued_on=date(2026, 10, 30))

    delivered = await box.file(early)

    (entry,) = box.channels.entries.values()
    assert delivered is None and box.store.documents == {} and box.published.events == []
    assert entry["_id"] == mailbox_document_id(early.issuer, early.document_id)
    assert (entry["status"], entry["paper_because"]) == ("queued", "before-effective-date")
    assert box.objects.objects[("pp-print", entry["object_key"])] == PDF


async def test_a_document_due_on_the_effective_date_goes_to_the_mailbox_only():
    box = Mailbox()

    delivered = await box.file(rendered(issued_on=date(2026, 11, 1)))

    assert box.channels.entries == {}
    assert box.store.documents[delivered.mailbox_document_id]["electronic_by"] == "switched-over"


async def test_a_centre_that_never_switched_over_gets_paper_until_the_cutoff_then_its_mailbox():
    box = Mailbox()
    box.channels.switch_overs.clear()
    after_cutoff = handlers.Routing("pp-rendered", "pp-mailbox", "pp-print", date(2026, 12, 1))

    await box.file(rendered())
    await box.file(rendered(document_id="2026-12-ms-11002"), after_cutoff)

    (entry,) = box.channels.entries.values()
    (record,) = box.store.documents.values()
    assert entry["paper_because"] == "not-switched-over"
    assert (record["document_id"], record["electronic_by"]) == (
        "2026-12-ms-11002",
        "national-cutoff",
    )


async def test_the_same_paper_document_twice_gives_one_print_entry_and_no_mail():
    box = Mailbox()
    early = rendered(issued_on=date(2026, 10, 30))

    await box.file(early)
    box.channels.switch_overs["11002"] = date(2026, 10, 1)  # learnt late: the decision holds
    await box.file(early)

    assert len(box.channels.entries) == 1 and box.store.documents == {}
    assert box.store.duplicates == 1 and box.published.events == []


async def test_a_queued_document_sent_again_with_other_content_is_refused():
    box = Mailbox()
    await box.file(rendered(issued_on=date(2026, 10, 30)))
    other = b"%PDF-1.4 another statement"
    box.objects.objects[("pp-rendered", "ris/2026-11/ms.pdf")] = other

    with pytest.raises(Rejected, match="already on the print queue") as refused:
        await box.file(rendered(other, issued_on=date(2026, 10, 30)))

    assert refused.value.error_type == "conflicting-duplicate"


async def test_a_switch_over_is_recorded_for_its_centre():
    channels = FakeChannelStore()
    event = CentreSwitchedOverV1(
        refnis_code="62063", effective_date=date(2027, 1, 1), approved_by="security-cell"
    )

    await handlers.record_switch_over(event, channels)

    assert channels.switch_overs == {"62063": date(2027, 1, 1)}
