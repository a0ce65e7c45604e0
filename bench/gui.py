"""How the comments list copes with 20,000 comments: load, first paint, filter per keystroke, scroll.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python bench/gui.py [--comments 20000] [--repeat 3]

The demo session (about 150 comments in five languages) is scaled up to ``--comments`` by
copying its comments with new ids, in one transaction, into a real file. Measured, best of
``--repeat``:

- load: reading the session from the file (what the controller does after every commit) plus
  filling the comments model; floor: a bare ``SELECT * FROM comments`` with sqlite3.
- first paint: the Comments view created and painted with the model filled.
- filter: typing "housing finance" one key at a time into the search box, each keystroke timed
  until the table has repainted; floor: a bare Python substring scan over 20,000 strings.
- scroll: a page down, repainted, twenty times.
- save: one more comment committed and the list refreshed (no target: shown for the record, it
  grows with the session because the controller reloads the whole session after a commit).

Targets: load under 1 s, filter under 100 ms per keystroke. Figures are printed with the target
and the ratio to the floor beside them; nothing is asserted.
"""

from __future__ import annotations

import argparse
import copy
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QAbstractSlider, QApplication  # noqa: E402

from workshop_app.domain.model import new_id  # noqa: E402
from workshop_app.storage import SessionFile  # noqa: E402
from workshop_app.ui.comments_model import CommentsModel, fold  # noqa: E402

LOAD_TARGET = 1.0
FILTER_TARGET = 0.100
TYPED = "housing finance"


def build(path: Path, n: int) -> str:
    """A demo file with its comments copied up to ``n``; returns the session id."""
    from workshop_app.samples.demo import build_demo

    with SessionFile.create(path) as sf:
        session = build_demo(sf, seed=2024)
        base = sf.load_session(session.id).comments
        extra = []
        for i in range(max(n - len(base), 0)):
            c = copy.deepcopy(base[i % len(base)])
            c.id, c.rev, c.chain = new_id(), 0, []
            c.text = f"{c.text} (#{i})"
            extra.append(c)
        sf.save_all(extra)
        return session.id


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def settle(app: QApplication, widget) -> None:
    app.processEvents()
    widget.repaint()
    app.processEvents()


def line(name: str, seconds: float, target: float | None, floor: float | None) -> None:
    ms = seconds * 1000
    parts = [f"{name:<34} {ms:9.1f} ms"]
    if target is not None:
        parts.append(f"target < {target * 1000:.0f} ms {'OK' if seconds < target else 'SLOW'}")
    if floor:
        parts.append(f"{seconds / floor:7.1f} x floor ({floor * 1000:.1f} ms)")
    print("   ".join(parts))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--comments", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from workshop_app.ui.style import apply_style

    apply_style(app)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.workshop"
        t0 = time.perf_counter()
        session_id = build(path, args.comments)
        print(f"built {args.comments:,} comments in {time.perf_counter() - t0:.1f} s (not timed below)")
        with SessionFile.open(path) as sf:
            run(app, sf, session_id, args.repeat)
    return 0


def run(app: QApplication, sf: SessionFile, session_id: str, repeat: int) -> None:
    from workshop_app.ui.comments_view import CommentsView
    from workshop_app.ui.controller import AppController

    def raw() -> None:
        conn = sqlite3.connect(str(sf.path))
        conn.execute("SELECT * FROM comments WHERE deleted = 0").fetchall()
        conn.close()

    floor_load = best(raw, repeat)
    read = best(lambda: sf.load_session(session_id), repeat)
    data = sf.load_session(session_id)
    fill = best(lambda: CommentsModel().load(data), repeat)  # a new model: nothing cached
    n = len(data.comments)
    print(f"{n:,} comments")
    line("load: read the session", read, None, None)
    line("load: fill the comments model", fill, None, None)
    line("load: total", read + fill, LOAD_TARGET, floor_load)

    controller = AppController(sf)
    start = time.perf_counter()
    view = CommentsView(controller)
    view.resize(1280, 800)
    view.show()
    settle(app, view)
    line("first paint of the Comments view", time.perf_counter() - start, LOAD_TARGET, None)

    hay = [fold(c.text) for c in data.comments]
    floor_filter = best(lambda: [i for i, h in enumerate(hay) if "housing" in h], repeat)
    per_key = []
    for _ in range(repeat):
        view.filter.clear()
        settle(app, view)
        typed = ""
        for ch in TYPED:
            typed += ch
            start = time.perf_counter()
            view.filter.setText(typed)  # textChanged → filter → table repaint, as a keystroke does
            settle(app, view.table)
            per_key.append(time.perf_counter() - start)
    shown = view.model.rowCount()
    print(f"filter \"{TYPED}\" typed key by key leaves {shown:,} rows")
    line("filter: median keystroke", statistics.median(per_key), FILTER_TARGET, floor_filter)
    line("filter: worst keystroke", max(per_key), FILTER_TARGET, floor_filter)
    clear = best(lambda: (view.filter.setText(""), settle(app, view.table)), repeat)
    line("filter: clear (all rows back)", clear, FILTER_TARGET, floor_filter)

    bar = view.table.verticalScrollBar()
    steps = []
    for _ in range(20):
        start = time.perf_counter()
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
        settle(app, view.table)
        steps.append(time.perf_counter() - start)
    line("scroll: median page down", statistics.median(steps), FILTER_TARGET, None)

    saves = []
    for i in range(repeat):
        view.entry.text.setPlainText(f"One more comment on housing finance ({i})")
        start = time.perf_counter()
        view.save()  # commit, reload of the session, model refreshed, list repainted
        settle(app, view.table)
        saves.append(time.perf_counter() - start)
    line("save one comment, list refreshed", statistics.median(saves), None, None)
    view.close()


if __name__ == "__main__":
    sys.exit(main())
