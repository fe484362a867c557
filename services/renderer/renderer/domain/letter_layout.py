"""The legality letter laid out as a letter: subject, salutation, body, closing, signature."""

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from renderer.domain.heading import Heading
from renderer.domain.letter import Letter
from renderer.domain.listing_layout import SUBTITLE, TITLE
from renderer.domain.stationery import INK, paragraph
from renderer.domain.typefaces import BOLD, REGULAR

PROSE = ParagraphStyle(
    "prose", fontName=REGULAR, fontSize=10, leading=14.5, textColor=INK, spaceAfter=0
)
SUBJECT = ParagraphStyle("subject", parent=PROSE, fontName=BOLD)
SIGNATURE = ParagraphStyle("signature", parent=PROSE, fontName=BOLD, leading=13)


def letter_story(heading: Heading, letter: Letter) -> list[Flowable]:
    story: list[Flowable] = [
        paragraph(heading.title, TITLE),
        Spacer(0, 3),
        paragraph(heading.legislation, SUBTITLE),
        Spacer(0, 14),
        paragraph(letter.subject, SUBJECT),
        Spacer(0, 16),
        paragraph(letter.salutation, PROSE),
        Spacer(0, 8),
    ]
    for text in letter.paragraphs:
        story += [paragraph(text, PROSE), Spacer(0, 8)]

    story += [Spacer(0, 6), paragraph(letter.closing, PROSE), Spacer(0, 28)]
    story += [paragraph(line, SIGNATURE) for line in letter.signature]
    return story
