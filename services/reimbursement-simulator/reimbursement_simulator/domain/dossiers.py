"""The dossiers a centre keeps for its beneficiaries, under invented pseudonymous references."""

from dataclasses import dataclass
from random import Random

# A centre's dossiers were opened over the past few years.
DOSSIER_AGE_YEARS = 5


@dataclass(frozen=True)
class Dossier:
    number: str  # "2026/004512": the centre's own numbering, reused by corrections
    beneficiary_ref: str  # "BEN-7F3A2C": stands for a person, never a national number


def open_dossiers(rng: Random, year: int, count: int) -> list[Dossier]:
    # Sampled without repetition, so no two dossiers share a number or a beneficiary.
    numbers = rng.sample(range(1, 1_000_000), count)
    references = rng.sample(range(16**6), count)
    return [
        Dossier(
            number=f"{rng.randint(year - DOSSIER_AGE_YEARS, year)}/{number:06d}",
            beneficiary_ref=f"BEN-{reference:06X}",
        )
        for number, reference in zip(numbers, references, strict=True)
    ]
