"""The typefaces the documents are set in, embedded in every PDF.

DejaVu Sans Condensed covers Latin-1, Latin Extended-A and -B and the Vietnamese additions, so
every letter of a Belgian name prints (Łukasz, Şükrü, Nguyễn, Dvořák), which the standard
Helvetica, never embedded and limited to Latin-1, could not do. Condensed keeps the tables about
as wide as they were in Helvetica. The files come from Debian's fonts-dejavu-core and
fonts-dejavu-extra packages (scripts/install-fonts).
"""

import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObject,
    PDFTrueTypeFont,
)
from reportlab.pdfbase.ttfonts import (
    FF_NONSYMBOLIC,
    FF_SYMBOLIC,
    SUBSETN,
    TTFont,
    makeToUnicodeCMap,
)

FONT_FOLDER = Path("/usr/share/fonts/truetype/dejavu")

REGULAR, BOLD, ITALIC = "PPSans", "PPSans-Bold", "PPSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}


class MissingTypefaceError(RuntimeError):
    """A font file the documents need is not installed."""


def register_typefaces(folder: Path = FONT_FOLDER) -> None:
    """Registers the three faces with ReportLab once; later calls do nothing."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return

    for name, file in _FILES.items():
        path = folder / file
        if not path.is_file():
            raise MissingTypefaceError(
                f"{path} is missing: install Debian's fonts-dejavu-core and fonts-dejavu-extra"
                " (scripts/install-fonts)"
            )
        # asciiReadable keeps ASCII at its own codes, so the text stays searchable as is.
        pdfmetrics.registerFont(_EmbeddedFace(name, str(path), asciiReadable=1))

    # Paragraph markup (<b>, <i>) finds the faces through the family.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)


def missing_characters(text: str, face: str = REGULAR) -> set[str]:
    """The characters of a text that the face has no glyph for."""
    register_typefaces()
    glyphs = pdfmetrics.getFont(face).face.charToGlyph
    return {character for character in text if ord(character) not in glyphs}


def prepare_document(document: PDFDocument, repertoire: str) -> None:
    """Gives the repertoire's characters the same codes in every document.

    ReportLab numbers a face's characters in the order a document first uses them, so each
    document would embed a differently built subset of each face. Numbered in one fixed order,
    the first subset is the same in every document, and is built and compressed once per
    process (_subset_parts): most of the cost of embedding fonts, about 5 ms a document.
    """
    register_typefaces()
    for face in (REGULAR, BOLD, ITALIC):
        # Numbering only: a face that the document never uses is still not embedded.
        pdfmetrics.getFont(face).splitString(repertoire, document)


class _EmbeddedFace(TTFont):
    """A TrueType face whose subsets are embedded from a per-process cache."""

    def addObjects(self, document: PDFDocument) -> None:
        subsets = self.state[document].subsets
        for number, subset in enumerate(subsets):
            self._add_subset(document, number, tuple(subset))
        del self.state[document]

    def _add_subset(self, document: PDFDocument, number: int, subset: tuple[int, ...]) -> None:
        internal_name = self.getSubsetInternalName(number, document)[1:]
        base_name = f"{SUBSETN(number).decode()}+{self.face.name.decode()}"
        parts = _subset_parts(self, base_name, subset)

        font = PDFTrueTypeFont()
        font.Name = internal_name
        font.BaseFont = base_name
        font.FirstChar = 0
        font.LastChar = len(subset) - 1
        font.Widths = document.Reference(_Verbatim(parts.widths))
        font.ToUnicode = document.Reference(_Verbatim(parts.to_unicode))
        font.FontDescriptor = document.Reference(self._descriptor(document, base_name, parts))

        document.Reference(font, internal_name)
        document.idToObject["BasicFonts"].dict[internal_name] = font

    def _descriptor(self, document: PDFDocument, base_name: str, parts) -> PDFDictionary:
        face = self.face
        return PDFDictionary(
            {
                "Type": PDFName("FontDescriptor"),
                "Ascent": face.ascent,
                "CapHeight": face.capHeight,
                "Descent": face.descent,
                # A subset's codes are its own, not a standard encoding: symbolic.
                "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                "FontBBox": PDFArray(face.bbox),
                "FontName": PDFName(base_name),
                "ItalicAngle": face.italicAngle,
                "StemV": face.stemV,
                "FontFile2": document.Reference(_Verbatim(parts.font_file)),
                "MissingWidth": face.defaultWidth,
            }
        )


@dataclass(frozen=True)
class _SubsetParts:
    """A subset's objects as they are written into a PDF."""

    widths: bytes
    to_unicode: bytes
    font_file: bytes


class _Verbatim(PDFObject):
    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document) -> bytes:
        return self.data


# Keyed by face and subset: the repertoire's subset of each face hits every time, and the rare
# document with other characters adds a few entries.
@lru_cache(maxsize=256)
def _subset_parts(face: _EmbeddedFace, base_name: str, subset: tuple[int, ...]) -> _SubsetParts:
    widths = " ".join(fp_str(face.face.getCharWidth(code)) for code in subset)
    to_unicode = makeToUnicodeCMap(base_name, list(subset)).encode("latin-1")
    program = face.face.makeSubset(list(subset))
    return _SubsetParts(
        widths=f"[ {widths} ]".encode(),
        to_unicode=_stream(to_unicode),
        font_file=_stream(program, f"/Length1 {len(program)}"),
    )


def _stream(data: bytes, extra: str = "") -> bytes:
    packed = zlib.compress(data)
    head = f"<< /Filter /FlateDecode /Length {len(packed)} {extra}>>".encode()
    # PDF/A wants an end-of-line before "endstream", not counted in /Length.
    return head + b"\nstream\n" + packed + b"\nendstream"
