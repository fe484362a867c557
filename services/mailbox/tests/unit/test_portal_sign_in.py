import re
from datetime import UTC, datetime, timedelta

from contracts import topics
from contracts.events import LinkPurpose, Site
from signin import accounts, totp
from signin.sessions import Stage

from tests.unit.portal_fakes import PASSWORD, PortalUnderTest, form_token

REFUSAL = "Anmeldung abgelehnt"  # the one refusal, in German: every fake staff member reads German


def sign_in(client, email, password, code, csrf_token, lang="de"):
    first = client.post(
        "/login",
        data={"email": email, "password": password, "lang": lang, "csrf_token": csrf_token},
    )
    if first.status_code != 303:
        return first
    return client.post("/login/code", data={"code": code, "lang": lang, "csrf_token": csrf_token})


def test_two_steps_sign_in_and_the_signed_in_session_is_a_new_one():
    portal = PortalUnderTest()
    phone = portal.set_up()
    client = portal.client()
    csrf_token = form_token(client, "/login")

    first = client.post(
        "/login",
        data={"email": " Staff@Centre.example", "password": PASSWORD, "csrf_token": csrf_token},
    )
    pending = client.cookies["pp_session"]
    assert first.status_code == 303 and first.headers["location"].startswith("/login/code")
    assert portal.sessions.stages_of("staff-1") == [Stage.AWAITING_SECOND_FACTOR]
    # The password alone opens no mailbox.
    assert portal.client().get("/", cookies={"pp_session": pending}).status_code == 303

    second = client.post("/login/code", data={"code": phone.code(), "csrf_token": csrf_token})

    assert second.status_code == 303 and second.headers["location"] == "/"
    assert client.cookies["pp_session"] != pending
    assert portal.sessions.stages_of("staff-1") == [Stage.SIGNED_IN]
    assert client.get("/").status_code == 200
    assert [e["action"] for e in portal.store.audit_entries] == ["signed_in"]
    sent = portal.broker.on(topics.AUDIT_RECORDED)
    assert [(e.action, e.actor, e.service) for e in sent] == [("signed_in", "staff-1", "portal")]


def test_every_refusal_reads_the_same_and_its_reason_goes_to_the_audit_only():
    portal = PortalUnderTest()
    phone = portal.set_up()
    pages = []
    for email, password, code in [
        ("nobody@centre.example", PASSWORD, "000000"),
        ("staff@centre.example", "wrong password here", "000000"),
        ("staff@centre.example", PASSWORD, "not a code"),
    ]:
        client = portal.client()
        pages.append(sign_in(client, email, password, code, form_token(client, "/login?lang=de")))
    wrong_code_page = pages[2]

    texts = [re.search(r'role="alert">([^<]+)<', page.text).group(1) for page in pages]
    assert all(page.status_code == 401 for page in pages)
    assert len(set(texts)) == 1 and REFUSAL in texts[0] and "15" in texts[0]
    assert "wrong_code" not in wrong_code_page.text and phone.secret not in wrong_code_page.text
    reasons = [e["reason"] for e in portal.store.audit_entries]
    assert reasons == ["unknown_person", "wrong_password", "wrong_code"]
    assert portal.store.audit_entries[0]["actor"] == "unknown"


def test_a_code_that_was_used_is_refused():
    portal = PortalUnderTest()
    phone = portal.set_up()
    code = phone.code()
    client = portal.client()
    csrf_token = form_token(client, "/login")

    assert sign_in(client, "staff@centre.example", PASSWORD, code, csrf_token).status_code == 303
    client.post("/logout", data={"csrf_token": csrf_token})
    replayed = sign_in(client, "staff@centre.example", PASSWORD, code, csrf_token)

    assert replayed.status_code == 401 and REFUSAL in replayed.text
    assert portal.store.audit_entries[-1]["reason"] == "wrong_code"


def test_five_failures_lock_out_even_the_right_password_and_code():
    portal = PortalUnderTest()
    phone = portal.set_up()
    client = portal.client()
    csrf_token = form_token(client, "/login")
    for _ in range(5):
        sign_in(client, "staff@centre.example", "wrong password here", "", csrf_token)

    locked = sign_in(client, "staff@centre.example", PASSWORD, phone.code(), csrf_token)

    assert locked.status_code == 401 and REFUSAL in locked.text
    assert portal.sessions.stages_of("staff-1") == []
    assert portal.store.audit_entries[-1]["reason"] == "locked"


def test_a_post_without_the_forms_token_or_from_another_site_is_refused():
    portal = PortalUnderTest()
    portal.set_up()
    client = portal.client()
    csrf_token = form_token(client, "/login")
    login = {"email": "staff@centre.example", "password": PASSWORD}

    missing = client.post("/login", data=login)
    foreign = client.post(
        "/login",
        data={**login, "csrf_token": csrf_token},
        headers={"Origin": "https://elsewhere.example"},
    )

    for refused in (missing, foreign):
        assert refused.status_code == 403
        assert "Formulier geweigerd" in refused.text and "Formulaire refusé" in refused.text
    assert portal.sessions.open_sessions == {}


def test_cookies_are_http_only_and_lax_and_secure_when_configured():
    portal = PortalUnderTest(cookie_secure=True)
    phone = portal.set_up()
    client = portal.client(base_url="https://testserver")
    csrf_token = form_token(client, "/login")
    client.post(
        "/login",
        data={"email": "staff@centre.example", "password": PASSWORD, "csrf_token": csrf_token},
    )

    signed = client.post("/login/code", data={"code": phone.code(), "csrf_token": csrf_token})

    cookie = next(
        v
        for k, v in signed.headers.multi_items()
        if k == "set-cookie" and v.startswith("pp_session=")
    )
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" in cookie
    assert "frame-ancestors 'none'" in signed.headers["content-security-policy"]


