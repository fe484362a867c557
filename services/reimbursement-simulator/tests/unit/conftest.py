import pytest

from contracts.events import DocumentDueV1
from reimbursement_simulator.domain import Centre, generate_month
from reimbursement_simulator.registry import load_centres


@pytest.fixture(scope="session")
def month() -> str:
    return "2026-11"


@pytest.fixture(scope="session")
def seed() -> int:
    return 7


@pytest.fixture(scope="session")
def centres() -> list[Centre]:
    return load_centres()


@pytest.fixture(scope="session")
def full_month(centres: list[Centre], month: str, seed: int) -> list[DocumentDueV1]:
    return generate_month(centres, month, seed)
