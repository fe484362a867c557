import re
from pathlib import Path

from centre_mailbox.portal.pages import known_language, safe_next
from centre_mailbox.portal.texts import TEXTS, centre_designation

PORTAL = Path(__file__).resolve().parents[2] / "centre_mailbox" / "portal"


def test_a_link_may_only_lead_to_a_page_of_the_portal():
    assert safe_next("/documents/abc?x=1") == "/documents/abc?x=1"
    assert safe_next("https://elsewhere.example/") == "/"
    assert safe_next("//elsewhere.example/") == "/"
    assert safe_next("") == "/"


def test_an_unknown_language_falls_back_to_dutch():
    assert known_language("de") == "de"
    assert known_language("en") == "nl"


def test_every_text_exists_in_the_three_languages():
    keys = [set(words) for words in TEXTS.values()]

    assert sorted(TEXTS) == ["de", "fr", "nl"]
    assert keys[0] == keys[1] == keys[2]


def test_every_text_a_page_or_route_asks_for_exists_in_every_language():
    asked = set()
    for template in (PORTAL / "templates").glob("*.html"):
        asked |= set(re.findall(r"\b(?:t|words)\.([a-z_]+)", template.read_text()))
    for module in PORTAL.glob("*.py"):
        asked |= set(re.findall(r'\b(?:t|texts_for\([a-z]+\))\["([a-z_]+)"\]', module.read_text()))
    asked |= {"password_short", "password_long", "password_mismatch", "code_wrong"}  # by value

    missing = {lang: sorted(asked - set(words)) for lang, words in TEXTS.items()}

    assert len(asked) > 40
    assert missing == {"nl": [], "fr": [], "de": []}


def test_a_centre_is_named_in_the_readers_language():
    centre = {"name_nl": "Antwerpen", "name_fr": "Anvers"}

    assert centre_designation(centre, "nl") == "OCMW Antwerpen"
    assert centre_designation(centre, "fr") == "CPAS d'Anvers"
    assert (
        centre_designation({"name_nl": "Kelmis", "name_fr": "La Calamine"}, "de") == "ÖSHZ Kelmis"
    )


def test_filters_take_only_known_values():
    from centre_mailbox.portal.app import _filter_problem

    assert _filter_problem({"legislation": "aid-1965", "kind": "", "period": "2026-11"}) is None
    assert _filter_problem({"legislation": "", "kind": "", "period": "2026"}) is None
    assert _filter_problem({"legislation": "a\x00b", "kind": "", "period": ""})
    assert _filter_problem({"legislation": "", "kind": "letter", "period": ""})
    assert _filter_problem({"legislation": "", "kind": "", "period": "\x00"})
    assert _filter_problem({"legislation": "", "kind": "", "period": "2026-13"})


def test_a_centre_not_yet_known_to_the_mailbox_has_no_name_rather_than_an_error():
    from centre_mailbox.portal.texts import centre_designation

    assert centre_designation(None, "fr") == ""
    centre = {"name_nl": "Antwerpen", "name_fr": "Anvers"}
    assert centre_designation(centre, "fr") == "CPAS d'Anvers"
