"""A listing laid out as one table per page, totals carried at the foot and brought at the top."""

from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import islice

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from renderer.domain.formatting import format_number
from renderer.domain.heading import Heading
from renderer.domain.ink import TextBlock
from renderer.domain.listings import Listing
from renderer.domain.pagination import PageOfLines, Totals, page_bounds, page_of_lines
from renderer.domain.phrases import phrases
from renderer.domain.stationery import (
    CONTENT_WIDTH,
    INK,
    RULE,
    first_frame_height,
    fitting_size,
    next_frame_height,
    paragraph,
    stringWidth,
    wrap_text,
)
from renderer.domain.typefaces import BOLD, ITALIC, REGULAR

CELL_SIZE, CELL_LEADING = 8, 9.6
HEAD_SIZE, HEAD_LEADING = 7.5, 9
PAD_X, PAD_TOP, PAD_BOTTOM = 4, 2.5, 3.5
SINGLE_ROW = CELL_LEADING + PAD_TOP + PAD_BOTTOM

# Rounding in ReportLab's frame arithmetic must never push the last line to the next page.
_SLACK = 2

_HEAD_FILL = Color(0.9, 0.9, 0.9)
_STRIPE = Color(0.965, 0.965, 0.965)

TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19, textColor=INK)
SUBTITLE = ParagraphStyle("subtitle", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
PERIOD = ParagraphStyle("period", parent=SUBTITLE, fontName=BOLD)
BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK)


def listing_story(heading: Heading, listing: Listing) -> tuple[list[Flowable], int]:
    """The flowables, and the number of pages they were cut to fill.

    Reads the lines twice and keeps none: the first time for their heights (one float a line)
    and totals, to cut the pages; the second time to draw them, a page at a time.
    """
    widths = column_widths(listing)
    heights, count, totals = _measure(listing, widths)
    if count == 0:
        return [*_intro(heading, listing, None), paragraph(listing.empty_sentence, BODY)], 1

    intro = _intro(heading, listing, listing.summary_of(count, totals))
    header = _header_cells(listing, widths)
    bounds = page_bounds(
        heights,
        first_room=first_frame_height(heading)
        - _height(intro)
        - _frame_cost(header, brought_forward=False),
        next_room=next_frame_height() - _frame_cost(header, brought_forward=True),
    )
    tables = _page_tables(listing, widths, header, bounds, totals, heading)
    return [*intro, PageTables(tables, len(bounds))], len(bounds)


def _measure(listing: Listing, widths: list[float]) -> tuple[array, int, Totals]:
    heights = array("d")
    totals = (Decimal("0.00"),) * listing.numeric_count
    for cells, amounts in listing.rows():
        heights.append(_row_height(_wrapped(listing, cells, widths)))
        totals = tuple(total + amount for total, amount in zip(totals, amounts, strict=True))
    return heights, len(heights), totals


def _page_tables(
    listing: Listing,
    widths: list[float],
    header: list[str],
    bounds: list[tuple[int, int]],
    grand_total: Totals,
    heading: Heading,
) -> Iterator["PageTable"]:
    rows = listing.rows()
    brought: Totals | None = None
    for number, (start, stop) in enumerate(bounds):
        page_rows = list(islice(rows, stop - start))
        amounts = [amounts for _, amounts in page_rows]
        page = page_of_lines(start, stop, brought, amounts, is_last=number == len(bounds) - 1)
        cells = [_wrapped(listing, cells, widths) for cells, _ in page_rows]
        yield _page_table(listing, widths, header, page, cells, grand_total, heading)
        brought = page.carried_forward


class PageTables(Flowable):
    """A listing's page tables, made one at a time as the pages are filled.

    Platypus asks a flowable that does not fit to split itself: this one answers with the next
    page's table and a flowable for the rest, so a listing of any length holds one page's
    lines at a time.
    """

    def __init__(self, tables: Iterator["PageTable"], count: int) -> None:
        super().__init__()
        self._tables = tables
        self._left = count
        self._next = next(tables)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._left > 1:
            # More than one page's table to come: never fits, always split.
            return available_width, available_height + 1
        return self._next.wrap(available_width, available_height)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        table = self._next
        _, height = table.wrap(available_width, available_height)
        if height > available_height:
            return []  # the frame is partly used: this page's table goes on the next one
        if self._left == 1:
            return [table]
        # A new flowable for the rest: platypus marks one it had to postpone, and refuses to
        # postpone the same one twice.
        return [table, PageTables(self._tables, self._left - 1)]

    def draw(self) -> None:
        self._next.drawOn(self.canv, 0, 0)


