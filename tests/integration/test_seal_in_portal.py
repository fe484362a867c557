"""The portal tells a staff member whether the agency's seal on a document still verifies."""

import io
import json

from contracts.topics import DOCUMENT_DUE

from tests.conftest import due_event, publish_raw, staff_member_set_up, wait_until
from tests.integration.test_document_path import filed, minio_client

NAMUR = "92094"


def test_the_seal_of_a_delivered_document_verifies_and_a_changed_byte_breaks_it(
    enrolment, mailpit, mongo, centres_ready
):
    staff = staff_member_set_up(enrolment, mailpit, NAMUR)
    event = due_event(NAMUR)
    publish_raw(DOCUMENT_DUE.name, [json.dumps(event).encode()], key=NAMUR.encode())
    record = wait_until("the document in the mailbox", lambda: filed(mongo, event["document_id"]))
    seal_page = f"/documents/{record['_id']}/seal"

    intact = staff.portal.get(seal_page)
    assert intact.status_code == 200
    assert "Le cachet du SPP Intégration sociale est valable" in intact.text

    _change_one_byte(record["object_key"])
    changed = staff.portal.get(seal_page)
    assert "Le cachet du SPP Intégration sociale est valable" not in changed.text
    assert "est pas valable" in changed.text
    assert "modifié après avoir été cacheté" in changed.text


def _change_one_byte(object_key: str) -> None:
    """Changes one byte inside the sealed content, as a damaged or forged copy would."""
    storage = minio_client()
    pdf = bytearray(storage.get_object("pp-mailbox", object_key).read())
    middle = len(pdf) // 3
    pdf[middle] = (pdf[middle] + 1) % 256
    storage.put_object("pp-mailbox", object_key, io.BytesIO(bytes(pdf)), len(pdf))
