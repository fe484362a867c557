"""Events as the other services would send them, with invented but valid values."""

from datetime import UTC, datetime, timedelta

from contracts.events import (
    CentreRegisteredV1,
    DocumentDeliveredV1,
    PersonalLinkIssuedV1,
    StaffAccessGrantedV1,
    StaffAccessRevokedV1,
    StaffInvitedV1,
)

NOON = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
GHENT = "44021"


def centre_registered(refnis_code: str = GHENT, **changes) -> CentreRegisteredV1:
    fields = {
        "refnis_code": refnis_code,
        "name_nl": "OCMW Gent",
        "name_fr": "CPAS de Gand",
        "region": "flanders",
        "language": "nl",
    }
    return CentreRegisteredV1(**{**fields, **changes})


def access_granted(staff_member_id: str = "staff-0001", **changes) -> StaffAccessGrantedV1:
    fields = {
        "staff_member_id": staff_member_id,
        "refnis_code": GHENT,
        "email": f"{staff_member_id}@ocmw.example",
        "full_name": "Invented Staff Member",
        "language": "nl",
        "granted_by": "security-consultant-0001",
        "granted_at": NOON - timedelta(days=1),
    }
    return StaffAccessGrantedV1(**{**fields, **changes})


def access_revoked(staff_member_id: str = "staff-0001", **changes) -> StaffAccessRevokedV1:
    fields = {
        "staff_member_id": staff_member_id,
        "refnis_code": GHENT,
        "revoked_by": "security-consultant-0001",
        "revoked_at": NOON,
    }
    return StaffAccessRevokedV1(**{**fields, **changes})


def staff_invited(staff_member_id: str = "staff-0001", **changes) -> StaffInvitedV1:
    fields = {
        "staff_member_id": staff_member_id,
        "refnis_code": GHENT,
        "email": f"{staff_member_id}@ocmw.example",
        "language": "nl",
        "setup_token": "t0k3n-" + "x" * 40,
        "expires_at": NOON + timedelta(days=7),
    }
    return StaffInvitedV1(**{**fields, **changes})


def personal_link_issued(link_id: str = "link-0001", **changes) -> PersonalLinkIssuedV1:
    fields = {
        "link_id": link_id,
        "purpose": "consultant-invitation",
        "email": "consultant@ocmw.example",
        "language": "nl",
        "refnis_code": GHENT,
        "site": "enrolment",
        "path": "/setup",
        "token": "Zq7fP2wL9xK4mB1n+R8tV3yC6/dH0jS5gE2a=",
        "expires_at": NOON + timedelta(days=7),
    }
    return PersonalLinkIssuedV1(**{**fields, **changes})


def document_delivered(number: int = 1, **changes) -> DocumentDeliveredV1:
    fields = {
        "mailbox_document_id": f"mbx-{number:08d}",
        "issuer": "rmi-reimbursements",
        "document_id": f"RMI-2026-11-{number:05d}",
        "refnis_code": GHENT,
        "legislation": "social-integration",
        "kind": "monthly-statement",
        "period": "2026-11",
        "delivered_at": NOON,
    }
    return DocumentDeliveredV1(**{**fields, **changes})
