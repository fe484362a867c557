"""The same event renders the same document: a replay can never change what a centre holds."""

import hashlib
import re
from datetime import UTC, datetime

from contracts.values import Language
from due_documents import ADDRESSEES, every_kind_and_legislation, legality_letter
from renderer.domain import render_document

_SEAL_TIME = re.compile(rb"/M \(D:\d{14}Z\)")
_SEAL_CONTENTS = re.compile(rb"/Contents <[0-9a-f]+>")


def test_every_document_renders_to_the_same_bytes_twice() -> None:
    for due in every_kind_and_legislation().values():
        first = render_document(due, ADDRESSEES[Language.FRENCH]).data
        second = render_document(due, ADDRESSEES[Language.FRENCH]).data

        assert first == second, due.document_id


def test_sealed_twice_the_documents_differ_only_in_the_seal_and_its_time(sealer) -> None:
    pdf = render_document(legality_letter(), ADDRESSEES[Language.DUTCH]).data

    morning = sealer.seal(pdf, datetime(2026, 12, 6, 7, 0, tzinfo=UTC))
    evening = sealer.seal(pdf, datetime(2026, 12, 6, 19, 0, tzinfo=UTC))

    assert morning != evening
    assert _without_seal(morning) == _without_seal(evening)


def test_the_pdf_identity_and_dates_come_from_the_event() -> None:
    due = legality_letter()
    pdf = render_document(due, ADDRESSEES[Language.GERMAN]).data

    key = f"{due.issuer}/{due.document_id}".encode()
    digest = hashlib.md5(key, usedforsecurity=False).hexdigest().encode()
    assert b"/ID \n[<" + digest + b"><" + digest + b">]" in pdf
    assert b"/CreationDate (D:20261203000000+01'00')" in pdf
    assert b"<xmp:CreateDate>2026-12-03T00:00:00+01:00</xmp:CreateDate>" in pdf


def _without_seal(pdf: bytes) -> bytes:
    return _SEAL_CONTENTS.sub(b"", _SEAL_TIME.sub(b"", pdf))
