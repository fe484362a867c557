from datetime import date
from decimal import Decimal
from random import Random

import pytest

from reimbursement_simulator.domain.amounts import draw_euros, part_of, share_of
from reimbursement_simulator.domain.calendar import gathering_day_after, months_before
from reimbursement_simulator.domain.centres import state_share


@pytest.mark.parametrize(
    ("month", "gathering_day"),
    [
        ("2026-11", date(2026, 12, 6)),
        ("2026-12", date(2027, 1, 3)),  # across the year's end
        ("2027-07", date(2027, 8, 1)),  # the first of the month is itself a Sunday
        ("2027-05", date(2027, 6, 6)),
    ],
)
def test_the_agency_gathers_on_the_first_sunday_of_the_next_month(
    month: str, gathering_day: date
) -> None:
    assert gathering_day_after(month) == gathering_day


def test_months_before_crosses_years() -> None:
    assert months_before("2026-02", 3) == "2025-11"
    assert months_before("2026-12", -1) == "2027-01"


def test_a_malformed_month_is_refused() -> None:
    with pytest.raises(ValueError, match="2026-13"):
        gathering_day_after("2026-13")


@pytest.mark.parametrize(
    ("beneficiaries", "share"),
    [(1, "0.55"), (499, "0.55"), (500, "0.65"), (999, "0.65"), (1_000, "0.70"), (9_000, "0.70")],
)
def test_the_state_share_grows_with_the_caseload(beneficiaries: int, share: str) -> None:
    assert state_share(beneficiaries) == Decimal(share)


def test_shares_round_half_up_to_the_cent() -> None:
    assert share_of(Decimal("1000.01"), Decimal("0.55")) == Decimal("550.01")
    assert share_of(Decimal("0.90"), Decimal("0.55")) == Decimal("0.50")


def test_drawn_amounts_stay_within_bounds_in_cents() -> None:
    rng = Random(1)

    amounts = [draw_euros(rng, Decimal("10"), Decimal("11")) for _ in range(500)]

    assert min(amounts) >= Decimal("10.00") and max(amounts) <= Decimal("11.00")
    assert {amount.as_tuple().exponent for amount in amounts} == {-2}


def test_a_part_is_always_below_the_whole() -> None:
    rng = Random(2)

    for cents in range(100, 400):
        whole = Decimal(cents) / 100
        assert part_of(whole, rng) < whole
