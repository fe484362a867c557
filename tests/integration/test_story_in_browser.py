"""The whole story of issue 3 in headless Chromium, on the real servers and services: a centre
applies, the security cell reviews, the consultant manages staff, a staff member reads a
document and loses access."""

import json
import os
import re
import threading
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest
from contracts.topics import DOCUMENT_DUE
from playwright.sync_api import Browser, Page, expect, sync_playwright
from signin import totp

from tests.conftest import (
    ENROLMENT,
    OPERATOR,
    PORTAL,
    ROOT,
    due_event,
    messages_to,
    publish_raw,
    wait_until,
)

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = ROOT / "var" / "screenshots"
PASSWORD = "browser-story-password-1"
# Centres the story may use; it takes the first that has not applied yet, so it can run again
# on the same data.
CANDIDATES = ("46021", "13040", "41002", "35013", "23088", "24062", "71016", "25072")


class TokenApp:
    """A person's phone: it shows the current code, and never one of a step already used."""

    def __init__(self, secret: str) -> None:
        self.secret = secret.replace(" ", "")
        self.last_step = -1

    def code(self) -> str:
        step = max(self.last_step + 1, totp.step_at(datetime.now(UTC)) - 1)
        while step > totp.step_at(datetime.now(UTC)) + totp.DRIFT_STEPS:
            time.sleep(1)  # every code of the drift window is used: wait for the next one
        self.last_step = step
        return totp.code_for_step(self.secret, step)


@pytest.fixture(scope="module")
def browser(services) -> Browser:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: apt-get install chromium"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield chromium
        chromium.close()


def person(browser: Browser) -> Page:
    """One person's own browser: their own cookies."""
    return browser.new_context(locale="nl-BE").new_page()


def test_a_centre_applies_is_approved_and_its_consultant_gives_and_takes_back_access(
    browser, centres_ready, mailpit, mongo
):
    refnis_code, other_code = _centres_not_applied(mongo)
    consultant_email = f"consultant-{uuid.uuid4().hex[:8]}@centres.example"
    staff_email = f"staff-{uuid.uuid4().hex[:8]}@centres.example"

    centre = person(browser)
    tracking_link = _apply(centre, refnis_code, consultant_email)
    _apply_by_api(other_code)  # a second application, so that the queue shows an order

    cell = person(browser)
    _cell_member_sets_up(cell)
    _ask_for_more(cell, refnis_code)
    _answer(centre, tracking_link)
    cell.goto(f"{ENROLMENT}/cell")
    expect(cell.locator("table").first).to_contain_text(refnis_code)
    _screenshot(cell, "cell-queue.png")
    _approve(cell, refnis_code)

    consultant = person(browser)
    phone = _set_up_from_mail(consultant, mailpit, consultant_email, ENROLMENT)
    _sign_out_and_in_again(consultant, consultant_email, phone)
    _invite(consultant, staff_email)

    staff = person(browser)
    _set_up_from_mail(staff, mailpit, staff_email, PORTAL)
    _read_a_document(staff, refnis_code)

    consultant.goto(f"{ENROLMENT}/centre")
    _screenshot(consultant, "consultant-staff-page.png")
    consultant.get_by_role("button", name="Toegang intrekken van Stien Staff").click()
    expect(consultant.locator(".notice")).to_contain_text("De toegang is ingetrokken")

    wait_until("the staff member's session to be refused", lambda: _sent_to_sign_in(staff))


def _centres_not_applied(mongo) -> tuple[str, str]:
    applications = mongo["pp_enrolment"]["applications"]
    free = [code for code in CANDIDATES if not applications.find_one({"refnis_code": code})]
    assert len(free) >= 2, "every candidate centre has applied: reset the servers' data"
    return free[0], free[1]


def _apply(centre: Page, refnis_code: str, email: str) -> str:
    centre.goto(f"{ENROLMENT}/apply")
    expect(centre.locator("html")).to_have_attribute("lang", "nl")
    centre.get_by_label("NIS-code van de gemeente").fill(refnis_code)
    centre.get_by_label("Naam").fill("Cas Consulent")
    centre.get_by_label("E-mailadres").fill(email)
    centre.get_by_label("VERA").check()
    centre.get_by_label("Token-app (eenmalige code)").check()
    centre.get_by_label("Gewenste datum").fill(date.today().isoformat())
    centre.get_by_role("button", name="Aanvraag versturen").click()

    expect(centre.locator("#state")).to_have_text("In behandeling")
    return centre.locator("#tracking-link").get_attribute("href")


def _apply_by_api(refnis_code: str) -> None:
    form = {
        "refnis_code": refnis_code,
        "consultant_name": "Other Consultant",
        "consultant_email": f"other-{uuid.uuid4().hex[:8]}@centres.example",
        "network": "publilink",
        "staff_authentication": "eid",
        "wished_date": date.today().isoformat(),
    }
    httpx.post(f"{ENROLMENT}/api/applications", json=form, timeout=30).raise_for_status()


