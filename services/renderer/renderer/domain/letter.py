"""The legality letter, sentence by sentence."""

from dataclasses import dataclass

from contracts.documents import LegalityConsequence, LegalityLetter
from contracts.values import Language

from renderer.domain.formatting import format_amount, format_date
from renderer.domain.phrases import phrases
from renderer.domain.wording import word


@dataclass(frozen=True)
class Letter:
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str
    signature: tuple[str, ...]


def letter_of(content: LegalityLetter, language: Language, signed_by: str) -> Letter:
    """The letter, signed by the issuing service (its name in the language) for the agency."""
    words = phrases(language)

    finding = words.finding_sentence.format(
        decision_date=format_date(content.decision_date, language),
        dossier=content.dossier_number,
        finding=word(content.finding, language),
    )
    consequence = " ".join(_consequence_sentences(content, language))

    return Letter(
        subject=words.subject_line.format(dossier=content.dossier_number),
        salutation=words.salutation,
        paragraphs=(finding, consequence, words.correspondence_note),
        closing=words.closing,
        signature=(signed_by, words.agency),
    )


def _consequence_sentences(content: LegalityLetter, language: Language) -> list[str]:
    words = phrases(language)
    sentences = []

    # With no consequence there is nothing to pay back or revise, so no amount to quote.
    if content.amount_concerned and content.consequence is not LegalityConsequence.NONE:
        amount = format_amount(content.amount_concerned, language)
        sentences.append(words.amount_sentence.format(amount=amount))

    sentences.append(word(content.consequence, language))

    if content.reply_by is not None:
        reply_by = format_date(content.reply_by, language)
        sentences.append(words.reply_by_sentence.format(reply_by=reply_by))
    return sentences
