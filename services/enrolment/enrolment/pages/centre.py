"""The security consultant's page: their centre's staff, who may open its mailbox."""

from typing import Annotated

from contracts.values import Language
from fastapi import APIRouter, Depends, Request

from enrolment import handlers
from enrolment.domain.people import Actor, NotAllowed, Role
from enrolment.handlers import CommandRefused
from enrolment.pages.cell import PERSON_FIELDS, person_errors
from enrolment.pages.web import (
    REFUSAL,
    PostedForm,
    centre_name,
    chosen_language,
    enrolment_of,
    field,
    redirect,
    render,
    signed_in,
)
from enrolment.texts import LANGUAGE_NAMES, texts_for

router = APIRouter(prefix="/centre")


async def consultant(request: Request) -> Actor:
    actor = await signed_in(request)
    if actor.role is not Role.SECURITY_CONSULTANT:
        raise NotAllowed("only a centre's security consultant manages its staff access")
    return actor


ConsultantOfCentre = Annotated[Actor, Depends(consultant)]


@router.get("")
async def staff_page(request: Request, actor: ConsultantOfCentre):
    return await _staff_page(request, actor)


async def _staff_page(
    request: Request,
    actor: Actor,
    errors: dict | None = None,
    values: dict | None = None,
    status: int = 200,
):
    store = enrolment_of(request).store
    centre = await store.centre(actor.refnis_code)
    staff = await store.staff_of(actor.refnis_code)
    return render(
        request,
        "centre.html",
        chosen_language(request, actor.language),
        status=status,
        here="/centre",
        title_key="staff_title",
        actor=actor,
        centre=centre_name(centre),
        refnis_code=actor.refnis_code,
        centre_language=centre.language.value if centre else actor.language,
        switched_over_on=await store.switched_over_on(actor.refnis_code),
        active=[s for s in staff if not s.get("revoked_at")],
        revoked=[s for s in staff if s.get("revoked_at")],
        languages=LANGUAGE_NAMES,
        done=request.query_params.get("done", ""),
        errors=errors or {},
        values=values or {},
    )


@router.post("/staff")
async def invite(request: Request, form: PostedForm, actor: ConsultantOfCentre):
    values = {name: field(form, name) for name in PERSON_FIELDS}
    t = texts_for(chosen_language(request, actor.language))
    if errors := person_errors(values, t):
        return await _staff_page(request, actor, errors, values, status=400)

    enrolment = enrolment_of(request)
    try:
        await handlers.grant_access(
            actor.refnis_code,
            email=values["email"],
            full_name=values["full_name"],
            language=Language(values["language"]),
            actor=actor,
            store=enrolment.store,
            publish=enrolment.publish,
        )
    except CommandRefused as refused:
        return await _staff_page(request, actor, {REFUSAL: str(refused)}, values, status=409)
    return redirect("/centre?done=invited")


@router.post("/staff/{staff_member_id}/revocation")
async def revoke(
    request: Request,
    staff_member_id: str,
    _: PostedForm,
    actor: ConsultantOfCentre,
):
    enrolment = enrolment_of(request)
    try:
        await handlers.revoke_access(
            actor.refnis_code, staff_member_id, actor, enrolment.store, enrolment.publish
        )
    except CommandRefused as refused:
        return await _staff_page(request, actor, {REFUSAL: str(refused)}, status=409)
    return redirect("/centre?done=revoked")