def column_widths(listing: Listing) -> list[float]:
    weight = sum(column.weight for column in listing.columns)
    return [CONTENT_WIDTH * column.weight / weight for column in listing.columns]


def _intro(heading: Heading, listing: Listing, summary: str | None) -> list[Flowable]:
    intro = [
        paragraph(heading.title, TITLE),
        Spacer(0, 3),
        paragraph(heading.legislation, SUBTITLE),
        paragraph(heading.period_line, PERIOD),
        Spacer(0, 8),
    ]
    if summary is not None:
        intro += [paragraph(summary, BODY), Spacer(0, 10)]
    return intro


def _height(flowables: list[Flowable]) -> float:
    return sum(flowable.wrap(CONTENT_WIDTH, 10_000)[1] for flowable in flowables)


def _frame_cost(header: list[str], *, brought_forward: bool) -> float:
    """The room a page's table takes beyond its lines: header, totals rows, slack."""
    carried_or_total = SINGLE_ROW
    brought = SINGLE_ROW if brought_forward else 0
    return _row_height(header, HEAD_LEADING) + brought + carried_or_total + _SLACK


def _header_cells(listing: Listing, widths: list[float]) -> list[str]:
    return [
        "\n".join(wrap_text(column.heading, width - 2 * PAD_X, BOLD, HEAD_SIZE))
        for column, width in zip(listing.columns, widths, strict=True)
    ]


def _wrapped(listing: Listing, cells: tuple[str, ...], widths: list[float]) -> list[str]:
    # An amount is never broken over two lines; PageTable sets a wide one smaller instead.
    return [
        cell if column.numeric else _wrapped_cell(cell, width - 2 * PAD_X)
        for column, cell, width in zip(listing.columns, cells, widths, strict=True)
    ]


# Categories, months and reasons come back on every page; references and dossiers pass through.
@lru_cache(maxsize=1024)
def _wrapped_cell(text: str, width: float) -> str:
    return "\n".join(wrap_text(text, width, REGULAR, CELL_SIZE))


def _row_height(cells: list[str], leading: float = CELL_LEADING) -> float:
    lines = max(cell.count("\n") + 1 for cell in cells)
    return lines * leading + PAD_TOP + PAD_BOTTOM


def _page_table(
    listing: Listing,
    widths: list[float],
    header: list[str],
    page: PageOfLines,
    cells: list[list[str]],
    grand_total: Totals,
    heading: Heading,
) -> "PageTable":
    words = phrases(heading.language)

    rows = [_Row(header, BOLD, HEAD_SIZE, HEAD_LEADING, bottom_aligned=True)]
    if page.brought_forward is not None:
        brought = _totals_row(listing, words.brought_forward, page.brought_forward, heading)
        rows.append(_Row(brought, ITALIC, CELL_SIZE, CELL_LEADING))
    rows += [_Row(line, REGULAR, CELL_SIZE, CELL_LEADING) for line in cells]
    if page.carried_forward is not None:
        carried = _totals_row(listing, words.carried_forward, page.carried_forward, heading)
        rows.append(_Row(carried, ITALIC, CELL_SIZE, CELL_LEADING))
    else:
        closing = _totals_row(listing, words.total, grand_total, heading)
        rows.append(_Row(closing, BOLD, CELL_SIZE, CELL_LEADING))

    numeric = tuple(column.numeric for column in listing.columns)
    return PageTable(rows, widths, numeric, brought=page.brought_forward is not None)


@dataclass(frozen=True)
class _Row:
    cells: list[str]  # lines within a cell separated by "\n"
    face: str
    size: float
    leading: float
    bottom_aligned: bool = False

    @property
    def height(self) -> float:
        return _row_height(self.cells, self.leading)


