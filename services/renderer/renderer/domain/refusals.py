"""Why a due document cannot be rendered: each refusal names what is wrong, for the operator
who reads the dead letter, and carries a short code for the dead letter's error type."""


class DocumentRefused(ValueError):
    code = "document-refused"


class MissingTranslationError(DocumentRefused):
    code = "missing-translation"


class UnknownKindError(DocumentRefused):
    code = "unknown-kind"


class UnknownIssuerError(DocumentRefused):
    code = "unknown-issuer"
