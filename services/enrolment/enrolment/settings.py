from pydantic import SecretStr
from servicekit.settings import ServiceSettings


class EnrolmentSettings(ServiceSettings):
    mongo_database: str = "pp_enrolment"
    enrolment_host: str = "127.0.0.1"
    enrolment_port: int = 8200
    # Operators load the registry and add the security cell's members with this token; it is
    # never to be exposed beyond the agency's own network.
    operator_token: SecretStr = SecretStr("local-operator-token-for-loopback-only")
    session_idle_minutes: int = 15
    # Secure cookies need HTTPS; production sets this to true (deploy/production.env.example).
    cookie_secure: bool = False
