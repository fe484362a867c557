"""Reads back the text a ReportLab PDF shows, page by page, without a PDF library."""

import base64
import re
import zlib

_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)
_SHOWN = re.compile(rb"\(((?:[^\\()]|\\.)*)\)\s*Tj", re.S)
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.S)
_NAMED = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def page_texts(pdf: bytes) -> list[str]:
    """One string per page stream, the shown strings joined by newlines."""
    pages = []
    for stream in _STREAM.findall(pdf):
        content = _decoded(stream)
        shown = [_unescape(text).decode("cp1252") for text in _SHOWN.findall(content)]
        if shown:
            pages.append("\n".join(shown))
    return pages


def _decoded(stream: bytes) -> bytes:
    # ReportLab writes ASCII85 around the deflated bytes unless told not to.
    if stream.rstrip().endswith(b"~>"):
        stream = base64.a85decode(b"<~" + stream.strip(), adobe=True)
    return zlib.decompressobj().decompress(stream)


def _unescape(text: bytes) -> bytes:
    def replace(match: re.Match[bytes]) -> bytes:
        code = match.group(1)
        if code.isdigit():
            return bytes([int(code, 8)])
        return _NAMED.get(code, code)

    return _ESCAPE.sub(replace, text)
