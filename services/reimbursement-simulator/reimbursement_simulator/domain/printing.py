"""Whether the agency still prints and posts a document, or the centre's mailbox alone gets it.

The rule is the one of contracts.channels, which the mailbox applies when it files documents:
one rule, so that the print queue holds exactly the documents the agency prints.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from contracts.channels import Channel, delivery_channel
from contracts.events import DocumentDueV1


def still_printed(issued_on: date, effective_date: date | None, national_cutoff: date) -> bool:
    """effective_date: the centre's switch-over date, or None when it never switched over."""
    decision = delivery_channel(issued_on, effective_date, national_cutoff)
    return decision.channel is Channel.PAPER


@dataclass(frozen=True)
class Printing:
    """What the agency knows when it sends a month: who switched over when, and the cut-off."""

    switch_overs: Mapping[str, date]
    national_cutoff: date

    def prints(self, event: DocumentDueV1) -> bool:
        effective_date = self.switch_overs.get(event.refnis_code)
        return still_printed(event.issued_on, effective_date, self.national_cutoff)


@dataclass(frozen=True)
class Channels:
    electronic: int
    paper: int


def count_channels(events: Iterable[DocumentDueV1], printing: Printing) -> Channels:
    """Each document counted once, however many times it is sent."""
    paper, electronic = set(), set()
    for event in events:
        identity = (event.issuer, event.document_id)
        (paper if printing.prints(event) else electronic).add(identity)
    return Channels(electronic=len(electronic), paper=len(paper))
