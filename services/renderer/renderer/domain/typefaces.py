"""The typefaces the documents are set in, embedded in every PDF.

DejaVu Sans Condensed covers Latin-1, Latin Extended-A and -B and the Vietnamese additions, so
every letter of a Belgian name prints (Łukasz, Şükrü, Nguyễn, Dvořák), which the standard
Helvetica, never embedded and limited to Latin-1, could not do. Condensed keeps the tables about
as wide as they were in Helvetica. The files come from Debian's fonts-dejavu-core and
fonts-dejavu-extra packages (scripts/install-fonts).
"""

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
        pdfmetrics.registerFont(TTFont(name, str(path), asciiReadable=1))

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
