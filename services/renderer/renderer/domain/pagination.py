"""Splitting a listing into pages, with the totals carried from one page to the next."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

Totals = tuple[Decimal, ...]


@dataclass(frozen=True)
class PageOfLines:
    start: int
    stop: int
    brought_forward: Totals | None  # None on the first page
    carried_forward: Totals | None  # None on the last page, which shows the grand total


def paginate(
    heights: Sequence[float],
    amounts: Sequence[Totals],
    *,
    first_room: float,
    next_room: float,
) -> tuple[PageOfLines, ...]:
    """Fills each page with as many whole lines as its room holds, in points."""
    bounds = page_bounds(heights, first_room, next_room)

    pages = []
    brought: Totals | None = None
    for number, (start, stop) in enumerate(bounds):
        is_last = number == len(bounds) - 1
        page = page_of_lines(start, stop, brought, amounts[start:stop], is_last=is_last)
        pages.append(page)
        brought = page.carried_forward
    return tuple(pages)


def page_of_lines(
    start: int, stop: int, brought: Totals | None, amounts: Sequence[Totals], *, is_last: bool
) -> PageOfLines:
    """A page's lines with the totals brought to it and those it carries to the next."""
    width = len(amounts[0]) if amounts else len(brought or ())
    running = add_totals(brought, amounts, width=width)
    return PageOfLines(start, stop, brought, None if is_last else running)


def add_totals(start: Totals | None, amounts: Sequence[Totals], *, width: int) -> Totals:
    totals = list(start) if start is not None else [Decimal("0.00")] * width
    for line in amounts:
        totals = [total + amount for total, amount in zip(totals, line, strict=True)]
    return tuple(totals)


def page_bounds(
    heights: Sequence[float], first_room: float, next_room: float
) -> list[tuple[int, int]]:
    """(start, stop) of the lines on each page, each page filled with the whole lines it holds."""
    bounds = []
    start, room, used = 0, first_room, 0.0
    for index, height in enumerate(heights):
        # A line taller than a whole page still gets a page of its own rather than none.
        if used + height > room and index > start:
            bounds.append((start, index))
            start, room, used = index, next_room, 0.0
        used += height
    bounds.append((start, len(heights)))
    return bounds
