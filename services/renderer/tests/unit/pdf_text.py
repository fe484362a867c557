"""Reads back the text a PDF shows, page by page, one shown string per line."""

import io

from pypdf import PdfReader


def page_texts(pdf: bytes) -> list[str]:
    """One string per page, the shown strings joined by newlines."""
    return [_shown_strings(page) for page in PdfReader(io.BytesIO(pdf)).pages]


def _shown_strings(page) -> str:
    shown: list[str] = []

    def keep(text: str, *_position) -> None:
        if text.strip():
            shown.append(text.strip())

    page.extract_text(visitor_text=keep)
    return "\n".join(shown)
