"""A master's interchange JSON carries the stored versions, provenance and mappings, so nothing is
lost by exporting it; JSON files and Word notes merge through the same rules as session files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from workshop_app.domain import Comment
from workshop_app.exports.command import export_other
from workshop_app.imports.interchange import import_records
from workshop_app.merge import merge_files, open_conflicts
from workshop_app.merge.mappings import decide
from workshop_app.storage import SessionFile
from workshop_app.storage.interchange import document_equal, dumps, export_document, parse_document

from .test_merge_support import make_venue, open_conflict_count, quiet, state


def edit_first_comment(path: Path, text: str) -> None:
    with quiet(SessionFile.open(path)) as sf:
        c = sorted(sf.all(Comment), key=lambda c: c.id)[0]
        c.text = text
        sf.save(c)


@pytest.fixture
def busy_master(tmp_path) -> Path:
    """A master with an open conflict, a superseded version, provenance and a mapping decision."""
    a, b, c = tmp_path / "a.workshop", tmp_path / "b.workshop", tmp_path / "c.workshop"
    make_venue(a)
    shutil.copyfile(a, b)
    make_venue(c, venue=1, seed=3)
    edit_first_comment(a, "Laptop A: finance for intermediate cities")
    edit_first_comment(b, "Laptop B: housing finance for informal settlements")
    master = tmp_path / "master.workshop"
    SessionFile.create(master).close()
    merge_files(master, [a, b, c])
    edit_first_comment(c, "Edited at the venue after the first handover")
    merge_files(master, [c])
    with SessionFile.open(master) as sf:
        decide(sf, "Youth employment", "P2")
    return master


def test_export_then_import_of_a_master_loses_nothing(tmp_path, busy_master):
    with SessionFile.open(busy_master) as sf:
        doc = export_document(sf)
    assert doc["conflicts"] and doc["provenance"] and doc["option_mappings"]
    copy = tmp_path / "copy.workshop"
    with SessionFile.create(copy) as sf:
        import_records(sf, parse_document(dumps(doc)))
        again = export_document(sf)
    assert document_equal(doc, again)
    assert state(copy) == state(busy_master)
    assert open_conflict_count(copy) == 1


def test_json_export_merges_like_the_file(tmp_path, busy_master):
    with SessionFile.open(busy_master) as sf:
        (tmp_path / "master.json").write_text(dumps(export_document(sf)), encoding="utf-8")
    target = tmp_path / "hq.workshop"
    SessionFile.create(target).close()
    report = merge_files(target, [tmp_path / "master.json"])
    item = report.sources[0]
    assert item.status == "merged" and item.kind == "json" and not item.seal_verified
    assert state(target) == state(busy_master)
    # Merging the JSON into the master it came from changes nothing.
    before = state(busy_master)
    assert merge_files(busy_master, [tmp_path / "master.json"]).sources[0].added == 0
    assert state(busy_master) == before


def test_import_of_a_newer_version_fast_forwards(tmp_path):
    venue = tmp_path / "v.workshop"
    make_venue(venue)
    with SessionFile.open(venue) as sf:
        old = export_document(sf)
    edit_first_comment(venue, "Edited later")
    with SessionFile.open(venue) as sf:
        new = export_document(sf)
    with SessionFile.create(tmp_path / "t.workshop") as sf:
        import_records(sf, parse_document(dumps(old)))
        assert import_records(sf, parse_document(dumps(new)))["fast_forwarded"] == 1
        assert import_records(sf, parse_document(dumps(old)))["stale"] == 1
        assert open_conflicts(sf) == []
        assert any(c.text == "Edited later" for c in sf.all(Comment))


def test_word_note_merges_through_its_embedded_data(tmp_path):
    venue = tmp_path / "lost.workshop"
    sid = make_venue(venue, venue=3)
    note = tmp_path / "notes-new-york.docx"
    with SessionFile.open(venue) as sf:
        export_other(sf, "docx", note, session_ids=None, anonymize="none", language=None)
    master = tmp_path / "master.workshop"
    SessionFile.create(master).close()
    report = merge_files(master, [note])
    item = report.sources[0]
    assert item.status == "merged", item.reason
    assert item.kind == "docx" and item.added > 0 and item.sessions[0]["id"] == sid
    assert state(master)["comments"].keys() == state(venue)["comments"].keys()
    # The note and the file it came from are the same data: merging the file adds nothing new.
    assert merge_files(master, [venue]).sources[0].added == 0


def test_docx_without_data_is_refused(tmp_path):
    import docx

    plain = tmp_path / "plain.docx"
    docx.Document().save(plain)
    master = tmp_path / "master.workshop"
    SessionFile.create(master).close()
    before = master.read_bytes()
    item = merge_files(master, [plain]).sources[0]
    assert item.status == "refused" and item.reason
    assert master.read_bytes() == before


def test_exported_conflicts_are_json_objects(busy_master):
    with SessionFile.open(busy_master) as sf:
        doc = json.loads(dumps(export_document(sf)))
    open_rows = [c for c in doc["conflicts"] if not c["resolved"]]
    assert len(open_rows) == 1 and isinstance(open_rows[0]["content"], dict)
    assert isinstance(open_rows[0]["chain"], list)
