"""A tour of every view and dialog of the desktop app on the demo session, for whoever visits.

:func:`tour` opens, once each: the start screen, the New session dialog, every page of the main
window (setup, participants, capture with each kind of question, comments, results and its modes,
synthesis), the menus, the attendance, seats and import previews, the export dialog, the Merge
window with its Conflicts and Framework mapping views on a merged master, the phones panel, the
presenter (hidden and revealed), the keyboard shortcuts, Preferences and the write-failure banner.
At each stop it calls ``visit(widget, name)``: ``tests/ui/test_no_english_left.py`` reads every
text of the widget, ``tests/screenshots`` saves a picture of it.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

Visit = Callable[[QWidget, str], None]
SIZE = (1280, 800)


def settle(app=None) -> None:
    app = app or QApplication.instance()
    for _ in range(4):
        app.processEvents()
    from workshop_app.ui.results.results_chart import ChartView

    for widget in app.topLevelWidgets():
        if widget.isVisible():
            for chart in widget.findChildren(ChartView):
                chart.draw_now()
    for _ in range(2):
        app.processEvents()


def _wait(condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def demo_file(folder: Path, seed: int = 2024) -> Path:
    from workshop_app.samples.demo import build_demo
    from workshop_app.storage import SessionFile

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "Nairobi-dialogue.workshop"
    with SessionFile.create(path) as sf:
        build_demo(sf, seed=seed)
    return path


def merged_master(folder: Path) -> Path:
    """A master merged from two laptops of one venue that disagree (a conflict) and a venue with an
    option of its own (a framework mapping to decide)."""
    from tests.test_merge_support import make_venue, quiet, ranking_question

    from workshop_app.domain import Comment, Option
    from workshop_app.merge import merge_files
    from workshop_app.storage import SessionFile

    folder.mkdir(parents=True, exist_ok=True)
    make_venue(folder / "addis.workshop", venue=0)
    shutil.copyfile(folder / "addis.workshop", folder / "addis-laptop2.workshop")
    for name, text in (("addis", "Intermediate cities need finance."),
                       ("addis-laptop2", "Secondary cities need finance and data.")):
        with quiet(SessionFile.open(folder / f"{name}.workshop")) as sf:
            comment = sorted(sf.all(Comment), key=lambda c: c.id)[0]
            comment.text = text
            sf.save(comment)
    make_venue(folder / "cairo.workshop", venue=1, seed=2)
    with quiet(SessionFile.open(folder / "cairo.workshop")) as sf:
        q = ranking_question(sf, sf.sessions()[0].id)
        sf.save(Option(question=q.id, label="Youth employment", position=8))
    master = folder / "master.workshop"
    SessionFile.create(master).close()
    merge_files(master, [folder / "addis.workshop", folder / "addis-laptop2.workshop", folder / "cairo.workshop"])
    return master


def tour(visit: Visit, folder: Path, *, seed: int = 2024) -> list[str]:
    """Open everything, calling ``visit`` at each stop; returns the names of the stops."""
    from workshop_app.ui.launcher import Launcher

    stops: list[str] = []

    def stop(widget: QWidget, name: str) -> None:
        settle()
        stops.append(name)
        visit(widget, name)

    launcher = Launcher()
    _start(launcher, stop)
    window = launcher.open_path(demo_file(folder, seed))
    window.resize(*SIZE)
    try:
        _pages(window, stop)
        _menus(window, stop)
        _participant_dialogs(window, folder, stop)
        _transfer(window, folder, stop)
        _merge(window, folder, stop)
        _master_synthesis(launcher, folder / "merge" / "master.workshop", stop)
        _side_windows(window, stop)
        _failure(window, stop)
    finally:
        window.pages["comments"].entry.text.clear()
        window.pages["capture"].clear_entry()
        window.close()
        settle()
    return stops


def _start(launcher, stop) -> None:
    from workshop_app.ui.setup.new_session_dialog import NewSessionDialog

    launcher.show_start()
    start = launcher.start_window
    start.resize(*SIZE)
    stop(start, "start")
    dialog = NewSessionDialog(start)
    dialog.title.setText("Dialogue with civil society on the strategic plan")
    dialog.city.setText("Addis Ababa")
    dialog.show()
    stop(dialog, "new-session")
    dialog.close()
    dialog.deleteLater()


def _pages(window, stop) -> None:
    for key in ("setup", "participants"):
        window.show_page(key)
        stop(window, key)
    window.show_page("capture")
    view = window.pages["capture"]
    seen = set()
    for row in range(view.questions_model.rowCount()):
        kind = view.questions_model.question(row).kind
        if kind in seen:
            continue
        seen.add(kind)
        view.question_box.setCurrentIndex(row)
        view.person_box.setCurrentIndex(1)
        stop(window, f"capture-{kind}")
    view.clear_entry()
    window.show_page("comments")
    comments = window.pages["comments"]
    comments.entry.text.setPlainText("Adaptation finance has to reach informal settlements first.")
    comments.entry.question.setCurrentIndex(1)
    stop(window, "comments")
    comments.entry.reset()
    window.show_page("results")
    stop(window, "results")
    results = window.pages["results"]
    results.panel.positions_button.setChecked(True)
    results.by_group.setChecked(True)
    stop(window, "results-by-group")
    results.panel.borda_button.setChecked(True)
    results.by_group.setChecked(False)
    window.show_page("synthesis")
    stop(window, "synthesis")


def _menus(window, stop) -> None:
    window._fill_session_menu()
    for action in window.menuBar().actions():
        menu = action.menu()
        menu.popup(window.mapToGlobal(window.rect().center()))
        stop(menu, f"menu-{action.text()}")
        menu.hide()


def _participant_dialogs(window, folder: Path, stop) -> None:
    import openpyxl

    from workshop_app.ui.participants.attendance import read_attendance
    from workshop_app.ui.participants.attendance_dialog import AttendanceDialog
    from workshop_app.ui.participants.seats_dialog import SeatsDialog

    sheet = folder / "sign-in-sheet.xlsx"
    book = openpyxl.Workbook()
    for row in (["Full name", "Organization", "Constituency", "Country", "Consent to be named"],
                ["Tsegaye Bekele", "Addis Ababa City Administration", "Local government", "Ethiopia", "yes"],
                ["Grace Otieno", "Slum Dwellers International", "NGO", "Kenya", "no"]):
        book.active.append(row)
    book.save(sheet)
    dialog = AttendanceDialog(sheet, read_attendance(window.controller.file, sheet, window.controller.session_id), window)
    dialog.show()
    stop(dialog, "attendance")
    dialog.close()
    seats = SeatsDialog(window)
    seats.show()
    stop(seats, "seats")
    seats.close()


def _transfer(window, folder: Path, stop) -> None:
    from workshop_app.ui.transfer.export_dialog import ExportDialog
    from workshop_app.ui.transfer.import_dialog import ImportDialog

    sheet = folder / "paper-ballots.csv"
    sheet.write_text("Question;Ranking\n1;P3 P1 P5\n1;P1 = P2 P4\n2;\n", encoding="utf-8")
    dialog = ImportDialog(window.controller, window, sheet)
    dialog.show()
    _wait(lambda: not dialog.is_running())
    stop(dialog, "import")
    dialog.close()
    export = ExportDialog(window.controller.file, window.controller.session_id, window)
    export.show()
    stop(export, "export")
    export.close()


def _merge(window, folder: Path, stop) -> None:
    from workshop_app.ui.merge.conflicts_view import ConflictsView
    from workshop_app.ui.merge.mapping_view import MappingView
    from workshop_app.ui.merge.merge_window import MergeWindow

    master = merged_master(folder / "merge")
    merge = MergeWindow(window, master=master)
    merge.add_files([folder / "merge" / "cairo.workshop", folder / "merge" / "addis.workshop"])
    merge.show()
    merge.start(dry_run=True)
    _wait(lambda: not merge.running())
    stop(merge, "merge")
    merge.close()
    conflicts = ConflictsView(master, window)
    conflicts.show()
    stop(conflicts, "conflicts")
    conflicts.reject()
    mapping = MappingView(master, window)
    mapping.show()
    stop(mapping, "mapping")
    mapping.reject()


def _master_synthesis(launcher, master: Path, stop) -> None:
    """The Synthesis view of a master on its "All dialogues" scope: headquarters' own words."""
    from workshop_app.ui.synthesis.synthesis_view import CONSOLIDATED

    window = launcher.open_path(master)
    window.resize(*SIZE)
    try:
        window.show_page("synthesis")
        view = window.pages["synthesis"]
        view.set_scope(CONSOLIDATED)
        view.consolidation.title.setText("Consultations on the strategic plan: what the dialogues said")
        view.consolidation.title.setCursorPosition(0)
        view.consolidation.messages.setPlainText("Housing comes first in both cities.\n"
                                                  "Secondary cities need finance and data.")
        view.consolidation.conclusions.setPlainText("Both dialogues put adequate housing first; Cairo added "
                                                     "youth employment, which the framework does not name.")
        stop(window, "synthesis-consolidated")
    finally:
        window.close()
        settle()


