"""From a due document and its addressee to the PDF's bytes."""

from dataclasses import dataclass

from contracts.documents import LegalityLetter
from contracts.events import DocumentDueV1

from renderer.domain.heading import Addressee, heading_of
from renderer.domain.letter import letter_of
from renderer.domain.letter_layout import letter_story
from renderer.domain.listing_layout import listing_story
from renderer.domain.listings import LineSource, listing_of
from renderer.domain.refusals import UnknownKindError
from renderer.domain.stationery import build_pdf


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    page_count: int


def render_document(
    due: DocumentDueV1, addressee: Addressee, annex: LineSource | None = None
) -> RenderedPdf:
    """The PDF of a due document; annex reads the lines of a settlement that has an annex."""
    # The title comes from the kind and the body from the content: they must agree.
    if due.content.kind != due.kind.value:
        raise UnknownKindError(f"kind: {due.kind.value} carries {due.content.kind} content")

    heading = heading_of(due, addressee)
    if isinstance(due.content, LegalityLetter):
        letter = letter_of(due.content, addressee.language, heading.issuer_name)
        story = letter_story(heading, letter)
        data, page_count = build_pdf(heading, story)
        return RenderedPdf(data=data, page_count=page_count)

    listing = listing_of(due.content, addressee.language, annex)
    story, planned_pages = listing_story(heading, listing)
    # build_pdf refuses to finish a document whose pages are not those planned.
    data, page_count = build_pdf(heading, story, planned_pages)
    return RenderedPdf(data=data, page_count=page_count)
