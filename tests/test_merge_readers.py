"""Sources read ahead in worker processes (merge.readers) make the very merge reading them here makes.

The merges run in a process of their own, as the CLI does (a single thread: the only kind that
forks readers), with ``WORKSHOP_MERGE_READERS`` set to 0 (every file read here) or to a number of
workers; each run logs which process read which file, so a test knows the workers did the reading.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from workshop_app.merge import readers
from workshop_app.merge.sources import Source, load_source
from workshop_app.storage import SessionFile, handover

from .test_merge_refusals import CASES
from .test_merge_support import make_venue

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="readers are forked on Linux only")

DRIVER = r"""
import hashlib, json, os, sqlite3, sys, time
from workshop_app.merge import merge_files, sources

master, files, log, kill, slow = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3], sys.argv[4], float(sys.argv[5])
main = os.getpid()
load = sources.load_source

def traced(path):
    with open(log, "a") as f:
        f.write(json.dumps([os.getpid() == main, os.path.basename(str(path))]) + "\n")
    if os.getpid() != main and kill == "kill":
        os.kill(os.getpid(), 9)  # a reading process dies on the first file it takes
    if os.getpid() != main and kill == "raise":
        raise RuntimeError("a bug met only in a reading process")
    if os.getpid() != main:
        time.sleep(slow)
    return load(path)

sources.load_source = traced
report = merge_files(master, files)
out = [dict(s.to_dict(), french=s.reason_text("fr")) for s in report.sources]
conn = sqlite3.connect(master)
tables = {}
for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != '_sqlite_migrations'"):
    cur = conn.execute(f"SELECT * FROM [{name}]")
    cols = [d[0] for d in cur.description]
    rows = sorted(json.dumps({c: v for c, v in zip(cols, r) if not (name == "provenance" and c == "merged_at")},
                             sort_keys=True) for r in cur)
    tables[name] = [len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()]
