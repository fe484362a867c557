"""The rule of a centre's switch-over, which every party applies alike: from its effective date
on, a centre gets every document of every legislation in its mailbox only; before that date, and
for a centre that never switched over, the agency prints and posts it; from the national cut-off
date on, the mailbox is the only way for every centre. It reads the centre's date and the
document's date alone, never the legislation: the three legislations switch together.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Channel(StrEnum):
    ELECTRONIC = "electronic"
    PAPER = "paper"


class Reason(StrEnum):
    SWITCHED_OVER = "switched-over"  # electronic: on or after the centre's effective date
    NATIONAL_CUTOFF = "national-cutoff"  # electronic: on or after the national cut-off date
    NOT_SWITCHED_OVER = "not-switched-over"  # paper: the centre has not switched over
    BEFORE_EFFECTIVE_DATE = "before-effective-date"  # paper: it switches over later


@dataclass(frozen=True)
class ChannelDecision:
    channel: Channel
    reason: Reason


def delivery_channel(
    issued_on: date, effective_date: date | None, national_cutoff: date
) -> ChannelDecision:
    """effective_date: the centre's switch-over date, or None when it never switched over."""
    if effective_date is not None and effective_date <= issued_on:
        return ChannelDecision(Channel.ELECTRONIC, Reason.SWITCHED_OVER)
    if issued_on >= national_cutoff:
        return ChannelDecision(Channel.ELECTRONIC, Reason.NATIONAL_CUTOFF)
    if effective_date is None:
        return ChannelDecision(Channel.PAPER, Reason.NOT_SWITCHED_OVER)
    return ChannelDecision(Channel.PAPER, Reason.BEFORE_EFFECTIVE_DATE)
