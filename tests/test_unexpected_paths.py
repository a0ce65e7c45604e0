"""Issue 11 item 19: one clear sentence where an unexpected error used to come out, and nothing left behind.

Deep JSON in a column, a loop of links as a merge source or as the file to create, a tampered
file exported to JSON (which would launder the change), and the private copies a killed merge
leaves in the temporary folder.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .helpers import filled_file

DEPTH = 100_000


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workshop_app.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})})


def one_sentence(r: subprocess.CompletedProcess, codes: tuple[int, ...] = (1, 2)) -> str:
    assert r.returncode in codes, (r.returncode, r.stdout, r.stderr)
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, r.stderr
    assert "Traceback" not in r.stderr and "Unexpected error" not in r.stderr and "Recursion" not in r.stderr
    return lines[0]


@pytest.mark.parametrize("table, column", [("comments", "tags"), ("ballots", "ranking")])
def test_deep_json_in_a_column(tmp_path, table, column):
    path = tmp_path / "deep.workshop"
    filled_file(path)[0].close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = (SELECT min(rowid) FROM [{table}])",
                 ["[" * DEPTH + "]" * DEPTH])
    conn.close()
    before = path.read_bytes()
    assert "cannot be read" in one_sentence(run_cli("check", path))
    one_sentence(run_cli("export", path, "-o", tmp_path / "out.json"))
    assert not (tmp_path / "out.json").exists()
    one_sentence(run_cli("results", path, "--bootstrap", "0"))
    r = run_cli("merge", "--create", tmp_path / "master.workshop", path)
    assert r.returncode == 2 and "deep.workshop: refused" in r.stderr and "Traceback" not in r.stderr
    assert run_cli("info", path).returncode == 0
    assert path.read_bytes() == before


def test_a_loop_of_links_as_merge_source_or_new_file(tmp_path):
    master = tmp_path / "master.workshop"
    assert run_cli("new", master).returncode == 0
    loop = tmp_path / "loop.workshop"
    loop.symlink_to(loop)
    r = run_cli("merge", master, loop)
    assert r.returncode == 2 and "loop.workshop: refused" in r.stderr and "link" in r.stderr, r.stderr
    assert "Unexpected error" not in r.stderr
    line = one_sentence(run_cli("new", loop), codes=(2,))
    assert "already exists" in line and "NOT saved" not in line
    a, b = tmp_path / "a.workshop", tmp_path / "b.workshop"
    a.symlink_to(b)
    b.symlink_to(a)
    assert "already exists" in one_sentence(run_cli("new", a), codes=(2,))
    assert "link" in one_sentence(run_cli("info", a), codes=(2,))
    assert os.path.islink(a) and os.path.islink(b) and os.path.islink(loop)


def tampered(tmp_path: Path) -> Path:
    path = tmp_path / "tampered.workshop"
    filled_file(path)[0].close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE comments SET text = 'words nobody said' WHERE rowid = (SELECT min(rowid) FROM comments)")
    conn.close()
    return path


@pytest.mark.parametrize("fmt", ["json", "docx"])
def test_a_tampered_file_is_not_laundered_by_an_export(tmp_path, fmt):
    path = tampered(tmp_path)
    out = tmp_path / f"laundered.{fmt}"
    line = one_sentence(run_cli("export", path, "--format", fmt, "-o", out), codes=(1,))
    assert "changed outside the app" in line and "not written" in line
    assert not out.exists()


def test_json_import_recomputes_every_hash(tmp_path):
    """A document carries no hash the importer would trust: each is computed from the content."""
    path = tmp_path / "good.workshop"
    filled_file(path)[0].close()
    doc = tmp_path / "good.json"
    assert run_cli("export", path, "-o", doc).returncode == 0
    data = json.loads(doc.read_text(encoding="utf-8"))
    data["sessions"][0]["comments"][0]["hash"] = "0" * 64
    doc.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "target.workshop"
    assert run_cli("new", target).returncode == 0
    assert run_cli("import", target, doc).returncode == 0
    assert run_cli("check", target).returncode == 0
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM comments WHERE hash = ?", ["0" * 64]).fetchone()[0] == 0


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="zombies are read from /proc (Linux)")
def test_the_copy_of_a_process_that_died_but_is_not_yet_reaped_is_swept(tmp_path):
    """A killed merge's reading process is a zombie until init reaps it: gone for the sweep."""
    from workshop_app.storage.private import sweep_stale_folders

    proc = subprocess.Popen([sys.executable, "-c", "pass"])  # exits; not waited for: a zombie
    deadline = time.monotonic() + 30
    while Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
        assert time.monotonic() < deadline
        time.sleep(0.02)
    root = tmp_path / "tmp"
    root.mkdir()
    left = root / f"workshop-merge-{proc.pid}-abc123"
    left.mkdir()
    try:
        assert sweep_stale_folders(root) == 1 and not left.exists()
    finally:
        proc.wait()


