"""The fixed texts of the documents, one set per language.

The embedded typeface (typefaces.py) prints any Latin letter; a test checks that it has
a glyph for every character used here. French puts a no-break space (U+00A0) before a colon
or semicolon.
"""

from dataclasses import dataclass

from contracts.values import Language

from renderer.domain.refusals import MissingTranslationError


@dataclass(frozen=True)
class Phrases:
    agency: str
    agency_address: str

    attention: str  # the postal address's "to the attention of" line
    country: str

    issuer_label: str
    reference_label: str
    date_label: str
    period_line: str
    year_line: str
    page_of: str

    dossier_heading: str
    beneficiary_heading: str
    form_heading: str
    category_heading: str
    month_heading: str
    amount_heading: str
    effective_date_heading: str
    claimed_heading: str
    accepted_heading: str
    reason_heading: str

    brought_forward: str
    carried_forward: str
    total: str

    lines: tuple[str, str]
    days: tuple[str, str]
    accepted_forms: tuple[str, str]
    refused_forms: tuple[str, str]
    statement_summary: str
    accepted_summary: str
    refused_summary: str

    no_statement_lines: str
    no_settlement_lines: str
    no_accepted_forms: str
    no_refused_forms: str

    subject_line: str
    salutation: str
    finding_sentence: str
    amount_sentence: str
    reply_by_sentence: str
    correspondence_note: str
    closing: str


