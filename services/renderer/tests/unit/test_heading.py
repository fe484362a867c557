import pytest
from contracts.values import Language
from due_documents import ADDRESSEES, accepted_forms, settlement, statement
from renderer.domain.heading import heading_of


def test_the_heading_names_agency_centre_document_and_period_in_dutch() -> None:
    heading = heading_of(statement("10.00"), ADDRESSEES[Language.DUTCH])

    assert heading.agency == "POD Maatschappelijke Integratie"
    assert heading.designation == "OCMW Antwerpen"
    assert heading.refnis == "REFNIS 11002"
    assert heading.title == "Maandstaat"
    assert heading.legislation == "Recht op maatschappelijke integratie (wet van 26 mei 2002)"
    assert heading.period_line == "Periode: november 2026"
    assert heading.references == (
        ("Uitgevende dienst", "Dienst Terugbetalingen, recht op maatschappelijke integratie"),
        ("Ons kenmerk", "monthly-statement-2026-11-0001"),
        ("Datum", "3 december 2026"),
    )


def test_the_heading_in_french() -> None:
    heading = heading_of(accepted_forms(), ADDRESSEES[Language.FRENCH])

    assert heading.agency == "SPP Intégration sociale"
    assert heading.designation == "CPAS de Namur"
    assert heading.title == "Formulaires acceptés"
    assert heading.period_line == "Période\xa0: novembre 2026"
    assert heading.page_of.format(page=2, pages=3) == "page 2 sur 3"


def test_an_annual_settlement_shows_the_year_alone() -> None:
    heading = heading_of(settlement("1.00"), ADDRESSEES[Language.GERMAN])

    assert heading.title == "Jahresabrechnung"
    assert heading.period_line == "Jahr: 2026"
    assert heading.designation == "ÖSHZ Eupen"


@pytest.mark.parametrize(
    ("language", "page_of"),
    [(Language.DUTCH, "pagina 1 van 2"), (Language.GERMAN, "Seite 1 von 2")],
)
def test_pages_are_numbered_in_the_language(language: Language, page_of: str) -> None:
    heading = heading_of(statement("1.00"), ADDRESSEES[language])

    assert heading.page_of.format(page=1, pages=2) == page_of


@pytest.mark.parametrize(
    ("language", "address"),
    [
        (Language.DUTCH, ("OCMW Antwerpen", "t.a.v. de algemeen directeur", "Antwerpen", "België")),
        (
            Language.FRENCH,
            ("CPAS de Namur", "à l'attention du directeur général", "Namur", "Belgique"),
        ),
        (Language.GERMAN, ("ÖSHZ Eupen", "z. Hd. des Generaldirektors", "Eupen", "Belgien")),
    ],
)
def test_the_postal_address_is_in_the_centres_language(language: Language, address) -> None:
    heading = heading_of(statement("1.00"), ADDRESSEES[language])

    assert heading.postal_address == address
