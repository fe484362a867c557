from pydantic import SecretStr
from servicekit.settings import ServiceSettings


class MailboxSettings(ServiceSettings):
    mongo_database: str = "pp_mailbox"
    s3_endpoint: str = "127.0.0.1:18333"
    s3_access_key: str = "personal-pages"
    s3_secret_key: SecretStr = SecretStr("personal-pages-local-secret")
    s3_secure: bool = False
    s3_region: str = "us-east-1"
    rendered_bucket: str = "pp-rendered"
    mailbox_bucket: str = "pp-mailbox"

    portal_host: str = "127.0.0.1"
    portal_port: int = 8300
    # Secure cookies need HTTPS; only a loopback development portal may turn this off.
    cookie_secure: bool = False
    session_idle_minutes: int = 30
    invitation_valid_days: int = 7
