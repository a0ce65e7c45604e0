"""Time merging many venue files into one master, against a floor.

    PYTHONPATH=src python bench/merge.py [--files 100] [--participants 50] [--comments 200] [--ballots 50]

Each venue file is a sealed handover (as staff receive them) from the shipped template with the
given numbers of participants, comments and ranking ballots. The merge is the real one: private
copy, integrity and exact-schema checks, seal and every record hash recomputed, the merge rule,
one transaction per file (``synchronous=FULL``), a backup of the master, provenance.
The floor is the least a merge of files must do: ATTACH each file to the master and copy its rows
with ``INSERT OR IGNORE``, one transaction per file, same pragmas. Targets: under 10 s for 100
files, and at most 3x the floor. A second merge of the same files (all unchanged) is timed too.

Both are also timed as whole processes, as staff run them: ``workshop-app merge MASTER FILES...``
from spawn to exit, against a script doing the floor's ATTACH + INSERT OR IGNORE (one transaction
per file, WAL, ``synchronous=FULL``), each into a fresh empty master, with bytecode cached as an
installed app has it. That way the ratio also counts what the command imports and sets up.
On Linux the command reads the files ahead in worker processes (``merge/readers.py``; so does the
in-process merge here, the bench being single-threaded); the same command reading every file in
its own process (``WORKSHOP_MERGE_READERS=0``) is timed too, interleaved, for comparison.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workshop_app.domain import Ballot, Comment, Participant
from workshop_app.merge import merge_files
from workshop_app.merge.readers import ENVIRONMENT, reading_processes
from workshop_app.samples.templates import create_from_template
from workshop_app.storage import SessionFile, handover
from workshop_app.storage.schema import RECORD_TABLES

TARGET_SECONDS = 10.0
TARGET_RATIO = 3.0
CITIES = ["Addis Ababa", "Cairo", "Nairobi", "New York", "Bogotá", "Dakar", "Bangkok", "Almaty"]
GROUPS = ["member_state", "un_system", "civil_society", "academia", "professional_association", "local_government"]


def make_venue(path: Path, n_people: int, n_comments: int, n_ballots: int, seed: int) -> None:
    rng = random.Random(seed)
    work = path.with_name(path.stem + "-working.workshop")
    with SessionFile.create(work) as sf:
        sf.conn.execute("PRAGMA synchronous = OFF")  # building test data only
        city = CITIES[seed % len(CITIES)]
        session = create_from_template(sf, "unhabitat-2026", title=f"Dialogue {seed + 1}, {city}", city=city,
                                       date=f"2024-{seed % 12 + 1:02d}-15")
        data = sf.load_session(session.id)
        q = next(q for q in data.questions if q.kind == "ranking")
        opts = [o.id for o in data.options_of(q.id)]
        people = [Participant(session=session.id, organisation=f"Organisation {i}", stakeholder_group=rng.choice(GROUPS),
                              country=rng.choice(["Kenya", "Egypt", "Colombia", "Senegal"])) for i in range(n_people)]
        records: list = list(people)
        for i in range(n_ballots):
            order = opts[:]
            rng.shuffle(order)
            records.append(Ballot(session=session.id, question=q.id, participant=people[i % n_people].id,
                                  ranking=[[o] for o in order[:3]]))
        for i in range(n_comments):
            records.append(Comment(session=session.id, question=q.id, option=rng.choice(opts),
                                   participant=rng.choice(people).id,
                                   text=f"Comment {i}: housing finance should reach intermediate cities, "
                                        f"and data capabilities must grow ({city}). " * rng.randint(1, 3),
                                   swot=rng.choice([None, "strength", "weakness", "opportunity", "threat"])))
        sf.save_all(records)
        handover(sf, path)
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(work) + suffix).unlink(missing_ok=True)


def floor(master: Path, files: list[Path]) -> float:
    with SessionFile.create(master) as sf:
        conn = sf.conn
        start = time.perf_counter()
        for f in files:
            conn.execute("ATTACH DATABASE ? AS src", [str(f)])
            conn.execute("BEGIN")
            for table in RECORD_TABLES:
                conn.execute(f"INSERT OR IGNORE INTO main.[{table}] SELECT * FROM src.[{table}]")
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE src")
        elapsed = time.perf_counter() - start
    return elapsed


FLOOR_SCRIPT = """
import sqlite3, sys
tables = sys.argv[2].split(",")
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA synchronous = FULL")
for f in sys.argv[3:]:
    conn.execute("ATTACH DATABASE ? AS src", [f])
    conn.execute("BEGIN")
    for table in tables:
        conn.execute(f"INSERT OR IGNORE INTO main.[{table}] SELECT * FROM src.[{table}]")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE src")
