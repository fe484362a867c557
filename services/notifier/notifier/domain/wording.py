"""Every word the notifier sends, in the three languages in which centres are addressed."""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from contracts.events import LinkPurpose
from contracts.names import KIND_NAMES, LEGISLATION_NAMES
from contracts.values import DocumentKind, Language, Legislation

BELGIAN_TIME = ZoneInfo("Europe/Brussels")


@dataclass(frozen=True)
class LinkText:
    """The words of one personal link's email.

    In the subject and the paragraphs, {centre} stands for " (OCMW Gent)", or for nothing when
    the link names no centre, so that each sentence reads well either way.
    """

    subject: str
    paragraphs: tuple[str, ...]
    action: str  # the words just before the link


@dataclass(frozen=True)
class Wording:
    kinds: dict[DocumentKind, str]
    legislations: dict[Legislation, str]
    months: tuple[str, ...]
    year: str
    unknown_centre: str
    digest_subject_one: str
    digest_subject_many: str
    digest_intro_one: str
    digest_intro_many: str
    more_one: str
    more_many: str
    open_inbox: str
    invitation_subject: str
    invitation_granted: str
    invitation_setup: str
    invitation_expires: str
    links: dict[LinkPurpose, LinkText]
    moment: str
    automatic: str

    def period(self, period: str) -> str:
        year, _, month = period.partition("-")
        if not month:
            return self.year.format(year=year)
        return f"{self.months[int(month) - 1]} {year}"

    def at(self, when: datetime) -> str:
        local = when.astimezone(BELGIAN_TIME)
        return self.moment.format(
            day=local.day,
            month=self.months[local.month - 1],
            year=local.year,
            hh=f"{local.hour:02}",
            mm=f"{local.minute:02}",
        )

    def document(self, kind: DocumentKind, legislation: Legislation, period: str) -> str:
        return f"{self.kinds[kind]}, {self.legislations[legislation]}, {self.period(period)}"


DUTCH = Wording(
    kinds=KIND_NAMES[Language.DUTCH],
    legislations=LEGISLATION_NAMES[Language.DUTCH],
    months=tuple(
        "januari februari maart april mei juni "
        "juli augustus september oktober november december".split()
    ),
    year="jaar {year}",
    unknown_centre="OCMW, NIS-code {refnis_code}",
    digest_subject_one="1 nieuw document in uw Persoonlijke Pagina's",
    digest_subject_many="{count} nieuwe documenten in uw Persoonlijke Pagina's",
    digest_intro_one="Er is een nieuw document aangekomen in de mailbox van uw centrum ({centre}):",
    digest_intro_many=(
        "Er zijn {count} nieuwe documenten aangekomen in de mailbox van uw centrum ({centre}):"
    ),
    more_one="en nog 1 ander document",
    more_many="en nog {count} andere documenten",
    open_inbox="Al uw documenten staan in uw inbox:",
    invitation_subject="Uw toegang tot Persoonlijke Pagina's ({centre})",
    invitation_granted=(
        "U hebt toegang gekregen tot de mailbox van uw centrum ({centre}) in Persoonlijke Pagina's."
    ),
    invitation_setup="Stel hier uw aanmelding in:",
    invitation_expires="Deze link vervalt op {expires}.",
    links={
        LinkPurpose.CONSULTANT_INVITATION: LinkText(
            subject="U bent veiligheidsconsulent in Persoonlijke Pagina's{centre}",
            paragraphs=(
                "De veiligheidscel van de POD Maatschappelijke Integratie heeft de aanvraag van "
                "uw centrum{centre} goedgekeurd. U bent de veiligheidsconsulent van het centrum.",
                "Stel uw wachtwoord en uw tweede factor (een token-app) in. Daarna beslist u "
                "wie de mailbox van uw centrum mag openen.",
            ),
            action="Begin hier:",
        ),
        LinkPurpose.CELL_INVITATION: LinkText(
            subject="U maakt deel uit van de veiligheidscel van Persoonlijke Pagina's{centre}",
            paragraphs=(
                "U bent toegevoegd aan de veiligheidscel van de POD Maatschappelijke Integratie "
                "in Persoonlijke Pagina's.",
                "Stel uw wachtwoord en uw tweede factor (een token-app) in om te beginnen.",
            ),
            action="Begin hier:",
        ),
        LinkPurpose.PASSWORD_RESET: LinkText(
            subject="Uw wachtwoord voor Persoonlijke Pagina's opnieuw instellen{centre}",
            paragraphs=(
                "Iemand heeft gevraagd om het wachtwoord van dit adres in Persoonlijke Pagina's "
                "opnieuw in te stellen.",
                "Was u dat niet, negeer deze e-mail dan: uw wachtwoord blijft ongewijzigd.",
                "De link werkt maar één keer.",
            ),
            action="Kies hier een nieuw wachtwoord:",
        ),
        LinkPurpose.APPLICATION_RECEIVED: LinkText(
            subject="Aanvraag voor elektronische ontvangst ontvangen{centre}",
            paragraphs=(
                "De aanvraag van uw centrum{centre} om documenten voortaan elektronisch te "
                "ontvangen, is goed aangekomen. De veiligheidscel van de POD Maatschappelijke "
                "Integratie onderzoekt ze.",
                "Via de link volgt u de voortgang en beantwoordt u de vragen van de "
                "veiligheidscel.",
            ),
            action="Uw aanvraag:",
        ),
        LinkPurpose.INFORMATION_REQUESTED: LinkText(
            subject="De veiligheidscel vraagt meer informatie over uw aanvraag{centre}",
            paragraphs=(
                "De veiligheidscel van de POD Maatschappelijke Integratie heeft meer informatie "
                "nodig over de aanvraag van uw centrum{centre} om documenten elektronisch te "
                "ontvangen.",
                "Na uw antwoord neemt de veiligheidscel de aanvraag opnieuw in behandeling.",
            ),
            action="Antwoord hier:",
        ),
    },
    moment="{day} {month} {year} om {hh}:{mm} (Belgische tijd)",
    automatic=(
        "Dit bericht werd automatisch verstuurd; antwoorden op dit adres worden niet gelezen."
    ),
)

