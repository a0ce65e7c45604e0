"""The frozen bundle against the pip install: start-up to first window, and size.

    bash packaging/build-linux.sh          # once, builds build/dist/workshop-app
    QT_QPA_PLATFORM=offscreen python bench/frozen.py [--bundle build/dist/workshop-app] [--repeat 5]

Both are timed the same way, as whole processes: spawn `workshop-app open demo.workshop` with
WORKSHOP_APP_SMOKE_QUIT=1 until it prints that its window is shown (the app then quits). The pip
install's `workshop-app` is the floor. Target (issue 16): the frozen app within 1.5× of it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_to_window(command: list[str], home: Path) -> float:
    env = {**os.environ, "WORKSHOP_APP_SMOKE_QUIT": "1", "WORKSHOP_APP_HOME": str(home),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in proc.stdout:
        if line.startswith("window shown:"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"{command[0]} never showed its window")
    proc.wait(60)
    return elapsed


def size_mb(folder: Path) -> float:
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", default=str(ROOT / "build" / "dist" / "workshop-app"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    bundle = Path(args.bundle)
    frozen = bundle / "workshop-app"
    installed = shutil.which("workshop-app")
    if not frozen.exists() or installed is None:
        raise SystemExit("build the bundle first (bash packaging/build-linux.sh) and pip install the app")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        demo = home / "demo.workshop"
        subprocess.run([installed, "demo", str(demo)], check=True, capture_output=True)
        for command in ([installed, "open", str(demo)], [str(frozen), "open", str(demo)]):
            time_to_window(command, home)  # warm the disk cache and matplotlib's font cache once
        pip_times = [time_to_window([installed, "open", str(demo)], home) for _ in range(args.repeat)]
        frozen_times = [time_to_window([str(frozen), "open", str(demo)], home) for _ in range(args.repeat)]
    pip_median, frozen_median = statistics.median(pip_times), statistics.median(frozen_times)
    print(f"start-up to first window, median of {args.repeat}:")
    print(f"  pip install  {pip_median:.2f} s (floor)")
    print(f"  frozen       {frozen_median:.2f} s -> {frozen_median / pip_median:.2f}x   target <= 1.5x")
    print(f"bundle size: {size_mb(bundle):.0f} MB unpacked")


if __name__ == "__main__":
    main()
