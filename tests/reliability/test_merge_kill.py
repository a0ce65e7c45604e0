"""Kill -9 a merge mid-run: the master is before or after each file, never between, and a rerun
finishes with no duplicates and the same master as an uninterrupted merge.

The default run kills 3 merges; ``pytest -m slow`` kills 200. After each kill the app's own
``check`` must accept the master (a kill during a WAL checkpoint leaves it shorter than its header).
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop_app.storage import SessionFile
from workshop_app.storage.check import check_file
from workshop_app.storage.schema import RECORD_TABLES

from ..test_merge_support import make_venue, state

N_FILES = 10


@pytest.fixture(scope="module")
def venues(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("venues")
    files = []
    for i in range(N_FILES):
        path = folder / f"venue{i:02d}.workshop"
        make_venue(path, venue=i, participants=20, comments=80, seed=i)
        files.append(path)
    return files


@pytest.fixture(scope="module")
def clean(tmp_path_factory, venues) -> dict:
    master = tmp_path_factory.mktemp("clean") / "master.workshop"
    SessionFile.create(master).close()
    assert run_merge(master, venues).returncode == 0
    return state(master)


def run_merge(master: Path, files: list[Path]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workshop_app.cli", "merge", str(master), *map(str, files)],
                          capture_output=True, text=True, timeout=300)


def ids_of(path: Path) -> dict[str, set[str]]:
    conn = sqlite3.connect(path)
    try:
        return {t: {r[0] for r in conn.execute(f"SELECT id FROM [{t}]")} for t in RECORD_TABLES}
    finally:
        conn.close()


def merged_files(master: Path) -> list[str]:
    conn = sqlite3.connect(master)
    try:
        return [r[0] for r in conn.execute("SELECT file_name FROM provenance")]
    except sqlite3.Error:
        return []
    finally:
        conn.close()


def kill_mid_run(master: Path, files: list[Path], rng: random.Random) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "workshop_app.cli", "merge", str(master), *map(str, files)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wanted = rng.randint(1, len(files) - 1)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if len(merged_files(master)) >= wanted:
            time.sleep(rng.random() * 0.01)  # often inside the next file's transaction
            break
        time.sleep(0.001)
    proc.kill()  # a no-op when the merge has already finished (and been reaped by poll())
    proc.wait()


def verify_all_or_nothing(master: Path, files: list[Path]) -> int:
    # First the app's own check, on the file as the kill left it (opening it with sqlite3 first
    # would replay and checkpoint its -wal, hiding what the app makes of it).
    report = check_file(master)
    assert report.exit_code == 0, report.problems
    conn = sqlite3.connect(master)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    done = set(merged_files(master))
    have = ids_of(master)
    shared = set.intersection(*(set().union(*ids_of(f).values()) for f in files))  # the framework
    for f in files:
        mine = {(t, i) for t, ids in ids_of(f).items() for i in ids if i not in shared}
        present = {(t, i) for t, i in mine if i in have[t]}
        if f.name in done:
            assert present == mine, f"{f.name} is recorded as merged but only partly there"
        else:
            assert present == set(), f"{f.name} is half merged: {len(present)} of {len(mine)} records"
    return len(done)


def kill_rounds(tmp_path: Path, venues: list[Path], clean: dict, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    mid_run = 0
    for r in range(rounds):
        master = tmp_path / f"master{r}.workshop"
        SessionFile.create(master).close()
        kill_mid_run(master, venues, rng)
        done = verify_all_or_nothing(master, venues)
        mid_run += 0 < done < len(venues)
        rerun = run_merge(master, venues)
        assert rerun.returncode == 0, rerun.stderr
        assert sorted(merged_files(master)) == sorted(f.name for f in venues)  # each file once
        assert state(master) == clean
    assert mid_run >= rounds // 2 + 1, f"only {mid_run} of {rounds} kills landed mid-run"


def test_kill_during_merge(tmp_path, venues, clean):
    kill_rounds(tmp_path, venues, clean, rounds=3, seed=7)


@pytest.mark.slow
def test_kill_during_merge_many(tmp_path, venues, clean):
    kill_rounds(tmp_path, venues, clean, rounds=200, seed=11)
