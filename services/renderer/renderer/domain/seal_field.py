"""The empty seal a rendered PDF carries, for the sealer to fill in without rewriting the file.

Written in the one and only revision of the file, with room kept for the seal's bytes: sealing
is then a matter of hashing the file and writing into that room, a fraction of a millisecond,
where an incremental update (parse the file, append a revision) cost over 20 ms a document.
The placeholders are fixed-width so that filling them moves no byte of the file.
"""

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObject,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas

# Room for the CMS signature: an ECDSA seal with its certificate chain takes about 1.5 kB, an
# RSA 4096 one with a three-certificate chain under 7 kB.
CONTENTS_ROOM = 8192

BYTE_RANGE_PLACEHOLDER = b"[0 0000000000 0000000000 0000000000]"
CONTENTS_PLACEHOLDER = b"<" + b"0" * (2 * CONTENTS_ROOM) + b">"
TIME_PLACEHOLDER = b"(D:00000000000000Z)"

SEAL_FIELD_NAME = "Seal"


class _Verbatim(PDFObject):
    """Bytes written into the file as they are."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document) -> bytes:
        return self.data


def add_seal_field(canvas: Canvas) -> None:
    """Adds an invisible seal field to the current page, and the form that lists it."""
    document: PDFDocument = canvas._doc
    signature = PDFDictionary(
        {
            "Type": PDFName("Sig"),
            "Filter": PDFName("Adobe.PPKLite"),
            "SubFilter": PDFName("ETSI.CAdES.detached"),
            "ByteRange": _Verbatim(BYTE_RANGE_PLACEHOLDER),
            "Contents": _Verbatim(CONTENTS_PLACEHOLDER),
            "M": _Verbatim(TIME_PLACEHOLDER),
        }
    )
    widget = PDFDictionary(
        {
            "Type": PDFName("Annot"),
            "Subtype": PDFName("Widget"),
            "FT": PDFName("Sig"),
            "T": PDFString(SEAL_FIELD_NAME),
            "V": document.Reference(signature),
            # No area, so no appearance to draw; printable and locked, as PDF/A asks.
            "Rect": PDFArray([0, 0, 0, 0]),
            "F": 132,
        }
    )
    canvas._addAnnotation(widget, name=SEAL_FIELD_NAME)
    # SigFlags 3: the file holds signatures, and is to be changed only by appending.
    form = PDFDictionary(
        {"Fields": PDFArray([document.refAnnotation(SEAL_FIELD_NAME)]), "SigFlags": 3}
    )
    document.Catalog.AcroForm = form
