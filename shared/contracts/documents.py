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

# One event stays well below Kafka's one-megabyte message limit; an annual settlement with more
# lines passes them by reference (AnnexReference).
MAX_LINES = 2_000
# An annex's lines, kept by the issuer in object storage; the largest centres have tens of
# thousands a year. The renderer streams them, so the cap only bounds a document's pages.
MAX_ANNEX_LINES = 1_000_000

ObjectKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,511}$")]


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
    # The days of the month an amount covers when it covers only part of it (an integration
    # income granted from the 12th). Added after version 1 was published: optional.
    days: int | None = Field(default=None, ge=1, le=31)


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


class AnnexReference(_Line):
    """An annex's lines in object storage: JSON lines (UTF-8), one StatementLine per line.

    The issuer writes the object before it emits the event and never changes it afterwards;
    the count, total and checksum let the renderer refuse an annex that is not the one meant.
    """

    object_key: ObjectKey  # in the annex bucket that issuers and the renderer share
    line_count: int = Field(gt=0, le=MAX_ANNEX_LINES)
    total: Euros  # the sum of the lines' amounts
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")  # of the object's bytes


class AnnualSettlement(_Line):
    kind: Literal["annual-settlement"] = "annual-settlement"
    lines: tuple[StatementLine, ...] = Field(default=(), max_length=MAX_LINES)
    # Added after version 1 was published, optional so that earlier events still parse.
    annex: AnnexReference | None = None

    @model_validator(mode="after")
    def _lines_in_one_place(self) -> "AnnualSettlement":
        if self.annex is not None and self.lines:
            raise ValueError("annex: the lines travel either in the event or in the annex")
        return self


DocumentContent = Annotated[
    MonthlyStatement | AcceptedForms | RefusedForms | LegalityLetter | AnnualSettlement,
    Field(discriminator="kind"),
]