def test_private_copies_left_by_a_killed_process_are_swept(tmp_path):
    root = tmp_path / "tmp"
    root.mkdir()
    stale = root / f"workshop-merge-{dead_pid()}-abc123"
    stale.mkdir()
    (stale / "source.workshop").write_bytes(b"a copy of someone's session file")
    alive = root / f"workshop-merge-{os.getpid()}-def456"
    alive.mkdir()
    other = root / "workshop-notes"  # not one of ours
    other.mkdir()
    legacy_old = root / "workshop-merge-k3x9q2ab"  # an older version's name, without its pid
    legacy_old.mkdir()
    os.utime(legacy_old, (time.time() - 3 * 86400, time.time() - 3 * 86400))
    legacy_new = root / "workshop-read-p0z8m1cd"  # may belong to an older version running now
    legacy_new.mkdir()
    venue = tmp_path / "venue.workshop"
    filled_file(venue)[0].close()
    r = run_cli("merge", "--create", tmp_path / "master.workshop", venue, env={"TMPDIR": str(root)})
    assert r.returncode == 0, r.stderr
    assert not stale.exists() and not legacy_old.exists()
    assert alive.exists() and other.exists() and legacy_new.exists()
    assert sorted(p.name for p in root.iterdir()) == sorted([alive.name, other.name, legacy_new.name])


def test_a_real_killed_merge_leaves_a_copy_that_the_next_run_removes(tmp_path):
    root = tmp_path / "tmp"
    root.mkdir()
    from .test_crash_recovery import killed_in_checkpoint

    big, _ = killed_in_checkpoint(tmp_path)  # large enough that the merge is seen at work
    sources = [big] * 30
    proc = subprocess.Popen([sys.executable, "-m", "workshop_app.cli", "merge", "--create",
                             str(tmp_path / "m.workshop"), *map(str, sources)],
                            env={**os.environ, "TMPDIR": str(root)}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.startswith("workshop-merge-") for p in root.iterdir()):
            break
        time.sleep(0.005)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    left = [p for p in root.iterdir() if p.name.startswith("workshop-")]
    if not left:
        pytest.skip("the merge finished or had no copy open at the kill")
    # named after its owner: the merge, or one of its reading processes (merge/readers.py), which die with it
    owners = {int(p.name.split("-")[2]) for p in left if p.name.startswith("workshop-merge-")}
    assert len(owners) == len(left), left
    deadline = time.monotonic() + 10
    while any(pid != proc.pid and Path(f"/proc/{pid}").exists() for pid in owners):
        assert time.monotonic() < deadline, "a reading process outlived the merge"
        time.sleep(0.01)
    r = run_cli("info", big, env={"TMPDIR": str(root)})  # the next run of the app sweeps them
    assert r.returncode == 0, r.stderr
    assert not any(p.name.startswith("workshop-") for p in root.iterdir())
