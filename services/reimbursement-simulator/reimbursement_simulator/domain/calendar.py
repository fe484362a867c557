"""Months as the agency counts them, and the day it gathers the forms."""

import calendar
import re
from datetime import date, timedelta

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
SUNDAY = 6


def parse_month(month: str) -> tuple[int, int]:
    match = _MONTH.match(month)
    if match is None:
        raise ValueError(f"month must look like 2026-11, got {month!r}")
    return int(match[1]), int(match[2])


def months_before(month: str, count: int) -> str:
    year, number = parse_month(month)
    index = year * 12 + (number - 1) - count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def days_in(month: str) -> int:
    year, number = parse_month(month)
    return calendar.monthrange(year, number)[1]


def day_of(month: str, day: int) -> date:
    year, number = parse_month(month)
    return date(year, number, day)


def gathering_day_after(month: str) -> date:
    """The first Sunday of the next month, when the agency gathers the past month's forms."""
    first = day_of(months_before(month, -1), 1)
    return first + timedelta(days=(SUNDAY - first.weekday()) % 7)
