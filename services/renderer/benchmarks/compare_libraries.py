"""Compares PDF libraries on the same documents: ReportLab (the renderer) and Typst.

Usage: python -m benchmarks.compare_libraries [--lines 40000] [--runs 2]
(from services/renderer, with the benchmark extra installed: pip install -e '.[benchmark]')

Each measurement runs in a fresh process, so that its peak memory (the resident set's
high-water mark, interpreter and libraries included) is its own. Printed per candidate and
document: seconds per document, pages per second, peak memory, and the size of the PDF. Both
candidates make PDF/A-2b with DejaVu Sans Condensed embedded; neither time includes the seal
(renderer/sealing.py adds about 0.2 ms to either).

The Typst listing is a single table with a repeated header, as Typst lays tables out; it does
not carry totals from page to page, which ReportLab's does: its figures flatter Typst a little.
"""

import argparse
import hashlib
import io
import json
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from contracts.documents import AnnexReference, AnnualSettlement
from contracts.values import DocumentKind, Language, Legislation

from benchmarks import samples

TEMPLATE = Path(__file__).parent / "typst" / "listing.typ"
LANGUAGE = Language.FRENCH


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--one", nargs=3, metavar=("CANDIDATE", "DOCUMENT", "FOLDER"))
    arguments = parser.parse_args()

    if arguments.one:
        candidate, document, folder = arguments.one
        print(json.dumps(measure(candidate, document, Path(folder))))
        return

    with tempfile.TemporaryDirectory(prefix="pp-benchmark-") as folder:
        write_annex(Path(folder), arguments.lines)
        print(f"{'candidate':10} {'document':22} {'s/doc':>8} {'pages':>6} {'pages/s':>8}"
              f" {'peak MB':>8} {'PDF kB':>7}")
        for document in ("monthly-statement", "settlement"):
            for candidate in ("reportlab", "typst"):
                for _ in range(arguments.runs):
                    report(candidate, document, Path(folder), arguments.lines)


def report(candidate: str, document: str, folder: Path, lines: int) -> None:
    command = [sys.executable, "-m", "benchmarks.compare_libraries", "--one",
               candidate, document, str(folder)]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    name = "monthly statement" if document == "monthly-statement" else f"settlement {lines} lines"
    if run.returncode != 0:
        print(f"{candidate:10} {name:22} failed: {run.stderr.strip().splitlines()[-1:]}")
        return
    result = json.loads(run.stdout)
    print(
        f"{candidate:10} {name:22} {result['seconds']:8.4f} {result['pages']:6}"
        f" {result['pages'] / result['seconds']:8.0f} {result['peak_mb']:8.0f}"
        f" {result['size'] / 1000:7.0f}"
    )


def measure(candidate: str, document: str, folder: Path) -> dict:
    render = {"reportlab": render_with_reportlab, "typst": render_with_typst}[candidate]
    repeats = 200 if document == "monthly-statement" else 1
    render(document, folder)  # loads fonts and caches, as a running service has them

    started = time.perf_counter()
    for _ in range(repeats):
        pdf, pages = render(document, folder)
    seconds = (time.perf_counter() - started) / repeats

    return {"seconds": seconds, "pages": pages, "peak_mb": _peak_mb(), "size": len(pdf)}


def _peak_mb() -> float:
    # The process's own high-water mark: getrusage's ru_maxrss survives exec on Linux and
    # would report the parent's peak (which held the annex while writing it) instead.
    status = Path("/proc/self/status").read_text()
    (line,) = [line for line in status.splitlines() if line.startswith("VmHWM:")]
    return int(line.split()[1]) / 1024


def due_document(document: str, folder: Path):
    if document == "monthly-statement":
        return samples.monthly_statement(lines=20), None
    reference = AnnexReference.model_validate_json((folder / "annex.json").read_text())
    content = AnnualSettlement(annex=reference)
    due = samples.due(DocumentKind.ANNUAL_SETTLEMENT, Legislation.AID_1965, content, period="2026")
    return due, folder / "annex.jsonl"


def render_with_reportlab(document: str, folder: Path) -> tuple[bytes, int]:
    from renderer.adapters.annexes import read_annex
    from renderer.domain import render_document

    due, annex = due_document(document, folder)
    source = (lambda: read_annex(annex)) if annex else None
    pdf = render_document(due, samples.ADDRESSEES[LANGUAGE], source)
    return pdf.data, pdf.page_count


def render_with_typst(document: str, folder: Path) -> tuple[bytes, int]:
    import typst
    from pypdf import PdfReader
    from renderer.adapters.annexes import read_annex
    from renderer.domain.heading import heading_of
    from renderer.domain.listings import listing_of
    from renderer.domain.typefaces import FONT_FOLDER

    due, annex = due_document(document, folder)
    source = (lambda: read_annex(annex)) if annex else None
    heading = heading_of(due, samples.ADDRESSEES[LANGUAGE])
    listing = listing_of(due.content, LANGUAGE, source)

    # The same words, cells and figures as the renderer's, laid out by Typst.
    rows, total = [], Decimal("0.00")
    for cells, (amount,) in listing.rows():
        rows.append(list(cells))
        total += amount
    data = folder / f"typst-{document}.json"
    data.write_text(json.dumps(_typst_data(heading, listing, rows, total)))
    pdf = typst.compile(
        str(TEMPLATE), root="/", font_paths=[str(FONT_FOLDER)], ignore_system_fonts=True,
        sys_inputs={"data": str(data)}, pdf_standards=["a-2b"],
    )  # fmt: skip
    return pdf, len(PdfReader(io.BytesIO(pdf)).pages)


def _typst_data(heading, listing, rows: list[list[str]], total: Decimal) -> dict:
    from renderer.domain.formatting import format_number
    from renderer.domain.phrases import phrases

    words = phrases(LANGUAGE)
    return {
        "title": heading.title,
        "agency": heading.agency,
        "agency_address": heading.agency_address,
        "lang": LANGUAGE.value,
        "references": [list(reference) for reference in heading.references],
        "address": list(heading.postal_address),
        "heading": heading.title,
        "legislation": heading.legislation,
        "period": heading.period_line,
        "summary": listing.summary_of(len(rows), (total,)),
        "columns": [column.heading for column in listing.columns],
        "rows": rows,
        "total_label": words.total,
        "total": format_number(total, LANGUAGE),
        "reference": heading.footer_reference,
        "page_word": words.page_of.split(" ")[0],
    }


def write_annex(folder: Path, count: int) -> None:
    lines = samples.statement_lines(count, Legislation.AID_1965, seed=11)
    path = folder / "annex.jsonl"
    path.write_text("".join(line.model_dump_json() + "\n" for line in lines))
    reference = AnnexReference(
        object_key="ris-aid-1965/2026/annex.jsonl",
        line_count=count,
        total=sum((line.amount for line in lines), Decimal("0.00")),
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
    )
    (folder / "annex.json").write_text(reference.model_dump_json())


if __name__ == "__main__":
    main()
