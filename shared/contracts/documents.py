"""What a document says, as the issuing reimbursement service sends it.

Free text never travels here: reasons and categories are codes that the renderer words in the
centre's language, so no document carries untranslated text. Beneficiaries appear only under
the issuer's pseudonymous reference.
"""

from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from contracts.values import Euros, Period

DossierNumber = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9/-]{2,29}$")]
BeneficiaryRef = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9-]{4,24}$")]
FormCode = Annotated[str, StringConstraints(pattern=r"^[A-F][12]?$")]

# One event stays well below Kafka's one-megabyte message limit; bigger documents (annual
# settlements with their annexes) will need their lines passed by reference.
MAX_LINES = 2_000


class StatementCategory(StrEnum):
    INTEGRATION_INCOME = "integration-income"
    INTEGRATION_PROJECT = "integration-project"
    HOSPITAL_COSTS = "hospital-costs"
    PHARMACY_COSTS = "pharmacy-costs"
    MEDICAL_AID = "medical-aid"
    MAINTENANCE_ADVANCE = "maintenance-advance"
    RECOVERY = "recovery"


class PartialReason(StrEnum):
    CEILING_APPLIED = "ceiling-applied"
    PERIOD_PARTLY_COVERED = "period-partly-covered"
    RESOURCES_DEDUCTED = "resources-deducted"
    COST_NOT_ELIGIBLE = "cost-not-eligible"


class RefusalReason(StrEnum):
    NOT_ENTITLED = "not-entitled"
    DUPLICATE_CLAIM = "duplicate-claim"
    LATE_CLAIM = "late-claim"
    CENTRE_NOT_COMPETENT = "centre-not-competent"
    MISSING_DATA = "missing-data"
    CORRECTION_REPLACED = "correction-replaced"


class LegalityFinding(StrEnum):
    LEGAL = "legal"
    ILLEGAL = "illegal"


class LegalityConsequence(StrEnum):
    NONE = "none"
    RECOVERY = "recovery"
    REVISION_REQUESTED = "revision-requested"


class _Line(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class StatementLine(_Line):
    dossier_number: DossierNumber
    beneficiary_ref: BeneficiaryRef
    form: FormCode
    category: StatementCategory
    month: Period
    amount: Euros


class AcceptedForm(_Line):
    dossier_number: DossierNumber
    beneficiary_ref: BeneficiaryRef
    form: FormCode
    effective_date: date
    claimed: Euros = Field(ge=0)
    accepted: Euros = Field(ge=0)
    partial_reason: PartialReason | None = None  # set exactly when accepted < claimed

    @model_validator(mode="after")
    def _partial_has_reason(self) -> "AcceptedForm":
        if self.accepted > self.claimed:
            raise ValueError(f"accepted {self.accepted} exceeds claimed {self.claimed}")
        if (self.accepted < self.claimed) != (self.partial_reason is not None):
            raise ValueError("partial_reason is required exactly when accepted < claimed")
        return self


class RefusedForm(_Line):
    dossier_number: DossierNumber
    beneficiary_ref: BeneficiaryRef
    form: FormCode
    effective_date: date
    claimed: Euros = Field(ge=0)
    reason: RefusalReason


class MonthlyStatement(_Line):
    kind: Literal["monthly-statement"] = "monthly-statement"
    lines: tuple[StatementLine, ...] = Field(max_length=MAX_LINES)


class AcceptedForms(_Line):
    kind: Literal["accepted-forms"] = "accepted-forms"
    forms: tuple[AcceptedForm, ...] = Field(max_length=MAX_LINES)


class RefusedForms(_Line):
    kind: Literal["refused-forms"] = "refused-forms"
    forms: tuple[RefusedForm, ...] = Field(max_length=MAX_LINES)


class LegalityLetter(_Line):
    kind: Literal["legality-letter"] = "legality-letter"
    dossier_number: DossierNumber
    decision_date: date
    finding: LegalityFinding
    consequence: LegalityConsequence
    amount_concerned: Euros = Field(ge=0)
    reply_by: date | None = None


class AnnualSettlement(_Line):
    kind: Literal["annual-settlement"] = "annual-settlement"
    lines: tuple[StatementLine, ...] = Field(max_length=MAX_LINES)


DocumentContent = Annotated[
    MonthlyStatement | AcceptedForms | RefusedForms | LegalityLetter | AnnualSettlement,
    Field(discriminator="kind"),
]
