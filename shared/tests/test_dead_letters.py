import json

import pytest
from pydantic import BaseModel, ValidationError
from servicekit.messaging import describe_invalid


class Sample(BaseModel):
    refnis_code: str
    amount: int


def _error(body: bytes) -> ValidationError:
    # FastStream validates the handler's arguments; the first location is the parameter name.
    class Arguments(BaseModel):
        event: Sample

    with pytest.raises(ValidationError) as caught:
        Arguments.model_validate({"event": json.loads(body)})
    return caught.value


def test_the_reason_names_the_field_and_the_value():
    body = b'{"refnis_code": "11002", "amount": "many"}'

    reason = describe_invalid(_error(body), body)

    assert reason.startswith("amount: ")
    assert '"many"' in reason


def test_a_payload_that_is_not_json_is_called_so():
    error = _error(b'{"refnis_code": "1", "amount": "x"}')

    reason = describe_invalid(error, b'{"refnis_code": ')

    assert reason.startswith("payload is not JSON")


def test_json_nested_too_deeply_is_named_so_rather_than_retried():
    body = b"[" * 100_000 + b"]" * 100_000

    reason = describe_invalid(_error(b'{"refnis_code": "1", "amount": "x"}'), body)

    assert reason == "payload is not usable JSON: nested too deeply"


async def test_a_dead_letter_fits_in_a_message_whatever_the_size_of_the_original():
    from types import SimpleNamespace

    from servicekit.messaging import PAYLOAD_EXCERPT, DeadLetterOffice
    from servicekit.settings import ServiceSettings

    sent = []
    office = DeadLetterOffice("renderer", ServiceSettings())
    office.broker = SimpleNamespace(publish=lambda letter, **where: _record(sent, letter))
    huge = SimpleNamespace(
        topic="document-due.v1", partition=0, offset=888, key=b"11002", value=b"\xff" * 900_000
    )

    await office.file(huge, "invalid-event", "payload is not JSON")

    letter = sent[0]
    assert letter.payload_base64 is None and letter.payload_size == 900_000
    assert len(letter.payload) == PAYLOAD_EXCERPT
    assert len(letter.model_dump_json()) < 20_000


async def _record(sent: list, letter) -> None:
    sent.append(letter)
