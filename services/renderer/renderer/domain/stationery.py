"""The page itself: A4 geometry, letterhead, running head, footer, and the PDF build."""

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from io import BytesIO
from xml.sax.saxutils import escape

from contracts.values import Language
from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFPage, PDFStream
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from renderer.domain.archival import ArchivalIdentity, make_archival
from renderer.domain.heading import Heading
from renderer.domain.seal_field import add_seal_field
from renderer.domain.typefaces import BOLD, REGULAR, prepare_document, register_typefaces
from renderer.domain.wording import fixed_texts

# Binary page streams instead of ASCII85 text: a fifth smaller, and no encoding step. The setting
# is process-wide and read when the file is written; nothing in the renderer sets it back.
rl_config.useA85 = 0

register_typefaces()

# Every letter beyond ASCII that the fixed texts use, in one order (see prepare_document).
REPERTOIRE = "".join(sorted({letter for letter in "".join(fixed_texts()) if ord(letter) > 127}))

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
TOP = PAGE_HEIGHT - 16 * mm
FRAME_BOTTOM = 20 * mm
FOOTER_BASELINE = 11 * mm

INK = Color(0.1, 0.1, 0.1)
MUTED = Color(0.38, 0.38, 0.38)
RULE = Color(0.6, 0.6, 0.6)

_REFERENCE_SIZE, _REFERENCE_STEP = 8, 10
_REFERENCE_GAP = 3  # between one reference's value and the next one's label
_RULE_DROP = 34  # from TOP down to the rule under the agency's address
_BLOCK_DROP = _RULE_DROP + 20  # to the first baseline of the references
_RUNNING_HEAD_HEIGHT = 22

# The postal address shows through the window of a DL envelope (110 x 220 mm) with its window on
# the right, as Belgian administrations use them: 100 x 45 mm, 20 mm from the right edge and
# 15 mm from the bottom. The sheet, folded in three, can settle anywhere in the envelope; the
# address stays inside the part of the page that is in the window wherever it settles, and the
# body starts below the lowest the window can reach.
_WINDOW_X = 105 * mm
_WINDOW_WIDTH = 80 * mm
_ADDRESS_FIRST_BASELINE = PAGE_HEIGHT - 55 * mm
_ADDRESS_LEADING = 12.5
_WINDOW_LOWEST = PAGE_HEIGHT - 95 * mm
_REFERENCES_WIDTH = _WINDOW_X - 6 * mm - MARGIN

_SMALLEST_SIZE = 4.5

LANGUAGE_TAGS = {Language.DUTCH: "nl-BE", Language.FRENCH: "fr-BE", Language.GERMAN: "de-BE"}


def stringWidth(text: str, face: str, size: float) -> float:  # noqa: N802 (ReportLab's name)
    """ReportLab's stringWidth without its font look-up: called for every cell of a table."""
    return _faces[face](text, size)


class _Faces(dict):
    def __missing__(self, face: str):
        measure = self[face] = pdfmetrics.getFont(face).stringWidth
        return measure


_faces = _Faces()


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    # Paragraph reads a small markup: "&" and "<" in a text must not be taken for tags.
    return Paragraph(escape(text), style)


