"""Command line: python -m reimbursement_simulator emit --month 2026-11 --seed 7."""

import argparse
import asyncio
import time
from collections.abc import Sequence
from pathlib import Path

import structlog

from contracts.events import DocumentDueV1
from contracts.topics import CENTRE_SWITCHED_OVER, DOCUMENT_DUE
from reimbursement_simulator.domain import generate_month
from reimbursement_simulator.domain.calendar import parse_month
from reimbursement_simulator.domain.printing import Printing
from reimbursement_simulator.emit import EmitSummary, emit_month, summarize
from reimbursement_simulator.registry import load_centres
from reimbursement_simulator.settings import SimulatorSettings
from reimbursement_simulator.switch_overs import read_switch_overs
from servicekit.logging import configure_logging
from servicekit.messaging import make_broker, provision_topics

SERVICE = "reimbursement-simulator"

log = structlog.get_logger()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m reimbursement_simulator")
    commands = parser.add_subparsers(dest="command", required=True)

    emit = commands.add_parser("emit", help="publish one month of documents due")
    emit.add_argument(
        "--month", type=_month, required=True, help="the month the documents cover: 2026-11"
    )
    emit.add_argument("--seed", type=int, required=True, help="same seed, same documents")
    emit.add_argument("--centres-file", type=Path, help="the centres' registry CSV")
    emit.add_argument("--duplicates", type=_count, default=0, help="events to send twice")
    emit.add_argument("--malformed", type=_count, default=0, help="broken events to send")
    emit.add_argument("--limit-centres", type=_count, help="only the first N centres")
    emit.add_argument("--dry-run", action="store_true", help="generate and summarize without Kafka")
    return parser


def main(argv: Sequence[str] | None = None) -> EmitSummary:
    args = build_parser().parse_args(argv)
    settings = SimulatorSettings()
    configure_logging(SERVICE, json_output=settings.log_json)

    summary = asyncio.run(run_emit(args, settings))
    print(summary.to_json())
    return summary


async def run_emit(args: argparse.Namespace, settings: SimulatorSettings) -> EmitSummary:
    events = generate(args, settings)
    if args.dry_run:
        # Without Kafka no switch-over is known: every document before the cut-off is printed.
        return summarize(events, Printing({}, settings.national_cutoff))

    created = await provision_topics(settings, [DOCUMENT_DUE, CENTRE_SWITCHED_OVER])
    if created:
        log.info("topics_provisioned", topics=created)
    printing = await learn_switch_overs(settings)

    broker, _ = make_broker(SERVICE, settings)
    async with broker:
        return await emit_month(
            broker,
            events,
            printing,
            args.duplicates,
            args.malformed,
            chunk_size=settings.publish_chunk_size,
        )


async def learn_switch_overs(settings: SimulatorSettings) -> Printing:
    """Every switch-over until now: from its date on, the agency stops printing for the centre."""
    switch_overs = await read_switch_overs(settings.kafka_bootstrap)
    for refnis_code, effective_date in sorted(switch_overs.items()):
        log.info("printing_stopped", refnis_code=refnis_code, from_date=effective_date.isoformat())
    log.info("switch_overs_read", centres=len(switch_overs))
    return Printing(switch_overs, settings.national_cutoff)


def generate(args: argparse.Namespace, settings: SimulatorSettings) -> list[DocumentDueV1]:
    started = time.perf_counter()

    centres = load_centres(args.centres_file or settings.centres_file)
    if args.limit_centres is not None:
        centres = centres[: args.limit_centres]

    events = generate_month(centres, args.month, args.seed)
    log.info(
        "month_generated",
        month=args.month,
        seed=args.seed,
        centres=len(centres),
        documents=len(events),
        seconds=round(time.perf_counter() - started, 3),
    )
    return events


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be zero or more, got {value}")
    return value


def _month(text: str) -> str:
    try:
        parse_month(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text
