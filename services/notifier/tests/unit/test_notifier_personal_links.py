from datetime import timedelta

import pytest
from structlog.testing import capture_logs

from contracts.events import Site
from notifier import handlers
from notifier.ports import MailNotSent
from servicekit.messaging import Rejected

import notifier_events as events
from notifier_events import NOON
from notifier_fakes import FakeMail, FakeStore

SITES = {Site.ENROLMENT: "http://enrolment.example", Site.PORTAL: "http://portal.example/"}


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def mail() -> FakeMail:
    return FakeMail()


async def send(event, store, mail, now=NOON):
    await handlers.send_personal_link(event, store, mail, site_urls=SITES, now=now)


async def test_a_personal_link_is_emailed_once_even_when_redelivered(store, mail):
    event = events.personal_link_issued()

    await send(event, store, mail)
    await send(event, store, mail)

    [email] = mail.sent
    assert email.to == "consultant@ocmw.example"
    assert "http://enrolment.example/setup?token=Zq7fP2wL9xK4mB1n%2BR8tV3yC6%2FdH0jS5gE2a%3D" in (
        email.text
    )


async def test_a_portal_link_leads_to_the_portal(store, mail):
    event = events.personal_link_issued(purpose="password-reset", site="portal", path="/reset")

    await send(event, store, mail)

    assert "http://portal.example/reset?token=" in mail.sent[0].text


async def test_a_link_names_the_registered_centre_in_the_readers_language(store, mail):
    await handlers.register_centre(events.centre_registered(name_nl="Gent", name_fr="Gand"), store)

    await send(events.personal_link_issued(language="fr"), store, mail)

    assert "(CPAS de Gand)" in mail.sent[0].subject


async def test_a_link_for_no_centre_names_none(store, mail):
    event = events.personal_link_issued(purpose="cell-invitation", refnis_code=None)

    await send(event, store, mail)

    assert "(" not in mail.sent[0].subject


async def test_a_link_already_expired_is_not_sent(store, mail):
    event = events.personal_link_issued(expires_at=NOON - timedelta(minutes=1))

    await send(event, store, mail)

    assert mail.sent == []


async def test_a_link_the_mail_server_could_not_take_is_sent_on_the_retry(store, mail):
    event = events.personal_link_issued()
    mail.refuse_all()

    with pytest.raises(MailNotSent):
        await send(event, store, mail)

    mail.refusing.clear()
    await send(event, store, mail)
    assert len(mail.sent) == 1


async def test_a_link_refused_for_good_goes_to_the_dead_letters_untried(store, mail):
    event = events.personal_link_issued()
    mail.unknown.add(event.email)

    with capture_logs() as logs, pytest.raises(Rejected) as refused:
        await send(event, store, mail)

    assert refused.value.error_type == "mail-refused"
    assert "reply codes [550]" in refused.value.reason
    assert [entry["event"] for entry in logs] == ["personal_link_refused"]
    assert store.personal_links == {}


async def test_a_link_whose_earlier_attempt_stopped_midway_is_sent(store, mail):
    event = events.personal_link_issued()
    await store.claim_personal_link(event.link_id, purpose=event.purpose.value, claimed_at=NOON)

    await send(event, store, mail)

    assert len(mail.sent) == 1
    assert store.personal_links == {event.link_id: "sent"}


async def test_the_sent_link_is_logged_by_id_and_purpose_without_its_secrets(store, mail):
    event = events.personal_link_issued()

    with capture_logs() as logs:
        await send(event, store, mail)
        await send(event, store, mail)

    assert [entry["event"] for entry in logs] == [
        "personal_link_sent",
        "duplicate_personal_link_ignored",
    ]
    assert logs[0]["link_id"] == event.link_id
    assert logs[0]["purpose"] == "consultant-invitation"
    assert event.token not in str(logs) and event.email not in str(logs)


async def test_the_token_never_reaches_the_log_output(store, mail, capsys):
    event = events.personal_link_issued()
    mail.refuse_all()

    with pytest.raises(MailNotSent):
        await send(event, store, mail)
    mail.refusing.clear()
    await send(event, store, mail)

    captured = capsys.readouterr()
    assert event.token not in captured.out + captured.err
