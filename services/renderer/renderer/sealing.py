"""The agency's PAdES seal (baseline B-B) on each rendered PDF.

pyHanko builds the seal's CMS structure once, when the sealer is made: the signed attributes of
a PAdES seal (content type, message digest, signing certificate) are the same for every
document but for the 32 bytes of the digest. Sealing a document then hashes it, puts its digest
in that structure, signs the attributes and writes the result into the room the renderer kept
(domain/seal_field.py). A straightforward pyHanko seal took over 20 ms a document, nine tenths
of it in re-encoding the same ASN.1 structures; this takes well under one.
"""

import asyncio
import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

from asn1crypto import cms, keys, pem
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from pyhanko.sign.signers import SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore
from servicekit.seals import SealFiles

from renderer.domain.seal_field import (
    BYTE_RANGE_PLACEHOLDER,
    CONTENTS_PLACEHOLDER,
    TIME_PLACEHOLDER,
)

# Stands in for the digest while pyHanko builds the structure; found again by its bytes.
_PROBE_DIGEST = bytes(range(0x40, 0x60))


class SealError(RuntimeError):
    """The PDF has no room for a seal, or the seal does not fit in it."""


@dataclass(frozen=True)
class _Template:
    """The CMS structure cut where the per-document bytes go."""

    signed_data_fields: bytes  # everything of SignedData before its signer infos
    signer_info_head: bytes  # version, signer id, digest algorithm
    attributes_before: bytes  # the signed attributes, [0]-tagged, up to the digest
    attributes_after: bytes
    signature_algorithm: bytes


class Sealer:
    """Seals PDFs with one key and certificate chain."""

    def __init__(
        self,
        key_pem: bytes,
        certificate_pem: bytes,
        chain_pems: tuple[bytes, ...] = (),
        password: bytes | None = None,
    ) -> None:
        self._key = serialization.load_pem_private_key(key_pem, password)
        certificate = _certificate(certificate_pem)
        chain = [_certificate(pem) for pem in chain_pems]
        self.signer_name = certificate.subject.human_friendly

        signer = SimpleSigner(
            signing_cert=certificate,
            signing_key=keys.PrivateKeyInfo.load(
                self._key.private_bytes(
                    serialization.Encoding.DER,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            ),
            cert_registry=SimpleCertificateStore.from_certs([certificate, *chain]),
        )
        self._template = _template(signer)

    @classmethod
    def from_files(cls, files: SealFiles, password: bytes | None = None) -> "Sealer":
        chain = (files.authority.read_bytes(),)
        return cls(files.key.read_bytes(), files.certificate.read_bytes(), chain, password)

    def seal(self, pdf: bytes, sealed_at: datetime) -> bytes:
        """The same PDF with its seal filled in; sealed_at is the seal's time (/M)."""
        sealed = bytearray(pdf)
        contents_at = _only(sealed, CONTENTS_PLACEHOLDER, "seal contents")
        contents_end = contents_at + len(CONTENTS_PLACEHOLDER)

        _fill(sealed, TIME_PLACEHOLDER, _pdf_time(sealed_at), "seal time")
        byte_range = f"[0 {contents_at} {contents_end} {len(sealed) - contents_end}]".encode()
        _fill(sealed, BYTE_RANGE_PLACEHOLDER, byte_range.ljust(len(BYTE_RANGE_PLACEHOLDER)))

        view = memoryview(sealed)
        digest = hashlib.sha256(view[:contents_at])
        digest.update(view[contents_end:])
        signature = self._cms(digest.digest()).hex().encode()

        room = len(CONTENTS_PLACEHOLDER) - 2
        if len(signature) > room:
            raise SealError(f"seal of {len(signature) // 2} bytes exceeds the room of {room // 2}")
        sealed[contents_at + 1 : contents_at + 1 + len(signature)] = signature
        return bytes(sealed)

    def _cms(self, digest: bytes) -> bytes:
        template = self._template
        attributes = template.attributes_before + digest + template.attributes_after
        # The signature covers the attributes as a SET (tag 0x31), not as the [0] they travel in.
        signature = self._sign(b"\x31" + attributes[1:])

        signer_info = _der(
            0x30,
            template.signer_info_head
            + attributes
            + template.signature_algorithm
            + _der(0x04, signature),
        )
        signed_data = _der(0x30, template.signed_data_fields + _der(0x31, signer_info))
        return _der(0x30, _SIGNED_DATA_OID + _der(0xA0, signed_data))

    def _sign(self, data: bytes) -> bytes:
        if isinstance(self._key, ec.EllipticCurvePrivateKey):
            return self._key.sign(data, ec.ECDSA(hashes.SHA256()))
        if isinstance(self._key, rsa.RSAPrivateKey):
            return self._key.sign(data, padding.PKCS1v15(), hashes.SHA256())
        raise SealError(f"unsupported seal key {type(self._key).__name__}")


_SIGNED_DATA_OID = cms.ContentType("signed_data").dump()


def _template(signer: SimpleSigner) -> _Template:
    content_info = _run(signer.async_sign(_PROBE_DIGEST, "sha256", use_pades=True))
    signed_data = content_info["content"]
    (signer_info,) = signed_data["signer_infos"]

    attributes = signer_info["signed_attrs"].dump()
    before, probe, after = attributes.partition(_PROBE_DIGEST)
    if not probe or _PROBE_DIGEST in after:
        raise SealError("the message digest is not found once in pyHanko's signed attributes")

    return _Template(
        signed_data_fields=_fields(signed_data, skip="signer_infos"),
        signer_info_head=b"".join(
            signer_info[name].dump() for name in ("version", "sid", "digest_algorithm")
        ),
        attributes_before=before,
        attributes_after=after,
        signature_algorithm=signer_info["signature_algorithm"].dump(),
    )


def _run(coroutine):
    """Runs pyHanko's coroutine to its end, also when the caller is inside an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


def _fields(sequence: cms.SignedData, *, skip: str) -> bytes:
    # Absent optional fields (crls) dump to nothing.
    names = [field[0] for field in sequence._fields if field[0] != skip]
    return b"".join(sequence[name].dump() for name in names)


def _der(tag: int, content: bytes) -> bytes:
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    length = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(length)]) + length + content


def _certificate(pem_bytes: bytes) -> asn1_x509.Certificate:
    _, _, der = pem.unarmor(pem_bytes)
    return asn1_x509.Certificate.load(der)


def _pdf_time(moment: datetime) -> bytes:
    return f"(D:{moment.astimezone(UTC):%Y%m%d%H%M%S}Z)".encode()


def _only(data: bytearray, placeholder: bytes, what: str) -> int:
    at = data.find(placeholder)
    if at < 0 or data.find(placeholder, at + 1) >= 0:
        raise SealError(f"{what}: the PDF has no single room for a seal")
    return at


def _fill(data: bytearray, placeholder: bytes, value: bytes, what: str = "seal range") -> None:
    at = _only(data, placeholder, what)
    data[at : at + len(placeholder)] = value
