"""What makes a ReportLab document PDF/A-2b: XMP metadata that agrees with the Info dictionary,
an sRGB output intent, and an identity taken from the event rather than from the clock.

ReportLab's open-source edition writes none of this itself; it is added to its document objects
just before they are written. Fonts are the other half of PDF/A: see typefaces.py.
"""

import hashlib
import struct
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from xml.sax.saxutils import escape

from PIL import ImageCms
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFDocument,
    PDFInfo,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)

PRODUCER = "Personal Pages renderer (ReportLab)"

_ENDSTREAM = b"endstream\n"


def _format_with_eol(original):
    def format_stream(stream: PDFStream, document) -> bytes:
        formatted = original(stream, document)
        return formatted[: -len(_ENDSTREAM)] + b"\n" + _ENDSTREAM

    return format_stream


# Known shortcoming, worked around: ReportLab 5.1 writes "endstream" right after a stream's last
# byte; PDF/A (ISO 19005-2, 6.1.7.1) wants an end-of-line before it. Every stream in a rendered
# PDF goes through PDFStream.format, so the renderer patches it here, once per process; remove
# the patch once ReportLab writes the end-of-line itself (veraPDF's test catches either way).
if not getattr(PDFStream.format, "adds_eol", False):
    PDFStream.format = _format_with_eol(PDFStream.format)
    PDFStream.format.adds_eol = True


@dataclass(frozen=True)
class ArchivalIdentity:
    """The document's metadata, every field fixed by the event it renders."""

    document_key: str  # issuer and document id: the PDF's permanent /ID comes from it
    title: str
    author: str
    subject: str
    keywords: str
    language: str  # a BCP 47 tag: "nl-BE"
    created: datetime  # aware; the issue date of the document, never the rendering time


def make_archival(document: PDFDocument, identity: ArchivalIdentity) -> None:
    """Adds the PDF/A-2b parts to a document that has not been written yet."""
    document.info = _Info(identity)
    # Same event, same /ID: the identifier names the document, not one rendering of it.
    digest = hashlib.md5(identity.document_key.encode(), usedforsecurity=False).hexdigest()
    document._ID = f"\n[<{digest}><{digest}>]\n".encode()

    catalog = document.Catalog
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]
    catalog.Metadata = document.Reference(_metadata_stream(identity))
    catalog.OutputIntents = PDFArray([_output_intent(document)])


class _Info(PDFInfo):
    """The Info dictionary, each entry equal to its XMP counterpart as PDF/A requires."""

    def __init__(self, identity: ArchivalIdentity) -> None:
        super().__init__()
        self.identity = identity

    def digest(self, md5object) -> None:
        md5object.update(self.identity.document_key.encode())

    def format(self, document) -> bytes:
        identity = self.identity
        date = PDFString(_pdf_date(identity.created))
        entries = {
            "Title": PDFString(identity.title),
            "Author": PDFString(identity.author),
            "Subject": PDFString(identity.subject),
            "Keywords": PDFString(identity.keywords),
            "Creator": PDFString(identity.author),
            "Producer": PDFString(PRODUCER),
            "CreationDate": date,
            "ModDate": date,
        }
        return PDFDictionary(entries).format(document)


def _pdf_date(moment: datetime) -> str:
    offset = moment.strftime("%z")  # "+0100"
    return f"D:{moment:%Y%m%d%H%M%S}{offset[:3]}'{offset[3:]}'"


def _metadata_stream(identity: ArchivalIdentity) -> PDFStream:
    dictionary = PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")})
    # Left unfiltered so that archive tools can read the metadata without a PDF library.
    return PDFStream(dictionary, xmp_packet(identity).encode(), filters=[])


def xmp_packet(identity: ArchivalIdentity) -> str:
    text = {name: escape(value) for name, value in vars(identity).items() if isinstance(value, str)}
    created = identity.created.isoformat()
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{text["title"]}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{text["author"]}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{text["subject"]}</rdf:li></rdf:Alt>
   </dc:description>
   <dc:language><rdf:Bag><rdf:li>{text["language"]}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>{created}</xmp:CreateDate>
   <xmp:ModifyDate>{created}</xmp:ModifyDate>
   <xmp:MetadataDate>{created}</xmp:MetadataDate>
   <xmp:CreatorTool>{text["author"]}</xmp:CreatorTool>
   <pdf:Producer>{PRODUCER}</pdf:Producer>
   <pdf:Keywords>{text["keywords"]}</pdf:Keywords>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>"""


def _output_intent(document: PDFDocument) -> PDFDictionary:
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile(), filters=[PDFZCompress])
    return PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"),
            "Info": PDFString("sRGB IEC61966-2.1"),
            "DestOutputProfile": document.Reference(profile),
        }
    )


@cache
def srgb_profile() -> bytes:
    """LittleCMS's sRGB profile (through Pillow), with its creation date fixed.

    LittleCMS stamps the current time into the header, which would make every PDF differ; the
    profile's checksum (bytes 84-99) is left zero, which ICC allows ("not computed").
    """
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile[24:36] = struct.pack(">6H", 2000, 1, 1, 0, 0, 0)
    profile[84:100] = bytes(16)
    return bytes(profile)
