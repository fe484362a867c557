"""A centre as the reimbursement services know it, and how many people it helps."""

from dataclasses import dataclass
from decimal import Decimal
from random import Random

from contracts.values import Language, Region


@dataclass(frozen=True)
class Centre:
    refnis_code: str
    name_nl: str
    name_fr: str
    region: Region
    province_refnis: str
    languages: tuple[Language, ...]


# Invented monthly caseloads for the cities whose centres carry the most dossiers; the order of
# magnitude is what matters, so that their documents are visibly longer than a village's.
CITY_CASELOADS = {
    "11002": 9_000,  # Antwerpen
    "62063": 8_000,  # Liège
    "52011": 7_500,  # Charleroi
    "21004": 7_000,  # Brussel / Bruxelles
    "44021": 5_500,  # Gent
    "21001": 5_000,  # Anderlecht
    "21015": 4_500,  # Schaarbeek / Schaerbeek
    "21012": 4_000,  # Sint-Jans-Molenbeek / Molenbeek-Saint-Jean
    "53053": 3_000,  # Mons
    "92094": 2_500,  # Namur
    "63079": 2_000,  # Verviers
    "71016": 1_800,  # Genk
    "24062": 1_500,  # Leuven
    "31005": 1_500,  # Brugge
    "57081": 1_400,  # Tournai
    "12025": 1_200,  # Mechelen
    "35013": 1_200,  # Oostende
}

# Elsewhere a caseload is drawn around a median per region (invented, but in the right order:
# Brussels municipalities are large and Walloon centres help more people per inhabitant).
REGION_MEDIAN_CASELOAD = {Region.FLANDERS: 60, Region.WALLONIA: 160, Region.BRUSSELS: 1_400}
LARGEST_OTHER_CASELOAD = 3_000


def caseload(centre: Centre, seed: int) -> int:
    """Beneficiaries of the integration income per month; stable from one month to the next."""
    rng = Random(f"{seed}:{centre.refnis_code}:caseload")

    if centre.refnis_code in CITY_CASELOADS:
        return round(CITY_CASELOADS[centre.refnis_code] * rng.uniform(0.9, 1.1))

    drawn = REGION_MEDIAN_CASELOAD[centre.region] * rng.lognormvariate(0, 0.7)
    return max(5, min(LARGEST_OTHER_CASELOAD, round(drawn)))


def state_share(beneficiaries: int) -> Decimal:
    """The part of the integration income the state pays, by the centre's monthly caseload."""
    if beneficiaries >= 1_000:
        return Decimal("0.70")
    if beneficiaries >= 500:
        return Decimal("0.65")
    return Decimal("0.55")
