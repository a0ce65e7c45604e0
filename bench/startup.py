"""App start to first window, against a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen python bench/startup.py [--repeat 5]

Each measurement is a fresh process, timed from spawn until the window has been shown and the
event loop has run once: the app opening the demo session (logging, style, translations, the
file checked and opened, the view it opens on built; the other views are built when first shown)
against a script that shows an empty QWidget. The ratio says what the app adds on top of starting
Python and Qt. Targets: under 2 s, a pause a facilitator accepts once per session, and at most 3x
the bare window.

Both run with their bytecode cached, as an installed app has it (pip compiles on install): in a
private folder (``PYTHONPYCACHEPREFIX``), filled by one warm-up run of each, even where
``PYTHONDONTWRITEBYTECODE`` is set. ``--no-bytecode-cache`` measures without (every module
compiled from source on every start: about 0.2 s more for the app).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

APP = """
import sys
from PySide6.QtCore import QTimer
from workshop_app.ui.app import make_application
from workshop_app.host.logs import setup_logging
from workshop_app.ui.launcher import Launcher
setup_logging()
app = make_application()
launcher = Launcher(app)
window = launcher.open_path(sys.argv[1])
assert window is not None, "the demo did not open"
QTimer.singleShot(0, app.quit)
app.exec()
"""

TARGET_S = 2.0
TARGET_RATIO = 3.0


def spawn(code: str, *args: str, env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, stderr=subprocess.DEVNULL,
                   env={**(env or os.environ), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    return time.perf_counter() - start


def bytecode_env(folder: str | None) -> dict[str, str]:
    """The environment of the timed processes: bytecode cached in ``folder`` (None: as it is)."""
    env = dict(os.environ)
    if folder is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = folder
    return env


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-bytecode-cache", action="store_true", help="compile every module on every start")
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WORKSHOP_APP_HOME"] = tmp
        demo = Path(tmp) / "demo.workshop"
        subprocess.run([sys.executable, "-m", "workshop_app.cli", "demo", str(demo)], check=True,
                       capture_output=True)
        env = bytecode_env(None if opts.no_bytecode_cache else str(Path(tmp) / "pycache"))
        spawn(BARE, env=env)  # warm the disk cache (and the bytecode cache) for both
        spawn(APP, str(demo), env=env)
        bare, app = [], []
        for _ in range(opts.repeat):  # interleaved, so a busy moment of the machine hits both
            bare.append(spawn(BARE, env=env))
            app.append(spawn(APP, str(demo), env=env))
    b, a = statistics.median(bare), statistics.median(app)
    cache = "no bytecode cache" if opts.no_bytecode_cache else "bytecode cached"
    print(f"{'what (' + cache + ')':44} {'median s':>9} {'ratio':>6}  target")
    print(f"{'bare PySide6 window':44} {b:9.2f} {1:6.2f}  (floor)")
    ok = "ok" if a <= TARGET_S and a / b <= TARGET_RATIO else "OVER"
    print(f"{'app: demo session open, first view built':44} {a:9.2f} {a / b:6.2f}  < {TARGET_S} s, "
          f"<= {TARGET_RATIO:.0f}x {ok}")


if __name__ == "__main__":
    main()
