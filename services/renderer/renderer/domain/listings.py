"""The line-by-line documents as tables of words: columns, cells and the amounts to total."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from contracts.documents import (
    AcceptedForm,
    AcceptedForms,
    AnnualSettlement,
    MonthlyStatement,
    RefusedForm,
    RefusedForms,
    StatementLine,
)
from contracts.values import Language

from renderer.domain.formatting import (
    format_amount,
    format_number,
    format_period,
    format_short_date,
)
from renderer.domain.pagination import Totals, add_totals
from renderer.domain.phrases import Phrases, phrases
from renderer.domain.wording import word

ListedContent = MonthlyStatement | AnnualSettlement | AcceptedForms | RefusedForms


@dataclass(frozen=True)
class Column:
    heading: str
    weight: float  # its share of the table's width
    numeric: bool = False


@dataclass(frozen=True)
class Listing:
    columns: tuple[Column, ...]
    cells: tuple[tuple[str, ...], ...]
    amounts: tuple[Totals, ...]  # per line, the values of the numeric columns, in order
    summary: str
    empty_sentence: str

    @property
    def grand_total(self) -> Totals:
        return add_totals(None, self.amounts, width=self.numeric_count)

    @property
    def numeric_count(self) -> int:
        return sum(column.numeric for column in self.columns)


def listing_of(content: ListedContent, language: Language) -> Listing:
    words = phrases(language)
    match content:
        case MonthlyStatement(lines=lines):
            return _statement(lines, language, words, empty=words.no_statement_lines)
        case AnnualSettlement(lines=lines):
            return _statement(lines, language, words, empty=words.no_settlement_lines)
        case AcceptedForms(forms=forms):
            return _accepted(forms, language, words)
        case RefusedForms(forms=forms):
            return _refused(forms, language, words)
    raise TypeError(f"no listing for {type(content).__name__}")


def counted(count: int, noun: tuple[str, str]) -> str:
    singular, plural = noun
    return f"{count} {singular if count == 1 else plural}"


def _statement(
    lines: Sequence[StatementLine], language: Language, words: Phrases, *, empty: str
) -> Listing:
    columns = (
        Column(words.dossier_heading, 66),
        Column(words.beneficiary_heading, 68),
        Column(words.form_heading, 34),
        Column(words.category_heading, 160),
        Column(words.month_heading, 72),
        Column(words.amount_heading, 82, numeric=True),
    )
    cells = tuple(
        (
            line.dossier_number,
            line.beneficiary_ref,
            line.form,
            word(line.category, language),
            format_period(line.month, language),
            format_number(line.amount, language),
        )
        for line in lines
    )
    amounts = tuple((line.amount,) for line in lines)

    (total,) = add_totals(None, amounts, width=1)
    summary = _summary(words.statement_summary, len(lines), words.lines, language, total=total)
    return Listing(columns, cells, amounts, summary, empty)


def _accepted(forms: Sequence[AcceptedForm], language: Language, words: Phrases) -> Listing:
    columns = (
        Column(words.dossier_heading, 64),
        Column(words.beneficiary_heading, 66),
        Column(words.form_heading, 32),
        Column(words.effective_date_heading, 66),
        Column(words.claimed_heading, 70, numeric=True),
        Column(words.accepted_heading, 74, numeric=True),
        Column(words.reason_heading, 110),
    )
    cells = tuple(
        (
            form.dossier_number,
            form.beneficiary_ref,
            form.form,
            format_short_date(form.effective_date, language),
            format_number(form.claimed, language),
            format_number(form.accepted, language),
            word(form.partial_reason, language) if form.partial_reason else "",
        )
        for form in forms
    )
    amounts = tuple((form.claimed, form.accepted) for form in forms)

    claimed, accepted = add_totals(None, amounts, width=2)
    summary = _summary(
        words.accepted_summary,
        len(forms),
        words.accepted_forms,
        language,
        claimed=claimed,
        accepted=accepted,
    )
    return Listing(columns, cells, amounts, summary, words.no_accepted_forms)


def _refused(forms: Sequence[RefusedForm], language: Language, words: Phrases) -> Listing:
    columns = (
        Column(words.dossier_heading, 66),
        Column(words.beneficiary_heading, 68),
        Column(words.form_heading, 34),
        Column(words.effective_date_heading, 66),
        Column(words.claimed_heading, 78, numeric=True),
        Column(words.reason_heading, 170),
    )
    cells = tuple(
        (
            form.dossier_number,
            form.beneficiary_ref,
            form.form,
            format_short_date(form.effective_date, language),
            format_number(form.claimed, language),
            word(form.reason, language),
        )
        for form in forms
    )
    amounts = tuple((form.claimed,) for form in forms)

    (claimed,) = add_totals(None, amounts, width=1)
    summary = _summary(
        words.refused_summary, len(forms), words.refused_forms, language, claimed=claimed
    )
    return Listing(columns, cells, amounts, summary, words.no_refused_forms)


def _summary(
    template: str, count: int, noun: tuple[str, str], language: Language, **amounts: Decimal
) -> str:
    worded = {name: format_amount(value, language) for name, value in amounts.items()}
    return template.format(count=counted(count, noun), **worded)
