"""Render every view of the desktop app with the demo session, offscreen, as 1280×800 PNGs.

    python -m tests.screenshots OUTDIR [--scale 1.5] [--seed 2024] [--no-results]
    python -m tests.screenshots OUTDIR --lang ar      # every view and dialog in that language


(from the repository's root; a developer tool, not shipped in the package).

Shots: the start screen, the new-session dialog, setup, participants, the attendance and import previews,
capture (ranking with a tie, points over budget, rating), comments (Chinese, Arabic), a failed
save, the keyboard shortcuts, the results and synthesis pages, and a whole window
laid out right to left. ``--scale`` renders as on a 125% or 150% display. ``tests/screenshots/results.py``
adds the results, presenter and synthesis close-ups.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SIZE = (1280, 800)


def _settle(app, widget) -> None:
    for _ in range(6):
        app.processEvents()
    from workshop_app.ui.results.results_chart import ChartView

    for chart in widget.findChildren(ChartView):
        chart.draw_now()
    for _ in range(3):
        app.processEvents()


def _grab(app, widget, out: Path, name: str) -> Path:
    _settle(app, widget)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    return path


def _demo_file(folder: Path, seed: int) -> Path:
    from workshop_app.samples.demo import build_demo
    from workshop_app.storage import SessionFile

    path = folder / "Nairobi-dialogue.workshop"
    with SessionFile.create(path) as sf:
        build_demo(sf, seed=seed)
    return path


def _window(launcher, path: Path):
    window = launcher.open_path(path)
    window.resize(*SIZE)
    return window


def shots_start(app, launcher, folder: Path, out: Path) -> list[Path]:
    from workshop_app.ui.settings import add_recent
    from workshop_app.ui.setup.new_session_dialog import NewSessionDialog

    names = ["Cairo-WUF12-member-states.workshop", "Addis-Ababa-civil-society.workshop", "Nairobi-UN-entities.workshop"]
    for name in names:
        (folder / "recent").mkdir(exist_ok=True)
        (folder / "recent" / name).write_bytes(b"")
        add_recent(folder / "recent" / name)
    launcher.show_start()
    start = launcher.start_window
    start.resize(*SIZE)
    shots = [_grab(app, start, out, "start")]
    dialog = NewSessionDialog(start)
    dialog.title.setText("Dialogue with civil society on the strategic plan")
    dialog.event.setText("Africa Urban Forum")
    dialog.city.setText("Addis Ababa")
    dialog.country.setText("Ethiopia")
    dialog.date.setText("2024-09-04")
    dialog._suggest_file()
    dialog.show()
    shots.append(_grab(app, dialog, out, "new-session"))
    dialog.close()
    start.hide()
    return shots


def shots_pages(app, window, folder: Path, out: Path) -> list[Path]:
    shots = []
    window.show_page("setup")
    shots.append(_grab(app, window, out, "setup"))
    window.show_page("participants")
    shots.append(_grab(app, window, out, "participants"))
    shots += _attendance(app, window, folder, out)
    shots += _import(app, window, folder, out)
    shots += _capture(app, window, out)
    shots += _comments(app, window, out)
    for key in ("results", "synthesis"):
        window.show_page(key)
        shots.append(_grab(app, window, out, f"window-{key}"))
    window.resize(1024, 700)  # the synthesis on a smaller laptop screen
    shots.append(_grab(app, window, out, "window-synthesis-1024"))
    window.resize(*SIZE)
    return shots


def _attendance(app, window, folder: Path, out: Path) -> list[Path]:
    import openpyxl

    from workshop_app.ui.participants.attendance import read_attendance
    from workshop_app.ui.participants.attendance_dialog import AttendanceDialog

    sheet = folder / "sign-in-sheet.xlsx"
    book = openpyxl.Workbook()
    rows = [["Side event: dialogue on the strategic plan — sign-in sheet"], [],
            ["Full name", "Organization", "Constituency", "Country", "Consent to be named"],
            ["Tsegaye Bekele", "Addis Ababa City Administration", "Local government", "Ethiopia", "yes"],
            ["Grace Otieno", "Slum Dwellers International", "NGO", "Kenya", "no"],
            ["Marie Dupont", "Université de Genève", "Academia", "Switzerland", "oui"],
            ["Omar Haddad", "Ministry of Housing", "Government", "Jordan", "yes"],
            ["Li Wei", "China Academy of Urban Planning and Design", "Research", "China", "no"],
            ["Ana Souza", "UNEP", "UN agency", "Brazil", "yes"]]
    for row in rows:
        book.active.append(row)
    book.save(sheet)
    dialog = AttendanceDialog(sheet, read_attendance(window.controller.file, sheet, window.controller.session_id or ""), window)
    dialog.show()
    path = _grab(app, dialog, out, "attendance-preview")
    dialog.close()
    return [path]


def _import(app, window, folder: Path, out: Path) -> list[Path]:
    """File ▸ Import previewing a ballots sheet typed up after the session (nothing imported)."""
    import time

    from workshop_app.ui.transfer.import_dialog import ImportDialog

    sheet = folder / "paper-ballots.csv"
    sheet.write_text("Question;Ranking\n1;P3 P1 P5\n1;P1 = P2 P4\n1;P5 P3 P1 P2\n2;\n", encoding="utf-8")
    dialog = ImportDialog(window.controller, window, sheet)
    dialog.show()
    deadline = time.monotonic() + 30
    while dialog.is_running() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    path = _grab(app, dialog, out, "import-preview")
    dialog.close()
    return [path]


def _pick(view, kind: str, person_row: int | None) -> None:
    row = next(r for r in range(view.questions_model.rowCount()) if view.questions_model.question(r).kind == kind)
    view.question_box.setCurrentIndex(row)
    if person_row is None:  # the first participant without a ballot, as after Enter
        answered = view.people_model.answered
        person_row = next((n + 1 for n, pid in enumerate(view.people_model.ids()) if pid not in answered), 0)
    view.person_box.setCurrentIndex(person_row)


def _capture(app, window, out: Path) -> list[Path]:
    view = window.pages["capture"]
    window.show_page("capture")
    shots = []
    _pick(view, "ranking", None)
    view.ranking.typed.setText("3=1 5")
    view.ranking._typed_edited("3=1 5")
    view.ranking.typed.setFocus()
    shots.append(_grab(app, window, out, "capture-ranking"))
    _pick(view, "points", None)
    boxes = list(view.points._boxes.values())
    for box, value in zip(boxes, (40, 25, 30, 10, 5), strict=False):
        box.setValue(value)
    view.save()
    shots.append(_grab(app, window, out, "capture-points-over-budget"))
    _pick(view, "rating", None)
    for row, value in zip(view.rating.rows, (5, 3), strict=False):
        row.set_value(value)
    if len(view.rating.rows) > 2:
        view.rating.rows[2].setFocus()
    shots.append(_grab(app, window, out, "capture-rating"))
    return shots


def _comments(app, window, out: Path) -> list[Path]:
    view = window.pages["comments"]
    window.show_page("comments")
    entry = view.entry
    entry.text.setPlainText("Adaptation finance has to reach informal settlements first; "
                            "cities cannot wait for national budgets.")
    entry.question.setCurrentIndex(1)
    entry.toggle_option(3)
    entry.set_swot("opportunity")
    entry.star.setChecked(True)
    shots = [_grab(app, window, out, "comments")]
    entry.reset()
    for code, name in (("zh", "comments-chinese"), ("ar", "comments-arabic")):
        view.language_filter.setCurrentIndex(max(view.language_filter.findData(code), 0))
        shots.append(_grab(app, window, out, name))
    view.language_filter.setCurrentIndex(0)
    return shots


def shots_failure_and_help(app, window, out: Path) -> list[Path]:
    from sqlite_utils import Database

    from workshop_app.storage.sessionfile import connect
    from workshop_app.ui.common.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    dialog.show()
    shots = [_grab(app, dialog, out, "shortcuts")]
    dialog.close()
    sf = window.controller.file  # as if the USB stick had been locked: the next commit fails in SQLite
    sf.conn.close()
    sf.conn = connect(sf.path, readonly=True)
    sf.db = Database(sf.conn, execute_plugins=False)
    view = window.pages["comments"]
    window.show_page("comments")
    view.entry.text.setPlainText("The plan needs a clear results framework that cities can report against.")
    view.save()
    shots.append(_grab(app, window, out, "write-failed"))
    return shots


def shots_rtl(app, launcher, folder: Path, out: Path) -> list[Path]:
    """A session in Arabic, the whole window laid out right to left."""
    from PySide6.QtCore import Qt

    from workshop_app.domain.model import Comment
    from workshop_app.ui.launcher import create_session_file

    path = folder / "cairo-ar.workshop"
    create_session_file(path, "unhabitat-2026", {"title": "حوار الدول الأعضاء بشأن الخطة الاستراتيجية 2026-2029",
                                                 "language": "ar", "city": "القاهرة", "country": "مصر",
                                                 "date": "2024-11-05"})
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = _window(launcher, path)
        c = window.controller
        data = c.session_data()
        for text in ("يجب أن تصل تمويلات التكيف إلى الأحياء غير الرسمية أولاً.",
                     "الحوكمة المتعددة المستويات هي المجال الذي يتميز فيه موئل الأمم المتحدة.",
                     "نحتاج إلى بيانات موثوقة على مستوى المدينة."):
            c.save(Comment(session=data.session.id, question=data.questions[3].id, text=text, language="ar",
                           swot="opportunity"))
        window.show_page("comments")
        shots = [_grab(app, window, out, "rtl-comments")]
        window.show_page("capture")
        window.pages["capture"].ranking.typed.setText("2 4 1")
        window.pages["capture"].ranking._typed_edited("2 4 1")
        shots.append(_grab(app, window, out, "rtl-capture"))
        window.pages["capture"].clear_entry()  # the ballot typed, or closing would stop to ask about it
        window.close()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return shots


def render_all(out: Path, *, seed: int = 2024, results: bool = True) -> list[Path]:
    from workshop_app.ui.app import make_application
    from workshop_app.ui.launcher import Launcher

    app = make_application([sys.argv[0]])
    sys.excepthook = sys.__excepthook__  # a script: a bug should stop it, not wait for a click
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["WORKSHOP_APP_HOME"] = str(folder / "home")
        launcher = Launcher()
        shots += shots_start(app, launcher, folder, out)
        window = _window(launcher, _demo_file(folder, seed))
        steps: list[Callable[[], list[Path]]] = [
            lambda: shots_pages(app, window, folder, out),
            lambda: shots_failure_and_help(app, window, out),
        ]
        for step in steps:
            shots += step()
        window.pages["comments"].entry.text.clear()  # the unsaved comment of the failure shot
        window.pages["capture"].clear_entry()  # and the ballot typed, or closing would ask about them
        window.close()
        shots += shots_rtl(app, launcher, folder, out)
    if results:
        from .results import render_all as render_results

        shots += render_results(out, seed=seed)
    return shots


def render_language(out: Path, language: str, *, seed: int = 2024) -> list[Path]:
    """Every stop of tests/ui/tour.py (each view, dialog, menu, the presenter) in ``language``, laid
    out as that language reads (Arabic right to left), as ``OUT/<stop>.png``."""
    os.environ["WORKSHOP_APP_LANG"] = language
    from tests.ui.tour import tour
    from workshop_app.ui.app import make_application

    app = make_application([sys.argv[0]])
    sys.excepthook = sys.__excepthook__
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def visit(widget, name: str) -> None:
        if name.startswith("menu-"):
            name = f"menu-{len([s for s in shots if s.name.startswith('menu-')]) + 1}"
        shots.append(_grab(app, widget, out, name))

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["WORKSHOP_APP_HOME"] = str(Path(tmp) / "home")
        tour(visit, Path(tmp), seed=seed)
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files (e.g. docs/screenshots)")
    parser.add_argument("--scale", type=float, default=None, help="display scaling, e.g. 1.25 or 1.5")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--no-results", action="store_true", help="leave out the results, presenter and synthesis close-ups")
    parser.add_argument("--lang", help="every view and dialog in this language (ar, zh, fr, ru, es, en)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    if args.lang:
        for path in render_language(args.out, args.lang, seed=args.seed):
            print(path)
        return 0
    for path in render_all(args.out, seed=args.seed, results=not args.no_results):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
