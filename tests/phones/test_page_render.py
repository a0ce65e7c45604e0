"""The phone page as the server renders it: strings in six languages, the language picked, escaping."""

from __future__ import annotations

import json
import re
import string

import pytest
from starlette.requests import Request

from workshop_app.domain.model import STAKEHOLDER_GROUPS
from workshop_app.phones.app import language_of
from workshop_app.phones.page import render_page
from workshop_app.phones.page_strings import EN, LANGUAGES, PAGE_STRINGS


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_the_same_placeholders(language):
    strings = PAGE_STRINGS[language]
    assert set(strings) == set(EN)
    for key, text in strings.items():
        assert text.strip(), key
        assert placeholders(text) == placeholders(EN[key]), (language, key)
        if language != "en" and key not in ("organisation",):
            assert text != EN[key] or key == "lang_name", (language, key)  # not left in English


def test_every_stakeholder_group_has_a_label():
    assert {f"group_{g}" for g in STAKEHOLDER_GROUPS} <= set(EN)


@pytest.mark.parametrize(("query", "cookie", "accept", "expected"), [
    (None, None, None, "en"),
    (None, None, "ar-EG,ar;q=0.9,en;q=0.8", "ar"),
    (None, None, "de-DE,de;q=0.9,fr;q=0.5,ru;q=0.7", "ru"),  # the best one the page speaks
    (None, None, "zh-Hans-CN", "zh"),
    (None, None, "fr;q=abc, en-US;q=0.5", "en"),  # an unreadable weight counts as "not this one"
    (None, None, "es;q=0,fr", "fr"),  # q=0 means "not this one"
    (None, "ru", "ar", "ru"),  # the cookie (a choice made on this phone) beats the browser
    ("es", "ru", "ar", "es"),  # and ?lang= beats both
    ("xx", "yy", "de", "en"),
])
def test_the_language_is_picked_in_order(query, cookie, accept, expected):
    headers = [(b"accept-language", accept.encode())] if accept else []
    if cookie:
        headers.append((b"cookie", f"wa_lang={cookie}".encode()))
    scope = {"type": "http", "method": "GET", "path": "/", "headers": headers,
             "query_string": f"lang={query}".encode() if query else b""}
    assert language_of(Request(scope)) == expected


def test_title_and_token_are_escaped_and_strings_cannot_end_the_script():
    page = render_page(code="K7Q2ZP", title='<script>alert("x")</script> & co', language="fr",
                       csrf_token='tok"><b>')
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in page
    assert 'content="tok&quot;&gt;&lt;b&gt;"' in page
    data = re.search(r'<script type="application/json" id="wa-strings">(.*?)</script>', page, re.S).group(1)
    assert json.loads(data)["send"] == "Envoyer ma réponse"
    assert '<html lang="fr" dir="ltr">' in page
    assert 'src="/j/K7Q2ZP/assets/phone.js"' in page and 'href="/j/K7Q2ZP/assets/phone.css"' in page
    assert "http" not in page.replace("http-equiv", "")  # nothing from the internet


def test_arabic_page_is_marked_right_to_left_and_switcher_lists_six_languages():
    page = render_page(code="K7Q2ZP", title="حوار", language="ar", csrf_token="t")
    assert '<html lang="ar" dir="rtl">' in page
    links = re.findall(r'<a href="\?lang=(\w+)" lang="\1" hreflang="\1"( aria-current="true")?>', page)
    assert [code for code, _ in links] == list(LANGUAGES)
    assert [code for code, here in links if here] == ["ar"]


def test_the_server_weighs_the_phones_languages(tmp_path):
    """A refusal and the page come in the language the phone prefers most, not the first it names."""
    import httpx

    from .page_support import serve

    for venue in serve(tmp_path):
        page = httpx.get(venue.server.url, headers={"Accept-Language": "de-DE,fr;q=0.5,ru;q=0.7"}, timeout=10)
        assert '<html lang="ru" dir="ltr">' in page.text
        page = httpx.get(venue.server.url, headers={"Accept-Language": "es;q=0,ar"}, timeout=10)
        assert '<html lang="ar" dir="rtl">' in page.text
