from pydantic import SecretStr

from contracts.events import Site
from servicekit.settings import ServiceSettings


class NotifierSettings(ServiceSettings):
    mongo_database: str = "pp_notifier"

    smtp_host: str = "127.0.0.1"
    smtp_port: int = 11025
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = False
    mail_from: str = "Personal Pages <noreply@personal-pages.example>"

    # Where the links in emails lead: the staff portal, and the enrolment pages where
    # centres apply and the security cell and consultants set up their sign-in.
    portal_url: str = "http://127.0.0.1:8300"
    enrolment_url: str = "http://127.0.0.1:8200"

    # A digest goes out once a centre's arrivals have been quiet this long, so that a monthly
    # run of many documents makes one email; production would wait minutes, not seconds.
    digest_quiet_seconds: float = 3.0
    # ...but a steady trickle must not hold the email back for ever.
    digest_max_wait_seconds: float = 60
    flush_interval_seconds: float = 1.0

    def site_urls(self) -> dict[Site, str]:
        return {Site.PORTAL: self.portal_url, Site.ENROLMENT: self.enrolment_url}
