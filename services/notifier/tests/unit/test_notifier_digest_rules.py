from datetime import UTC, datetime, timedelta

from notifier.domain.digest_rules import group_by_centre, is_digest_due
from notifier.domain.model import PendingCentre

NOON = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
QUIET = timedelta(seconds=3)
MAX_WAIT = timedelta(seconds=60)


def centre(oldest_ago: float, newest_ago: float) -> PendingCentre:
    return PendingCentre(
        refnis_code="44021",
        oldest=NOON - timedelta(seconds=oldest_ago),
        newest=NOON - timedelta(seconds=newest_ago),
        count=2,
    )


def due(pending: PendingCentre) -> bool:
    return is_digest_due(pending, now=NOON, quiet=QUIET, max_wait=MAX_WAIT)


def test_a_centre_still_receiving_documents_waits():
    assert not due(centre(oldest_ago=10, newest_ago=1))


def test_a_centre_quiet_for_the_window_is_due():
    assert due(centre(oldest_ago=10, newest_ago=3))


def test_a_steady_trickle_is_sent_once_the_oldest_waited_too_long():
    assert due(centre(oldest_ago=60, newest_ago=0))


def test_arrivals_group_per_centre_with_their_oldest_and_newest():
    arrivals = [("44021", NOON), ("21004", NOON), ("44021", NOON - timedelta(seconds=5))]

    grouped = {centre.refnis_code: centre for centre in group_by_centre(arrivals)}

    assert grouped["44021"] == PendingCentre("44021", NOON - timedelta(seconds=5), NOON, 2)
    assert grouped["21004"].count == 1
