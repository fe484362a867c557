import pytest
from pydantic import ValidationError

from contracts.events import DocumentDueV1
from reimbursement_simulator.malformed import malformed_messages

DEFECTS = {
    "refnis-code-four-digits",
    "amount-three-decimals",
    "not-json",
    "unknown-legislation",
    "accepted-above-claimed",
    "document-id-missing",
}


def test_every_kind_of_defect_is_produced(full_month: list[DocumentDueV1]) -> None:
    messages = malformed_messages(full_month, 12)

    assert len(messages) == 12
    assert {message.defect for message in messages} == DEFECTS


def test_every_malformed_message_fails_validation(full_month: list[DocumentDueV1]) -> None:
    for message in malformed_messages(full_month, 12):
        with pytest.raises(ValidationError):
            DocumentDueV1.model_validate_json(message.body)


def test_each_defect_is_the_one_the_validator_names(full_month: list[DocumentDueV1]) -> None:
    expected_location = {
        "refnis-code-four-digits": ("refnis_code",),
        "amount-three-decimals": ("content", "monthly-statement", "lines", 0, "amount"),
        "unknown-legislation": ("legislation",),
        "accepted-above-claimed": ("content", "accepted-forms", "forms", 0),
        "document-id-missing": ("document_id",),
    }

    for message in malformed_messages(full_month, 6):
        if message.defect == "not-json":
            continue
        with pytest.raises(ValidationError) as error:
            DocumentDueV1.model_validate_json(message.body)
        locations = [problem["loc"] for problem in error.value.errors()]
        assert locations == [expected_location[message.defect]], message.defect


def test_malformed_messages_are_keyed_like_real_ones(full_month: list[DocumentDueV1]) -> None:
    keys = {message.defect: message.key for message in malformed_messages(full_month, 6)}

    assert keys["refnis-code-four-digits"] == "1234"
    assert keys["not-json"] == full_month[0].refnis_code


def test_no_broken_message_without_a_generated_one() -> None:
    assert malformed_messages([], 0) == []
    with pytest.raises(ValueError, match="no monthly-statement"):
        malformed_messages([], 1)
