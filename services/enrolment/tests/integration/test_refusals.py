"""What the pages and the API refuse, and how: a NUL character, an empty centre search, a field
longer than the page takes, a centre that does not exist. Nothing is cut or half done."""

from tests.integration.conftest import (
    application_form,
    bearer,
    cell_member,
    consultant_of,
    post_form,
    sign_in_by_api,
)
from tests.integration.test_pages import sign_in_in_pages

NUL_REFUSED = "the request contains a NUL character (U+0000)"


async def test_a_nul_character_anywhere_is_refused_with_400_and_nothing_is_stored(app, client):
    form = application_form("21001", "a\u0000b@brussel.example")

    answers = [
        await post_form(client, "/apply", "/apply", form),
        await post_form(client, "/login", "/login", {"email": "a\u0000b", "password": "x"}),
        await client.get("/applications/%00", params={"token": "x"}),
        await client.get("/cell/applications/%00"),
        await client.post("/api/sessions", json={"email": "a\u0000", "password": "", "code": ""}),
        await client.post("/api/applications", json=form),
        await post_form(client, "/password-reset", "/password-reset", {"email": "a\u0000b"}),
        await client.post("/centre/staff/%00/revocation", data={"csrf_token": "x"}),
        await client.post("/api/centres/21007/staff", json={"full_name": "a\u0000b"}),
    ]

    for answer in answers:
        assert answer.status_code == 400 and NUL_REFUSED in answer.text, answer.text
    assert await app.state.enrolment.store.applications_of("21001") == []


async def test_an_empty_or_malformed_centre_search_stays_on_the_queue_with_its_error(client):
    email, secret, step = await cell_member(client)
    await sign_in_in_pages(client, email, secret, step)

    for search in ("/cell/centres", "/cell/centres?refnis_code=%20", "/cell/centres/"):
        found = await client.get(search, params={"lang": "fr"}, follow_redirects=True)
        assert found.status_code == 400, (search, found.history, found.url)
        assert "Indiquez le code INS à cinq chiffres." in found.text
    sent_on = await client.get("/cell/centres", params={"refnis_code": " 21001 "})
    assert sent_on.status_code == 303 and sent_on.headers["location"] == "/cell/centres/21001"


async def test_an_unknown_centres_audit_export_is_not_found_like_its_page(client):
    email, secret, step = await cell_member(client)
    await sign_in_in_pages(client, email, secret, step)

    assert (await client.get("/cell/centres/99999")).status_code == 404
    assert (await client.get("/cell/centres/99999/audit.csv")).status_code == 404
    known = await client.get("/cell/centres/21001/audit.csv")
    assert known.status_code == 200 and known.text.startswith("entry_id,")


async def test_a_too_long_answer_is_refused_whole_not_cut(app, client, new_client):
    cell_email, cell_secret, cell_step = await cell_member(client)
    cell_token, _ = await sign_in_by_api(client, cell_email, cell_secret, cell_step)
    applied = await client.post(
        "/api/applications", json=application_form("35013", "c@brugge.example")
    )
    application_id = applied.json()["application_id"]
    asked = await client.post(
        f"/api/applications/{application_id}/information-request",
        json={"question": "Which line?"},
        headers=bearer(cell_token),
    )
    assert asked.status_code == 200, asked.text
    token = applied.json()["tracking_token"]
    tracking = f"/applications/{application_id}?token={token}"

    async with new_client() as centre:
        answered = await post_form(
            centre,
            tracking,
            f"/applications/{application_id}/answer",
            {"token": token, "text": "x" * 10_000},
        )

    assert answered.status_code == 400
    assert "Te lang: ten hoogste 2000 tekens." in answered.text
    stored = await app.state.enrolment.store.application(application_id)
    assert stored["state"] == "information-requested"
    assert len(stored["messages"]) == 1  # the question only


async def test_a_too_long_staff_name_or_an_unknown_language_is_refused_whole(
    app, client, new_client
):
    cell_email, cell_secret, cell_step = await cell_member(client)
    cell_token, _ = await sign_in_by_api(client, cell_email, cell_secret, cell_step)
    email, secret, step = await consultant_of(client, cell_token, "46021")

    async with new_client() as browser:
        await sign_in_in_pages(browser, email, secret, step)
        long_name = {"full_name": "n" * 5000, "email": "long@centre.example", "language": "de"}
        nlx = {"full_name": "Nel", "email": "nel@centre.example", "language": "nlx"}
        named = await post_form(browser, "/centre?lang=de", "/centre/staff", long_name)
        languaged = await post_form(browser, "/centre?lang=de", "/centre/staff", nlx)

    assert named.status_code == 400 and "Zu lang: höchstens 120 Zeichen." in named.text
    assert languaged.status_code == 400
    assert "Wählen Sie Niederländisch, Französisch oder Deutsch." in languaged.text
    assert await app.state.enrolment.store.staff_of("46021") == []
