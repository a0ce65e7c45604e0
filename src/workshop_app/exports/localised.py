"""Dates, numbers and language names as each of the six languages writes them, from Babel's CLDR data.

"9 May 2024", "9 mai 2024", "9 de mayo de 2024", "9 мая 2024 г.", "2024年5月9日", "9 مايو 2024";
"12 345,68" in French and Russian (narrow no-break space), "12.345,68" in Spanish, "12,345.68" in
English, Chinese and Arabic (Western digits, as UN Arabic documents write them). English follows
UN style (day month year: the British English locale). A date that is not a date (typed freely in
an old file) is kept as typed.
"""

from __future__ import annotations

from datetime import date, datetime

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_decimal, format_percent

from .i18n import lang_code

LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ru": "ru_RU", "zh": "zh_Hans_CN", "ar": "ar"}


def locale_of(language: str) -> str:
    return LOCALES[lang_code(language)]


def _parse_date(text: str | date | None) -> date | None:
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(str(text or "").strip()[:10])
    except ValueError:
        return None


def long_date(value: str | date | None, language: str) -> str:
    """A calendar date in full words ("9 mai 2024"); text that is no ISO date is kept as it is."""
    day = _parse_date(value)
    if day is None:
        return str(value or "")
    return format_date(day, "long", locale=locale_of(language))


def short_date(value: str | date | None, language: str) -> str:
    """A date in a table ("9 déc. 2024", "2024年12月9日"; Arabic in words: its numeric form mixes directions)."""
    day = _parse_date(value)
    if day is None:
        return str(value or "")
    return format_date(day, "long" if lang_code(language) == "ar" else "medium", locale=locale_of(language))


def date_time(value: str | datetime | None, language: str) -> str:
    """A moment (an ISO timestamp) as a date and hours:minutes; other text kept as it is."""
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value or "").strip())
    except ValueError:
        return str(value or "")[:16]
    return f"{short_date(moment.date(), language)} {format_time(moment.time(), 'short', locale=locale_of(language))}"


def decimal(value: float, digits: int, language: str) -> str:
    """``value`` with ``digits`` decimals, the language's decimal mark and thousands separator."""
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(value, pattern, locale=locale_of(language), numbering_system="latn")


def integer(value: int, language: str) -> str:
    return decimal(value, 0, language)


def percent(share: float, language: str) -> str:
    """A share as a whole percentage: "26 %" in French (narrow no-break space), "26%" in English."""
    return format_percent(round(100 * share) / 100, locale=locale_of(language), numbering_system="latn")


def language_name(code: str, language: str) -> str:
    """The name of language ``code`` ("fr") in ``language`` ("francés"); the code when CLDR has none."""
    base = (code or "").split("-")[0].split("_")[0].lower()
    return Locale.parse(locale_of(language)).languages.get(base, code)
