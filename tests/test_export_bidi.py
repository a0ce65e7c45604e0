"""Arabic and mixed text in the Word note: Latin runs, dates and numbers kept whole inside right-to-left
text (issue 15: the cover read "… (side event) 2024", the date 2026-12-03 read "03-12-2026", names broke
at their hyphens and the cover mixed alignments)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from workshop_app.cli import cli
from workshop_app.exports.document import SHORT_ATTRIBUTION, template_path
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
    # the pointer to a quote shown above: its ellipsis stays at the end of the English words, not before them
    ("ورد أعلاه: «Women's groups were the first responders in the …»",
     f"ورد أعلاه: {LRI}«Women's groups were the first responders in the …»{PDI}"),
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


# ------------------------------------------------------------------ right-to-left bullets (issue 15)

def numbering_of(note: Path):
    with zipfile.ZipFile(note) as zf:
        return etree.fromstring(zf.read("word/numbering.xml"))


def list_paragraphs(note: Path, style: str = "ListBullet"):
    """(right-to-left?, paragraph) for every paragraph of list style ``style``."""
    return [(p.find(f"{W}pPr/{W}bidi") is not None, p) for p in body_of(note).iter(W + "p")
            if p.find(f"{W}pPr/{W}pStyle") is not None and p.find(f"{W}pPr/{W}pStyle").get(W + "val") == style]


def level_of(numbering, num_id: str):
    abstract_id = numbering.find(f"{W}num[@{W}numId='{num_id}']/{W}abstractNumId").get(W + "val")
    return numbering.find(f"{W}abstractNum[@{W}abstractNumId='{abstract_id}']/{W}lvl[@{W}ilvl='0']")


def label_place(level) -> tuple[str, int]:
    """(lvlJc, the label's position from the paragraph's start margin in twips)."""
    ind = level.find(f"{W}pPr/{W}ind")
    return level.find(f"{W}lvlJc").get(W + "val"), int(ind.get(W + "left")) - int(ind.get(W + "hanging"))


@pytest.fixture(scope="module")
def english_note(arabic_note) -> Path:
    out = arabic_note.parent / "en.docx"
    result = CliRunner().invoke(cli, ["export", str(arabic_note.parent / "demo.workshop"), "--format", "docx",
                                      "-o", str(out), "--language", "en"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def test_right_to_left_bullets_have_a_label_both_word_and_libreoffice_keep_inside_the_margin(arabic_note):
    """lvlJc "left" is "start" to Word but physical left to LibreOffice, whose bullets then hung in the
    right margin: a right-to-left list paragraph names its own numbering, its bullet centred in from the margin."""
    numbering, paragraphs = numbering_of(arabic_note), list_paragraphs(arabic_note)
    rtl = [p for bidi, p in paragraphs if bidi]
    assert len(rtl) >= 5
    for p in rtl:
        num_id = p.find(f"{W}pPr/{W}numPr/{W}numId")
        assert num_id is not None, "".join(t.text or "" for t in p.iter(W + "t"))[:60]
        jc, position = label_place(level_of(numbering, num_id.get(W + "val")))
        assert jc == "center" and 40 <= position <= 120  # centred on half a bullet's width from the margin
        ind = level_of(numbering, num_id.get(W + "val")).find(f"{W}pPr/{W}ind")
        assert ind.get(W + "left") == "360"  # the text where a left-to-right list has it, mirrored
    assert len({p.find(f"{W}pPr/{W}numPr/{W}numId").get(W + "val") for p in rtl}) == 1  # one list for them all


def test_left_to_right_bullets_keep_the_templates_numbering(arabic_note, english_note):
    for note in (arabic_note, english_note):
        numbering = numbering_of(note)
        ltr = [p for bidi, p in list_paragraphs(note) if not bidi]
        assert ltr and all(p.find(f"{W}pPr/{W}numPr") is None for p in ltr)  # the style's own numbering
        style_num = "1"  # List Bullet's numId in the template (resources/word/build_template.py)
        assert label_place(level_of(numbering, style_num)) == ("left", 0)
    # a note with no right-to-left list paragraph has the template's numbering untouched
    with zipfile.ZipFile(english_note) as zf, zipfile.ZipFile(template_path()) as template:
        if not any(bidi for bidi, _ in list_paragraphs(english_note)):
            assert zf.read("word/numbering.xml") == template.read("word/numbering.xml")


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice or poppler's pdftotext is not installed")
def test_libreoffice_draws_right_to_left_bullets_inside_the_text_block(arabic_note, tmp_path):
    """Rendered: each bullet of a right-to-left list lies between the text's start indent and the right margin."""
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(arabic_note)], check=True, capture_output=True, timeout=300)
    boxes = subprocess.run(["pdftotext", "-bbox", str(tmp_path / "ar.pdf"), "-"], check=True, capture_output=True,
                           text=True, timeout=120).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))
    margin = 2.5 / 2.54 * 72  # the template's 2.5 cm
    bullets = [(float(a), float(b)) for a, b in re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" '
                                                             r'yMax="[\d.]+">[\uf0b7•]</word>', boxes)]
    right = [(x0, x1) for x0, x1 in bullets if x0 > page_width / 2]
    assert len(right) >= 5
    for x0, x1 in right:
        assert x1 <= page_width - margin + 0.5, (x0, x1, page_width - margin)  # not in the margin
        assert x0 >= page_width - margin - 18  # in the hanging space, before the text (18 pt in)


