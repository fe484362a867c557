"""The portal's wording in the three languages the centres are addressed in."""

from contracts.centres import centre_designation as designation
from contracts.centres import municipality_name
from contracts.names import KIND_NAMES, LEGISLATION_NAMES
from contracts.values import Language

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "portal": "Persoonlijke Pagina's",
        "agency": "POD Maatschappelijke Integratie",
        "sign_in": "Aanmelden",
        "sign_out": "Afmelden",
        "email": "E-mailadres",
        "password": "Wachtwoord",
        "password_again": "Wachtwoord (nogmaals)",
        "wrong_credentials": "Onbekend e-mailadres of verkeerd wachtwoord.",
        "setup_title": "Uw aanmelding instellen",
        "setup_intro": "Kies een wachtwoord van minstens 12 tekens.",
        "setup_save": "Opslaan en aanmelden",
        "setup_invalid": (
            "Deze uitnodiging is ongeldig of verlopen. Vraag uw veiligheidsconsulent een nieuwe."
        ),
        "password_short": "Het wachtwoord moet minstens 12 tekens tellen.",
        "password_mismatch": "De twee wachtwoorden verschillen.",
        "inbox": "Documenten van",
        "legislation": "Wetgeving",
        "kind": "Soort",
        "period": "Periode",
        "all": "Alle",
        "filter": "Filteren",
        "issued_on": "Uitgegeven op",
        "pages": "Pagina's",
        "download": "Downloaden",
        "new": "nieuw",
        "no_documents": "Er zijn geen documenten die aan deze keuze voldoen.",
    },
    "fr": {
        "portal": "Pages personnelles",
        "agency": "SPP Intégration sociale",
        "sign_in": "Se connecter",
        "sign_out": "Se déconnecter",
        "email": "Adresse e-mail",
        "password": "Mot de passe",
        "password_again": "Mot de passe (encore)",
        "wrong_credentials": "Adresse inconnue ou mot de passe erroné.",
        "setup_title": "Configurer votre connexion",
        "setup_intro": "Choisissez un mot de passe d'au moins 12 caractères.",
        "setup_save": "Enregistrer et se connecter",
        "setup_invalid": (
            "Cette invitation est invalide ou expirée. "
            "Demandez-en une nouvelle à votre conseiller en sécurité."
        ),
        "password_short": "Le mot de passe doit compter au moins 12 caractères.",
        "password_mismatch": "Les deux mots de passe diffèrent.",
        "inbox": "Documents du",
        "legislation": "Législation",
        "kind": "Type",
        "period": "Période",
        "all": "Tous",
        "filter": "Filtrer",
        "issued_on": "Émis le",
        "pages": "Pages",
        "download": "Télécharger",
        "new": "nouveau",
        "no_documents": "Aucun document ne correspond à ce choix.",
    },
    "de": {
        "portal": "Persönliche Seiten",
        "agency": "ÖPD Sozialeingliederung",
        "sign_in": "Anmelden",
        "sign_out": "Abmelden",
        "email": "E-Mail-Adresse",
        "password": "Passwort",
        "password_again": "Passwort (wiederholen)",
        "wrong_credentials": "Unbekannte Adresse oder falsches Passwort.",
        "setup_title": "Ihre Anmeldung einrichten",
        "setup_intro": "Wählen Sie ein Passwort mit mindestens 12 Zeichen.",
        "setup_save": "Speichern und anmelden",
        "setup_invalid": (
            "Diese Einladung ist ungültig oder abgelaufen. "
            "Bitten Sie Ihren Sicherheitsberater um eine neue."
        ),
        "password_short": "Das Passwort muss mindestens 12 Zeichen lang sein.",
        "password_mismatch": "Die beiden Passwörter unterscheiden sich.",
        "inbox": "Dokumente des",
        "legislation": "Gesetzgebung",
        "kind": "Art",
        "period": "Zeitraum",
        "all": "Alle",
        "filter": "Filtern",
        "issued_on": "Ausgestellt am",
        "pages": "Seiten",
        "download": "Herunterladen",
        "new": "neu",
        "no_documents": "Keine Dokumente entsprechen dieser Auswahl.",
    },
}


def texts_for(language: str | None) -> dict[str, str]:
    chosen = language if language in TEXTS else "nl"
    names = {**KIND_NAMES[Language(chosen)], **LEGISLATION_NAMES[Language(chosen)]}
    return {**TEXTS[chosen], **{item.value: name for item, name in names.items()}}


def centre_designation(centre: dict, language: str) -> str:
    reader_language = Language(language)
    name = municipality_name(centre["name_nl"], centre["name_fr"], reader_language)
    return designation(name, reader_language)
