"""The simulator's settings, read from the environment (prefix PP_) once at start-up."""

from datetime import date
from pathlib import Path

from reimbursement_simulator.registry import BUNDLED_CENTRES_FILE
from servicekit.settings import ServiceSettings


class SimulatorSettings(ServiceSettings):
    centres_file: Path = BUNDLED_CENTRES_FILE
    # Publishes awaited together: enough to fill the producer's batches, few enough to keep
    # memory and broker back-pressure modest.
    publish_chunk_size: int = 200
    # From this date on the agency prints nothing (PP_NATIONAL_CUTOFF): the same date as the
    # mailbox filer's.
    national_cutoff: date = date(2027, 7, 1)
