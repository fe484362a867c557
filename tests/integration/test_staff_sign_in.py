"""Staff sign-in on the real portal: two steps, replay guard, expiry, lock-out, forms, reset."""

import asyncio
import json
import re
import uuid
from datetime import UTC, datetime, timedelta

import httpx
from aiokafka import AIOKafkaConsumer
from contracts.events import StaffAccessGrantedV1, StaffAccessRevokedV1
from contracts.topics import (
    AUDIT_RECORDED,
    PERSONAL_LINK_ISSUED,
    STAFF_ACCESS_GRANTED,
    STAFF_ACCESS_REVOKED,
)
from servicekit.messaging import partitions_of

from tests.conftest import (
    KAFKA,
    PASSWORD,
    PORTAL,
    StaffMember,
    publish_raw,
    set_up_from_invitation,
    sign_in,
    wait_until,
)

KELMIS = "63040"
NEW_PASSWORD = "a new password for tests"
REFUSAL = re.compile(r'role="alert">([^<]+)<')


def staff_member_set_up(services, mailpit) -> StaffMember:
    """Granted as the enrolment service grants (its event), then set up through the portal.

    The consultant's pages are tested with the enrolment service; here the portal is.
    """
    grant = StaffAccessGrantedV1(
        staff_member_id=f"staff-{uuid.uuid4().hex[:12]}",
        refnis_code=KELMIS,
        email=f"staff-{uuid.uuid4().hex[:10]}@centres.example",
        full_name="Test Staff",
        language="de",
        granted_by="consultant-test",
        granted_at=datetime.now(UTC),
    )
    publish_raw(STAFF_ACCESS_GRANTED.name, [grant.model_dump_json().encode()], KELMIS.encode())
    return set_up_from_invitation(mailpit, grant.email)


def staff_member_id(mongo, email: str) -> str:
    return mongo["pp_mailbox"]["staff_members"].find_one({"email": email})["_id"]


def test_a_wrong_code_is_refused_and_the_right_one_then_signs_in(services, mailpit, mongo):
    staff = staff_member_set_up(services, mailpit)
    staff.sign_out()

    wrong = sign_in(staff.portal, staff.email, PASSWORD, "000000")
    right = sign_in(staff.portal, staff.email, PASSWORD, staff.phone.code())

    assert wrong.status_code == 401 and "15" in REFUSAL.search(wrong.text).group(1)
    assert right.status_code == 303 and staff.portal.get("/").status_code == 200


def test_a_replayed_code_is_refused(services, mailpit, mongo):
    staff = staff_member_set_up(services, mailpit)
    staff.sign_out()
    code = staff.phone.code()

    first = sign_in(staff.portal, staff.email, PASSWORD, code)
    staff.sign_out()
    replayed = sign_in(staff.portal, staff.email, PASSWORD, code)

    assert first.status_code == 303 and replayed.status_code == 401
    person = staff_member_id(mongo, staff.email)
    trail = list(mongo["pp_mailbox"]["audit"].find({"actor": person}))
    actions = [entry["action"] for entry in trail]
    assert actions.count("signed_in") == 1 and actions.count("signed_out") == 2
    assert [e["details"]["reason"] for e in trail if e["action"] == "sign_in_failed"] == [
        "wrong_code"
    ]
    sent = wait_until("the audit entries on Kafka", lambda: _entries_of(person, len(trail)))
    assert sorted(e["entry_id"] for e in sent) == sorted(e["details"]["entry_id"] for e in trail)


def test_a_session_idle_for_too_long_is_refused(services, mailpit, mongo):
    staff = staff_member_set_up(services, mailpit)
    assert staff.portal.get("/").status_code == 200
    person = staff_member_id(mongo, staff.email)

    long_ago = datetime.now(UTC) - timedelta(minutes=31)
    mongo["pp_mailbox"]["sessions"].update_many(
        {"person_id": person}, {"$set": {"last_seen_at": long_ago}}
    )

    refused = staff.portal.get("/")
    assert refused.status_code == 303 and refused.headers["location"].startswith("/login")
    assert mongo["pp_mailbox"]["sessions"].count_documents({"person_id": person}) == 0


def test_a_revocation_ends_the_open_session_and_no_sign_in_follows(services, mailpit, mongo):
    staff = staff_member_set_up(services, mailpit)
    assert staff.portal.get("/").status_code == 200
    revocation = StaffAccessRevokedV1(
        staff_member_id=staff_member_id(mongo, staff.email),
        refnis_code=KELMIS,
        revoked_by="consultant-test",
        revoked_at=datetime.now(UTC),
    )

    publish_raw(STAFF_ACCESS_REVOKED.name, [revocation.model_dump_json().encode()], b"63040")

    # The filer ends the sessions itself, before the staff member's next request.
    sessions = mongo["pp_mailbox"]["sessions"]
    ended = {"person_id": revocation.staff_member_id}
    wait_until("the session to end", lambda: sessions.count_documents(ended) == 0)
    assert staff.portal.get("/").status_code == 303
    assert sign_in(staff.portal, staff.email, PASSWORD, staff.phone.code()).status_code == 401