PHRASES: dict[Language, Phrases] = {
    Language.DUTCH: Phrases(
        agency="POD Maatschappelijke Integratie",
        agency_address="Koning Albert II-laan 30, 1000 Brussel",
        attention="t.a.v. de algemeen directeur",
        country="België",
        issuer_label="Uitgevende dienst",
        reference_label="Ons kenmerk",
        date_label="Datum",
        period_line="Periode: {period}",
        year_line="Jaar: {period}",
        page_of="pagina {page} van {pages}",
        dossier_heading="Dossier",
        beneficiary_heading="Begunstigde (ref.)",
        form_heading="Form.",
        category_heading="Categorie",
        month_heading="Maand",
        amount_heading="Bedrag (EUR)",
        effective_date_heading="Ingangsdatum",
        claimed_heading="Gevraagd (EUR)",
        accepted_heading="Aanvaard (EUR)",
        reason_heading="Reden",
        brought_forward="Overdracht",
        carried_forward="Over te dragen",
        total="Totaal",
        lines=("regel", "regels"),
        days=("dag", "dagen"),
        accepted_forms=("formulier aanvaard", "formulieren aanvaard"),
        refused_forms=("formulier geweigerd", "formulieren geweigerd"),
        statement_summary="{count}, samen {total}.",
        accepted_summary="{count}. Gevraagd: {claimed}; aanvaard: {accepted}.",
        refused_summary="{count}. Gevraagd: {claimed}.",
        no_statement_lines="Voor deze maand zijn er geen bedragen terug te betalen.",
        no_settlement_lines="Voor dit jaar zijn er geen bedragen af te rekenen.",
        no_accepted_forms="Voor deze maand werd geen enkel formulier aanvaard.",
        no_refused_forms="Voor deze maand werd geen enkel formulier geweigerd.",
        subject_line="Betreft: dossier {dossier}",
        salutation="Geachte mevrouw, geachte heer,",
        finding_sentence="Wij hebben de beslissing van {decision_date} van uw centrum in dossier"
        " {dossier} onderzocht en {finding} bevonden.",
        amount_sentence="Het bedrag waarop die beslissing betrekking heeft, is {amount}.",
        reply_by_sentence="Wij verwachten uw antwoord uiterlijk op {reply_by}.",
        correspondence_note="Vermeld bij elke briefwisseling ons kenmerk en het dossiernummer.",
        closing="Met vriendelijke groeten,",
    ),
    Language.FRENCH: Phrases(
        agency="SPP Intégration sociale",
        agency_address="Boulevard du Roi Albert II 30, 1000 Bruxelles",
        attention="à l'attention du directeur général",
        country="Belgique",
        issuer_label="Service émetteur",
        reference_label="Notre référence",
        date_label="Date",
        period_line="Période\u00a0: {period}",
        year_line="Année\u00a0: {period}",
        page_of="page {page} sur {pages}",
        dossier_heading="Dossier",
        beneficiary_heading="Bénéficiaire (réf.)",
        form_heading="Form.",
        category_heading="Catégorie",
        month_heading="Mois",
        amount_heading="Montant (EUR)",
        effective_date_heading="Date d'effet",
        claimed_heading="Demandé (EUR)",
        accepted_heading="Accepté (EUR)",
        reason_heading="Motif",
        brought_forward="Report",
        carried_forward="À reporter",
        total="Total",
        lines=("ligne", "lignes"),
        days=("jour", "jours"),
        accepted_forms=("formulaire accepté", "formulaires acceptés"),
        refused_forms=("formulaire refusé", "formulaires refusés"),
        statement_summary="{count}, pour un total de {total}.",
        accepted_summary="{count}. Demandé\u00a0: {claimed}\u00a0; accepté\u00a0: {accepted}.",
        refused_summary="{count}. Demandé\u00a0: {claimed}.",
        no_statement_lines="Aucun montant n'est à rembourser pour ce mois.",
        no_settlement_lines="Aucun montant n'est à régulariser pour cette année.",
        no_accepted_forms="Aucun formulaire n'a été accepté ce mois-ci.",
        no_refused_forms="Aucun formulaire n'a été refusé ce mois-ci.",
        subject_line="Objet\u00a0: dossier {dossier}",
        salutation="Madame, Monsieur,",
        finding_sentence="Nous avons examiné la décision prise par votre centre le"
        " {decision_date} dans le dossier {dossier} et l'avons jugée {finding}.",
        amount_sentence="Le montant sur lequel porte cette décision s'élève à {amount}.",
        reply_by_sentence="Nous attendons votre réponse au plus tard le {reply_by}.",
        correspondence_note="Merci de rappeler notre référence et le numéro de dossier dans"
        " toute correspondance.",
        closing="Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    ),
    Language.GERMAN: Phrases(
        agency="ÖPD Sozialeingliederung",
        agency_address="König-Albert-II.-Boulevard 30, 1000 Brüssel",
        attention="z. Hd. des Generaldirektors",
        country="Belgien",
        issuer_label="Ausstellender Dienst",
        reference_label="Unser Zeichen",
        date_label="Datum",
        period_line="Zeitraum: {period}",
        year_line="Jahr: {period}",
        page_of="Seite {page} von {pages}",
        dossier_heading="Akte",
        beneficiary_heading="Berechtigter (Ref.)",
        form_heading="Form.",
        category_heading="Kategorie",
        month_heading="Monat",
        amount_heading="Betrag (EUR)",
        effective_date_heading="Wirksam ab",
        claimed_heading="Beantragt (EUR)",
        accepted_heading="Angenommen (EUR)",
        reason_heading="Grund",
        brought_forward="Übertrag",
        carried_forward="Übertrag",
        total="Gesamtsumme",
        lines=("Zeile", "Zeilen"),
        days=("Tag", "Tage"),
        accepted_forms=("Formular angenommen", "Formulare angenommen"),
        refused_forms=("Formular abgelehnt", "Formulare abgelehnt"),
        statement_summary="{count}, insgesamt {total}.",
        accepted_summary="{count}. Beantragt: {claimed}; angenommen: {accepted}.",
        refused_summary="{count}. Beantragt: {claimed}.",
        no_statement_lines="Für diesen Monat sind keine Beträge zu erstatten.",
        no_settlement_lines="Für dieses Jahr sind keine Beträge abzurechnen.",
        no_accepted_forms="In diesem Monat wurde kein Formular angenommen.",
        no_refused_forms="In diesem Monat wurde kein Formular abgelehnt.",
        subject_line="Betreff: Akte {dossier}",
        salutation="Sehr geehrte Damen und Herren,",
        finding_sentence="Wir haben die Entscheidung Ihres Zentrums vom {decision_date} in der"
        " Akte {dossier} geprüft und für {finding} befunden.",
        amount_sentence="Der Betrag, den diese Entscheidung betrifft, beläuft sich auf {amount}.",
        reply_by_sentence="Wir erwarten Ihre Antwort spätestens am {reply_by}.",
        correspondence_note="Bitte geben Sie bei jedem Schriftwechsel unser Zeichen und die"
        " Aktennummer an.",
        closing="Mit freundlichen Grüßen",
    ),
}


def phrases(language: Language) -> Phrases:
    try:
        return PHRASES[language]
    except KeyError:
        raise MissingTranslationError(f"no {language.value} phrases for the documents") from None