conn.close()
"""


def whole_process(folder: Path, files: list[Path], repeat: int) -> tuple[float, float, float]:
    """Median seconds of the floor script, of ``workshop-app merge`` (reading ahead in worker
    processes where it does) and of ``workshop-app merge`` reading every file in its own process
    (``WORKSHOP_MERGE_READERS=0``), each a fresh process, interleaved."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode compiled once
    env.pop(ENVIRONMENT, None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    names = [str(f) for f in files]

    def run(args: list[str], master: Path, **extra: str) -> float:
        SessionFile.create(master).close()
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], check=True, env={**env, **extra}, capture_output=True)
        elapsed = time.perf_counter() - start
        for p in folder.glob(master.stem + "*"):
            p.unlink()
        return elapsed

    floor_args = ["-c", FLOOR_SCRIPT]
    run([*floor_args, str(folder / "w-floor.workshop"), ",".join(RECORD_TABLES), *names[:1]], folder / "w-floor.workshop")
    run(["-m", "workshop_app.cli", "merge", str(folder / "w-merge.workshop"), *names[:3]], folder / "w-merge.workshop")
    floors, merges, here = [], [], []
    for r in range(repeat):  # interleaved, so a busy moment of the machine hits each
        master = folder / f"w-floor{r}.workshop"
        floors.append(run([*floor_args, str(master), ",".join(RECORD_TABLES), *names], master))
        master = folder / f"w-merge{r}.workshop"
        merges.append(run(["-m", "workshop_app.cli", "merge", str(master), *names], master))
        master = folder / f"w-here{r}.workshop"
        here.append(run(["-m", "workshop_app.cli", "merge", str(master), *names], master, **{ENVIRONMENT: "0"}))
    return statistics.median(floors), statistics.median(merges), statistics.median(here)


def count_rows(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return sum(conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in RECORD_TABLES)
    finally:
        conn.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=100)
    ap.add_argument("--participants", type=int, default=50)
    ap.add_argument("--comments", type=int, default=200)
    ap.add_argument("--ballots", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each (in-process: best and median; whole process: median)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-merge-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        files = []
        for i in range(args.files):
            path = folder / f"venue{i:03d}.workshop"
            make_venue(path, args.participants, args.comments, args.ballots, seed=i)
            files.append(path)
        per_file = count_rows(files[0])
        size = sum(f.stat().st_size for f in files) / 1024**2
        print(f"{args.files} sealed venue files, {per_file} records each ({size:.1f} MB in all), "
              f"built in {time.perf_counter() - t0:.1f} s")

        floors, merges, again = [], [], []
        for r in range(args.repeat):
            floors.append(floor(folder / f"floor{r}.workshop", files))
            master = folder / f"master{r}.workshop"
            SessionFile.create(master).close()
            start = time.perf_counter()
            report = merge_files(master, files)
            merges.append(time.perf_counter() - start)
            totals = report.totals()  # the framework record is shared by every file: one added, the rest unchanged
            assert report.exit_code == 0 and totals["added"] + totals["unchanged"] == per_file * args.files, totals
            start = time.perf_counter()
            second = merge_files(master, files)
            again.append(time.perf_counter() - start)
            assert second.totals()["added"] == 0
            for p in folder.glob(f"master{r}.backup-*"):
                p.unlink()
        best_floor, best_merge, best_again = min(floors), min(merges), min(again)
        total = per_file * args.files
        print(f"load average {load()} (the machine's; the ratios matter, not the seconds)")
        print(f"floor (ATTACH + INSERT OR IGNORE):   {best_floor:6.2f} s")
        print(f"merge (checks, seal, hashes, rule):  {best_merge:6.2f} s   target < {TARGET_SECONDS:.0f} s   "
              f"{'OK' if best_merge < TARGET_SECONDS else 'OVER'}   ({total / best_merge:,.0f} records/s)")
        ratio = best_merge / best_floor
        print(f"ratio merge / floor:                 {ratio:6.2f} x  target <= {TARGET_RATIO:.0f} x   "
              f"{'OK' if ratio <= TARGET_RATIO else 'OVER'}   (medians: {statistics.median(merges):.2f} s / "
              f"{statistics.median(floors):.2f} s = {statistics.median(merges) / statistics.median(floors):.2f} x)")
        print(f"second merge of the same files:      {best_again:6.2f} s   (all unchanged; "
              f"{best_again / best_floor:.2f} x floor)")
        w_floor, w_merge, w_here = whole_process(folder, files, args.repeat)
        w_ratio = w_merge / w_floor
        print(f"whole process, median of {args.repeat}: floor script {w_floor:.2f} s, `workshop-app merge` "
              f"{w_merge:.2f} s: {w_ratio:.2f} x  target <= {TARGET_RATIO:.0f} x   "
              f"{'OK' if w_ratio <= TARGET_RATIO else 'OVER'}   ({reading_processes(args.files)} reading "
              f"process(es); every file read in the merge's own process: {w_here:.2f} s, {w_here / w_floor:.2f} x)")
        print(f"load average {load()}")


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # not on every system
        return "unknown"


if __name__ == "__main__":
    main()
