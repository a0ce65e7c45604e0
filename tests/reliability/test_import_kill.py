"""Kill -9 an import at random points, many inside the WAL checkpoint that follows it: the file
always opens (``check`` exit 0, ``SessionFile.open``), in its before or after state, never between;
an import acknowledged as committed is always all there.

The default run kills 10 imports (IMPORT_KILL_ROUNDS to change); ``pytest -m slow`` kills 200.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from workshop_app.storage import SessionFile
from workshop_app.storage.check import check_file
from workshop_app.storage.schema import RECORD_TABLES

from ..test_merge_support import make_venue

CHILD = Path(__file__).with_name("import_child.py")


def ids_of(path: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return {(t, r[0]) for t in RECORD_TABLES for r in conn.execute(f"SELECT id FROM [{t}]")}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("import-kill")
    base = folder / "base.workshop"
    make_venue(base, venue=0, participants=10, comments=20, seed=1)
    venue = folder / "big.workshop"
    make_venue(venue, venue=1, participants=80, comments=2500, seed=2)
    doc = folder / "big.json"
    r = subprocess.run([sys.executable, "-m", "workshop_app.cli", "export", str(venue), "-o", str(doc)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return {"base": base, "doc": doc, "venue": venue}


@dataclass
class Phases:
    transaction: float = 0.0
    checkpoint: float = 0.0


@dataclass
class Tally:
    rounds: int = 0
    before: int = 0
    after: int = 0
    in_checkpoint: int = 0  # killed after COMMITTED, before CHECKPOINTED
    header_ahead: int = 0  # the kill left a file shorter than its header says (completed by its -wal)


def start(target: Path, doc: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(CHILD), str(target), str(doc)], stdout=subprocess.PIPE, text=True)


def calibrate(tmp: Path, files: dict[str, Path]) -> Phases:
    """How long the transaction and the checkpoint take here (to aim the kills; nothing asserted)."""
    target = tmp / "calibrate.workshop"
    shutil.copyfile(files["base"], target)
    proc = start(target, files["doc"])
    stamps = {}
    for line in proc.stdout:
        stamps[line.strip()] = time.monotonic()
    proc.wait()
    assert proc.returncode == 0
    return Phases(stamps["COMMITTED"] - stamps["OPEN"], stamps["CHECKPOINTED"] - stamps["COMMITTED"])


def header_ahead(path: Path) -> bool:
    data = path.read_bytes()[:100]
    page_size = struct.unpack(">H", data[16:18])[0]
    counter, pages = struct.unpack(">II", data[24:32])
    return counter == struct.unpack(">I", data[92:96])[0] and pages * page_size > path.stat().st_size


def one_round(target: Path, files: dict[str, Path], phases: Phases, rng: random.Random, tally: Tally) -> None:
    shutil.copyfile(files["base"], target)
    for extra in ("-wal", "-shm"):
        Path(str(target) + extra).unlink(missing_ok=True)
    aim_checkpoint = rng.random() < 0.5
    proc = start(target, files["doc"])
    seen = []
    wait_for = "COMMITTED" if aim_checkpoint else "OPEN"
    window = phases.checkpoint * 1.2 if aim_checkpoint else (phases.transaction + phases.checkpoint) * 1.1
    for line in proc.stdout:
        seen.append(line.strip())
        if seen[-1] == wait_for:
            break
    time.sleep(rng.random() * window)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    seen += [line.strip() for line in proc.stdout]  # what it had announced before it died
    proc.stdout.close()
    tally.rounds += 1
    tally.in_checkpoint += "COMMITTED" in seen and "CHECKPOINTED" not in seen and proc.returncode == -signal.SIGKILL
    tally.header_ahead += header_ahead(target)
    verify(target, files, committed="COMMITTED" in seen, tally=tally)


def verify(target: Path, files: dict[str, Path], *, committed: bool, tally: Tally) -> None:
    before = {(t, i) for t, i in ids_of(files["base"])}
    incoming = ids_of(files["venue"]) - before  # the framework is shared; everything else is new
    report = check_file(target)
    assert report.exit_code == 0, report.problems
    with SessionFile.open(target) as sf:
        assert sf.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    have = ids_of(target)
    assert before <= have
    present = incoming & have
    if present:
        assert present == incoming, f"half an import: {len(present)} of {len(incoming)} records"
        tally.after += 1
    else:
        assert not committed, "an import acknowledged as committed is missing"
        tally.before += 1


def kill_rounds(tmp_path: Path, files: dict[str, Path], rounds: int, seed: int) -> Tally:
    phases = calibrate(tmp_path, files)
    rng = random.Random(seed)
    tally = Tally()
    for r in range(rounds):
        one_round(tmp_path / f"target{r % 4}.workshop", files, phases, rng, tally)
    print(f"import kills: {tally}; phases {phases}")
    return tally


def test_kill_during_import(tmp_path, files):
    tally = kill_rounds(tmp_path, files, rounds=int(os.environ.get("IMPORT_KILL_ROUNDS", 10)), seed=3)
    assert tally.before + tally.after == tally.rounds


@pytest.mark.slow
def test_kill_during_import_many(tmp_path, files):
    tally = kill_rounds(tmp_path, files, rounds=200, seed=5)
    assert tally.before > 0 and tally.after > 0
    assert tally.in_checkpoint >= 10, tally
