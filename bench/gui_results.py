"""Time from saving a ballot to the results view showing it, with 1,000 ballots already in the question.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python bench/gui_results.py [--ballots 1000] [--repeat 15]

A real session file (template questions, ``--ballots`` participants with a ranking ballot each) is
open in an :class:`AppController` with a :class:`ResultsView` on screen (offscreen). Each round
saves one more ranking ballot through ``controller.save`` (the capture view's path) and stops
the clock when the view's table holds the new count and its chart has been drawn and painted.
Rounds are spaced beyond the 150 ms coalescing interval, so each is a lone ballot (a burst is
coalesced instead). The floor is the least any design must do: commit the ballot (SQLite) and
analyse the question from objects already in memory. Reported: median and worst round, the
parts (commit, reload of the session, analysis, table and chart), and the ratio to the floor.
Target: under 100 ms.
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from workshop_app.analysis import analyse_question  # noqa: E402
from workshop_app.domain.model import Ballot, Comment, Participant, Record  # noqa: E402
from workshop_app.samples.templates import create_from_template  # noqa: E402
from workshop_app.storage import SessionFile  # noqa: E402
from workshop_app.ui.controller import AppController  # noqa: E402
from workshop_app.ui.results_sample import add_ballots, question_of  # noqa: E402
from workshop_app.ui.results_view import ResultsView  # noqa: E402

TARGET_MS = 100.0


class InPlaceCacheController(AppController):
    """What the results view would see if the controller put a saved record into its cached
    session instead of reloading the whole session after every commit (a proposal, bench only)."""

    def _commit(self, record: Record) -> bool:
        cache = self._cache
        ok = super()._commit(record)  # drops the cache and emits dataChanged
        if ok and cache is not None and isinstance(record, Ballot | Comment | Participant):
            rows = {Ballot: cache.ballots, Comment: cache.comments, Participant: cache.participants}[type(record)]
            at = next((i for i, r in enumerate(rows) if r.id == record.id), None)
            if record.deleted and at is not None:
                del rows[at]
            elif at is not None:
                rows[at] = copy.deepcopy(record)
            elif not record.deleted:
                rows.append(copy.deepcopy(record))
            self._cache = cache
        return ok


_LOOP: QEventLoop | None = None


def _wait(app: QApplication, done, limit: float = 5.0) -> None:
    # QEventLoop.processEvents, not QApplication.processEvents: with PySide6 6.12 on Python 3.11 the
    # static one drops a reference to None on every call, and a busy loop soon crashes the process.
    global _LOOP
    _LOOP = _LOOP or QEventLoop()
    end = time.perf_counter() + limit
    while not done():
        _LOOP.processEvents()
        if time.perf_counter() > end:
            raise RuntimeError("the results view did not update")


def _median_ms(values: list[float]) -> float:
    return 1000 * statistics.median(values)


def run(ballots: int = 1000, repeat: int = 15, seed: int = 3,
        controller_class: type[AppController] = AppController) -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        sf = SessionFile.create(Path(tmp) / "bench.workshop")
        session = create_from_template(sf, "unhabitat-2026", title="Bench")
        per_group = ballots // 4
        add_ballots(sf, session, {"member_state": per_group, "civil_society": per_group, "un_system": per_group,
                                  "academia": ballots - 3 * per_group}, seed=seed)
        question = question_of(sf, session, "ranking")
        option_ids = [o.id for o in sf.load_session(session.id).options_of(question.id)]
        controller = controller_class(sf)
        controller.select_question(question.id)
        view = ResultsView(controller)
        view.resize(1280, 860)
        view.show()
        _wait(app, lambda: view.panel.model.result is not None)

        chart = view.panel.chart
        table, total, commit, reload_, analyse, floor = [], [], [], [], [], []
        for _ in range(repeat):
            # A lone ballot, not part of a burst: both coalescing intervals are over.
            _wait(app, lambda: not view.live._cooldown.isActive() and chart.settled() and chart.drawn())
            order = option_ids[:]
            rng.shuffle(order)
            ballot = Ballot(session=session.id, question=question.id, ranking=[[o] for o in order])
            want = view.panel.model.result.ballots + 1
            generation = chart.generation
            t0 = time.perf_counter()
            controller.save(ballot, "ballot")
            t1 = time.perf_counter()
            _wait(app, lambda want=want: view.panel.model.result.ballots == want)
            view.repaint()
            t2 = time.perf_counter()
            _wait(app, lambda generation=generation: chart.generation > generation and chart.drawn())
            t3 = time.perf_counter()
            commit.append(t1 - t0)
            table.append(t2 - t0)
            total.append(t3 - t0)

            # The parts, measured again on their own.
            controller._cache = None
            t4 = time.perf_counter()
            data = controller.session_data()
            t5 = time.perf_counter()
            analyse_question(question, data.options_of(question.id), data.ballots_of(question.id), data.participants,
                             bootstrap=0)
            t6 = time.perf_counter()
            reload_.append(t5 - t4)
            analyse.append(t6 - t5)
            floor.append((t1 - t0) + (t6 - t5))
        view.close()
        sf.close()
    return {
        "ballots": ballots,
        "table_ms": _median_ms(table),
        "table_worst_ms": 1000 * max(table),
        "chart_ms": _median_ms(total),
        "chart_worst_ms": 1000 * max(total),
        "commit_ms": _median_ms(commit),
        "reload_ms": _median_ms(reload_),
        "analyse_ms": _median_ms(analyse),
        "floor_ms": _median_ms(floor),
    }


def report(r: dict[str, float]) -> str:
    ratio = r["table_ms"] / r["floor_ms"] if r["floor_ms"] else float("nan")

    def verdict(ms: float) -> str:
        return "within target" if ms <= TARGET_MS else "OVER target"

    return "\n".join([
        f"Results view: save one ranking ballot -> view shows it, {r['ballots']:,} ballots already in the question "
        f"(target {TARGET_MS:.0f} ms)",
        f"  table and counts updated: median {r['table_ms']:.1f} ms, worst {r['table_worst_ms']:.1f} ms "
        f"({verdict(r['table_ms'])})",
        f"  chart redrawn too:        median {r['chart_ms']:.1f} ms, worst {r['chart_worst_ms']:.1f} ms "
        f"({verdict(r['chart_ms'])})",
        f"  parts (median): commit {r['commit_ms']:.1f} ms, reload of the session by the controller "
        f"{r['reload_ms']:.1f} ms, analysis {r['analyse_ms']:.1f} ms",
        f"  floor (commit + analysis from memory) {r['floor_ms']:.1f} ms; table x floor {ratio:.1f}",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ballots", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args(argv)
    print(report(run(args.ballots, args.repeat)))
    patched = run(args.ballots, args.repeat, controller_class=InPlaceCacheController)
    print(f"  if the controller updated its cached session in place (proposal): table {patched['table_ms']:.1f} ms, "
          f"chart {patched['chart_ms']:.1f} ms (median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
