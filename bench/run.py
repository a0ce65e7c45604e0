"""Every benchmark, one after another, with its peak memory: ``python bench/run.py``.

Each script runs in its own process (so one's memory does not count against another), prints
its own figures with the target beside them, and this runner adds wall time and peak resident
memory (from the child's rusage) in a closing table. ``--quick`` uses smaller sizes.
Figures and how to read them: docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# (name, script, arguments, quick arguments)
BENCHES = [
    ("capture", "capture.py", [], ["--n", "100"]),
    ("startup", "startup.py", [], ["--repeat", "2"]),
    ("analysis", "analysis.py", [], ["--repeat", "1"]),
    ("export", "export.py", [], ["--sessions", "10", "--participants", "400", "--comments", "4000",
                                 "--ballots", "1000"]),
    ("merge", "merge.py", [], ["--files", "20"]),
    ("gui", "gui.py", [], []),
    ("gui_results", "gui_results.py", [], ["--repeat", "5"]),
    ("phones", "phones.py", [], ["--phones", "60", "--window", "10"]),
    ("phones_gui", "phones_gui.py", [], ["--phones", "20", "--window", "8"]),
]


def run(script: Path, args: list[str]) -> tuple[int, float, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(script), *args], env=env, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    peak_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 1024**2
    return os.waitstatus_to_exitcode(status), elapsed, peak_mb


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    ap.add_argument("only", nargs="*", help="names of the benchmarks to run (default: all)")
    opts = ap.parse_args()
    rows = []
    for name, script, args, quick in BENCHES:
        if opts.only and name not in opts.only:
            continue
        path = HERE / script
        if not path.exists():
            rows.append((name, "missing", 0.0, 0.0))
            continue
        print(f"\n=== {name}: python bench/{script} {' '.join(quick if opts.quick else args)}", flush=True)
        code, elapsed, peak = run(path, quick if opts.quick else args)
        rows.append((name, "ok" if code == 0 else f"exit {code}", elapsed, peak))
    print(f"\n{'benchmark':12} {'status':8} {'wall s':>8} {'peak MB':>8}")
    for name, status, elapsed, peak in rows:
        print(f"{name:12} {status:8} {elapsed:8.1f} {peak:8.0f}")
    return 0 if all(r[1] in ("ok", "missing") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
