"""A full disk and a drive that turns read-only mid-session, on a real tiny filesystem.

Needs root to mount a small tmpfs; skipped with the reason otherwise. What must hold: a clear
error (WriteFailedError, one sentence), everything committed before it intact, nothing reported
as saved that was not, and capture resumes once space is freed or the drive is writable again.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlite_utils import Database

from workshop_app.domain import Comment
from workshop_app.domain.errors import WriteFailedError
from workshop_app.samples.templates import create_from_template
from workshop_app.storage import SessionFile, handover
from workshop_app.storage.sessionfile import connect


@contextlib.contextmanager
def tiny_fs(tmp_path: Path, size: str):
    if os.geteuid() != 0:
        pytest.skip("mounting a tiny filesystem needs root")
    mnt = tmp_path / f"fs-{uuid.uuid4().hex[:6]}"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode().strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_disk_full_then_freed(tmp_path):
    with tiny_fs(tmp_path, "600k") as mnt:
        sf = SessionFile.create(mnt / "s.workshop")
        session = create_from_template(sf, "unhabitat-2026", title="Disk full")
        (mnt / "filler").write_bytes(b"\0" * 150_000)
        saved: list[Comment] = []
        with pytest.raises(WriteFailedError, match="full") as info:
            for i in range(10_000):
                saved.append(sf.save(Comment(session=session.id, text=f"{i} " + "lorem ipsum " * 40)))
        assert "NOT saved" in str(info.value)
        assert len(saved) > 5
        # Everything acknowledged is there; the failed one is not.
        stored = {c.id for c in sf.all(Comment)}
        assert {c.id for c in saved} == stored
        (mnt / "filler").unlink()
        again = sf.save(Comment(session=session.id, text="after freeing space"))
        assert sf.get(Comment, again.id).text == "after freeing space"
        sf.close()
        with SessionFile.open(mnt / "s.workshop") as reopened:
            assert len(reopened.all(Comment)) == len(saved) + 1


def test_handover_on_a_full_disk_leaves_no_partial_copy(tmp_path):
    with tiny_fs(tmp_path, "400k") as mnt:
        sf = SessionFile.create(tmp_path / "s.workshop")
        session = create_from_template(sf, "unhabitat-2026", title="Big")
        sf.save_all([Comment(session=session.id, text="x" * 2000) for _ in range(300)])
        with pytest.raises(WriteFailedError):
            handover(sf, mnt / "copy.workshop")
        assert list(mnt.iterdir()) == []
        sf.close()


def test_file_turns_read_only_mid_session(tmp_path):
    """The stick's write-protect switch flipped while the app runs.

    A mounted filesystem cannot be remounted read-only while SQLite holds the file open for
    writing, so the connection is swapped for SQLite's own read-only one on the same file: every
    write then takes SQLite's real "attempt to write a readonly database" path.
    """
    sf = SessionFile.create(tmp_path / "s.workshop")
    session = create_from_template(sf, "unhabitat-2026", title="USB stick")
    before = sf.save(Comment(session=session.id, text="before the stick was locked"))
    writable = sf.conn
    sf.conn = connect(sf.path, readonly=True)
    sf.db = Database(sf.conn)
    with pytest.raises(WriteFailedError, match="read-only.*NOT saved"):
        sf.save(Comment(session=session.id, text="typed while read-only"))
    assert [c.text for c in sf.all(Comment)] == [before.text]
    sf.conn.close()
    sf.conn, sf.db = writable, Database(writable)
    after = sf.save(Comment(session=session.id, text="after the stick was unlocked"))
    assert {c.text for c in sf.all(Comment)} == {before.text, after.text}
    sf.close()
