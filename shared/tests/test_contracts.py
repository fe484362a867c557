import json
from decimal import Decimal
from pathlib import Path

import pytest
from contracts.documents import AcceptedForm
from contracts.events import DocumentDueV1
from contracts.topics import ALL_TOPICS
from pydantic import ValidationError

SAMPLES = Path(__file__).parent / "samples"


@pytest.mark.parametrize("topic", ALL_TOPICS, ids=lambda topic: topic.name)
def test_every_topic_has_a_sample_payload_that_still_parses(topic):
    sample = json.loads((SAMPLES / f"{topic.name}.json").read_text())

    event = topic.event.model_validate(sample)

    assert topic.name.endswith(f".v{event.schema_version}")


def test_amounts_travel_as_exact_decimal_strings():
    sample = json.loads((SAMPLES / "document-due.v1.json").read_text())

    event = DocumentDueV1.model_validate(sample)
    wire = json.loads(event.model_dump_json())

    assert event.content.forms[1].accepted == Decimal("300.00")
    assert wire["content"]["forms"][1]["accepted"] == "300.00"


def test_an_amount_with_three_decimals_is_refused():
    sample = json.loads((SAMPLES / "document-due.v1.json").read_text())
    sample["content"]["forms"][0]["claimed"] = "12.345"

    with pytest.raises(ValidationError, match="claimed"):
        DocumentDueV1.model_validate(sample)


def test_a_partial_acceptance_needs_its_reason():
    form = dict(
        dossier_number="2026/1",
        beneficiary_ref="BEN-0001",
        form="B",
        effective_date="2026-11-01",
        claimed="100.00",
        accepted="50.00",
    )

    with pytest.raises(ValidationError, match="partial_reason"):
        AcceptedForm.model_validate(form)
    assert AcceptedForm.model_validate({**form, "partial_reason": "ceiling-applied"})


def test_events_are_frozen():
    sample = json.loads((SAMPLES / "centre-switched-over.v1.json").read_text())
    event = ALL_TOPICS[1].event.model_validate(sample)

    with pytest.raises(ValidationError):
        event.refnis_code = "11002"


def test_every_kind_and_legislation_has_a_short_name_in_every_language():
    from contracts.names import KIND_NAMES, LEGISLATION_NAMES
    from contracts.values import DocumentKind, Language, Legislation

    for language in Language:
        assert set(KIND_NAMES[language]) == set(DocumentKind)
        assert set(LEGISLATION_NAMES[language]) == set(Legislation)
        assert all(KIND_NAMES[language].values()) and all(LEGISLATION_NAMES[language].values())


def test_an_annual_settlement_names_its_large_annex_by_reference():
    sample = json.loads((SAMPLES / "document-due.v1.annual-settlement-annex.json").read_text())

    event = DocumentDueV1.model_validate(sample)

    assert event.content.lines == ()
    assert event.content.annex.line_count == 40_000
    assert event.content.annex.total == Decimal("31250417.85")


def test_a_settlement_with_lines_both_in_the_event_and_in_an_annex_is_refused():
    sample = json.loads((SAMPLES / "document-due.v1.annual-settlement-annex.json").read_text())
    line = {
        "dossier_number": "2026/000001",
        "beneficiary_ref": "BEN-0001",
        "form": "B",
        "category": "integration-income",
        "month": "2026-03",
        "amount": "10.00",
    }
    sample["content"]["lines"] = [line]

    with pytest.raises(ValidationError, match="either in the event or in the annex"):
        DocumentDueV1.model_validate(sample)


def test_a_statement_line_with_a_negative_count_of_days_is_refused_naming_the_field():
    sample = json.loads((SAMPLES / "document-due.v1.annual-settlement-annex.json").read_text())
    sample["content"] = {
        "kind": "annual-settlement",
        "lines": [
            {
                "dossier_number": "2026/000001",
                "beneficiary_ref": "BEN-0001",
                "form": "B",
                "category": "integration-income",
                "month": "2026-03",
                "amount": "10.00",
                "days": -3,
            }
        ],
    }

    with pytest.raises(ValidationError, match=r"lines\.0\.days\s+Input should be greater"):
        DocumentDueV1.model_validate(sample)


def test_an_unknown_kind_is_refused_naming_the_kinds_there_are():
    sample = json.loads((SAMPLES / "document-due.v1.json").read_text())
    sample["kind"] = "quarterly-statement"

    with pytest.raises(ValidationError, match=r"kind\s+Input should be 'monthly-statement'"):
        DocumentDueV1.model_validate(sample)