def wrap_text(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy line breaking on spaces; a word wider than the line is cut where it must be."""
    if stringWidth(text, font, size) <= width:
        return [text]

    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        pieces = _cut(word, width, font, size)
        lines.extend(pieces[:-1])
        line = pieces[-1]
    lines.append(line)
    return lines


def fitting_size(text: str, width: float, font: str, size: float) -> float:
    """The type size, at most the given one, at which the text fits on one line of the width."""
    natural = stringWidth(text, font, size)
    if natural <= width:
        return size
    return max(_SMALLEST_SIZE, int(size * width / natural * 10) / 10)


def _cut(word: str, width: float, font: str, size: float) -> list[str]:
    pieces = []
    while stringWidth(word, font, size) > width and len(word) > 1:
        end = len(word) - 1
        while end > 1 and stringWidth(word[:end], font, size) > width:
            end -= 1
        pieces.append(word[:end])
        word = word[end:]
    pieces.append(word)
    return pieces


@dataclass(frozen=True)
class Letterhead:
    """The first page's top: agency, references and the postal address, at fixed places."""

    heading: Heading

    @property
    def reference_lines(self) -> list[tuple[str, bool]]:
        """(text, is_label): each label above its value, which has the column's whole width."""
        lines = []
        for label, value in self.heading.references:
            lines.append((label, True))
            pieces = wrap_text(value, _REFERENCES_WIDTH, REGULAR, _REFERENCE_SIZE)
            lines += [(piece, False) for piece in pieces]
        return lines

    @property
    def address_lines(self) -> list[tuple[str, str, float]]:
        """(text, font, size) per line; a designation too long for the window wraps."""
        designation, *rest = self.heading.postal_address
        lines = [(piece, BOLD, 10.5) for piece in wrap_text(designation, _WINDOW_WIDTH, BOLD, 10.5)]
        for line in rest:
            lines += [(piece, REGULAR, 10) for piece in wrap_text(line, _WINDOW_WIDTH, REGULAR, 10)]
        return lines

    @property
    def height(self) -> float:
        # The REFNIS line follows the references after a blank half line.
        gaps = (len(self.heading.references) - 1) * _REFERENCE_GAP
        references = _BLOCK_DROP + (len(self.reference_lines) + 1.5) * _REFERENCE_STEP + gaps
        return max(references, TOP - _WINDOW_LOWEST) + 14

    def draw(self, canvas: Canvas) -> None:
        heading = self.heading
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 14)
        canvas.drawString(MARGIN, TOP - 14, heading.agency)
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, TOP - 26, heading.agency_address)

        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, TOP - _RULE_DROP, PAGE_WIDTH - MARGIN, TOP - _RULE_DROP)

        self._draw_references(canvas)
        self._draw_postal_address(canvas)

    def _draw_references(self, canvas: Canvas) -> None:
        baseline = TOP - _BLOCK_DROP
        canvas.setFont(REGULAR, _REFERENCE_SIZE)
        for number, (text, is_label) in enumerate(self.reference_lines):
            if is_label and number:
                baseline -= _REFERENCE_GAP
            canvas.setFillColor(MUTED if is_label else INK)
            canvas.drawString(MARGIN, baseline, text)
            baseline -= _REFERENCE_STEP

        # Not in the window: a five-digit code there could be read as a postal code.
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, baseline - _REFERENCE_STEP / 2, self.heading.refnis)

    def _draw_postal_address(self, canvas: Canvas) -> None:
        baseline = _ADDRESS_FIRST_BASELINE
        canvas.setFillColor(INK)
        for text, font, size in self.address_lines:
            canvas.setFont(font, size)
            canvas.drawString(_WINDOW_X, baseline, text)
            baseline -= _ADDRESS_LEADING


def first_frame_height(heading: Heading) -> float:
    return TOP - Letterhead(heading).height - FRAME_BOTTOM


def next_frame_height() -> float:
    return TOP - _RUNNING_HEAD_HEIGHT - FRAME_BOTTOM


def build_pdf(
    heading: Heading, story: Sequence[Flowable], pages: int | None = None
) -> tuple[bytes, int]:
    """The PDF/A-2b file's bytes and its number of pages.

    With the number of pages known beforehand, each page is finished as soon as it is full;
    without it, every page is held until the last one is known, to number them "x of y".
    """
    letterhead = Letterhead(heading)
    numbers = _PageNumbers(heading, pages)
    buffer = BytesIO()

    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        pageTemplates=_templates(heading, letterhead),
        # Same event, same bytes: no creation date nor random id in the file.
        invariant=1,
        pageCompression=1,
        lang=LANGUAGE_TAGS[heading.language],
        # An embedded face from the first page on: the standard Helvetica would be named in
        # every page's resources, unembedded, which PDF/A forbids.
        initialFontName=REGULAR,
    )
    canvasmaker = partial(_PagedCanvas, numbers=numbers, identity=archival_identity(heading))
    document.build(list(story), canvasmaker=canvasmaker)
    return buffer.getvalue(), numbers.count


