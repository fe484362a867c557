"""The security cell's pages: the queue of applications, the review of one, and a centre's
consultants and audit trail."""

import re
from datetime import date
from typing import Annotated

from contracts.values import Language
from fastapi import APIRouter, Depends, Request

from enrolment import api, applications, people
from enrolment.domain.applications import (
    TRANSITIONS,
    ApplicationState,
    TransitionRefused,
)
from enrolment.domain.people import Actor, Role, require_cell
from enrolment.handlers import CommandRefused, NotFound
from enrolment.pages.web import (
    EMAIL_LONGEST,
    NAME_LONGEST,
    REFUSAL,
    TEXT_LONGEST,
    PostedForm,
    centre_name,
    chosen_language,
    enrolment_of,
    field,
    redirect,
    render,
    signed_in,
    today,
    too_long,
)
from enrolment.texts import LANGUAGE_NAMES, texts_for

router = APIRouter(prefix="/cell")
REFNIS = re.compile(r"\d{5}")
AUDIT_SHOWN = 100


async def cell_member(request: Request) -> Actor:
    actor = await signed_in(request)
    require_cell(actor)
    return actor


CellMember = Annotated[Actor, Depends(cell_member)]


def _language(request: Request, actor: Actor) -> str:
    return chosen_language(request, actor.language)


@router.get("")
async def queue(request: Request, actor: CellMember):
    return await _queue_page(request, actor)


async def _queue_page(
    request: Request,
    actor: Actor,
    errors: dict | None = None,
    values: dict | None = None,
    status: int = 200,
):
    store = enrolment_of(request).store
    under_review = await store.applications_in(ApplicationState.UNDER_REVIEW)
    waiting = await store.applications_in(ApplicationState.INFORMATION_REQUESTED)
    names = {
        a["refnis_code"]: centre_name(await store.centre(a["refnis_code"]))
        for a in under_review + waiting
    }
    return render(
        request,
        "cell_queue.html",
        _language(request, actor),
        status=status,
        title_key="queue_title",
        actor=actor,
        under_review=under_review,
        waiting=waiting,
        names=names,
        errors=errors or {},
        values=values or {},
    )


@router.get("/centres")
async def find_centre(request: Request, actor: CellMember, refnis_code: str = ""):
    # An empty or malformed code stays on the queue with its error: sent on to /cell/centres/,
    # it would come back here (a trailing slash is redirected away) and round again.
    refnis_code = refnis_code.strip()
    if not REFNIS.fullmatch(refnis_code):
        errors = {"refnis_code": texts_for(_language(request, actor))["invalid_refnis_code"]}
        values = {"refnis_code": refnis_code}
        return await _queue_page(request, actor, errors, values, status=400)
    return redirect(f"/cell/centres/{refnis_code}")


@router.get("/applications/{application_id}")
async def application_page(request: Request, application_id: str, actor: CellMember):
    return await _application_page(request, actor, application_id)


async def _application_page(
    request: Request,
    actor: Actor,
    application_id: str,
    errors: dict | None = None,
    values: dict | None = None,
    status: int = 200,
):
    store = enrolment_of(request).store
    found = await store.application(application_id)
    if found is None:
        raise NotFound(f"no application {application_id}")
    allowed = TRANSITIONS[ApplicationState(found["state"])]
    wished = date.fromisoformat(found["wished_date"])
    return render(
        request,
        "cell_application.html",
        _language(request, actor),
        status=status,
        here=f"/cell/applications/{application_id}",
        title_key="review_title",
        actor=actor,
        application=api.review_view(found),
        centre=centre_name(await store.centre(found["refnis_code"])),
        allowed={step.value for step in allowed},
        proposed_date=max(wished, today()).isoformat(),
        languages=LANGUAGE_NAMES,
        done=request.query_params.get("done", ""),
        errors=errors or {},
        values=values or {},
    )


@router.post("/applications/{application_id}/information-request")
async def ask(
    request: Request, application_id: str, form: PostedForm, actor: CellMember
):
    question = field(form, "question")
    enrolment = enrolment_of(request)

    async def step():
        await applications.request_information(
            application_id, question, actor, enrolment.store, enrolment.publish
        )

    return await _review_step(request, actor, application_id, ("question", question), step)


@router.post("/applications/{application_id}/refusal")
async def refuse(
    request: Request, application_id: str, form: PostedForm, actor: CellMember
):
    reason = field(form, "reason")
    store = enrolment_of(request).store

    async def step():
        await applications.refuse(application_id, reason, actor, store)

    return await _review_step(request, actor, application_id, ("reason", reason), step)


@router.post("/applications/{application_id}/approval")
async def approve(
    request: Request, application_id: str, form: PostedForm, actor: CellMember
):
    given = field(form, "effective_date")
    enrolment = enrolment_of(request)

    async def step():
        effective = date.fromisoformat(given)
        await applications.approve(
            application_id, effective, actor, enrolment.store, enrolment.publish
        )

    return await _review_step(request, actor, application_id, ("effective_date", given), step)


