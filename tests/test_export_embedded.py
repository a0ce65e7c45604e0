"""The data a Word note carries: round trip, refusals (not a docx, no data, damaged, zip bomb)."""

from __future__ import annotations

import io
import json
import os
import random
import re
import string
import zipfile
from pathlib import Path

import docx
import pytest

from workshop_app.cli import main
from workshop_app.domain.errors import UnusableFileError, WriteFailedError
from workshop_app.exports import embedded
from workshop_app.exports.command import export_other
from workshop_app.exports.sample import SampleSpec, build_session
from workshop_app.imports.dispatch import import_path
from workshop_app.storage import SessionFile, open_readonly
from workshop_app.storage.interchange import document_equal, export_document


@pytest.fixture(scope="module")
def note(tmp_path_factory) -> tuple[Path, Path, str]:
    folder = tmp_path_factory.mktemp("embedded")
    source = folder / "venue.workshop"
    with SessionFile.create(source) as sf:
        sid = build_session(sf, SampleSpec(participants=12, comments=20), seed=5).id
        build_session(sf, SampleSpec(title="Another dialogue", participants=6, comments=4), seed=6)
    out = folder / "note.docx"
    with open_readonly(source) as sf:
        export_other(sf, "docx", out, session_ids=[sid])
    return source, out, sid


def test_the_note_gives_back_exactly_the_session_it_covers(note, tmp_path):
    source, out, sid = note
    target = tmp_path / "hq.workshop"
    with SessionFile.create(target) as sf:
        summary = import_path(sf, out)
        assert summary.startswith("Imported note.docx:")
        assert [s.id for s in sf.sessions()] == [sid]  # only the session the note covers
        got = export_document(sf)
    with open_readonly(source) as sf:
        want = export_document(sf, [sid])
    got_people = {p["id"]: p for s in got["sessions"] for p in s.pop("participants")}
    want_people = {p["id"]: p for s in want["sessions"] for p in s.pop("participants")}
    assert document_equal(got["sessions"], want["sessions"])  # questions, ballots, comments, messages
    assert [f["id"] for f in got["frameworks"]] == [f["id"] for f in want["frameworks"]]
    assert set(got_people) == set(want_people)
    for pid, p in want_people.items():  # those who declined come back as placeholders, without name
        if p["consent_named"]:
            assert got_people[pid] == p
        else:
            assert got_people[pid]["rev"] == 0 and got_people[pid]["name"] == "" and got_people[pid]["seat"] == ""


def test_importing_the_note_twice_adds_nothing(note, tmp_path):
    _, out, _ = note
    target = tmp_path / "hq.workshop"
    with SessionFile.create(target) as sf:
        import_path(sf, out)
        assert "0 records added" in import_path(sf, out)


def test_the_cli_imports_a_note(note, tmp_path, capsys):
    _, out, _ = note
    target = tmp_path / "cli.workshop"
    with SessionFile.create(target):
        pass
    with pytest.raises(SystemExit) as exit_:
        main(["import", str(target), str(out)])
        raise SystemExit(0)
    assert exit_.value.code in (0, None)
    assert "Imported note.docx" in capsys.readouterr().out


def test_data_survives_a_rapporteurs_edit_in_word(note, tmp_path):
    _, out, _ = note
    document = docx.Document(str(out))
    document.add_paragraph("Added by the rapporteur after the session.")
    edited = tmp_path / "edited.docx"
    document.save(str(edited))
    assert embedded.read_embedded_json(edited) == embedded.read_embedded_json(out)


def test_a_file_that_is_not_a_docx_is_refused(tmp_path):
    bad = tmp_path / "notes.docx"
    bad.write_text("just text", encoding="utf-8")
    with pytest.raises(UnusableFileError, match="not a zip package"):
        embedded.read_embedded_json(bad)
    other = tmp_path / "other.docx"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(UnusableFileError, match="not a Word document"):
        embedded.read_embedded_json(other)


def test_a_docx_without_data_is_refused_with_one_sentence(tmp_path):
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    with pytest.raises(UnusableFileError, match="carries no Workshop App data"):
        embedded.read_embedded_json(plain)
    target = tmp_path / "t.workshop"
    with SessionFile.create(target):
        pass
    with pytest.raises(SystemExit) as exit_:
        main(["import", str(target), str(plain)])
    assert exit_.value.code == 2


def _rewrite_item(src: Path, dst: Path, change) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.startswith("customXml/item") and b"workshop-app" in data[:400]:
                data = change(data)
            zout.writestr(info, data)