def _cell_member_sets_up(cell: Page) -> None:
    body = {"email": f"cell-{uuid.uuid4().hex[:8]}@agency.example", "full_name": "Cel Lid",
            "language": "nl"}
    added = httpx.post(f"{ENROLMENT}/api/cell-members", json=body, headers=OPERATOR, timeout=30)
    added.raise_for_status()

    cell.goto(f"{ENROLMENT}/setup?token={added.json()['setup_token']}")
    _set_up(cell, TokenApp(cell.locator("#secret").inner_text()))
    expect(cell).to_have_url(f"{ENROLMENT}/cell")


def _set_up(page: Page, phone: TokenApp) -> None:
    page.locator("#password").fill(PASSWORD)
    page.locator("#password_again").fill(PASSWORD)
    page.locator("#code").fill(phone.code())
    page.locator("form[action='/setup'] button[type=submit]").click()


def _ask_for_more(cell: Page, refnis_code: str) -> None:
    cell.get_by_role("link", name=re.compile(f"\\({refnis_code}\\)")).first.click()
    cell.get_by_label("Vraag aan het OCMW").fill("Over welke VERA-lijn opent u de brievenbus?")
    cell.get_by_role("button", name="Vraag versturen").click()
    expect(cell.locator("#state")).to_have_text("Wacht op uw antwoord")


def _answer(centre: Page, tracking_link: str) -> None:
    centre.goto(tracking_link)
    expect(centre.locator(".messages")).to_contain_text("Over welke VERA-lijn")
    centre.get_by_label("Antwoord aan de veiligheidscel").fill("Lijn 12 van het stadhuis.")
    centre.get_by_role("button", name="Antwoord versturen").click()
    expect(centre.locator("#state")).to_have_text("In behandeling")


def _approve(cell: Page, refnis_code: str) -> None:
    cell.get_by_role("link", name=re.compile(f"\\({refnis_code}\\)")).first.click()
    expect(cell.locator(".messages")).to_contain_text("Lijn 12 van het stadhuis.")
    cell.get_by_role("button", name="Goedkeuren en overschakelen").click()
    expect(cell.locator("#state")).to_have_text("Goedgekeurd")


def _set_up_from_mail(page: Page, mailpit, email: str, site: str) -> TokenApp:
    link = wait_until(f"the invitation to {email}", lambda: _setup_link(mailpit, email, site))
    page.goto(link)
    phone = TokenApp(page.locator("#secret").inner_text())
    _set_up(page, phone)
    expect(page).not_to_have_url(re.compile("/setup"))
    return phone


def _setup_link(mailpit, email: str, site: str) -> str | None:
    for message in messages_to(mailpit, email):
        text = mailpit.get(f"/api/v1/message/{message['ID']}").json()["Text"]
        if found := re.search(re.escape(site) + r"/setup\?token=[A-Za-z0-9_-]+", text):
            return found.group(0)
    return None


def _sign_out_and_in_again(consultant: Page, email: str, phone: TokenApp) -> None:
    consultant.get_by_role("button", name="Afmelden").click()
    expect(consultant.locator(".notice")).to_have_text("U bent afgemeld.")

    consultant.get_by_label("E-mailadres").fill(email)
    consultant.get_by_label("Wachtwoord").fill(PASSWORD)
    consultant.get_by_role("button", name="Verder").click()
    code = consultant.get_by_label("Code van 6 cijfers")
    expect(code).to_have_attribute("autocomplete", "one-time-code")
    code.fill(phone.code())
    consultant.get_by_role("button", name="Aanmelden").click()
    expect(consultant).to_have_url(f"{ENROLMENT}/centre")


def _invite(consultant: Page, email: str) -> None:
    form = consultant.locator("form[action='/centre/staff']")
    form.get_by_label("Naam").fill("Stien Staff")
    form.get_by_label("E-mailadres").fill(email)
    consultant.get_by_role("button", name="Uitnodigen").click()
    expect(consultant.locator("table").first).to_contain_text(email)


def _read_a_document(staff: Page, refnis_code: str) -> None:
    event = due_event(refnis_code, issued_on=date.today().isoformat())
    # Playwright's sync API keeps an event loop running in this thread: publish from another.
    publishing = threading.Thread(
        target=publish_raw,
        args=(DOCUMENT_DUE.name, [json.dumps(event).encode()], refnis_code.encode()),
    )
    publishing.start()
    publishing.join()

    link = wait_until("the document in the inbox", lambda: _document_link(staff))
    with staff.expect_download() as download:
        link.click()
    pdf = Path(download.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF")


def _document_link(staff: Page):
    staff.goto(f"{PORTAL}/")
    links = staff.locator("a[href^='/documents/']")
    return links.first if links.count() else None


def _sent_to_sign_in(staff: Page) -> bool:
    staff.goto(f"{PORTAL}/")
    return "/login" in staff.url


def _screenshot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
    assert os.path.getsize(SCREENSHOTS / name) > 10_000
