from pydantic import SecretStr
from servicekit.settings import ServiceSettings


class EnrolmentSettings(ServiceSettings):
    mongo_database: str = "pp_enrolment"
    enrolment_host: str = "127.0.0.1"
    enrolment_port: int = 8200
    # Until the security cell and consultants sign in with two factors, the API takes one
    # operator token; it is never to be exposed beyond the agency's own network.
    operator_token: SecretStr = SecretStr("local-operator-token-for-loopback-only")
