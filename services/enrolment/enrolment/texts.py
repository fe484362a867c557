"""The enrolment pages' wording in the three languages the centres are addressed in.

Every language has every key: a unit test checks it. Placeholders in braces are filled in by
the templates. A command's refusal comes from the command, in English, and is shown as such.
"""

from contracts.values import Language

LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "de": "Deutsch"}

_STATES_NL = {
    "state_under-review": "In behandeling",
    "state_information-requested": "Wacht op uw antwoord",
    "state_approved": "Goedgekeurd",
    "state_refused": "Geweigerd",
}

NL = {
    "site": "Persoonlijke Pagina's",
    "agency": "POD Maatschappelijke Integratie",
    "skip_to_content": "Naar de inhoud",
    "language_nav": "Taal",
    "sign_in": "Aanmelden",
    "sign_out": "Afmelden",
    "index_intro": (
        "Via Persoonlijke Pagina's ontvangt uw OCMW de documenten van de POD elektronisch, "
        "in plaats van op papier."
    ),
    "back_home": "Naar de beginpagina",
    "none": "Geen.",
    "actions": "Acties",
    "error_summary": "Er is een probleem",
    "error_prefix": "Fout:",
    "error_403": "Niet toegestaan",
    "error_404": "Niet gevonden",
    "error_409": "Niet mogelijk in deze toestand",
    "error_other": "Er ging iets mis",
    "forged": (
        "Dit formulier werd geweigerd: het kwam niet van een pagina van deze site, of de "
        "pagina was te oud. Open de pagina opnieuw en probeer nogmaals."
    ),
    # the application
    "apply_title": "Overstappen op elektronische verzending",
    "apply_intro": (
        "Uw OCMW vraagt om zijn documenten voortaan elektronisch te ontvangen. De "
        "veiligheidscel van de POD bekijkt de aanvraag en kan u om meer informatie vragen."
    ),
    "apply_centre": "Het OCMW",
    "apply_consultant": "De veiligheidsconsulent",
    "apply_conditions": "De voorwaarden",
    "refnis_code": "NIS-code van de gemeente",
    "refnis_code_hint": "Vijf cijfers, bijvoorbeeld 11002 voor Antwerpen.",
    "full_name": "Naam",
    "email": "E-mailadres",
    "language": "Taal",
    "consultant_language": "Taal van de veiligheidsconsulent",
    "language_of_centre": "De taal van het OCMW",
    "network": "Beveiligd netwerk",
    "network_hint": "Het gemeentelijke netwerk waarlangs het OCMW de brievenbus opent.",
    "staff_authentication": "Sterke authenticatie van het personeel",
    "staff_authentication_hint": "Wat het personeel naast het wachtwoord gebruikt.",
    "auth_token": "Token-app (eenmalige code)",
    "auth_eid": "Elektronische identiteitskaart",
    "wished_date": "Gewenste datum",
    "wished_date_hint": "Vanaf wanneer u de documenten elektronisch wilt ontvangen.",
    "apply_send": "Aanvraag versturen",
    "invalid_refnis_code": "Geef de NIS-code van vijf cijfers.",
    "invalid_consultant_name": "Geef de naam van de veiligheidsconsulent.",
    "invalid_consultant_email": "Geef een geldig e-mailadres, zoals naam@ocmw.be.",
    "invalid_network": "Kies het beveiligde netwerk.",
    "invalid_staff_authentication": "Kies de sterke authenticatie van het personeel.",
    "invalid_wished_date": "Geef een datum, zoals 2027-01-01.",
    "invalid_language": "Kies Nederlands, Frans of Duits.",
    "invalid_full_name": "Geef een naam.",
    "invalid_email": "Geef een geldig e-mailadres, zoals naam@ocmw.be.",
    "too_long": "Te lang: ten hoogste {longest} tekens.",
    "refnis_unknown": "Er is geen OCMW met deze NIS-code.",
    "apply_already_open": (
        "Dit OCMW heeft al een open aanvraag. Volg ze via de link in uw e-mail."
    ),
    "apply_switched_over": "Dit OCMW ontvangt zijn documenten al elektronisch.",
    "apply_received": "Uw aanvraag is ontvangen. U krijgt ook een e-mail met deze link.",
    "keep_link": "Bewaar deze link: u volgt er de aanvraag mee op.",
    # following the application
    "tracking_title": "Uw aanvraag",
    "tracking_unknown": "Er is geen aanvraag met deze link. Gebruik de link uit uw e-mail.",
    "centre": "OCMW",
    "state": "Toestand",
    **_STATES_NL,
    "state_explained_under-review": "De veiligheidscel bekijkt uw aanvraag.",
    "state_explained_information-requested": (
        "De veiligheidscel vraagt meer informatie. Antwoord hieronder; daarna bekijkt ze de "
        "aanvraag opnieuw."
    ),
    "state_explained_approved": (
        "Uw aanvraag is goedgekeurd. De veiligheidsconsulent krijgt een e-mail om zijn "
        "account in te stellen."
    ),
    "state_explained_refused": "Uw aanvraag is geweigerd. U kunt een nieuwe aanvraag indienen.",
    "effective_date": "Ingangsdatum",
    "reason": "Reden",
    "exchange": "Berichten",
    "exchange_empty": "Nog geen berichten.",
    "step_request-information": "Vraag van de veiligheidscel",
    "step_answer": "Antwoord van het OCMW",
    "step_approve": "Goedkeuring",
    "step_refuse": "Weigering",
    "answer_title": "Uw antwoord",
    "answer_text": "Antwoord aan de veiligheidscel",
    "answer_send": "Antwoord versturen",
    "answer_sent": "Uw antwoord is verstuurd. De veiligheidscel bekijkt de aanvraag opnieuw.",
    "invalid_answer": "Schrijf uw antwoord.",
    # signing in
    "sign_in_intro": "Voor de veiligheidscel en de veiligheidsconsulenten van de OCMW's.",
    "password": "Wachtwoord",
    "password_again": "Wachtwoord (nogmaals)",
    "next_step": "Verder",
    "wrong_credentials": (
        "Aanmelden geweigerd: het adres of het wachtwoord klopt niet, of de aanmelding is "
        "geblokkeerd. Na 5 mislukte pogingen op rij wordt ze 15 minuten geblokkeerd."
    ),
    "forgot_password": "Wachtwoord vergeten?",
    "code_title": "Eenmalige code",
    "code": "Code van 6 cijfers",
    "code_hint": "De code die uw token-app nu toont. Elke code werkt maar één keer.",
    "code_wrong_or_locked": (
        "Deze code klopt niet, is al gebruikt, of de aanmelding is geblokkeerd. Geef de "
        "volgende code die de app toont."
    ),
    "start_again": "Opnieuw beginnen",
    "notice_ended": "Uw sessie is beëindigd. Meld u opnieuw aan.",
    "notice_signed_out": "U bent afgemeld.",
    "notice_expired": "De aanmelding duurde te lang. Begin opnieuw.",
    "notice_reset": "Uw wachtwoord is gewijzigd. Meld u aan.",
    "link_invalid_title": "Deze link werkt niet",
    "link_invalid": (
        "Deze link is onbekend, al gebruikt of verlopen. Vraag wie u uitnodigde om een "
        "nieuwe, of vraag een nieuwe wachtwoordlink."
    ),
    # setting up an account
    "setup_title": "Uw account instellen",
    "setup_intro": "Welkom, {name}. Kies een wachtwoord en koppel uw token-app.",
    "setup_password_step": "1. Kies een wachtwoord",
    "password_rule": "Minstens 12 tekens.",
    "setup_factor_step": "2. Koppel uw token-app",
    "setup_factor_intro": (
        "Scan deze QR-code met de token-app op uw telefoon. De app toont dan elke 30 "
        "seconden een nieuwe code van 6 cijfers."
    ),
    "qr": "QR-code voor uw token-app",
    "setup_secret_by_hand": "Lukt scannen niet? Typ deze sleutel in de app:",
    "setup_open_app": "Openen in een token-app op dit toestel",
    "setup_code": "Code die de app nu toont",
    "setup_save": "Account instellen",
    "password_short": "Het wachtwoord moet minstens 12 tekens hebben.",
    "password_long": "Het wachtwoord mag hoogstens 256 tekens hebben.",
    "password_mismatch": "De twee wachtwoorden verschillen.",
    "code_wrong": "Deze code klopt niet of is al gebruikt. Geef de code die de app nu toont.",
    "locked": "Na te veel mislukte pogingen is uw account 15 minuten geblokkeerd.",
    # password reset
    "reset_title": "Wachtwoord vergeten",
    "reset_intro": (
        "Geef uw e-mailadres. Hoort het bij een account, dan sturen we een link die een uur "
        "geldig is."
    ),
    "reset_send": "Link versturen",
    "reset_sent": (
        "Als dit adres bij een account hoort, is er een link naartoe gestuurd. De link is een "
        "uur geldig."
    ),
    "reset_new_title": "Kies een nieuw wachtwoord",
    "reset_new_intro": (
        "Kies een nieuw wachtwoord en bevestig met de code die uw token-app nu toont. Daarna "
        "worden al uw open sessies beëindigd."
    ),
    "new_password": "Nieuw wachtwoord",
    "new_password_again": "Nieuw wachtwoord (nogmaals)",
    "reset_save": "Wachtwoord opslaan",
    # the security cell
    "queue_title": "Aanvragen",
    "queue_under_review": "Te behandelen",
    "queue_under_review_hint": "De oudste eerst.",
    "queue_waiting": "Wacht op het antwoord van het OCMW",
    "last_step": "Laatste stap",
    "new_application": "Nieuwe aanvraag",
    "submitted_at": "Ingediend",
    "consultant": "Veiligheidsconsulent",
    "find_centre": "Een OCMW openen",
    "open_centre": "Openen",
    "review_title": "Aanvraag",
    "back_to_queue": "Terug naar de aanvragen",
    "from_address": "vanaf",
    "centre_page": "Het OCMW: consulenten en audittrail",
    "ask_title": "Meer informatie vragen",
    "question": "Vraag aan het OCMW",
    "question_hint": "Het OCMW krijgt een e-mail met een link om te antwoorden.",
    "ask_send": "Vraag versturen",
    "approve_title": "Goedkeuren",
    "effective_date_hint": (
        "Vanaf deze datum gaan alle documenten, van de drie wetgevingen samen, enkel nog naar "
        "de brievenbus. Niet vroeger dan vandaag."
    ),
    "approve_send": "Goedkeuren en overschakelen",
    "refuse_title": "Weigeren",
    "reason_hint": "Het OCMW ziet deze reden.",
    "refuse_send": "Weigeren",
    "invalid_question": "Schrijf de vraag.",
    "invalid_reason": "Schrijf de reden van de weigering.",
    "invalid_effective_date": "Geef een datum, zoals 2027-01-01.",
    "application_closed": "Deze aanvraag is afgesloten.",
    "done_question": "De vraag is verstuurd.",
    "done_reason": "De aanvraag is geweigerd.",
    "done_effective_date": (
        "De aanvraag is goedgekeurd: het OCMW is overgeschakeld en de veiligheidsconsulent "
        "is uitgenodigd."
    ),
    "done_withdrawn": "De machtiging is ingetrokken; de sessies van de consulent zijn beëindigd.",
    "done_appointed": "De nieuwe veiligheidsconsulent is uitgenodigd.",
    "centre_title": "OCMW",
    "switched_over_on": "Elektronisch sinds {date}.",
    "on_paper": "Nog op papier.",
    "consultants": "Veiligheidsconsulenten",
    "consultant_active": "Gemachtigd",
    "consultant_invited": "Uitgenodigd",
    "consultant_withdrawn": "Machtiging ingetrokken",
    "withdraw": "Machtiging intrekken",
    "withdraw_of": "Machtiging intrekken van {name}",
    "appoint_title": "Nieuwe veiligheidsconsulent aanstellen",
    "appoint_send": "Aanstellen en uitnodigen",
    "applications": "Aanvragen",
    "audit_title": "Audittrail",
    "audit_shown": "De {shown} recentste van {count} registraties.",
    "audit_export": "Alles downloaden (CSV)",
    "when": "Wanneer",
    "who": "Wie",
    "what": "Wat",
    "on_what": "Waarop",
    # the security consultant
    "staff_title": "Toegang van het personeel",
    "staff_with_access": "Personeelsleden met toegang",
    "staff_revoked": "Ingetrokken toegang",
    "access_since": "Toegang sinds {date}",
    "revoked_on": "Ingetrokken op {date}",
    "revoke": "Toegang intrekken",
    "revoke_of": "Toegang intrekken van {name}",
    "invite_title": "Een personeelslid uitnodigen",
    "invite_intro": (
        "Het personeelslid krijgt een e-mail om een wachtwoord en een token-app in te stellen "
        "en opent daarna de brievenbus van uw OCMW."
    ),
    "invite_send": "Uitnodigen",
    "done_invited": "De uitnodiging is verstuurd.",
    "done_revoked": "De toegang is ingetrokken, ook voor open sessies.",
}

