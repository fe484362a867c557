from decimal import Decimal

import pytest
from contracts.documents import RefusalReason
from contracts.values import Language
from due_documents import accepted_forms, refused_form, refused_forms, settlement, statement
from renderer.domain.listings import listing_of

NL, FR, DE = Language.DUTCH, Language.FRENCH, Language.GERMAN
NBSP = "\u00a0"


def test_a_statement_totals_its_amounts_recoveries_included() -> None:
    listing = listing_of(statement("1200.00", "-150.25", "34.10").content, NL)

    assert listing.grand_total == (Decimal("1083.85"),)
    assert listing.summary == f"3 regels, samen 1.083,85{NBSP}EUR."


@pytest.mark.parametrize(
    ("language", "summary"),
    [
        (NL, "1 regel, samen 2.500,00\xa0EUR."),
        (FR, "1 ligne, pour un total de 2\xa0500,00\xa0EUR."),
        (DE, "1 Zeile, insgesamt 2.500,00\xa0EUR."),
    ],
)
def test_a_single_line_is_counted_in_the_singular(language: Language, summary: str) -> None:
    listing = listing_of(statement("2500.00").content, language)

    assert listing.summary == summary


def test_statement_cells_are_in_the_centres_language() -> None:
    listing = listing_of(statement("-1234.50").content, DE)

    assert listing.cells[0][3:] == ("Eingliederungseinkommen", "November 2026", "-1.234,50")
    assert [column.numeric for column in listing.columns] == [False] * 5 + [True]


def test_accepted_forms_total_what_was_claimed_and_what_was_accepted() -> None:
    listing = listing_of(accepted_forms().content, FR)

    assert listing.grand_total == (Decimal("2050.50"), Decimal("1800.25"))
    assert "Demandé\xa0: 2\xa0050,50\xa0EUR" in listing.summary
    assert "accepté\xa0: 1\xa0800,25\xa0EUR" in listing.summary


def test_a_partly_accepted_form_says_why_and_a_fully_accepted_one_says_nothing() -> None:
    listing = listing_of(accepted_forms().content, FR)

    assert listing.cells[0][-1] == ""
    assert listing.cells[1][-1] == "Plafond appliqué"


def test_refused_forms_give_each_reason_in_words() -> None:
    due = refused_forms(
        refused_form(1, "400.00", RefusalReason.LATE_CLAIM),
        refused_form(2, "99.99", RefusalReason.CENTRE_NOT_COMPETENT),
    )
    listing = listing_of(due.content, DE)

    assert [cells[-1] for cells in listing.cells] == [
        "Antrag nach Ablauf der Frist",
        "ÖSHZ nicht zuständig",
    ]
    assert listing.summary == "2 Formulare abgelehnt. Beantragt: 499,99\xa0EUR."


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (NL, "Voor deze maand werd geen enkel formulier geweigerd."),
        (FR, "Aucun formulaire n'a été refusé ce mois-ci."),
        (DE, "In diesem Monat wurde kein Formular abgelehnt."),
    ],
)
def test_no_refused_forms_is_said_in_a_sentence(language: Language, sentence: str) -> None:
    listing = listing_of(refused_forms().content, language)

    assert listing.cells == ()
    assert listing.empty_sentence == sentence


def test_an_empty_settlement_has_its_own_sentence() -> None:
    listing = listing_of(settlement().content, FR)

    assert listing.empty_sentence == "Aucun montant n'est à régulariser pour cette année."


@pytest.mark.parametrize("language", Language)
def test_no_column_heading_has_a_word_wider_than_its_column(language: Language) -> None:
    from renderer.domain.listing_layout import HEAD_SIZE, PAD_X, column_widths
    from renderer.domain.stationery import stringWidth
    from renderer.domain.typefaces import BOLD

    too_wide = []
    for due in (statement("1.00"), accepted_forms(), refused_forms(), settlement("1.00")):
        listing = listing_of(due.content, language)
        for column, width in zip(listing.columns, column_widths(listing), strict=True):
            for word in column.heading.split():
                if stringWidth(word, BOLD, HEAD_SIZE) > width - 2 * PAD_X:
                    too_wide.append(word)

    assert too_wide == []
