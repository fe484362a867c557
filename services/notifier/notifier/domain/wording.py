"""Every word the notifier sends, in the three languages in which centres are addressed."""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from contracts.names import KIND_NAMES, LEGISLATION_NAMES
from contracts.values import DocumentKind, Language, Legislation

BELGIAN_TIME = ZoneInfo("Europe/Brussels")


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
    moment="{day}. {month} {year} um {hh}:{mm} Uhr (belgische Zeit)",
    automatic=(
        "Diese Nachricht wurde automatisch versandt; Antworten an diese Adresse werden nicht "
        "gelesen."
    ),
)

WORDING = {Language.DUTCH: DUTCH, Language.FRENCH: FRENCH, Language.GERMAN: GERMAN}
