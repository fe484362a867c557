"""Writes one PDF per kind and language to a folder, and prints how long each took.

Usage: python benchmarks/render_samples.py [folder]   (default /tmp/pp-samples)
"""

import sys
import time
from pathlib import Path

from contracts.values import Language
from renderer.domain import render_document

from benchmarks import samples

SAMPLES = {
    "monthly-statement": samples.monthly_statement,
    "accepted-forms": samples.accepted_forms,
    "refused-forms": samples.refused_forms,
    "legality-letter": samples.legality_letter,
    "annual-settlement": samples.annual_settlement,
    "long-statement": lambda: samples.monthly_statement(lines=120),
    "no-refused-forms": samples.empty_refused_forms,
}


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, build in SAMPLES.items():
        due = build()
        for language in Language:
            started = time.perf_counter()
            pdf = render_document(due, samples.ADDRESSEES[language])
            elapsed_ms = (time.perf_counter() - started) * 1000

            path = folder / f"{name}-{language.value}.pdf"
            path.write_bytes(pdf.data)
            print(f"{path.name:32} {pdf.page_count:3} p {elapsed_ms:7.1f} ms {len(pdf.data):7} B")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/pp-samples"))