def _side_windows(window, stop) -> None:
    from workshop_app.ui.common.preferences_dialog import PreferencesDialog
    from workshop_app.ui.common.shortcuts_dialog import ShortcutsDialog
    from workshop_app.ui.phones.panel import PhonesPanel

    panel = PhonesPanel(window.controller, window)
    panel.show()
    stop(panel, "phones")
    panel.shutdown()
    panel.close()
    window.open_presenter()
    presenter = window.presenter
    presenter._placed = True
    presenter.resize(1600, 900)
    stop(presenter, "presenter-hidden")
    presenter.set_revealed(True)
    stop(presenter, "presenter")
    presenter.close()
    for dialog, name in ((ShortcutsDialog(window), "shortcuts"), (PreferencesDialog(window), "preferences")):
        dialog.show()
        stop(dialog, name)
        dialog.close()


def _failure(window, stop) -> None:
    """As if the USB stick had been locked: the next save fails, the banner says so."""
    from sqlite_utils import Database

    from workshop_app.storage.sessionfile import connect

    sf = window.controller.file
    sf.conn.close()
    sf.conn = connect(sf.path, readonly=True)
    sf.db = Database(sf.conn, execute_plugins=False)
    window.show_page("comments")
    window.pages["comments"].entry.text.setPlainText("The plan needs a clear results framework.")
    window.pages["comments"].save()
    stop(window, "write-failed")



def speak_english(app) -> None:
    """Undo :func:`workshop_app.ui.app.apply_language` for the tests after: English (its plural
    forms), left to right, the system's locale: as the app starts on an English system."""
    from workshop_app.ui.app import apply_language

    apply_language(app, "en")
