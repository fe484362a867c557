from datetime import date

import pytest

from reimbursement_simulator.domain.printing import Printing, count_channels, still_printed

CUTOFF = date(2027, 7, 1)


@pytest.mark.parametrize(
    ("issued_on", "effective_date", "printed"),
    [
        (date(2026, 10, 31), date(2026, 11, 1), True),
        (date(2026, 11, 1), date(2026, 11, 1), False),
        (date(2026, 12, 6), None, True),
        (date(2027, 7, 1), None, False),
        (date(2027, 7, 1), date(2027, 9, 1), False),
    ],
)
def test_the_agency_prints_until_the_effective_date_or_the_national_cutoff(
    issued_on, effective_date, printed
) -> None:
    assert still_printed(issued_on, effective_date, CUTOFF) is printed


def test_all_three_legislations_of_a_centre_switch_together(full_month) -> None:
    centre = full_month[0].refnis_code
    of_centre = [event for event in full_month if event.refnis_code == centre]
    printing = Printing({centre: of_centre[0].issued_on}, CUTOFF)

    assert len({event.legislation for event in of_centre}) == 3
    assert not any(printing.prints(event) for event in of_centre)


def test_a_document_sent_twice_is_counted_once(full_month) -> None:
    some = full_month[:10]

    channels = count_channels(some + some[:3], Printing({}, CUTOFF))

    assert (channels.paper, channels.electronic) == (10, 0)
