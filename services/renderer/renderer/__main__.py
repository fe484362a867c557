import asyncio

from servicekit.logging import configure_logging

from renderer.app import create_app
from renderer.settings import RendererSettings


def main() -> None:
    settings = RendererSettings()
    configure_logging("renderer", json_output=settings.log_json)
    asyncio.run(create_app(settings).run())


if __name__ == "__main__":
    main()
