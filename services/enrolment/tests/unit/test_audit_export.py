import csv
import io
from datetime import UTC, datetime

from enrolment.api import audit_csv


def test_a_name_that_looks_like_a_formula_is_exported_as_text():
    entry = {
        "_id": "e1",
        "at": datetime(2026, 12, 4, 10, 0, tzinfo=UTC),
        "service": "enrolment",
        "actor": "centre-11018",
        "actor_name": '=HYPERLINK("http://127.0.0.1:8999/x","klik")',
        "actor_role": "centre",
        "action": "application_submitted",
        "subject": "a1",
        "from_address": "127.0.0.1",
        "details": {"network": "@SUM(1+1)"},
    }

    rows = list(csv.DictReader(io.StringIO(audit_csv("11018", [entry]).body.decode())))

    assert rows[0]["actor_name"] == '\'=HYPERLINK("http://127.0.0.1:8999/x","klik")'
    assert rows[0]["action"] == "application_submitted"
    assert rows[0]["details"] == "network=@SUM(1+1)"
