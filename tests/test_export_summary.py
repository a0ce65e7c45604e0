"""The note a rapporteur sends tonight: a summary first, a table of contents, each quote once, a short
profile, and the methodology annex only where it is wanted (issue 15). Written with the CLI."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from workshop_app.cli import cli
from workshop_app.domain.model import Comment, KeyMessage
from workshop_app.storage import open_readonly

from .helpers import demo_file, export_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return demo_file(tmp_path_factory.mktemp("summary") / "demo.workshop")


export = export_docx


def paragraphs(note: Path) -> list[tuple[str, str]]:
    """(style id, text) of every body paragraph, in order."""
    with zipfile.ZipFile(note) as zf:
        body = etree.fromstring(zf.read("word/document.xml")).find(W + "body")
    out = []
    for p in body.iter(W + "p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        out.append((style.get(W + "val") if style is not None else "", "".join(t.text or "" for t in p.iter(W + "t"))))
    return out


def instr(note: Path) -> str:
    with zipfile.ZipFile(note) as zf:
        return "".join(etree.fromstring(zf.read("word/document.xml")).xpath("//w:instrText/text()",
                                                                              namespaces={"w": W[1:-1]}))


def pages(note: Path) -> int:
    out = note.parent / "pdf"
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(note)],
                   check=True, capture_output=True, timeout=300)
    pdf = (out / note.with_suffix(".pdf").name).read_bytes()
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


def test_the_summary_and_contents_come_before_the_body(demo, tmp_path):
    note = export(demo, tmp_path / "note.docx")
    styled = paragraphs(note)
    texts = [t for _, t in styled]
    summary, contents = texts.index("Summary"), texts.index("Contents")
    first_section = next(i for i, (style, t) in enumerate(styled) if style.startswith("Heading") and t.startswith("1. "))
    assert summary < contents < first_section
    between = " ".join(texts[summary:contents])
    assert "Participants: 40" in between and "Universal access to adequate, safe and affordable housing" in between
    assert "W = " in between  # the agreement of the ranking
    with open_readonly(demo) as sf:
        overall = [m.text for m in sf.all(KeyMessage) if m.question is None]
    assert overall and all(m in between for m in overall)
    assert 'TOC \\o "1-2"' in instr(note)
    toc = texts[contents + 1: first_section]
    assert "1. Participation" in toc and any(t.startswith("2.1 ") for t in toc)


def test_each_quoted_comment_is_in_the_note_once(demo, tmp_path):
    note = export(demo, tmp_path / "note.docx")
    body = "\n".join(t for _, t in paragraphs(note))
    with open_readonly(demo) as sf:
        quoted = {q for m in sf.all(KeyMessage) for q in m.quotes}
        texts = {c.id: c.text for c in sf.all(Comment) if c.id in quoted}
    assert texts
    assert {cid: body.count(text) for cid, text in texts.items()} == dict.fromkeys(texts, 1)
    assert "Quoted above: “" in body


def test_the_methodology_annex_is_for_masters_unless_asked(demo, tmp_path):
    venue = [t for _, t in paragraphs(export(demo, tmp_path / "venue.docx"))]
    assert not any("Methodology" in t for t in venue)
    assert any(t.startswith("Annex I.") for t in venue)  # the participants' annex is first now
    asked = [t for _, t in paragraphs(export(demo, tmp_path / "asked.docx", "--methodology"))]
    assert "Annex I. Methodology" in asked


def test_the_short_note_has_results_and_key_quotes_only(demo, tmp_path):
    short = export(demo, tmp_path / "short.docx", "--profile", "short")
    texts = [t for _, t in paragraphs(short)]
    assert "Summary" in texts and "Contents" in texts and any(t.startswith("1.1 ") for t in texts)
    assert not any(t.startswith(("Annex", "Differences between stakeholder groups", "Comments")) for t in texts)
    with zipfile.ZipFile(short) as zf:
        assert not any(n.startswith("word/media/") for n in zf.namelist())  # no charts
    with open_readonly(demo) as sf:
        starred = [c.text for c in sf.all(Comment) if c.starred and not c.deleted]
    body = "\n".join(texts)
    assert starred and all(body.count(text) == 1 for text in starred)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_demo_short_note_is_at_most_six_pages_and_the_full_note_no_longer_than_before(demo, tmp_path):
    assert pages(export(demo, tmp_path / "short.docx", "--profile", "short")) <= 6
    assert pages(export(demo, tmp_path / "full.docx")) <= 21  # 21 pages before the summary (with the annex)


def test_an_unknown_profile_is_one_sentence(demo, tmp_path):
    result = CliRunner().invoke(cli, ["export", str(demo), "--format", "docx", "-o", str(tmp_path / "x.docx"),
                                      "--profile", "tiny"])
    assert result.exit_code != 0 and "tiny" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.docx").exists()
