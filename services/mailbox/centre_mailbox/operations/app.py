"""The operators' API: the print queue that a print provider drains, and the waiting centres.

Every route takes the operator token (the one the enrolment API takes), and the API refuses to
start without a real one. Its OpenAPI document is generated from this code (/docs).
"""

from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from typing import Annotated

import structlog
from contracts.centres import centre_designation, municipality_name
from contracts.values import Language, RefnisCode
from fastapi import Depends, FastAPI, HTTPException, Path, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field
from servicekit.web import RefuseNul
from signin.operators import operator_check

from centre_mailbox.adapters.channels import ChannelStore
from centre_mailbox.adapters.object_store import ObjectStore
from centre_mailbox.domain.channels import PrintStatus, Reason, Unread, waiting_centres
from centre_mailbox.settings import MailboxSettings

log = structlog.get_logger()

# An entry's id is its document's id in the mailbox's scheme: a UUID.
EntryId = Annotated[str, Path(pattern=r"^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$")]


class PrintEntry(BaseModel):
    entry_id: str
    issuer: str
    document_id: str
    refnis_code: str
    legislation: str
    kind: str
    period: str
    issued_on: date
    language: str
    sha256: str = Field(description="of the PDF, for the printer to check what it fetched")
    size_bytes: int
    page_count: int
    paper_because: Reason
    status: PrintStatus
    queued_at: datetime
    printed_at: datetime | None = None
    printed_by: str | None = None
    pdf: str = Field(description="the path of the PDF in this API")


class PrintQueue(BaseModel):
    total: int = Field(description="entries that match the filters, beyond the limit too")
    entries: list[PrintEntry]


class PrintedBy(BaseModel):
    printed_by: str = Field(min_length=1, max_length=120)


class WaitingCentre(BaseModel):
    refnis_code: str
    designation: str
    documents: int
    reasons: list[Unread]


class WaitingCentres(BaseModel):
    centres: int
    documents: int
    waiting: list[WaitingCentre]


class ChannelCounts(BaseModel):
    national_cutoff: date
    electronic: int = Field(description="documents filed in a mailbox")
    electronic_by_switch_over: int
    electronic_by_national_cutoff: int
    paper: int = Field(description="documents on the print queue, queued or printed")
    paper_queued: int
    paper_printed: int
    centres_switched_over: int


