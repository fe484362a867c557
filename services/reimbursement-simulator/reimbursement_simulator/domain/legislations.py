"""The three reimbursement services: what each issues under, and the forms it handles."""

from dataclasses import dataclass
from decimal import Decimal

from contracts.documents import StatementCategory
from contracts.values import Legislation


@dataclass(frozen=True)
class FormRule:
    code: str
    category: StatementCategory | None  # None: the form claims no money (identity, stop)
    low: Decimal = Decimal("0")
    high: Decimal = Decimal("0")
    weight: int = 1
    # Recovered money flows back to the state: a negative line on the monthly statement.
    recovers: bool = False
    # Only the integration income is paid at the centre's state share (55, 65 or 70%).
    at_state_share: bool = False
    # Form D1 covers exactly one calendar month, so it takes effect on the first day.
    whole_month: bool = False

    @property
    def claims_money(self) -> bool:
        return self.category is not None


@dataclass(frozen=True)
class ReimbursementService:
    legislation: Legislation
    issuer: str
    forms: tuple[FormRule, ...]
    # Statement lines grow with the square root of the caseload, keeping big cities readable.
    lines_per_root_of_caseload: float

    @property
    def paying_forms(self) -> tuple[FormRule, ...]:
        return tuple(form for form in self.forms if form.claims_money)


SOCIAL_INTEGRATION = ReimbursementService(
    legislation=Legislation.SOCIAL_INTEGRATION,
    issuer="ris-social-integration",
    forms=(
        FormRule(
            "B",
            StatementCategory.INTEGRATION_INCOME,
            Decimal("900"),
            Decimal("1400"),
            weight=8,
            at_state_share=True,
        ),
        # The 10% more for an individual integration project, claimed on its own form.
        FormRule(
            "D", StatementCategory.INTEGRATION_PROJECT, Decimal("90"), Decimal("140"), weight=2
        ),
        FormRule("C", None, weight=2),
    ),
    lines_per_root_of_caseload=1.2,
)

AID_1965 = ReimbursementService(
    legislation=Legislation.AID_1965,
    issuer="ris-aid-1965",
    forms=(
        FormRule("A", None, weight=2),
        FormRule("B1", StatementCategory.HOSPITAL_COSTS, Decimal("150"), Decimal("6000"), weight=4),
        FormRule("B2", StatementCategory.PHARMACY_COSTS, Decimal("10"), Decimal("400"), weight=3),
        FormRule("C", None, weight=1),
        FormRule(
            "D1",
            StatementCategory.MEDICAL_AID,
            Decimal("40"),
            Decimal("900"),
            weight=3,
            whole_month=True,
        ),
        FormRule("D2", StatementCategory.MEDICAL_AID, Decimal("40"), Decimal("900"), weight=1),
        FormRule("F", StatementCategory.RECOVERY, Decimal("50"), Decimal("1500"), recovers=True),
    ),
    lines_per_root_of_caseload=0.8,
)

MAINTENANCE_ADVANCES = ReimbursementService(
    legislation=Legislation.MAINTENANCE_ADVANCES,
    issuer="ris-maintenance-advances",
    forms=(
        # An advance of at most 175 euros per child, for one to three children.
        FormRule(
            "A", StatementCategory.MAINTENANCE_ADVANCE, Decimal("50"), Decimal("525"), weight=6
        ),
        FormRule(
            "B",
            StatementCategory.RECOVERY,
            Decimal("20"),
            Decimal("300"),
            weight=2,
            recovers=True,
        ),
    ),
    lines_per_root_of_caseload=0.4,
)

SERVICES = {
    service.legislation: service for service in (SOCIAL_INTEGRATION, AID_1965, MAINTENANCE_ADVANCES)
}