print(json.dumps({"sources": out, "tables": tables, "exit": report.exit_code}, sort_keys=True))
"""
TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> list[Path]:
    """Good venue files (sealed and not, one given twice) between every refused kind of the
    refusal tests, a missing file and the master itself."""
    folder = tmp_path_factory.mktemp("usb")
    good = []
    for i in range(6):
        make_venue(folder / f"venue{i}.workshop", venue=i, seed=i, participants=5, comments=8)
        if i % 2:
            with SessionFile.open(folder / f"venue{i}.workshop") as sf:
                handover(sf, folder / f"sealed{i}.workshop")
            good.append(folder / f"sealed{i}.workshop")
        else:
            good.append(folder / f"venue{i}.workshop")
    bad = []
    for make, name, _ in CASES:
        dst = folder / f"{make.__name__}{Path(name).suffix}"
        make(good[1], dst)
        bad.append(dst)
    again = good[0]
    out = [folder / "master.workshop", folder / "missing.workshop"]
    for i, path in enumerate(bad):
        out.append(path)
        if i % 3 == 0 and good:
            out.append(good.pop())
    return [*out, *good, again]


def merge(files: list[Path], workers: int, *, kill: str = "", slow: float = 0.0) -> tuple[dict, list]:
    folder = files[0].parent
    master, log = folder / "master.workshop", folder / f"read-{workers}-{kill}.log"
    for p in [*folder.glob("master.*"), log]:
        p.unlink(missing_ok=True)
    SessionFile.create(master).close()
    args = [str(master), json.dumps([str(f) for f in files]), str(log), kill, str(slow)]
    done = subprocess.run([sys.executable, "-c", DRIVER, *args], capture_output=True, text=True,
                          env={**os.environ, readers.ENVIRONMENT: str(workers)}, cwd=folder, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(TIME.sub("<time>", done.stdout))
    return report, [json.loads(line) for line in log.read_text().splitlines()]


def test_workers_give_the_report_and_master_reading_here_gives(files):
    here, read_here = merge(files, 0)
    assert all(in_main for in_main, _ in read_here)
    statuses = [s["status"] for s in here["sources"]]
    assert statuses.count("refused") == len(CASES) + 2 and statuses.count("merged") == 7, statuses
    for workers in (1, 2):
        ahead, read = merge(files, workers)
        assert ahead == here
        assert any(not in_main for in_main, _ in read)  # workers read (this process too, rather than wait)
        assert {name for _, name in read} == {name for _, name in read_here}
        given = {f.name: files.count(f) for f in files}
        for name in {name for _, name in read}:  # once, or by a worker and by this process (it waited too long)
            assert read.count([True, name]) <= given[name] and read.count([False, name]) <= given[name], name


def test_a_reader_that_dies_is_replaced_by_reading_here(files):
    here, read_here = merge(files, 0)
    ahead, read = merge(files, 2, kill="kill")
    assert ahead == here
    tried = [name for in_main, name in read if not in_main]
    assert tried and all([True, name] in read for name in tried)  # a worker died on it; then read here
    assert {name for in_main, name in read if in_main} == {name for _, name in read_here}


def test_what_a_reader_cannot_send_back_is_read_here(files):
    """Reading raised something unexpected (not a refusal) in a worker: the merge reads the file
    itself and meets what it meets without workers (here: nothing, the file is fine)."""
    here, read_here = merge(files, 0)
    ahead, read = merge(files, 2, kill="raise")
    assert ahead == here
    tried = [name for in_main, name in read if not in_main]
    assert tried and all([True, name] in read for name in tried)
    assert {name for in_main, name in read if in_main} == {name for _, name in read_here}


def test_a_killed_merge_leaves_no_reader_behind(files):
    """A ``kill -9`` of the merge kills its readers (they would hold the master's lock)."""
    folder = files[0].parent
    master, log = folder / "master.workshop", folder / "killed.log"
    for p in [*folder.glob("master.*"), log]:
        p.unlink(missing_ok=True)
    SessionFile.create(master).close()
    merge_ = subprocess.Popen([sys.executable, "-c", DRIVER, str(master), json.dumps([str(f) for f in files]),
                               str(log), "", "60"], env={**os.environ, readers.ENVIRONMENT: "2"})
    children: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while not children or not log.exists():
            assert time.monotonic() < deadline, "no reader started"
            time.sleep(0.05)
            children = _children(merge_.pid)
        os.kill(merge_.pid, signal.SIGKILL)
        merge_.wait()
        deadline = time.monotonic() + 10
        while any(Path(f"/proc/{c}").exists() and "Z" not in _state(c) for c in children):
            assert time.monotonic() < deadline, "a reader outlived the merge"
            time.sleep(0.05)
        SessionFile.open(master).close()  # no reader holds the master's lock
    finally:
        merge_.kill()
        for c in children:  # only if the test failed: leave nothing running
            with contextlib.suppress(OSError):
                os.kill(c, signal.SIGKILL)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, ValueError, IndexError):  # gone meanwhile
                pass
    return found


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def test_readers_only_in_a_single_threaded_process_with_several_files(monkeypatch):
    monkeypatch.setenv(readers.ENVIRONMENT, "2")
    assert readers.reading_processes(2) == 0  # too few files to pay for a worker
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert readers.reading_processes(100) == 0  # the GUI merges on a thread: read there
    finally:
        stop.set()
        thread.join()
    monkeypatch.setenv(readers.ENVIRONMENT, "0")
    assert readers.reading_processes(100) == 0


def test_a_source_crosses_to_this_process_whole(files):
    source = load_source(files[-1])
    back = pickle.loads(pickle.dumps(source))
    assert isinstance(back, Source) and back.__dict__ == source.__dict__
    assert [list(r) for r in back.rows["comments"]] == [list(r) for r in source.rows["comments"]]  # column order
    source.rows["comments"][0] = {"other": 1, **source.rows["comments"][0]}  # rows of different shapes
    assert pickle.loads(pickle.dumps(source)).rows == source.rows
