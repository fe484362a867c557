"""Documents the renderer refuses, each with an error that names what is wrong."""


import pytest
from contracts.documents import MonthlyStatement, StatementCategory
from contracts.values import DocumentKind, Language
from due_documents import ADDRESSEES, due, statement, statement_line
from pdf_text import page_texts
from renderer.domain import render_document
from renderer.domain import wording as wording_module
from renderer.domain.refusals import MissingTranslationError, UnknownIssuerError, UnknownKindError

DE = Language.GERMAN


def test_a_missing_translation_is_refused_naming_the_code_and_language(monkeypatch) -> None:
    recovery = wording_module._WORDINGS[StatementCategory][StatementCategory.RECOVERY]
    monkeypatch.delitem(recovery, DE)
    line = statement_line(1, "-40.00").model_copy(update={"category": StatementCategory.RECOVERY})

    with pytest.raises(
        MissingTranslationError, match="no german \\(de\\) wording for StatementCategory 'recovery'"
    ):
        render_document(due(MonthlyStatement(lines=(line,))), ADDRESSEES[DE])


def test_a_kind_whose_content_is_another_is_refused_naming_both() -> None:
    mismatched = statement("1.00").model_copy(update={"kind": DocumentKind.ANNUAL_SETTLEMENT})

    with pytest.raises(UnknownKindError, match="kind: annual-settlement carries monthly-statement"):
        render_document(mismatched, ADDRESSEES[DE])


def test_an_unknown_issuer_is_refused_rather_than_printed_as_an_id() -> None:
    stranger = statement("1.00").model_copy(update={"issuer": "ris-unheard-of"})

    with pytest.raises(UnknownIssuerError, match="no name is known for 'ris-unheard-of'"):
        render_document(stranger, ADDRESSEES[DE])


def test_the_issuer_is_named_in_the_language_not_by_its_id() -> None:
    (text,) = page_texts(render_document(statement("1.00"), ADDRESSEES[DE]).data)

    assert "Dienst Erstattungen, Recht auf soziale Eingliederung" in text
    assert "ris-social-integration" not in text


def test_days_of_a_partial_month_are_shown_with_the_month() -> None:
    line = statement_line(1, "512.30").model_copy(update={"days": 12})

    pdf = render_document(due(MonthlyStatement(lines=(line,))), ADDRESSEES[DE])

    assert "(12 Tage)" in page_texts(pdf.data)[0]
