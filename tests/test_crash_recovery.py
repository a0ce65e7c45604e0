"""Issue 11 item 14: a file SQLite can recover after a kill opens, recovered, in every command.

The state is built deterministically, the way a kill during a WAL checkpoint leaves it: a big
import committed to the ``-wal`` (automatic checkpoints off, so the database file stays short),
then a checkpoint that had written only its first pages (page 1 first, so the header already gives
the final page count) when the process died. SQLite replays the whole ``-wal`` on the next open;
the app must not refuse the file as truncated.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.domain import Comment
from workshop_app.storage import SessionFile

from .helpers import filled_file

EXTRA_COMMENTS = 1500


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workshop_app.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def header_pages(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:100]
    page_size = struct.unpack(">H", head[16:18])[0]
    return struct.unpack(">I", head[28:32])[0], page_size


def killed_in_checkpoint(folder: Path, name: str = "crashed.workshop") -> tuple[Path, int]:
    """A file as a kill during the checkpoint after a big import leaves it; returns it and its comment count."""
    work = folder / "work.workshop"
    sf, session_id = filled_file(work, comments=3)
    sf.close()
    sf = SessionFile.open(work)
    sf.conn.execute("PRAGMA wal_autocheckpoint = 0")
    sf.save_all([Comment(session=session_id, text=f"Imported comment {i}: " + "word " * 40)
                 for i in range(EXTRA_COMMENTS)])
    # The import is committed (in the -wal, fsynced); the database file has not grown yet.
    short_db = (folder / "short.db")
    shutil.copyfile(work, short_db)
    shutil.copyfile(str(work) + "-wal", folder / "short.db-wal")
    total = sf.counts()["comments"]
    sf.close()  # the last connection checkpoints: the final, whole database file
    final = work.read_bytes()
    pages, page_size = header_pages(work)
    short = short_db.read_bytes()
    assert len(short) < len(final), "the import should have grown the file"
    # The checkpoint had copied its first pages (page 1 and its header among them) when it died.
    written = len(short) // page_size - 2
    crashed = bytearray(short)
    crashed[: written * page_size] = final[: written * page_size]
    target = folder / name
    target.write_bytes(bytes(crashed))
    shutil.copyfile(folder / "short.db-wal", str(target) + "-wal")
    assert header_pages(target)[0] * page_size > target.stat().st_size  # the header says more pages
    return target, total


@pytest.fixture
def crashed(tmp_path) -> tuple[Path, int]:
    return killed_in_checkpoint(tmp_path)


def comments_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM comments WHERE deleted = 0").fetchone()[0]
    finally:
        conn.close()


def snapshot(path: Path) -> tuple[bytes, bytes | None]:
    wal = Path(str(path) + "-wal")
    return path.read_bytes(), (wal.read_bytes() if wal.exists() else None)


def test_sqlite_itself_recovers_the_state(tmp_path, crashed):
    path, total = crashed
    copy = tmp_path / "copy.workshop"
    shutil.copyfile(path, copy)
    shutil.copyfile(str(path) + "-wal", str(copy) + "-wal")
    assert comments_in(copy) == total


def test_read_commands_open_the_recovered_content(tmp_path, crashed):
    path, total = crashed
    before = snapshot(path)
    r = run_cli("check", path)
    assert r.returncode == 0, r.stderr
    assert "truncated" not in r.stderr
    info = run_cli("info", path, "--json")
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["counts"]["comments"] == total
    out = tmp_path / "out.json"
    r = run_cli("export", path, "-o", out)
    assert r.returncode == 0, r.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert sum(len(s["comments"]) for s in doc["sessions"]) == total
    r = run_cli("results", path, "--bootstrap", "0", "--json")
    assert r.returncode == 0, r.stderr
    assert snapshot(path) == before  # reading never writes the file or its -wal


def test_merge_takes_the_recovered_file_as_source(tmp_path, crashed):
    path, total = crashed
    before = snapshot(path)
    master = tmp_path / "master.workshop"
    r = run_cli("merge", "--create", master, path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert comments_in(master) == total
    assert snapshot(path) == before


def test_merge_into_a_recovered_master(tmp_path, crashed):
    path, total = crashed
    venue = tmp_path / "venue.workshop"
    filled_file(venue, comments=2)[0].close()
    r = run_cli("merge", path, venue)
    assert r.returncode == 0, r.stdout + r.stderr
    assert comments_in(path) == total + 2


def test_import_into_a_recovered_file(tmp_path, crashed):
    path, total = crashed
    venue = tmp_path / "venue.workshop"
    filled_file(venue, comments=2)[0].close()
    doc = tmp_path / "venue.json"
    assert run_cli("export", venue, "-o", doc).returncode == 0
    r = run_cli("import", path, doc)
    assert r.returncode == 0, r.stderr
    assert comments_in(path) == total + 2


def test_open_for_capture_recovers(crashed):
    path, total = crashed
    with SessionFile.open(path) as sf:
        assert sf.counts()["comments"] == total
    assert comments_in(path) == total


def test_a_truly_truncated_file_is_still_refused(tmp_path, crashed):
    """Without the -wal that holds the missing pages, the same file is truncated: refused, untouched."""
    path, _ = crashed
    os.unlink(str(path) + "-wal")
    before = snapshot(path)
    for args in (("check", path), ("info", path), ("import", path, tmp_path / "x.json")):
        if args[0] == "import":
            (tmp_path / "x.json").write_text('{"format": "workshop-app/1"}', encoding="utf-8")
        r = run_cli(*args)
        assert r.returncode == 2, (args, r.stderr)
        assert "truncated" in r.stderr and "Traceback" not in r.stderr
    assert snapshot(path) == before
