"""Core messages as a code and parameters, rendered in a language: one Qt-free catalogue.

A rule that fails raises an error carrying ``code`` ("ranking.empty") and ``params`` ({"count": 3});
``str(exc)`` is the English sentence, so logs, the CLI and tests read as before, and a UI (or the
phone page) calls :func:`render` with the person's language. English is the catalogue of reference;
another language plugs in with :func:`add_catalogue` (issue 14 brings them) and falls back to English
for any code it lacks. Templates use ``str.format``: ``{count:,}``, ``{kind!r}``; a list or tuple
parameter is joined with the language's separator, and a coded parameter (a nested error, a
:class:`Message` such as " (and 3 more)") is rendered in the same language. The English templates
live in :mod:`.catalogue`, one module per floor that raises them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import catalogue
from .catalogue.lang import LANGUAGES as TRANSLATED

ENGLISH: dict[str, str] = dict(catalogue.ENGLISH)  # the reference: every code, by floor (catalogue/)

LIST_SEPARATOR = "_list_separator"  # a catalogue may set it; English joins with ", "

# How each language writes 12,345.6 (CLDR's Latin-digit symbols): a template's ``{count:,}`` or
# ``{size:.1f}`` is formatted as in English, then its separators become the language's.
NUMBER_SYMBOLS: dict[str, tuple[str, str]] = {
    "en": (",", "."), "zh": (",", "."), "ar": (",", "."),
    "fr": ("\u202f", ","), "ru": ("\u00a0", ","), "es": (".", ","),
}

_CATALOGUES: dict[str, dict[str, str]] = {"en": ENGLISH}


def add_catalogue(language: str, templates: Mapping[str, str]) -> None:
    """Add (or extend) the templates of ``language`` ("fr"); codes it lacks fall back to English."""
    catalogue_of(language)
    _CATALOGUES.setdefault(_base(language), {}).update(templates)


def remove_catalogue(language: str) -> None:
    if _base(language) != "en":
        _CATALOGUES.pop(_base(language), None)


def catalogue_of(language: str) -> dict[str, str]:
    """The templates of ``language``: its module in catalogue/lang (loaded on first use), else English."""
    base = _base(language)
    if base not in _CATALOGUES and base in TRANSLATED:
        from .catalogue.lang import ar, es, fr, ru, zh  # on first use: English needs none of them

        module = {"ar": ar, "es": es, "fr": fr, "ru": ru, "zh": zh}[base]
        _CATALOGUES[base] = dict(module.TEXTS)
    return _CATALOGUES.get(base, ENGLISH)


def render(code: str, params: Mapping[str, Any] | None = None, language: str | None = "en") -> str:
    """The message ``code`` with ``params`` in ``language`` (English when that language lacks it)."""
    catalogue = catalogue_of(language or "en")
    template = catalogue.get(code)
    if template is None:
        catalogue, template = ENGLISH, ENGLISH[code]  # KeyError for an unknown code: a bug, not a message
    separator = catalogue.get(LIST_SEPARATOR, ", ")
    values = {k: _value(v, separator, language) for k, v in (params or {}).items()}
    symbols = NUMBER_SYMBOLS.get(_base(language or "en"), NUMBER_SYMBOLS["en"])
    if symbols != NUMBER_SYMBOLS["en"]:
        values = {k: _Number(v, symbols) if _is_number(v) else v for k, v in values.items()}
    return template.format(**values)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class _Number:
    """A number that formats itself with a language's group and decimal separators."""

    def __init__(self, value: int | float, symbols: tuple[str, str]):
        self.value, self.symbols = value, symbols

    def __format__(self, spec: str) -> str:
        return self._local(format(self.value, spec))

    def __str__(self) -> str:
        return self._local(str(self.value))

    def __repr__(self) -> str:  # ``{value!r}``
        return self._local(repr(self.value))

    def _local(self, text: str) -> str:
        group, decimal = self.symbols
        return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


def _value(value: Any, separator: str, language: str | None) -> Any:
    """A parameter ready for its template: a list joined, a coded piece (a nested error, a
    :class:`Message`) rendered in the same language."""
    if isinstance(value, list | tuple):
        return separator.join(str(_value(v, separator, language)) for v in value)
    if isinstance(value, Coded) and value.code:
        return value.render(language)
    return value


def _base(language: str) -> str:
    return language.split("-")[0].split("_")[0].lower()


class Coded:
    """Mixin for the app's exceptions: ``code`` and ``params``, ``str()`` the English sentence."""

    code: str | None = None
    params: dict[str, Any]

    def render(self, language: str | None = "en") -> str:
        """This error in ``language``; an error raised with a plain sentence stays that sentence."""
        return render(self.code, self.params, language) if self.code else str(self)


class Message(str, Coded):
    """A coded piece of text that is not an error: a parameter of another message (" (and 3 more)"),
    a problem listed among others ("ballot 12: …"). It *is* its English text (a ``str``: joined,
    compared, searched as before); ``render(language)`` gives it in the person's language, and
    as a parameter of another message it is rendered in that message's language."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> Message:
        text = super().__new__(cls, render(code, params))
        text.code, text.params = code, params
        return text

    def __reduce__(self) -> tuple:
        return _message, (self.code, self.params)

    def __repr__(self) -> str:
        return f"Message({self.code!r}, **{self.params!r})"


def _message(code: str, params: dict[str, Any]) -> Message:
    return Message(code, **params)


def in_language(value: object, language: str | None) -> str:
    """What a person reads of ``value``: a coded error or :class:`Message` rendered in ``language``,
    anything else as its own text (the CLI and the UI both show messages through this)."""
    render_in = getattr(value, "render", None)
    return render_in(language) if callable(render_in) else str(value)


def record_word(table: str) -> Message:
    """What a record of ``table`` ("key_messages") is called, as a word for another message."""
    return Message(f"record.{table}")


def more(count: int, code: str = "list.and_more") -> Message | str:
    """`` (and 3 more)`` after the first of ``count + 1`` problems; empty when there are no others."""
    return Message(code, count=count) if count > 0 else ""
