"""What one reimbursement service decided on one centre's forms for one month."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from random import Random

from contracts.documents import (
    AcceptedForm,
    AcceptedForms,
    LegalityConsequence,
    LegalityFinding,
    LegalityLetter,
    MonthlyStatement,
    PartialReason,
    RefusalReason,
    RefusedForm,
    RefusedForms,
    StatementLine,
)
from reimbursement_simulator.domain.amounts import draw_euros, part_of, share_of
from reimbursement_simulator.domain.calendar import day_of, days_in, months_before
from reimbursement_simulator.domain.dossiers import Dossier
from reimbursement_simulator.domain.legislations import FormRule, ReimbursementService

ON_TIME_RATE = 0.85  # the rest are late claims for one of the three months before
PARTIAL_RATE = 0.15
ILLEGAL_RATE = 0.35
REPLY_DAYS = 30


@dataclass(frozen=True)
class MonthOfClaims:
    rng: Random
    service: ReimbursementService
    month: str
    state_share: Decimal
    dossiers: list[Dossier]

    def monthly_statement(self) -> MonthlyStatement:
        # One line per dossier: the statement's length follows the centre's caseload.
        return MonthlyStatement(lines=tuple(self._statement_line(d) for d in self.dossiers))

    def accepted_forms(self) -> AcceptedForms:
        count = max(1, round(len(self.dossiers) * self.rng.uniform(0.4, 0.8)))
        return AcceptedForms(forms=tuple(self._accepted_form() for _ in range(count)))

    def refused_forms(self) -> RefusedForms:
        # Small centres often have nothing refused: the list is then sent empty.
        count = round(len(self.dossiers) * self.rng.uniform(0, 0.15))
        return RefusedForms(forms=tuple(self._refused_form() for _ in range(count)))

    def legality_letter(self, issued_on: date) -> LegalityLetter:
        dossier = self.rng.choice(self.dossiers)
        illegal = self.rng.random() < ILLEGAL_RATE

        consequence = LegalityConsequence.NONE
        if illegal:
            consequence = self.rng.choice(
                [LegalityConsequence.RECOVERY, LegalityConsequence.REVISION_REQUESTED]
            )

        return LegalityLetter(
            dossier_number=dossier.number,
            decision_date=issued_on - timedelta(days=self.rng.randint(60, 300)),
            finding=LegalityFinding.ILLEGAL if illegal else LegalityFinding.LEGAL,
            consequence=consequence,
            amount_concerned=draw_euros(self.rng, Decimal("200"), Decimal("8000")),
            reply_by=issued_on + timedelta(days=REPLY_DAYS) if illegal else None,
        )

    def _statement_line(self, dossier: Dossier) -> StatementLine:
        form = self._pick_form(self.service.paying_forms)
        amount = self._claim(form)

        return StatementLine(
            dossier_number=dossier.number,
            beneficiary_ref=dossier.beneficiary_ref,
            form=form.code,
            category=form.category,
            month=self._line_month(),
            amount=-amount if form.recovers else amount,
        )

    def _accepted_form(self) -> AcceptedForm:
        dossier = self.rng.choice(self.dossiers)
        form = self._pick_form(self.service.forms)
        claimed = self._claim(form)

        accepted, reason = claimed, None
        if self._accepted_in_part(form, claimed):
            accepted = part_of(claimed, self.rng)
            reason = self.rng.choice(list(PartialReason))

        return AcceptedForm(
            dossier_number=dossier.number,
            beneficiary_ref=dossier.beneficiary_ref,
            form=form.code,
            effective_date=self._effective_date(form),
            claimed=claimed,
            accepted=accepted,
            partial_reason=reason,
        )

    def _refused_form(self) -> RefusedForm:
        dossier = self.rng.choice(self.dossiers)
        form = self._pick_form(self.service.forms)

        return RefusedForm(
            dossier_number=dossier.number,
            beneficiary_ref=dossier.beneficiary_ref,
            form=form.code,
            effective_date=self._effective_date(form),
            claimed=self._claim(form),
            reason=self.rng.choice(list(RefusalReason)),
        )

    def _pick_form(self, forms: tuple[FormRule, ...]) -> FormRule:
        return self.rng.choices(forms, weights=[form.weight for form in forms])[0]

    def _claim(self, form: FormRule) -> Decimal:
        if not form.claims_money:
            return Decimal("0.00")

        amount = draw_euros(self.rng, form.low, form.high)
        return share_of(amount, self.state_share) if form.at_state_share else amount

    def _accepted_in_part(self, form: FormRule, claimed: Decimal) -> bool:
        # Recoveries are money coming back: there is nothing to accept only in part.
        if form.recovers or claimed < Decimal("1.00"):
            return False
        return self.rng.random() < PARTIAL_RATE

    def _line_month(self) -> str:
        if self.rng.random() < ON_TIME_RATE:
            return self.month
        return months_before(self.month, self.rng.randint(1, 3))

    def _effective_date(self, form: FormRule) -> date:
        month = self._line_month()
        day = 1 if form.whole_month else self.rng.randint(1, days_in(month))
        return day_of(month, day)
