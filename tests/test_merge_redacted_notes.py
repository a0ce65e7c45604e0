"""An anonymised Word note merges beside its session file without conflicts or lost names."""

from __future__ import annotations

import pytest

from workshop_app.domain import Participant
from workshop_app.exports.command import export_other
from workshop_app.exports.embedded import read_embedded_json
from workshop_app.merge import merge_files, open_conflicts
from workshop_app.samples.demo import build_demo
from workshop_app.storage import SessionFile, open_readonly
from workshop_app.storage.interchange import import_records, parse_document


@pytest.fixture(scope="module")
def venue(tmp_path_factory):
    folder = tmp_path_factory.mktemp("venue")
    with SessionFile.create(folder / "venue.workshop") as sf:
        build_demo(sf, seed=5)
    with open_readonly(folder / "venue.workshop") as sf:
        export_other(sf, "docx", folder / "anon.docx", anonymize="anonymous")
    return folder


@pytest.mark.parametrize("order", [("anon.docx", "venue.workshop"), ("venue.workshop", "anon.docx")])
def test_original_names_win_whatever_the_order(venue, tmp_path, order):
    master = tmp_path / "master.workshop"
    SessionFile.create(master).close()
    merge_files(master, [venue / order[0]])
    merge_files(master, [venue / order[1]])
    with open_readonly(master) as m, open_readonly(venue / "venue.workshop") as v:
        assert open_conflicts(m) == []
        names = {p.id: p.name for p in m.all(Participant)}
        assert names == {p.id: p.name for p in v.all(Participant)}


def test_a_note_alone_gives_placeholders_without_names(venue, tmp_path):
    master = tmp_path / "master.workshop"
    SessionFile.create(master).close()
    merge_files(master, [venue / "anon.docx"])
    with open_readonly(master) as m:
        people = m.all(Participant)
        assert people and all(p.name == "" and p.organisation == "" and p.rev == 0 for p in people)


def test_importing_the_note_into_its_own_file_changes_no_participant(venue, tmp_path):
    import shutil

    shutil.copyfile(venue / "venue.workshop", tmp_path / "v.workshop")
    with SessionFile.open(tmp_path / "v.workshop") as sf:
        before = {p.id: p.hash for p in sf.all(Participant)}
        counts = import_records(sf, parse_document(read_embedded_json(venue / "anon.docx")))
        assert counts["conflicts"] == 0  # every count is always there now (issue 11 item 18)
        assert {p.id: p.hash for p in sf.all(Participant)} == before


def test_two_notes_of_one_session_redacted_differently_make_no_conflict(venue, tmp_path):
    """Headquarters receives the default note and the anonymous note before the session file."""
    import subprocess

    with open_readonly(venue / "venue.workshop") as sf:
        export_other(sf, "docx", tmp_path / "default.docx")
    master = tmp_path / "master.workshop"
    assert subprocess.run(["workshop-app", "new", str(master)], capture_output=True).returncode == 0
    for note in (tmp_path / "default.docx", venue / "anon.docx"):
        done = subprocess.run(["workshop-app", "merge", str(master), str(note)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
    listed = subprocess.run(["workshop-app", "conflicts", str(master)], capture_output=True, text=True)
    assert listed.returncode == 0, listed.stdout
    merge_files(master, [venue / "venue.workshop"])
    with open_readonly(master) as m, open_readonly(venue / "venue.workshop") as v:
        assert open_conflicts(m) == []
        assert {p.id: p.hash for p in m.all(Participant)} == {p.id: p.hash for p in v.all(Participant)}
