from collections import Counter

import pytest
from contracts.values import Language, Region
from enrolment.domain.centres import RegistryError, read_registry


def test_the_registry_holds_the_565_centres_with_their_languages():
    centres = read_registry()

    languages = Counter(centre.language for centre in centres)
    assert len(centres) == 565
    assert len({centre.refnis_code for centre in centres}) == 565
    assert languages[Language.GERMAN] == 9
    brussels = [centre for centre in centres if centre.region is Region.BRUSSELS]
    assert len(brussels) == 19
    assert all(set(centre.languages) == {Language.FRENCH, Language.DUTCH} for centre in brussels)


def test_only_a_brussels_centre_may_choose_its_language():
    centres = {centre.refnis_code: centre for centre in read_registry()}

    assert centres["21001"].addressed_in(Language.DUTCH).language is Language.DUTCH
    with pytest.raises(ValueError, match="11002 is addressed in nl"):
        centres["11002"].addressed_in(Language.FRENCH)


def test_a_bad_row_is_refused_with_its_line(tmp_path):
    registry = tmp_path / "registry.csv"
    registry.write_text(
        "refnis,name_nl,name_fr,region,province_refnis,languages\n"
        "11001,Aartselaar,Aartselaar,flanders,10000,nl\n"
        "1100X,Boom,Boom,flanders,10000,nl\n"
    )

    with pytest.raises(RegistryError, match=r"line 3: refnis must be five digits, got '1100X'"):
        read_registry(registry)


def test_the_api_refuses_to_start_without_a_real_operator_token():
    from enrolment.api import _operator_check
    from enrolment.settings import EnrolmentSettings
    from pydantic import SecretStr

    with pytest.raises(ValueError, match="PP_OPERATOR_TOKEN"):
        _operator_check(EnrolmentSettings(operator_token=SecretStr("")))
    assert _operator_check(EnrolmentSettings())
