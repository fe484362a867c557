"""What the top and foot of every page say: who writes, to whom, about what."""

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from contracts.centres import centre_designation
from contracts.events import DocumentDueV1
from contracts.names import ISSUER_NAMES
from contracts.values import DocumentKind, Language

from renderer.domain.formatting import format_date, format_period
from renderer.domain.phrases import phrases
from renderer.domain.refusals import MissingTranslationError, UnknownIssuerError
from renderer.domain.wording import word

BRUSSELS = ZoneInfo("Europe/Brussels")


@dataclass(frozen=True)
class Addressee:
    """The centre, as the renderer knows it from centre-registered events."""

    refnis_code: str
    name: str  # the municipality's name in the centre's language
    language: Language


@dataclass(frozen=True)
class Heading:
    agency: str
    agency_address: str
    issuer_name: str  # the reimbursement service that issues the document
    references: tuple[tuple[str, str], ...]  # (label, value) under the agency's name
    designation: str
    refnis: str
    postal_address: tuple[str, ...]  # the lines that show through the envelope's window
    title: str
    legislation: str
    period_words: str
    period_line: str
    page_of: str  # with {page} and {pages} to fill in
    footer_reference: str
    document_key: str  # the issuer's id and the document's: unique, never shown
    language: Language
    issued_at: datetime  # the issue date at midnight in Brussels: the PDF's creation date

    @property
    def running_title(self) -> str:
        return f"{self.title} · {self.period_words}"


def heading_of(due: DocumentDueV1, addressee: Addressee) -> Heading:
    language = addressee.language
    words = phrases(language)

    period = format_period(due.period, language)
    is_annual = due.kind is DocumentKind.ANNUAL_SETTLEMENT
    period_line = words.year_line if is_annual else words.period_line

    designation = centre_designation(addressee.name, language)
    issuer = issuer_name(due.issuer, language)
    return Heading(
        agency=words.agency,
        agency_address=words.agency_address,
        issuer_name=issuer,
        references=(
            (words.issuer_label, issuer),
            (words.reference_label, due.document_id),
            (words.date_label, format_date(due.issued_on, language)),
        ),
        designation=designation,
        refnis=f"REFNIS {addressee.refnis_code}",
        postal_address=_postal_address(designation, addressee, language),
        title=word(due.kind, language),
        legislation=word(due.legislation, language),
        period_words=period,
        period_line=period_line.format(period=period),
        page_of=words.page_of,
        footer_reference=due.document_id,
        document_key=f"{due.issuer}/{due.document_id}",
        language=language,
        issued_at=datetime.combine(due.issued_on, time(0), BRUSSELS),
    )


def issuer_name(issuer: str, language: Language) -> str:
    """The reimbursement service's name, as the document signs it, in the language."""
    names = ISSUER_NAMES.get(issuer)
    if names is None:
        raise UnknownIssuerError(f"issuer: no name is known for {issuer!r} (contracts/names.py)")
    if language not in names:
        raise MissingTranslationError(f"issuer: no {language.value} name for {issuer!r}")
    return names[language]


def _postal_address(designation: str, addressee: Addressee, language: Language) -> tuple[str, ...]:
    """The same PDF goes by post or to the mailbox, so every one carries the postal address.

    Known shortcoming: the registry the centres come from has neither street nor postal code, so
    the address ends with the municipality's name alone and a print provider could not post it
    as it is. In production the renderer reads the centre's street, number and postal code from
    the agency's address register and prints "<postal code> <municipality>" on that line.
    """
    words = phrases(language)
    return (designation, words.attention, addressee.name, words.country)
