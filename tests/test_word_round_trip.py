"""A note the rapporteur edited in Word and sent back: the import says which key messages differ,
and keeps the Word text only when asked (issue 15: never silent)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from workshop_app.domain.model import KeyMessage
from workshop_app.exports.comments_section import key_message_bookmark
from workshop_app.imports.dispatch import import_data
from workshop_app.storage import SessionFile
from workshop_app.storage.embedded import bookmarked_texts

NEW_TEXT = "Housing first, with the finance to match: the room asked for both in one breath."


def export_note(tmp_path: Path, language: str = "en") -> tuple[Path, Path]:
    source = tmp_path / "venue.workshop"
    subprocess.run([sys.executable, "-m", "workshop_app.cli", "demo", str(source)], check=True, capture_output=True)
    note = tmp_path / "note.docx"
    subprocess.run([sys.executable, "-m", "workshop_app.cli", "export", str(source), "--format", "docx",
                    "--language", language, "-o", str(note)], check=True, capture_output=True)
    return source, note


def edit_in_word(note: Path, record_id: str, text: str, out: Path, *, name: str | None = None) -> Path:
    """What Word does when the rapporteur types over a key message (or the paragraph bookmarked
    ``name``): the paragraph's runs change, its bookmark stays (here the first run gets the new
    text, the others are emptied)."""
    name = name or key_message_bookmark(record_id)
    with zipfile.ZipFile(note) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/document.xml":
                xml = data.decode("utf-8")
                start = xml.index(f'w:name="{name}"')
                p_start, p_end = xml.rindex("<w:p>", 0, start), xml.index("</w:p>", start)
                paragraph = xml[p_start:p_end]
                paragraph = retype(paragraph, text)
                data = (xml[:p_start] + paragraph + xml[p_end:]).encode("utf-8")
            zout.writestr(info, data)
    return out


def retype(paragraph: str, text: str) -> str:
    """The paragraph's first text run says ``text``; its other runs are emptied."""
    texts = iter([text])
    return re.sub(r"(<w:t[^>]*>)[^<]*(</w:t>)", lambda m: m.group(1) + next(texts, "") + m.group(2), paragraph)


@pytest.fixture
def exported(tmp_path):
    return export_note(tmp_path)


def first_key_message(path: Path) -> KeyMessage:
    with SessionFile.open(path) as sf:
        return sorted(sf.all(KeyMessage), key=lambda k: (k.question or "", k.position))[0]


def test_every_key_message_of_the_note_is_bookmarked_with_its_text(exported):
    source, note = exported
    with SessionFile.open(source) as sf:
        messages = sf.all(KeyMessage)
    found = bookmarked_texts(note, "wa_km_")
    assert messages and {key_message_bookmark(k.id) for k in messages} <= set(found)
    for k in messages:
        assert found[key_message_bookmark(k.id)] == " ".join(k.text.split())


def test_an_unedited_note_imports_with_nothing_to_say(exported, tmp_path):
    source, note = exported
    target = tmp_path / "hq.workshop"
    SessionFile.create(target).close()
    with SessionFile.open(target) as sf:
        report = import_data(sf, note)
    assert report.word_edits == [] and report.notes == []


def test_an_edited_key_message_is_reported_and_the_data_kept(exported, tmp_path):
    source, note = exported
    km = first_key_message(source)
    edited = edit_in_word(note, km.id, NEW_TEXT, tmp_path / "edited.docx")
    target = tmp_path / "hq.workshop"
    SessionFile.create(target).close()
    with SessionFile.open(target) as sf:
        report = import_data(sf, edited)
        assert [(e.id, e.word_text) for e in report.word_edits] == [(km.id, NEW_TEXT)]
        assert "1 key message" in report.notes[0]
        assert sf.get(KeyMessage, km.id).text == km.text  # the data, as the app wrote it


def test_take_word_text_keeps_the_edit_as_a_new_revision(exported, tmp_path):
    source, note = exported
    km = first_key_message(source)
    edited = edit_in_word(note, km.id, NEW_TEXT, tmp_path / "edited.docx")
    with SessionFile.open(source) as sf:  # back into the venue's own file, as a rapporteur would
        report = import_data(sf, edited, take_word_text=True)
        now = sf.get(KeyMessage, km.id)
    assert report.word_text_taken == 1
    assert now.text == NEW_TEXT and now.rev == km.rev + 1


def test_the_cli_lists_the_difference_and_takes_it_only_with_the_flag(exported, tmp_path):
    source, note = exported
    km = first_key_message(source)
    edited = edit_in_word(note, km.id, NEW_TEXT, tmp_path / "edited.docx")
    target = tmp_path / "copy.workshop"
    shutil.copy(source, target)
    cli = [sys.executable, "-m", "workshop_app.cli", "--lang", "en", "import", str(target), str(edited)]
    plain = subprocess.run(cli, capture_output=True, text=True)
    assert plain.returncode == 0, plain.stderr
    assert "1 key message(s) read differently" in plain.stderr and f"+ {NEW_TEXT}" in plain.stderr
    assert "--take-word-text" in plain.stderr
    assert first_key_message(target).text == km.text
    taken = subprocess.run(cli + ["--take-word-text"], capture_output=True, text=True)
    assert taken.returncode == 0, taken.stderr
    assert "kept for 1 key message(s)" in taken.stderr
    assert first_key_message(target).text == NEW_TEXT


def test_an_arabic_note_compares_without_its_isolates(tmp_path):
    source, note = export_note(tmp_path, "ar")
    target = tmp_path / "hq.workshop"
    SessionFile.create(target).close()
    with SessionFile.open(target) as sf:
        assert import_data(sf, note).word_edits == []
