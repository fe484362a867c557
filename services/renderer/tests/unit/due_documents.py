"""Small builders of due documents for the renderer's unit tests."""

from datetime import date
from decimal import Decimal

from contracts.documents import (
    AcceptedForm,
    AcceptedForms,
    AnnualSettlement,
    DocumentContent,
    LegalityConsequence,
    LegalityFinding,
    LegalityLetter,
    MonthlyStatement,
    PartialReason,
    RefusalReason,
    RefusedForm,
    RefusedForms,
    StatementCategory,
    StatementLine,
)
from contracts.events import DocumentDueV1
from contracts.values import DocumentKind, Language, Legislation
from renderer.domain.heading import Addressee

ISSUERS = {
    Legislation.SOCIAL_INTEGRATION: "ris-social-integration",
    Legislation.AID_1965: "ris-aid-1965",
    Legislation.MAINTENANCE_ADVANCES: "ris-maintenance-advances",
}

ADDRESSEES = {
    Language.DUTCH: Addressee("11002", "Antwerpen", Language.DUTCH),
    Language.FRENCH: Addressee("92094", "Namur", Language.FRENCH),
    Language.GERMAN: Addressee("63023", "Eupen", Language.GERMAN),
}


def due(
    content: DocumentContent,
    *,
    period: str = "2026-11",
    legislation: Legislation = Legislation.SOCIAL_INTEGRATION,
) -> DocumentDueV1:
    return DocumentDueV1(
        issuer=ISSUERS[legislation],
        document_id=f"{content.kind}-{period}-0001",
        refnis_code="11002",
        legislation=legislation,
        kind=DocumentKind(content.kind),
        period=period,
        issued_on=date(2026, 12, 3),
        content=content,
    )


def statement_line(number: int, amount: str) -> StatementLine:
    return StatementLine(
        dossier_number=f"2026/{number:06d}",
        beneficiary_ref=f"BEN-{number:06X}",
        form="B",
        category=StatementCategory.INTEGRATION_INCOME,
        month="2026-11",
        amount=Decimal(amount),
    )


def statement(*amounts: str) -> DocumentDueV1:
    lines = tuple(statement_line(number, amount) for number, amount in enumerate(amounts, 1))
    return due(MonthlyStatement(lines=lines))


def long_statement(line_count: int) -> DocumentDueV1:
    # Amounts vary by line so that a page total cannot match by chance.
    return statement(*(f"{100 + number * 3}.{number % 100:02d}" for number in range(line_count)))


def settlement(*amounts: str) -> DocumentDueV1:
    lines = tuple(statement_line(number, amount) for number, amount in enumerate(amounts, 1))
    return due(AnnualSettlement(lines=lines), period="2026")


def accepted_form(number: int, claimed: str, accepted: str, reason=None) -> AcceptedForm:
    return AcceptedForm(
        dossier_number=f"2026/{number:06d}",
        beneficiary_ref=f"BEN-{number:06X}",
        form="D",
        effective_date=date(2026, 11, number),
        claimed=Decimal(claimed),
        accepted=Decimal(accepted),
        partial_reason=reason,
    )


def accepted_forms() -> DocumentDueV1:
    forms = (
        accepted_form(1, "1200.00", "1200.00"),
        accepted_form(2, "850.50", "600.25", PartialReason.CEILING_APPLIED),
    )
    return due(AcceptedForms(forms=forms))


def refused_form(number: int, claimed: str, reason: RefusalReason) -> RefusedForm:
    return RefusedForm(
        dossier_number=f"2026/{number:06d}",
        beneficiary_ref=f"BEN-{number:06X}",
        form="B",
        effective_date=date(2026, 10, number),
        claimed=Decimal(claimed),
        reason=reason,
    )


def refused_forms(*forms: RefusedForm) -> DocumentDueV1:
    return due(RefusedForms(forms=forms))


def legality_letter(
    finding: LegalityFinding = LegalityFinding.ILLEGAL,
    consequence: LegalityConsequence = LegalityConsequence.RECOVERY,
    amount: str = "3876.45",
    reply_by: date | None = date(2027, 1, 15),
) -> DocumentDueV1:
    content = LegalityLetter(
        dossier_number="2026/004512",
        decision_date=date(2026, 9, 3),
        finding=finding,
        consequence=consequence,
        amount_concerned=Decimal(amount),
        reply_by=reply_by,
    )
    return due(content)


def every_kind_and_legislation() -> dict[str, DocumentDueV1]:
    """The fifteen documents: each kind for each legislation, named "kind-legislation"."""
    contents = {
        DocumentKind.MONTHLY_STATEMENT: statement("1500.00", "-250.50", "84.10").content,
        DocumentKind.ACCEPTED_FORMS: accepted_forms().content,
        DocumentKind.REFUSED_FORMS: refused_forms(
            refused_form(1, "700.00", RefusalReason.NOT_ENTITLED)
        ).content,
        DocumentKind.LEGALITY_LETTER: legality_letter().content,
        DocumentKind.ANNUAL_SETTLEMENT: settlement("9000.00", "3000.00").content,
    }
    return {
        f"{kind.value}-{legislation.value}": due(
            content,
            legislation=legislation,
            period="2026" if kind is DocumentKind.ANNUAL_SETTLEMENT else "2026-11",
        )
        for kind, content in contents.items()
        for legislation in Legislation
    }