def archival_identity(heading: Heading) -> ArchivalIdentity:
    return ArchivalIdentity(
        document_key=heading.document_key,
        title=f"{heading.title} · {heading.period_words} · {heading.designation}",
        author=heading.agency,
        subject=heading.legislation,
        keywords=f"{heading.refnis}, {heading.document_key}",
        language=LANGUAGE_TAGS[heading.language],
        created=heading.issued_at,
    )


def _templates(heading: Heading, letterhead: Letterhead) -> list[PageTemplate]:
    first = Frame(
        MARGIN, FRAME_BOTTOM, CONTENT_WIDTH, first_frame_height(heading), id="first", **_NO_PAD
    )
    later = Frame(MARGIN, FRAME_BOTTOM, CONTENT_WIDTH, next_frame_height(), id="later", **_NO_PAD)
    return [
        PageTemplate(
            "first",
            [first],
            onPage=lambda canvas, _: letterhead.draw(canvas),
            autoNextPageTemplate="later",
        ),
        PageTemplate("later", [later], onPage=partial(_draw_running_head, heading)),
    ]


_NO_PAD = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


def _draw_running_head(heading: Heading, canvas: Canvas, _document: BaseDocTemplate) -> None:
    baseline = TOP - 9
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, baseline, f"{heading.agency} · {heading.running_title}")
    canvas.drawRightString(PAGE_WIDTH - MARGIN, baseline, heading.designation)

    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, baseline - 5, PAGE_WIDTH - MARGIN, baseline - 5)


class _PageNumbers:
    """Writes "page x of y" once the last page is known, and keeps y for the caller."""

    def __init__(self, heading: Heading, count: int | None) -> None:
        self.heading = heading
        self.count = count

    def draw(self, canvas: Canvas, page: int) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, FOOTER_BASELINE + 9, PAGE_WIDTH - MARGIN, FOOTER_BASELINE + 9)

        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7)
        canvas.drawString(MARGIN, FOOTER_BASELINE, self._fitted_reference())
        canvas.setFont(REGULAR, 8)
        page_of = self.heading.page_of.format(page=page, pages=self.count)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_BASELINE, page_of)

    def _fitted_reference(self) -> str:
        # The issuer's id may be long; keep clear of the page number on the right.
        room = CONTENT_WIDTH - 80
        reference = self.heading.footer_reference
        while stringWidth(reference, REGULAR, 7) > room:
            reference = reference[:-4] + "..."
        return reference


class _PagedCanvas(Canvas):
    """Numbers each page "x of y"; holds the pages back until the end when y is not known."""

    def __init__(self, *args, numbers: _PageNumbers, identity: ArchivalIdentity, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        prepare_document(self._doc, REPERTOIRE)
        self._numbers = numbers
        self._identity = identity
        self._held_pages: list[dict] = []
        self._finished = 0

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        if self._numbers.count is None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()
            return
        self._finish_page()

    def save(self) -> None:
        if self._numbers.count is None:
            self._numbers.count = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                self._finish_page()
        elif self._finished != self._numbers.count:
            planned = self._numbers.count
            raise PageOverflowError(f"planned {planned} pages, printed {self._finished}")
        make_archival(self._doc, self._identity)
        super().save()

    def _finish_page(self) -> None:
        self._finished += 1
        self._numbers.draw(self, self._finished)
        if self._finished == 1:
            add_seal_field(self)
        super().showPage()
        _compress_now(self._doc.Pages.pages[-1])


def _compress_now(page: PDFPage) -> None:
    """Compresses a finished page's content now rather than when the file is written.

    ReportLab keeps every page's text until the end: for a long annex, five times the memory
    of the compressed file. Compressed as each page ends, what the renderer holds grows with
    the size of the PDF it makes, about 70 bytes a line of a listing.
    """
    content = zlib.compress(page.stream.encode("utf-8"))
    stream = PDFStream(PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])}), content)
    page.Contents = stream
    page.stream = None


class PageOverflowError(RuntimeError):
    """The pages printed are not those planned: a layout bug.

    A table that overflowed its page would print carried totals that do not add up, and every
    page would be numbered against the wrong last page.
    """
