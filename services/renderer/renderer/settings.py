from pydantic import SecretStr
from servicekit.settings import ServiceSettings


class RendererSettings(ServiceSettings):
    mongo_database: str = "pp_renderer"
    s3_endpoint: str = "127.0.0.1:18333"
    s3_access_key: str = "personal-pages"
    s3_secret_key: SecretStr = SecretStr("personal-pages-local-secret")
    s3_secure: bool = False
    s3_region: str = "us-east-1"
    rendered_bucket: str = "pp-rendered"
