"""The Word synthesis: reopened with python-docx and checked, in English, Chinese and Arabic."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from workshop_app.analysis import analyse_session
from workshop_app.domain.model import Comment, Participant
from workshop_app.exports.command import export_other
from workshop_app.exports.embedded import read_embedded_json
from workshop_app.exports.sample import CONTROL_TEXT, SampleSpec, build_session
from workshop_app.exports.wordxml import clean
from workshop_app.storage import SessionFile, open_readonly


def make_file(path: Path, language: str = "en", **spec) -> str:
    with SessionFile.create(path) as sf:
        return build_session(sf, SampleSpec(language=language, **spec), seed=3).id


def export(path: Path, out: Path, **kw) -> docx.document.Document:
    with open_readonly(path) as sf:
        export_other(sf, "docx", out, **kw)
    return docx.Document(str(out))


@pytest.fixture(scope="module")
def english(tmp_path_factory) -> tuple[Path, Path, str]:
    folder = tmp_path_factory.mktemp("docx-en")
    source = folder / "venue.workshop"
    sid = make_file(source)
    out = folder / "notes.docx"
    export(source, out)
    return source, out, sid


def body_text(document) -> str:
    return "\n".join(t.text or "" for t in document.element.body.iter(qn("w:t")))


def table_after(document, caption: str):
    """The table that follows the first caption paragraph containing ``caption``."""
    found = False
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p") and caption in "".join(t.text or "" for t in block.iter(qn("w:t"))):
            found = True
        elif found and block.tag == qn("w:tbl"):
            return docx.table.Table(block, document)
    raise AssertionError(f"no table after {caption!r}")


def test_cover_headings_and_annexes(english):
    _, out, _ = english
    document = docx.Document(str(out))
    styles = {p.style.name: [] for p in document.paragraphs}
    for p in document.paragraphs:
        styles[p.style.name].append(p.text)
    assert styles["Title"] == ["Dialogue with stakeholders, Nairobi"]
    h1 = styles["Heading 1"]
    assert h1[:3] == ["Summary", "1. Participation", "2. Results by question"]
    assert "Annex I. List of participants" in h1  # the methodology annex is for masters (or --methodology)
    assert any(t.startswith("2.1 Rank the five priorities") for t in styles["Heading 2"])
    assert "Key messages" in styles["Heading 3"] and "Comments" in styles["Heading 3"]
    assert document.core_properties.title == "Dialogue with stakeholders, Nairobi"
    assert document.styles["Heading 1"].font.color.rgb is not None  # the house style, not the bare default
    assert abs(document.sections[0].page_width.cm - 21.0) < 0.01  # A4


def test_results_table_numbers_are_the_analysis_engines(english):
    source, out, sid = english
    document = docx.Document(str(out))
    with open_readonly(source) as sf:
        data = sf.load_session(sid)
    result = analyse_session(data, bootstrap=0)
    ranking = next(q for q in result.questions if q.kind == "ranking")
    table = table_after(document, "Table 3. Options ranked by Borda score")
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0][:3] == ["#", "Priority", "Borda score"]
    assert len(rows) == 1 + len(ranking.options)
    for cells, r in zip(rows[1:], ranking.options, strict=True):
        assert int(cells[0]) == r.position
        assert cells[1].removesuffix(" †") == r.label
        assert int(cells[2]) == r.borda
        assert cells[3] == f"{round(100 * r.borda_share)}%"
        assert cells[4] == f"{r.mean_rank:.2f}"
        assert [int(c) for c in cells[5:8]] == [r.first_preferences, r.top3, r.schulze_rank]
    points = next(q for q in result.questions if q.kind == "points")
    prows = [[c.text for c in row.cells] for row in table_after(document, "Points allocated to each option").rows]
    assert [int(r[2]) for r in prows[1:]] == [o.total for o in points.options]


def test_charts_are_embedded_once_per_scored_question(english):
    _, out, _ = english
    document = docx.Document(str(out))
    pictures = document.inline_shapes
    # participation, ranking, points, rating: one picture each
    assert len(pictures) == 4
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption" and p.text.startswith("Figure")]
    assert len(captions) == 4


def test_comment_with_control_characters_is_cleaned_in_the_document_only(english):
    source, out, sid = english
    document = docx.Document(str(out))
    shown = {p.text for p in document.paragraphs if p.text.startswith("Tabs")}  # in a key message and the comments
    assert shown == {"Tabs\tand lines\nstay; NUL, VT , FF  and U+FFFE do not.  — Amina Diallo 0 (Organisation 0)"}
    with open_readonly(source) as sf:
        stored = [c.text for c in sf.load_session(sid).comments if c.text.startswith("Tabs")]
    assert stored == [CONTROL_TEXT]
    data = json.loads(read_embedded_json(out))
    carried = [c["text"] for s in data["sessions"] for c in s["comments"] if c["text"].startswith("Tabs")]
    assert carried == [CONTROL_TEXT]  # the embedded data is lossless


def test_clean_handles_every_character_xml_refuses():
    assert clean("a\x00b\x0bc\x0cd\ufffee\uffff\ud800f\tg\nh") == "ab c de\ufffdf\tg\nh"
    assert clean("") == "" and clean(None) == ""
    assert clean("中文 العربية") == "中文 العربية"


def test_chinese_runs_name_an_east_asian_font(tmp_path):
    source = tmp_path / "zh.workshop"
    make_file(source, "zh")
    document = export(source, tmp_path / "zh.docx")
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["摘要", "1. 参与情况"]
    zh_runs = [r for r in document.element.body.iter(qn("w:r"))
               if re.search("[\u4e00-\u9fff]", "".join(t.text or "" for t in r.iter(qn("w:t"))))]
    assert zh_runs
    for run in zh_runs:
        fonts = run.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert fonts is not None and fonts.get(qn("w:eastAsia"))
    assert document.core_properties.language == "zh-CN"


def test_arabic_paragraphs_are_right_to_left_in_any_document(english, tmp_path):
    _, out, _ = english
    document = docx.Document(str(out))
    arabic = [p for p in document.paragraphs if re.search("[\u0600-\u06ff]", p.text)]
    assert arabic, "the fixture has Arabic comments"
    for p in arabic:
        assert p._p.pPr.find(qn("w:bidi")) is not None
        runs = [r for r in p._p.iter(qn("w:r")) if re.search("[\u0600-\u06ff]", "".join(t.text or "" for t in r.iter(qn("w:t"))))]
        assert all(r.find(qn("w:rPr")).find(qn("w:rtl")) is not None for r in runs)
    english_comment = next(p for p in document.paragraphs if p.text.startswith("Housing finance must reach"))
    assert english_comment._p.pPr.find(qn("w:bidi")) is None


def test_an_arabic_document_reads_right_to_left(tmp_path):
    source = tmp_path / "ar.workshop"
    make_file(source, "ar")
    document = export(source, tmp_path / "ar.docx")
    heading = next(p for p in document.paragraphs if p.style.name == "Heading 1" and p.text.startswith("1."))
    assert heading.text == "1. المشاركة"
    assert heading._p.pPr.find(qn("w:bidi")) is not None
    assert document.sections[0]._sectPr.find(qn("w:bidi")) is not None
    table = document.tables[1]
    assert table._tbl.tblPr.find(qn("w:bidiVisual")) is not None


def test_fixed_headings_follow_the_language_option(english, tmp_path):
    source, _, _ = english
    document = export(source, tmp_path / "fr.docx", language="fr")
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"][:3] == [
        "Résumé", "1. Participation", "2. Résultats par question"]
    # the framework priorities appear in French, though the session was held in English
    assert "Accès universel à un logement convenable, sûr et abordable" in body_text(document)


def names_in(text: str, people: list[Participant]) -> set[str]:
    return {p.name for p in people if p.name in text}


@pytest.mark.parametrize("mode", ["none", "organisation", "anonymous"])
def test_anonymisation_in_the_document_and_its_data(english, tmp_path, mode):
    source, _, sid = english
    out = tmp_path / f"{mode}.docx"
    text = body_text(export(source, out, anonymize=mode))
    embedded = read_embedded_json(out)
    with open_readonly(source) as sf:
        people = sf.load_session(sid).participants
    consenting = [p for p in people if p.consent_named]
    others = [p for p in people if not p.consent_named]
    assert not names_in(text, others)
    if mode == "none":
        assert names_in(text, consenting) == {p.name for p in consenting}
        carried = {p["name"] for s in json.loads(embedded)["sessions"] for p in s["participants"]}
        assert {p.name for p in consenting} <= carried and not {p.name for p in others} & carried
    else:
        assert not names_in(text, consenting)
        assert '"name":""' in embedded.replace(" ", "")
        assert not any(p.name in embedded for p in people if p.name.isascii())
    if mode == "anonymous":
        assert "Organisation 3" not in text and "Organisation 3" not in embedded


def test_a_master_has_consolidated_results_and_every_dialogue(tmp_path):
    source = tmp_path / "master.workshop"
    with SessionFile.create(source) as sf:
        for k, lang in enumerate(("en", "fr", "zh")):
            build_session(sf, SampleSpec(title=f"Dialogue {k}", language=lang, participants=9, comments=6),
                          seed=k)
    document = export(source, tmp_path / "master.docx")
    h1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert h1[:5] == ["Summary", "1. Participation", "2. Consolidated results", "3. Results by dialogue",
                      "4. Overall conclusions"]
    assert "Annex I. Methodology" in h1  # a master has the methodology annex by default
    h2 = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert {"3.1 Dialogue 0", "3.2 Dialogue 1", "3.3 Dialogue 2"} <= set(h2)
    assert "Differences between events" in [p.text for p in document.paragraphs if p.style.name == "Heading 3"]


def test_comments_are_grouped_by_option_with_starred_quotes_first(tmp_path):
    source = tmp_path / "c.workshop"
    with SessionFile.create(source) as sf:
        sid = build_session(sf, SampleSpec(comments=0), control_comment=False).id
        data = sf.load_session(sid)
        q = next(q for q in data.questions if q.kind == "ranking")
        opt = data.options_of(q.id)[0]
        sf.save_all([
            Comment(session=sid, question=q.id, option=opt.id, text="plain strength", swot="strength",
                    created_at="2024-01-01T10:00:00"),
            Comment(session=sid, question=q.id, option=opt.id, text="starred strength", swot="strength", starred=True,
                    created_at="2024-01-01T11:00:00"),
        ])
    document = export(source, tmp_path / "c.docx")
    texts = [(p.style.name, p.text) for p in document.paragraphs]
    i = texts.index(("Heading 4", opt.label))
    assert texts[i + 1][1] == "Strengths (2)"
    assert texts[i + 2] == ("Quote", "starred strength")
    assert texts[i + 3] == ("List Bullet", "plain strength")


def test_libreoffice_opens_the_document(english, tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    _, out, _ = english
    done = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                           "pdf", "--outdir", str(tmp_path), str(out)], capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "notes.pdf"
    assert done.returncode == 0, done.stderr
    assert pdf.exists() and pdf.stat().st_size > 10_000


def test_a_merged_master_has_the_provenance_annex(tmp_path):
    from workshop_app.merge import merge_files
    from workshop_app.storage import handover

    venues = []
    for k in range(2):
        path = tmp_path / f"venue{k}.workshop"
        with SessionFile.create(path) as sf:
            build_session(sf, SampleSpec(title=f"Venue {k}", participants=6, comments=3), seed=k)
            handover(sf, tmp_path / f"sealed{k}.workshop")
        venues.append(tmp_path / f"sealed{k}.workshop")
    master = tmp_path / "master.workshop"
    with SessionFile.create(master):
        pass
    merge_files(master, venues)
    document = export(master, tmp_path / "master.docx")
    h1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert h1[-1] == "Annex III. Provenance of the data"
    table = document.tables[-1]
    files = [row.cells[0].text for row in table.rows[1:]]
    assert files == ["sealed0.workshop", "sealed1.workshop"]
    assert {row.cells[2].text for row in table.rows[1:]} == {"yes"}  # both seals verified


def test_the_provenance_annex_never_vanishes_silently(tmp_path, monkeypatch):
    """A master whose provenance cannot be read is not exported without its annex: the export
    fails and writes nothing (it used to log the error and write the note without Annex III)."""
    import sqlite3

    import workshop_app.merge
    import workshop_app.merge.provenance
    from workshop_app.domain.errors import UnusableFileError
    from workshop_app.merge import merge_files
    from workshop_app.storage import handover

    venue = tmp_path / "venue.workshop"
    with SessionFile.create(venue) as sf:
        build_session(sf, SampleSpec(title="Venue", participants=4, comments=2), seed=3)
        handover(sf, tmp_path / "sealed.workshop")
    master = tmp_path / "master.workshop"
    SessionFile.create(master).close()
    merge_files(master, [tmp_path / "sealed.workshop"])

    def unreadable(sf):
        raise sqlite3.DatabaseError("disk I/O error")

    monkeypatch.setattr(workshop_app.merge.provenance, "provenance_records", unreadable)
    monkeypatch.setattr(workshop_app.merge, "provenance_records", unreadable)
    out = tmp_path / "master.docx"
    # The read-only copy turns the SQLite error into one sentence; the point is that it is raised.
    with pytest.raises(UnusableFileError, match="cannot be read"), open_readonly(master) as sf:
        export_other(sf, "docx", out, session_ids=None, anonymize="none", language=None)
    assert not out.exists()