class PageTable(Flowable):
    """One page's table: header, brought-forward totals, lines, carried or closing totals.

    Drawn with a few rectangles and one text block (ink.py) rather than ReportLab's Table,
    which took about 20 ms a page; the look is the one that Table gave.
    """

    def __init__(
        self, rows: list[_Row], widths: list[float], numeric: tuple[bool, ...], *, brought: bool
    ) -> None:
        super().__init__()
        self.rows = rows
        self.widths = widths
        self.numeric = numeric
        self.brought = brought
        self.width = sum(widths)
        self.height = sum(row.height for row in rows)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        tops = self._row_tops()
        self._draw_fills(tops)
        self._draw_rules(tops)

        canvas = self.canv
        canvas.setFillColor(INK)
        # Shared by every page of the document: see ink.py.
        encodings = canvas.__dict__.setdefault("_pp_encodings", {})
        text = TextBlock(canvas, encodings)
        for row, top in zip(self.rows, tops, strict=True):
            self._write_row(text, row, top)
        text.close()

    def _row_tops(self) -> list[float]:
        tops, top = [], self.height
        for row in self.rows:
            tops.append(top)
            top -= row.height
        return tops

    def _draw_fills(self, tops: list[float]) -> None:
        canvas = self.canv
        header = self.rows[0]
        canvas.setFillColor(_HEAD_FILL)
        canvas.rect(0, tops[0] - header.height, self.width, header.height, stroke=0, fill=1)

        # Every other line shaded, from the second line on, totals rows left plain.
        first_line = 2 if self.brought else 1
        canvas.setFillColor(_STRIPE)
        for index in range(first_line + 1, len(self.rows) - 1, 2):
            row = self.rows[index]
            canvas.rect(0, tops[index] - row.height, self.width, row.height, stroke=0, fill=1)

    def _draw_rules(self, tops: list[float]) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(0, tops[1], self.width, tops[1])
        if self.brought:
            canvas.setLineWidth(0.5)
            canvas.line(0, tops[2], self.width, tops[2])

        last = self.rows[-1]
        closing = last.face == BOLD
        canvas.setStrokeColor(INK if closing else RULE)
        canvas.setLineWidth(1 if closing else 0.5)
        canvas.line(0, tops[-1], self.width, tops[-1])

    def _write_row(self, text: TextBlock, row: _Row, top: float) -> None:
        left = 0.0
        for cell, width, numeric in zip(row.cells, self.widths, self.numeric, strict=True):
            lines = cell.split("\n")
            baseline = self._first_baseline(row, top, len(lines))
            for line in lines:
                if numeric:
                    self._write_amount(text, row, line, left + width - PAD_X, baseline, width)
                else:
                    text.show(row.face, row.size, left + PAD_X, baseline, line)
                baseline -= row.leading
            left += width

    def _write_amount(
        self, text: TextBlock, row: _Row, amount: str, right: float, baseline: float, width: float
    ) -> None:
        # The rare amount wider than its column is set smaller rather than overlap its neighbour.
        size = fitting_size(amount, width - 2 * PAD_X, row.face, row.size)
        text.show(row.face, size, right - stringWidth(amount, row.face, size), baseline, amount)

    @staticmethod
    def _first_baseline(row: _Row, top: float, line_count: int) -> float:
        # As ReportLab's Table placed them: top-aligned cells hang from the top padding;
        # bottom-aligned ones (the header) stand on the bottom padding.
        if row.bottom_aligned:
            bottom = top - row.height + PAD_BOTTOM
            return bottom + (line_count - 1) * row.leading + row.size * 0.22
        return top - PAD_TOP - row.size


def _totals_row(listing: Listing, label: str, totals: Totals, heading: Heading) -> list[str]:
    row = [""] * len(listing.columns)
    row[0] = label
    amounts = iter(totals)
    for index, column in enumerate(listing.columns):
        if column.numeric:
            row[index] = format_number(next(amounts), heading.language)
    return row


def _first_numeric(listing: Listing) -> int:
    return next(index for index, column in enumerate(listing.columns) if column.numeric)
