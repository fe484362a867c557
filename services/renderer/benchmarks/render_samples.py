"""Writes one sealed PDF for each kind and legislation in each language (45 in all), and
prints how long each took. `make samples` runs it into the checkout's samples/ folder.

Usage: python -m benchmarks.render_samples [folder]   (default: samples/ of the checkout)
The seal is the local test seal (var/seal), made on first use.
"""

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from contracts.values import DocumentKind, Language, Legislation
from renderer.domain import render_document
from renderer.sealing import Sealer
from servicekit.seals import SealSettings

from benchmarks import samples

BUILDERS = {
    DocumentKind.MONTHLY_STATEMENT: samples.monthly_statement,
    DocumentKind.ACCEPTED_FORMS: samples.accepted_forms,
    DocumentKind.REFUSED_FORMS: samples.refused_forms,
    DocumentKind.LEGALITY_LETTER: samples.legality_letter,
    DocumentKind.ANNUAL_SETTLEMENT: samples.annual_settlement,
}
CHECKOUT = Path(__file__).resolve().parents[3]


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    sealer = Sealer.from_files(SealSettings().seal_files())
    for kind, build in BUILDERS.items():
        for legislation in Legislation:
            due = build(legislation=legislation)
            for language in Language:
                started = time.perf_counter()
                pdf = render_document(due, samples.ADDRESSEES[language])
                sealed = sealer.seal(pdf.data, datetime.now(UTC))
                elapsed_ms = (time.perf_counter() - started) * 1000

                path = folder / f"{kind.value}-{legislation.value}-{language.value}.pdf"
                path.write_bytes(sealed)
                print(f"{path.name:52} {pdf.page_count:3} p {elapsed_ms:6.1f} ms {len(sealed):7} B")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CHECKOUT / "samples")