def test_a_form_post_without_its_token_or_from_another_site_is_refused(services, mailpit):
    staff = staff_member_set_up(services, mailpit)

    missing = staff.portal.post("/logout")
    foreign = staff.portal.post(
        "/logout",
        data={"csrf_token": staff.form_token()},
        headers={"Origin": "https://elsewhere.example"},
    )

    assert missing.status_code == foreign.status_code == 403
    assert "Form" in missing.text and staff.portal.get("/").status_code == 200


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(services, mailpit, mongo):
    staff = staff_member_set_up(services, mailpit)
    staff.sign_out()

    wrong = [sign_in(staff.portal, staff.email, "not the password!", "") for _ in range(5)]
    locked = sign_in(staff.portal, staff.email, PASSWORD, staff.phone.code())

    assert [r.status_code for r in wrong] == [401] * 5 and locked.status_code == 401
    assert REFUSAL.search(locked.text).group(1) == REFUSAL.search(wrong[0].text).group(1)
    person = mongo["pp_mailbox"]["staff_members"].find_one({"email": staff.email})
    assert person["locked_until"] > datetime.now(UTC) + timedelta(minutes=14)


def test_the_reset_page_answers_the_same_and_only_a_known_address_gets_a_link(
    services, mailpit, mongo
):
    staff = staff_member_set_up(services, mailpit)
    unknown = f"nobody-{uuid.uuid4().hex[:8]}@centres.example"

    with httpx.Client(base_url=PORTAL, timeout=30) as browser:
        answers = [_ask_for_reset(browser, email) for email in (unknown, staff.email)]

    assert answers[0].status_code == answers[1].status_code == 200
    assert _without_form_token(answers[0].text) == _without_form_token(answers[1].text)
    [link] = wait_until("the reset link", lambda: _links_to(staff.email))
    assert link["purpose"] == "password-reset" and link["path"] == "/password-reset/new"
    assert _links_to(unknown) == []

    with httpx.Client(base_url=PORTAL, timeout=30) as browser:
        reset = _set_new_password(browser, link["token"], staff.phone.code())
    assert reset.status_code == 303
    assert staff.portal.get("/").status_code == 303  # the reset ended the open session
    assert sign_in(staff.portal, staff.email, PASSWORD, staff.phone.code()).status_code == 401
    assert sign_in(staff.portal, staff.email, NEW_PASSWORD, staff.phone.code()).status_code == 303


def _set_new_password(browser: httpx.Client, token: str, code: str) -> httpx.Response:
    browser.get("/password-reset/new", params={"token": token})
    form = {
        "token": token,
        "password": NEW_PASSWORD,
        "password_again": NEW_PASSWORD,
        "code": code,
        "csrf_token": browser.cookies["pp_csrf"],
    }
    return browser.post("/password-reset/new", data=form)


def _ask_for_reset(browser: httpx.Client, email: str) -> httpx.Response:
    browser.get("/password-reset")
    form = {"email": email, "csrf_token": browser.cookies["pp_csrf"]}
    return browser.post("/password-reset", data=form)


def _without_form_token(html: str) -> str:
    return re.sub(r'name="csrf_token" value="[^"]*"', "", html)


def _links_to(email: str) -> list[dict]:
    return [m for m in _messages_on(PERSONAL_LINK_ISSUED.name) if m["email"] == email]


def _entries_of(actor: str, count: int) -> list[dict] | None:
    entries = [m for m in _messages_on(AUDIT_RECORDED.name) if m["actor"] == actor]
    return entries if len(entries) >= count else None


def _messages_on(topic: str) -> list[dict]:
    """Every message on the topic, read to its end."""

    async def read() -> list[dict]:
        partitions = await partitions_of(KAFKA, topic)
        consumer = AIOKafkaConsumer(bootstrap_servers=KAFKA, enable_auto_commit=False)
        await consumer.start()
        try:
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            messages = []
            while any([await consumer.position(p) < end for p, end in ends.items()]):
                batches = await consumer.getmany(*partitions, timeout_ms=2000)
                messages += [json.loads(r.value) for rs in batches.values() for r in rs]
            return messages
        finally:
            await consumer.stop()

    return asyncio.run(read())
