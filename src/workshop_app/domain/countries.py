"""Country names in the six UN languages, from Babel's copy of the Unicode CLDR (issue 14).

What a person typed for a participant's country ("Kenya", "kenya", "KE", "KEN", "Kenia", "肯尼亚",
"كينيا", "Côte d'Ivoire" without its accent) is recognised as one ISO 3166 code, and a document
shows it in its own language. The names are CLDR's, never a hand list; the only hand-written
entries are :data:`UN_NAMES`, the UN's English short names that CLDR writes otherwise ("Democratic
Republic of the Congo" for CLDR's "Congo - Kinshasa"), so that they too are recognised. Text that is
not recognised stays exactly as typed. Qt-free and on the lowest floor, so that the Word export,
the analysis and the desktop app's completer (:func:`country_names`) share it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")

# The UN's English short names (UNTERM, M49) where CLDR's English differs: recognised, never shown
# instead of CLDR's (a name typed this way is kept as typed in an English document).
UN_NAMES = {
    "Democratic Republic of the Congo": "CD", "Congo": "CG", "Republic of Korea": "KR",
    "Democratic People's Republic of Korea": "KP", "United Republic of Tanzania": "TZ",
    "Syrian Arab Republic": "SY", "Lao People's Democratic Republic": "LA", "Viet Nam": "VN",
    "Republic of Moldova": "MD", "Russian Federation": "RU", "State of Palestine": "PS",
    "United Kingdom of Great Britain and Northern Ireland": "GB", "United States of America": "US",
    "Iran (Islamic Republic of)": "IR", "Bolivia (Plurinational State of)": "BO",
    "Venezuela (Bolivarian Republic of)": "VE", "Micronesia (Federated States of)": "FM",
    "Cabo Verde": "CV", "Turkey": "TR", "Swaziland": "SZ", "Czech Republic": "CZ",
}

# CLDR territories that are not countries a person comes from.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})


def _base(language: str | None) -> str:
    code = (language or "en").split("-")[0].split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def _fold(text: str) -> str:
    """Case, accents, apostrophes, dashes and spaces folded: what two spellings of one name share."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\s\u2010-\u2015'’‘-]+", " ", text)
    return text.strip(" .")


def _apostrophes(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'"))


@cache
def _territories(language: str) -> dict[str, str]:
    """ISO code -> CLDR name in ``language`` (countries and territories only, not regions)."""
    from babel import Locale

    names = Locale.parse(language).territories
    return {code: name for code, name in names.items()
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES}


@cache
def _index() -> dict[str, str]:
    """Every folded name (six languages, UN names) and code (alpha-2, alpha-3) -> alpha-2 code."""
    from babel.core import get_global

    index: dict[str, str] = {}
    for language in LANGUAGES:
        for code, name in _territories(language).items():
            index.setdefault(_fold(name), code)
    for code in _territories("en"):
        index.setdefault(code.casefold(), code)
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) in (2, 3) and alias.isalpha() and len(targets) == 1 and targets[0] in _territories("en"):
            index.setdefault(alias.casefold(), targets[0])
    for name, code in UN_NAMES.items():
        index.setdefault(_fold(name), code)
    return index


def country_code(text: str | None) -> str | None:
    """The ISO 3166 alpha-2 code of what a person typed, or None when it is no country we know."""
    if not text or not text.strip():
        return None
    folded = _fold(text)
    code = _index().get(folded)
    if code is None and "(" in folded:  # "Iran (Islamic Republic of)", "Kenya (KE)"
        code = _index().get(_fold(folded.split("(")[0]))
    return code


def country_name(text: str | None, language: str | None = "en") -> str:
    """What a person typed, as a document in ``language`` writes it.

    A recognised country takes CLDR's name in ``language``, unless what was typed is already a
    name of that country in that language (then it is kept as typed: "Viet Nam" in an English
    note). Anything else (empty, a region, a typo) stays exactly as typed.
    """
    text = text or ""
    code = country_code(text)
    if code is None:
        return text
    language = _base(language)
    typed = _apostrophes(text.strip())
    un_name = language == "en" and any(n == typed for n, c in UN_NAMES.items() if c == code)
    if un_name or typed == _apostrophes(_territories(language)[code]):
        return text.strip()
    return _territories(language)[code]


def name_of(code: str, language: str | None = "en") -> str:
    """The CLDR name of ISO code ``code`` in ``language`` (KeyError for an unknown code)."""
    return _territories(_base(language))[code.upper()]


def country_names(language: str | None = "en") -> list[str]:
    """Every country's CLDR name in ``language``, sorted (accents and case folded): for a completer."""
    return sorted(_territories(_base(language)).values(), key=_fold)
