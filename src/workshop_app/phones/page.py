"""The phone page: one HTML document rendered on the laptop, its style and script beside it.

``resources/phone/page.html`` is filled with :class:`string.Template`, every value HTML-escaped,
with the strings of the phone's language as a JSON data block the script reads. ``phone.css`` and
``phone.js`` are served by the app under the join code (``/j/CODE/assets/``: the server's CSP
allows no inline script or style, and no CDN is ever asked). Text from the file (the session title,
questions, options) reaches the page as escaped HTML here, and through the API as JSON that the
script puts in with ``textContent`` only.

The server picks the language (``app.language_of``: ``?lang=``, the cookie, Accept-Language by its
q-values, English).
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib import resources
from string import Template

from .page_strings import LANGUAGES, RTL, page_strings


@cache
def template() -> Template:
    """``resources/phone/page.html``, read once."""
    return Template(resources.files("workshop_app.resources").joinpath("phone", "page.html").read_text(encoding="utf-8"))


def direction(language: str) -> str:
    return "rtl" if language in RTL else "ltr"


def _script_json(value: object) -> str:
    """JSON safe inside a <script> element (no "</script>", no "<!--")."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _language_links(current: str) -> str:
    links = []
    for language in LANGUAGES:
        name = html.escape(page_strings(language)["lang_name"])
        here = ' aria-current="true"' if language == current else ""
        links.append(f'<a href="?lang={language}" lang="{language}" hreflang="{language}"{here}>{name}</a>')
    return "".join(links)


def render_page(*, code: str, title: str, language: str, csrf_token: str) -> str:
    """The page for join code ``code`` in ``language``, with the CSRF token the script sends back."""
    if language not in LANGUAGES:
        language = "en"
    strings = page_strings(language)
    e = html.escape
    values = {
        "lang": language,
        "dir": direction(language),
        "csrf": e(csrf_token),
        "api": e(f"/api/{code}"),
        "assets": e(f"/j/{code}/assets"),
        "code": e(code),
        "title": e(title),
        "strings": _script_json(strings),
        "languages": _language_links(language),
        "language_label": e(strings["language"]),
    }
    for key in ("loading", "noscript", "unreachable", "try_again", "no_questions", "privacy"):
        values[key] = e(strings[key])
    return template().substitute(values)
