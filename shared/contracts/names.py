"""The short names of the kinds of document and of the legislations, as staff read them in
lists (the portal's inbox, the notifier's emails). The PDFs carry the formal titles."""

from contracts.values import DocumentKind, Language, Legislation

KIND_NAMES: dict[Language, dict[DocumentKind, str]] = {
    Language.DUTCH: {
        DocumentKind.MONTHLY_STATEMENT: "Maandstaat",
        DocumentKind.ACCEPTED_FORMS: "Aanvaarde formulieren",
        DocumentKind.REFUSED_FORMS: "Geweigerde formulieren",
        DocumentKind.LEGALITY_LETTER: "Brief over de wettigheid",
        DocumentKind.ANNUAL_SETTLEMENT: "Jaarafrekening",
    },
    Language.FRENCH: {
        DocumentKind.MONTHLY_STATEMENT: "État mensuel",
        DocumentKind.ACCEPTED_FORMS: "Formulaires acceptés",
        DocumentKind.REFUSED_FORMS: "Formulaires refusés",
        DocumentKind.LEGALITY_LETTER: "Lettre relative à la légalité",
        DocumentKind.ANNUAL_SETTLEMENT: "Décompte annuel",
    },
    Language.GERMAN: {
        DocumentKind.MONTHLY_STATEMENT: "Monatsaufstellung",
        DocumentKind.ACCEPTED_FORMS: "Angenommene Formulare",
        DocumentKind.REFUSED_FORMS: "Abgelehnte Formulare",
        DocumentKind.LEGALITY_LETTER: "Schreiben zur Rechtmäßigkeit",
        DocumentKind.ANNUAL_SETTLEMENT: "Jahresabrechnung",
    },
}

LEGISLATION_NAMES: dict[Language, dict[Legislation, str]] = {
    Language.DUTCH: {
        Legislation.SOCIAL_INTEGRATION: "recht op maatschappelijke integratie (RMI)",
        Legislation.AID_1965: "wet van 2 april 1965",
        Legislation.MAINTENANCE_ADVANCES: "voorschotten op onderhoudsgelden",
    },
    Language.FRENCH: {
        Legislation.SOCIAL_INTEGRATION: "droit à l'intégration sociale (DIS)",
        Legislation.AID_1965: "loi du 2 avril 1965",
        Legislation.MAINTENANCE_ADVANCES: "avances sur pensions alimentaires",
    },
    Language.GERMAN: {
        Legislation.SOCIAL_INTEGRATION: "Recht auf soziale Eingliederung",
        Legislation.AID_1965: "Gesetz vom 2. April 1965",
        Legislation.MAINTENANCE_ADVANCES: "Unterhaltsvorschüsse",
    },
}

# The reimbursement services that issue documents, by their issuer id, as the documents name
# them. A document from an issuer missing here is refused rather than signed with a bare id.
ISSUER_NAMES: dict[str, dict[Language, str]] = {
    "ris-social-integration": {
        Language.DUTCH: "Dienst Terugbetalingen, recht op maatschappelijke integratie",
        Language.FRENCH: "Service Remboursements, droit à l'intégration sociale",
        Language.GERMAN: "Dienst Erstattungen, Recht auf soziale Eingliederung",
    },
    "ris-aid-1965": {
        Language.DUTCH: "Dienst Terugbetalingen, wet van 2 april 1965",
        Language.FRENCH: "Service Remboursements, loi du 2 avril 1965",
        Language.GERMAN: "Dienst Erstattungen, Gesetz vom 2. April 1965",
    },
    "ris-maintenance-advances": {
        Language.DUTCH: "Dienst Terugbetalingen, voorschotten op onderhoudsgelden",
        Language.FRENCH: "Service Remboursements, avances sur pensions alimentaires",
        Language.GERMAN: "Dienst Erstattungen, Unterhaltsvorschüsse",
    },
}
