"""Merging real files: added, unchanged, fast-forward, stale, conflict, tombstones, backups, provenance."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from workshop_app.domain import Comment, Participant
from workshop_app.merge import merge_files, open_conflicts, provenance_records, resolve, sources_by_session
from workshop_app.merge.backup import KEEP, backups_of
from workshop_app.storage import SessionFile, handover

from .test_merge_support import make_venue, open_conflict_count, provenance_rows, quiet, state, versions


@pytest.fixture
def master(tmp_path: Path) -> Path:
    path = tmp_path / "master.workshop"
    SessionFile.create(path).close()
    return path


def edit_comment(path: Path, text: str, index: int = 0) -> Comment:
    with quiet(SessionFile.open(path)) as sf:
        c = sorted(sf.all(Comment), key=lambda c: c.id)[index]
        c.text = text
        return sf.save(c)


def test_merging_a_venue_adds_everything_and_records_provenance(tmp_path, master):
    venue = tmp_path / "addis.workshop"
    sid = make_venue(venue)
    with SessionFile.open(venue) as sf:
        handover(sf, tmp_path / "addis-sealed.workshop")
        expected = sum(sf.counts().values())
    report = merge_files(master, [tmp_path / "addis-sealed.workshop"])
    item = report.sources[0]
    assert report.exit_code == 0 and item.status == "merged"
    assert item.added == expected and item.seal_verified
    assert state(master)["sessions"].keys() == {sid}
    with SessionFile.open(master) as sf:
        records = provenance_records(sf)
        assert [r.file_name for r in records] == ["addis-sealed.workshop"]
        assert records[0].seal_verified and records[0].added == expected and records[0].session_ids == [sid]
        assert sources_by_session(sf)[sid][0].file_name == "addis-sealed.workshop"


def test_a_file_merged_twice_changes_nothing(tmp_path, master):
    venue = tmp_path / "cairo.workshop"
    make_venue(venue, venue=1)
    merge_files(master, [venue])
    before, prov = state(master), provenance_rows(master)
    report = merge_files(master, [venue])
    item = report.sources[0]
    assert item.added == 0 and item.unchanged > 0 and item.already_merged_at
    assert state(master) == before
    assert provenance_rows(master) == prov  # not even a second provenance row


def test_newer_version_fast_forwards_and_older_one_is_stale(tmp_path, master):
    venue = tmp_path / "nairobi.workshop"
    make_venue(venue, venue=2)
    early = tmp_path / "nairobi-early.workshop"
    shutil.copyfile(venue, early)
    merge_files(master, [early])
    edited = edit_comment(venue, "Edited after the session: add the youth bulge.")
    item = merge_files(master, [venue]).sources[0]
    assert item.fast_forwarded == 1 and item.conflicts == 0
    assert state(master)["comments"][edited.id]["text"] == "Edited after the session: add the youth bulge."
    item = merge_files(master, [early]).sources[0]
    assert item.stale == 1 and item.fast_forwarded == 0
    assert state(master)["comments"][edited.id]["hash"] == edited.hash
    assert open_conflict_count(master) == 0


def test_two_laptops_editing_the_same_comment_conflict_visibly(tmp_path, master):
    a, b = tmp_path / "laptop-a.workshop", tmp_path / "laptop-b.workshop"
    make_venue(a)
    shutil.copyfile(a, b)
    ea = edit_comment(a, "Version typed on laptop A")
    eb = edit_comment(b, "Version typed on laptop B")
    report = merge_files(master, [a, b])
    assert report.exit_code == 1 and report.sources[1].conflicts == 1
    winner = max((ea, eb), key=lambda c: (c.rev, c.hash))
    assert state(master)["comments"][ea.id]["hash"] == winner.hash
    with SessionFile.open(master) as sf:
        (conflict,) = open_conflicts(sf)
        assert {conflict.winner.hash, conflict.other.hash} == {ea.hash, eb.hash}
        assert [d.field for d in conflict.differences] == ["text"]
    # The other order gives the same master.
    other = tmp_path / "master2.workshop"
    SessionFile.create(other).close()
    merge_files(other, [b, a])
    assert state(other) == state(master)


def test_resolving_keeps_both_versions_and_travels_to_another_master(tmp_path, master):
    a, b = tmp_path / "a.workshop", tmp_path / "b.workshop"
    make_venue(a)
    shutil.copyfile(a, b)
    ea = edit_comment(a, "Keep this wording")
    edit_comment(b, "Not this one")
    merge_files(master, [a, b])
    with SessionFile.open(master) as sf:
        (conflict,) = open_conflicts(sf)
        keep = "winner" if conflict.winner.hash == ea.hash else "other"
        new = resolve(sf, conflict.id[:8], keep)
        assert open_conflicts(sf) == []
        assert sf.get(Comment, ea.id).text == "Keep this wording"
    assert new.rev == ea.rev + 1 and new.hash == ea.hash
    assert open_conflict_count(master) == 0
    assert len(versions(master)) == len(versions(a)) + 2  # both heads kept beside the resolution
    # A second master with the same conflict is settled by merging the resolved master into it.
    second = tmp_path / "second.workshop"
    SessionFile.create(second).close()
    merge_files(second, [b, a])
    assert open_conflict_count(second) == 1
    merge_files(second, [master])
    assert open_conflict_count(second) == 0
    assert state(second)["comments"][ea.id]["text"] == "Keep this wording"


def test_deletion_merges_like_an_edit(tmp_path, master):
    venue = tmp_path / "v.workshop"
    make_venue(venue)
    merge_files(master, [venue])
    with quiet(SessionFile.open(venue)) as sf:
        gone = sf.delete(sf.all(Participant)[0])
    assert merge_files(master, [venue]).sources[0].fast_forwarded == 1
    assert state(master)["participants"][gone.id]["deleted"] == 1


def test_a_master_carrying_conflicts_passes_them_on(tmp_path, master):
    a, b = tmp_path / "a.workshop", tmp_path / "b.workshop"
    make_venue(a)
    shutil.copyfile(a, b)
    edit_comment(a, "A's words")
    edit_comment(b, "B's words")
    merge_files(master, [a, b])
    top = tmp_path / "headquarters.workshop"
    SessionFile.create(top).close()
    merge_files(top, [master])
    assert state(top) == state(master)
    assert open_conflict_count(top) == 1


def test_backup_before_each_run_keeps_the_last_five(tmp_path, master):
    venue = tmp_path / "v.workshop"
    make_venue(venue)
    made = []
    for i in range(KEEP + 2):
        edit_comment(venue, f"Edited for the {i}th handover")
        made.append(merge_files(master, [venue]).backup)
    kept = backups_of(master)
    assert len(set(made)) == KEEP + 2
    assert [str(p) for p in kept] == made[-KEEP:]  # the oldest two were removed
    # A run that changes nothing (the file was merged before) makes no backup and pushes none out.
    assert merge_files(master, [venue]).backup is None
    assert backups_of(master) == kept
    # The backup is a whole, usable session file.
    with SessionFile.open(kept[-1]) as sf:
        assert sf.counts()["comments"] == 6


def test_dry_run_changes_nothing_and_counts_like_the_real_merge(tmp_path, master):
    a, b = tmp_path / "a.workshop", tmp_path / "b.workshop"
    make_venue(a, seed=1)
    shutil.copyfile(a, b)
    edit_comment(b, "newer on b")
    before = master.read_bytes()
    preview = merge_files(master, [a, b], dry_run=True)
    assert master.read_bytes() == before and backups_of(master) == []
    real = merge_files(master, [a, b])
    assert [s.counts() for s in preview.sources] == [s.counts() for s in real.sources]
    assert preview.sources[1].fast_forwarded == 1 and preview.sources[1].added == 0


def test_source_with_its_wal_beside_it(tmp_path, master):
    venue = tmp_path / "live.workshop"
    sid = make_venue(venue)
    sf = SessionFile.open(venue)  # left open: the last entry is in the -wal only
    sf.conn.execute("PRAGMA wal_autocheckpoint = 0")
    late = sf.save(Comment(session=sid, text="Typed just before the laptop was closed."))
    copy = tmp_path / "usb"
    copy.mkdir()
    shutil.copyfile(venue, copy / "live.workshop")
    shutil.copyfile(str(venue) + "-wal", copy / "live.workshop-wal")
    sf.close()
    report = merge_files(master, [copy / "live.workshop"])
    assert report.sources[0].status == "merged"
    assert state(master)["comments"][late.id]["text"] == "Typed just before the laptop was closed."


def test_source_on_a_read_only_stick(tmp_path, master):
    stick = tmp_path / "stick"
    stick.mkdir()
    make_venue(stick / "venue.workshop")
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in stick.iterdir()}
    (stick / "venue.workshop").chmod(stat.S_IRUSR)
    stick.chmod(stat.S_IRUSR | stat.S_IXUSR)
    dir_mtime = stick.stat().st_mtime_ns
    try:
        report = merge_files(master, [stick / "venue.workshop"])
        assert report.sources[0].status == "merged", report.sources[0].reason
        # Nothing written beside the source, nothing touched (also checked where root ignores modes).
        assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in stick.iterdir()} == before
        assert stick.stat().st_mtime_ns == dir_mtime
    finally:
        stick.chmod(stat.S_IRWXU)


def test_an_older_version_file_merges_upgraded(tmp_path, master, fixtures_dir):
    old = fixtures_dir / "v1.workshop"
    report = merge_files(master, [old])
    assert report.sources[0].status == "merged", report.sources[0].reason
    conn = sqlite3.connect(master)
    assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] > 0
    conn.close()


def test_master_schema_never_changes(tmp_path, master):
    conn = sqlite3.connect(master)
    schema = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    conn.close()
    venue = tmp_path / "v.workshop"
    make_venue(venue)
    merge_files(master, [venue])
    conn = sqlite3.connect(master)
    assert conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    conn.close()


def test_backup_names_sort_by_time_then_counter(tmp_path):
    master = tmp_path / "m.workshop"
    for name in ("m.backup-20240101-120000.workshop", "m.backup-20240101-120000-2.workshop",
                 "m.backup-20231231-235959.workshop", "m.backup-junk.workshop", "other.backup-20240101-120000.workshop"):
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in backups_of(master)] == [
        "m.backup-20231231-235959.workshop", "m.backup-20240101-120000.workshop", "m.backup-20240101-120000-2.workshop"]


def test_the_one_pass_scan_computes_the_same_seal_as_handover(tmp_path):
    from workshop_app.storage import compute_seal, merge_io

    venue = tmp_path / "v.workshop"
    make_venue(venue, venue=2)
    with SessionFile.open(venue) as sf:
        scan = merge_io.scan_source(sf.conn)
        assert scan.digest == compute_seal(sf.conn)
        assert scan.altered == []
        handover(sf, tmp_path / "sealed.workshop")
    with SessionFile.open(tmp_path / "sealed.workshop") as sf:
        assert merge_io.scan_source(sf.conn).stored_seal == compute_seal(sf.conn)


def test_the_master_is_not_merged_into_itself(master):
    before = master.read_bytes()
    (item,) = merge_files(master, [master]).sources
    assert item.status == "refused" and "master itself" in item.reason
    assert master.read_bytes() == before
