"""The storage layer: revisions, tombstones, one transaction per action, locking, migrations."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from workshop_app.domain import Comment, Session, ValidationError
from workshop_app.domain.errors import FileInUseError, UnusableFileError
from workshop_app.storage import SCHEMA_VERSION, SessionFile, open_readonly
from workshop_app.storage.check import check_file

from .helpers import filled_file


def test_pragmas_make_every_commit_durable(tmp_path):
    sf, _ = filled_file(tmp_path / "a.workshop")
    conn = sf.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x57534850
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    sf.close()


def test_edit_bumps_revision_and_extends_chain(tmp_path):
    sf, sid = filled_file(tmp_path / "a.workshop")
    c = sf.save(Comment(session=sid, text="first"))
    first_hash = c.hash
    assert (c.rev, c.chain) == (1, [])
    c.text = "second"
    sf.save(c)
    stored = sf.get(Comment, c.id)
    assert stored.rev == 2 and stored.chain == [first_hash] and stored.text == "second"
    sf.save(stored)  # no change: no new revision
    assert sf.get(Comment, c.id).rev == 2
    sf.delete(stored)
    gone = sf.get(Comment, c.id)
    assert gone.deleted and gone.rev == 3 and len(gone.chain) == 2
    assert c.id not in {x.id for x in sf.load_session(sid).comments}
    assert c.id in {x.id for x in sf.load_session(sid, include_deleted=True).comments}
    sf.close()


def test_invalid_record_is_refused_and_nothing_is_written(tmp_path):
    sf, sid = filled_file(tmp_path / "a.workshop")
    before = sf.counts()
    with pytest.raises(ValidationError, match="empty"):
        sf.save_all([Comment(session=sid, text="fine"), Comment(session=sid, text="   ")])
    assert sf.counts() == before  # the whole group rolled back
    sf.close()


def test_hostile_text_is_stored_exactly(tmp_path):
    sf, sid = filled_file(tmp_path / "a.workshop")
    text = "NUL\x00 VT\x0b FF\x0c \ufffe bidi\u202e zero\u200b 中文 العربية 🙂 '); DROP TABLE comments; -- =1+1"
    c = sf.save(Comment(session=sid, text=text))
    assert sf.get(Comment, c.id).text == text
    surrogate = sf.save(Comment(session=sid, text="lone \ud800 surrogate"))
    assert sf.get(Comment, surrogate.id).text == "lone \ufffd surrogate"
    big = "word " * 100_000
    assert sf.get(Comment, sf.save(Comment(session=sid, text=big)).id).text == big
    sf.close()


def test_second_window_on_the_same_file_is_refused(tmp_path):
    sf, _ = filled_file(tmp_path / "a.workshop")
    with pytest.raises(FileInUseError, match="already open"):
        SessionFile.open(tmp_path / "a.workshop")
    sf.close()
    SessionFile.open(tmp_path / "a.workshop").close()  # free again once closed


def test_stale_lock_file_does_not_block(tmp_path):
    sf, _ = filled_file(tmp_path / "a.workshop")
    sf.close()
    (tmp_path / "a.workshop.lock").write_text("process 1 on elsewhere")
    SessionFile.open(tmp_path / "a.workshop").close()


def test_create_refuses_to_overwrite(tmp_path):
    (tmp_path / "a.workshop").write_text("precious")
    with pytest.raises(UnusableFileError, match="already exists"):
        SessionFile.create(tmp_path / "a.workshop")
    assert (tmp_path / "a.workshop").read_text() == "precious"


def test_migration_from_version_1_keeps_everything_and_backs_up(tmp_path, fixtures_dir):
    path = tmp_path / "old.workshop"
    shutil.copyfile(fixtures_dir / "v1.workshop", path)
    sf = SessionFile.open(path)
    assert sf.version == SCHEMA_VERSION
    sessions = sf.sessions()
    assert [s.title for s in sessions] == ["Dialogue v1"]
    data = sf.load_session(sessions[0].id)
    (amina,) = data.participants
    assert (amina.name, amina.seat, amina.attributes, amina.rev, amina.chain) == (
        "Amina Yusuf", "", {}, 2, ["0" * 64])
    stored_hash = sf.conn.execute("SELECT hash FROM participants").fetchone()[0]
    assert stored_hash == amina.hash  # rehashed under the new fields
    sf.close()
    backups = list(tmp_path.glob("old.v1-backup-*.workshop"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("PRAGMA user_version").fetchone()[0] == 1
    assert check_file(path).exit_code == 0


def test_read_only_open_never_upgrades_or_writes_the_file(tmp_path, fixtures_dir):
    path = tmp_path / "old.workshop"
    shutil.copyfile(fixtures_dir / "v1.workshop", path)
    before = path.read_bytes()
    with open_readonly(path) as sf:
        assert sf.source_version == 1 and sf.version == SCHEMA_VERSION
        assert sf.sessions()[0].title == "Dialogue v1"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.workshop"]


def test_read_only_open_honours_an_unfinished_wal(tmp_path):
    sf, sid = filled_file(tmp_path / "a.workshop")
    sf.save(Session(title="Second session"))
    assert (tmp_path / "a.workshop-wal").exists()
    # Copy the pair as a USB stick would carry it while the app is still open.
    shutil.copyfile(tmp_path / "a.workshop", tmp_path / "b.workshop")
    shutil.copyfile(tmp_path / "a.workshop-wal", tmp_path / "b.workshop-wal")
    sf.close()
    with open_readonly(tmp_path / "b.workshop") as ro:
        assert {s.title for s in ro.sessions()} == {"Test dialogue", "Second session"}
