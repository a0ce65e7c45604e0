"""Starting the app: new from template, recent files, dropping a file, errors, settings, reopening."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop_app.domain.model import Ballot, Comment
from workshop_app.storage import SessionFile
from workshop_app.ui.launcher import Launcher
from workshop_app.ui.new_session_dialog import NewSessionDialog, file_name_for
from workshop_app.ui.settings import app_settings, recent_files


class QuietLauncher(Launcher):
    """The real launcher, with its warnings collected instead of shown in a modal box."""

    def __init__(self):
        super().__init__()
        self.reports: list[str] = []

    def report(self, parent, text: str) -> None:
        self.reports.append(text)


@pytest.fixture
def launcher(qapp):
    launcher = QuietLauncher()
    yield launcher
    for window in list(launcher.windows):
        window.close()
    if launcher.start_window is not None:
        launcher.start_window.close()


def test_new_session_from_the_template_through_the_dialog(qtbot, launcher, tmp_path, reread):
    dialog = NewSessionDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Dialogue with civil society")
    qtbot.keyClicks(dialog.city, "Cairo")
    dialog.date.setText("2024-11-05")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.path().name == "cairo-dialogue-with-civil-society.workshop"
    dialog.file.setText(str(tmp_path / "wuf12.workshop"))
    dialog._accept()
    assert dialog.result() == NewSessionDialog.DialogCode.Accepted

    window = launcher.create(dialog.path(), dialog.template_name(), dialog.details())
    assert window is not None and window.isVisible()
    data = window.controller.session_data()
    assert (data.session.title, data.session.city, data.session.date, data.session.language) == (
        "Dialogue with civil society", "Cairo", "2024-11-05", "fr")
    assert [q.kind for q in data.questions] == ["ranking", "points", "rating", "open"]
    ranking = data.options_of(data.questions[0].id)
    assert [o.key for o in ranking] == ["P1", "P2", "P3", "P4", "P5"]
    assert ranking[0].label.startswith("Accès universel")  # the framework in the session's language
    assert window.current_page() == "capture"
    assert recent_files()[0] == (tmp_path / "wuf12.workshop").resolve()


def test_the_dialog_needs_a_title_and_a_new_file(qtbot, tmp_path):
    dialog = NewSessionDialog()
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.problem.text() == "Give the session a title."
    taken = tmp_path / "taken.workshop"
    taken.write_bytes(b"")
    dialog.title.setText("x")
    dialog.file.setText(str(taken))
    dialog._accept()
    assert "already exists" in dialog.problem.text()
    assert file_name_for("Africa Urban Forum: dialogue!", "Addis Ababa") == "addis-ababa-africa-urban-forum-dialogue.workshop"


def test_another_file_as_template_copies_its_questions(qtbot, launcher, session_path, tmp_path):
    window = launcher.create(tmp_path / "second.workshop", str(session_path),
                             {"title": "Second venue", "language": "es", "city": "Madrid"})
    data = window.controller.session_data()
    assert data.session.title == "Second venue" and data.session.language == "es"
    assert len(data.questions) == 4 and data.participants == []


def test_start_window_lists_recent_files_and_opens_a_dropped_file(qtbot, launcher, session_path, tmp_path):
    launcher.remember(session_path)
    launcher.show_start()
    start = launcher.start_window
    qtbot.waitExposed(start)
    assert start.recent.rowCount() == 1
    assert start.recent.data(start.recent.index(0)).startswith("venue.workshop")

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(session_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    start.dropEvent(event)
    assert len(launcher.windows) == 1
    assert launcher.windows[0].controller.file.path == session_path
    assert not start.isVisible()
    # opening it again raises the same window instead of a second one (the file is locked)
    assert launcher.open_path(session_path) is launcher.windows[0]


def test_unusable_files_are_refused_in_one_sentence(qtbot, launcher, tmp_path):
    junk = tmp_path / "notes.workshop"
    junk.write_text("these are my notes, not a session file")
    assert launcher.open_path(junk) is None
    assert launcher.reports and "\n" not in launcher.reports[0]
    assert launcher.windows == []


def test_a_file_open_in_another_window_is_refused(qtbot, launcher, session_path):
    with SessionFile.open(session_path):
        assert launcher.open_path(session_path) is None
    assert "already open" in launcher.reports[0]


def test_demo_opens_a_fresh_copy(qtbot, launcher):
    window = launcher.open_demo()
    assert window is not None
    data = window.controller.session_data()
    assert data.participants and data.comments
    assert Path(os.environ["WORKSHOP_APP_HOME"]) in window.controller.file.path.parents


def test_settings_live_in_the_app_home(qapp, tmp_path):
    settings = app_settings()
    assert Path(settings.fileName()).parent == Path(os.environ["WORKSHOP_APP_HOME"])


def test_unexpected_errors_show_a_dialog_naming_the_log_file(qtbot, qapp, caplog):
    from workshop_app.host.paths import log_file
    from workshop_app.ui import error_dialog

    seen = {}

    def close_box():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, close_box)
            return
        seen["text"] = box.text()
        box.accept()

    QTimer.singleShot(0, close_box)
    try:
        raise RuntimeError("a bug in a view")
    except RuntimeError as exc:
        error_dialog.excepthook(type(exc), exc, exc.__traceback__)
    assert str(log_file()) in seen["text"] and "RuntimeError" in seen["text"]
    assert "a bug in a view" in caplog.text and "Traceback" in caplog.text  # the full story is logged


def test_reopening_the_file_shows_everything(qtbot, launcher, session_path):
    window = launcher.open_path(session_path)
    c = window.controller
    data = c.session_data()
    q = data.questions[0]
    o = data.options_of(q.id)
    assert c.save(Ballot(session=data.session.id, question=q.id, participant=data.participants[0].id,
                         ranking=[[o[1].id], [o[0].id]]))
    assert c.save(Comment(session=data.session.id, text="Reopen me, 请 شكرا", starred=True))
    window.close()
    assert launcher.windows == []

    again = launcher.open_path(session_path)
    capture = again.pages["capture"]
    capture.question_box.setCurrentIndex(0)
    assert capture.ballots_model.rowCount() == 1
    assert capture.ballots_model.data(capture.ballots_model.index(0, 1)) == "P2 › P1"
    comments = again.pages["comments"].model
    assert [r.text for r in comments.records()] == ["Reopen me, 请 شكرا"]
    assert again.pages["participants"].model.rowCount() == 4
    assert "1 ballots" in again.counts.text() or "1 ballot" in again.counts.text()


def test_french_translation_is_shipped_and_loads(qapp):
    from PySide6.QtCore import QCoreApplication

    from workshop_app.ui.app import load_translations
    from workshop_app.ui.vocab import swot_labels

    installed = load_translations(qapp, "fr")
    try:
        assert installed, "resources/translations/workshop_app_fr.qm should load"
        assert swot_labels()["strength"] == "Force"
        assert QCoreApplication.translate("SaveStatus", "All changes saved") == \
            "Toutes les modifications sont enregistrées"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert swot_labels()["strength"] == "Strength"


def test_run_gui_opens_the_file_and_returns_when_it_is_closed(qapp, session_path, monkeypatch):
    import sys

    from workshop_app.ui.app import run_gui

    def close_all():
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if not windows:
            QTimer.singleShot(20, close_all)
            return
        for window in windows:
            assert session_path.name in window.windowTitle()
            window.close()

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own; put it back after
    QTimer.singleShot(0, close_all)
    assert run_gui(str(session_path)) == 0
    assert recent_files()[0] == session_path.resolve()


def test_pages_by_keyboard_and_optional_entries(qtbot, session_path, launcher):
    from workshop_app.ui.main_window import available

    window = launcher.open_path(session_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for n, key in enumerate(window.page_keys(), start=1):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key(Qt.Key.Key_0.value + n),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == key
    assert window.page_keys()[:4] == ["setup", "participants", "capture", "comments"]
    assert ("results" in window.page_keys()) == available("results")
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert ("Export…" in menu_texts) == available("export")
    assert "Handover copy…" in menu_texts
