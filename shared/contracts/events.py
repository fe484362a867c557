"""One frozen model per event. A breaking change is a new class and a new topic version."""

from datetime import date, datetime
from enum import StrEnum
from typing import ClassVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from contracts.documents import DocumentContent
from contracts.values import (
    DocumentId,
    DocumentKind,
    EmailAddress,
    IssuerId,
    Language,
    Legislation,
    Period,
    RefnisCode,
    Region,
)


class Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: ClassVar[int]


class CentreRegisteredV1(Event):
    """A centre is known to Personal Pages, with the language it is addressed in."""

    schema_version: ClassVar[int] = 1

    refnis_code: RefnisCode
    name_nl: str = Field(min_length=1, max_length=120)
    name_fr: str = Field(min_length=1, max_length=120)
    region: Region
    language: Language


class CentreSwitchedOverV1(Event):
    """From effective_date on, every document of every legislation goes to the mailbox."""

    schema_version: ClassVar[int] = 1

    refnis_code: RefnisCode
    effective_date: date
    approved_by: str = Field(min_length=1, max_length=120)


class StaffAccessGrantedV1(Event):
    """A centre's security consultant let a staff member open the centre's mailbox."""

    schema_version: ClassVar[int] = 1

    staff_member_id: str = Field(pattern=r"^[a-z0-9-]{8,64}$")
    refnis_code: RefnisCode
    email: EmailAddress
    full_name: str = Field(min_length=1, max_length=120)
    language: Language
    granted_by: str = Field(min_length=1, max_length=120)
    granted_at: AwareDatetime


class StaffAccessRevokedV1(Event):
    """The staff member may no longer open the centre's mailbox, open sessions included."""

    schema_version: ClassVar[int] = 1

    staff_member_id: str = Field(pattern=r"^[a-z0-9-]{8,64}$")
    refnis_code: RefnisCode
    revoked_by: str = Field(min_length=1, max_length=120)
    revoked_at: AwareDatetime


class StaffInvitedV1(Event):
    """The mailbox asks the staff member to set up their sign-in.

    The setup token is a secret: single use, expiring, stored hashed by the mailbox. It travels
    only on the invitation topic, which only the mailbox may write and the notifier read.
    """

    schema_version: ClassVar[int] = 1

    staff_member_id: str = Field(pattern=r"^[a-z0-9-]{8,64}$")
    refnis_code: RefnisCode
    email: EmailAddress
    language: Language
    setup_token: str = Field(min_length=32, max_length=128)
    expires_at: AwareDatetime


class LinkPurpose(StrEnum):
    CONSULTANT_INVITATION = "consultant-invitation"
    CELL_INVITATION = "cell-invitation"
    PASSWORD_RESET = "password-reset"
    APPLICATION_RECEIVED = "application-received"
    INFORMATION_REQUESTED = "information-requested"


class Site(StrEnum):
    """Where a link leads: the enrolment pages or the staff portal."""

    ENROLMENT = "enrolment"
    PORTAL = "portal"


class PersonalLinkIssuedV1(Event):
    """A person is to get an email with a secret, expiring link: {site}{path}?token={token}.

    Like the staff invitation, the token is a secret that only the notifier reads; the issuing
    service stores it hashed. The email says why it was sent and carries nothing else.
    """

    schema_version: ClassVar[int] = 1

    link_id: str = Field(pattern=r"^[a-z0-9-]{8,64}$")
    purpose: LinkPurpose
    email: EmailAddress
    language: Language
    refnis_code: RefnisCode | None = None
    site: Site
    path: str = Field(pattern=r"^/[a-z0-9/-]{0,80}$")
    token: str = Field(min_length=32, max_length=128)
    expires_at: AwareDatetime


class AuditRecordedV1(Event):
    """Something a person did, for the centre's append-only audit trail kept by enrolment."""

    schema_version: ClassVar[int] = 1

    entry_id: str = Field(pattern=r"^[a-z0-9-]{8,64}$")  # the trail's duplicate guard
    at: AwareDatetime
    service: str = Field(pattern=r"^[a-z-]{2,40}$")
    actor: str = Field(min_length=1, max_length=120)
    action: str = Field(pattern=r"^[a-z_]{2,60}$")
    refnis_code: RefnisCode | None = None
    subject: str = Field(max_length=200)
    from_address: str = Field(max_length=64)
    details: dict[str, str] = Field(default_factory=dict, max_length=20)


class DocumentDueV1(Event):
    """A reimbursement service has a document ready for one centre."""

    schema_version: ClassVar[int] = 1

    issuer: IssuerId
    document_id: DocumentId  # the issuer's id: with issuer, the mailbox's duplicate guard
    refnis_code: RefnisCode
    legislation: Legislation
    kind: DocumentKind
    period: Period
    issued_on: date
    content: DocumentContent


class DocumentRenderedV1(Event):
    """The PDF exists in object storage; it travels by reference, never inside a message."""

    schema_version: ClassVar[int] = 1

    issuer: IssuerId
    document_id: DocumentId
    refnis_code: RefnisCode
    legislation: Legislation
    kind: DocumentKind
    period: Period
    issued_on: date
    language: Language
    object_key: str = Field(min_length=1, max_length=512)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size_bytes: int = Field(gt=0)
    page_count: int = Field(gt=0)
    rendered_at: AwareDatetime


class DocumentDeliveredV1(Event):
    """The document is in the centre's mailbox, where its staff can open it."""

    schema_version: ClassVar[int] = 1

    mailbox_document_id: str = Field(pattern=r"^[a-z0-9-]{8,64}$")
    issuer: IssuerId
    document_id: DocumentId
    refnis_code: RefnisCode
    legislation: Legislation
    kind: DocumentKind
    period: Period
    delivered_at: AwareDatetime


class DeadLetterV1(Event):
    """A message a consumer could not use, kept with the reason so an operator can replay it."""

    schema_version: ClassVar[int] = 1

    source_topic: str
    partition: int
    offset: int  # with source_topic and partition: where the original stays, byte for byte
    key: str | None
    payload: str  # the start of the original, as UTF-8 with replacement characters, to read
    payload_size: int
    # The exact original bytes, for a faithful replay, unless too large to carry here: then
    # None, and the replay reads them at their offset in the source topic.
    payload_base64: str | None
    reason: str
    error_type: str
    consumer: str
    failed_at: datetime
