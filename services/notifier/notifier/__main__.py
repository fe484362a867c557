import asyncio

from notifier.app import build_app
from notifier.settings import NotifierSettings
from servicekit.logging import configure_logging


def main() -> None:
    settings = NotifierSettings()
    configure_logging("notifier", json_output=settings.log_json)
    asyncio.run(build_app(settings).run())


if __name__ == "__main__":
    main()
