import pytest

from contracts.events import DocumentDueV1
from reimbursement_simulator.domain import Centre, generate_month
from reimbursement_simulator.registry import load_centres

MONTH, SEED = "2026-11", 7


@pytest.fixture(scope="session")
def centres() -> list[Centre]:
    return load_centres()


@pytest.fixture(scope="session")
def full_month(centres: list[Centre]) -> list[DocumentDueV1]:
    return generate_month(centres, MONTH, SEED)
