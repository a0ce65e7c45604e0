"""What a Word note says about itself: properties, thumbnail, and the alternative text of every chart.

Written with the CLI as a rapporteur does, then read as a zip: the properties are those of this export
(not the template's "created 2013 by Microsoft Macintosh Word"), the blank thumbnail is gone, and every
picture carries a description a screen reader can say (issue 15).
"""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from lxml import etree

from workshop_app.domain.model import Session
from workshop_app.exports.i18n import LANGUAGES
from workshop_app.exports.measure import word_width_pt
from workshop_app.exports.wordxml import CELL_MARGINS, HEADER_PT
from workshop_app.storage import open_readonly

from .helpers import demo_file, export_docx

NS = {
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return demo_file(tmp_path_factory.mktemp("package") / "demo.workshop")


export = export_docx


@pytest.fixture(scope="module")
def notes(demo) -> dict[str, Path]:
    return {lang: export(demo, demo.parent / f"note-{lang}.docx", "--language", lang) for lang in LANGUAGES}


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_every_chart_has_alternative_text_with_its_figures(notes, language):
    note = notes[language]
    with zipfile.ZipFile(note) as zf:
        body = etree.fromstring(zf.read("word/document.xml"))
    pictures = body.findall(".//pic:cNvPr", NS)
    frames = body.findall(".//wp:docPr", NS)
    assert pictures and len(pictures) == len(frames)
    for el in pictures + frames:
        descr = el.get("descr", "")
        assert descr.strip(), etree.tostring(el)
        assert any(ch.isdigit() for ch in descr), descr  # the chart's figures, not only its caption


def test_properties_are_this_exports_and_there_is_no_blank_thumbnail(demo, tmp_path):
    before = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=1)
    note = export(demo, tmp_path / "note.docx")
    with open_readonly(demo) as sf:
        session = sf.all(Session)[0]
    with zipfile.ZipFile(note) as zf:
        names = set(zf.namelist())
        core = etree.fromstring(zf.read("docProps/core.xml"))
        app = etree.fromstring(zf.read("docProps/app.xml"))
        rels = zf.read("_rels/.rels").decode()
    assert not any("thumbnail" in n for n in names) and "thumbnail" not in rels
    created = datetime.fromisoformat(core.findtext("dcterms:created", namespaces=NS).replace("Z", "+00:00"))
    assert before <= created <= datetime.now(UTC) + timedelta(seconds=1)
    assert core.findtext("dc:creator", namespaces=NS) == session.rapporteur
    assert core.findtext("dc:title", namespaces=NS) == session.title
    assert core.findtext("dc:language", namespaces=NS) == "en-GB" or core.findtext("dc:language", namespaces=NS)
    assert app.findtext("ep:Application", namespaces=NS) == "Workshop App"
    assert "Macintosh" not in etree.tostring(app).decode()


def test_no_table_header_breaks_inside_a_word_in_any_language(notes):
    """'Respons/es', 'Puntua/ción', 'Médi/ane': each header cell is as wide as its widest word, measured
    with the template font's own advances (Arial or its metric twin) at the header's size, in bold."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for language, note in notes.items():
        with zipfile.ZipFile(note) as zf:
            body = etree.fromstring(zf.read("word/document.xml"))
        headers = [tr for tr in body.iter(w + "tr") if tr.find(f"{w}trPr/{w}tblHeader") is not None]
        assert headers
        too_narrow = []
        for tr in headers:
            for tc in tr.findall(w + "tc"):
                width = int(tc.find(f"{w}tcPr/{w}tcW").get(w + "w"))
                text = "".join(tc.itertext())
                if CELL_MARGINS - 40 + 20 * word_width_pt(text, HEADER_PT, bold=True) > width:
                    too_narrow.append((text, width))
        assert too_narrow == [], language
