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
