"""Renders the same one-page monthly statement N times and prints the pace.

Usage: python benchmarks/render_speed.py [N]   (default 500)
"""

import sys
import time

from contracts.values import Language
from renderer.domain import render_document

from benchmarks import samples


def main(times: int) -> None:
    due = samples.monthly_statement(lines=20)
    addressee = samples.ADDRESSEES[Language.DUTCH]
    pages = render_document(due, addressee).page_count  # warms up fonts and caches

    started = time.perf_counter()
    for _ in range(times):
        render_document(due, addressee)
    elapsed = time.perf_counter() - started

    print(f"{times} renders of a {pages}-page monthly statement in {elapsed:.2f} s")
    print(f"{elapsed / times * 1000:.2f} ms per document, {times * pages / elapsed:.0f} pages/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