FRENCH = Wording(
    kinds=KIND_NAMES[Language.FRENCH],
    legislations=LEGISLATION_NAMES[Language.FRENCH],
    months=tuple(
        "janvier février mars avril mai juin "
        "juillet août septembre octobre novembre décembre".split()
    ),
    year="année {year}",
    unknown_centre="CPAS, code INS {refnis_code}",
    digest_subject_one="1 nouveau document dans vos Pages personnelles",
    digest_subject_many="{count} nouveaux documents dans vos Pages personnelles",
    digest_intro_one=(
        "Un nouveau document est arrivé dans la boîte aux lettres de votre centre ({centre}) :"
    ),
    digest_intro_many=(
        "{count} nouveaux documents sont arrivés dans la boîte aux lettres de votre centre "
        "({centre}) :"
    ),
    more_one="et 1 autre document",
    more_many="et {count} autres documents",
    open_inbox="Tous vos documents se trouvent dans votre boîte de réception :",
    invitation_subject="Votre accès aux Pages personnelles ({centre})",
    invitation_granted=(
        "Vous avez reçu l'accès à la boîte aux lettres de votre centre ({centre}) dans les "
        "Pages personnelles."
    ),
    invitation_setup="Configurez votre connexion ici :",
    invitation_expires="Ce lien expire le {expires}.",
    links={
        LinkPurpose.CONSULTANT_INVITATION: LinkText(
            subject="Vous êtes conseiller en sécurité dans les Pages personnelles{centre}",
            paragraphs=(
                "La cellule de sécurité du SPP Intégration sociale a approuvé la demande de "
                "votre centre{centre}. Vous en êtes le conseiller en sécurité.",
                "Configurez votre mot de passe et votre second facteur (une application "
                "d'authentification). Vous déciderez ensuite qui peut ouvrir la boîte aux "
                "lettres de votre centre.",
            ),
            action="Commencez ici :",
        ),
        LinkPurpose.CELL_INVITATION: LinkText(
            subject="Vous faites partie de la cellule de sécurité des Pages personnelles{centre}",
            paragraphs=(
                "Vous faites désormais partie de la cellule de sécurité du SPP Intégration "
                "sociale dans les Pages personnelles.",
                "Configurez votre mot de passe et votre second facteur (une application "
                "d'authentification) pour commencer.",
            ),
            action="Commencez ici :",
        ),
        LinkPurpose.PASSWORD_RESET: LinkText(
            subject="Réinitialiser votre mot de passe des Pages personnelles{centre}",
            paragraphs=(
                "Quelqu'un a demandé de réinitialiser le mot de passe de cette adresse dans les "
                "Pages personnelles.",
                "Si ce n'était pas vous, ignorez cet e-mail : votre mot de passe ne change pas.",
                "Le lien ne fonctionne qu'une seule fois.",
            ),
            action="Choisissez un nouveau mot de passe ici :",
        ),
        LinkPurpose.APPLICATION_RECEIVED: LinkText(
            subject="Demande de réception électronique reçue{centre}",
            paragraphs=(
                "La demande de votre centre{centre} de recevoir désormais ses documents par voie "
                "électronique nous est bien parvenue. La cellule de sécurité du SPP Intégration "
                "sociale l'examine.",
                "Le lien vous permet de suivre son avancement et de répondre aux questions de la "
                "cellule de sécurité.",
            ),
            action="Votre demande :",
        ),
        LinkPurpose.INFORMATION_REQUESTED: LinkText(
            subject="La cellule de sécurité demande des précisions sur votre demande{centre}",
            paragraphs=(
                "La cellule de sécurité du SPP Intégration sociale a besoin d'informations "
                "complémentaires sur la demande de votre centre{centre} de recevoir ses "
                "documents par voie électronique.",
                "Dès votre réponse, la cellule de sécurité reprend l'examen de la demande.",
            ),
            action="Répondez ici :",
        ),
    },
    moment="{day} {month} {year} à {hh}h{mm} (heure belge)",
    automatic=(
        "Ce message a été envoyé automatiquement ; les réponses à cette adresse ne sont pas lues."
    ),
)

