"""Dates and numbers in the Word note as each language writes them, from Babel's CLDR (issue 14)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from tests.helpers import export_docx
from workshop_app.exports.document import fmt_number, fmt_percent
from workshop_app.exports.localised import date_time, integer, language_name, long_date, short_date
from workshop_app.samples.demo import build_demo
from workshop_app.storage import SessionFile

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "9 May 2024"), ("fr", "9 mai 2024"), ("es", "9 de mayo de 2024"), ("ru", f"9 мая 2024{NNBSP}г."),
    ("zh", "2024年5月9日"), ("ar", "9 مايو 2024"),
])
def test_a_date_is_written_in_words_in_each_language(language, expected):
    assert long_date("2024-05-09", language) == expected
    assert long_date(date(2024, 5, 9), language) == expected


def test_a_date_that_is_not_iso_stays_as_typed():
    assert long_date("Spring 2024", "fr") == "Spring 2024" and long_date("", "ru") == ""
    assert short_date("9/5/24", "zh") == "9/5/24"
    assert date_time("yesterday", "fr") == "yesterday"


def test_a_merge_time_reads_as_a_date_and_a_time():
    assert date_time("2026-12-03T19:11:05+00:00", "fr") == "3 déc. 2026 19:11"
    assert date_time("2026-12-03T19:11:05", "zh") == "2026年12月3日 19:11"


@pytest.mark.parametrize(("language", "decimals", "thousands"), [
    ("en", "1,234.57", "12,345"), ("fr", f"1{NNBSP}234,57", f"12{NNBSP}345"), ("es", "1.234,57", "12.345"),
    ("ru", f"1{NBSP}234,57", f"12{NBSP}345"), ("zh", "1,234.57", "12,345"), ("ar", "1,234.57", "12,345"),
])
def test_numbers_take_the_languages_separators(language, decimals, thousands):
    assert fmt_number(1234.567, 2, language) == decimals
    assert integer(12345, language) == thousands
    assert fmt_number(None, 2, language) == "–"


def test_percentages_take_the_languages_spacing():
    assert [fmt_percent(0.26, lang) for lang in ("en", "fr", "es", "ru", "zh", "ar")] == [
        "26%", f"26{NBSP}%", f"26{NBSP}%", f"26{NBSP}%", "26%", "26%"]


def test_language_names_are_in_the_documents_language():
    assert language_name("en", "fr") == "anglais" and language_name("fr", "es") == "francés"
    assert language_name("zh", "ru") == "китайский" and language_name("ar", "zh") == "阿拉伯语"
    assert language_name("xx", "fr") == "xx"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("localised") / "demo.workshop"
    with SessionFile.create(path) as sf:
        build_demo(sf)
    return path


def test_the_french_note_writes_dates_and_decimals_the_french_way(demo, tmp_path):
    document = docx.Document(str(export_docx(demo, tmp_path / "fr.docx", "--language", "fr")))
    cover = document.tables[0]
    cells = {row.cells[0].text: row.cells[1].text for row in cover.rows}
    assert cells["Date"] == "9 mai 2024" and cells["Langue"] == "Anglais"
    prepared = next(p.text for p in document.paragraphs if "Workshop App" in p.text)
    assert long_date(date.today(), "fr") in prepared
    numbers = [c.text for t in document.tables[1:] for row in t.rows for c in row.cells]
    assert any("," in n and n.replace(",", "").isdigit() for n in numbers)  # "2,45": a decimal comma
    assert not any("." in n and n.replace(".", "").isdigit() for n in numbers)  # never "2.45"
    assert any(n.endswith(f"{NBSP}%") for n in numbers)
    assert cells["Lieu"].endswith("Kenya")


def test_the_chinese_note_names_countries_in_chinese(demo, tmp_path):
    document = docx.Document(str(export_docx(demo, tmp_path / "zh.docx", "--language", "zh")))
    cells = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cells["日期"] == "2024年5月9日" and cells["地点"].endswith("肯尼亚") and cells["语言"] == "英语"
    text = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "肯尼亚" in text and "埃及" in text and "Kenya" not in text and "Egypt" not in text
