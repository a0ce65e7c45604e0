"""``workshop-app merge`` and ``workshop-app conflicts``: per-file lines, exit 0 / 1 / 2, JSON, resolving."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.domain import Comment
from workshop_app.storage import SessionFile

from .test_merge_support import make_venue, open_conflict_count, quiet, state


def run_cli(*args: str | Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "160"}
    return subprocess.run([sys.executable, "-m", "workshop_app.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=120, env=env)


def edit_first_comment(path: Path, text: str) -> None:
    with quiet(SessionFile.open(path)) as sf:
        c = sorted(sf.all(Comment), key=lambda c: c.id)[0]
        c.text = text
        sf.save(c)


@pytest.fixture
def venues(tmp_path) -> list[Path]:
    a, b = tmp_path / "addis.workshop", tmp_path / "addis-laptop2.workshop"
    make_venue(a)
    shutil.copyfile(a, b)
    edit_first_comment(a, "Finance must reach intermediate cities.")
    edit_first_comment(b, "Finance must reach secondary cities and towns.")
    return [a, b]


def test_merge_prints_each_file_and_exits_0(tmp_path):
    venue = tmp_path / "cairo.workshop"
    make_venue(venue, venue=1)
    master = tmp_path / "master.workshop"
    r = run_cli("merge", master, venue, "--create")
    assert r.returncode == 0, r.stderr
    assert "cairo.workshop: merged:" in r.stdout and "added" in r.stdout and "not sealed" in r.stdout
    assert "WUF12 stakeholder dialogue" in r.stdout
    r = run_cli("merge", master, venue)
    assert r.returncode == 0 and "0 added" in r.stdout and "merged before" in r.stdout


def test_conflicts_and_refusals_exit_1_with_reasons(tmp_path, venues):
    master = tmp_path / "master.workshop"
    garbage = tmp_path / "garbage.workshop"
    garbage.write_bytes(b"\x00" * 5000)
    r = run_cli("merge", master, *venues, garbage, "--create", "--json")
    assert r.returncode == 1
    report = json.loads(r.stdout)
    assert [s["status"] for s in report["sources"]] == ["merged", "merged", "refused"]
    assert report["sources"][1]["conflicts"] == 1
    assert "not an SQLite database" in report["sources"][2]["reason"]
    assert report["backup"] and Path(report["backup"]).exists()
    assert r.stderr.strip() == f"workshop-app: garbage.workshop: refused: {report['sources'][2]['reason']}"


def test_every_file_refused_exits_2(tmp_path):
    master = tmp_path / "master.workshop"
    SessionFile.create(master).close()
    (tmp_path / "empty.workshop").write_bytes(b"")
    r = run_cli("merge", master, tmp_path / "empty.workshop", tmp_path / "missing.workshop")
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 2 and "is empty" in r.stderr and "does not exist" in r.stderr


def test_dry_run_changes_nothing(tmp_path, venues):
    master = tmp_path / "master.workshop"
    SessionFile.create(master).close()
    before = master.read_bytes()
    r = run_cli("merge", master, *venues, "--dry-run")
    assert r.returncode == 1  # it would bring a conflict
    assert "would merge" in r.stdout and "Dry run" in r.stdout
    assert master.read_bytes() == before
    assert list(tmp_path.glob("master.backup-*")) == []


def test_unusable_master_exits_2_with_one_sentence(tmp_path, venues):
    master = tmp_path / "master.workshop"
    master.write_text("this is not a session file" * 100)
    r = run_cli("merge", master, venues[0])
    assert r.returncode == 2
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "not a Workshop App session file" in lines[0] and "Traceback" not in r.stderr


def test_conflicts_lists_both_versions_side_by_side_and_resolves(tmp_path, venues):
    master = tmp_path / "master.workshop"
    run_cli("merge", master, *venues, "--create")
    r = run_cli("conflicts", master)
    assert r.returncode == 1
    assert "Finance must reach intermediate cities." in r.stdout
    assert "Finance must reach secondary cities and towns." in r.stdout
    assert "SHOWN (revision 2, from " in r.stdout and "OTHER (revision 2, from " in r.stdout  # each side names its file
    # both texts on the same line: side by side
    line = next(ln for ln in r.stdout.splitlines() if "*text" in ln)
    assert "Finance must reach" in line and line.count("Finance") == 2
    listed = json.loads(run_cli("conflicts", master, "--json").stdout)
    (conflict,) = listed
    r = run_cli("conflicts", master, "--keep", conflict["id"][:8], "--version", "other")
    assert r.returncode == 0, r.stderr
    assert "descends from both" in r.stdout
    assert open_conflict_count(master) == 0
    kept = conflict["other"]["content"]["text"]
    assert state(master)["comments"][conflict["record_id"]]["text"] == kept
    r = run_cli("conflicts", master)
    assert r.returncode == 0 and "no open conflicts" in r.stdout


def test_conflicts_bad_requests(tmp_path, venues):
    master = tmp_path / "master.workshop"
    run_cli("merge", master, *venues, "--create")
    r = run_cli("conflicts", master, "--keep", "nothing-like-this", "--version", "winner")
    assert r.returncode == 1 and "no open conflict" in r.stderr
    r = run_cli("conflicts", master, "--keep", "abc")
    assert r.returncode == 1 and "--version" in r.stderr