FR = {
    "site": "Pages personnelles",
    "agency": "SPP Intégration sociale",
    "skip_to_content": "Aller au contenu",
    "language_nav": "Langue",
    "sign_in": "Se connecter",
    "sign_out": "Se déconnecter",
    "index_intro": (
        "Par les Pages personnelles, votre CPAS reçoit les documents du SPP par voie "
        "électronique plutôt que sur papier."
    ),
    "back_home": "Vers la page d'accueil",
    "none": "Aucun.",
    "actions": "Actions",
    "error_summary": "Il y a un problème",
    "error_prefix": "Erreur :",
    "error_403": "Non autorisé",
    "error_404": "Introuvable",
    "error_409": "Impossible dans cet état",
    "error_other": "Une erreur s'est produite",
    "forged": (
        "Ce formulaire a été refusé : il ne venait pas d'une page de ce site, ou la page était "
        "trop ancienne. Rouvrez la page et réessayez."
    ),
    "apply_title": "Passer à l'envoi électronique",
    "apply_intro": (
        "Votre CPAS demande à recevoir désormais ses documents par voie électronique. La "
        "cellule de sécurité du SPP examine la demande et peut vous demander des informations."
    ),
    "apply_centre": "Le CPAS",
    "apply_consultant": "Le conseiller en sécurité",
    "apply_conditions": "Les conditions",
    "refnis_code": "Code INS de la commune",
    "refnis_code_hint": "Cinq chiffres, par exemple 62063 pour Liège.",
    "full_name": "Nom",
    "email": "Adresse e-mail",
    "language": "Langue",
    "consultant_language": "Langue du conseiller en sécurité",
    "language_of_centre": "La langue du CPAS",
    "network": "Réseau sécurisé",
    "network_hint": "Le réseau communal par lequel le CPAS ouvre sa boîte aux lettres.",
    "staff_authentication": "Authentification forte du personnel",
    "staff_authentication_hint": "Ce que le personnel utilise en plus du mot de passe.",
    "auth_token": "Application d'authentification (code à usage unique)",
    "auth_eid": "Carte d'identité électronique",
    "wished_date": "Date souhaitée",
    "wished_date_hint": "À partir de quand vous souhaitez recevoir les documents en ligne.",
    "apply_send": "Envoyer la demande",
    "invalid_refnis_code": "Indiquez le code INS à cinq chiffres.",
    "invalid_consultant_name": "Indiquez le nom du conseiller en sécurité.",
    "invalid_consultant_email": "Indiquez une adresse e-mail valide, comme nom@cpas.be.",
    "invalid_network": "Choisissez le réseau sécurisé.",
    "invalid_staff_authentication": "Choisissez l'authentification forte du personnel.",
    "invalid_wished_date": "Indiquez une date, comme 2027-01-01.",
    "invalid_language": "Choisissez le néerlandais, le français ou l'allemand.",
    "invalid_full_name": "Indiquez un nom.",
    "invalid_email": "Indiquez une adresse e-mail valide, comme nom@cpas.be.",
    "too_long": "Trop long : au plus {longest} caractères.",
    "refnis_unknown": "Aucun CPAS n'a ce code INS.",
    "apply_already_open": (
        "Ce CPAS a déjà une demande ouverte. Suivez-la par le lien de votre e-mail."
    ),
    "apply_switched_over": "Ce CPAS reçoit déjà ses documents par voie électronique.",
    "apply_received": "Votre demande est reçue. Vous recevez aussi un e-mail avec ce lien.",
    "keep_link": "Conservez ce lien : il vous permet de suivre la demande.",
    "tracking_title": "Votre demande",
    "tracking_unknown": "Aucune demande n'a ce lien. Utilisez le lien de votre e-mail.",
    "centre": "CPAS",
    "state": "État",
    "state_under-review": "En cours d'examen",
    "state_information-requested": "En attente de votre réponse",
    "state_approved": "Approuvée",
    "state_refused": "Refusée",
    "state_explained_under-review": "La cellule de sécurité examine votre demande.",
    "state_explained_information-requested": (
        "La cellule de sécurité demande des informations. Répondez ci-dessous ; elle "
        "réexaminera ensuite la demande."
    ),
    "state_explained_approved": (
        "Votre demande est approuvée. Le conseiller en sécurité reçoit un e-mail pour "
        "configurer son compte."
    ),
    "state_explained_refused": (
        "Votre demande est refusée. Vous pouvez introduire une nouvelle demande."
    ),
    "effective_date": "Date d'effet",
    "reason": "Motif",
    "exchange": "Messages",
    "exchange_empty": "Pas encore de messages.",
    "step_request-information": "Question de la cellule de sécurité",
    "step_answer": "Réponse du CPAS",
    "step_approve": "Approbation",
    "step_refuse": "Refus",
    "answer_title": "Votre réponse",
    "answer_text": "Réponse à la cellule de sécurité",
    "answer_send": "Envoyer la réponse",
    "answer_sent": "Votre réponse est envoyée. La cellule de sécurité réexamine la demande.",
    "invalid_answer": "Écrivez votre réponse.",
    "sign_in_intro": "Pour la cellule de sécurité et les conseillers en sécurité des CPAS.",
    "password": "Mot de passe",
    "password_again": "Mot de passe (encore une fois)",
    "next_step": "Continuer",
    "wrong_credentials": (
        "Connexion refusée : l'adresse ou le mot de passe est incorrect, ou la connexion est "
        "bloquée. Après 5 échecs de suite, elle est bloquée pendant 15 minutes."
    ),
    "forgot_password": "Mot de passe oublié ?",
    "code_title": "Code à usage unique",
    "code": "Code à 6 chiffres",
    "code_hint": (
        "Le code que votre application d'authentification affiche maintenant. Chaque code ne "
        "sert qu'une fois."
    ),
    "code_wrong_or_locked": (
        "Ce code est incorrect, déjà utilisé, ou la connexion est bloquée. Indiquez le code "
        "suivant de l'application."
    ),
    "start_again": "Recommencer",
    "notice_ended": "Votre session a pris fin. Reconnectez-vous.",
    "notice_signed_out": "Vous êtes déconnecté.",
    "notice_expired": "La connexion a pris trop de temps. Recommencez.",
    "notice_reset": "Votre mot de passe est modifié. Connectez-vous.",
    "link_invalid_title": "Ce lien ne fonctionne pas",
    "link_invalid": (
        "Ce lien est inconnu, déjà utilisé ou expiré. Demandez-en un nouveau à la personne "
        "qui vous a invité, ou demandez un nouveau lien de mot de passe."
    ),
    "setup_title": "Configurer votre compte",
    "setup_intro": (
        "Bienvenue, {name}. Choisissez un mot de passe et associez votre application "
        "d'authentification."
    ),
    "setup_password_step": "1. Choisissez un mot de passe",
    "password_rule": "Au moins 12 caractères.",
    "setup_factor_step": "2. Associez votre application d'authentification",
    "setup_factor_intro": (
        "Scannez ce code QR avec l'application d'authentification de votre téléphone. Elle "
        "affichera un nouveau code à 6 chiffres toutes les 30 secondes."
    ),
    "qr": "Code QR pour votre application d'authentification",
    "setup_secret_by_hand": "Le scan ne fonctionne pas ? Tapez cette clé dans l'application :",
    "setup_open_app": "Ouvrir dans une application d'authentification de cet appareil",
    "setup_code": "Code affiché maintenant par l'application",
    "setup_save": "Configurer le compte",
    "password_short": "Le mot de passe doit compter au moins 12 caractères.",
    "password_long": "Le mot de passe peut compter au plus 256 caractères.",
    "password_mismatch": "Les deux mots de passe diffèrent.",
    "code_wrong": (
        "Ce code est incorrect ou déjà utilisé. Indiquez le code que l'application affiche "
        "maintenant."
    ),
    "locked": "Après trop d'échecs, votre compte est bloqué pendant 15 minutes.",
    "reset_title": "Mot de passe oublié",
    "reset_intro": (
        "Indiquez votre adresse e-mail. Si elle correspond à un compte, nous envoyons un lien "
        "valable une heure."
    ),
    "reset_send": "Envoyer le lien",
    "reset_sent": (
        "Si cette adresse correspond à un compte, un lien y a été envoyé. Il est valable une "
        "heure."
    ),
    "reset_new_title": "Choisissez un nouveau mot de passe",
    "reset_new_intro": (
        "Choisissez un nouveau mot de passe et confirmez avec le code que votre application "
        "affiche maintenant. Toutes vos sessions ouvertes prendront fin."
    ),
    "new_password": "Nouveau mot de passe",
    "new_password_again": "Nouveau mot de passe (encore une fois)",
    "reset_save": "Enregistrer le mot de passe",
    "queue_title": "Demandes",
    "queue_under_review": "À examiner",
    "queue_under_review_hint": "Les plus anciennes d'abord.",
    "queue_waiting": "En attente de la réponse du CPAS",
    "last_step": "Dernière étape",
    "new_application": "Nouvelle demande",
    "submitted_at": "Introduite",
    "consultant": "Conseiller en sécurité",
    "find_centre": "Ouvrir un CPAS",
    "open_centre": "Ouvrir",
    "review_title": "Demande",
    "back_to_queue": "Retour aux demandes",
    "from_address": "depuis",
    "centre_page": "Le CPAS : conseillers et piste d'audit",
    "ask_title": "Demander des informations",
    "question": "Question au CPAS",
    "question_hint": "Le CPAS reçoit un e-mail avec un lien pour répondre.",
    "ask_send": "Envoyer la question",
    "approve_title": "Approuver",
    "effective_date_hint": (
        "À partir de cette date, tous les documents des trois législations ensemble vont "
        "uniquement à la boîte aux lettres. Pas avant aujourd'hui."
    ),
    "approve_send": "Approuver et basculer",
    "refuse_title": "Refuser",
    "reason_hint": "Le CPAS voit ce motif.",
    "refuse_send": "Refuser",
    "invalid_question": "Écrivez la question.",
    "invalid_reason": "Écrivez le motif du refus.",
    "invalid_effective_date": "Indiquez une date, comme 2027-01-01.",
    "application_closed": "Cette demande est clôturée.",
    "done_question": "La question est envoyée.",
    "done_reason": "La demande est refusée.",
    "done_effective_date": (
        "La demande est approuvée : le CPAS a basculé et le conseiller en sécurité est invité."
    ),
    "done_withdrawn": (
        "L'habilitation est retirée ; les sessions du conseiller ont pris fin."
    ),
    "done_appointed": "Le nouveau conseiller en sécurité est invité.",
    "centre_title": "CPAS",
    "switched_over_on": "Électronique depuis le {date}.",
    "on_paper": "Encore sur papier.",
    "consultants": "Conseillers en sécurité",
    "consultant_active": "Habilité",
    "consultant_invited": "Invité",
    "consultant_withdrawn": "Habilitation retirée",
    "withdraw": "Retirer l'habilitation",
    "withdraw_of": "Retirer l'habilitation de {name}",
    "appoint_title": "Désigner un nouveau conseiller en sécurité",
    "appoint_send": "Désigner et inviter",
    "applications": "Demandes",
    "audit_title": "Piste d'audit",
    "audit_shown": "Les {shown} plus récents de {count} enregistrements.",
    "audit_export": "Tout télécharger (CSV)",
    "when": "Quand",
    "who": "Qui",
    "what": "Quoi",
    "on_what": "Sur quoi",
    "staff_title": "Accès du personnel",
    "staff_with_access": "Membres du personnel ayant accès",
    "staff_revoked": "Accès retirés",
    "access_since": "Accès depuis le {date}",
    "revoked_on": "Retiré le {date}",
    "revoke": "Retirer l'accès",
    "revoke_of": "Retirer l'accès de {name}",
    "invite_title": "Inviter un membre du personnel",
    "invite_intro": (
        "Le membre du personnel reçoit un e-mail pour configurer un mot de passe et une "
        "application d'authentification, puis ouvre la boîte aux lettres de votre CPAS."
    ),
    "invite_send": "Inviter",
    "done_invited": "L'invitation est envoyée.",
    "done_revoked": "L'accès est retiré, y compris pour les sessions ouvertes.",
}

