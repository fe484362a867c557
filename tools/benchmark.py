"""Prints how fast one month of documents goes through, and what it costs in memory.

Two figures for the same batch (the demo's month and seed): documents per second end to end
(first event emitted to last digest sent, through the running services) and documents per
second of the renderer alone (in one process, no I/O); then the peak memory of each service.
Expects the stack that `make benchmark` starts. A benchmark prints figures; it asserts nothing.
"""

import asyncio
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVICES = (
    "enrolment",
    "renderer",
    "mailbox-filer",
    "mailbox-portal",
    "mailbox-operations",
    "notifier",
)


def renderer_alone() -> dict:
    """Renders the month in a process of its own, so that its peak memory is its own."""
    code = """
import json, resource, time
from enrolment.domain.centres import read_registry
from renderer.adapters.mongo import _addressee
from reimbursement_simulator.domain.month import generate_month
from reimbursement_simulator.registry import load_centres
from renderer.domain import render_document

centres = {c.refnis_code: c for c in read_registry()}
events = generate_month(load_centres(), "%s", %d)
addressees = {code: _addressee({"refnis_code": code, "name_nl": c.name_nl, "name_fr": c.name_fr,
                                "language": c.language.value}) for code, c in centres.items()}
started = time.perf_counter()
pages = sum(render_document(e, addressees[e.refnis_code]).page_count for e in events)
seconds = time.perf_counter() - started
print(json.dumps({"documents": len(events), "pages": pages, "seconds": seconds,
                  "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
    from demo import MONTH, SEED

    result = subprocess.run(
        [sys.executable, "-c", code % (MONTH, SEED)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def peak_memory_mib(service: str) -> float | None:
    pid_file = ROOT / "var" / "services" / f"{service}.pid"
    try:
        status = Path(f"/proc/{pid_file.read_text().strip()}/status").read_text()
    except OSError:
        return None
    high_water = next(line for line in status.splitlines() if line.startswith("VmHWM"))
    return int(high_water.split()[1]) / 1024


def main() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import demo

    end_to_end = asyncio.run(demo.main())
    alone = renderer_alone()

    print("\nBenchmark: one month for every centre")
    rate = end_to_end["documents"] / end_to_end["emit_seconds"]
    print(
        f"  end to end:      {end_to_end['documents']} documents in "
        f"{end_to_end['emit_seconds']:.1f} s = {rate:.0f} documents/s"
    )
    print(
        f"  renderer alone:  {alone['documents']} documents ({alone['pages']} pages) in "
        f"{alone['seconds']:.1f} s = {alone['documents'] / alone['seconds']:.0f} documents/s, "
        f"{alone['pages'] / alone['seconds']:.0f} pages/s, peak {alone['peak_rss_mib']:.0f} MiB"
    )
    print("  peak memory of each service (VmHWM):")
    for service in SERVICES:
        peak = peak_memory_mib(service)
        print(f"    {service:<16} {'not running' if peak is None else f'{peak:.0f} MiB'}")


if __name__ == "__main__":
    main()
