"""The agency's operators reach the operators' APIs with one bearer token from configuration.

It stands for the agency's own single sign-on, which these APIs would sit behind in production;
they are never to be exposed beyond the agency's network.
"""

import secrets
from typing import Annotated

from fastapi import Header, HTTPException
from pydantic import SecretStr

MIN_LENGTH = 16


def operator_check(token: SecretStr):
    """A FastAPI dependency that lets only the holder of the token through."""
    expected = token.get_secret_value()
    if len(expected) < MIN_LENGTH:
        # An empty token would let every request through: refuse to start instead.
        raise ValueError(f"PP_OPERATOR_TOKEN must be set to at least {MIN_LENGTH} characters")

    async def check(authorization: Annotated[str | None, Header()] = None) -> None:
        given = (authorization or "").removeprefix("Bearer ")
        if not secrets.compare_digest(given.encode(), expected.encode()):
            raise HTTPException(status_code=401, detail="a valid operator token is required")

    return check
