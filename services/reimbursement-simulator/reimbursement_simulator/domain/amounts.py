"""Euro amounts: exact decimals with cents, drawn and shared without floats."""

from decimal import ROUND_HALF_UP, Decimal
from random import Random

CENT = Decimal("0.01")


def draw_euros(rng: Random, low: Decimal, high: Decimal) -> Decimal:
    # Drawn in whole cents so that no float ever touches an amount.
    cents = rng.randint(int(low * 100), int(high * 100))
    return Decimal(cents) * CENT


def share_of(amount: Decimal, share: Decimal) -> Decimal:
    return (amount * share).quantize(CENT, rounding=ROUND_HALF_UP)


def part_of(amount: Decimal, rng: Random) -> Decimal:
    """A part strictly below the amount, for a form accepted only in part."""
    part = share_of(amount, Decimal(rng.randint(40, 95)) / 100)
    return min(part, amount - CENT)
