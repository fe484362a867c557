"""From a due document and its addressee to the PDF's bytes."""

from dataclasses import dataclass

from contracts.documents import LegalityLetter
from contracts.events import DocumentDueV1

from renderer.domain.heading import Addressee, heading_of
from renderer.domain.letter import letter_of
from renderer.domain.letter_layout import letter_story
from renderer.domain.listing_layout import listing_story
from renderer.domain.listings import listing_of
from renderer.domain.stationery import build_pdf


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    page_count: int


class PageOverflowError(RuntimeError):
    """The laid-out pages did not hold what the pagination put on them: a layout bug."""


def render_document(due: DocumentDueV1, addressee: Addressee) -> RenderedPdf:
    # The title comes from the kind and the body from the content: they must agree.
    if due.content.kind != due.kind.value:
        raise ValueError(f"kind {due.kind.value} carries {due.content.kind} content")

    heading = heading_of(due, addressee)
    if isinstance(due.content, LegalityLetter):
        story = letter_story(heading, letter_of(due.content, addressee.language))
        data, page_count = build_pdf(heading, story)
        return RenderedPdf(data=data, page_count=page_count)

    story, planned_pages = listing_story(heading, listing_of(due.content, addressee.language))
    data, page_count = build_pdf(heading, story)

    # A table that overflowed its page would print carried totals that do not add up.
    if page_count != planned_pages:
        raise PageOverflowError(f"planned {planned_pages} pages, printed {page_count}")
    return RenderedPdf(data=data, page_count=page_count)