GERMAN = Wording(
    kinds=KIND_NAMES[Language.GERMAN],
    legislations=LEGISLATION_NAMES[Language.GERMAN],
    months=tuple(
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
    ),
    year="Jahr {year}",
    unknown_centre="ÖSHZ, NIS-Code {refnis_code}",
    digest_subject_one="1 neues Dokument in Ihren Persönlichen Seiten",
    digest_subject_many="{count} neue Dokumente in Ihren Persönlichen Seiten",
    digest_intro_one="Im Postfach Ihres Zentrums ({centre}) ist ein neues Dokument eingegangen:",
    digest_intro_many=(
        "Im Postfach Ihres Zentrums ({centre}) sind {count} neue Dokumente eingegangen:"
    ),
    more_one="und 1 weiteres Dokument",
    more_many="und {count} weitere Dokumente",
    open_inbox="Alle Ihre Dokumente finden Sie in Ihrem Posteingang:",
    invitation_subject="Ihr Zugang zu den Persönlichen Seiten ({centre})",
    invitation_granted=(
        "Sie haben Zugang zum Postfach Ihres Zentrums ({centre}) in den Persönlichen Seiten "
        "erhalten."
    ),
    invitation_setup="Richten Sie Ihre Anmeldung hier ein:",
    invitation_expires="Dieser Link läuft am {expires} ab.",
    links={
        LinkPurpose.CONSULTANT_INVITATION: LinkText(
            subject="Sie sind Sicherheitsberater in den Persönlichen Seiten{centre}",
            paragraphs=(
                "Die Sicherheitszelle des ÖPD Sozialeingliederung hat den Antrag Ihres "
                "Zentrums{centre} genehmigt. Sie sind dessen Sicherheitsberater.",
                "Richten Sie Ihr Passwort und Ihren zweiten Faktor (eine Token-App) ein. "
                "Danach entscheiden Sie, wer das Postfach Ihres Zentrums öffnen darf.",
            ),
            action="Beginnen Sie hier:",
        ),
        LinkPurpose.CELL_INVITATION: LinkText(
            subject="Sie gehören zur Sicherheitszelle der Persönlichen Seiten{centre}",
            paragraphs=(
                "Sie wurden der Sicherheitszelle des ÖPD Sozialeingliederung in den "
                "Persönlichen Seiten hinzugefügt.",
                "Richten Sie Ihr Passwort und Ihren zweiten Faktor (eine Token-App) ein, um zu "
                "beginnen.",
            ),
            action="Beginnen Sie hier:",
        ),
        LinkPurpose.PASSWORD_RESET: LinkText(
            subject="Ihr Passwort für die Persönlichen Seiten zurücksetzen{centre}",
            paragraphs=(
                "Jemand hat verlangt, das Passwort dieser Adresse in den Persönlichen Seiten "
                "zurückzusetzen.",
                "Falls Sie das nicht waren, ignorieren Sie diese E-Mail: Ihr Passwort bleibt "
                "unverändert.",
                "Der Link funktioniert nur ein einziges Mal.",
            ),
            action="Wählen Sie hier ein neues Passwort:",
        ),
        LinkPurpose.APPLICATION_RECEIVED: LinkText(
            subject="Antrag auf elektronischen Empfang eingegangen{centre}",
            paragraphs=(
                "Der Antrag Ihres Zentrums{centre}, Dokumente künftig elektronisch zu "
                "empfangen, ist eingegangen. Die Sicherheitszelle des ÖPD Sozialeingliederung "
                "prüft ihn.",
                "Über den Link verfolgen Sie den Fortschritt und beantworten die Fragen der "
                "Sicherheitszelle.",
            ),
            action="Ihr Antrag:",
        ),
        LinkPurpose.INFORMATION_REQUESTED: LinkText(
            subject="Die Sicherheitszelle bittet um weitere Angaben zu Ihrem Antrag{centre}",
            paragraphs=(
                "Die Sicherheitszelle des ÖPD Sozialeingliederung benötigt weitere Angaben zum "
                "Antrag Ihres Zentrums{centre}, Dokumente elektronisch zu empfangen.",
                "Nach Ihrer Antwort prüft die Sicherheitszelle den Antrag weiter.",
            ),
            action="Antworten Sie hier:",
        ),
    },
    moment="{day}. {month} {year} um {hh}:{mm} Uhr (belgische Zeit)",
    automatic=(
        "Diese Nachricht wurde automatisch versandt; Antworten an diese Adresse werden nicht "
        "gelesen."
    ),
)

WORDING = {Language.DUTCH: DUTCH, Language.FRENCH: FRENCH, Language.GERMAN: GERMAN}