def create_operations(
    settings: MailboxSettings,
    *,
    channels: ChannelStore | None = None,
    objects: ObjectStore | None = None,
) -> FastAPI:
    """Adapters may be given (tests); otherwise they connect to the configured servers."""
    operator = Depends(operator_check(settings.operator_token))
    mongo = None
    if channels is None or objects is None:
        from centre_mailbox.wiring import channel_store, connect

        mongo, _, objects = connect(settings)
        channels = channel_store(mongo, settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        if mongo is not None:
            await mongo.close()

    api = FastAPI(
        title="Personal Pages mailbox operations",
        description="The print-and-post queue and the centres whose documents wait unread.",
        lifespan=lifespan,
        dependencies=[operator],
    )
    api.add_middleware(RefuseNul)
    _print_queue_routes(api, channels, objects, settings.print_bucket)
    _overview_routes(api, channels, settings.national_cutoff)
    return api


def _print_queue_routes(
    api: FastAPI, channels: ChannelStore, objects: ObjectStore, print_bucket: str
) -> None:
    @api.get("/api/print-queue", response_model=PrintQueue)
    async def print_queue(
        status: PrintStatus | None = None,
        refnis_code: RefnisCode | None = None,
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    ) -> PrintQueue:
        """Oldest first: a print provider takes the queued entries, prints them, marks them."""
        filters = {"status": status.value} if status else {}
        if refnis_code:
            filters["refnis_code"] = refnis_code
        entries = await channels.print_entries(filters, limit)
        total = await channels.count_print_entries(filters)
        return PrintQueue(total=total, entries=[_entry(entry) for entry in entries])

    @api.get("/api/print-queue/{entry_id}", response_model=PrintEntry)
    async def print_entry(entry_id: EntryId) -> PrintEntry:
        return _entry(await _known_entry(channels, entry_id))

    @api.get(
        "/api/print-queue/{entry_id}/pdf",
        response_class=Response,
        responses={200: {"content": {"application/pdf": {}}}},
    )
    async def print_pdf(entry_id: EntryId) -> Response:
        entry = await _known_entry(channels, entry_id)
        pdf = await objects.get(print_bucket, entry["object_key"])
        filename = f"{entry['refnis_code']}-{entry['document_id']}.pdf"
        headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
        return Response(pdf, media_type="application/pdf", headers=headers)

    @api.post("/api/print-queue/{entry_id}/printed", response_model=PrintEntry)
    async def mark_printed(entry_id: EntryId, printed: PrintedBy) -> PrintEntry:
        """Marks the entry printed (and posted). Marking it a second time is refused (409)."""
        entry = await _known_entry(channels, entry_id)
        receipt, first = await channels.mark_printed(
            entry_id, printed.printed_by, datetime.now(UTC)
        )
        if not first:
            raise HTTPException(
                status_code=409,
                detail=f"entry {entry_id} was printed already, by {receipt['printed_by']} "
                f"at {receipt['printed_at'].isoformat()}",
            )

        log.info(
            "document_printed",
            print_entry_id=entry_id,
            refnis_code=entry["refnis_code"],
            printed_by=printed.printed_by,
        )
        return _entry(await channels.print_entry(entry_id))


def _overview_routes(api: FastAPI, channels: ChannelStore, national_cutoff: date) -> None:
    @api.get("/api/waiting-centres", response_model=WaitingCentres)
    async def waiting() -> WaitingCentres:
        """Centres with documents in their mailbox and nobody to read them: never switched over
        (electronic by the national cut-off alone), or no staff member whose access lasts."""
        found = waiting_centres(
            await channels.documents_per_centre(),
            await channels.switched_over_centres(),
            await channels.staffed_centres(),
        )
        centres = await channels.centres_named([centre.refnis_code for centre in found])
        listed = [
            WaitingCentre(
                refnis_code=centre.refnis_code,
                designation=_designation(centres.get(centre.refnis_code), centre.refnis_code),
                documents=centre.documents,
                reasons=list(centre.reasons),
            )
            for centre in found
        ]
        documents = sum(centre.documents for centre in found)
        return WaitingCentres(centres=len(listed), documents=documents, waiting=listed)

    @api.get("/api/channels", response_model=ChannelCounts)
    async def channel_counts() -> ChannelCounts:
        counts = await channels.channel_counts()
        return ChannelCounts(
            national_cutoff=national_cutoff,
            electronic=counts["electronic"],
            electronic_by_switch_over=counts["electronic"]
            - counts["electronic_by_national_cutoff"],
            electronic_by_national_cutoff=counts["electronic_by_national_cutoff"],
            paper=counts["paper"],
            paper_queued=counts["paper_queued"],
            paper_printed=counts["paper"] - counts["paper_queued"],
            centres_switched_over=counts["centres_switched_over"],
        )


async def _known_entry(channels: ChannelStore, entry_id: str) -> dict:
    entry = await channels.print_entry(entry_id)
    if entry is None:
        raise HTTPException(status_code=404, detail=f"entry_id: no print entry {entry_id}")
    return entry


def _entry(entry: dict) -> PrintEntry:
    fields = {key: value for key, value in entry.items() if key in PrintEntry.model_fields}
    return PrintEntry(**fields, entry_id=entry["_id"], pdf=f"/api/print-queue/{entry['_id']}/pdf")


def _designation(centre: dict | None, refnis_code: str) -> str:
    if centre is None:
        return f"REFNIS {refnis_code}"
    language = Language(centre["language"])
    name = municipality_name(centre["name_nl"], centre["name_fr"], language)
    return centre_designation(name, language)
