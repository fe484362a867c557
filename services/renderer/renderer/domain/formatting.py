"""Numbers, dates and periods written as each language writes them."""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from contracts.values import Language

CENT = Decimal("0.01")

# A plain no-break space between thousands: it keeps an amount on one line.
NBSP = "\u00a0"

_THOUSANDS = {Language.DUTCH: ".", Language.FRENCH: NBSP, Language.GERMAN: "."}

MONTHS = {
    Language.DUTCH: (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    Language.FRENCH: (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    Language.GERMAN: (
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ),
}  # fmt: skip


def format_number(amount: Decimal, language: Language) -> str:
    """An amount with cents and thousands grouped, without its currency."""
    cents = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    units, decimals = f"{abs(cents):f}".split(".")

    groups = []
    while len(units) > 3:
        groups.insert(0, units[-3:])
        units = units[:-3]
    groups.insert(0, units)

    return f"{sign}{_THOUSANDS[language].join(groups)},{decimals}"


def format_amount(amount: Decimal, language: Language) -> str:
    return f"{format_number(amount, language)}{NBSP}EUR"


def format_date(day: date, language: Language) -> str:
    month = MONTHS[language][day.month - 1]
    if language is Language.GERMAN:
        return f"{day.day}. {month} {day.year}"
    if language is Language.FRENCH and day.day == 1:
        return f"1er {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def format_short_date(day: date, language: Language) -> str:
    """The numeric date used in table columns, where the written-out month does not fit."""
    separator = "." if language is Language.GERMAN else "/"
    return f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year}"


def format_period(period: str, language: Language) -> str:
    """A month ("2026-11") written out, or a year ("2026") as it is."""
    year, _, month = period.partition("-")
    if not month:
        return year
    return f"{MONTHS[language][int(month) - 1]} {year}"
