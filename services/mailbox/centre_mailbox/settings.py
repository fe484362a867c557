from datetime import date

from pydantic import SecretStr
from servicekit.object_storage import ObjectStorageSettings
from servicekit.settings import ServiceSettings


class MailboxSettings(ServiceSettings, ObjectStorageSettings):
    mongo_database: str = "pp_mailbox"
    mailbox_bucket: str = "pp-mailbox"
    # Paper documents wait here, by the same key as in a mailbox, for the print provider.
    print_bucket: str = "pp-print"
    # From this date on every centre gets its documents only in its mailbox (PP_NATIONAL_CUTOFF).
    national_cutoff: date = date(2027, 7, 1)

    portal_host: str = "127.0.0.1"
    portal_port: int = 8300
    # Secure cookies need HTTPS; only a loopback development portal may turn this off.
    cookie_secure: bool = False
    session_idle_minutes: int = 30
    invitation_valid_days: int = 7
    password_reset_valid_minutes: int = 60

    # The operators' API (print queue, waiting centres): for the agency's own network only.
    operations_host: str = "127.0.0.1"
    operations_port: int = 8310
    # The same operator token as the enrolment API's (PP_OPERATOR_TOKEN).
    operator_token: SecretStr = SecretStr("local-operator-token-for-loopback-only")
