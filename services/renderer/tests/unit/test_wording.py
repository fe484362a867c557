from datetime import date
from enum import StrEnum

import pytest
from contracts import documents
from contracts.documents import LegalityConsequence, StatementCategory
from contracts.values import DocumentKind, Language, Legislation
from renderer.domain.formatting import format_date
from renderer.domain.phrases import PHRASES
from renderer.domain.wording import WORDED_CODES, word


@pytest.mark.parametrize("codes", WORDED_CODES, ids=lambda codes: codes.__name__)
def test_every_code_is_worded_in_every_language(codes: type[StrEnum]) -> None:
    missing = []
    for code in codes:
        for language in Language:
            try:
                if not word(code, language).strip():
                    missing.append((code, language))
            except KeyError:
                missing.append((code, language))

    assert missing == []


def test_every_code_enum_of_the_contracts_is_worded() -> None:
    in_contracts = {
        value
        for value in vars(documents).values()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
    }

    assert in_contracts | {DocumentKind, Legislation} <= set(WORDED_CODES)


def test_codes_sharing_a_value_keep_their_own_wording() -> None:
    assert StatementCategory.RECOVERY.value == LegalityConsequence.RECOVERY.value

    assert word(StatementCategory.RECOVERY, Language.DUTCH) == "Terugvordering"
    assert word(LegalityConsequence.RECOVERY, Language.DUTCH).startswith("Wij vorderen")


def test_every_language_has_its_own_fixed_texts() -> None:
    assert set(PHRASES) == set(Language)
    assert PHRASES[Language.FRENCH].carried_forward == "À reporter"
    assert PHRASES[Language.DUTCH].brought_forward == "Overdracht"


@pytest.mark.parametrize("language", Language)
def test_fixed_texts_print_in_helvetica(language: Language) -> None:
    """Helvetica's standard encoding holds Latin-1: anything else prints as a black box."""
    texts = [str(value) for value in vars(PHRASES[language]).values()]
    texts += [word(code, language) for codes in WORDED_CODES for code in codes]
    texts += [format_date(date(2026, month, 15), language) for month in range(1, 13)]

    unprintable = [text for text in texts if not _latin1(text)]

    assert unprintable == []


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True
