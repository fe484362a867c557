"""A centre's application to switch to electronic delivery, and the security cell's review.

    under-review --request-information--> information-requested --answer--> under-review
    under-review --approve--> approved          under-review --refuse--> refused
    information-requested --refuse--> refused

Approved and refused applications are closed; a centre has at most one open application.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class ApplicationState(StrEnum):
    UNDER_REVIEW = "under-review"
    INFORMATION_REQUESTED = "information-requested"
    APPROVED = "approved"
    REFUSED = "refused"


class ReviewStep(StrEnum):
    REQUEST_INFORMATION = "request-information"
    ANSWER = "answer"
    APPROVE = "approve"
    REFUSE = "refuse"


class SecureNetwork(StrEnum):
    """The municipal networks over which a centre may reach its mailbox."""

    PUBLILINK = "publilink"
    VERA = "vera"


class StaffAuthentication(StrEnum):
    """The second factor the centre's staff will use with their password."""

    TOKEN = "token"
    EID = "eid"


TRANSITIONS: dict[ApplicationState, dict[ReviewStep, ApplicationState]] = {
    ApplicationState.UNDER_REVIEW: {
        ReviewStep.REQUEST_INFORMATION: ApplicationState.INFORMATION_REQUESTED,
        ReviewStep.APPROVE: ApplicationState.APPROVED,
        ReviewStep.REFUSE: ApplicationState.REFUSED,
    },
    ApplicationState.INFORMATION_REQUESTED: {
        ReviewStep.ANSWER: ApplicationState.UNDER_REVIEW,
        ReviewStep.REFUSE: ApplicationState.REFUSED,
    },
    ApplicationState.APPROVED: {},
    ApplicationState.REFUSED: {},
}
OPEN_STATES = frozenset(
    {ApplicationState.UNDER_REVIEW, ApplicationState.INFORMATION_REQUESTED}
)


class TransitionRefused(Exception):
    """The step is not allowed in the application's state; the message says what is."""


def state_after(application_id: str, state: ApplicationState, step: ReviewStep) -> ApplicationState:
    allowed = TRANSITIONS[state]
    if step in allowed:
        return allowed[step]

    if not allowed:
        raise TransitionRefused(
            f"application {application_id} is {state.value}: it is closed and cannot "
            f"{step.value.replace('-', ' ')}"
        )
    choices = ", ".join(s.value for s in allowed)
    raise TransitionRefused(
        f"application {application_id} is {state.value}: '{step.value}' is not allowed; "
        f"allowed: {choices}"
    )


@dataclass(frozen=True)
class Conditions:
    """How the centre says it meets the conditions of electronic delivery."""

    network: SecureNetwork
    staff_authentication: StaffAuthentication
    wished_date: date


# A date further ahead is a typing error (9999-12-31), not a plan: the centre would stay on
# paper without anybody noticing.
FURTHEST_AHEAD = timedelta(days=2 * 366)


def effective_date_problem(effective: date, today: date) -> str | None:
    """A switch-over is never backdated: documents before today may already be on paper."""
    return _date_problem("effective_date", effective, today)


def wished_date_problem(wished: date, today: date) -> str | None:
    return _date_problem("wished_date", wished, today)


def _date_problem(field: str, day: date, today: date) -> str | None:
    if day < today:
        return f"{field} {day.isoformat()} is before today ({today.isoformat()})"
    if day > today + FURTHEST_AHEAD:
        latest = (today + FURTHEST_AHEAD).isoformat()
        return f"{field} {day.isoformat()} is more than two years ahead (latest {latest})"
    return None
