"""The registry of centres and the rules of their language and switch-over."""

import csv
from dataclasses import dataclass
from pathlib import Path

from contracts.values import Language, Region

REGISTRY = Path(__file__).resolve().parent.parent / "data" / "belgian-municipalities.csv"


class RegistryError(ValueError):
    pass


@dataclass(frozen=True)
class Centre:
    refnis_code: str
    name_nl: str
    name_fr: str
    region: Region
    languages: tuple[Language, ...]  # those the centre may be addressed in
    language: Language  # the one it is addressed in

    def addressed_in(self, language: Language) -> "Centre":
        if language not in self.languages:
            allowed = ", ".join(self.languages)
            raise ValueError(f"centre {self.refnis_code} is addressed in {allowed}, not {language}")
        return Centre(**{**self.__dict__, "language": language})


def read_registry(path: Path = REGISTRY) -> list[Centre]:
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    return [_centre(row, line) for line, row in enumerate(rows, start=2)]


def _centre(row: dict[str, str], line: int) -> Centre:
    refnis = (row.get("refnis") or "").strip()
    if not (len(refnis) == 5 and refnis.isdigit()):
        raise RegistryError(f"line {line}: refnis must be five digits, got {refnis!r}")

    try:
        region = Region(row["region"])
        languages = tuple(Language(code) for code in row["languages"].split())
    except (KeyError, ValueError) as error:
        raise RegistryError(f"line {line}: region or languages not understood: {error}") from None
    if not languages:
        raise RegistryError(f"line {line}: languages is empty")

    # Brussels centres choose French or Dutch; until they do, the first listed applies.
    return Centre(refnis, row["name_nl"], row["name_fr"], region, languages, languages[0])