def test_altered_data_is_refused_by_its_checksum(note, tmp_path):
    _, out, _ = note
    altered = tmp_path / "altered.docx"
    _rewrite_item(out, altered, lambda data: data.replace(b"Dialogue with stakeholders", b"Dialogue with stakeholderz", 1))
    with pytest.raises(UnusableFileError, match="checksum"):
        embedded.read_embedded_json(altered)


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path, monkeypatch):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        zf.writestr("customXml/item1.xml", b'<wa:data xmlns:wa="urn:workshop-app:interchange">' + b" " * 5_000_000)
    with pytest.raises(UnusableFileError, match="more than this app accepts"):
        embedded.read_embedded_json(bomb)  # 5 MB of spaces compress about 1,000 times
    monkeypatch.setattr(embedded, "MAX_RATIO", 10**6)
    monkeypatch.setattr(embedded, "MAX_PART_BYTES", 1_000_000)
    with pytest.raises(UnusableFileError, match="more than this app accepts"):
        embedded.read_embedded_json(bomb)
    monkeypatch.setattr(embedded, "MAX_TOTAL_BYTES", 1000)
    with pytest.raises(UnusableFileError, match="refused unread"):
        embedded.read_embedded_json(bomb)


def test_entities_are_not_expanded(tmp_path):
    evil = tmp_path / "evil.docx"
    xml = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
           b'<wa:data xmlns:wa="urn:workshop-app:interchange"><wa:chunk>&e;</wa:chunk></wa:data>')
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        zf.writestr("customXml/item1.xml", xml)
    try:
        text = embedded.read_embedded_json(evil)
    except UnusableFileError:
        return
    assert "root:" not in text


def test_large_data_is_chunked_and_read_back(tmp_path):
    document = docx.Document()
    blob = "".join(random.Random(1).choices(string.ascii_letters + " ", k=embedded.CHUNK_CHARS * 2 + 17))
    text = json.dumps({"format": "workshop-app/1", "blob": blob})
    embedded.embed_json(document, text)
    embedded.embed_json(document, text)  # embedding again replaces, never duplicates
    out = tmp_path / "big.docx"
    document.save(str(out))
    with zipfile.ZipFile(out) as zf:
        ours = [n for n in zf.namelist()
                if re.match(r"customXml/item\d+\.xml$", n) and embedded.NAMESPACE.encode() in zf.read(n)]
        assert len(ours) == 1
        assert zf.read(ours[0]).count(b"<wa:chunk>") == 3
    assert embedded.read_embedded_json(out) == text


def test_a_failed_write_leaves_the_target_untouched(note, tmp_path, monkeypatch):
    source, _, sid = note
    target = tmp_path / "notes.docx"
    target.write_bytes(b"the rapporteur's earlier version")

    def broken_save(self, path):
        Path(path).write_bytes(b"half a docx")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", broken_save)
    with open_readonly(source) as sf, pytest.raises(WriteFailedError, match="nothing was changed"):
        export_other(sf, "docx", target, session_ids=[sid])
    assert target.read_bytes() == b"the rapporteur's earlier version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.docx"]


def test_a_read_only_target_gets_a_clear_message(note, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root may write to read-only files")
    source, _, sid = note
    target = tmp_path / "locked.docx"
    target.write_bytes(b"open in Word")
    target.chmod(0o444)
    try:
        with open_readonly(source) as sf, pytest.raises(WriteFailedError, match="read-only"):
            export_other(sf, "docx", target, session_ids=[sid])
    finally:
        target.chmod(0o644)
    assert target.read_bytes() == b"open in Word"


def test_a_target_locked_by_word_gets_a_clear_message(note, tmp_path, monkeypatch):
    source, _, sid = note
    target = tmp_path / "open-in-word.docx"
    target.write_bytes(b"open in Word")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "replace", locked)
    with open_readonly(source) as sf, pytest.raises(WriteFailedError, match="open in another program"):
        export_other(sf, "docx", target, session_ids=[sid])
    assert target.read_bytes() == b"open in Word"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["open-in-word.docx"]


def test_dumps_ascii_is_lossless_for_any_text():
    doc = {"t": "NUL\x00 \ud800 中文 العربية \ufffe"}
    text = embedded.dumps_ascii(doc)
    assert text.isascii()
    assert json.loads(text) == doc
    assert io.StringIO(text).read() == text
