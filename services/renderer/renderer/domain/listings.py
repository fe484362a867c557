"""The line-by-line documents as tables of words: columns, cells and the amounts to total."""

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from contracts.documents import (
    AcceptedForm,
    AcceptedForms,
    AnnexReference,
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
from renderer.domain.refusals import DocumentRefused, UnknownKindError
from renderer.domain.wording import word

ListedContent = MonthlyStatement | AnnualSettlement | AcceptedForms | RefusedForms
ListedLine = StatementLine | AcceptedForm | RefusedForm
# Reads a document's lines from the start, each time it is called: a layout goes through them
# twice (to cut the pages, then to draw them) and never keeps them all.
LineSource = Callable[[], Iterable[ListedLine]]


class MissingAnnexError(DocumentRefused):
    """A settlement names an annex, but no lines were given for it."""

    code = "annex-missing"


@dataclass(frozen=True)
class Column:
    heading: str
    weight: float  # its share of the table's width
    numeric: bool = False


@dataclass(frozen=True)
class Listing:
    columns: tuple[Column, ...]
    lines: LineSource
    cells_of: Callable[[ListedLine], tuple[str, ...]]
    amounts_of: Callable[[ListedLine], Totals]  # the values of the numeric columns, in order
    summary_of: Callable[[int, Totals], str]  # from the number of lines and their totals
    empty_sentence: str

    def rows(self) -> Iterator[tuple[tuple[str, ...], Totals]]:
        for line in self.lines():
            yield self.cells_of(line), self.amounts_of(line)

    @property
    def numeric_count(self) -> int:
        return sum(column.numeric for column in self.columns)

    # The three below read every line: for tests and short listings, not for a layout.
    @property
    def cells(self) -> tuple[tuple[str, ...], ...]:
        return tuple(cells for cells, _ in self.rows())

    @property
    def grand_total(self) -> Totals:
        amounts = (amounts for _, amounts in self.rows())
        return add_totals(None, amounts, width=self.numeric_count)

    @property
    def summary(self) -> str:
        return self.summary_of(len(self.cells), self.grand_total)


def listing_of(
    content: ListedContent, language: Language, annex: LineSource | None = None
) -> Listing:
    """The listing of a document; annex reads the lines of a settlement that has one."""
    words = phrases(language)
    match content:
        case MonthlyStatement(lines=lines):
            return _statement(_given(lines), language, words, empty=words.no_statement_lines)
        case AnnualSettlement(lines=lines, annex=None):
            return _statement(_given(lines), language, words, empty=words.no_settlement_lines)
        case AnnualSettlement(annex=reference):
            if annex is None:
                raise MissingAnnexError(f"annex {reference.object_key}: its lines were not read")
            source = _checked(annex, reference)
            return _statement(source, language, words, empty=words.no_settlement_lines)
        case AcceptedForms(forms=forms):
            return _accepted(_given(forms), language, words)
        case RefusedForms(forms=forms):
            return _refused(_given(forms), language, words)
    raise UnknownKindError(f"kind: no listing for {type(content).__name__} content")


def _given(lines: Sequence[ListedLine]) -> LineSource:
    return lambda: lines


class AnnexMismatchError(DocumentRefused):
    """An annex's lines are not those its event announced."""

    code = "annex-mismatch"


def _checked(annex: LineSource, reference: AnnexReference) -> LineSource:
    # Each reading is checked to its end: a document must never print a partial annex.
    def lines() -> Iterator[StatementLine]:
        count, total = 0, Decimal("0.00")
        for line in annex():
            count += 1
            total += line.amount
            yield line
        if (count, total) != (reference.line_count, reference.total):
            raise AnnexMismatchError(
                f"annex {reference.object_key}: {count} lines totalling {total}, but the event"
                f" announced {reference.line_count} totalling {reference.total}"
            )

    return lines


def counted(count: int, noun: tuple[str, str]) -> str:
    singular, plural = noun
    return f"{count} {singular if count == 1 else plural}"


def _statement(lines: LineSource, language: Language, words: Phrases, *, empty: str) -> Listing:
    columns = (
        Column(words.dossier_heading, 66),
        Column(words.beneficiary_heading, 68),
        Column(words.form_heading, 34),
        Column(words.category_heading, 160),
        Column(words.month_heading, 72),
        Column(words.amount_heading, 82, numeric=True),
    )

    def cells_of(line: StatementLine) -> tuple[str, ...]:
        return (
            line.dossier_number,
            line.beneficiary_ref,
            line.form,
            word(line.category, language),
            _month_cell(line, language, words),
            format_number(line.amount, language),
        )

    def summary_of(count: int, totals: Totals) -> str:
        (total,) = totals
        return _summary(words.statement_summary, count, words.lines, language, total=total)

    return Listing(columns, lines, cells_of, lambda line: (line.amount,), summary_of, empty)


def _month_cell(line: StatementLine, language: Language, words: Phrases) -> str:
    month = format_period(line.month, language)
    if line.days is None:
        return month
    return f"{month} ({counted(line.days, words.days)})"


def _accepted(forms: LineSource, language: Language, words: Phrases) -> Listing:
    columns = (
        Column(words.dossier_heading, 64),
        Column(words.beneficiary_heading, 66),
        Column(words.form_heading, 32),
        Column(words.effective_date_heading, 66),
        Column(words.claimed_heading, 70, numeric=True),
        Column(words.accepted_heading, 74, numeric=True),
        Column(words.reason_heading, 110),
    )

    def cells_of(form: AcceptedForm) -> tuple[str, ...]:
        return (
            form.dossier_number,
            form.beneficiary_ref,
            form.form,
            format_short_date(form.effective_date, language),
            format_number(form.claimed, language),
            format_number(form.accepted, language),
            word(form.partial_reason, language) if form.partial_reason else "",
        )

    def summary_of(count: int, totals: Totals) -> str:
        claimed, accepted = totals
        return _summary(
            words.accepted_summary,
            count,
            words.accepted_forms,
            language,
            claimed=claimed,
            accepted=accepted,
        )

    def amounts_of(form: AcceptedForm) -> Totals:
        return (form.claimed, form.accepted)

    return Listing(columns, forms, cells_of, amounts_of, summary_of, words.no_accepted_forms)


def _refused(forms: LineSource, language: Language, words: Phrases) -> Listing:
    columns = (
        Column(words.dossier_heading, 66),
        Column(words.beneficiary_heading, 68),
        Column(words.form_heading, 34),
        Column(words.effective_date_heading, 66),
        Column(words.claimed_heading, 78, numeric=True),
        Column(words.reason_heading, 170),
    )

    def cells_of(form: RefusedForm) -> tuple[str, ...]:
        return (
            form.dossier_number,
            form.beneficiary_ref,
            form.form,
            format_short_date(form.effective_date, language),
            format_number(form.claimed, language),
            word(form.reason, language),
        )

    def summary_of(count: int, totals: Totals) -> str:
        (claimed,) = totals
        return _summary(
            words.refused_summary, count, words.refused_forms, language, claimed=claimed
        )

    def amounts_of(form: RefusedForm) -> Totals:
        return (form.claimed,)

    return Listing(columns, forms, cells_of, amounts_of, summary_of, words.no_refused_forms)


def _summary(
    template: str, count: int, noun: tuple[str, str], language: Language, **amounts: Decimal
) -> str:
    worded = {name: format_amount(value, language) for name, value in amounts.items()}
    return template.format(count=counted(count, noun), **worded)
