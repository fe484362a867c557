from pathlib import Path

import pytest
from renderer.sealing import Sealer
from servicekit.seals import SealFiles, make_local_seal


@pytest.fixture(scope="session")
def seal_files(tmp_path_factory: pytest.TempPathFactory) -> SealFiles:
    return make_local_seal(tmp_path_factory.mktemp("seal") / "local")


@pytest.fixture(scope="session")
def sealer(seal_files: SealFiles) -> Sealer:
    return Sealer.from_files(seal_files)


@pytest.fixture(scope="session")
def trust_roots(seal_files: SealFiles) -> list[bytes]:
    return [Path(seal_files.authority).read_bytes()]
