import uvicorn
from servicekit.logging import configure_logging

from enrolment.api import create_api
from enrolment.settings import EnrolmentSettings


def main() -> None:
    settings = EnrolmentSettings()
    configure_logging("enrolment", json_output=settings.log_json)
    uvicorn.run(
        create_api(settings),
        host=settings.enrolment_host,
        port=settings.enrolment_port,
        access_log=False,
    )


if __name__ == "__main__":
    main()
