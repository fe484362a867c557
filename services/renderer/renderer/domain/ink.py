"""Text written straight into a page's content stream, for tables of thousands of cells.

ReportLab's drawString builds a text object for every string and encodes it character by
character for the embedded face: for a 40,000-line annex, three quarters of the rendering time.
Here a page's cells go into one text block, and each distinct (face, size, text) is encoded
once per document and then reused (categories and months repeat on every page); plain ASCII
(amounts, references) needs no encoding at all.
"""

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas


class TextBlock:
    """The texts of one page's table, written as a single BT ... ET block."""

    def __init__(self, canvas: Canvas, encodings: dict) -> None:
        self._canvas = canvas
        self._encodings = encodings  # shared by every page of one document
        self._operators: list[str] = ["BT"]

    def show(self, face: str, size: float, x: float, y: float, text: str) -> None:
        if not text:
            return
        shown = self._shown(face, size, text)
        self._operators.append(f"1 0 0 1 {fp_str(x)} {fp_str(y)} Tm {shown}")

    def _shown(self, face: str, size: float, text: str) -> str:
        plain = text.replace("\u00a0", " ")
        if plain.isascii() and plain.isprintable():
            # Printable ASCII keeps its own codes in every face's first subset (asciiReadable):
            # amounts and references, nearly all the cells, need no encoding and no cache.
            return f"{self._subset_zero(face)} {fp_str(size)} Tf ({escapePDF(plain)}) Tj"

        key = (face, size, text)
        shown = self._encodings.get(key)
        if shown is None:
            shown = self._encodings[key] = self._encode(face, size, text)
        return shown

    def _subset_zero(self, face: str) -> str:
        key = (face, "subset 0")
        name = self._encodings.get(key)
        if name is None:
            font = pdfmetrics.getFont(face)
            name = self._encodings[key] = font.getSubsetInternalName(0, self._canvas._doc)
        return name

    def close(self) -> None:
        """Writes the block where the canvas stands (its translation applies to it)."""
        self._operators.append("ET")
        self._canvas._code.append(" ".join(self._operators))

    def _encode(self, face: str, size: float, text: str) -> str:
        font = pdfmetrics.getFont(face)
        document = self._canvas._doc
        parts = []
        # Naming the subset also registers the face as used, so that it is embedded.
        for subset, chunk in font.splitString(text, document):
            name = font.getSubsetInternalName(subset, document)
            parts.append(f"{name} {fp_str(size)} Tf ({escapePDF(chunk)}) Tj")
        return " ".join(parts)


