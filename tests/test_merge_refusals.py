"""An untrusted source that is broken, foreign or tampered is refused with its own sentence, and the
master is left byte-for-byte as it was (not even a backup is written for a run that merged nothing)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from workshop_app.domain import content_hash
from workshop_app.merge import merge_files
from workshop_app.storage import SessionFile, handover, merge_io
from workshop_app.storage.codec import row_values
from workshop_app.storage.schema import SCHEMA_VERSION

from .test_merge_support import REMARKS, make_venue


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    """A sealed handover copy of a venue file (no -wal beside it)."""
    folder = tmp_path_factory.mktemp("good")
    make_venue(folder / "venue.workshop", venue=1)
    with SessionFile.open(folder / "venue.workshop") as sf:
        handover(sf, folder / "sealed.workshop")
    return folder / "sealed.workshop"


@pytest.fixture
def master(tmp_path, good) -> Path:
    path = tmp_path / "master.workshop"
    SessionFile.create(path).close()
    other = tmp_path / "earlier.workshop"
    make_venue(other, venue=3, seed=9)
    assert merge_files(path, [other]).exit_code == 0
    for p in tmp_path.glob("master.backup-*"):
        p.unlink()
    return path


def sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for s in statements:
        conn.execute(s)
    conn.commit()
    conn.close()


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x20
    path.write_bytes(bytes(data))


def bad_garbage(src: Path, dst: Path) -> None:
    dst.write_bytes(os.urandom(8192))


def bad_empty(src: Path, dst: Path) -> None:
    dst.write_bytes(b"")


def bad_truncated(src: Path, dst: Path) -> None:
    data = src.read_bytes()
    dst.write_bytes(data[: len(data) // 2 // 4096 * 4096])


def bad_truncated_mid_page(src: Path, dst: Path) -> None:
    data = src.read_bytes()
    dst.write_bytes(data[: len(data) // 2 + 100])


def bad_structure_byte(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    page = sqlite3.connect(dst).execute("PRAGMA page_size").fetchone()[0]
    flip(dst, page * 3)  # the b-tree page type of page 4


def bad_content_byte(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    flip(dst, dst.read_bytes().index(REMARKS[0].encode()))  # "Housing" becomes "housing"


def bad_content_byte_unsealed(src: Path, dst: Path) -> None:
    bad_content_byte(src, dst)
    sql(dst, "DELETE FROM meta WHERE key IN ('seal', 'sealed_at')")


def bad_application_id(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    sql(dst, "PRAGMA application_id = 1234")


def bad_foreign_sqlite(src: Path, dst: Path) -> None:
    sql(dst, "CREATE TABLE notes (x TEXT)", "INSERT INTO notes VALUES ('hello')")


def bad_newer_schema(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    sql(dst, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def bad_trigger(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    sql(dst, "CREATE TRIGGER steal AFTER INSERT ON comments BEGIN DELETE FROM comments; END")


def bad_view_calling_a_function(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    sql(dst, "CREATE VIEW sessions_summary AS SELECT load_extension('/tmp/evil.so') AS x, randomblob(2000000000) AS y")


def bad_extra_column(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    sql(dst, "ALTER TABLE comments ADD COLUMN secret TEXT")


def bad_tampered_sealed(src: Path, dst: Path) -> None:
    """A forged comment whose row hash is recomputed, so only the seal can tell."""
    shutil.copyfile(src, dst)
    conn = sqlite3.connect(dst)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM comments ORDER BY id LIMIT 1").fetchone())
    row["text"] = "The delegation fully endorses the draft without reservation."
    new_hash = content_hash(row_values("comments", row))
    conn.execute("UPDATE comments SET text = ?, hash = ? WHERE id = ?", [row["text"], new_hash, row["id"]])
    conn.commit()
    conn.close()


def bad_stale_hash(src: Path, dst: Path) -> None:
    """An unsealed file with a row edited behind the app's back (its stored hash no longer fits)."""
    shutil.copyfile(src, dst)
    sql(dst, "DELETE FROM meta WHERE key IN ('seal', 'sealed_at')",
        "UPDATE participants SET stakeholder_group = 'member_state', organisation = 'Forged'")


def bad_version_history(src: Path, dst: Path) -> None:
    """An unsealed file whose version bookkeeping (not part of the content hash) was forged."""
    shutil.copyfile(src, dst)
    sql(dst, "DELETE FROM meta WHERE key IN ('seal', 'sealed_at')",
        "UPDATE comments SET chain = '{\"not\": \"a list\"}' WHERE rowid = 1",
        "UPDATE ballots SET rev = 'many' WHERE rowid = 1")


