from datetime import UTC, datetime, timedelta

import pytest

from contracts.values import DocumentKind, Language, Legislation
from notifier.domain.emails import centre_name, compose_digest, compose_invitation
from notifier.domain.model import Arrival, Centre, StaffMember

NOON = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
PORTAL = "http://portal.example/"


def member(language: Language) -> StaffMember:
    return StaffMember("staff-0001", "44021", "staff@ocmw.example", language)


def arrivals(count: int) -> list[Arrival]:
    return [
        Arrival(
            issuer="rmi-reimbursements",
            document_id=f"RMI-{number:05d}",
            mailbox_document_id=f"mbx-{number:08d}",
            refnis_code="44021",
            legislation=Legislation.SOCIAL_INTEGRATION,
            kind=DocumentKind.MONTHLY_STATEMENT,
            period="2026-11",
            delivered_at=NOON,
            received_at=NOON,
        )
        for number in range(count)
    ]


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        (Language.DUTCH, "3 nieuwe documenten in uw Persoonlijke Pagina's"),
        (Language.FRENCH, "3 nouveaux documents dans vos Pages personnelles"),
        (Language.GERMAN, "3 neue Dokumente in Ihren Persönlichen Seiten"),
    ],
)
def test_a_digest_counts_its_documents_in_the_staff_members_language(language, subject):
    email = compose_digest(
        member=member(language), centre="OCMW Gent", arrivals=arrivals(3), portal_url=PORTAL
    )

    assert email.subject == subject
    assert email.to == "staff@ocmw.example"


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        (Language.DUTCH, "1 nieuw document in uw Persoonlijke Pagina's"),
        (Language.FRENCH, "1 nouveau document dans vos Pages personnelles"),
        (Language.GERMAN, "1 neues Dokument in Ihren Persönlichen Seiten"),
    ],
)
def test_a_digest_of_one_document_says_so_in_the_singular(language, subject):
    email = compose_digest(
        member=member(language), centre="OCMW Gent", arrivals=arrivals(1), portal_url=PORTAL
    )

    assert email.subject == subject


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (Language.DUTCH, "Maandstaat, recht op maatschappelijke integratie (RMI), november 2026"),
        (Language.FRENCH, "État mensuel, droit à l'intégration sociale (DIS), novembre 2026"),
        (Language.GERMAN, "Monatsaufstellung, Recht auf soziale Eingliederung, November 2026"),
    ],
)
def test_each_document_is_named_by_kind_legislation_and_period(language, line):
    email = compose_digest(
        member=member(language), centre="OCMW Gent", arrivals=arrivals(2), portal_url=PORTAL
    )

    assert f"- {line}\n" in email.text
    assert line.replace("'", "&#39;") in email.html


def test_each_document_links_to_itself_and_the_email_to_the_inbox():
    email = compose_digest(
        member=member(Language.DUTCH), centre="OCMW Gent", arrivals=arrivals(2), portal_url=PORTAL
    )

    for body in (email.text, email.html):
        assert "http://portal.example/documents/mbx-00000000" in body
        assert "http://portal.example/documents/mbx-00000001" in body
        assert "http://portal.example/\n" in email.text
    assert 'href="http://portal.example/"' in email.html


@pytest.mark.parametrize(
    ("language", "more"),
    [
        (Language.DUTCH, "en nog 5 andere documenten"),
        (Language.FRENCH, "et 5 autres documents"),
        (Language.GERMAN, "und 5 weitere Dokumente"),
    ],
)
def test_a_long_digest_lists_twenty_and_counts_the_rest(language, more):
    email = compose_digest(
        member=member(language), centre="OCMW Gent", arrivals=arrivals(25), portal_url=PORTAL
    )

    assert email.subject.startswith("25 ")
    assert email.text.count("/documents/") == 20
    assert more in email.text
    assert more in email.html


def test_a_centre_name_is_escaped_in_html_only():
    email = compose_digest(
        member=member(Language.DUTCH),
        centre="OCMW <Gent & co>",
        arrivals=arrivals(1),
        portal_url=PORTAL,
    )

    assert "OCMW <Gent & co>" in email.text
    assert "OCMW &lt;Gent &amp; co&gt;" in email.html


@pytest.mark.parametrize(
    ("language", "expires"),
    [
        (Language.DUTCH, "Deze link vervalt op 11 december 2026 om 13:00 (Belgische tijd)."),
        (Language.FRENCH, "Ce lien expire le 11 décembre 2026 à 13h00 (heure belge)."),
        (
            Language.GERMAN,
            "Dieser Link läuft am 11. Dezember 2026 um 13:00 Uhr (belgische Zeit) ab.",
        ),
    ],
)
def test_an_invitation_gives_the_setup_link_and_its_expiry_in_belgian_time(language, expires):
    email = compose_invitation(
        email="staff@ocmw.example",
        language=language,
        centre="OCMW Gent",
        setup_token="token/with+odd=chars" + "x" * 20,
        expires_at=NOON + timedelta(days=7),
        portal_url=PORTAL,
    )

    setup_url = "http://portal.example/setup?token=token%2Fwith%2Bodd%3Dchars" + "x" * 20
    assert setup_url in email.text
    assert f'href="{setup_url}"' in email.html
    assert expires in email.text
    assert "OCMW Gent" in email.subject


def test_an_unknown_centre_is_named_by_its_refnis_code():
    assert centre_name(None, "63023", Language.GERMAN) == "ÖSHZ, NIS-Code 63023"


def test_german_speaking_staff_see_the_centres_german_name():
    # The registry's Dutch column holds the German form for the German-speaking municipalities.
    centre = Centre("63040", name_nl="Kelmis", name_fr="La Calamine")

    assert centre_name(centre, "63040", Language.GERMAN) == "Kelmis"
    assert centre_name(centre, "63040", Language.FRENCH) == "La Calamine"


def test_one_document_beyond_the_list_is_named_in_the_singular():
    email = compose_digest(
        member=member(Language.GERMAN),
        centre="ÖSHZ Eupen",
        arrivals=arrivals(21),
        portal_url=PORTAL,
    )

    assert "und 1 weiteres Dokument" in email.text
