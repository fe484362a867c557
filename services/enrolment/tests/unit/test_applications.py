from datetime import date

import pytest
from enrolment.domain.applications import (
    TRANSITIONS,
    ApplicationState,
    ReviewStep,
    TransitionRefused,
    effective_date_problem,
    state_after,
    wished_date_problem,
)
from enrolment.domain.people import Actor, NotAllowed, Role, require_cell, require_consultant_of

ALLOWED = {(state, step) for state, steps in TRANSITIONS.items() for step in steps}
FORBIDDEN = [
    (state, step)
    for state in ApplicationState
    for step in ReviewStep
    if (state, step) not in ALLOWED
]


def test_the_review_goes_round_through_a_question_and_ends_in_a_decision():
    state = ApplicationState.UNDER_REVIEW
    for step in (ReviewStep.REQUEST_INFORMATION, ReviewStep.ANSWER, ReviewStep.APPROVE):
        state = state_after("a1", state, step)

    assert state is ApplicationState.APPROVED


@pytest.mark.parametrize(("state", "step"), FORBIDDEN)
def test_every_other_step_is_refused_naming_the_state_and_what_is_allowed(state, step):
    with pytest.raises(TransitionRefused) as refused:
        state_after("a1", state, step)

    message = str(refused.value)
    assert f"application a1 is {state.value}" in message
    for allowed in TRANSITIONS[state]:
        assert allowed.value in message
    if not TRANSITIONS[state]:
        assert "closed" in message


def test_five_steps_are_allowed_and_the_eleven_others_refused():
    # Four states times four steps: three from under review, two while information is asked.
    assert (len(ALLOWED), len(FORBIDDEN)) == (5, 11)


def test_a_switch_over_is_never_backdated():
    today = date(2026, 12, 4)

    assert effective_date_problem(date(2026, 12, 3), today) == (
        "effective_date 2026-12-03 is before today (2026-12-04)"
    )
    assert effective_date_problem(today, today) is None


def consultant_of(refnis_code: str) -> Actor:
    return Actor("p1", "An", Role.SECURITY_CONSULTANT, refnis_code, "127.0.0.1")


def test_a_consultant_manages_their_own_centre_and_no_other():
    require_consultant_of(consultant_of("11001"), "11001")

    with pytest.raises(NotAllowed, match="consultant of centre 11001, not of 21001"):
        require_consultant_of(consultant_of("11001"), "21001")


def test_the_cell_reviews_and_does_not_grant_staff_access():
    cell = Actor("c1", "Cell", Role.SECURITY_CELL, "", "127.0.0.1")
    require_cell(cell)

    with pytest.raises(NotAllowed):
        require_consultant_of(cell, "11001")
    with pytest.raises(NotAllowed):
        require_cell(consultant_of("11001"))


def test_a_date_more_than_two_years_ahead_is_refused_as_a_typing_error():
    today = date(2026, 12, 4)

    assert "more than two years ahead" in effective_date_problem(date(9999, 12, 31), today)
    assert "wished_date 2020-01-01 is before today" in wished_date_problem(date(2020, 1, 1), today)
    assert wished_date_problem(date(2027, 3, 1), today) is None
