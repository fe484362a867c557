from datetime import UTC, datetime

from contracts.events import DeadLetterV1
from servicekit.replay import Selection


def letter(error_type: str, consumer: str = "renderer") -> DeadLetterV1:
    return DeadLetterV1(
        source_topic="document-due.v1",
        partition=0,
        offset=7,
        key="11002",
        payload="{}",
        payload_size=2,
        payload_base64="e30=",
        reason="refnis_code: …",
        error_type=error_type,
        consumer=consumer,
        failed_at=datetime.now(UTC),
    )


def test_a_selection_takes_only_the_letters_it_names():
    unknown_centres = Selection(error_type="unknown-centre")

    assert unknown_centres.takes(letter("unknown-centre"))
    assert not unknown_centres.takes(letter("invalid-event"))
    assert Selection().takes(letter("invalid-event"))
    assert not Selection(consumer="mailbox").takes(letter("unknown-centre"))


def test_each_selection_keeps_its_own_place_in_the_dead_letters():
    assert Selection(error_type="unknown-centre").group_id != Selection().group_id
    assert Selection().group_id == "operators.replay.any.any.any"
