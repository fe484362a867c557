from servicekit.object_storage import ObjectStorageSettings
from servicekit.settings import ServiceSettings


class MailboxSettings(ServiceSettings, ObjectStorageSettings):
    mongo_database: str = "pp_mailbox"
    mailbox_bucket: str = "pp-mailbox"

    portal_host: str = "127.0.0.1"
    portal_port: int = 8300
    # Secure cookies need HTTPS; only a loopback development portal may turn this off.
    cookie_secure: bool = False
    session_idle_minutes: int = 30
    invitation_valid_days: int = 7
    password_reset_valid_minutes: int = 60