async def _review_step(request: Request, actor: Actor, application_id: str, given, step):
    """Carries out the step, or shows the application again with what was wrong."""
    name, value = given
    t = texts_for(_language(request, actor))
    problem = too_long(value, TEXT_LONGEST, t) if value else t[f"invalid_{name}"]
    if problem:
        errors = {name: problem}
        return await _application_page(request, actor, application_id, errors, {name: value}, 400)
    try:
        await step()
    except ValueError:
        errors = {name: t[f"invalid_{name}"]}
        return await _application_page(request, actor, application_id, errors, {name: value}, 400)
    except (TransitionRefused, CommandRefused) as refused:
        errors = {REFUSAL: str(refused)}
        return await _application_page(request, actor, application_id, errors, {name: value}, 409)
    return redirect(f"/cell/applications/{application_id}?done={name}")


@router.get("/centres/{refnis_code}")
async def centre_page(request: Request, refnis_code: str, actor: CellMember):
    return await _centre_page(request, actor, refnis_code)


async def _centre_page(
    request: Request,
    actor: Actor,
    refnis_code: str,
    errors: dict | None = None,
    values: dict | None = None,
    status: int = 200,
):
    store = enrolment_of(request).store
    centre = await store.centre(refnis_code) if REFNIS.fullmatch(refnis_code) else None
    if centre is None:
        raise NotFound(f"no centre with REFNIS code {refnis_code}")
    consultants = await store.people_with_role(Role.SECURITY_CONSULTANT, refnis_code)
    trail = await store.audit_trail(refnis_code)
    return render(
        request,
        "cell_centre.html",
        _language(request, actor),
        status=status,
        here=f"/cell/centres/{refnis_code}",
        title_key="centre_title",
        actor=actor,
        refnis_code=refnis_code,
        centre=centre_name(centre),
        centre_language=centre.language.value,
        switched_over_on=await store.switched_over_on(refnis_code),
        applications=await store.applications_of(refnis_code),
        consultants=consultants,
        may_appoint=not any(c["active"] for c in consultants),
        trail=list(reversed(trail))[:AUDIT_SHOWN],
        trail_count=len(trail),
        languages=LANGUAGE_NAMES,
        done=request.query_params.get("done", ""),
        errors=errors or {},
        values=values or {},
    )


@router.get("/centres/{refnis_code}/audit.csv")
async def audit_export(request: Request, refnis_code: str, actor: CellMember):
    store = enrolment_of(request).store
    if not REFNIS.fullmatch(refnis_code) or await store.centre(refnis_code) is None:
        raise NotFound(f"no centre with REFNIS code {refnis_code}")
    return api.audit_csv(refnis_code, await store.audit_trail(refnis_code))


@router.post("/centres/{refnis_code}/consultants/{person_id}/withdrawal")
async def withdraw(
    request: Request,
    refnis_code: str,
    person_id: str,
    _: PostedForm,
    actor: CellMember,
):
    enrolment = enrolment_of(request)
    try:
        await people.withdraw_consultant(
            refnis_code, person_id, actor, enrolment.store, enrolment.sessions
        )
    except CommandRefused as refused:
        return await _centre_page(request, actor, refnis_code, {REFUSAL: str(refused)}, status=409)
    return redirect(f"/cell/centres/{refnis_code}?done=withdrawn")


@router.post("/centres/{refnis_code}/consultants")
async def appoint(
    request: Request, refnis_code: str, form: PostedForm, actor: CellMember
):
    values = {name: field(form, name) for name in PERSON_FIELDS}
    t = texts_for(_language(request, actor))
    if errors := person_errors(values, t):
        return await _centre_page(request, actor, refnis_code, errors, values, status=400)

    enrolment = enrolment_of(request)
    try:
        await people.appoint_consultant(
            refnis_code,
            values["full_name"],
            values["email"],
            Language(values["language"]),
            actor,
            enrolment.store,
            enrolment.publish,
        )
    except CommandRefused as refused:
        return await _centre_page(request, actor, refnis_code, {REFUSAL: str(refused)}, values, 409)
    return redirect(f"/cell/centres/{refnis_code}?done=appointed")


PERSON_FIELDS = ("full_name", "email", "language")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def person_errors(values: dict[str, str], t: dict[str, str]) -> dict[str, str]:
    """What is wrong with a named person's name, address and language, field by field."""
    errors = {}
    if not values["full_name"]:
        errors["full_name"] = t["invalid_full_name"]
    elif problem := too_long(values["full_name"], NAME_LONGEST, t):
        errors["full_name"] = problem
    if problem := too_long(values["email"], EMAIL_LONGEST, t):
        errors["email"] = problem
    elif not EMAIL.fullmatch(values["email"]):
        errors["email"] = t["invalid_email"]
    if values["language"] not in LANGUAGE_NAMES:
        errors["language"] = t["invalid_language"]
    return errors
