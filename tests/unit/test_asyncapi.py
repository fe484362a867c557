"""The AsyncAPI documents, generated from the services' code, describe every topic."""

import json
import sys
from pathlib import Path

from contracts.topics import ALL_TOPICS, DEAD_LETTER, DOCUMENT_DUE

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from asyncapi import documents  # noqa: E402  (the tool lives outside any package)


def _channels() -> dict[str, dict[str, set[str]]]:
    """Service name to the addresses it sends to and receives from."""
    found = {}
    for service, text in documents().items():
        spec = json.loads(text)
        addresses = {key: channel["address"] for key, channel in spec["channels"].items()}
        actions = {"send": set(), "receive": set()}
        for operation in spec["operations"].values():
            channel_key = operation["channel"]["$ref"].rsplit("/", 1)[1]
            actions[operation["action"]].add(addresses[channel_key])
        found[service] = actions
    return found


def test_every_topic_that_a_service_receives_is_sent_by_another():
    channels = _channels()
    sent = set().union(*(actions["send"] for actions in channels.values()))
    received = set().union(*(actions["receive"] for actions in channels.values()))

    # The reimbursement systems, outside Personal Pages, send the documents that are due.
    assert received - sent == {DOCUMENT_DUE.name}


def test_every_topic_appears_and_every_consuming_service_sends_dead_letters():
    channels = _channels()
    described = set().union(*(a["send"] | a["receive"] for a in channels.values()))
    consumers = [service for service, actions in channels.items() if actions["receive"]]

    assert described == {topic.name for topic in ALL_TOPICS}
    assert all(DEAD_LETTER.name in channels[service]["send"] for service in consumers)


def test_the_committed_documents_are_the_generated_ones():
    folder = Path(__file__).resolve().parents[2] / "docs" / "asyncapi"

    stale = [
        name for name, text in documents().items() if (folder / f"{name}.json").read_text() != text
    ]

    assert not stale, f"docs/asyncapi is stale for {stale}: run `make asyncapi`"
