from datetime import UTC, datetime

import pytest

from contracts.events import LinkPurpose
from contracts.values import Language
from notifier.domain.emails import (
    centre_designated,
    compose_personal_link,
    personal_link_url,
)
from notifier.domain.model import Centre
from notifier.domain.wording import WORDING

LINK = "http://enrolment.example/setup?token=abc"
WINTER = datetime(2026, 12, 11, 8, 0, tzinfo=UTC)
SUMMER = datetime(2027, 7, 1, 8, 0, tzinfo=UTC)


def link_email(purpose=LinkPurpose.CONSULTANT_INVITATION, language=Language.DUTCH, **changes):
    fields = {
        "email": "consultant@ocmw.example",
        "language": language,
        "purpose": purpose,
        "centre": "OCMW Gent",
        "link_url": LINK,
        "expires_at": WINTER,
    }
    return compose_personal_link(**{**fields, **changes})


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("purpose", list(LinkPurpose))
def test_every_purpose_has_its_words_in_every_language(purpose, language):
    text = WORDING[language].links.get(purpose)

    assert text is not None, f"no {language.value} words for {purpose.value} links"
    assert text.subject and text.paragraphs and text.action
    email = link_email(purpose, language)
    assert LINK in email.text and f'href="{LINK}"' in email.html


@pytest.mark.parametrize("language", list(Language))
def test_each_purpose_has_a_subject_of_its_own(language):
    subjects = {text.subject for text in WORDING[language].links.values()}

    assert len(subjects) == len(LinkPurpose)


@pytest.mark.parametrize(
    ("language", "subject", "sentence"),
    [
        (
            Language.DUTCH,
            "U bent veiligheidsconsulent in Persoonlijke Pagina's (OCMW Gent)",
            "heeft de aanvraag van uw centrum (OCMW Gent) goedgekeurd",
        ),
        (
            Language.FRENCH,
            "Vous êtes conseiller en sécurité dans les Pages personnelles (OCMW Gent)",
            "a approuvé la demande de votre centre (OCMW Gent).",
        ),
        (
            Language.GERMAN,
            "Sie sind Sicherheitsberater in den Persönlichen Seiten (OCMW Gent)",
            "hat den Antrag Ihres Zentrums (OCMW Gent) genehmigt.",
        ),
    ],
)
def test_a_consultant_invitation_names_the_centre(language, subject, sentence):
    email = link_email(language=language)

    assert email.subject == subject
    assert sentence in email.text


def test_a_link_without_a_centre_reads_well_without_one():
    email = link_email(LinkPurpose.APPLICATION_RECEIVED, centre=None)

    assert email.subject == "Aanvraag voor elektronische ontvangst ontvangen"
    assert "De aanvraag van uw centrum om documenten" in email.text
    assert "()" not in email.text + email.html


@pytest.mark.parametrize(
    ("language", "when", "expires"),
    [
        (
            Language.DUTCH,
            WINTER,
            "Deze link vervalt op 11 december 2026 om 09:00 (Belgische tijd).",
        ),
        (Language.FRENCH, WINTER, "Ce lien expire le 11 décembre 2026 à 09h00 (heure belge)."),
        (
            Language.GERMAN,
            WINTER,
            "Dieser Link läuft am 11. Dezember 2026 um 09:00 Uhr (belgische Zeit) ab.",
        ),
        (Language.DUTCH, SUMMER, "Deze link vervalt op 1 juli 2027 om 10:00 (Belgische tijd)."),
    ],
)
def test_the_expiry_is_told_in_belgian_time_and_the_readers_words(language, when, expires):
    email = link_email(language=language, expires_at=when)

    assert expires in email.text
    assert expires in email.html


def test_a_password_reset_says_to_ignore_it_if_unasked_and_that_it_works_once():
    email = link_email(LinkPurpose.PASSWORD_RESET, Language.FRENCH, centre=None)

    assert "Si ce n'était pas vous, ignorez cet e-mail" in email.text
    assert "Le lien ne fonctionne qu'une seule fois." in email.text


def test_the_token_is_url_encoded_in_the_link():
    url = personal_link_url("http://enrolment.example/", "/setup", "a+b/c=d&e")

    assert url == "http://enrolment.example/setup?token=a%2Bb%2Fc%3Dd%26e"


def test_a_centre_is_designated_in_the_readers_language():
    ghent = Centre(refnis_code="44021", name_nl="Gent", name_fr="Gand")

    assert centre_designated(ghent, "44021", Language.DUTCH) == "OCMW Gent"
    assert centre_designated(ghent, "44021", Language.FRENCH) == "CPAS de Gand"
    assert centre_designated(None, "44021", Language.GERMAN) == "ÖSHZ, NIS-Code 44021"


def test_a_centre_name_is_escaped_in_html_only():
    email = link_email(centre="OCMW <Gent & co>")

    assert "(OCMW <Gent & co>)" in email.text
    assert "(OCMW &lt;Gent &amp; co&gt;)" in email.html
