from collections import Counter
from datetime import date
from decimal import Decimal

from contracts.events import DocumentDueV1
from contracts.values import DocumentKind, Legislation
from reimbursement_simulator.domain import Centre, generate_centre_documents, generate_month
from reimbursement_simulator.domain.centres import caseload

EVERY_MONTH_KINDS = {
    DocumentKind.MONTHLY_STATEMENT,
    DocumentKind.ACCEPTED_FORMS,
    DocumentKind.REFUSED_FORMS,
}


def _dumps(events: list[DocumentDueV1]) -> list[str]:
    return [event.model_dump_json() for event in events]


def _amounts(event: DocumentDueV1) -> list[Decimal]:
    content = event.content
    if event.kind == DocumentKind.LEGALITY_LETTER:
        return [content.amount_concerned]
    if event.kind == DocumentKind.MONTHLY_STATEMENT:
        return [line.amount for line in content.lines]
    return [form.claimed for form in content.forms] + [
        form.accepted for form in content.forms if event.kind == DocumentKind.ACCEPTED_FORMS
    ]


def test_same_month_and_seed_give_identical_events(
    month: str, seed: int, centres: list[Centre]
) -> None:
    some = centres[:40]

    assert _dumps(generate_month(some, month, seed)) == _dumps(generate_month(some, month, seed))


def test_another_seed_or_month_gives_other_events(
    month: str, seed: int, centres: list[Centre]
) -> None:
    some = centres[:40]
    first = _dumps(generate_month(some, month, seed))

    assert first != _dumps(generate_month(some, month, seed + 1))
    assert first != _dumps(generate_month(some, "2026-12", seed))


def test_a_centre_documents_do_not_depend_on_the_other_centres(
    month: str, seed: int, centres: list[Centre]
) -> None:
    gent = next(centre for centre in centres if centre.refnis_code == "44021")

    alone = generate_month([gent], month, seed)
    among_all = [
        event
        for event in generate_month(centres[:300], month, seed)
        if event.refnis_code == "44021"
    ]

    assert _dumps(alone) == _dumps(among_all)


def test_every_centre_gets_the_three_monthly_documents_per_legislation(
    centres: list[Centre], full_month: list[DocumentDueV1]
) -> None:
    sent = Counter((e.refnis_code, e.legislation, e.kind) for e in full_month)

    for centre in centres:
        for legislation in Legislation:
            for kind in EVERY_MONTH_KINDS:
                assert sent[(centre.refnis_code, legislation, kind)] == 1, (centre, legislation)


def test_about_one_centre_in_ten_gets_a_legality_letter_per_legislation(
    centres: list[Centre], full_month: list[DocumentDueV1]
) -> None:
    letters = Counter(e.legislation for e in full_month if e.kind == DocumentKind.LEGALITY_LETTER)

    for legislation in Legislation:
        assert 0.05 * len(centres) < letters[legislation] < 0.15 * len(centres)


def test_the_month_holds_five_to_six_thousand_documents(full_month: list[DocumentDueV1]) -> None:
    assert 5_000 <= len(full_month) <= 6_000


def test_document_ids_are_unique_per_issuer(full_month: list[DocumentDueV1]) -> None:
    ids = Counter((event.issuer, event.document_id) for event in full_month)

    assert ids.most_common(1)[0][1] == 1
    assert {event.issuer for event in full_month} == {
        "ris-social-integration",
        "ris-aid-1965",
        "ris-maintenance-advances",
    }


def test_every_event_survives_json_and_stays_far_below_a_megabyte(
    full_month: list[DocumentDueV1],
) -> None:
    for event in full_month:
        serialized = event.model_dump_json()

        assert DocumentDueV1.model_validate_json(serialized) == event
        assert len(serialized.encode()) < 1_000_000


def test_amounts_have_exactly_two_decimals(full_month: list[DocumentDueV1]) -> None:
    for event in full_month:
        for amount in _amounts(event):
            assert isinstance(amount, Decimal)
            assert amount.as_tuple().exponent == -2, (event.document_id, amount)


def test_partial_acceptances_give_a_reason_and_accept_less(
    full_month: list[DocumentDueV1],
) -> None:
    forms = [
        form
        for event in full_month
        if event.kind == DocumentKind.ACCEPTED_FORMS
        for form in event.content.forms
    ]
    partial = [form for form in forms if form.partial_reason is not None]

    assert len(partial) > 100
    assert all(form.accepted < form.claimed for form in partial)
    assert all(form.accepted == form.claimed for form in forms if form.partial_reason is None)


def test_refusals_carry_a_reason_and_some_lists_are_empty(
    full_month: list[DocumentDueV1],
) -> None:
    lists = [
        event.content.forms for event in full_month if event.kind == DocumentKind.REFUSED_FORMS
    ]

    assert any(len(forms) == 0 for forms in lists)
    assert sum(len(forms) for forms in lists) > 500
    assert all(form.reason for forms in lists for form in forms)


def test_forms_and_categories_match_their_legislation(
    month: str, seed: int, full_month: list[DocumentDueV1]
) -> None:
    allowed = {
        Legislation.SOCIAL_INTEGRATION: {"B", "C", "D"},
        Legislation.AID_1965: {"A", "B1", "B2", "C", "D1", "D2", "F"},
        Legislation.MAINTENANCE_ADVANCES: {"A", "B"},
    }
    used: dict[Legislation, set[str]] = {legislation: set() for legislation in Legislation}

    for event in full_month:
        if event.kind == DocumentKind.LEGALITY_LETTER:
            continue
        rows = (
            event.content.lines
            if event.kind == DocumentKind.MONTHLY_STATEMENT
            else event.content.forms
        )
        used[event.legislation] |= {row.form for row in rows}

    assert used == allowed


def test_documents_are_issued_on_the_first_sunday_of_the_next_month(
    month: str, full_month: list[DocumentDueV1]
) -> None:
    assert {event.issued_on for event in full_month} == {date(2026, 12, 6)}
    assert {event.period for event in full_month} == {month}


def test_big_cities_get_longer_statements_than_villages(
    month: str, seed: int, centres: list[Centre]
) -> None:
    by_refnis = {centre.refnis_code: centre for centre in centres}
    antwerpen, herstappe = by_refnis["11002"], by_refnis["73028"]

    def statement_lines(centre: Centre) -> int:
        documents = generate_centre_documents(
            centre, Legislation.SOCIAL_INTEGRATION, month=month, seed=seed
        )
        return len(documents[0].content.lines)

    assert caseload(antwerpen, seed) > 10 * caseload(herstappe, seed)
    assert statement_lines(antwerpen) > 60
    assert 3 <= statement_lines(herstappe) < 20


def test_beneficiaries_are_pseudonymous(
    month: str, seed: int, full_month: list[DocumentDueV1]
) -> None:
    statement = next(e for e in full_month if e.kind == DocumentKind.MONTHLY_STATEMENT)

    for line in statement.content.lines:
        assert line.beneficiary_ref.startswith("BEN-") and len(line.beneficiary_ref) == 10
        assert line.dossier_number[4] == "/" and len(line.dossier_number) == 11
