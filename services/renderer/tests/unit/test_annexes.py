"""Annual settlements whose lines travel by reference: streamed, checked, bounded in memory."""

import hashlib
import tracemalloc
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest
from contracts.documents import AnnexReference, AnnualSettlement
from contracts.values import Language
from due_documents import ADDRESSEES, due, statement_line
from pdf_text import page_texts
from renderer.adapters.annexes import read_annex
from renderer.domain import render_document
from renderer.domain.formatting import format_number
from renderer.domain.listings import AnnexMismatchError, MissingAnnexError

NL = Language.DUTCH


def write_annex(path: Path, count: int) -> AnnexReference:
    amounts = (f"{10 + number % 900}.{number % 100:02d}" for number in range(1, count + 1))
    lines = (statement_line(number, amount) for number, amount in enumerate(amounts, 1))
    total = Decimal("0.00")
    with path.open("w") as file:
        for line in lines:
            total += line.amount
            file.write(line.model_dump_json() + "\n")
    return AnnexReference(
        object_key="ris/2026/annex.jsonl",
        line_count=count,
        total=total,
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
    )


def settlement_with(reference: AnnexReference):
    return due(AnnualSettlement(annex=reference), period="2026")


def test_an_annex_prints_every_line_once_and_its_grand_total(tmp_path: Path) -> None:
    path = tmp_path / "annex.jsonl"
    reference = write_annex(path, 300)

    pdf = render_document(settlement_with(reference), ADDRESSEES[NL], lambda: read_annex(path))
    pages = page_texts(pdf.data)

    printed = [line for page in pages for line in page.split("\n") if line.startswith("2026/")]
    assert printed == [f"2026/{number:06d}" for number in range(1, 301)]
    assert pdf.page_count == len(pages) > 5
    assert format_number(reference.total, NL) in pages[-1]
    assert all("Overdracht" in page for page in pages[1:])


def test_an_annex_that_does_not_add_up_to_its_event_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "annex.jsonl"
    reference = write_annex(path, 50).model_copy(update={"total": Decimal("1.00")})

    with pytest.raises(AnnexMismatchError, match="50 lines totalling .* 50 totalling 1.00"):
        render_document(settlement_with(reference), ADDRESSEES[NL], lambda: read_annex(path))


def test_a_settlement_whose_annex_was_not_read_is_refused(tmp_path: Path) -> None:
    reference = write_annex(tmp_path / "annex.jsonl", 5)

    with pytest.raises(MissingAnnexError, match="ris/2026/annex.jsonl"):
        render_document(settlement_with(reference), ADDRESSEES[NL])


def test_a_broken_annex_line_is_refused_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "annex.jsonl"
    reference = write_annex(path, 3)
    path.write_text(path.read_text() + '{"dossier_number": "2026/1"}\n')

    with pytest.raises(AnnexMismatchError, match="annex line 4"):
        render_document(settlement_with(reference), ADDRESSEES[NL], lambda: read_annex(path))


def test_memory_grows_with_the_pdf_written_not_with_the_lines_read(tmp_path: Path) -> None:
    peaks = {}
    for count in (1_000, 8_000):
        path = tmp_path / f"annex-{count}.jsonl"
        reference = write_annex(path, count)

        tracemalloc.start()
        render_document(settlement_with(reference), ADDRESSEES[NL], partial(read_annex, path))
        peaks[count] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

    # Held as parsed lines, the annex would take over 1 kB a line. What grows instead is the
    # compressed PDF (about 60 bytes a line), the copies ReportLab makes while writing it out,
    # and pydantic's cache of parsed strings, which stops at 16,384 of them.
    assert (peaks[8_000] - peaks[1_000]) / 7_000 < 500, peaks
