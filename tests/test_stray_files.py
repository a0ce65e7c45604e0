"""Issue 11 item 15: a -wal (or -journal) from another database beside a session file.

SQLite would apply it to the file the moment it reads it. Every command that writes must refuse
before SQLite touches the file, leaving the file and its -wal byte-identical; the commands that
only read already work on a private copy. A stray -wal whose frames SQLite does not accept (salt
or checksum not matching) is ignored, as SQLite ignores it, and ``check`` says so.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.domain.errors import UnusableFileError
from workshop_app.storage import SessionFile, open_readonly

from .helpers import filled_file


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workshop_app.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def foreign_wal(folder: Path) -> bytes:
    """The -wal of another application's database: committed pages, never checkpointed."""
    other = folder / "other.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO notes (body) VALUES (?)", [(f"note {i} " * 20,) for i in range(300)])
    data = Path(str(other) + "-wal").read_bytes()
    shutil.copyfile(str(other) + "-wal", folder / "kept-wal")
    conn.close()
    assert len(data) > 4096
    return (folder / "kept-wal").read_bytes()


def snapshot(path: Path) -> dict[str, bytes | None]:
    out = {}
    for suffix in ("", "-wal", "-journal"):
        p = Path(str(path) + suffix)
        out[suffix] = p.read_bytes() if p.exists() else None
    return out


@pytest.fixture
def target(tmp_path) -> Path:
    path = tmp_path / "venue.workshop"
    filled_file(path, comments=4)[0].close()
    Path(str(path) + "-wal").write_bytes(foreign_wal(tmp_path))
    return path


def assert_one_sentence(r: subprocess.CompletedProcess, code: int = 2) -> str:
    assert r.returncode == code, (r.returncode, r.stdout, r.stderr)
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    return lines[0]


def test_import_refuses_and_leaves_file_and_wal_identical(tmp_path, target):
    doc = tmp_path / "doc.json"
    other = tmp_path / "other.workshop"
    filled_file(other)[0].close()
    assert run_cli("export", other, "-o", doc).returncode == 0
    before = snapshot(target)
    line = assert_one_sentence(run_cli("import", target, doc))
    assert "venue.workshop" in line and "not a Workshop App session file" in line
    assert snapshot(target) == before


def test_merge_into_it_refuses_and_leaves_it_identical(tmp_path, target):
    venue = tmp_path / "v2.workshop"
    filled_file(venue)[0].close()
    before = snapshot(target)
    assert_one_sentence(run_cli("merge", target, venue))
    assert snapshot(target) == before


def test_handover_and_read_commands_refuse_and_leave_it_identical(tmp_path, target):
    before = snapshot(target)
    assert_one_sentence(run_cli("handover", target, "-o", tmp_path / "sealed.workshop"))
    assert not (tmp_path / "sealed.workshop").exists()
    for args in (("check", target), ("info", target), ("export", target, "-o", tmp_path / "x.json")):
        assert_one_sentence(run_cli(*args))
    assert snapshot(target) == before


def test_open_for_capture_refuses_and_leaves_it_identical(target):
    before = snapshot(target)
    with pytest.raises(UnusableFileError, match="not a Workshop App session file"):
        SessionFile.open(target)
    assert snapshot(target) == before
    assert not Path(str(target) + ".lock").exists()


def test_the_file_is_whole_once_the_foreign_wal_is_moved_away(target):
    os.unlink(str(target) + "-wal")
    assert run_cli("check", target).returncode == 0


def test_a_foreign_rollback_journal_is_refused_too(tmp_path):
    path = tmp_path / "venue.workshop"
    filled_file(path)[0].close()
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO notes (body) VALUES (?)", [(f"note {i} " * 20,) for i in range(300)])
    conn.execute("PRAGMA cache_size = 2")  # the change spills to the file: a synced, hot journal
    conn.execute("BEGIN")
    conn.execute("UPDATE notes SET body = 'x'")
    journal = Path(str(other) + "-journal")
    shutil.copyfile(journal, str(path) + "-journal")  # a hot journal, as a kill would leave it
    conn.execute("ROLLBACK")
    conn.close()
    before = snapshot(path)
    with pytest.raises(UnusableFileError):
        SessionFile.open(path)
    assert snapshot(path) == before


def test_new_refuses_an_existing_file_or_a_stray_wal(tmp_path, target):
    before = snapshot(target)
    assert "already exists" in assert_one_sentence(run_cli("new", target))
    assert snapshot(target) == before
    fresh = tmp_path / "fresh.workshop"
    shutil.copyfile(str(target) + "-wal", str(fresh) + "-wal")
    stray = snapshot(fresh)
    line = assert_one_sentence(run_cli("new", fresh))
    assert "fresh.workshop-wal" in line
    assert snapshot(fresh) == stray and not fresh.exists()


def wal_with_bad_salt(path: Path, folder: Path) -> bytes:
    """A -wal that was this file's own, its header salt changed: SQLite accepts none of its frames."""
    work = folder / "work.workshop"
    shutil.copyfile(path, work)
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE comments SET text = 'changed in the stray -wal'")
    wal = bytearray(Path(str(work) + "-wal").read_bytes())
    shutil.copyfile(str(work) + "-wal", folder / "keep-wal")
    conn.close()
    wal = bytearray((folder / "keep-wal").read_bytes())
    wal[16:20] = bytes(b ^ 0xFF for b in wal[16:20])  # salt-1
    return bytes(wal)


def test_a_stray_wal_sqlite_ignores_is_ignored_and_named_by_check(tmp_path):
    path = tmp_path / "venue.workshop"
    filled_file(path, comments=4)[0].close()
    texts = sorted(r[0] for r in sqlite3.connect(path).execute("SELECT text FROM comments"))
    Path(str(path) + "-wal").write_bytes(wal_with_bad_salt(path, tmp_path))
    before = snapshot(path)
    r = run_cli("check", path)
    assert r.returncode == 0, r.stderr
    assert "-wal" in r.stdout and "ignored" in r.stdout
    assert snapshot(path) == before
    with open_readonly(path) as sf:
        assert sorted(c.text for c in sf.all(__import__("workshop_app.domain", fromlist=["Comment"]).Comment)) == texts
    with SessionFile.open(path) as sf:
        assert sf.counts()["comments"] == 4
    conn = sqlite3.connect(path)
    assert sorted(r[0] for r in conn.execute("SELECT text FROM comments")) == texts
    conn.close()
