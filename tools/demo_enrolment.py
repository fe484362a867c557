"""The demo's enrolment, as its people go through it, through the services' own APIs.

An operator loads the registry and adds a member of the security cell, who sets up their
account; about a hundred centres apply; the cell asks some of them for more, refuses two and
approves the others, most from today and some from a later date; each approved centre's security
consultant sets up from the link in their email, signs in and invites one staff member; one staff
member sets up their portal account and, later, reads a document. Every other centre stays on
paper.
"""

import asyncio
import re
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

import httpx
from enrolment.domain.centres import Centre, read_registry
from signin import totp

DEMO_PASSWORD = "demo-password-2026"
CONCURRENCY = 8  # each set-up and sign-in costs the server an argon2 hash of 50-100 ms
EMAIL_TIMEOUT_SECONDS = 300

FIRST_NAMES = ("An", "Marc", "Sofie", "Luc", "Julie", "Thomas", "Nathalie", "Pieter", "Claire")
LAST_NAMES = ("Peeters", "Dubois", "Janssens", "Lambert", "Maes", "Schmitz", "Renard", "Wouters")
QUESTIONS = {
    "nl": "Via welk netwerk bereiken uw medewerkers de mailbox, en vanaf welke werkposten?",
    "fr": "Par quel réseau vos collaborateurs accèdent-ils à la boîte, et depuis quels postes ?",
    "de": "Über welches Netz erreichen Ihre Mitarbeiter das Postfach, und von welchen Plätzen?",
}
ANSWERS = {
    "nl": "Via Publilink, enkel vanaf de werkposten van de sociale dienst.",
    "fr": "Par Publilink, uniquement depuis les postes du service social.",
    "de": "Über Publilink, nur von den Arbeitsplätzen des Sozialdienstes aus.",
}
REFUSALS = {
    "nl": "Er is geen beveiligde netwerkverbinding opgegeven; dien opnieuw in zodra die er is.",
    "fr": "Aucune connexion réseau sécurisée n'est indiquée ; introduisez une nouvelle demande.",
    "de": "Es ist keine gesicherte Netzverbindung angegeben; stellen Sie den Antrag erneut.",
}


class DemoFailed(Exception):
    """A step of the workflow was refused; the message names the request and the answer."""


class Outcome(StrEnum):
    """What the security cell does with a centre's application in the demo."""

    EFFECTIVE_NOW = "approved from today"
    EFFECTIVE_LATER = "approved from a later date"
    REFUSED = "refused"
    UNDER_REVIEW = "left in the cell's queue"
    AWAITING_ANSWER = "left awaiting the centre's answer"


# By place among the chosen centres: two refused, one in each open state for the cell to see.
NOT_APPROVED = {
    17: Outcome.REFUSED,
    29: Outcome.UNDER_REVIEW,
    53: Outcome.AWAITING_ANSWER,
    71: Outcome.REFUSED,
}


@dataclass(frozen=True)
class Applicant:
    """A centre that applies, through the security consultant it names."""

    centre: Centre
    outcome: Outcome
    asked_first: bool  # the cell asks for more before deciding
    chooses_dutch: bool  # a Brussels centre that is addressed in Dutch once approved
    wished_date: date  # the effective date too, if the cell approves

    @property
    def refnis_code(self) -> str:
        return self.centre.refnis_code

    @property
    def language(self) -> str:
        return "nl" if self.chooses_dutch else self.centre.language.value

    @property
    def approved(self) -> bool:
        return self.outcome in (Outcome.EFFECTIVE_NOW, Outcome.EFFECTIVE_LATER)


@dataclass
class Account:
    """A person's account as the demo holds it: what a person keeps in their head and app."""

    email: str
    full_name: str
    secret: str = ""  # the token app's
    used_step: int = -1  # a code is good once: the next one must be of a later step
    bearer: str = ""

    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.bearer}"}


@dataclass
class Enrolled:
    """What the workflow leaves behind, for the summary."""

    cell_member: Account
    applicants: list[Applicant]
    consultants: dict[str, Account] = field(default_factory=dict)
    staff: dict[str, Account] = field(default_factory=dict)
    reader: Account | None = None  # the staff member who sets up and reads a document


