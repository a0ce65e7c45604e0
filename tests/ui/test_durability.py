"""A file that becomes read-only mid-session: the app says so, keeps what was typed, offers a copy.

Tests run as root, so chmod would not stop SQLite. Instead the open connection is swapped for one
opened with ``?mode=ro`` under the SessionFile: the next commit really goes to SQLite and really
fails there ("attempt to write a readonly database"), exactly as a locked or pulled USB stick
makes it fail. Nothing in SessionFile or the controller is replaced.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlite_utils import Database

from workshop_app.storage import SessionFile
from workshop_app.storage.sessionfile import connect


def make_read_only(sf: SessionFile) -> None:
    sf.conn.close()
    sf.conn = connect(sf.path, readonly=True)
    sf.db = Database(sf.conn)


def test_read_only_file_keeps_the_typed_comment_on_screen(qtbot, main_window, controller, reread, tmp_path):
    view = main_window.pages["comments"]
    main_window.show_page("comments")
    view.entry.text.setPlainText("Saved before the stick was pulled")
    qtbot.keyClick(view.entry.text, Qt.Key.Key_Return)
    assert "All changes saved" in main_window.status.text.text()

    make_read_only(controller.file)
    typed = "La vivienda asequible debe ser la prioridad número uno — 住房优先"
    view.entry.text.setPlainText(typed)
    view.entry.star.setChecked(True)
    qtbot.keyClick(view.entry.text, Qt.Key.Key_Return)

    # said at once, in plain words, in three places; nothing claims to be saved
    assert main_window.banner.isVisible()
    assert "read-only" in main_window.banner.text.text() and "NOT saved" in main_window.banner.text.text()
    assert main_window.status.failed
    assert "NOT saved" in main_window.status.text.text()
    assert "All changes saved" not in main_window.status.text.text()
    assert "read-only" in view.entry.status.text()
    # the typed comment and its settings are still on screen, and not in the file
    assert view.entry.text.toPlainText() == typed
    assert view.entry.star.isChecked()
    assert [c.text for c in reread(controller.file.path).comments] == ["Saved before the stick was pulled"]
    assert controller.undo_stack.count() == 1  # the failed step is not on the undo stack

    # save a copy elsewhere, carry on there: Enter now saves the same comment into the copy
    copy_path = tmp_path / "elsewhere" / "rescued.workshop"
    copy_path.parent.mkdir()
    assert main_window.save_copy_elsewhere(str(copy_path))
    assert controller.file.path == copy_path
    assert view.entry.text.toPlainText() == typed
    qtbot.keyClick(view.entry.text, Qt.Key.Key_Return)
    assert not main_window.status.failed and "All changes saved" in main_window.status.text.text()
    rescued = reread(copy_path).comments
    assert [c.text for c in rescued] == ["Saved before the stick was pulled", typed]
    assert rescued[1].starred
    assert "rescued.workshop" in main_window.windowTitle()


def test_read_only_file_keeps_the_ballot_on_screen(qtbot, main_window, controller, reread):
    view = main_window.pages["capture"]
    main_window.show_page("capture")
    row = next(r for r in range(view.questions_model.rowCount()) if view.questions_model.question(r).kind == "ranking")
    view.question_box.setCurrentIndex(row)
    view.person_box.setCurrentIndex(view.people_model.find("Amina"))
    make_read_only(controller.file)
    qtbot.keyClicks(view.ranking.typed, "2 1")
    qtbot.keyClick(view.ranking.typed, Qt.Key.Key_Return)
    assert main_window.banner.isVisible() and main_window.status.failed
    assert "NOT saved" in view.problem.text()
    assert view.ranking.typed.text() == "2 1"
    assert view.person_box.currentText().startswith("Amina")  # did not move on
    assert reread(controller.file.path).ballots == []
    # carrying on in a copy keeps the typed order; Enter then saves it there
    copy_path = controller.file.path.with_name("rescued.workshop")
    assert main_window.save_copy_elsewhere(str(copy_path))
    assert view.ranking.typed.text() == "2 1" and view.person_box.currentText().startswith("Amina")
    qtbot.keyClick(view.ranking.typed, Qt.Key.Key_Return)
    saved = reread(copy_path).ballots
    assert len(saved) == 1 and len(saved[0].ranking) == 2


def test_copy_onto_an_existing_file_is_refused(qtbot, main_window, controller, tmp_path):
    existing = tmp_path / "taken.workshop"
    existing.write_bytes(b"something")
    assert not main_window.save_copy_elsewhere(str(existing))
    assert "already exists" in main_window.banner.text.text()
    assert controller.file.path.name == "venue.workshop"
    assert existing.read_bytes() == b"something"


def test_handover_copy_is_sealed_and_the_session_stays_open(qtbot, main_window, controller, tmp_path):
    from workshop_app.storage import open_readonly, seal_status

    target = tmp_path / "handover" / "venue-sealed.workshop"
    target.parent.mkdir()
    assert main_window.handover_copy(str(target))
    with open_readonly(target) as sealed:
        status = seal_status(sealed)
        assert status.sealed and status.ok
        assert len(sealed.load_session(controller.session_id).participants) == 4
    assert "Sealed copy written" in main_window.statusBar().currentMessage()
    assert controller.file.path.name == "venue.workshop"  # still working in the original
