from datetime import date

import pytest
from centre_mailbox.domain.channels import (
    Channel,
    Reason,
    Unread,
    WaitingCentre,
    delivery_channel,
    waiting_centres,
)

CUTOFF = date(2027, 7, 1)
SWITCHED = date(2026, 11, 1)


@pytest.mark.parametrize(
    ("issued_on", "effective_date", "channel", "reason"),
    [
        (date(2026, 10, 31), SWITCHED, Channel.PAPER, Reason.BEFORE_EFFECTIVE_DATE),
        (date(2026, 11, 1), SWITCHED, Channel.ELECTRONIC, Reason.SWITCHED_OVER),
        (date(2026, 12, 6), SWITCHED, Channel.ELECTRONIC, Reason.SWITCHED_OVER),
        (date(2026, 12, 6), None, Channel.PAPER, Reason.NOT_SWITCHED_OVER),
        (date(2027, 6, 30), None, Channel.PAPER, Reason.NOT_SWITCHED_OVER),
        (date(2027, 7, 1), None, Channel.ELECTRONIC, Reason.NATIONAL_CUTOFF),
        (date(2027, 7, 1), date(2027, 9, 1), Channel.ELECTRONIC, Reason.NATIONAL_CUTOFF),
    ],
)
def test_the_way_depends_on_the_effective_date_and_the_national_cutoff(
    issued_on, effective_date, channel, reason
):
    decision = delivery_channel(issued_on, effective_date, CUTOFF)

    assert (decision.channel, decision.reason) == (channel, reason)


def test_a_switch_over_before_the_cutoff_counts_as_the_switch_over():
    decision = delivery_channel(date(2027, 8, 1), SWITCHED, CUTOFF)

    assert decision.reason is Reason.SWITCHED_OVER


def test_the_rule_takes_no_legislation_so_all_three_switch_together():
    from inspect import signature

    assert list(signature(delivery_channel).parameters) == [
        "issued_on",
        "effective_date",
        "national_cutoff",
    ]


def test_waiting_centres_have_documents_and_nobody_to_read_them():
    documents = {"11002": 4, "62063": 9, "63023": 2, "21001": 3, "44021": 0}
    switched_over = {"11002", "62063", "44021"}
    staffed = {"11002", "21001"}

    found = waiting_centres(documents, switched_over, staffed)

    assert found == [
        WaitingCentre("62063", 9, (Unread.NO_ACTIVE_STAFF,)),
        WaitingCentre("21001", 3, (Unread.NEVER_SWITCHED_OVER,)),
        WaitingCentre("63023", 2, (Unread.NEVER_SWITCHED_OVER, Unread.NO_ACTIVE_STAFF)),
    ]
