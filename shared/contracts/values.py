"""Value types that the events are made of."""

from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

# A municipality's five-digit REFNIS code: the stable public identifier of its centre.
RefnisCode = Annotated[str, StringConstraints(pattern=r"^\d{5}$")]

# A month ("2026-11") or, for annual settlements, a year ("2026").
Period = Annotated[str, StringConstraints(pattern=r"^\d{4}(-(0[1-9]|1[0-2]))?$")]

# Identifiers chosen by the issuing reimbursement service; kept URL- and key-safe.
DocumentId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")]
IssuerId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{1,39}$")]

# Euro amounts are exact decimals with cents; JSON carries them as strings, never floats.
Euros = Annotated[Decimal, Field(max_digits=14, decimal_places=2, allow_inf_nan=False)]

EmailAddress = Annotated[
    str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=254)
]


class Legislation(StrEnum):
    SOCIAL_INTEGRATION = "social-integration"  # law of 26 May 2002 (RMI / DIS)
    AID_1965 = "aid-1965"  # law of 2 April 1965
    MAINTENANCE_ADVANCES = "maintenance-advances"  # organic law of 8 July 1976, art. 68bis


class DocumentKind(StrEnum):
    MONTHLY_STATEMENT = "monthly-statement"
    ACCEPTED_FORMS = "accepted-forms"
    REFUSED_FORMS = "refused-forms"
    LEGALITY_LETTER = "legality-letter"
    ANNUAL_SETTLEMENT = "annual-settlement"


class Language(StrEnum):
    DUTCH = "nl"
    FRENCH = "fr"
    GERMAN = "de"


class Region(StrEnum):
    FLANDERS = "flanders"
    WALLONIA = "wallonia"
    BRUSSELS = "brussels"
