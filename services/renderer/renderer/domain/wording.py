"""The codes of the contracts, worded in the centre's language."""

from enum import StrEnum

from contracts.documents import (
    LegalityConsequence,
    LegalityFinding,
    PartialReason,
    RefusalReason,
    StatementCategory,
)
from contracts.values import DocumentKind, Language, Legislation

from renderer.domain.formatting import MONTHS
from renderer.domain.phrases import PHRASES
from renderer.domain.refusals import MissingTranslationError

NL, FR, DE = Language.DUTCH, Language.FRENCH, Language.GERMAN

WORDED_CODES: tuple[type[StrEnum], ...] = (
    DocumentKind,
    Legislation,
    StatementCategory,
    PartialReason,
    RefusalReason,
    LegalityFinding,
    LegalityConsequence,
)

# Keyed by enum first: members of different enums can share a value ("recovery").
_WORDINGS: dict[type[StrEnum], dict[StrEnum, dict[Language, str]]] = {
    DocumentKind: {
        DocumentKind.MONTHLY_STATEMENT: {
            NL: "Maandstaat",
            FR: "État mensuel",
            DE: "Monatsaufstellung",
        },
        DocumentKind.ACCEPTED_FORMS: {
            NL: "Aanvaarde formulieren",
            FR: "Formulaires acceptés",
            DE: "Angenommene Formulare",
        },
        DocumentKind.REFUSED_FORMS: {
            NL: "Geweigerde formulieren",
            FR: "Formulaires refusés",
            DE: "Abgelehnte Formulare",
        },
        DocumentKind.LEGALITY_LETTER: {
            NL: "Onderzoek naar de wettigheid van een beslissing",
            FR: "Contrôle de la légalité d'une décision",
            DE: "Prüfung der Rechtmäßigkeit einer Entscheidung",
        },
        DocumentKind.ANNUAL_SETTLEMENT: {
            NL: "Jaarlijkse afrekening",
            FR: "Décompte annuel",
            DE: "Jahresabrechnung",
        },
    },
    Legislation: {
        Legislation.SOCIAL_INTEGRATION: {
            NL: "Recht op maatschappelijke integratie (wet van 26 mei 2002)",
            FR: "Droit à l'intégration sociale (loi du 26 mai 2002)",
            DE: "Recht auf soziale Eingliederung (Gesetz vom 26. Mai 2002)",
        },
        Legislation.AID_1965: {
            NL: "Ten laste nemen van de steun verleend door de OCMW's (wet van 2 april 1965)",
            FR: "Prise en charge des secours accordés par les CPAS (loi du 2 avril 1965)",
            DE: "Übernahme der von den ÖSHZ gewährten Hilfe (Gesetz vom 2. April 1965)",
        },
        Legislation.MAINTENANCE_ADVANCES: {
            NL: "Voorschotten op onderhoudsgelden (organieke wet van 8 juli 1976 betreffende"
            " de OCMW's, artikelen 68bis en volgende)",
            FR: "Avances sur pensions alimentaires (loi organique du 8 juillet 1976 des CPAS,"
            " articles 68bis et suivants)",
            DE: "Vorschüsse auf Unterhaltszahlungen (Grundlagengesetz vom 8. Juli 1976 über"
            " die ÖSHZ, Artikel 68bis und folgende)",
        },
    },
    StatementCategory: {
        StatementCategory.INTEGRATION_INCOME: {
            NL: "Leefloon",
            FR: "Revenu d'intégration",
            DE: "Eingliederungseinkommen",
        },
        StatementCategory.INTEGRATION_PROJECT: {
            NL: "Geïndividualiseerd integratieproject",
            FR: "Projet individualisé d'intégration",
            DE: "Individuelles Eingliederungsprojekt",
        },
        StatementCategory.HOSPITAL_COSTS: {
            NL: "Ziekenhuiskosten",
            FR: "Frais d'hospitalisation",
            DE: "Krankenhauskosten",
        },
        StatementCategory.PHARMACY_COSTS: {
            NL: "Farmaceutische kosten",
            FR: "Frais pharmaceutiques",
            DE: "Arzneimittelkosten",
        },
        StatementCategory.MEDICAL_AID: {
            NL: "Medische hulp",
            FR: "Aide médicale",
            DE: "Medizinische Hilfe",
        },
        StatementCategory.MAINTENANCE_ADVANCE: {
            NL: "Voorschot op onderhoudsgeld",
            FR: "Avance sur pension alimentaire",
            DE: "Unterhaltsvorschuss",
        },
        StatementCategory.RECOVERY: {
            NL: "Terugvordering",
            FR: "Récupération",
            DE: "Rückforderung",
        },
    },
    PartialReason: {
        PartialReason.CEILING_APPLIED: {
            NL: "Plafond toegepast",
            FR: "Plafond appliqué",
            DE: "Höchstbetrag angewandt",
        },
        PartialReason.PERIOD_PARTLY_COVERED: {
            NL: "Periode slechts gedeeltelijk gedekt",
            FR: "Période partiellement couverte",
            DE: "Zeitraum nur teilweise gedeckt",
        },
        PartialReason.RESOURCES_DEDUCTED: {
            NL: "Bestaansmiddelen in mindering gebracht",
            FR: "Ressources déduites",
            DE: "Existenzmittel abgezogen",
        },
        PartialReason.COST_NOT_ELIGIBLE: {
            NL: "Niet-terugbetaalbare kosten uitgesloten",
            FR: "Frais non remboursables exclus",
            DE: "Nicht erstattungsfähige Kosten ausgeschlossen",
        },
    },
    RefusalReason: {
        RefusalReason.NOT_ENTITLED: {
            NL: "Voorwaarden voor het recht niet vervuld",
            FR: "Conditions d'octroi non remplies",
            DE: "Anspruchsvoraussetzungen nicht erfüllt",
        },
        RefusalReason.DUPLICATE_CLAIM: {
            NL: "Dubbele aanvraag",
            FR: "Demande introduite en double",
            DE: "Doppelt eingereichter Antrag",
        },
        RefusalReason.LATE_CLAIM: {
            NL: "Aanvraag buiten de termijn",
            FR: "Demande hors délai",
            DE: "Antrag nach Ablauf der Frist",
        },
        RefusalReason.CENTRE_NOT_COMPETENT: {
            NL: "OCMW niet bevoegd",
            FR: "CPAS non compétent",
            DE: "ÖSHZ nicht zuständig",
        },
        RefusalReason.MISSING_DATA: {
            NL: "Ontbrekende gegevens",
            FR: "Données manquantes",
            DE: "Fehlende Angaben",
        },
        RefusalReason.CORRECTION_REPLACED: {
            NL: "Vervangen door een verbeterd formulier",
            FR: "Remplacé par un formulaire rectificatif",
            DE: "Durch ein berichtigtes Formular ersetzt",
        },
    },
    LegalityFinding: {
        LegalityFinding.LEGAL: {
            NL: "wettig",
            FR: "légale",
            DE: "rechtmäßig",
        },
        LegalityFinding.ILLEGAL: {
            NL: "onwettig",
            FR: "illégale",
            DE: "rechtswidrig",
        },
    },
    LegalityConsequence: {
        LegalityConsequence.NONE: {
            NL: "Deze vaststelling heeft geen gevolgen voor de terugbetaling.",
            FR: "Ce constat est sans conséquence sur le remboursement.",
            DE: "Diese Feststellung hat keine Folgen für die Erstattung.",
        },
        LegalityConsequence.RECOVERY: {
            NL: "Wij vorderen het betrokken bedrag terug.",
            FR: "Nous récupérerons le montant concerné.",
            DE: "Wir fordern den betreffenden Betrag zurück.",
        },
        LegalityConsequence.REVISION_REQUESTED: {
            NL: "Wij vragen u deze beslissing te herzien.",
            FR: "Nous vous demandons de revoir cette décision.",
            DE: "Wir bitten Sie, diese Entscheidung zu überprüfen.",
        },
    },
}


def word(code: StrEnum, language: Language) -> str:
    try:
        return _WORDINGS[type(code)][code][language]
    except KeyError:
        raise MissingTranslationError(
            f"no {language.name.lower()} ({language.value}) wording for"
            f" {type(code).__name__} {code.value!r}"
        ) from None


def fixed_texts() -> list[str]:
    """Every text the documents may print that comes from the renderer itself."""
    texts = [str(value) for words in PHRASES.values() for value in vars(words).values()]
    texts += [
        wording
        for codes in _WORDINGS.values()
        for by_language in codes.values()
        for wording in by_language.values()
    ]
    return texts + [month for months in MONTHS.values() for month in months]
