"""Pages for a centre that applies: the application form and the tracking page of its link."""

from datetime import date
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from pydantic import ValidationError

from enrolment import api, applications
from enrolment.domain.applications import (
    ApplicationState,
    Conditions,
    SecureNetwork,
    StaffAuthentication,
    TransitionRefused,
)
from enrolment.handlers import CommandRefused, NotFound
from enrolment.pages.web import (
    REFUSAL,
    TEXT_LONGEST,
    PostedForm,
    centre_name,
    chosen_language,
    current_actor,
    enrolment_of,
    field,
    home_of,
    redirect,
    render,
    too_long,
)
from enrolment.texts import LANGUAGE_NAMES, texts_for

router = APIRouter()
APPLICATION_FIELDS = (
    "refnis_code",
    "consultant_name",
    "consultant_email",
    "network",
    "staff_authentication",
    "wished_date",
    "language",
)


@router.get("/")
async def home(request: Request):
    actor = await current_actor(request)
    if actor is not None:
        return redirect(home_of(actor))
    return render(request, "index.html", chosen_language(request), title="")


@router.get("/docs")
async def api_documentation():
    # The API's own pages live under /api; /docs is where people (and scripts/services) look.
    return redirect("/api/docs")


@router.get("/apply")
async def application_form(request: Request):
    return _form_page(request, {}, {})


@router.post("/apply")
async def apply(request: Request, form: PostedForm):
    values = {name: field(form, name) for name in APPLICATION_FIELDS}
    t = texts_for(chosen_language(request))
    parsed, errors = _parsed(values, t)
    if errors:
        return _form_page(request, values, errors, status=400)

    applicant = applications.Applicant(
        parsed.refnis_code,
        parsed.consultant_name,
        parsed.consultant_email,
        parsed.language,
        api.from_address(request),
    )
    conditions = Conditions(parsed.network, parsed.staff_authentication, parsed.wished_date)
    store, publish = enrolment_of(request).store, enrolment_of(request).publish
    try:
        application, token = await applications.apply(applicant, conditions, store, publish)
    except NotFound:
        return _form_page(request, values, {"refnis_code": t["refnis_unknown"]}, status=400)
    except CommandRefused:
        switched = await store.switched_over_on(parsed.refnis_code)
        key = "apply_switched_over" if switched else "apply_already_open"
        return _form_page(request, values, {"": t[key]}, status=409)

    query = urlencode({"token": token, "submitted": "1"})
    return redirect(f"/applications/{application['_id']}?{query}")


def _parsed(values: dict[str, str], t: dict[str, str]):
    given = {name: value for name, value in values.items() if value}
    try:
        return api.ApplicationForm(**given), {}
    except ValidationError as error:
        errors = {}
        for problem in error.errors():
            name = str(problem["loc"][0]) if problem["loc"] else ""
            if problem["type"] == "string_too_long":
                errors[name] = too_long(values[name], problem["ctx"]["max_length"], t)
            elif name in APPLICATION_FIELDS:
                errors.setdefault(name, t[f"invalid_{name}"])
        return None, {name: errors[name] for name in APPLICATION_FIELDS if name in errors}


def _form_page(request: Request, values: dict, errors: dict, status: int = 200):
    return render(
        request,
        "apply.html",
        chosen_language(request),
        status=status,
        here="/apply",
        title_key="apply_title",
        values=values,
        errors=errors,
        networks=[n.value for n in SecureNetwork],
        authentications=[a.value for a in StaffAuthentication],
        languages=LANGUAGE_NAMES,
        today=date.today().isoformat(),
    )


@router.get("/applications/{application_id}")
async def tracking_page(request: Request, application_id: str, token: str = ""):
    store = enrolment_of(request).store
    application = await applications.tracked_application(application_id, token[:128], store)
    if application is None:
        return _not_found(request)
    return await _tracking_page(request, application, token)


@router.post("/applications/{application_id}/answer")
async def answer(request: Request, application_id: str, form: PostedForm):
    token, text = field(form, "token", 128), field(form, "text")
    store = enrolment_of(request).store
    application = await applications.tracked_application(application_id, token, store)
    if application is None:
        return _not_found(request)
    language = chosen_language(request, application["language"])
    t = texts_for(language)
    problem = too_long(text, TEXT_LONGEST, t) if text else t["invalid_answer"]
    if problem:
        errors = {"text": problem}
        return await _tracking_page(request, application, token, errors=errors, status=400)

    try:
        await applications.answer(application_id, token, text, api.from_address(request), store)
    except TransitionRefused as refused:
        errors = {REFUSAL: str(refused)}
        return await _tracking_page(request, application, token, errors=errors, status=409)
    return redirect(f"/applications/{application_id}?{urlencode({'token': token, 'done': '1'})}")


async def _tracking_page(
    request: Request, application: dict, token: str, errors: dict | None = None, status: int = 200
):
    store = enrolment_of(request).store
    language = chosen_language(request, application["language"])
    link = f"{str(request.base_url).rstrip('/')}/applications/{application['_id']}?" + urlencode(
        {"token": token}
    )
    view = api.public_view(application)
    return render(
        request,
        "application.html",
        language,
        status=status,
        here=f"/applications/{application['_id']}?{urlencode({'token': token})}",
        title_key="tracking_title",
        application=view,
        centre=centre_name(await store.centre(application["refnis_code"])),
        token=token,
        link=link,
        submitted=request.query_params.get("submitted") == "1",
        answered=request.query_params.get("done") == "1",
        may_answer=application["state"] == ApplicationState.INFORMATION_REQUESTED,
        errors=errors or {},
    )


def _not_found(request: Request):
    from enrolment.pages import error_page

    language = chosen_language(request)
    return error_page(request, 404, texts_for(language)["tracking_unknown"], language)
