"""The agency's electronic seal on its PDFs: the local test authority, and checking a seal.

Sealing itself is the renderer's (renderer/sealing.py); checking is here because the portal
shows whether a document's seal verifies. Checking never goes to the network: revocation and
certificates are judged from the trust roots given and what the PDF carries.
"""

import asyncio
import io
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

# The common name says plainly that this seal is worth nothing outside the machine.
LOCAL_SEAL_NAME = "POD MI - SPP IS - ÖPD SI: local test seal"


@dataclass(frozen=True)
class SealFiles:
    """Where a seal's key, certificate and issuing authority are kept, as PEM files."""

    key: Path
    certificate: Path
    authority: Path  # the CA certificate: the chain in the seal, and the trust root to check it

    @classmethod
    def in_folder(cls, folder: Path) -> "SealFiles":
        return cls(folder / "seal-key.pem", folder / "seal.pem", folder / "ca.pem")

    def exist(self) -> bool:
        return self.key.is_file() and self.certificate.is_file() and self.authority.is_file()


# The checkout's var/ folder, git-ignored, where local runs keep their data.
_LOCAL_VAR = Path(__file__).resolve().parents[2] / "var"


class SealSettings(BaseSettings):
    """Where the seal is: production names its files; local runs make a test seal once."""

    model_config = SettingsConfigDict(env_prefix="PP_", extra="ignore")

    seal_key_file: Path | None = None
    seal_certificate_file: Path | None = None
    seal_authority_file: Path | None = None
    seal_key_password: SecretStr | None = None
    # Used only when no seal file is named: never in production, where a missing setting must
    # stop the service rather than seal with a key nobody trusts (PP_SEAL_LOCAL=false).
    seal_local: bool = True
    local_seal_folder: Path = _LOCAL_VAR / "seal"

    def seal_files(self) -> SealFiles:
        named = (self.seal_key_file, self.seal_certificate_file, self.seal_authority_file)
        if all(named):
            return SealFiles(*named)
        if any(named) or not self.seal_local:
            raise ValueError(
                "seal: set PP_SEAL_KEY_FILE, PP_SEAL_CERTIFICATE_FILE and PP_SEAL_AUTHORITY_FILE"
            )
        return make_local_seal(self.local_seal_folder)

    def key_password(self) -> bytes | None:
        if self.seal_key_password is None:
            return None
        return self.seal_key_password.get_secret_value().encode()


@dataclass(frozen=True)
class SealVerdict:
    """What checking a PDF's seal found; `verifies` is the one answer a person needs."""

    sealed: bool
    intact: bool  # the sealed bytes have not changed
    trusted: bool  # the seal's certificate chains to a trusted authority
    whole_file: bool  # the seal covers the whole file: nothing was added after it
    sealed_by: str | None = None
    sealed_at: datetime | None = None
    problem: str | None = None

    @property
    def verifies(self) -> bool:
        return self.sealed and self.intact and self.trusted and self.whole_file


def verify_seal(pdf: bytes, trust_roots: Sequence[bytes]) -> SealVerdict:
    """Checks the seal of a PDF against trusted authority certificates (PEM or DER).

    For code that runs no event loop; services (the portal) await verify_seal_async.
    """
    return asyncio.run(verify_seal_async(pdf, trust_roots))


async def verify_seal_async(pdf: bytes, trust_roots: Sequence[bytes]) -> SealVerdict:
    """verify_seal for a running event loop: pyHanko's checking is itself asynchronous."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception as error:  # noqa: BLE001 (a damaged file is a verdict, not a crash)
        return _refused(f"unreadable PDF: {error}")
    if len(signatures) != 1:
        return _refused(f"expected one seal, found {len(signatures)}")

    context = ValidationContext(
        trust_roots=[_certificate(root) for root in trust_roots],
        allow_fetching=False,
        # The seal certificates carry no revocation service; production's would, and the
        # archive check then needs a fetching context: not built until a real CA is chosen.
        revocation_mode="soft-fail",
    )
    try:
        status = await async_validate_pdf_signature(signatures[0], context)
    except Exception as error:  # noqa: BLE001 (a malformed seal is a verdict, not a crash)
        return _refused(f"seal cannot be checked: {error}")

    return SealVerdict(
        sealed=True,
        intact=status.intact and status.valid,
        trusted=status.trusted,
        whole_file=status.coverage.name == "ENTIRE_FILE",
        sealed_by=status.signing_cert.subject.human_friendly,
        sealed_at=status.signer_reported_dt,
    )


def _refused(problem: str) -> SealVerdict:
    return SealVerdict(sealed=False, intact=False, trusted=False, whole_file=False, problem=problem)


def _certificate(data: bytes) -> asn1_x509.Certificate:
    if pem.detect(data):
        _, _, data = pem.unarmor(data)
    return asn1_x509.Certificate.load(data)


def make_local_seal(folder: Path, *, now: datetime | None = None) -> SealFiles:
    """A test authority and a seal certificate it issued, written once into folder.

    For local runs and tests only: production reads a real seal from configuration. Existing
    files are kept, so every service on this machine trusts the same local authority.
    """
    files = SealFiles.in_folder(folder)
    if files.exist():
        return files

    start = (now or datetime.now(UTC)) - timedelta(days=1)
    authority_key = ec.generate_private_key(ec.SECP256R1())
    authority = _authority_certificate(authority_key, start)
    seal_key = ec.generate_private_key(ec.SECP256R1())
    seal = _seal_certificate(seal_key, authority, authority_key, start)

    # Written aside and renamed into place: two services starting at once never mix the files
    # of two authorities; the one that loses the race uses the winner's.
    folder.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".seal-", dir=folder.parent))
    written = SealFiles.in_folder(scratch)
    _write_private(written.key, seal_key)
    written.certificate.write_bytes(seal.public_bytes(serialization.Encoding.PEM))
    written.authority.write_bytes(authority.public_bytes(serialization.Encoding.PEM))
    try:
        scratch.rename(folder)
    except OSError:
        shutil.rmtree(scratch)
    return files


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Personal Pages (local test)"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _authority_certificate(key: ec.EllipticCurvePrivateKey, start: datetime) -> x509.Certificate:
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(_name("Personal Pages local test authority"))
        .issuer_name(_name("Personal Pages local test authority"))
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )


def _seal_certificate(
    key: ec.EllipticCurvePrivateKey,
    authority: x509.Certificate,
    authority_key: ec.EllipticCurvePrivateKey,
    start: datetime,
) -> x509.Certificate:
    authority_id = x509.AuthorityKeyIdentifier.from_issuer_public_key(authority_key.public_key())
    return (
        x509.CertificateBuilder()
        .subject_name(_name(LOCAL_SEAL_NAME))
        .issuer_name(authority.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=3 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(cert_sign=False), critical=True)
        .add_extension(authority_id, critical=False)
        .sign(authority_key, hashes.SHA256())
    )


def _usage(*, cert_sign: bool) -> x509.KeyUsage:
    # A seal signs documents (digital signature, non-repudiation); the authority signs certificates.
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=not cert_sign,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _write_private(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    pem_bytes = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.touch(mode=0o600)
    path.write_bytes(pem_bytes)