DE = {
    "site": "Persönliche Seiten",
    "agency": "ÖPD Sozialeingliederung",
    "skip_to_content": "Zum Inhalt",
    "language_nav": "Sprache",
    "sign_in": "Anmelden",
    "sign_out": "Abmelden",
    "index_intro": (
        "Über die Persönlichen Seiten erhält Ihr ÖSHZ die Dokumente des ÖPD elektronisch "
        "statt auf Papier."
    ),
    "back_home": "Zur Startseite",
    "none": "Keine.",
    "actions": "Aktionen",
    "error_summary": "Es gibt ein Problem",
    "error_prefix": "Fehler:",
    "error_403": "Nicht erlaubt",
    "error_404": "Nicht gefunden",
    "error_409": "In diesem Zustand nicht möglich",
    "error_other": "Etwas ist schiefgegangen",
    "forged": (
        "Dieses Formular wurde abgelehnt: Es kam nicht von einer Seite dieser Website, oder "
        "die Seite war zu alt. Öffnen Sie die Seite erneut und versuchen Sie es noch einmal."
    ),
    "apply_title": "Umstellung auf elektronischen Versand",
    "apply_intro": (
        "Ihr ÖSHZ beantragt, seine Dokumente künftig elektronisch zu erhalten. Die "
        "Sicherheitszelle des ÖPD prüft den Antrag und kann weitere Angaben anfordern."
    ),
    "apply_centre": "Das ÖSHZ",
    "apply_consultant": "Der Sicherheitsberater",
    "apply_conditions": "Die Bedingungen",
    "refnis_code": "NIS-Code der Gemeinde",
    "refnis_code_hint": "Fünf Ziffern, zum Beispiel 63023 für Eupen.",
    "full_name": "Name",
    "email": "E-Mail-Adresse",
    "language": "Sprache",
    "consultant_language": "Sprache des Sicherheitsberaters",
    "language_of_centre": "Die Sprache des ÖSHZ",
    "network": "Gesichertes Netzwerk",
    "network_hint": "Das kommunale Netzwerk, über das das ÖSHZ sein Postfach öffnet.",
    "staff_authentication": "Starke Authentifizierung des Personals",
    "staff_authentication_hint": "Was das Personal zusätzlich zum Passwort verwendet.",
    "auth_token": "Authentifizierungs-App (Einmalcode)",
    "auth_eid": "Elektronischer Personalausweis",
    "wished_date": "Gewünschtes Datum",
    "wished_date_hint": "Ab wann Sie die Dokumente elektronisch erhalten möchten.",
    "apply_send": "Antrag senden",
    "invalid_refnis_code": "Geben Sie den fünfstelligen NIS-Code an.",
    "invalid_consultant_name": "Geben Sie den Namen des Sicherheitsberaters an.",
    "invalid_consultant_email": "Geben Sie eine gültige E-Mail-Adresse an, z. B. name@oshz.be.",
    "invalid_network": "Wählen Sie das gesicherte Netzwerk.",
    "invalid_staff_authentication": "Wählen Sie die starke Authentifizierung des Personals.",
    "invalid_wished_date": "Geben Sie ein Datum an, z. B. 2027-01-01.",
    "invalid_language": "Wählen Sie Niederländisch, Französisch oder Deutsch.",
    "invalid_full_name": "Geben Sie einen Namen an.",
    "invalid_email": "Geben Sie eine gültige E-Mail-Adresse an, z. B. name@oshz.be.",
    "too_long": "Zu lang: höchstens {longest} Zeichen.",
    "refnis_unknown": "Kein ÖSHZ hat diesen NIS-Code.",
    "apply_already_open": (
        "Dieses ÖSHZ hat bereits einen offenen Antrag. Verfolgen Sie ihn über den Link in "
        "Ihrer E-Mail."
    ),
    "apply_switched_over": "Dieses ÖSHZ erhält seine Dokumente bereits elektronisch.",
    "apply_received": "Ihr Antrag ist eingegangen. Sie erhalten auch eine E-Mail mit diesem Link.",
    "keep_link": "Bewahren Sie diesen Link auf: Damit verfolgen Sie den Antrag.",
    "tracking_title": "Ihr Antrag",
    "tracking_unknown": "Kein Antrag hat diesen Link. Verwenden Sie den Link aus Ihrer E-Mail.",
    "centre": "ÖSHZ",
    "state": "Zustand",
    "state_under-review": "In Prüfung",
    "state_information-requested": "Wartet auf Ihre Antwort",
    "state_approved": "Genehmigt",
    "state_refused": "Abgelehnt",
    "state_explained_under-review": "Die Sicherheitszelle prüft Ihren Antrag.",
    "state_explained_information-requested": (
        "Die Sicherheitszelle bittet um weitere Angaben. Antworten Sie unten; danach prüft sie "
        "den Antrag erneut."
    ),
    "state_explained_approved": (
        "Ihr Antrag ist genehmigt. Der Sicherheitsberater erhält eine E-Mail, um sein Konto "
        "einzurichten."
    ),
    "state_explained_refused": (
        "Ihr Antrag wurde abgelehnt. Sie können einen neuen Antrag stellen."
    ),
    "effective_date": "Stichtag",
    "reason": "Grund",
    "exchange": "Nachrichten",
    "exchange_empty": "Noch keine Nachrichten.",
    "step_request-information": "Frage der Sicherheitszelle",
    "step_answer": "Antwort des ÖSHZ",
    "step_approve": "Genehmigung",
    "step_refuse": "Ablehnung",
    "answer_title": "Ihre Antwort",
    "answer_text": "Antwort an die Sicherheitszelle",
    "answer_send": "Antwort senden",
    "answer_sent": "Ihre Antwort ist gesendet. Die Sicherheitszelle prüft den Antrag erneut.",
    "invalid_answer": "Schreiben Sie Ihre Antwort.",
    "sign_in_intro": "Für die Sicherheitszelle und die Sicherheitsberater der ÖSHZ.",
    "password": "Passwort",
    "password_again": "Passwort (wiederholen)",
    "next_step": "Weiter",
    "wrong_credentials": (
        "Anmeldung abgelehnt: Adresse oder Passwort stimmen nicht, oder die Anmeldung ist "
        "gesperrt. Nach 5 Fehlversuchen in Folge wird sie 15 Minuten gesperrt."
    ),
    "forgot_password": "Passwort vergessen?",
    "code_title": "Einmalcode",
    "code": "Code mit 6 Ziffern",
    "code_hint": (
        "Der Code, den Ihre Authentifizierungs-App jetzt anzeigt. Jeder Code gilt nur einmal."
    ),
    "code_wrong_or_locked": (
        "Dieser Code stimmt nicht, wurde schon verwendet, oder die Anmeldung ist gesperrt. "
        "Geben Sie den nächsten Code der App an."
    ),
    "start_again": "Neu beginnen",
    "notice_ended": "Ihre Sitzung ist beendet. Melden Sie sich erneut an.",
    "notice_signed_out": "Sie sind abgemeldet.",
    "notice_expired": "Die Anmeldung hat zu lange gedauert. Beginnen Sie neu.",
    "notice_reset": "Ihr Passwort ist geändert. Melden Sie sich an.",
    "link_invalid_title": "Dieser Link funktioniert nicht",
    "link_invalid": (
        "Dieser Link ist unbekannt, schon verwendet oder abgelaufen. Bitten Sie die Person, "
        "die Sie eingeladen hat, um einen neuen, oder fordern Sie einen neuen Passwort-Link an."
    ),
    "setup_title": "Ihr Konto einrichten",
    "setup_intro": (
        "Willkommen, {name}. Wählen Sie ein Passwort und verbinden Sie Ihre "
        "Authentifizierungs-App."
    ),
    "setup_password_step": "1. Wählen Sie ein Passwort",
    "password_rule": "Mindestens 12 Zeichen.",
    "setup_factor_step": "2. Verbinden Sie Ihre Authentifizierungs-App",
    "setup_factor_intro": (
        "Scannen Sie diesen QR-Code mit der Authentifizierungs-App Ihres Telefons. Die App "
        "zeigt dann alle 30 Sekunden einen neuen Code mit 6 Ziffern."
    ),
    "qr": "QR-Code für Ihre Authentifizierungs-App",
    "setup_secret_by_hand": "Scannen klappt nicht? Tippen Sie diesen Schlüssel in die App:",
    "setup_open_app": "In einer Authentifizierungs-App auf diesem Gerät öffnen",
    "setup_code": "Code, den die App jetzt anzeigt",
    "setup_save": "Konto einrichten",
    "password_short": "Das Passwort muss mindestens 12 Zeichen haben.",
    "password_long": "Das Passwort darf höchstens 256 Zeichen haben.",
    "password_mismatch": "Die beiden Passwörter sind verschieden.",
    "code_wrong": (
        "Dieser Code stimmt nicht oder wurde schon verwendet. Geben Sie den Code an, den die "
        "App jetzt anzeigt."
    ),
    "locked": "Nach zu vielen Fehlversuchen ist Ihr Konto 15 Minuten gesperrt.",
    "reset_title": "Passwort vergessen",
    "reset_intro": (
        "Geben Sie Ihre E-Mail-Adresse an. Gehört sie zu einem Konto, senden wir einen Link, "
        "der eine Stunde gilt."
    ),
    "reset_send": "Link senden",
    "reset_sent": (
        "Wenn diese Adresse zu einem Konto gehört, wurde ein Link dorthin gesendet. Er gilt "
        "eine Stunde."
    ),
    "reset_new_title": "Wählen Sie ein neues Passwort",
    "reset_new_intro": (
        "Wählen Sie ein neues Passwort und bestätigen Sie mit dem Code, den Ihre App jetzt "
        "anzeigt. Danach werden alle Ihre offenen Sitzungen beendet."
    ),
    "new_password": "Neues Passwort",
    "new_password_again": "Neues Passwort (wiederholen)",
    "reset_save": "Passwort speichern",
    "queue_title": "Anträge",
    "queue_under_review": "Zu prüfen",
    "queue_under_review_hint": "Die ältesten zuerst.",
    "queue_waiting": "Wartet auf die Antwort des ÖSHZ",
    "last_step": "Letzter Schritt",
    "new_application": "Neuer Antrag",
    "submitted_at": "Eingereicht",
    "consultant": "Sicherheitsberater",
    "find_centre": "Ein ÖSHZ öffnen",
    "open_centre": "Öffnen",
    "review_title": "Antrag",
    "back_to_queue": "Zurück zu den Anträgen",
    "from_address": "von",
    "centre_page": "Das ÖSHZ: Berater und Prüfprotokoll",
    "ask_title": "Weitere Angaben anfordern",
    "question": "Frage an das ÖSHZ",
    "question_hint": "Das ÖSHZ erhält eine E-Mail mit einem Link zum Antworten.",
    "ask_send": "Frage senden",
    "approve_title": "Genehmigen",
    "effective_date_hint": (
        "Ab diesem Datum gehen alle Dokumente der drei Gesetzgebungen zusammen nur noch ins "
        "Postfach. Nicht früher als heute."
    ),
    "approve_send": "Genehmigen und umstellen",
    "refuse_title": "Ablehnen",
    "reason_hint": "Das ÖSHZ sieht diesen Grund.",
    "refuse_send": "Ablehnen",
    "invalid_question": "Schreiben Sie die Frage.",
    "invalid_reason": "Schreiben Sie den Grund der Ablehnung.",
    "invalid_effective_date": "Geben Sie ein Datum an, z. B. 2027-01-01.",
    "application_closed": "Dieser Antrag ist abgeschlossen.",
    "done_question": "Die Frage ist gesendet.",
    "done_reason": "Der Antrag ist abgelehnt.",
    "done_effective_date": (
        "Der Antrag ist genehmigt: Das ÖSHZ ist umgestellt und der Sicherheitsberater "
        "eingeladen."
    ),
    "done_withdrawn": "Die Befugnis ist entzogen; die Sitzungen des Beraters sind beendet.",
    "done_appointed": "Der neue Sicherheitsberater ist eingeladen.",
    "centre_title": "ÖSHZ",
    "switched_over_on": "Elektronisch seit dem {date}.",
    "on_paper": "Noch auf Papier.",
    "consultants": "Sicherheitsberater",
    "consultant_active": "Befugt",
    "consultant_invited": "Eingeladen",
    "consultant_withdrawn": "Befugnis entzogen",
    "withdraw": "Befugnis entziehen",
    "withdraw_of": "Befugnis von {name} entziehen",
    "appoint_title": "Einen neuen Sicherheitsberater ernennen",
    "appoint_send": "Ernennen und einladen",
    "applications": "Anträge",
    "audit_title": "Prüfprotokoll",
    "audit_shown": "Die {shown} neuesten von {count} Einträgen.",
    "audit_export": "Alles herunterladen (CSV)",
    "when": "Wann",
    "who": "Wer",
    "what": "Was",
    "on_what": "Worauf",
    "staff_title": "Zugang des Personals",
    "staff_with_access": "Personalmitglieder mit Zugang",
    "staff_revoked": "Entzogene Zugänge",
    "access_since": "Zugang seit dem {date}",
    "revoked_on": "Entzogen am {date}",
    "revoke": "Zugang entziehen",
    "revoke_of": "Zugang von {name} entziehen",
    "invite_title": "Ein Personalmitglied einladen",
    "invite_intro": (
        "Das Personalmitglied erhält eine E-Mail, um ein Passwort und eine "
        "Authentifizierungs-App einzurichten, und öffnet danach das Postfach Ihres ÖSHZ."
    ),
    "invite_send": "Einladen",
    "done_invited": "Die Einladung ist gesendet.",
    "done_revoked": "Der Zugang ist entzogen, auch für offene Sitzungen.",
}

TEXTS: dict[str, dict[str, str]] = {
    Language.DUTCH.value: NL,
    Language.FRENCH.value: FR,
    Language.GERMAN.value: DE,
}


def texts_for(language: str) -> dict[str, str]:
    return TEXTS.get(language, NL)
