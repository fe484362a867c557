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
        "wrong_credentials": (
            "Aanmelden geweigerd: het adres, het wachtwoord of de code klopt niet, of de "
            "aanmelding is geblokkeerd. Na {failures} mislukte pogingen op rij wordt het "
            "aanmelden {minutes} minuten geblokkeerd."
        ),
        "forgot_password": "Wachtwoord vergeten?",
        "signed_out": "U bent afgemeld.",
        "code_title": "Tweede stap: eenmalige code",
        "code_intro": "Geef de code van 6 cijfers die uw token-app nu toont voor {issuer}.",
        "code": "Eenmalige code (6 cijfers)",
        "code_confirm": "Bevestigen",
        "code_wrong": (
            "Deze code klopt niet. Controleer of de klok van uw telefoon juist staat en geef "
            "de code die de app nu toont."
        ),
        "start_again": "Opnieuw aanmelden",
        "setup_password_step": "1. Kies een wachtwoord",
        "setup_factor_step": "2. Koppel uw token-app",
        "setup_factor_intro": (
            "Scan deze QR-code met de token-app op uw telefoon. De app toont dan elke 30 seconden "
            "een nieuwe code van 6 cijfers."
        ),
        "qr_label": "QR-code voor uw token-app",
        "setup_secret_by_hand": "Lukt scannen niet? Typ deze sleutel in de app:",
        "setup_open_app": "Openen in een token-app op dit toestel",
        "setup_code": "Code die de app nu toont (6 cijfers)",
        "reset_title": "Wachtwoord opnieuw instellen",
        "reset_intro": (
            "Geef uw e-mailadres. Hoort het bij een personeelslid dat zijn aanmelding heeft "
            "ingesteld, dan sturen we een link die een uur geldig is."
        ),
        "reset_send": "Link versturen",
        "reset_sent": (
            "Als dit adres bij een account hoort, is er een link naartoe gestuurd. De link is een "
            "uur geldig. Kijk ook in uw map met ongewenste mail."
        ),
        "reset_new_title": "Kies een nieuw wachtwoord",
        "reset_new_intro": (
            "Kies een nieuw wachtwoord van minstens 12 tekens en bevestig met de code die uw "
            "token-app nu toont. Daarna worden al uw open sessies beëindigd."
        ),
        "new_password": "Nieuw wachtwoord",
        "new_password_again": "Nieuw wachtwoord (nogmaals)",
        "reset_save": "Wachtwoord opslaan",
        "reset_invalid": "Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe.",
        "password_long": "Het wachtwoord mag hoogstens 256 tekens tellen.",
        "form_refused_title": "Formulier geweigerd",
        "form_refused": (
            "Dit formulier werd niet aanvaard: het komt niet van deze site of het is verlopen. "
            "Ga terug, laad de pagina opnieuw en probeer nog eens."
        ),
        "setup_title": "Uw aanmelding instellen",
        "setup_intro": (
            "Stel uw aanmelding in: een wachtwoord van minstens 12 tekens en een token-app die "
            "bij elke aanmelding een eenmalige code geeft."
        ),
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
        "seal": "Zegel",
        "seal_check": "Zegel controleren",
        "seal_title": "Elektronisch zegel van het document",
        "seal_verifies": (
            "Het zegel van de POD Maatschappelijke Integratie is geldig: het document is niet"
            " gewijzigd sinds het werd verzegeld."
        ),
        "seal_fails": (
            "Het zegel is niet geldig: vertrouw dit document niet en neem contact op met de "
            "POD."
        ),
        "seal_by": "Verzegeld door",
        "seal_at": "Verzegeld op",
        "seal_missing": "Het document draagt geen zegel.",
        "seal_changed": "Het document werd gewijzigd nadat het werd verzegeld.",
        "seal_added": "Na het zegel werd iets aan het bestand toegevoegd.",
        "seal_untrusted": "Het zegel komt niet van een vertrouwde certificeringsautoriteit.",
        "seal_explain": (
            "De controle gebeurt nu, op het bestand zoals het in uw brievenbus bewaard wordt."
        ),
        "back_to_inbox": "Terug naar de brievenbus",
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
        "wrong_credentials": (
            "Connexion refusée : l'adresse, le mot de passe ou le code est erroné, ou la "
            "connexion est bloquée. Après {failures} échecs consécutifs, la connexion est "
            "bloquée pendant {minutes} minutes."
        ),
        "forgot_password": "Mot de passe oublié ?",
        "signed_out": "Vous êtes déconnecté.",
        "code_title": "Deuxième étape : code à usage unique",
        "code_intro": (
            "Saisissez le code à 6 chiffres que votre application d'authentification affiche "
            "maintenant pour {issuer}."
        ),
        "code": "Code à usage unique (6 chiffres)",
        "code_confirm": "Confirmer",
        "code_wrong": (
            "Ce code est erroné. Vérifiez que l'horloge de votre téléphone est à l'heure et "
            "saisissez le code affiché maintenant."
        ),
        "start_again": "Se reconnecter",
        "setup_password_step": "1. Choisissez un mot de passe",
        "setup_factor_step": "2. Liez votre application d'authentification",
        "setup_factor_intro": (
            "Scannez ce code QR avec l'application d'authentification de votre téléphone. "
            "Elle affichera ensuite un nouveau code à 6 chiffres toutes les 30 secondes."
        ),
        "qr_label": "Code QR pour votre application d'authentification",
        "setup_secret_by_hand": "Impossible de scanner ? Saisissez cette clé dans l'application :",
        "setup_open_app": "Ouvrir dans une application d'authentification sur cet appareil",
        "setup_code": "Code affiché maintenant par l'application (6 chiffres)",
        "reset_title": "Réinitialiser votre mot de passe",
        "reset_intro": (
            "Indiquez votre adresse e-mail. Si elle appartient à un membre du personnel qui a "
            "configuré sa connexion, nous lui envoyons un lien valable une heure."
        ),
        "reset_send": "Envoyer le lien",
        "reset_sent": (
            "Si cette adresse appartient à un compte, un lien y a été envoyé. Il est valable une "
            "heure. Vérifiez aussi vos courriers indésirables."
        ),
        "reset_new_title": "Choisissez un nouveau mot de passe",
        "reset_new_intro": (
            "Choisissez un nouveau mot de passe d'au moins 12 caractères et confirmez avec le code "
            "que votre application affiche maintenant. Toutes vos sessions ouvertes seront "
            "ensuite fermées."
        ),
        "new_password": "Nouveau mot de passe",
        "new_password_again": "Nouveau mot de passe (encore)",
        "reset_save": "Enregistrer le mot de passe",
        "reset_invalid": "Ce lien est invalide, déjà utilisé ou expiré. Demandez-en un nouveau.",
        "password_long": "Le mot de passe peut compter au plus 256 caractères.",
        "form_refused_title": "Formulaire refusé",
        "form_refused": (
            "Ce formulaire n'a pas été accepté : il ne vient pas de ce site ou il a expiré. "
            "Revenez en arrière, rechargez la page et réessayez."
        ),
        "setup_title": "Configurer votre connexion",
        "setup_intro": (
            "Configurez votre connexion : un mot de passe d'au moins 12 caractères et une "
            "application d'authentification qui donne un code à usage unique à chaque connexion."
        ),
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
        "seal": "Cachet",
        "seal_check": "Vérifier le cachet",
        "seal_title": "Cachet électronique du document",
        "seal_verifies": (
            "Le cachet du SPP Intégration sociale est valable : le document n'a pas été "
            "modifié depuis qu'il a été cacheté."
        ),
        "seal_fails": (
            "Le cachet n'est pas valable : ne vous fiez pas à ce document et contactez le "
            "SPP."
        ),
        "seal_by": "Cacheté par",
        "seal_at": "Cacheté le",
        "seal_missing": "Le document ne porte aucun cachet.",
        "seal_changed": "Le document a été modifié après avoir été cacheté.",
        "seal_added": "Quelque chose a été ajouté au fichier après le cachet.",
        "seal_untrusted": "Le cachet ne provient pas d'une autorité de certification de confiance.",
        "seal_explain": (
            "La vérification a lieu maintenant, sur le fichier tel qu'il est conservé dans "
            "votre boîte aux lettres."
        ),
        "back_to_inbox": "Retour à la boîte aux lettres",
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
        "wrong_credentials": (
            "Anmeldung abgelehnt: Adresse, Passwort oder Code ist falsch, oder die Anmeldung "
            "ist gesperrt. Nach {failures} Fehlversuchen in Folge wird die Anmeldung für "
            "{minutes} Minuten gesperrt."
        ),
        "forgot_password": "Passwort vergessen?",
        "signed_out": "Sie sind abgemeldet.",
        "code_title": "Zweiter Schritt: Einmalcode",
        "code_intro": (
            "Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App jetzt für {issuer} "
            "anzeigt."
        ),
        "code": "Einmalcode (6 Ziffern)",
        "code_confirm": "Bestätigen",
        "code_wrong": (
            "Dieser Code ist falsch. Prüfen Sie, ob die Uhr Ihres Telefons richtig geht, und geben "
            "Sie den Code ein, den die App jetzt anzeigt."
        ),
        "start_again": "Erneut anmelden",
        "setup_password_step": "1. Wählen Sie ein Passwort",
        "setup_factor_step": "2. Verbinden Sie Ihre Authenticator-App",
        "setup_factor_intro": (
            "Scannen Sie diesen QR-Code mit der Authenticator-App Ihres Telefons. Die App zeigt "
            "dann alle 30 Sekunden einen neuen 6-stelligen Code."
        ),
        "qr_label": "QR-Code für Ihre Authenticator-App",
        "setup_secret_by_hand": "Scannen geht nicht? Geben Sie diesen Schlüssel in der App ein:",
        "setup_open_app": "In einer Authenticator-App auf diesem Gerät öffnen",
        "setup_code": "Code, den die App jetzt anzeigt (6 Ziffern)",
        "reset_title": "Passwort zurücksetzen",
        "reset_intro": (
            "Geben Sie Ihre E-Mail-Adresse ein. Gehört sie einem Mitarbeiter, der seine Anmeldung "
            "eingerichtet hat, senden wir einen Link, der eine Stunde gültig ist."
        ),
        "reset_send": "Link senden",
        "reset_sent": (
            "Wenn diese Adresse zu einem Konto gehört, wurde ein Link an sie gesendet. Er ist eine "
            "Stunde gültig. Sehen Sie auch im Spam-Ordner nach."
        ),
        "reset_new_title": "Wählen Sie ein neues Passwort",
        "reset_new_intro": (
            "Wählen Sie ein neues Passwort mit mindestens 12 Zeichen und bestätigen Sie mit dem "
            "Code, den Ihre App jetzt anzeigt. Danach werden alle Ihre offenen Sitzungen beendet."
        ),
        "new_password": "Neues Passwort",
        "new_password_again": "Neues Passwort (wiederholen)",
        "reset_save": "Passwort speichern",
        "reset_invalid": (
            "Dieser Link ist ungültig, bereits benutzt oder abgelaufen. Fordern Sie einen neuen an."
        ),
        "password_long": "Das Passwort darf höchstens 256 Zeichen lang sein.",
        "form_refused_title": "Formular abgelehnt",
        "form_refused": (
            "Dieses Formular wurde nicht angenommen: Es stammt nicht von dieser Website oder ist "
            "abgelaufen. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut."
        ),
        "setup_title": "Ihre Anmeldung einrichten",
        "setup_intro": (
            "Richten Sie Ihre Anmeldung ein: ein Passwort mit mindestens 12 Zeichen und eine "
            "Authenticator-App, die bei jeder Anmeldung einen Einmalcode liefert."
        ),
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
        "seal": "Siegel",
        "seal_check": "Siegel prüfen",
        "seal_title": "Elektronisches Siegel des Dokuments",
        "seal_verifies": (
            "Das Siegel des ÖPD Soziale Eingliederung ist gültig: Das Dokument wurde seit der"
            " Versiegelung nicht verändert."
        ),
        "seal_fails": (
            "Das Siegel ist nicht gültig: Vertrauen Sie diesem Dokument nicht und wenden Sie "
            "sich an den ÖPD."
        ),
        "seal_by": "Versiegelt von",
        "seal_at": "Versiegelt am",
        "seal_missing": "Das Dokument trägt kein Siegel.",
        "seal_changed": "Das Dokument wurde nach der Versiegelung verändert.",
        "seal_added": "Nach dem Siegel wurde der Datei etwas hinzugefügt.",
        "seal_untrusted": (
            "Das Siegel stammt nicht von einer vertrauenswürdigen Zertifizierungsstelle."
        ),
        "seal_explain": (
            "Die Prüfung erfolgt jetzt, an der Datei, wie sie in Ihrem Briefkasten aufbewahrt"
            " wird."
        ),
        "back_to_inbox": "Zurück zum Briefkasten",
        "new": "neu",
        "no_documents": "Keine Dokumente entsprechen dieser Auswahl.",
    },
}


def texts_for(language: str | None) -> dict[str, str]:
    chosen = language if language in TEXTS else "nl"
    names = {**KIND_NAMES[Language(chosen)], **LEGISLATION_NAMES[Language(chosen)]}
    return {**TEXTS[chosen], **{item.value: name for item, name in names.items()}}


def centre_designation(centre: dict | None, language: str) -> str:
    """The centre's name; empty while its registration has not reached the mailbox yet (the
    inbox still shows its REFNIS code and its documents)."""
    if centre is None:
        return ""
    reader_language = Language(language)
    name = municipality_name(centre["name_nl"], centre["name_fr"], reader_language)
    return designation(name, reader_language)
