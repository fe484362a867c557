"""The enrolment pages as a browser uses them (forms, cookies, redirects), on the real Kafka and
FerretDB: the review, the audit it leaves, and what sign-in refuses."""

import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

from tests.integration.conftest import (
    BASE,
    PASSWORD,
    application_form,
    bearer,
    cell_member,
    code_after,
    consultant_of,
    csrf_of,
    link_token_sent_to,
    post_form,
    sign_in_by_api,
)

SESSION = "pp_enrolment_session"


async def sign_in_in_pages(client, email: str, secret: str, used_step: int) -> int:
    signed = await post_form(client, "/login", "/login", {"email": email, "password": PASSWORD})
    assert signed.headers["location"] == "/login/code", signed.text
    code, step = code_after(secret, used_step)
    entered = await post_form(client, "/login/code", "/login/code", {"code": code})
    assert entered.status_code == 303 and SESSION in entered.cookies, entered.text
    return step


async def audit_actions(app, refnis_code: str) -> Counter:
    trail = await app.state.enrolment.store.audit_trail(refnis_code)
    return Counter(entry["action"] for entry in trail)


async def test_the_review_in_pages_and_each_action_leaves_exactly_one_audit_record(
    app, client, new_client
):
    cell_email, cell_secret, cell_step = await cell_member(client)
    await sign_in_in_pages(client, cell_email, cell_secret, cell_step)
    consultant_email = "an.consulent@gent.example"
    async with new_client() as centre:
        applied = await post_form(
            centre, "/apply", "/apply", application_form("44021", consultant_email)
        )
        tracking = applied.headers["location"]
        application_id = urlsplit(tracking).path.rsplit("/", 1)[1]
        review = f"/cell/applications/{application_id}"
        queue = await client.get("/cell")
        assert application_id in queue.text

        asked = await post_form(
            client, review, f"{review}/information-request", {"question": "Which VERA line?"}
        )
        assert asked.status_code == 303
        too_soon = await post_form(
            client, review, f"{review}/approval", {"effective_date": _today()}
        )
        assert too_soon.status_code == 409
        assert "is information-requested: 'approve' is not allowed; allowed: answer, refuse" in (
            too_soon.text.replace("&#39;", "'")
        )

        page = await centre.get(tracking)
        assert "Which VERA line?" in page.text and 'name="text"' in page.text
        token = parse_qs(urlsplit(tracking).query)["token"][0]
        answered = await post_form(
            centre,
            tracking,
            f"/applications/{application_id}/answer",
            {"token": token, "text": "Line 12"},
        )
        assert answered.status_code == 303
        assert "Line 12" in (await centre.get(answered.headers["location"])).text

    approved = await post_form(client, review, f"{review}/approval", {"effective_date": _today()})
    assert approved.status_code == 303, approved.text
    assert "Goedgekeurd" in (await client.get(approved.headers["location"])).text

    await _refusal_elsewhere(client, app)
    consultant = await _consultant_grants_and_revokes(app, new_client, consultant_email)

    actions = await audit_actions(app, "44021")
    for action in (
        "application_submitted",
        "application_information_requested",
        "application_answered",
        "application_approved",
        "switched_over",
        "consultant_empowered",
        "signed_in",
        "sign_in_failed",
        "access_granted",
        "access_revoked",
    ):
        assert actions[action] == 1, (action, actions)
    assert (await audit_actions(app, "52011"))["application_refused"] == 1
    trail = await app.state.enrolment.store.audit_trail("44021")
    signed = next(e for e in trail if e["action"] == "signed_in")
    assert signed["actor"] == consultant and signed["from_address"] == "127.0.0.1"


def _today() -> str:
    return datetime.now(UTC).date().isoformat()


async def _refusal_elsewhere(client, app) -> None:
    form = application_form("52011", "consultant@charleroi.example")
    applied = (await client.post("/api/applications", json=form)).json()
    review = f"/cell/applications/{applied['application_id']}"

    refused = await post_form(client, review, f"{review}/refusal", {"reason": "No VERA line"})

    assert refused.status_code == 303
    again = await post_form(client, review, f"{review}/refusal", {"reason": "twice"})
    assert again.status_code == 409 and "is refused: it is closed" in again.text


async def _consultant_grants_and_revokes(app, new_client, email: str) -> str:
    """The consultant sets up, fails once, signs in, invites a staff member and revokes them."""
    token = await link_token_sent_to(email)
    async with new_client() as browser:
        page = await browser.get("/setup", params={"token": token})
        secret = re.search(r'id="secret">([A-Z2-7 ]+)<', page.text).group(1).replace(" ", "")
        code, step = code_after(secret, -1)
        form = {"token": token, "password": PASSWORD, "password_again": PASSWORD, "code": code}
        await post_form(browser, f"/setup?token={token}", "/setup", form)
    async with new_client() as browser:
        wrong = await post_form(browser, "/login", "/login", {"email": email, "password": "nope"})
        assert wrong.status_code == 401 and SESSION not in wrong.cookies
        await sign_in_in_pages(browser, email, secret, step)
        staff_member = {"full_name": "Wim Werker", "email": "wim@gent.example", "language": "nl"}
        invited = await post_form(browser, "/centre", "/centre/staff", staff_member)
        assert invited.status_code == 303
        staff_page = await browser.get("/centre")
        staff_member_id = re.search(r"/centre/staff/([0-9a-f-]+)/revocation", staff_page.text)[1]
        revoked = await post_form(
            browser, "/centre", f"/centre/staff/{staff_member_id}/revocation", {}
        )
        assert revoked.status_code == 303
        assert "wim@gent.example" in (await browser.get("/centre")).text
    person = await app.state.enrolment.store.person_by_email(email)
    return person["_id"]


