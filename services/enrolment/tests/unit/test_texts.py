import re
import string
from pathlib import Path

import pytest
from enrolment.texts import TEXTS

TEMPLATES = Path(__file__).resolve().parents[2] / "enrolment" / "templates"
PAGES = Path(__file__).resolve().parents[2] / "enrolment" / "pages"


@pytest.mark.parametrize("language", ["fr", "de"])
def test_every_text_is_there_in_every_language(language):
    missing = set(TEXTS["nl"]) - set(TEXTS[language])
    extra = set(TEXTS[language]) - set(TEXTS["nl"])

    assert not missing, f"missing in {language}: {sorted(missing)}"
    assert not extra, f"only in {language}: {sorted(extra)}"


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_no_text_is_empty_and_placeholders_match_the_dutch(language):
    for key, text in TEXTS[language].items():
        assert text.strip(), f"{language}.{key} is empty"
        assert _placeholders(text) == _placeholders(TEXTS["nl"][key]), f"{language}.{key}"


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_text_a_template_or_page_names_exists():
    named = set()
    for template in TEMPLATES.glob("*.html"):
        named |= set(re.findall(r"\bt\.([a-z_]+)", template.read_text()))
    for page in PAGES.glob("*.py"):
        named |= set(re.findall(r'\bt\["([a-z_]+)"\]', page.read_text()))
        named |= set(re.findall(r'title_key="([a-z_]+)"', page.read_text()))

    assert named - set(TEXTS["nl"]) == set()
