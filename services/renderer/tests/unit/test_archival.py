"""Every document the renderer makes is PDF/A-2b, checked by the real veraPDF validator."""

import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from contracts.values import Language
from due_documents import ADDRESSEES, every_kind_and_legislation
from renderer.domain import render_document
from renderer.domain.typefaces import BOLD, ITALIC, REGULAR, missing_characters
from renderer.domain.wording import fixed_texts

SEALED_AT = datetime(2026, 12, 6, 7, 30, tzinfo=UTC)
VERAPDF = Path(__file__).parents[4] / "scripts" / "verapdf" / "verapdf"

# Letters of names as the national register writes them: French, Dutch, German, Scandinavian,
# Polish, Czech, Hungarian, Romanian, Turkish, Albanian, Vietnamese, Spanish, Portuguese.
NAME_LETTERS = (
    "àâäáãåæçèéêëìíîïñòóôöõøœùúûüýÿß ÀÂÄÁÃÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖÕØŒÙÚÛÜÝŸ"
    "ąćęłńśźżĄĆĘŁŃŚŹŻ čďěňřšťůžČĎĚŇŘŠŤŮŽ őűŐŰ ășțĂȘȚşţŞŢ ğıİĞ ëç"
    "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐƠơƯư ’'-"
)


def test_the_typefaces_print_every_letter_of_a_belgian_name() -> None:
    for face in (REGULAR, BOLD, ITALIC):
        assert missing_characters(NAME_LETTERS, face) == set(), face


def test_the_typefaces_print_every_fixed_text() -> None:
    for face in (REGULAR, BOLD, ITALIC):
        assert missing_characters("".join(fixed_texts()), face) == set(), face


def test_every_sealed_document_in_every_language_is_pdf_a_2b(tmp_path: Path, sealer) -> None:
    for name, due in every_kind_and_legislation().items():
        for language in Language:
            pdf = render_document(due, ADDRESSEES[language])
            sealed = sealer.seal(pdf.data, SEALED_AT)
            (tmp_path / f"{name}-{language.value}.pdf").write_bytes(sealed)

    reports = validate(tmp_path)

    assert len(reports) == 15 * 3
    assert {name: failures for name, failures in reports.items() if failures} == {}


def validate(folder: Path) -> dict[str, list[str]]:
    """veraPDF's verdict per file: the rules each one breaks (none when it is compliant)."""
    # The validator is a real tool: when it cannot run, this fails rather than skips.
    result = subprocess.run(
        [str(VERAPDF), "--flavour", "2b", "--format", "json", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode not in (0, 1):
        pytest.fail(f"veraPDF did not run (exit {result.returncode}): {result.stderr[-2000:]}")

    return {
        Path(job["itemDetails"]["name"]).name: _broken_rules(job)
        for job in json.loads(result.stdout)["report"]["jobs"]
    }


def _broken_rules(job: dict) -> list[str]:
    (verdict,) = job["validationResult"]
    return [
        f"{rule['clause']}-{rule['testNumber']}: {rule['description']}"
        for rule in verdict["details"]["ruleSummaries"]
    ]
