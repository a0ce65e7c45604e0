"""Arabic and mixed text in the Word note: Latin runs, dates and numbers kept whole inside right-to-left
text (issue 15: the cover read "… (side event) 2024", the date 2026-12-03 read "03-12-2026", names broke
at their hyphens and the cover mixed alignments)."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from workshop_app.cli import cli
from workshop_app.exports.localised import long_date
from workshop_app.exports.wordxml import LRI, PDI, isolate_ltr, unbreakable_name
from workshop_app.samples.demo import build_demo
from workshop_app.storage import SessionFile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.mark.parametrize(("text", "expected"), [
    ("2024 United Nations Civil Society Conference (side event)",
     f"{LRI}2024 United Nations Civil Society Conference (side event){PDI}"),
    ("أُعدّ في 2026-12-03 من demo.workshop.", f"أُعدّ في {LRI}2026-12-03{PDI} من {LRI}demo.workshop{PDI}."),
    ("قال Omar Al-Khatib (UN-Habitat) ذلك", f"قال {LRI}Omar Al-Khatib (UN-Habitat){PDI} ذلك"),
    ("نص عربي فقط", "نص عربي فقط"),
    # a formula of the methodology annex (issue 14): brackets and all in one isolate, or it reads "(k − 1)) 3) / (k + 1"
    ("الجذر التربيعي لـ (k + 1) / (3 (k − 1)): أي 0.71", f"الجذر التربيعي لـ {LRI}(k + 1) / (3 (k − 1)){PDI}: أي {LRI}0.71{PDI}"),
    ("بطريقة إعادة المعاينة (bootstrap).", f"بطريقة إعادة المعاينة {LRI}(bootstrap){PDI}."),
    ("من (أ) إلى (ب)", "من (أ) إلى (ب)"),
])
def test_left_to_right_stretches_are_isolated(text, expected):
    assert isolate_ltr(text) == expected
    assert isolate_ltr(expected) == expected  # never twice


def test_names_do_not_break_at_their_hyphens():
    assert unbreakable_name("Omar Al-Khatib (UN-Habitat)") == "Omar Al\u2011Khatib (UN\u2011Habitat)"
    assert unbreakable_name("a participant - Member State") == "a participant - Member State"


@pytest.fixture(scope="module")
def arabic_note(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bidi")
    source = folder / "demo.workshop"
    with SessionFile.create(source) as sf:
        build_demo(sf)
    out = folder / "ar.docx"
    result = CliRunner().invoke(cli, ["export", str(source), "--format", "docx", "-o", str(out), "--language", "ar"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def body_of(note: Path):
    with zipfile.ZipFile(note) as zf:
        return etree.fromstring(zf.read("word/document.xml")).find(W + "body")


def test_the_arabic_cover_reads_right_to_left_with_latin_kept_whole(arabic_note):
    body = body_of(arabic_note)
    paragraphs = list(body.iter(W + "p"))
    cover = paragraphs[: next(i for i, p in enumerate(paragraphs) if p.find(f"{W}pPr/{W}pageBreakBefore") is not None)]
    texts = ["".join(t.text or "" for t in p.iter(W + "t")) for p in cover]
    title = next(p for p in cover if p.find(f"{W}pPr/{W}pStyle") is not None
                 and p.find(f"{W}pPr/{W}pStyle").get(W + "val") == "Title")
    assert title.find(f"{W}pPr/{W}bidi") is not None  # the English title reads in the note's direction
    assert any(t == f"{LRI}2024 United Nations Civil Society Conference (side event){PDI}" for t in texts)
    prepared = next(t for t in texts if "Workshop App" in t)
    # the date in Arabic words ("3 ديسمبر 2026", issue 14): no ISO date left to read backwards
    assert long_date(date.today(), "ar") in prepared and not re.search(r"\d{4}-\d\d-\d\d", prepared)


def test_arabic_note_names_carry_non_breaking_hyphens(arabic_note):
    text = "".join(t.text or "" for t in body_of(arabic_note).iter(W + "t"))
    assert "\u2011" in text


def test_a_bracket_opened_before_a_number_closes_outside_its_isolate():
    text = "1. حصول الجميع (26%) · 2. العمل المناخي (23%)"
    assert isolate_ltr(text) == f"1. حصول الجميع ({LRI}26%{PDI}) · 2. العمل المناخي ({LRI}23%{PDI})"
