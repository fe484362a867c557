"""The simulator's settings, read from the environment (prefix PP_) once at start-up."""

from pathlib import Path

from reimbursement_simulator.registry import BUNDLED_CENTRES_FILE
from servicekit.settings import ServiceSettings


class SimulatorSettings(ServiceSettings):
    centres_file: Path = BUNDLED_CENTRES_FILE
    # Publishes awaited together: enough to fill the producer's batches, few enough to keep
    # memory and broker back-pressure modest.
    publish_chunk_size: int = 200