def bad_dangling_reference(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    sql(dst, "PRAGMA foreign_keys = OFF", "DELETE FROM meta WHERE key = 'seal'",
        "DELETE FROM participants WHERE id = (SELECT participant FROM ballots LIMIT 1)")


def bad_blob_value(src: Path, dst: Path) -> None:
    """Bytes where text belongs (SQLite does not enforce column types): no JSON holds them."""
    shutil.copyfile(src, dst)
    sql(dst, "UPDATE comments SET language = x'00ff' WHERE rowid = 1")


def bad_symlink(src: Path, dst: Path) -> None:
    os.symlink(src, dst)


def bad_json(src: Path, dst: Path) -> None:
    dst.write_text('{"format": "workshop-app/1", "sessions": [{"id": 5}]}')


def bad_json_forged_version(src: Path, dst: Path) -> None:
    doc = {"format": "workshop-app/1", "sessions": [], "conflicts": [{
        "id": "x", "table_name": "comments", "record_id": "c1", "hash": "0" * 64, "rev": 2, "chain": [],
        "content": {"id": "c1", "text": "forged"}, "source": "", "resolved": 0, "resolution": None}]}
    dst.write_text(json.dumps(doc))


CASES = [
    (bad_garbage, "venue.workshop", "not an SQLite database"),
    (bad_empty, "venue.workshop", "is empty"),
    (bad_truncated, "venue.workshop", "truncated"),
    (bad_truncated_mid_page, "venue.workshop", "truncated or damaged"),
    (bad_structure_byte, "venue.workshop", "damaged"),
    (bad_content_byte, "venue.workshop", "seal does not match"),
    (bad_content_byte_unsealed, "venue.workshop", "changed outside the app"),
    (bad_application_id, "venue.workshop", "belongs to another application"),
    (bad_foreign_sqlite, "venue.workshop", "not a Workshop App session file"),
    (bad_newer_schema, "venue.workshop", "newer version of Workshop App"),
    (bad_trigger, "venue.workshop", "extra trigger"),
    (bad_view_calling_a_function, "venue.workshop", "extra view"),
    (bad_extra_column, "venue.workshop", "columns of table “comments”"),
    (bad_tampered_sealed, "venue.workshop", "altered after it was handed over"),
    (bad_stale_hash, "venue.workshop", "changed outside the app"),
    (bad_version_history, "venue.workshop", "version history the app never writes"),
    (bad_dangling_reference, "venue.workshop", "refer to records that are not in it"),
    (bad_blob_value, "venue.workshop", "neither text nor a number"),
    (bad_symlink, "venue.workshop", "is a link"),
    (bad_json, "notes.json", "has no text “id”"),
    (bad_json_forged_version, "notes.json", "does not match its hash"),
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("make,name,reason", CASES, ids=[c[0].__name__[4:] for c in CASES])
def test_refused_with_a_reason_and_master_untouched(tmp_path, good, master, make, name, reason):
    bad = tmp_path / "usb" / name
    bad.parent.mkdir()
    make(good, bad)
    before = digest(master)
    folder_before = sorted(p.name for p in master.parent.iterdir())
    report = merge_files(master, [bad])
    (item,) = report.sources
    assert item.status == "refused"
    assert reason in item.reason, item.reason
    assert item.reason.endswith(".") and "Traceback" not in item.reason
    assert report.exit_code == 2  # nothing given could be merged
    assert digest(master) == before
    assert sorted(p.name for p in master.parent.iterdir()) == folder_before  # no backup, no -wal left


def test_a_refused_file_does_not_stop_the_others(tmp_path, good, master):
    bad = tmp_path / "broken.workshop"
    bad_garbage(good, bad)
    report = merge_files(master, [bad, good])
    assert [s.status for s in report.sources] == ["refused", "merged"]
    assert report.exit_code == 1


def test_size_limit(tmp_path, good, master, monkeypatch):
    monkeypatch.setattr(merge_io, "MAX_SOURCE_BYTES", 4096)
    before = digest(master)
    (item,) = merge_files(master, [good]).sources
    assert item.status == "refused" and "larger than any session file" in item.reason
    assert digest(master) == before


def test_unusable_master_is_an_error_not_a_report(tmp_path, good):
    master = tmp_path / "master.workshop"
    master.write_bytes(b"not a database at all" * 100)
    from workshop_app.domain.errors import UnusableFileError

    with pytest.raises(UnusableFileError):
        merge_files(master, [good])


def test_a_handover_copy_is_checked_in_memory_a_working_copy_in_a_private_folder(tmp_path, good, master, monkeypatch):
    """Nothing is written for a handover copy (rollback journal, nothing beside it): its bytes are
    checked in memory. A working copy (WAL mode) still goes through a private folder."""
    made = []
    real = merge_io.private_folder

    def counted(kind):
        made.append(kind)
        return real(kind)

    monkeypatch.setattr(merge_io, "private_folder", counted)
    copy = tmp_path / "venue-copy.workshop"
    shutil.copyfile(good, copy)
    item = merge_files(master, [copy]).sources[0]
    assert item.status == "merged" and item.seal_verified and made == []
    working = tmp_path / "working.workshop"
    make_venue(working, venue=2, seed=4)
    assert merge_io.source_in_memory(working) is None  # WAL mode: SQLite reads it from a file
    item = merge_files(master, [working]).sources[0]
    assert item.status == "merged" and made == ["merge"]
    big = tmp_path / "big.workshop"
    shutil.copyfile(good, big)
    monkeypatch.setattr(merge_io, "MAX_IN_MEMORY_BYTES", big.stat().st_size - 1)
    assert merge_io.source_in_memory(big) is None