def step(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


# Choosing the centres


def choose_applicants(registry: list[Centre], today: date, later: date) -> list[Applicant]:
    """About one centre in six across Flanders and Wallonia, one in two in Brussels and the
    German-speaking municipalities, so that every region and language shows."""
    groups: dict[tuple, list[Centre]] = {}
    for centre in registry:
        groups.setdefault((centre.region, centre.languages), []).append(centre)

    chosen = []
    for (region, languages), centres in groups.items():
        every = 2 if region == "brussels" or languages == ("de",) else 6
        chosen += centres[::every]
    chosen.sort(key=lambda centre: centre.refnis_code)

    brussels = [c.refnis_code for c in chosen if c.region == "brussels"]
    dutch = set(brussels[1::2])
    applicants = []
    for index, centre in enumerate(chosen):
        outcome = _outcome(index)
        wished = later if outcome is Outcome.EFFECTIVE_LATER else today
        chooses_dutch = centre.refnis_code in dutch
        applicants.append(Applicant(centre, outcome, _asked_first(index), chooses_dutch, wished))
    return applicants


def _outcome(index: int) -> Outcome:
    """index: the centre's place among those chosen, in REFNIS order."""
    if index in NOT_APPROVED:
        return NOT_APPROVED[index]
    return Outcome.EFFECTIVE_LATER if index % 9 == 4 else Outcome.EFFECTIVE_NOW


def _asked_first(index: int) -> bool:
    return index % 13 == 6 or _outcome(index) is Outcome.AWAITING_ANSWER


def person_name(number: int) -> str:
    return f"{FIRST_NAMES[number % len(FIRST_NAMES)]} {LAST_NAMES[number % len(LAST_NAMES)]}"


# Talking to the services


async def call(client: httpx.AsyncClient, method: str, path: str, **request) -> dict:
    response = await client.request(method, path, **request)
    if response.status_code >= 400:
        raise DemoFailed(f"{method} {path} answered {response.status_code}: {response.text[:300]}")
    return response.json() if response.content else {}


async def bounded(items: Iterable, work: Callable[..., Awaitable]) -> list:
    # A bound, because the server hashes each password on its two cores: more at once only
    # queues there, and slows every other service down.
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one(item):
        async with gate:
            return await work(item)

    return await asyncio.gather(*(one(item) for item in items))


async def fresh_code(account: Account) -> str:
    """The token app's current code, once its step is later than the last code used."""
    now = totp.step_at(datetime.now(UTC))
    if now <= account.used_step:
        wait = (account.used_step + 1) * totp.STEP_SECONDS - time.time() + 0.5
        await asyncio.sleep(max(wait, 0))
        now = totp.step_at(datetime.now(UTC))
    account.used_step = now
    return totp.code_for_step(account.secret, now)


async def set_up_account(api: httpx.AsyncClient, account: Account, setup_token: str) -> None:
    """As a person does from their invitation: enrol the secret in an app, give its code; the
    account is then signed in."""
    enrolling = await call(api, "GET", "/api/setup", params={"token": setup_token})
    account.secret = enrolling["secret"]

    code = await fresh_code(account)
    form = {"token": setup_token, "password": DEMO_PASSWORD, "password_again": DEMO_PASSWORD}
    account.bearer = (await call(api, "POST", "/api/setup", json={**form, "code": code}))["token"]


async def sign_in(api: httpx.AsyncClient, account: Account) -> None:
    code = await fresh_code(account)
    credentials = {"email": account.email, "password": DEMO_PASSWORD, "code": code}
    account.bearer = (await call(api, "POST", "/api/sessions", json=credentials))["token"]


# The enrolment workflow


async def add_cell_member(api: httpx.AsyncClient, operator: dict) -> Account:
    """An operator adds the member and hands them the set-up token; they set up at once."""
    member = Account("sam.verstraeten@security-cell.example", "Sam Verstraeten")
    person = {"email": member.email, "full_name": member.full_name, "language": "nl"}
    added = await call(api, "POST", "/api/cell-members", json=person, headers=operator)

    await set_up_account(api, member, added["setup_token"])
    return member


async def submit_applications(api: httpx.AsyncClient, applicants: list[Applicant]) -> list[dict]:
    return await bounded(applicants, lambda applicant: _apply(api, applicant))


async def _apply(api: httpx.AsyncClient, applicant: Applicant) -> dict:
    number = int(applicant.refnis_code)
    form = {
        "refnis_code": applicant.refnis_code,
        "consultant_name": person_name(number),
        "consultant_email": f"consultant-{applicant.refnis_code}@centres.example",
        "language": applicant.language,
        "network": "vera" if number % 3 == 0 else "publilink",
        "staff_authentication": "eid" if number % 4 == 0 else "token",
        "wished_date": applicant.wished_date.isoformat(),
    }
    return await call(api, "POST", "/api/applications", json=form)


async def review_applications(
    api: httpx.AsyncClient, cell: Account, applicants: list[Applicant], applications: list[dict]
) -> None:
    pairs = list(zip(applicants, applications, strict=True))
    await bounded(pairs, lambda pair: _review(api, cell, *pair))


async def _review(
    api: httpx.AsyncClient, cell: Account, applicant: Applicant, application: dict
) -> None:
    path = f"/api/applications/{application['application_id']}"
    if applicant.asked_first:
        question = {"question": QUESTIONS[applicant.language]}
        asking = f"{path}/information-request"
        await call(api, "POST", asking, json=question, headers=cell.headers())
        if applicant.outcome is Outcome.AWAITING_ANSWER:
            return
        # The centre answers through its tracking link, not signed in.
        answer = {"token": application["tracking_token"], "text": ANSWERS[applicant.language]}
        await call(api, "POST", f"{path}/answer", json=answer)

    if applicant.outcome is Outcome.REFUSED:
        refusal = {"reason": REFUSALS[applicant.language]}
        await call(api, "POST", f"{path}/refusal", json=refusal, headers=cell.headers())
    elif applicant.approved:
        approval = {"effective_date": applicant.wished_date.isoformat()}
        await call(api, "POST", f"{path}/approval", json=approval, headers=cell.headers())


async def set_up_consultants(
    api: httpx.AsyncClient, mail: httpx.AsyncClient, approved: list[Applicant]
) -> dict[str, Account]:
    async def set_up(applicant: Applicant) -> Account:
        email = f"consultant-{applicant.refnis_code}@centres.example"
        consultant = Account(email, person_name(int(applicant.refnis_code)))
        await set_up_account(api, consultant, await emailed_setup_token(mail, email))
        return consultant

    consultants = await bounded(approved, set_up)
    return {a.refnis_code: c for a, c in zip(approved, consultants, strict=True)}


async def consultants_invite_staff(
    api: httpx.AsyncClient, consultants: dict[str, Account], approved: list[Applicant]
) -> dict[str, Account]:
    """Each consultant signs in, has a Brussels centre addressed in Dutch if it chose so, and
    invites one staff member of their own centre."""

    async def invite(applicant: Applicant) -> Account:
        refnis_code = applicant.refnis_code
        consultant = consultants[refnis_code]
        await sign_in(api, consultant)
        if applicant.chooses_dutch:
            path = f"/api/centres/{refnis_code}/language"
            await call(api, "PUT", path, json={"language": "nl"}, headers=consultant.headers())

        staff_member = Account(
            f"staff-{refnis_code}@centres.example", person_name(int(refnis_code) + 3)
        )
        grant = {"email": staff_member.email, "full_name": staff_member.full_name}
        path = f"/api/centres/{refnis_code}/staff"
        await call(api, "POST", path, json=grant, headers=consultant.headers())
        return staff_member

    staff = await bounded(approved, invite)
    return {a.refnis_code: s for a, s in zip(approved, staff, strict=True)}


async def applications_by_state(api: httpx.AsyncClient, cell: Account) -> dict[str, int]:
    states = ("under-review", "information-requested", "approved", "refused")
    counts = {}
    for state in states:
        found = await call(
            api, "GET", "/api/applications", params={"state": state}, headers=cell.headers()
        )
        counts[state] = len(found)
    return counts


# Emails


async def emailed_setup_token(mail: httpx.AsyncClient, email: str) -> str:
    """The token of the set-up link emailed to the person (from the enrolment or the portal),
    once the notifier has sent it."""
    deadline = time.monotonic() + EMAIL_TIMEOUT_SECONDS
    looked_at = set()
    while time.monotonic() < deadline:
        found = await mail.get("/api/v1/search", params={"query": f'to:"{email}"', "limit": 20})
        for message in found.raise_for_status().json()["messages"]:
            if message["ID"] in looked_at:
                continue
            looked_at.add(message["ID"])
            text = (await mail.get(f"/api/v1/message/{message['ID']}")).json()["Text"]
            if link := re.search(r"/setup\?token=([A-Za-z0-9_-]+)", text):
                return link.group(1)
        await asyncio.sleep(1)
    raise DemoFailed(f"no set-up link reached {email} in {EMAIL_TIMEOUT_SECONDS} s")


# The staff portal


async def portal_form(portal: httpx.AsyncClient, path: str, **params) -> str:
    """The page's anti-forgery token (its cookie stays in the client)."""
    page = await portal.get(path, params=params)
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    if page.status_code != 200 or not found:
        raise DemoFailed(f"GET {path} on the portal answered {page.status_code} with no form")
    return found.group(1)


async def set_up_on_portal(portal_url: str, staff_member: Account, setup_token: str) -> None:
    async with httpx.AsyncClient(base_url=portal_url, timeout=30) as portal:
        page = await portal.get("/setup", params={"token": setup_token})
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        secret = re.search(r'id="secret">([A-Z2-7 ]+)<', page.text)
        if page.status_code != 200 or not (csrf and secret):
            raise DemoFailed(f"the portal's set-up page answered {page.status_code} with no form")
        staff_member.secret = secret.group(1).replace(" ", "")

        form = {
            "csrf_token": csrf.group(1),
            "token": setup_token,
            "password": DEMO_PASSWORD,
            "password_again": DEMO_PASSWORD,
            "code": await fresh_code(staff_member),
        }
        _expect_redirect(await portal.post("/setup", data=form), "setting up")


async def read_a_document(portal_url: str, staff_member: Account) -> int:
    """Signs in (password, then code) and downloads the first document listed; how many are."""
    async with httpx.AsyncClient(base_url=portal_url, timeout=30) as portal:
        login = {"email": staff_member.email, "password": DEMO_PASSWORD, "next": "/"}
        login["csrf_token"] = await portal_form(portal, "/login")
        code_step = _expect_redirect(await portal.post("/login", data=login), "password")

        code = {"next": "/", "code": await fresh_code(staff_member)}
        code["csrf_token"] = await portal_form(portal, code_step)
        _expect_redirect(await portal.post("/login/code", data=code), "code")

        inbox = await portal.get("/")
        listed = re.findall(r'href="/documents/([0-9a-f-]+)"', inbox.text)
        if not listed:
            raise DemoFailed(f"the inbox of {staff_member.email} lists no document")
        pdf = await portal.get(f"/documents/{listed[0]}")
        if pdf.status_code != 200 or not pdf.content.startswith(b"%PDF"):
            raise DemoFailed(f"downloading a document answered {pdf.status_code}")
        return len(listed)


def _expect_redirect(response: httpx.Response, what: str) -> str:
    if response.status_code != 303:
        raise DemoFailed(f"the portal refused the {what} step: {response.status_code}")
    return response.headers["location"]


# The whole workflow


async def enrol(
    api: httpx.AsyncClient, mail: httpx.AsyncClient, operator: dict, later: date
) -> Enrolled:
    """The workflow up to the staff invitations; later: the effective date of the latecomers."""
    step("an operator loads the registry of the 565 centres")
    await call(api, "POST", "/api/centres/registry", headers=operator)
    step("the operator adds a member of the security cell, who sets up their account")
    cell = await add_cell_member(api, operator)

    today = datetime.now(UTC).date()  # as the enrolment service reckons it
    applicants = choose_applicants(read_registry(), today, later)
    step(f"{len(applicants)} centres apply to switch over to electronic delivery")
    applications = await submit_applications(api, applicants)

    # The cell member stays signed in from their set-up: signing in again would wait for the
    # token app's next code. The consultants sign in afresh, as they would on another day.
    step("the security cell reviews: asks some for more, refuses two, approves the others")
    await review_applications(api, cell, applicants, applications)

    approved = [applicant for applicant in applicants if applicant.approved]
    step(f"{len(approved)} security consultants set up their accounts from the emailed link")
    consultants = await set_up_consultants(api, mail, approved)

    step("each consultant signs in and invites one staff member of their centre")
    staff = await consultants_invite_staff(api, consultants, approved)

    enrolled = Enrolled(cell, applicants, consultants, staff)
    enrolled.reader = staff[_reader_centre(approved)]
    return enrolled


def _reader_centre(approved: list[Applicant]) -> str:
    # A Brussels centre addressed in Dutch, if one is switched over from today: it shows both.
    now = [a for a in approved if a.outcome is Outcome.EFFECTIVE_NOW]
    return next((a for a in now if a.chooses_dutch), now[0]).refnis_code
