"""The enrolment pages (being written): until then only errors are rendered, as plain text."""

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse


def add_pages(api: FastAPI) -> None:
    return None


def error_page(request: Request, status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message, status_code=status)
