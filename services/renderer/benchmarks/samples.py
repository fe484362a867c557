"""Made-up but plausible due documents, one per kind, for looking at and timing the renderer."""

import random
from datetime import date, timedelta
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
from renderer.domain import Addressee

ADDRESSEES = {
    Language.DUTCH: Addressee("11002", "Antwerpen", Language.DUTCH),
    Language.FRENCH: Addressee("21001", "Anderlecht", Language.FRENCH),
    Language.GERMAN: Addressee("63023", "Eupen", Language.GERMAN),
}

ISSUERS = {
    Legislation.SOCIAL_INTEGRATION: "ris-social-integration",
    Legislation.AID_1965: "ris-aid-1965",
    Legislation.MAINTENANCE_ADVANCES: "ris-maintenance-advances",
}

# Which forms and statement categories each legislation's lines use.
FORMS = {
    Legislation.SOCIAL_INTEGRATION: ("B", "C", "D"),
    Legislation.AID_1965: ("A", "B1", "B2", "C", "D1", "D2", "F"),
    Legislation.MAINTENANCE_ADVANCES: ("A", "B"),
}
CATEGORIES = {
    Legislation.SOCIAL_INTEGRATION: (
        StatementCategory.INTEGRATION_INCOME,
        StatementCategory.INTEGRATION_PROJECT,
        StatementCategory.RECOVERY,
    ),
    Legislation.AID_1965: (
        StatementCategory.HOSPITAL_COSTS,
        StatementCategory.PHARMACY_COSTS,
        StatementCategory.MEDICAL_AID,
        StatementCategory.RECOVERY,
    ),
    Legislation.MAINTENANCE_ADVANCES: (
        StatementCategory.MAINTENANCE_ADVANCE,
        StatementCategory.RECOVERY,
    ),
}


def due(
    kind: DocumentKind,
    legislation: Legislation,
    content: DocumentContent,
    *,
    period: str = "2026-11",
) -> DocumentDueV1:
    return DocumentDueV1(
        issuer=ISSUERS[legislation],
        document_id=f"{kind.value.upper()}-{period}-0042",
        refnis_code="11002",
        legislation=legislation,
        kind=kind,
        period=period,
        issued_on=date(2026, 12, 6),
        content=content,
    )


def statement_lines(count: int, legislation: Legislation, seed: int = 7) -> tuple:
    pick = random.Random(seed)
    lines = []
    for number in range(count):
        category = _category(pick, legislation)
        amount = Decimal(pick.randrange(4_000, 180_000)) / 100
        lines.append(
            StatementLine(
                dossier_number=f"2026/{4_500 + number * 7:06d}",
                beneficiary_ref=f"BEN-{pick.getrandbits(24):06X}",
                form=pick.choice(FORMS[legislation]),
                category=category,
                month=pick.choice(("2026-10", "2026-11", "2026-11", "2026-11")),
                amount=-amount if category is StatementCategory.RECOVERY else amount,
            )
        )
    return tuple(lines)


def _category(pick: random.Random, legislation: Legislation) -> StatementCategory:
    # Recoveries are the exception on a statement, about one line in ten.
    if pick.random() < 0.1:
        return StatementCategory.RECOVERY
    return pick.choice(CATEGORIES[legislation][:-1])


def monthly_statement(lines: int = 14, legislation=Legislation.SOCIAL_INTEGRATION):
    content = MonthlyStatement(lines=statement_lines(lines, legislation))
    return due(DocumentKind.MONTHLY_STATEMENT, legislation, content)


def annual_settlement(lines: int = 60, legislation=Legislation.AID_1965):
    content = AnnualSettlement(lines=statement_lines(lines, legislation, seed=11))
    return due(DocumentKind.ANNUAL_SETTLEMENT, legislation, content, period="2026")


def accepted_forms(legislation=Legislation.AID_1965):
    reasons = (None, None, PartialReason.CEILING_APPLIED, None, PartialReason.COST_NOT_ELIGIBLE)
    pick = random.Random(3)
    forms = []
    for number in range(9):
        claimed = Decimal(pick.randrange(10_000, 250_000)) / 100
        reason = reasons[number % len(reasons)]
        forms.append(
            AcceptedForm(
                dossier_number=f"2026/{3_100 + number * 13:06d}",
                beneficiary_ref=f"BEN-{pick.getrandbits(24):06X}",
                form=pick.choice(FORMS[legislation]),
                effective_date=date(2026, 11, 1) + timedelta(days=number * 3),
                claimed=claimed,
                accepted=(claimed * Decimal("0.8")).quantize(Decimal("0.01"))
                if reason
                else claimed,
                partial_reason=reason,
            )
        )
    return due(DocumentKind.ACCEPTED_FORMS, legislation, AcceptedForms(forms=tuple(forms)))


def refused_forms(legislation=Legislation.SOCIAL_INTEGRATION):
    forms = tuple(
        RefusedForm(
            dossier_number=f"2026/{5_200 + number * 11:06d}",
            beneficiary_ref=f"BEN-{0x3A9C10 + number * 977:06X}",
            form=("B", "D", "B", "C", "B", "D")[number],
            effective_date=date(2026, 10, 1) + timedelta(days=number * 5),
            claimed=Decimal("1263.17") + number * Decimal("81.40"),
            reason=reason,
        )
        for number, reason in enumerate(RefusalReason)
    )
    return due(DocumentKind.REFUSED_FORMS, legislation, RefusedForms(forms=forms))


def legality_letter(legislation=Legislation.SOCIAL_INTEGRATION, finding=LegalityFinding.ILLEGAL):
    content = LegalityLetter(
        dossier_number="2026/004512",
        decision_date=date(2026, 9, 1),
        finding=finding,
        consequence=LegalityConsequence.RECOVERY,
        amount_concerned=Decimal("3876.45"),
        reply_by=date(2027, 1, 15),
    )
    return due(DocumentKind.LEGALITY_LETTER, legislation, content)


def empty_refused_forms(legislation=Legislation.MAINTENANCE_ADVANCES):
    return due(DocumentKind.REFUSED_FORMS, legislation, RefusedForms(forms=()))
