"""Country names from Babel's CLDR: what a person typed becomes one ISO code, named in the six languages (issue 14)."""

from __future__ import annotations

import pytest

from workshop_app.domain.countries import LANGUAGES, country_code, country_name, country_names, name_of


@pytest.mark.parametrize("typed", ["Kenya", "kenya", "  KENYA ", "KE", "ke", "KEN", "Kenia", "Кения", "肯尼亚",
                                   "كينيا"])
def test_what_people_type_for_one_country_is_one_code(typed):
    assert country_code(typed) == "KE"


@pytest.mark.parametrize(("typed", "code"), [
    ("Côte d'Ivoire", "CI"), ("Cote d Ivoire", "CI"), ("côte d’ivoire", "CI"),
    ("Democratic Republic of the Congo", "CD"), ("Congo-Kinshasa", "CD"),
    ("Iran (Islamic Republic of)", "IR"), ("Viet Nam", "VN"), ("UK", "GB"), ("United States of America", "US"),
    ("Égypte", "EG"), ("مصر", "EG"), ("Россия", "RU"), ("Russian Federation", "RU"), ("中国", "CN"),
])
def test_names_in_any_of_the_six_languages_and_un_names_are_recognised(typed, code):
    assert country_code(typed) == code


@pytest.mark.parametrize("typed", ["", "   ", "Atlantis", "Africa", "Kenya and Uganda", "EU", "ZZ", "Nairobi"])
def test_what_names_no_country_stays_as_typed(typed):
    assert country_code(typed) is None
    assert all(country_name(typed, lang) == typed for lang in LANGUAGES)


def test_a_country_is_named_in_the_documents_language():
    assert [country_name("Kenya", lang) for lang in LANGUAGES] == ["Kenya", "Kenya", "Kenia", "Кения", "肯尼亚",
                                                                    "كينيا"]
    assert country_name("eg", "fr") == "Égypte" and country_name("Egypt", "zh") == "埃及"
    assert country_name("kenya", "en") == "Kenya"  # a casual spelling takes the proper one
    assert country_name("Egypt", "zh-CN") == "埃及" and country_name("Egypt", "de") == "Egypt"  # outside six: English


def test_a_name_already_in_the_language_is_kept_as_typed():
    assert country_name("Viet Nam", "en") == "Viet Nam"  # the UN's spelling, not CLDR's "Vietnam"
    assert country_name("Democratic Republic of the Congo", "en") == "Democratic Republic of the Congo"
    assert country_name("Democratic Republic of the Congo", "es") == "República Democrática del Congo"
    assert country_name("Côte d'Ivoire", "fr") == "Côte d'Ivoire"


def test_names_come_from_cldr():
    from babel import Locale

    assert name_of("KE", "ru") == Locale("ru").territories["KE"]
    assert name_of("cn", "ar") == Locale("ar").territories["CN"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_completer_lists_every_country_once_in_the_language(language):
    names = country_names(language)
    assert len(names) == len(set(names)) > 240
    assert name_of("KE", language) in names and name_of("FR", language) in names
    assert "Europe" not in names and "world" not in names  # regions are not countries
    if language == "fr":
        assert names.index("Égypte") < names.index("Espagne")  # accents do not send a name to the end
