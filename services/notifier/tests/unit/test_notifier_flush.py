from datetime import timedelta
from itertools import count

import pytest

from notifier import handlers
from notifier.digests import DigestPolicy, flush_digests

import notifier_events as events
from notifier_events import GHENT, NOON
from notifier_fakes import FakeMail, FakeStore

POLICY = DigestPolicy(
    quiet=timedelta(seconds=3), max_wait=timedelta(seconds=60), portal_url="http://portal.example"
)
AFTER_QUIET = NOON + timedelta(seconds=3)


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def mail() -> FakeMail:
    return FakeMail()


async def flush(store, mail, now=AFTER_QUIET):
    numbers = count(len(store.digests) + 1)
    await flush_digests(store, mail, POLICY, now=now, new_id=lambda: f"digest-{next(numbers)}")


async def staff(store, *staff_member_ids, refnis_code=GHENT):
    for staff_member_id in staff_member_ids:
        event = events.access_granted(staff_member_id, refnis_code=refnis_code)
        await handlers.grant_access(event, store)


async def arrive(store, *numbers, now=NOON, refnis_code=GHENT):
    for number in numbers:
        event = events.document_delivered(number, refnis_code=refnis_code)
        await handlers.record_arrival(event, store, now=now)


async def test_arrivals_make_one_digest_per_staff_member(store, mail):
    await staff(store, "staff-0001", "staff-0002")
    await arrive(store, 1, 2, 3)

    await flush(store, mail)

    assert sorted(email.to for email in mail.sent) == [
        "staff-0001@ocmw.example",
        "staff-0002@ocmw.example",
    ]
    assert mail.sent[0].subject == "3 nieuwe documenten in uw Persoonlijke Pagina's"
    assert store.pending() == []


async def test_nothing_is_sent_while_documents_keep_arriving(store, mail):
    await staff(store, "staff-0001")
    await arrive(store, 1)

    await flush(store, mail, now=NOON + timedelta(seconds=1))

    assert mail.sent == []
    assert len(store.pending()) == 1


async def test_a_sent_digest_is_not_sent_again(store, mail):
    await staff(store, "staff-0001")
    await arrive(store, 1)

    await flush(store, mail)
    await flush(store, mail, now=AFTER_QUIET + timedelta(seconds=10))

    assert len(mail.sent) == 1


async def test_a_redelivered_document_after_its_digest_is_not_announced_again(store, mail):
    await staff(store, "staff-0001")
    await arrive(store, 1)
    await flush(store, mail)

    await arrive(store, 1, now=AFTER_QUIET)
    await flush(store, mail, now=AFTER_QUIET + timedelta(seconds=10))

    assert len(mail.sent) == 1


async def test_a_revoked_staff_member_gets_nothing(store, mail):
    await staff(store, "staff-0001", "staff-0002")
    await handlers.revoke_access(events.access_revoked("staff-0002"), store)
    await arrive(store, 1)

    await flush(store, mail)

    assert [email.to for email in mail.sent] == ["staff-0001@ocmw.example"]


async def test_staff_of_another_centre_get_nothing(store, mail):
    await staff(store, "staff-0001")
    await staff(store, "staff-0009", refnis_code="21004")
    await arrive(store, 1)

    await flush(store, mail)

    assert mail.to("staff-0009@ocmw.example") == []


async def test_a_centre_without_staff_keeps_its_arrivals_until_staff_appear(store, mail):
    await arrive(store, 1, 2)

    await flush(store, mail)
    assert mail.sent == []
    assert len(store.pending()) == 2

    await staff(store, "staff-0001")
    await flush(store, mail, now=AFTER_QUIET + timedelta(seconds=1))
    assert len(mail.sent) == 1
    assert mail.sent[0].subject.startswith("2 ")


async def test_a_failed_send_is_retried_on_the_next_flush(store, mail):
    await staff(store, "staff-0001")
    await arrive(store, 1)
    mail.refuse_all()

    await flush(store, mail)
    assert mail.sent == []

    mail.refusing.clear()
    await flush(store, mail, now=AFTER_QUIET + timedelta(seconds=1))
    assert len(mail.sent) == 1


async def test_a_resumed_digest_goes_only_to_staff_not_yet_emailed(store, mail):
    await staff(store, "staff-0001", "staff-0002")
    await arrive(store, 1)
    mail.refusing.add("staff-0002@ocmw.example")

    await flush(store, mail)
    mail.refusing.clear()
    await flush(store, mail, now=AFTER_QUIET + timedelta(seconds=1))

    assert len(mail.to("staff-0001@ocmw.example")) == 1
    assert len(mail.to("staff-0002@ocmw.example")) == 1
    assert await store.open_digests() == []


async def test_arrivals_during_an_open_digest_wait_for_the_next_one(store, mail):
    await staff(store, "staff-0001")
    await arrive(store, 1)
    mail.refuse_all()
    await flush(store, mail)

    await arrive(store, 2, now=AFTER_QUIET)
    mail.refusing.clear()
    await flush(store, mail, now=AFTER_QUIET + timedelta(seconds=3))

    assert [email.subject[0] for email in mail.sent] == ["1", "1"]
    assert store.pending() == []


async def test_a_digest_whose_staff_were_all_revoked_before_sending_is_kept(store, mail):
    await staff(store, "staff-0001")
    await arrive(store, 1)
    mail.refuse_all()
    await flush(store, mail)

    await handlers.revoke_access(events.access_revoked(), store)
    await flush(store, mail, now=AFTER_QUIET + timedelta(seconds=1))

    assert await store.open_digests() == []
    assert len(store.pending()) == 1


async def test_an_address_refused_for_good_does_not_hold_back_the_centres_digests(store, mail):
    await staff(store, "staff-0001", "staff-0002")
    await arrive(store, 1)
    mail.unknown.add("staff-0002@ocmw.example")

    await flush(store, mail)

    assert len(mail.to("staff-0001@ocmw.example")) == 1
    assert await store.open_digests() == []
    assert [staff for _, staff in store.refused_recipients] == ["staff-0002"]
