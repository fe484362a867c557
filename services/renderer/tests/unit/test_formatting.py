from datetime import date
from decimal import Decimal

import pytest
from contracts.centres import centre_designation
from contracts.values import Language
from renderer.domain.formatting import (
    format_amount,
    format_date,
    format_number,
    format_period,
    format_short_date,
)

NL, FR, DE = Language.DUTCH, Language.FRENCH, Language.GERMAN
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("amount", "language", "expected"),
    [
        ("1234.56", NL, "1.234,56 EUR"),
        ("1234.56", DE, "1.234,56 EUR"),
        ("1234.56", FR, "1 234,56 EUR"),
        ("-1234.56", NL, "-1.234,56 EUR"),
        ("-1234.56", FR, "-1 234,56 EUR"),
        ("1234567890.12", DE, "1.234.567.890,12 EUR"),
        ("1234567890.12", FR, "1 234 567 890,12 EUR"),
        ("999.99", NL, "999,99 EUR"),
        ("1000", NL, "1.000,00 EUR"),
        ("0.05", FR, "0,05 EUR"),
        ("-0.05", DE, "-0,05 EUR"),
        ("0", NL, "0,00 EUR"),
    ],
)
def test_amounts_are_written_as_the_language_writes_them(
    amount: str, language: Language, expected: str
) -> None:
    # Spaces in the expectations stand for no-break spaces, which never part a number.
    assert format_amount(Decimal(amount), language) == expected.replace(" ", NBSP)


def test_an_amount_in_a_table_column_has_no_currency() -> None:
    assert format_number(Decimal("-98765.40"), NL) == "-98.765,40"


@pytest.mark.parametrize(
    ("day", "language", "expected"),
    [
        (date(2026, 3, 3), NL, "3 maart 2026"),
        (date(2026, 3, 3), FR, "3 mars 2026"),
        (date(2026, 3, 3), DE, "3. März 2026"),
        (date(2026, 8, 1), FR, "1er août 2026"),
        (date(2026, 2, 1), NL, "1 februari 2026"),
        (date(2026, 12, 31), DE, "31. Dezember 2026"),
    ],
)
def test_dates_are_written_out_in_the_language(day: date, language: Language, expected: str):
    assert format_date(day, language) == expected


def test_short_dates_follow_belgian_usage() -> None:
    assert format_short_date(date(2026, 3, 7), NL) == "07/03/2026"
    assert format_short_date(date(2026, 3, 7), FR) == "07/03/2026"
    assert format_short_date(date(2026, 3, 7), DE) == "07.03.2026"


@pytest.mark.parametrize(
    ("period", "language", "expected"),
    [
        ("2026-11", NL, "november 2026"),
        ("2026-11", FR, "novembre 2026"),
        ("2026-11", DE, "November 2026"),
        ("2027-02", FR, "février 2027"),
        ("2026", DE, "2026"),
    ],
)
def test_periods_are_a_month_written_out_or_a_year(period, language, expected) -> None:
    assert format_period(period, language) == expected


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        ("Antwerpen", NL, "OCMW Antwerpen"),
        ("Eupen", DE, "ÖSHZ Eupen"),
        ("Namur", FR, "CPAS de Namur"),
        ("Anderlecht", FR, "CPAS d'Anderlecht"),
        ("Ixelles", FR, "CPAS d'Ixelles"),
        ("Ecaussinnes", FR, "CPAS d'Ecaussinnes"),
        ("Yvoir", FR, "CPAS d'Yvoir"),
        ("Hélécine", FR, "CPAS d'Hélécine"),
        ("Huy", FR, "CPAS de Huy"),
        ("Le Roeulx", FR, "CPAS du Roeulx"),
        ("Les Bons Villers", FR, "CPAS des Bons Villers"),
        ("La Hulpe", FR, "CPAS de La Hulpe"),
    ],
)
def test_a_centre_is_designated_in_its_language(name, language, expected) -> None:
    assert centre_designation(name, language) == expected
