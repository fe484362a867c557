from datetime import timedelta

import pytest

from notifier import handlers
from notifier.ports import MailNotSent

import notifier_events as events
from notifier_events import GHENT, NOON
from notifier_fakes import FakeMail, FakeStore

PORTAL = "http://portal.example"


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def mail() -> FakeMail:
    return FakeMail()


async def active_ids(store: FakeStore) -> list[str]:
    return [member.staff_member_id for member in await store.active_staff(GHENT)]


async def test_a_granted_staff_member_is_active(store):
    await handlers.grant_access(events.access_granted(), store)

    assert await active_ids(store) == ["staff-0001"]


async def test_a_revoked_staff_member_is_no_longer_active(store):
    await handlers.grant_access(events.access_granted(), store)
    await handlers.revoke_access(events.access_revoked(), store)

    assert await active_ids(store) == []


async def test_a_replayed_older_grant_does_not_undo_a_revocation(store):
    grant = events.access_granted(granted_at=NOON - timedelta(days=1))
    await handlers.grant_access(grant, store)
    await handlers.revoke_access(events.access_revoked(revoked_at=NOON), store)

    await handlers.grant_access(grant, store)

    assert await active_ids(store) == []


async def test_a_revocation_seen_before_its_older_grant_still_wins(store):
    await handlers.revoke_access(events.access_revoked(revoked_at=NOON), store)
    late_grant = events.access_granted(granted_at=NOON - timedelta(hours=1))
    await handlers.grant_access(late_grant, store)

    assert await active_ids(store) == []


async def test_access_granted_again_after_a_revocation_counts(store):
    first = events.access_granted(granted_at=NOON - timedelta(days=1))
    again = events.access_granted(granted_at=NOON + timedelta(days=1))

    await handlers.grant_access(first, store)
    await handlers.revoke_access(events.access_revoked(revoked_at=NOON), store)
    await handlers.grant_access(again, store)

    assert await active_ids(store) == ["staff-0001"]


async def invite(event, store, mail):
    await handlers.invite_staff_member(event, store, mail, portal_url=PORTAL, now=NOON)


async def test_an_invitation_is_sent_once_even_when_redelivered(store, mail):
    event = events.staff_invited()

    await invite(event, store, mail)
    await invite(event, store, mail)

    assert len(mail.sent) == 1
    assert f"{PORTAL}/setup?token={event.setup_token}" in mail.sent[0].text


async def test_a_new_invitation_for_the_same_staff_member_is_sent_too(store, mail):
    await invite(events.staff_invited(), store, mail)
    later = events.staff_invited(expires_at=NOON + timedelta(days=14))

    await invite(later, store, mail)

    assert len(mail.sent) == 2


async def test_an_invitation_names_the_registered_centre(store, mail):
    await handlers.register_centre(events.centre_registered(), store)

    await invite(events.staff_invited(language="fr"), store, mail)

    assert "CPAS de Gand" in mail.sent[0].text


async def test_an_invitation_already_expired_is_not_sent(store, mail):
    await invite(events.staff_invited(expires_at=NOON - timedelta(minutes=1)), store, mail)

    assert mail.sent == []


async def test_an_invitation_the_mail_server_refused_is_retried_not_recorded(store, mail):
    event = events.staff_invited()
    mail.refuse_all()

    with pytest.raises(MailNotSent):
        await invite(event, store, mail)

    mail.refusing.clear()
    await invite(event, store, mail)
    assert len(mail.sent) == 1


async def test_the_setup_token_never_reaches_the_log(store, mail, capsys):
    event = events.staff_invited()

    await invite(event, store, mail)

    captured = capsys.readouterr()
    assert event.setup_token not in captured.out + captured.err


async def test_a_redelivered_document_yields_one_pending_notification(store):
    event = events.document_delivered()

    await handlers.record_arrival(event, store, now=NOON)
    await handlers.record_arrival(event, store, now=NOON + timedelta(seconds=5))

    assert len(store.pending()) == 1
    assert store.pending()[0].received_at == NOON
