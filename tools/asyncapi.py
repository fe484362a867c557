"""Writes the AsyncAPI document of each service's topics, generated from the code.

Usage: python tools/asyncapi.py OUTPUT_FOLDER
"""

import json
import sys
from pathlib import Path

from centre_mailbox.app import create_app as create_mailbox
from centre_mailbox.portal.app import portal_broker
from centre_mailbox.settings import MailboxSettings
from enrolment.api import create_api as create_enrolment
from enrolment.settings import EnrolmentSettings
from faststream.specification import AsyncAPI
from notifier.app import build_app as create_notifier
from notifier.settings import NotifierSettings
from renderer.app import create_app as create_renderer
from renderer.settings import RendererSettings

LOCAL_KAFKA = "127.0.0.1:19092"


def documents() -> dict[str, str]:
    """Service name to its AsyncAPI 3.0 document (JSON). Building the apps opens no connection."""
    # The same broker address whatever the environment, so that the documents do not change
    # with the shell they were generated in.
    local = {"kafka_bootstrap": LOCAL_KAFKA}
    brokers = {
        "enrolment": create_enrolment(EnrolmentSettings(**local)).state.broker,
        "renderer": create_renderer(RendererSettings(**local)).broker,
        "mailbox": create_mailbox(MailboxSettings(**local)).broker,
        "mailbox-portal": portal_broker(MailboxSettings(**local)),
        "notifier": create_notifier(NotifierSettings(**local)).broker,
    }
    return {name: _document(name, broker) for name, broker in brokers.items()}


def _document(name: str, broker) -> str:
    spec = AsyncAPI(broker, title=f"Personal Pages {name}", schema_version="3.0.0")
    # Sorted keys: FastStream's own key order varies from run to run.
    return (
        json.dumps(json.loads(spec.to_specification().to_json()), indent=2, sort_keys=True) + "\n"
    )


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/asyncapi")
    folder.mkdir(parents=True, exist_ok=True)
    for name, document in documents().items():
        (folder / f"{name}.json").write_text(document)
        print(f"wrote {folder / name}.json")


if __name__ == "__main__":
    main()
