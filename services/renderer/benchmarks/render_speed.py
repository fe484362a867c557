"""Renders and seals the same one-page monthly statement N times and prints the pace.

Usage: python -m benchmarks.render_speed [N]   (default 500; from services/renderer)
The seal is the local test seal (var/seal), made on first use. Run it pinned to one core
(taskset -c 1 ...) to compare with the aim of 6 ms a sealed statement on one core.
"""

import sys
import time
from datetime import UTC, datetime

from contracts.values import Language
from renderer.domain import render_document
from renderer.sealing import Sealer
from servicekit.seals import SealSettings

from benchmarks import samples


def main(times: int) -> None:
    due = samples.monthly_statement(lines=20)
    addressee = samples.ADDRESSEES[Language.DUTCH]
    sealer = Sealer.from_files(SealSettings().seal_files())
    pages = render_document(due, addressee).page_count  # warms up fonts and caches

    rendering = sealing = 0.0
    for _ in range(times):
        started = time.perf_counter()
        pdf = render_document(due, addressee)
        rendered = time.perf_counter()
        sealer.seal(pdf.data, datetime.now(UTC))
        rendering += rendered - started
        sealing += time.perf_counter() - rendered

    total = rendering + sealing
    print(f"{times} sealed {pages}-page monthly statements in {total:.2f} s")
    print(
        f"{total / times * 1000:.2f} ms per document: rendering {rendering / times * 1000:.2f} ms,"
        f" seal {sealing / times * 1000:.2f} ms; {times * pages / total:.0f} pages/s"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
