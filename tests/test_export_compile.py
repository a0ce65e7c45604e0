"""compile-notes: three notes (one edited in Word) joined into one document that carries their data."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from workshop_app.cli import main
from workshop_app.domain.errors import UnusableFileError, WorkshopError
from workshop_app.exports.command import export_other
from workshop_app.exports.compile import compile_documents
from workshop_app.exports.embedded import read_embedded_json
from workshop_app.exports.sample import SampleSpec, build_session
from workshop_app.imports.dispatch import import_path
from workshop_app.storage import SessionFile, open_readonly

EDIT = "Paragraph added in Word by the rapporteur of the Cairo dialogue."


@pytest.fixture(scope="module")
def notes(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("notes")
    paths = []
    for k, (title, lang) in enumerate((("Nairobi dialogue", "en"), ("Dialogue du Caire", "fr"), ("亚的斯亚贝巴对话", "zh"))):
        source = folder / f"venue{k}.workshop"
        with SessionFile.create(source) as sf:
            build_session(sf, SampleSpec(title=title, language=lang, participants=8, comments=6), seed=k)
        out = folder / f"note{k}.docx"
        with open_readonly(source) as sf:
            export_other(sf, "docx", out)
        paths.append(out)
    edited = docx.Document(str(paths[1]))
    edited.add_paragraph(EDIT)
    edited.save(str(paths[1]))
    return paths


@pytest.fixture(scope="module")
def compiled(notes, tmp_path_factory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("compiled") / "all.docx"
    report = compile_documents(notes, out)
    return out, report


def test_all_three_notes_are_inside_with_the_rapporteurs_edit(compiled):
    out, report = compiled
    assert report.titles == ["Nairobi dialogue", "Dialogue du Caire", "亚的斯亚贝巴对话"]
    document = docx.Document(str(out))
    titles = [p.text for p in document.paragraphs if p.style.name == "Title"]
    assert titles == report.titles
    texts = [p.text for p in document.paragraphs]
    assert EDIT in texts
    assert "1. 参与情况" in texts and "1. Participation" in texts
    assert len(document.inline_shapes) == 12  # every note's four charts came along


def test_the_contents_page_lists_the_notes_and_holds_a_toc_field(compiled):
    out, _ = compiled
    document = docx.Document(str(out))
    first = [p.text for p in document.paragraphs[:10]]
    assert first[0] == "Compiled notes of the dialogues"
    assert {"1. Nairobi dialogue", "2. Dialogue du Caire", "3. 亚的斯亚贝巴对话"} <= set(first)
    instructions = [t.text for t in document.element.body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith("TOC") for i in instructions)
    assert document.settings.element.find(qn("w:updateFields")) is not None


def test_the_compiled_document_carries_the_union_of_the_notes_data(compiled, tmp_path):
    out, report = compiled
    data = json.loads(read_embedded_json(out))
    assert sorted(s["title"] for s in data["sessions"]) == sorted(report.titles)
    assert len(data["frameworks"]) == 1  # the shared framework, once
    target = tmp_path / "hq.workshop"
    with SessionFile.create(target) as sf:
        import_path(sf, out)
        assert len(sf.sessions()) == 3


def test_a_note_without_data_is_compiled_with_a_warning(notes, tmp_path):
    foreign = tmp_path / "typed-by-hand.docx"
    document = docx.Document()
    document.add_paragraph("Notes typed by hand", style="Title")
    document.save(str(foreign))
    report = compile_documents([notes[0], foreign], tmp_path / "mixed.docx")
    assert report.titles == ["Nairobi dialogue", "Notes typed by hand"]
    assert any("carries no Workshop App data" in w for w in report.warnings)


def test_bad_inputs_are_refused(notes, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(UnusableFileError):
        compile_documents([notes[0], broken], tmp_path / "x.docx")
    with pytest.raises(WorkshopError, match="new file"):
        compile_documents([notes[0]], notes[0])
    assert not (tmp_path / "x.docx").exists()


def test_the_cli_command(notes, tmp_path, capsys):
    out = tmp_path / "cli.docx"
    with pytest.raises(SystemExit) as exit_:
        main(["compile-notes", "-o", str(out), "--language", "fr", *map(str, notes)])
        raise SystemExit(0)
    assert exit_.value.code in (0, None)
    assert "3 notes" in capsys.readouterr().out
    assert docx.Document(str(out)).paragraphs[0].text == "Recueil des notes des dialogues"
