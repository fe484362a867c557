"""`python -m centre_mailbox filer` files documents; `... portal` serves the staff portal;
`... operations` serves the operators' API (print queue, waiting centres)."""

import asyncio
import sys

import uvicorn
from servicekit.logging import configure_logging

from centre_mailbox.settings import MailboxSettings


def main() -> None:
    role = sys.argv[1] if len(sys.argv) > 1 else ""
    settings = MailboxSettings()
    if role == "filer":
        from centre_mailbox.app import create_app

        configure_logging("mailbox-filer", json_output=settings.log_json)
        asyncio.run(create_app(settings).run())
    elif role == "portal":
        from centre_mailbox.portal.app import create_portal

        configure_logging("mailbox-portal", json_output=settings.log_json)
        portal = create_portal(settings)
        uvicorn.run(portal, host=settings.portal_host, port=settings.portal_port, access_log=False)
    elif role == "operations":
        from centre_mailbox.operations.app import create_operations

        configure_logging("mailbox-operations", json_output=settings.log_json)
        operations = create_operations(settings)
        uvicorn.run(
            operations,
            host=settings.operations_host,
            port=settings.operations_port,
            access_log=False,
        )
    else:
        sys.exit("usage: python -m centre_mailbox filer|portal|operations")


if __name__ == "__main__":
    main()
