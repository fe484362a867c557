"""Second factors. A person has exactly one, named by its kind.

Only the token app (TOTP) is offered here. The electronic identity card is meant to be the
second kind: its proof comes back from an external identity provider (the federal
authentication service) as a signed assertion naming the person's national number, which is
compared with the number stored when the factor was enrolled. Adding it means a kind with its
own enrolment and check, and a redirect step in the sign-in pages; nothing else changes. It is
not built: no identity provider can be reached from here.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from signin import totp


class FactorKind(StrEnum):
    TOTP = "totp"
    EID = "eid"  # not offered yet: see the module's text


@dataclass(frozen=True)
class FactorCheck:
    passed: bool
    # Fields to store with the person after the check (for TOTP: the step just used).
    remember: dict


class SecondFactor(Protocol):
    kind: FactorKind

    def check(self, factor: dict, proof: str, moment: datetime) -> FactorCheck: ...


class TokenApp:
    kind = FactorKind.TOTP

    def check(self, factor: dict, proof: str, moment: datetime) -> FactorCheck:
        step = totp.accepted_step(factor["secret"], proof, moment, factor.get("last_step", -1))
        if step is None:
            return FactorCheck(False, {})
        return FactorCheck(True, {"second_factor.last_step": step})

    @staticmethod
    def enrolled(secret: str, first_step: int) -> dict:
        """The factor as stored once the person proved their app shows the right codes.

        Known shortcoming: the secret is stored in clear in the service's database; it should
        be encrypted with a key held outside it (a key-management service) before production.
        """
        return {"kind": FactorKind.TOTP.value, "secret": secret, "last_step": first_step}


FACTORS: dict[str, SecondFactor] = {FactorKind.TOTP.value: TokenApp()}


def check(factor: dict | None, proof: str, moment: datetime) -> FactorCheck:
    """A person without an enrolled factor, or with a kind not offered, never passes."""
    kind = (factor or {}).get("kind")
    if kind not in FACTORS:
        return FactorCheck(False, {})
    return FACTORS[kind].check(factor, proof, moment)
