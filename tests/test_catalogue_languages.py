"""The Qt-free catalogue is complete in the five other UN languages (issue 14).

Every code of the English reference has a template in ar, es, fr, ru and zh with the same
placeholders, and no translation is the English sentence left as it was.
"""

from __future__ import annotations

import importlib
import string

import pytest

from workshop_app.domain import messages
from workshop_app.domain.catalogue import ENGLISH
from workshop_app.domain.catalogue.lang import LANGUAGES

# Words that are the same in English and the language: a record's kind in French.
SAME_WORDS = {("fr", "record.options"), ("fr", "record.participants"), ("fr", "record.questions"),
              ("es", "value.no")}  # words the language spells as English does


def words(template: str) -> bool:
    """Whether the template has any words of its own (not only placeholders and punctuation)."""
    return any(c.isalpha() for literal, *_ in string.Formatter().parse(template) for c in literal)


def fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_is_translated_with_the_same_placeholders(language):
    texts = importlib.import_module(f"workshop_app.domain.catalogue.lang.{language}").TEXTS
    missing = sorted(ENGLISH.keys() - texts.keys())
    assert not missing, f"{language}: {len(missing)} codes untranslated, e.g. {missing[:5]}"
    unknown = sorted(texts.keys() - ENGLISH.keys() - {messages.LIST_SEPARATOR})
    assert not unknown, f"{language}: codes that English does not have: {unknown[:5]}"
    # A translation may leave out a value its language does not need (an English ordinal), never add one.
    wrong = {code: (fields(ENGLISH[code]), fields(texts[code])) for code in ENGLISH
             if not fields(texts[code]) <= fields(ENGLISH[code])}
    assert not wrong, f"{language}: placeholders English does not give: {dict(list(wrong.items())[:5])}"
    same = sorted(code for code in ENGLISH if texts[code] == ENGLISH[code] and words(ENGLISH[code])
                  and (language, code) not in SAME_WORDS)
    assert not same, f"{language}: left in English: {same[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_message_renders_in_the_language(language):
    text = messages.render("ranking.repeated_option", {"option": "P1"}, language)
    assert "P1" in text and text != messages.render("ranking.repeated_option", {"option": "P1"}, "en")
