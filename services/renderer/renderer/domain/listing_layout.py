"""A listing laid out as one table per page, totals carried at the foot and brought at the top."""

from reportlab.lib.colors import Color, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from renderer.domain.formatting import format_number
from renderer.domain.heading import Heading
from renderer.domain.listings import Listing
from renderer.domain.pagination import PageOfLines, Totals, paginate
from renderer.domain.phrases import phrases
from renderer.domain.stationery import (
    CONTENT_WIDTH,
    INK,
    RULE,
    first_frame_height,
    fitting_size,
    next_frame_height,
    paragraph,
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
    """The flowables, and the number of pages they were cut to fill."""
    intro = _intro(heading, listing)
    if not listing.cells:
        return [*intro, paragraph(listing.empty_sentence, BODY)], 1

    widths = column_widths(listing)
    header = _header_cells(listing, widths)
    rows = [_wrapped(listing, cells, widths) for cells in listing.cells]

    pages = paginate(
        [_row_height(row) for row in rows],
        listing.amounts,
        first_room=first_frame_height(heading)
        - _height(intro)
        - _frame_cost(header, brought_forward=False),
        next_room=next_frame_height() - _frame_cost(header, brought_forward=True),
    )

    tables: list[Flowable] = []
    for page in pages:
        if tables:
            tables.append(PageBreak())
        tables.append(_page_table(listing, widths, header, rows, page, heading))
    return [*intro, *tables], len(pages)


def column_widths(listing: Listing) -> list[float]:
    weight = sum(column.weight for column in listing.columns)
    return [CONTENT_WIDTH * column.weight / weight for column in listing.columns]


def _intro(heading: Heading, listing: Listing) -> list[Flowable]:
    intro = [
        paragraph(heading.title, TITLE),
        Spacer(0, 3),
        paragraph(heading.legislation, SUBTITLE),
        paragraph(heading.period_line, PERIOD),
        Spacer(0, 8),
    ]
    if listing.cells:
        intro += [paragraph(listing.summary, BODY), Spacer(0, 10)]
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
    # An amount is never broken over two lines; _shrunk_amounts makes a wide one fit instead.
    return [
        cell
        if column.numeric
        else "\n".join(wrap_text(cell, width - 2 * PAD_X, REGULAR, CELL_SIZE))
        for column, cell, width in zip(listing.columns, cells, widths, strict=True)
    ]


def _shrunk_amounts(listing: Listing, widths: list[float], data: list[list[str]]) -> list[tuple]:
    """Smaller type for the rare amount wider than its column, so that it never overlaps."""
    commands = []
    for index, (column, width) in enumerate(zip(listing.columns, widths, strict=True)):
        if not column.numeric:
            continue
        for row, cells in enumerate(data[1:], start=1):
            size = fitting_size(cells[index], width - 2 * PAD_X, BOLD, CELL_SIZE)
            if size < CELL_SIZE:
                commands.append(("FONTSIZE", (index, row), (index, row), size))
    return commands


def _row_height(cells: list[str], leading: float = CELL_LEADING) -> float:
    lines = max(cell.count("\n") + 1 for cell in cells)
    return lines * leading + PAD_TOP + PAD_BOTTOM


def _page_table(
    listing: Listing,
    widths: list[float],
    header: list[str],
    rows: list[list[str]],
    page: PageOfLines,
    heading: Heading,
) -> Table:
    words = phrases(heading.language)
    lines = rows[page.start : page.stop]

    data = [header]
    if page.brought_forward is not None:
        data.append(_totals_row(listing, words.brought_forward, page.brought_forward, heading))
    data.extend(lines)
    if page.carried_forward is not None:
        data.append(_totals_row(listing, words.carried_forward, page.carried_forward, heading))
    else:
        data.append(_totals_row(listing, words.total, listing.grand_total, heading))

    heights = [_row_height(header, HEAD_LEADING)] + [_row_height(row) for row in data[1:]]
    commands = _style_commands(
        listing,
        len(data),
        brought=page.brought_forward is not None,
        closing=page.carried_forward is None,
    )
    style = TableStyle(commands + _shrunk_amounts(listing, widths, data))
    table = Table(data, colWidths=widths, rowHeights=heights, style=style)
    table.hAlign = "LEFT"
    return table


def _totals_row(listing: Listing, label: str, totals: Totals, heading: Heading) -> list[str]:
    row = [""] * len(listing.columns)
    row[0] = label
    amounts = iter(totals)
    for index, column in enumerate(listing.columns):
        if column.numeric:
            row[index] = format_number(next(amounts), heading.language)
    return row


def _style_commands(
    listing: Listing, row_count: int, *, brought: bool, closing: bool
) -> list[tuple]:
    first_line = 2 if brought else 1
    last = row_count - 1
    label_end = _first_numeric(listing) - 1

    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE, CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, 0), BOLD, HEAD_SIZE, HEAD_LEADING),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, 0), _HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("ROWBACKGROUNDS", (0, first_line), (-1, last - 1), [white, _STRIPE]),
        ("SPAN", (0, last), (label_end, last)),
    ]
    commands += [
        ("ALIGN", (index, 0), (index, -1), "RIGHT")
        for index, column in enumerate(listing.columns)
        if column.numeric
    ]
    if brought:
        commands += [
            ("SPAN", (0, 1), (label_end, 1)),
            ("FONT", (0, 1), (-1, 1), ITALIC, CELL_SIZE, CELL_LEADING),
            ("LINEBELOW", (0, 1), (-1, 1), 0.5, RULE),
        ]
    return commands + _foot_style(last, closing)


def _foot_style(last: int, closing: bool) -> list[tuple]:
    """The grand total in bold under a dark rule; a carried-forward total in italics."""
    if closing:
        return [
            ("FONT", (0, last), (-1, last), BOLD, CELL_SIZE, CELL_LEADING),
            ("LINEABOVE", (0, last), (-1, last), 1, INK),
        ]
    return [
        ("FONT", (0, last), (-1, last), ITALIC, CELL_SIZE, CELL_LEADING),
        ("LINEABOVE", (0, last), (-1, last), 0.5, RULE),
    ]


def _first_numeric(listing: Listing) -> int:
    return next(index for index, column in enumerate(listing.columns) if column.numeric)
