"""A month of documents due from the three reimbursement services, for every centre.

Each centre and legislation draws from its own random stream, seeded by the seed, the month,
the centre and the legislation: a centre's documents do not change when others are added or
left out. Where documents go (mailbox or paper) is not decided here.
"""

import math
from collections.abc import Iterable
from datetime import date
from random import Random

from contracts.documents import DocumentContent
from contracts.events import DocumentDueV1
from contracts.values import DocumentKind, Legislation
from reimbursement_simulator.domain.calendar import gathering_day_after, parse_month
from reimbursement_simulator.domain.centres import Centre, caseload, state_share
from reimbursement_simulator.domain.claims import MonthOfClaims
from reimbursement_simulator.domain.dossiers import open_dossiers
from reimbursement_simulator.domain.legislations import SERVICES, ReimbursementService

LEGALITY_REVIEW_RATE = 0.10
FEWEST_LINES, MOST_LINES = 3, 120

# Short codes in document ids: "2026-11-ms-11002" is November's statement for Antwerpen.
KIND_CODES = {
    DocumentKind.MONTHLY_STATEMENT: "ms",
    DocumentKind.ACCEPTED_FORMS: "af",
    DocumentKind.REFUSED_FORMS: "rf",
    DocumentKind.LEGALITY_LETTER: "ll",
}


def generate_month(centres: Iterable[Centre], month: str, seed: int) -> list[DocumentDueV1]:
    return [
        document
        for centre in centres
        for legislation in Legislation
        for document in generate_centre_documents(centre, legislation, month=month, seed=seed)
    ]


def generate_centre_documents(
    centre: Centre, legislation: Legislation, *, month: str, seed: int
) -> list[DocumentDueV1]:
    service = SERVICES[legislation]
    rng = Random(f"{seed}:{month}:{centre.refnis_code}:{legislation.value}")
    issued_on = gathering_day_after(month)

    beneficiaries = caseload(centre, seed)
    year, _ = parse_month(month)
    dossiers = open_dossiers(rng, year, statement_length(beneficiaries, service))
    claims = MonthOfClaims(rng, service, month, state_share(beneficiaries), dossiers)

    contents = [claims.monthly_statement(), claims.accepted_forms(), claims.refused_forms()]
    if rng.random() < LEGALITY_REVIEW_RATE:
        contents.append(claims.legality_letter(issued_on))

    return [_document_due(centre, service, month, issued_on, content) for content in contents]


def statement_length(beneficiaries: int, service: ReimbursementService) -> int:
    lines = round(math.sqrt(beneficiaries) * service.lines_per_root_of_caseload)
    return max(FEWEST_LINES, min(MOST_LINES, lines))


def _document_due(
    centre: Centre,
    service: ReimbursementService,
    month: str,
    issued_on: date,
    content: DocumentContent,
) -> DocumentDueV1:
    kind = DocumentKind(content.kind)
    return DocumentDueV1(
        issuer=service.issuer,
        document_id=f"{month}-{KIND_CODES[kind]}-{centre.refnis_code}",
        refnis_code=centre.refnis_code,
        legislation=service.legislation,
        kind=kind,
        period=month,
        issued_on=issued_on,
        content=content,
    )
