"""Closing with a ballot typed, and undoing saves, typed as a facilitator types (keys to the window).

Checks are made on the file on disk. Dialogs are modal: the key meant for one is pressed once it is
the active modal widget (``when_dialog``), as a person answers the question the app asks.
"""

from __future__ import annotations

from keyboard import activate, focused, press, type_text
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def ranking_question(controller):
    return next(q for q in controller.session_data().questions if q.kind == "ranking")


def open_capture(qtbot, window):
    activate(qtbot, window)
    window.show_page("capture")
    return window.pages["capture"]


def when_dialog(qtbot, keys: str, seen: dict) -> None:
    """Press ``keys`` in the next message box, once it is open."""

    tries = iter(range(150))

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if next(tries, None) is not None:  # give up after 3 s: the test then fails on what it saw
                QTimer.singleShot(20, answer)
            return
        seen["name"], seen["text"] = box.objectName(), box.text()
        press(qtbot, keys)

    QTimer.singleShot(0, answer)


# -- item 4: closing with a typed ballot -----------------------------------------------------------
def test_closing_with_a_typed_ranking_asks_and_cancel_keeps_it(qtbot, main_window, controller, reread):
    view = open_capture(qtbot, main_window)
    type_text(qtbot, "3 1")
    seen: dict = {}
    when_dialog(qtbot, "Esc", seen)
    main_window.close()  # the close button in the title bar
    assert seen["name"] == "unsavedBallot" and "Amina Diallo" in seen["text"]
    assert main_window.isVisible() and controller.file.conn is not None
    assert view.ranking.typed.text() == "3 1"
    assert reread(controller.file.path).ballots_of(ranking_question(controller).id) == []
    view.clear_entry()


def test_closing_with_a_typed_ranking_and_enter_saves_it_first(qtbot, main_window, controller, reread):
    open_capture(qtbot, main_window)
    q = ranking_question(controller)
    amina = next(p for p in controller.session_data().participants if p.name == "Amina Diallo")
    type_text(qtbot, "3 1")
    seen: dict = {}
    when_dialog(qtbot, "Enter", seen)
    main_window.close()  # the close button in the title bar
    assert seen["name"] == "unsavedBallot"
    assert not main_window.isVisible()
    ballots = reread(controller.file.path).ballots_of(q.id)
    assert [(b.participant, len(b.ranking)) for b in ballots] == [(amina.id, 2)]


def test_closing_and_discarding_the_typed_ranking(qtbot, main_window, controller, reread):
    open_capture(qtbot, main_window)
    type_text(qtbot, "3 1")
    seen: dict = {}
    when_dialog(qtbot, "Alt+D", seen)
    main_window.close()  # the close button in the title bar
    assert seen["name"] == "unsavedBallot" and not main_window.isVisible()
    assert reread(controller.file.path).ballots_of(ranking_question(controller).id) == []


def test_closing_with_nothing_typed_asks_nothing(qtbot, main_window, controller):
    open_capture(qtbot, main_window)
    type_text(qtbot, "1")
    press(qtbot, "Enter")  # saved: nothing pending
    main_window.close()  # the close button in the title bar
    assert not main_window.isVisible()


# -- item 6: Ctrl+Z ---------------------------------------------------------------------------------
def test_ctrl_z_undoes_typing_first_then_the_last_save(qtbot, main_window, controller, reread):
    view = open_capture(qtbot, main_window)
    q = ranking_question(controller)
    type_text(qtbot, "1 2")
    press(qtbot, "Enter")
    assert len(reread(controller.file.path).ballots_of(q.id)) == 1
    link = main_window.undo_link
    assert link.undo_button.isVisible() and link.undo_button.text().startswith("Undo: Ballot of Amina Diallo")

    type_text(qtbot, "3 4")
    press(qtbot, "Ctrl+Z")  # the field's own typing goes first
    assert view.ranking.typed.text() != "3 4"
    assert len(reread(controller.file.path).ballots_of(q.id)) == 1
    while view.ranking.typed.text():
        press(qtbot, "Ctrl+Z")
    press(qtbot, "Ctrl+Z")  # an empty field: the last save is undone
    assert reread(controller.file.path).ballots_of(q.id) == []
    assert focused() is view.ranking.typed
    assert "Undone: Ballot of Amina Diallo" in link.message.text()
    assert "Saved the ballot" not in view.problem.text()

    press(qtbot, "Ctrl+Shift+Z")  # and redone
    assert len(reread(controller.file.path).ballots_of(q.id)) == 1
    assert "Redone: Ballot of Amina Diallo" in link.message.text()


def test_the_undo_link_in_the_status_line_undoes_the_last_save(qtbot, main_window, controller, reread):
    from PySide6.QtCore import Qt

    open_capture(qtbot, main_window)
    q = ranking_question(controller)
    type_text(qtbot, "2")
    press(qtbot, "Enter")
    qtbot.mouseClick(main_window.undo_link.undo_button, Qt.MouseButton.LeftButton)
    assert reread(controller.file.path).ballots_of(q.id) == []
    assert not main_window.undo_link.undo_button.isVisible()


def test_undoing_an_added_participant_does_not_put_the_name_back(qtbot, main_window, controller, reread):
    activate(qtbot, main_window)
    press(qtbot, "Ctrl+2")  # Participants
    quick = main_window.pages["participants"].quick
    assert focused() is quick.name
    type_text(qtbot, "Kofi Mensah")
    press(qtbot, "Enter")
    assert any(p.name == "Kofi Mensah" for p in reread(controller.file.path).participants)
    assert "Undo: Add participant Kofi Mensah" in main_window.undo_link.undo_button.text()
    press(qtbot, "Ctrl+Z")
    assert not any(p.name == "Kofi Mensah" for p in reread(controller.file.path).participants)
    assert quick.name.text() == "", "the name is not put back, ready to be added twice"
    press(qtbot, "Enter")  # Enter on the empty row adds nobody
    assert len(reread(controller.file.path).participants) == 4


def test_ctrl_z_in_the_comment_box_undoes_typing_then_the_saved_comment(qtbot, main_window, controller, reread):
    activate(qtbot, main_window)
    main_window.show_page("comments")
    view = main_window.pages["comments"]
    type_text(qtbot, "More parks")
    press(qtbot, "Enter")
    assert [c.text for c in reread(controller.file.path).comments] == ["More parks"]
    type_text(qtbot, "Bus")
    press(qtbot, "Ctrl+Z")
    assert view.entry.text.toPlainText() != "Bus"
    assert len(reread(controller.file.path).comments) == 1
    view.entry.text.clear()
    press(qtbot, "Ctrl+Z")
    assert reread(controller.file.path).comments == []
    assert view.entry.status.text() != "Comment saved."
    assert "Undone: Add comment" in main_window.undo_link.message.text()


def test_closing_with_points_that_cannot_be_saved_yet_keeps_the_window_open(qtbot, main_window, controller, reread):
    view = open_capture(qtbot, main_window)
    press(qtbot, "Alt+Q")
    press(qtbot, "Down")  # the points question
    assert view.question().kind == "points"
    press(qtbot, "Alt+P")
    press(qtbot, "Enter")  # the suggested person: on to the first box
    type_text(qtbot, "30")
    assert view.points.total() == 30
    seen: dict = {}
    when_dialog(qtbot, "Enter", seen)  # Save it: but 70 points are still to give
    main_window.close()
    assert seen["name"] == "unsavedBallot"
    assert main_window.isVisible(), "a ballot that cannot be saved keeps the window open"
    assert "still to give" in view.problem.text()
    assert reread(controller.file.path).ballots_of(view.question().id) == []
    view.clear_entry()
