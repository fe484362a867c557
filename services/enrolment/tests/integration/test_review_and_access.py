"""The security cell's review and the consultants' staff access, through the HTTP API, on the
real Kafka and FerretDB."""

from datetime import date, timedelta

import pytest

from tests.integration.conftest import (
    application_form,
    bearer,
    cell_member,
    consultant_of,
    sign_in_by_api,
)

FORBIDDEN = {
    "under-review": ["answer"],
    "information-requested": ["request-information", "approve"],
    "approved": ["request-information", "answer", "approve", "refuse"],
    "refused": ["request-information", "answer", "approve", "refuse"],
}
ALLOWED_NAMED = {
    "under-review": "allowed: request-information, approve, refuse",
    "information-requested": "allowed: answer, refuse",
    "approved": "it is closed",
    "refused": "it is closed",
}


@pytest.fixture
async def cell_token(client):
    email, secret, step = await cell_member(client)
    token, _ = await sign_in_by_api(client, email, secret, step)
    return token


async def _application_in(client, cell_token, refnis_code: str, state: str) -> tuple[str, str]:
    """An application brought to the state through the API; its id and tracking token."""
    form = application_form(refnis_code, f"c-{refnis_code}-{state}@centres.example")
    applied = (await client.post("/api/applications", json=form)).json()
    application_id, tracking = applied["application_id"], applied["tracking_token"]
    steps = {
        "under-review": [],
        "information-requested": [("information-request", {"question": "Which VERA line?"})],
        "approved": [("approval", {"effective_date": form["wished_date"]})],
        "refused": [("refusal", {"reason": "No secure network yet"})],
    }[state]
    for path, body in steps:
        url = f"/api/applications/{application_id}/{path}"
        answer = await client.post(url, json=body, headers=bearer(cell_token))
        assert answer.status_code == 200, answer.text
    return application_id, tracking


async def _attempt(client, cell_token, application_id, tracking, step):
    url = f"/api/applications/{application_id}"
    if step == "answer":
        body = {"token": tracking, "text": "Line 12"}
        return await client.post(f"{url}/answer", json=body)
    path, body = {
        "request-information": ("information-request", {"question": "More?"}),
        "approve": (
            "approval",
            {"effective_date": (date.today() + timedelta(days=30)).isoformat()},
        ),
        "refuse": ("refusal", {"reason": "No"}),
    }[step]
    return await client.post(f"{url}/{path}", json=body, headers=bearer(cell_token))


async def test_every_forbidden_review_step_is_refused_naming_the_state_and_what_is_allowed(
    client, cell_token
):
    centres = {
        "under-review": "11002",
        "information-requested": "62063",
        "approved": "63023",
        "refused": "21001",
    }
    for state, refnis_code in centres.items():
        application_id, tracking = await _application_in(client, cell_token, refnis_code, state)

        for step in FORBIDDEN[state]:
            refused = await _attempt(client, cell_token, application_id, tracking, step)

            detail = refused.json()["detail"]
            assert refused.status_code == 409, (state, step, detail)
            assert f"is {state}" in detail and ALLOWED_NAMED[state] in detail, detail
        current = await client.get(
            f"/api/applications/{application_id}", headers=bearer(cell_token)
        )
        assert current.json()["state"] == state


async def test_a_consultant_of_one_centre_can_neither_grant_nor_revoke_at_another(
    client, cell_token
):
    a_email, a_secret, a_step = await consultant_of(client, cell_token, "44021")
    b_email, b_secret, b_step = await consultant_of(client, cell_token, "52011")
    a_token, _ = await sign_in_by_api(client, a_email, a_secret, a_step)
    b_token, _ = await sign_in_by_api(client, b_email, b_secret, b_step)
    grant = {"email": "worker@charleroi.example", "full_name": "Worker"}
    at_b = await client.post("/api/centres/52011/staff", json=grant, headers=bearer(b_token))
    staff_member_id = at_b.json()["staff_member_id"]

    granted = await client.post("/api/centres/52011/staff", json=grant, headers=bearer(a_token))
    revoked = await client.post(
        f"/api/centres/52011/staff/{staff_member_id}/revocation", headers=bearer(a_token)
    )
    listed = await client.get("/api/centres/52011/staff", headers=bearer(a_token))

    for refused in (granted, revoked, listed):
        assert refused.status_code == 403
        assert "not of 52011" in refused.json()["detail"]
    staff = (await client.get("/api/centres/52011/staff", headers=bearer(b_token))).json()
    assert [s["active"] for s in staff] == [True]


async def test_nobody_but_the_consultant_grants_access(client, cell_token):
    grant = {"email": "worker@gent.example", "full_name": "Worker"}

    by_cell = await client.post("/api/centres/44021/staff", json=grant, headers=bearer(cell_token))
    anonymous = await client.post("/api/centres/44021/staff", json=grant)

    assert by_cell.status_code == 403 and anonymous.status_code == 401
