import re
from decimal import Decimal

import pytest
from contracts.documents import RefusalReason
from contracts.events import DocumentDueV1
from contracts.values import DocumentKind, Language
from due_documents import (
    ADDRESSEES,
    accepted_forms,
    legality_letter,
    long_statement,
    refused_form,
    refused_forms,
    settlement,
    statement,
)
from pdf_text import page_texts
from renderer.domain import render_document
from renderer.domain.formatting import format_number
from renderer.domain.heading import heading_of
from renderer.domain.stationery import MARGIN, Letterhead
from renderer.domain.typefaces import REGULAR
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

NL, FR, DE = Language.DUTCH, Language.FRENCH, Language.GERMAN


def refused() -> DocumentDueV1:
    return refused_forms(
        refused_form(1, "700.00", RefusalReason.NOT_ENTITLED),
        refused_form(2, "312.40", RefusalReason.MISSING_DATA),
    )


# (document, the grand total as each language writes it)
LISTED = {
    "statement": (lambda: statement("1500.00", "-250.50", "84.10"), "1.333,60", "1 333,60"),
    "accepted": (accepted_forms, "1.800,25", "1 800,25"),
    "refused": (refused, "1.012,40", "1 012,40"),
    "settlement": (lambda: settlement("9000.00", "3000.00"), "12.000,00", "12 000,00"),
}
CENTRES = {NL: ("OCMW Antwerpen", "november 2026"), FR: ("CPAS de Namur", "novembre 2026")}
CENTRES[DE] = ("ÖSHZ Eupen", "November 2026")


@pytest.mark.parametrize("language", Language)
@pytest.mark.parametrize("name", LISTED)
def test_a_listed_document_shows_centre_period_and_total(name: str, language: Language):
    build, total, french_total = LISTED[name]
    due = build()

    pdf = render_document(due, ADDRESSEES[language])
    (text,) = page_texts(pdf.data)

    designation, month = CENTRES[language]
    period = "2026" if due.kind is DocumentKind.ANNUAL_SETTLEMENT else month
    assert pdf.data.startswith(b"%PDF")
    assert pdf.page_count == 1
    assert designation in text
    assert f"REFNIS {ADDRESSEES[language].refnis_code}" in text
    assert period in text
    # ReportLab writes the no-break space as a plain space: the PDF's text shows one.
    assert (french_total if language is FR else total) in text


@pytest.mark.parametrize("language", Language)
def test_the_legality_letter_is_one_page_with_its_finding(language: Language) -> None:
    pdf = render_document(legality_letter(), ADDRESSEES[language])
    (text,) = page_texts(pdf.data)

    assert pdf.page_count == 1
    assert "2026/004512" in text
    assert {NL: "onwettig", FR: "illégale", DE: "rechtswidrig"}[language] in text


def test_the_same_event_gives_the_same_bytes() -> None:
    due = long_statement(80)

    first = render_document(due, ADDRESSEES[FR])
    second = render_document(due, ADDRESSEES[FR])

    assert first.data == second.data


def test_no_refused_forms_prints_a_sentence_and_no_table() -> None:
    pdf = render_document(refused_forms(), ADDRESSEES[NL])
    (text,) = page_texts(pdf.data)

    assert "Voor deze maand werd geen enkel formulier geweigerd." in text
    assert "Reden" not in text
    assert "Totaal" not in text


def test_a_long_statement_carries_each_page_total_to_the_next_page() -> None:
    due = long_statement(130)
    pdf = render_document(due, ADDRESSEES[NL])
    pages = page_texts(pdf.data)

    assert pdf.page_count >= 3
    assert len(pages) == pdf.page_count
    assert f"pagina 1 van {pdf.page_count}" in pages[0]

    first_page_lines = [line for line in due.content.lines if line.dossier_number in pages[0]]
    page_one_sum = format_number(sum(line.amount for line in first_page_lines), NL)
    assert _after("Over te dragen", pages[0]) == page_one_sum
    assert _after("Overdracht", pages[1]) == page_one_sum


def test_a_long_statement_ends_with_the_grand_total_of_all_lines() -> None:
    due = long_statement(130)
    pages = page_texts(render_document(due, ADDRESSEES[DE]).data)

    grand_total = sum((line.amount for line in due.content.lines), Decimal("0.00"))
    assert _after("Gesamtsumme", pages[-1]) == format_number(grand_total, DE)
    assert all(_after("Übertrag", page) for page in pages[1:])


def test_every_line_of_a_long_statement_is_printed_once() -> None:
    due = long_statement(130)
    text = "\n".join(page_texts(render_document(due, ADDRESSEES[FR]).data))

    printed = re.findall(r"^2026/\d{6}$", text, re.M)

    assert printed == [line.dossier_number for line in due.content.lines]


def test_content_of_another_kind_is_refused() -> None:
    due = statement("1.00").model_copy(update={"kind": DocumentKind.REFUSED_FORMS})

    with pytest.raises(ValueError, match="refused-forms"):
        render_document(due, ADDRESSEES[NL])


def _after(label: str, page: str) -> str:
    """The first amount printed after a label: a totals row's value."""
    lines = page.split("\n")
    return lines[lines.index(label) + 1]


@pytest.mark.parametrize("language", Language)
def test_every_pdf_carries_the_postal_address_in_one_block(language: Language) -> None:
    heading = heading_of(legality_letter(), ADDRESSEES[language])

    (text,) = page_texts(render_document(legality_letter(), ADDRESSEES[language]).data)

    assert "\n".join(heading.postal_address) in text


def test_long_references_wrap_clear_of_the_envelope_window() -> None:
    due = statement("1.00").model_copy(update={"document_id": "X" * 100})
    letterhead = Letterhead(heading_of(due, ADDRESSEES[NL]))

    values = [text for text, is_label in letterhead.reference_lines if not is_label]
    widest = max(stringWidth(value, REGULAR, 8) for value in values)

    assert "".join(values).count("X") == 100
    assert MARGIN + widest < 105 * mm - 5 * mm
