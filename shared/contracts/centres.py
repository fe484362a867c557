"""How a centre is named in each of the languages it may be addressed in."""

import unicodedata

from contracts.values import Language

_PREFIX = {Language.DUTCH: "OCMW", Language.FRENCH: "CPAS", Language.GERMAN: "ÖSHZ"}

# Walloon municipalities that write "d'" before their h; the others keep "de" (h aspiré).
_FRENCH_MUTE_H = frozenset({"Habay", "Hastière", "Hélécine", "Héron"})

# French contracts "de le" and "de les" when the municipality's name starts with an article.
_FRENCH_ARTICLES = (("Le ", "du "), ("Les ", "des "))


def municipality_name(name_nl: str, name_fr: str, language: Language) -> str:
    # The registry's Dutch column carries the German form for the German-speaking
    # municipalities (Kelmis, not La Calamine), so German takes that column.
    return name_fr if language is Language.FRENCH else name_nl


def centre_designation(municipality: str, language: Language) -> str:
    """ "OCMW Antwerpen", "CPAS d'Anvers", "ÖSHZ Eupen"."""
    if language is not Language.FRENCH:
        return f"{_PREFIX[language]} {municipality}"
    return f"CPAS {_french_of(municipality)}"


def _french_of(name: str) -> str:
    for article, contracted in _FRENCH_ARTICLES:
        if name.startswith(article):
            return contracted + name[len(article) :]

    first = unicodedata.normalize("NFD", name)[0].lower()
    if first in "aeiouy" or name in _FRENCH_MUTE_H:
        return f"d'{name}"
    return f"de {name}"
