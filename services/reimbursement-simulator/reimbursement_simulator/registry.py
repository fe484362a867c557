"""Reads the centres' registry: one Belgian municipality, and so one centre, per CSV row."""

import csv
import re
from pathlib import Path

from contracts.values import Language, Region
from reimbursement_simulator.domain.centres import Centre

# Shipped with the package, with its attribution in data/README.md.
BUNDLED_CENTRES_FILE = Path(__file__).parent / "data" / "belgian-municipalities.csv"

COLUMNS = ("refnis", "name_nl", "name_fr", "region", "province_refnis", "languages")
_FIVE_DIGITS = re.compile(r"^\d{5}$")


class RegistryError(ValueError):
    """The registry file cannot be read as centres; the message names the line and field."""


def load_centres(path: Path = BUNDLED_CENTRES_FILE) -> list[Centre]:
    with Path(path).open(newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        _check_header(path, reader.fieldnames)
        centres: dict[str, Centre] = {}
        for row in reader:
            centre = _centre(path, reader.line_num, row)
            if centre.refnis_code in centres:
                raise RegistryError(
                    f"{path}: line {reader.line_num}: field 'refnis' repeats {centre.refnis_code}"
                )
            centres[centre.refnis_code] = centre

    return list(centres.values())


def _check_header(path: Path, columns: list[str] | None) -> None:
    missing = [column for column in COLUMNS if column not in (columns or [])]
    if missing:
        raise RegistryError(f"{path}: line 1: missing column(s) {', '.join(missing)}")


def _centre(path: Path, line: int, row: dict[str, str | None]) -> Centre:
    def field(name: str) -> str:
        value = (row.get(name) or "").strip()
        if not value:
            raise RegistryError(f"{path}: line {line}: field {name!r} is empty")
        return value

    def invalid(name: str, expected: str) -> RegistryError:
        return RegistryError(
            f"{path}: line {line}: field {name!r} must be {expected}, got {row.get(name)!r}"
        )

    if None in row:
        raise RegistryError(f"{path}: line {line}: more fields than the {len(COLUMNS)} columns")

    refnis, province = field("refnis"), field("province_refnis")
    if not _FIVE_DIGITS.match(refnis):
        raise invalid("refnis", "a five-digit REFNIS code")
    if not _FIVE_DIGITS.match(province):
        raise invalid("province_refnis", "a five-digit REFNIS code")

    try:
        region = Region(field("region"))
    except ValueError:
        raise invalid("region", "one of flanders, wallonia, brussels") from None

    try:
        languages = tuple(Language(code) for code in field("languages").split())
    except ValueError:
        raise invalid("languages", "language codes among nl, fr, de") from None

    return Centre(refnis, field("name_nl"), field("name_fr"), region, province, languages)
