from datetime import date

import pytest
from contracts.values import Language
from enrolment import handlers
from enrolment.domain.centres import read_registry
from enrolment.domain.people import Actor, NotAllowed, Role

from tests.unit.fakes import FakeEnrolmentStore, Published

ANTWERPEN, ANDERLECHT = "11002", "21001"
CELL = Actor("cell-1", "Cell Member", Role.SECURITY_CELL, "", "127.0.0.1")
CONSULTANT = Actor("consultant-1", "An Consulent", Role.SECURITY_CONSULTANT, ANTWERPEN, "127.0.0.1")
BRUSSELS_CONSULTANT = Actor(
    "consultant-2", "Bo Consulent", Role.SECURITY_CONSULTANT, ANDERLECHT, "127.0.0.1"
)


@pytest.fixture
async def enrolled():
    store, published = FakeEnrolmentStore(), Published()
    await handlers.register_centres(read_registry(), store, published)
    published.events.clear()
    return store, published


async def test_registering_publishes_one_event_per_centre():
    store, published = FakeEnrolmentStore(), Published()

    await handlers.register_centres(read_registry(), store, published)

    assert len(published.events) == 565
    assert {topic for topic, _, _ in published.events} == {"centre-registered.v1"}


async def test_a_language_choice_survives_a_reload_of_the_registry(enrolled):
    store, published = enrolled

    await handlers.choose_language(
        ANDERLECHT, Language.DUTCH, BRUSSELS_CONSULTANT, store, published
    )
    await handlers.register_centres(read_registry(), store, published)

    assert (await store.centre(ANDERLECHT)).language is Language.DUTCH


async def test_a_centre_is_switched_over_once_and_it_is_published_and_audited(enrolled):
    store, published = enrolled

    await handlers.switch_over(ANTWERPEN, date(2026, 11, 1), CELL, store, published)
    with pytest.raises(handlers.CommandRefused, match="was switched over on 2026-11-01"):
        await handlers.switch_over(ANTWERPEN, date(2026, 12, 1), CELL, store, published)

    assert [topic for topic, _, _ in published.events] == ["centre-switched-over.v1"]
    assert [entry["action"] for entry in store.audit_entries] == ["switched_over"]


async def test_access_needs_a_switched_over_centre(enrolled):
    store, published = enrolled

    with pytest.raises(handlers.CommandRefused, match="not switched over"):
        await handlers.grant_access(
            ANTWERPEN,
            email="a@b.example",
            full_name="A",
            language=None,
            actor=CONSULTANT,
            store=store,
            publish=published,
        )
    assert published.events == []


async def test_granting_and_revoking_access_are_published_and_audited_once_each(enrolled):
    store, published = enrolled
    await handlers.switch_over(ANTWERPEN, date(2026, 11, 1), CELL, store, published)

    grant = await handlers.grant_access(
        ANTWERPEN,
        email="Worker@OCMW.example",
        full_name="Worker",
        language=None,
        actor=CONSULTANT,
        store=store,
        publish=published,
    )
    await handlers.revoke_access(ANTWERPEN, grant.staff_member_id, CONSULTANT, store, published)

    assert grant.email == "worker@ocmw.example" and grant.language is Language.DUTCH
    topics = [topic for topic, _, _ in published.events]
    assert topics == [
        "centre-switched-over.v1",
        "staff-access-granted.v1",
        "staff-access-revoked.v1",
    ]
    actions = [entry["action"] for entry in store.audit_entries]
    assert actions == ["switched_over", "access_granted", "access_revoked"]
    with pytest.raises(handlers.CommandRefused, match="already revoked"):
        await handlers.revoke_access(ANTWERPEN, grant.staff_member_id, CONSULTANT, store, published)


async def test_the_same_address_cannot_be_granted_twice_at_one_centre(enrolled):
    store, published = enrolled
    await handlers.switch_over(ANTWERPEN, date(2026, 11, 1), CELL, store, published)
    grant = dict(
        email="w@ocmw.example",
        full_name="W",
        language=None,
        actor=CONSULTANT,
        store=store,
        publish=published,
    )

    await handlers.grant_access(ANTWERPEN, **grant)
    with pytest.raises(handlers.CommandRefused, match="already has access"):
        await handlers.grant_access(ANTWERPEN, **grant)


async def test_a_consultant_of_another_centre_may_neither_grant_nor_revoke(enrolled):
    store, published = enrolled
    await handlers.switch_over(ANTWERPEN, date(2026, 11, 1), CELL, store, published)
    grant = await handlers.grant_access(
        ANTWERPEN,
        email="w@ocmw.example",
        full_name="W",
        language=None,
        actor=CONSULTANT,
        store=store,
        publish=published,
    )

    with pytest.raises(NotAllowed, match="not of 11002"):
        await handlers.grant_access(
            ANTWERPEN,
            email="x@ocmw.example",
            full_name="X",
            language=None,
            actor=BRUSSELS_CONSULTANT,
            store=store,
            publish=published,
        )
    with pytest.raises(NotAllowed, match="not of 11002"):
        await handlers.revoke_access(
            ANTWERPEN, grant.staff_member_id, BRUSSELS_CONSULTANT, store, published
        )
    assert not store.staff[grant.staff_member_id].get("revoked_at")


async def test_an_address_with_access_at_one_centre_is_refused_at_another(enrolled):
    store, published = enrolled
    for refnis_code in (ANTWERPEN, BRUSSELS_CONSULTANT.refnis_code):
        await handlers.switch_over(refnis_code, date(2026, 11, 1), CELL, store, published)
    grant = dict(
        email="w@ocmw.example", full_name="W", language=None, store=store, publish=published
    )
    await handlers.grant_access(ANTWERPEN, actor=CONSULTANT, **grant)

    with pytest.raises(handlers.CommandRefused, match=f"mailbox of centre {ANTWERPEN}"):
        await handlers.grant_access(
            BRUSSELS_CONSULTANT.refnis_code, actor=BRUSSELS_CONSULTANT, **grant
        )
