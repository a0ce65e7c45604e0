"""A faster merge gives the very master the code before it gave (issue 12, the merge's third pass).

The same files (the bench's venues, plus edited, conflicting, stale, deleted and re-merged ones and
a master carrying conflicts) are merged by today's code and by the code of :data:`REFERENCE`, the
last commit before the merge was reworked for speed, taken from git into a temporary folder and
run in its own process. Both runs print every table of the master (the provenance log without its
clock time) and every source's counts; they must be equal. Skipped where git or that commit is
not at hand (an sdist, a shallow clone).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from workshop_app.domain import Comment, Participant
from workshop_app.storage import SessionFile, handover

from .helpers import as_version_3
from .test_merge_support import make_venue, quiet

_EMPTY = hashlib.sha256(b"").hexdigest()
REFERENCE = "c9fc593"  # the merge before its third pass (docs/performance.md)
ROOT = Path(__file__).resolve().parents[1]

DRIVER = r"""
import hashlib, json, sqlite3, sys
from workshop_app.merge import merge_files

master, plan = sys.argv[1], json.loads(sys.argv[2])
runs = []
for batch in plan:
    report = merge_files(master, batch["files"], dry_run=batch.get("dry_run", False))
    runs.append([[s.name, s.status, s.counts(), s.seal_verified] for s in report.sources])
conn = sqlite3.connect(master)
tables = {}
for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != '_sqlite_migrations'"
                            " ORDER BY name"):  # migrations: when the master was created
    cur = conn.execute(f"SELECT * FROM [{name}]")
    cols = [d[0] for d in cur.description]
    rows = []
    for r in cur:
        row = dict(zip(cols, r))
        if name == "provenance":  # the clock, and the version the reference's files were copied to
            del row["merged_at"]
            row["details"] = {k: v for k, v in json.loads(row["details"]).items() if k != "schema_version"}
        rows.append(json.dumps(row, sort_keys=True))
    rows.sort()
    tables[name] = [len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()]
print(json.dumps({"runs": runs, "tables": tables}, sort_keys=True))
"""


def _reference_src(tmp: Path) -> Path:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("git or the repository's history is not at hand")
    archive = tmp / "reference.tar"
    done = subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), REFERENCE, "src"],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"commit {REFERENCE} is not in this clone: {done.stderr.strip()}")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp / "reference", filter="data")
    return tmp / "reference" / "src"


def _merge_with(src: Path, master: Path, plan: list[dict]) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src)}
    made = subprocess.run([sys.executable, "-c", "import sys; from workshop_app.storage import SessionFile; "
                           "SessionFile.create(sys.argv[1]).close()", str(master)], env=env)
    assert made.returncode == 0
    done = subprocess.run([sys.executable, "-c", DRIVER, str(master), json.dumps(plan)],
                          capture_output=True, text=True, env=env, cwd=master.parent)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _as_version_3(plan: list[dict], folder: Path) -> list[dict]:
    """The plan's files as version 3 wrote them (the reference reads no later file): the same
    names in ``folder``, without the tables version 4 added (all empty here), which keeps a seal."""
    folder.mkdir()
    for name in {f for batch in plan for f in batch["files"]}:
        as_version_3(Path(name), folder / Path(name).name)
    return [{**batch, "files": [str(folder / Path(f).name) for f in batch["files"]]} for batch in plan]


def _bench_venues(folder: Path, count: int) -> list[str]:
    spec = importlib.util.spec_from_file_location("bench_merge", ROOT / "bench" / "merge.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    out = []
    for i in range(count):
        path = folder / f"venue{i:03d}.workshop"
        bench.make_venue(path, 12, 30, 12, seed=i)
        out.append(str(path))
    return out


def _edit(path: Path, text: str, index: int = 0) -> None:
    with quiet(SessionFile.open(path)) as sf:
        c = sorted(sf.all(Comment), key=lambda c: c.id)[index]
        c.text = text
        sf.save(c)


def _scenario(folder: Path) -> list[dict]:
    """Files that take every path of the rule: added, unchanged, fast-forward, stale, conflict,
    a tombstone, an unsealed working copy, a master with conflicts, a dry run, a second merge."""
    venues = _bench_venues(folder, 6)
    a, b, early = folder / "laptop-a.workshop", folder / "laptop-b.workshop", folder / "early.workshop"
    make_venue(a, participants=6, comments=8, seed=3)
    shutil.copyfile(a, b)
    shutil.copyfile(a, early)
    _edit(a, "Version typed on laptop A")
    _edit(b, "Version typed on laptop B")
    _edit(a, "Laptop A's second thought", index=1)
    with quiet(SessionFile.open(b)) as sf:
        sf.delete(sorted(sf.all(Participant), key=lambda p: p.id)[0])
        handover(sf, folder / "laptop-b-sealed.workshop")
    carrier = folder / "carrier.workshop"
    SessionFile.create(carrier).close()
    from workshop_app.merge import merge_files

    merge_files(carrier, [a, b])  # a master holding an open conflict and superseded versions
    shutil.copyfile(a, folder / "laptop-a-copy.workshop")
    _edit(folder / "laptop-a-copy.workshop", "A third version, later", index=2)
    return [
        {"files": venues[:3] + [str(early)]},
        {"files": [str(a), str(folder / "laptop-b-sealed.workshop")], "dry_run": True},
        {"files": venues[3:] + [str(a), str(folder / "laptop-b-sealed.workshop"), str(carrier)]},
        {"files": [str(early), str(folder / "laptop-a-copy.workshop")] + venues},
    ]


def test_the_master_is_the_one_the_code_before_made(tmp_path):
    reference = _reference_src(tmp_path)
    folder = tmp_path / "files"
    folder.mkdir()
    plan = _scenario(folder)
    before = _merge_with(reference, folder / "v3" / "master.workshop", _as_version_3(plan, folder / "v3"))
    after = _merge_with(ROOT / "src", folder / "master.workshop", plan)
    assert after["runs"] == before["runs"]
    added = {name: after["tables"].pop(name) for name in set(after["tables"]) - set(before["tables"])}
    assert added == {"consolidations": [0, _EMPTY]}, added
    assert after["tables"] == before["tables"]
    counts = {k: sum(c[k] for run in after["runs"] for _, _, c, _ in run) for k in ("fast_forwarded", "stale", "conflicts")}
    assert all(counts.values()), counts  # every path of the rule was taken
    assert after["tables"]["conflicts"][0] > 0