def test_the_set_up_page_offers_one_secret_until_set_up_ends_and_opens_a_session():
    portal = PortalUnderTest()
    token = portal.invited()
    client = portal.client()

    page = client.get("/setup", params={"token": token})
    again = client.get("/setup", params={"token": token})

    secret = re.search(r"secret=([A-Z2-7]+)", page.text).group(1)
    assert secret == re.search(r"secret=([A-Z2-7]+)", again.text).group(1)
    assert "<svg" in page.text and totp.grouped(secret) in page.text
    assert 'autocomplete="one-time-code"' in page.text and 'inputmode="numeric"' in page.text
    step = totp.step_at(datetime.now(UTC))
    form = {
        "token": token,
        "password": PASSWORD,
        "password_again": PASSWORD,
        "csrf_token": client.cookies["pp_csrf"],
    }

    wrong = client.post("/setup", data={**form, "code": "123456" if secret else ""})
    done = client.post("/setup", data={**form, "code": totp.code_for_step(secret, step)})

    staff = portal.store.staff["staff-1"]
    assert wrong.status_code == 400 and "svg" in wrong.text
    assert done.status_code == 303 and staff["setup_token_sha256"] == accounts.USED
    assert staff["second_factor"] == {"kind": "totp", "secret": secret, "last_step": step}
    assert portal.sessions.stages_of("staff-1") == [Stage.SIGNED_IN]
    assert [e["action"] for e in portal.store.audit_entries] == ["staff_member_set_up"]
    assert client.get("/setup", params={"token": token}).text.count('name="password"') == 0


def test_a_reset_request_answers_the_same_and_only_a_known_address_gets_a_link():
    portal = PortalUnderTest()
    portal.set_up()
    client = portal.client()
    csrf_token = form_token(client, "/password-reset")

    answers = [
        client.post("/password-reset", data={"email": email, "csrf_token": csrf_token})
        for email in ("nobody@centre.example", "staff@centre.example")
    ]

    assert answers[0].status_code == answers[1].status_code == 200
    assert _without_token(answers[0].text) == _without_token(answers[1].text)
    [link] = portal.broker.on(topics.PERSONAL_LINK_ISSUED)
    assert link.email == "staff@centre.example" and link.purpose is LinkPurpose.PASSWORD_RESET
    assert link.site is Site.PORTAL and link.path == "/password-reset/new"
    assert link.expires_at - datetime.now(UTC) <= timedelta(hours=1)
    assert link.token not in str(portal.store.staff["staff-1"])


def test_a_new_password_takes_a_current_code_and_ends_every_session():
    portal = PortalUnderTest()
    phone = portal.set_up()
    elsewhere = portal.client()
    sign_in(
        elsewhere, "staff@centre.example", PASSWORD, phone.code(), form_token(elsewhere, "/login")
    )
    client = portal.client()
    client.post(
        "/password-reset",
        data={"email": "staff@centre.example", "csrf_token": form_token(client, "/password-reset")},
    )
    token = portal.broker.on(topics.PERSONAL_LINK_ISSUED)[0].token
    csrf_token = form_token(client, f"/password-reset/new?token={token}")
    form = {
        "token": token,
        "password": "a brand new password",
        "csrf_token": csrf_token,
        "password_again": "a brand new password",
    }

    without_code = client.post("/password-reset/new", data={**form, "code": ""})
    done = client.post("/password-reset/new", data={**form, "code": phone.code()})

    assert without_code.status_code == 401 and done.status_code == 303
    assert elsewhere.get("/").status_code == 303
    assert portal.sessions.stages_of("staff-1") == [Stage.SIGNED_IN]
    assert client.get("/").status_code == 200
    actions = [e["action"] for e in portal.store.audit_entries]
    assert actions[-3:] == ["password_reset_requested", "password_reset_failed", "password_reset"]


def test_signing_out_ends_the_session_and_is_recorded():
    portal = PortalUnderTest()
    phone = portal.set_up()
    client = portal.client()
    csrf_token = form_token(client, "/login")
    sign_in(client, "staff@centre.example", PASSWORD, phone.code(), csrf_token)

    out = client.post("/logout", data={"csrf_token": csrf_token})

    assert out.status_code == 303 and portal.sessions.open_sessions == {}
    assert [e["action"] for e in portal.store.audit_entries][-1] == "signed_out"


def test_a_revoked_staff_members_open_session_is_refused_at_its_next_request():
    portal = PortalUnderTest()
    phone = portal.set_up()
    client = portal.client()
    sign_in(client, "staff@centre.example", PASSWORD, phone.code(), form_token(client, "/login"))

    portal.store.staff["staff-1"]["revoked_at"] = datetime.now(UTC)

    assert client.get("/").status_code == 303
    assert portal.sessions.open_sessions == {}


def _without_token(html: str) -> str:
    return re.sub(r'name="csrf_token" value="[^"]*"', "", html)


def test_a_nul_character_in_an_address_or_a_form_is_refused_with_the_security_headers():
    portal = PortalUnderTest()
    portal.set_up()
    client = portal.client()
    csrf_token = form_token(client, "/login")

    refused = [
        client.get("/documents/%00"),
        client.get("/documents/%00/seal"),
        client.post("/login", data={"email": "a\u0000b", "csrf_token": csrf_token}),
    ]

    for response in refused:
        assert response.status_code == 400 and "NUL character (U+0000)" in response.text
        assert response.headers["x-content-type-options"] == "nosniff"
    assert portal.store.audit_entries == []
