"""Render the results view, the presenter window and the synthesis view to PNG, offscreen.

    QT_QPA_PLATFORM=offscreen python -m workshop_app.ui.screenshots_results [OUT_DIR] [--seed N]

Uses the demo session (``workshop_app.samples.demo.build_demo``) in a temporary file; the right-to-left
shot uses a session in Arabic made from the template. Writes ``results.png``,
``results-positions.png``, ``results-by-group.png``, ``results-rtl.png``, ``presenter.png`` (1920×1080, results revealed),
``presenter-hidden.png`` and ``synthesis-view.png``. :func:`render_all` is what the GUI's
``ui/screenshots.py`` may call.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ..domain.model import Question, Session
from ..storage import SessionFile
from .controller import AppController
from .results_chart import ChartView

DEFAULT_OUT = Path("docs/screenshots")


def _app() -> QApplication:
    app = QApplication.instance() or QApplication([])
    try:
        from .style import apply_style

        apply_style(app)
    except ImportError:  # the house style is optional here
        pass
    return app  # type: ignore[return-value]


def _settle(app: QApplication, widget: QWidget) -> None:
    for _ in range(5):
        app.processEvents()
    for chart in widget.findChildren(ChartView):
        chart.draw_now()  # charts wait for a quiet moment on screen; a screenshot cannot
    for _ in range(5):
        app.processEvents()


def _grab(app: QApplication, widget: QWidget, path: Path) -> Path:
    _settle(app, widget)
    widget.grab().save(str(path))
    return path


def _demo(sf: SessionFile, seed: int) -> Session:
    try:
        from ..samples.demo import build_demo
    except ImportError:
        from .results_sample import build_results_sample

        return build_results_sample(sf, seed=seed)
    return build_demo(sf, seed=seed)


def _first(controller: AppController, kind: str) -> Question | None:
    data = controller.session_data()
    if data is None:
        return None
    return next((q for q in sorted(data.questions, key=lambda q: q.position) if q.kind == kind), None)


def render_results(app: QApplication, controller: AppController, out: Path) -> list[Path]:
    from .results_view import ResultsView

    ranking = _first(controller, "ranking")
    controller.select_question(ranking.id if ranking else None)
    view = ResultsView(controller)
    view.resize(1280, 860)
    view.show()
    shots = [_grab(app, view, out / "results.png")]
    view.panel.positions_button.setChecked(True)
    shots.append(_grab(app, view, out / "results-positions.png"))
    view.panel.borda_button.setChecked(True)
    view.by_group.setChecked(True)
    if view.group_tabs.count() > 1:
        view.group_tabs.setCurrentIndex(1)
    shots.append(_grab(app, view, out / "results-by-group.png"))
    view.close()
    return shots


def render_presenter(app: QApplication, controller: AppController, out: Path) -> list[Path]:
    from .presenter import PresenterWindow

    ranking = _first(controller, "ranking")
    controller.select_question(ranking.id if ranking else None)
    window = PresenterWindow(controller)
    window._placed = True  # no second display to look for here
    window.resize(1920, 1080)
    window.show()
    window.resize(1920, 1080)
    window.hint.hide()  # as in full screen on the projector (offscreen has no 1920×1080 display to fill)
    shots = [_grab(app, window, out / "presenter-hidden.png")]
    window.set_revealed(True)
    shots.append(_grab(app, window, out / "presenter.png"))
    window.close()
    return shots


def render_synthesis(app: QApplication, controller: AppController, out: Path) -> list[Path]:
    from .synthesis_view import SynthesisView

    ranking = _first(controller, "ranking")
    controller.select_question(ranking.id if ranking else None)
    view = SynthesisView(controller)
    view.resize(1440, 900)
    view.show()
    _settle(app, view)
    editor = view.messages.current_editor()
    if editor is not None and not editor.toPlainText():
        editor.setPlainText("Universal access to adequate housing leads in every group; participants ask that "
                            "it be tied to finance and to local delivery.")
        editor.commit()
    starred = [c for c in view.comments.comments() if c.starred]
    if starred and editor is not None and starred[0].text.split()[0] not in editor.toPlainText():
        view.quote(starred[0])
    shot = _grab(app, view, out / "synthesis-view.png")
    view.close()
    return [shot]


def render_rtl(app: QApplication, out: Path, tmp: Path) -> list[Path]:
    """The results view laid out right to left, with a session held in Arabic."""
    from .results_sample import build_results_sample
    from .results_view import ResultsView

    with SessionFile.create(tmp / "rtl.workshop") as sf:
        build_results_sample(sf, language="ar", title="حوار حول الخطة الاستراتيجية 2026–2029")
        controller = AppController(sf)
        view = ResultsView(controller)
        view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        view.resize(1280, 860)
        view.show()
        shot = _grab(app, view, out / "results-rtl.png")
        view.close()
    return [shot]


def render_all(out: Path = DEFAULT_OUT, *, seed: int = 2024) -> list[Path]:
    app = _app()
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        with SessionFile.create(tmp / "demo.workshop") as sf:
            _demo(sf, seed)
            controller = AppController(sf)
            steps: list[Callable[[QApplication, AppController, Path], list[Path]]] = [
                render_results, render_presenter, render_synthesis]
            for step in steps:
                shots += step(app, controller, out)
        shots += render_rtl(app, out, tmp)
    return shots


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    for path in render_all(args.out, seed=args.seed):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
