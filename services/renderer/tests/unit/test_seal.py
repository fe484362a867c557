"""The agency's seal: it verifies, and a document changed by one byte no longer does."""

from datetime import UTC, datetime

import pytest
from contracts.values import Language
from due_documents import ADDRESSEES, legality_letter, long_statement
from renderer.domain import render_document
from renderer.sealing import SealError
from servicekit.seals import LOCAL_SEAL_NAME, make_local_seal, verify_seal

SEALED_AT = datetime(2026, 12, 6, 7, 30, tzinfo=UTC)


def sealed_statement(sealer) -> bytes:
    pdf = render_document(long_statement(80), ADDRESSEES[Language.DUTCH])
    return sealer.seal(pdf.data, SEALED_AT)


def test_a_sealed_document_verifies_with_its_time_and_sealer(sealer, trust_roots) -> None:
    verdict = verify_seal(sealed_statement(sealer), trust_roots)

    assert verdict.verifies, verdict
    assert verdict.sealed_at == SEALED_AT
    assert LOCAL_SEAL_NAME in verdict.sealed_by


@pytest.mark.parametrize("where", [0.05, 0.3, 0.6, 0.99])
def test_a_copy_changed_by_one_byte_does_not_verify(sealer, trust_roots, where: float) -> None:
    tampered = bytearray(sealed_statement(sealer))
    # Away from the seal's own bytes, which the digest does not cover by design.
    position = int(len(tampered) * where)
    tampered[position] ^= 0x01

    verdict = verify_seal(bytes(tampered), trust_roots)

    assert not verdict.verifies, verdict


def test_a_seal_from_another_authority_is_not_trusted(sealer, tmp_path) -> None:
    stranger = make_local_seal(tmp_path / "stranger")

    verdict = verify_seal(sealed_statement(sealer), [stranger.authority.read_bytes()])

    assert verdict.intact
    assert not verdict.trusted
    assert not verdict.verifies


def test_an_unsealed_document_does_not_verify(trust_roots) -> None:
    pdf = render_document(legality_letter(), ADDRESSEES[Language.FRENCH]).data

    verdict = verify_seal(pdf, trust_roots)

    assert not verdict.verifies


def test_a_file_that_is_no_pdf_is_a_verdict_not_a_crash(trust_roots) -> None:
    verdict = verify_seal(b"not a pdf at all", trust_roots)

    assert not verdict.sealed
    assert verdict.problem


def test_a_pdf_without_room_for_a_seal_is_refused(sealer) -> None:
    with pytest.raises(SealError, match="no single room"):
        sealer.seal(b"%PDF-1.4\n%%EOF\n", SEALED_AT)


async def test_a_sealer_can_be_made_inside_an_event_loop(seal_files, trust_roots) -> None:
    from renderer.sealing import Sealer
    from servicekit.seals import verify_seal_async

    sealer = Sealer.from_files(seal_files)
    pdf = render_document(legality_letter(), ADDRESSEES[Language.GERMAN]).data

    verdict = await verify_seal_async(sealer.seal(pdf, SEALED_AT), trust_roots)

    assert verdict.verifies