async def test_a_wrong_code_and_a_replayed_code_are_refused(app, client, new_client):
    email, secret, step = await cell_member(client)
    code, used = code_after(secret, step)

    wrong = await client.post(
        "/api/sessions", json={"email": email, "password": PASSWORD, "code": "000000"}
    )
    signing_in = {"email": email, "password": PASSWORD, "code": code}
    first = await client.post("/api/sessions", json=signing_in)
    replayed = await client.post("/api/sessions", json=signing_in)

    assert wrong.status_code == 401 and first.status_code == 201 and replayed.status_code == 401
    async with new_client() as browser:
        await post_form(browser, "/login", "/login", {"email": email, "password": PASSWORD})
        again = await post_form(browser, "/login/code", "/login/code", {"code": code})
        assert again.status_code == 401 and SESSION not in again.cookies
        assert 'aria-invalid="true"' in again.text and "Er is een probleem" in again.text
    failures = [
        entry
        for entry in await app.state.enrolment.store.audit_trail("")
        if entry["action"] == "sign_in_failed"
    ]
    assert [f["details"]["reason"] for f in failures] == ["wrong_code"] * 3


async def test_an_expired_session_is_refused_by_pages_and_api(app, client):
    email, secret, step = await cell_member(client)
    step = await sign_in_in_pages(client, email, secret, step)
    token, _ = await sign_in_by_api(client, email, secret, step)
    assert (await client.get("/cell")).status_code == 200

    sessions = app.state.enrolment.store.sessions
    idle = timedelta(minutes=app.state.enrolment.settings.session_idle_minutes + 1)
    await sessions.update_many({}, {"$set": {"last_seen_at": datetime.now(UTC) - idle}})

    page = await client.get("/cell")
    assert page.status_code == 303 and page.headers["location"] == "/login?ended=1"
    assert (await client.get("/api/applications", headers=bearer(token))).status_code == 401


async def test_a_forged_form_post_is_refused_and_changes_nothing(app, client):
    email, secret, step = await cell_member(client)
    await sign_in_in_pages(client, email, secret, step)
    form = application_form("63023", "c@eupen.example")
    application_id = (await client.post("/api/applications", json=form)).json()["application_id"]
    review = f"/cell/applications/{application_id}"
    token = csrf_of(await client.get(review))
    url = f"{review}/refusal"

    without = await client.post(url, data={"reason": "forged"})
    wrong = await client.post(url, data={"reason": "forged", "csrf_token": "x" * 43})
    elsewhere = await client.post(
        url,
        data={"reason": "forged", "csrf_token": token},
        headers={"Origin": "https://attacker.example"},
    )

    for refused in (without, wrong, elsewhere):
        assert refused.status_code == 403
        assert "Dit formulier werd geweigerd" in refused.text
    application = await app.state.enrolment.store.application(application_id)
    assert application["state"] == "under-review"


async def test_a_withdrawn_consultants_open_session_ends_at_its_next_request(
    app, client, new_client
):
    cell_email, cell_secret, cell_step = await cell_member(client)
    cell_token, _ = await sign_in_by_api(client, cell_email, cell_secret, cell_step)
    email, secret, step = await consultant_of(client, cell_token, "57081")
    async with new_client() as browser:
        await sign_in_in_pages(browser, email, secret, step)
        assert (await browser.get("/centre")).status_code == 200
        person = await app.state.enrolment.store.person_by_email(email)

        url = f"/api/centres/57081/consultants/{person['_id']}/withdrawal"
        withdrawn = await client.post(url, headers=bearer(cell_token))

        assert withdrawn.status_code == 200
        ended = await browser.get("/centre")
        assert ended.status_code == 303 and ended.headers["location"].startswith("/login")


async def test_pages_speak_the_chosen_language_and_remember_it(client):
    dutch = await client.get("/apply")
    french = await client.get("/apply", params={"lang": "fr"})
    remembered = await client.get("/login")

    assert '<html lang="nl">' in dutch.text and "NIS-code" in dutch.text
    assert '<html lang="fr">' in french.text and "Code INS" in french.text
    assert '<html lang="fr">' in remembered.text
    assert 'href="/login?lang=de"' in remembered.text


async def test_a_password_reset_answers_alike_for_known_and_unknown_addresses(client, new_client):
    email, _, _ = await cell_member(client)

    async with new_client() as browser:
        known = await post_form(browser, "/password-reset", "/password-reset", {"email": email})
        unknown = await post_form(
            browser, "/password-reset", "/password-reset", {"email": "nobody@agency.example"}
        )

    assert known.status_code == unknown.status_code == 200
    assert _main(known.text) == _main(unknown.text)
    assert await link_token_sent_to(email)


def _main(page: str) -> str:
    main = page[page.index("<main") : page.index("</main>")]
    return re.sub(r'value="[^"]+"', "", main)


async def test_the_openapi_document_describes_the_api_and_leaves_the_pages_out(client):
    paths = (await client.get("/openapi.json")).json()["paths"]

    assert "/api/applications/{application_id}/approval" in paths
    assert "/api/centres/{refnis_code}/staff" in paths
    assert not [path for path in paths if not path.startswith("/api/")]
    assert BASE
