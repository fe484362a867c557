"""Deliberately broken document-due messages, to show that consumers dead-letter them.

Each one is a generated event with one defect, so that the dead letter's reason names exactly
that defect; one is not JSON at all.
"""

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from contracts.events import DocumentDueV1
from contracts.values import DocumentKind

Breaker = Callable[[dict[str, Any]], bytes]


@dataclass(frozen=True)
class MalformedMessage:
    key: str
    body: bytes
    defect: str


def malformed_messages(events: Sequence[DocumentDueV1], count: int) -> list[MalformedMessage]:
    if count <= 0:
        return []

    statement = _first(events, DocumentKind.MONTHLY_STATEMENT)
    accepted = _first(events, DocumentKind.ACCEPTED_FORMS)
    defects: list[tuple[str, DocumentDueV1, Breaker]] = [
        ("refnis-code-four-digits", statement, _shorten_refnis_code),
        ("amount-three-decimals", statement, _give_amount_three_decimals),
        ("not-json", statement, _leave_json),
        ("unknown-legislation", accepted, _name_unknown_legislation),
        ("accepted-above-claimed", accepted, _accept_above_claimed),
        ("document-id-missing", statement, _drop_document_id),
    ]
    return [_break(*defects[index % len(defects)], index) for index in range(count)]


def _first(events: Sequence[DocumentDueV1], kind: DocumentKind) -> DocumentDueV1:
    for event in events:
        if event.kind == kind:
            return event
    raise ValueError(f"broken messages are made from generated ones, and no {kind} was generated")


def _break(defect: str, event: DocumentDueV1, breaker: Breaker, index: int) -> MalformedMessage:
    data = json.loads(event.model_dump_json())
    # A distinct id per copy: were a defect missed, the mailbox would not merge them silently.
    data["document_id"] = f"{event.document_id}-malformed-{index}"

    body = breaker(data)
    return MalformedMessage(key=data.get("refnis_code", ""), body=body, defect=defect)


def _shorten_refnis_code(data: dict[str, Any]) -> bytes:
    data["refnis_code"] = "1234"
    return json.dumps(data).encode()


def _give_amount_three_decimals(data: dict[str, Any]) -> bytes:
    data["content"]["lines"][0]["amount"] = "12.345"
    return json.dumps(data).encode()


def _leave_json(data: dict[str, Any]) -> bytes:
    return f"refnis_code={data['refnis_code']}; document due, not JSON {{".encode()


def _name_unknown_legislation(data: dict[str, Any]) -> bytes:
    data["legislation"] = "pensions"
    return json.dumps(data).encode()


def _accept_above_claimed(data: dict[str, Any]) -> bytes:
    form = data["content"]["forms"][0]
    form["accepted"] = str(Decimal(form["claimed"]) + 1)
    form["partial_reason"] = None
    return json.dumps(data).encode()


def _drop_document_id(data: dict[str, Any]) -> bytes:
    del data["document_id"]
    return json.dumps(data).encode()
