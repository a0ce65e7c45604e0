"""App start to first window, against a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen python bench/startup.py [--repeat 5]

Each measurement is a fresh process, timed from spawn until the window has been shown and the
event loop has run once: the app opening the demo session (logging, style, translations, the
file checked and opened, every view built) against a script that shows an empty QWidget. The
ratio says what the app adds on top of starting Python and Qt (reported, no target). Target:
under 2 s, a pause a facilitator accepts once per session.
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
from workshop_app.app import make_application
from workshop_app.logs import setup_logging
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


def spawn(code: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, stderr=subprocess.DEVNULL,
                   env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WORKSHOP_APP_HOME"] = tmp
        demo = Path(tmp) / "demo.workshop"
        subprocess.run([sys.executable, "-m", "workshop_app.cli", "demo", str(demo)], check=True,
                       capture_output=True)
        spawn(BARE)  # warm the disk cache for both
        bare = [spawn(BARE) for _ in range(opts.repeat)]
        app = [spawn(APP, str(demo)) for _ in range(opts.repeat)]
    b, a = statistics.median(bare), statistics.median(app)
    print(f"{'what':40} {'median s':>9} {'ratio':>6}  target")
    print(f"{'bare PySide6 window':40} {b:9.2f} {1:6.2f}  (floor)")
    ok = "ok" if a <= TARGET_S else "OVER"
    print(f"{'app: demo session open, all views built':40} {a:9.2f} {a / b:6.2f}  < {TARGET_S} s {ok}")


if __name__ == "__main__":
    main()