def test_an_english_conclusion_in_an_arabic_note_reads_left_to_right(arabic_note):
    """The rapporteur's English conclusion in the Arabic summary: a left-to-right bullet, its full stop at its end."""
    found = [p for p in body_of(arabic_note).iter(W + "p")
             if "".join(t.text or "" for t in p.iter(W + "t")).strip(LRI + PDI).startswith("Participants support a")]
    assert len(found) >= 2  # in the summary and in the overall conclusions
    for p in found:
        assert p.find(f"{W}pPr/{W}bidi") is None
        assert p.find(f"{W}pPr/{W}numPr") is None  # so the template's left-to-right bullet


def test_a_short_arabic_attribution_after_a_left_to_right_comment_stays_on_one_line(arabic_note):
    """"— أحد المشاركين (دولة" at a line's end and "عضو)" on the next read out of order: no-break spaces."""
    seen = 0
    for p in body_of(arabic_note).iter(W + "p"):
        if p.find(f"{W}pPr/{W}bidi") is not None:
            continue
        for r in p.iter(W + "r"):
            style = r.find(f"{W}rPr/{W}rStyle")
            text = "".join(t.text or "" for t in r.iter(W + "t")).strip()
            if style is not None and style.get(W + "val") == "QuoteAttribution" and re.search("[\u0600-\u06ff]", text) \
                    and len(text) <= SHORT_ATTRIBUTION:
                assert " " not in text and "\u202f" in text, text
                seen += 1
    assert seen >= 3


def test_a_right_to_left_numbered_list_gets_its_own_centred_numbering_too(tmp_path):
    from workshop_app.exports.document import Doc

    doc = Doc("ar")
    doc.para("البند الأول", "number")
    doc.para("First item", "number")
    doc.para("البند الثاني", "number")
    doc.save(tmp_path / "n.docx")
    paragraphs = list_paragraphs(tmp_path / "n.docx", "ListNumber")
    assert [bidi for bidi, _ in paragraphs] == [True, False, True]
    ids = [p.find(f"{W}pPr/{W}numPr/{W}numId") for _, p in paragraphs]
    assert ids[1] is None and ids[0].get(W + "val") == ids[2].get(W + "val")  # one list, continued
    jc, position = label_place(level_of(numbering_of(tmp_path / "n.docx"), ids[0].get(W + "val")))
    assert jc == "center" and position >= 100  # room for half of "10."
