from datetime import datetime, timedelta

from notifier.domain.model import Arrival, PendingCentre

# Past this many, a digest lists the first ones and sends the reader to the inbox for the rest.
MAX_LISTED = 20


def is_digest_due(
    centre: PendingCentre, *, now: datetime, quiet: timedelta, max_wait: timedelta
) -> bool:
    """True once arrivals have paused for the quiet window, or the oldest has waited too long."""
    return now - centre.newest >= quiet or now - centre.oldest >= max_wait


def group_by_centre(arrivals: list[tuple[str, datetime]]) -> list[PendingCentre]:
    """Oldest, newest and count of the unclaimed arrivals, from (refnis_code, received_at)."""
    times: dict[str, list[datetime]] = {}
    for refnis_code, received_at in arrivals:
        times.setdefault(refnis_code, []).append(received_at)
    return [
        PendingCentre(refnis_code, oldest=min(at), newest=max(at), count=len(at))
        for refnis_code, at in times.items()
    ]


def in_reading_order(arrivals: list[Arrival]) -> list[Arrival]:
    return sorted(arrivals, key=lambda a: (a.period, a.legislation, a.kind, a.document_id))


def split_listed(arrivals: list[Arrival]) -> tuple[list[Arrival], int]:
    ordered = in_reading_order(arrivals)
    return ordered[:MAX_LISTED], max(0, len(ordered) - MAX_LISTED)
