from datetime import date

from contracts.documents import LegalityConsequence, LegalityFinding
from contracts.values import Language
from due_documents import legality_letter
from renderer.domain.letter import letter_of


def test_an_illegal_decision_to_recover_names_the_decision_amount_and_reply_date() -> None:
    letter = letter_of(legality_letter().content, Language.FRENCH, "Service Remboursements, DIS")
    finding, consequence, _ = letter.paragraphs

    assert letter.subject == "Objet\xa0: dossier 2026/004512"
    assert letter.salutation == "Madame, Monsieur,"
    assert "le 3 septembre 2026 dans le dossier 2026/004512" in finding
    assert finding.endswith("jugée illégale.")
    assert "3\xa0876,45\xa0EUR" in consequence
    assert "Nous récupérerons le montant concerné." in consequence
    assert consequence.endswith("au plus tard le 15 janvier 2027.")
    assert letter.signature == ("Service Remboursements, DIS", "SPP Intégration sociale")


def test_a_legal_decision_without_consequence_quotes_no_amount_and_no_date() -> None:
    content = legality_letter(
        LegalityFinding.LEGAL, LegalityConsequence.NONE, amount="500.00", reply_by=None
    ).content
    letter = letter_of(content, Language.DUTCH, "Dienst")
    finding, consequence, _ = letter.paragraphs

    assert finding.endswith("onderzocht en wettig bevonden.")
    assert consequence == "Deze vaststelling heeft geen gevolgen voor de terugbetaling."


def test_a_requested_revision_gives_the_reply_date_in_german() -> None:
    content = legality_letter(
        consequence=LegalityConsequence.REVISION_REQUESTED, reply_by=date(2027, 2, 1)
    ).content
    letter = letter_of(content, Language.GERMAN, "Dienst")

    assert "Wir bitten Sie, diese Entscheidung zu überprüfen." in letter.paragraphs[1]
    assert letter.paragraphs[1].endswith("spätestens am 1. Februar 2027.")
    assert "für rechtswidrig befunden" in letter.paragraphs[0]
