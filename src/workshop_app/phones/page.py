"""The phone page, as the server renders it: a bare page until the phone page lands (helper phpage).

phpage's ``phones/page.py`` replaces this file (same function, same arguments): it fills
``resources/phone/page.html`` with the page's strings in six languages. The contract the server
relies on: the CSRF token in ``<meta name="csrf-token">``, no inline script, every value escaped.
"""

from __future__ import annotations

import html

RTL = {"ar"}


def render_page(*, code: str, title: str, language: str, csrf_token: str) -> str:
    """The page for join code ``code`` in ``language``, with the CSRF token the script sends back."""
    esc = html.escape
    direction = "rtl" if language in RTL else "ltr"
    return (f'<!doctype html><html lang="{esc(language)}" dir="{direction}"><head>'
            f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="csrf-token" content="{esc(csrf_token)}"><meta name="join-code" content="{esc(code)}">'
            f'<title>{esc(title)}</title></head><body><h1>{esc(title)}</h1></body></html>')
