"""Capture through the real widgets: typed, clicked and dragged rankings, points, ratings."""

from __future__ import annotations

import copy

from PySide6.QtCore import QItemSelectionModel, Qt

from workshop_app.domain.model import Question


def capture(window):
    window.show_page("capture")
    return window.pages["capture"]


def pick(view, kind: str, who: str | None) -> Question:
    """Select the template's question of ``kind`` and a participant by name (None: anonymous)."""
    row = next(r for r in range(view.questions_model.rowCount()) if view.questions_model.question(r).kind == kind)
    view.question_box.setCurrentIndex(row)
    if who is None:
        view.person_box.setCurrentIndex(0)
    else:
        view.person_box.setCurrentIndex(view.people_model.find(who))
    return view.question()


def opts(controller, question):
    return controller.session_data().options_of(question.id)


def test_typed_order_with_a_tie_saves_and_moves_to_the_next_person(qtbot, main_window, controller, reread):
    view = capture(main_window)
    q = pick(view, "ranking", "Amina Diallo")
    o = opts(controller, q)
    view.ranking.typed.setFocus()
    qtbot.keyClicks(view.ranking.typed, "3=1 5")
    # the other two views follow the typing
    assert view.ranking.ranked_model.rowCount() == 3
    assert view.ranking._buttons[o[2].id].isChecked() and view.ranking._buttons[o[0].id].isChecked()
    assert not view.ranking._buttons[o[1].id].isChecked()
    qtbot.keyClick(view.ranking.typed, Qt.Key.Key_Return)

    ballots = reread(controller.file.path).ballots_of(q.id)
    assert len(ballots) == 1
    assert ballots[0].ranking == [[o[2].id, o[0].id], [o[4].id]]
    amina = next(p for p in controller.session_data().participants if p.name == "Amina Diallo")
    assert ballots[0].participant == amina.id
    # the next participant without a ballot is selected, the entry is empty and has the focus
    assert view.person_box.currentText().startswith("Wang Fang")
    assert view.ranking.typed.text() == ""
    assert view.ranking.typed.hasFocus()
    assert view.ballots_model.rowCount() == 1


def test_clicking_in_order_with_shift_for_a_tie(qtbot, main_window, controller, reread):
    view = capture(main_window)
    q = pick(view, "ranking", "Wang Fang")
    o = opts(controller, q)
    qtbot.mouseClick(view.ranking._buttons[o[1].id], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.ranking._buttons[o[3].id], Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier)
    qtbot.mouseClick(view.ranking._buttons[o[0].id], Qt.MouseButton.LeftButton)
    assert view.ranking.typed.text() == "2=4 1"
    ranked = [view.ranking.ranked_model.index(r).data() for r in range(3)]
    assert ranked[0].startswith("1=") and ranked[1].startswith("1=") and ranked[2].startswith("3")
    # clicking a ranked option takes it out again
    qtbot.mouseClick(view.ranking._buttons[o[0].id], Qt.MouseButton.LeftButton)
    assert view.ranking.typed.text() == "2=4"
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert reread(controller.file.path).ballots_of(q.id)[0].ranking == [[o[1].id, o[3].id]]


def drop(model, option_id: str, row: int, parent=None) -> None:
    """What a drag-and-drop does: the source's mime data dropped on the target model."""
    from PySide6.QtCore import QByteArray, QMimeData, QModelIndex

    from workshop_app.ui.capture.ranking_model import MIME

    mime = QMimeData()
    mime.setData(MIME, QByteArray(option_id.encode()))
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, row, 0, parent or QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, row, 0, parent or QModelIndex())


def test_drag_and_drop_orders_ties_and_stays_in_sync(qtbot, main_window, controller, reread):
    view = capture(main_window)
    q = pick(view, "ranking", "Carlos Rivera")
    o = opts(controller, q)
    ranked, pool = view.ranking.ranked_model, view.ranking.pool_model
    drop(ranked, pool.option_id(4), -1)  # P5 to the end of the (empty) ranking
    drop(ranked, pool.option_id(1), 0)  # P2 before P5
    drop(ranked, pool.option_id(0), -1, ranked.index(1))  # P1 onto P5: tied
    assert view.ranking.typed.text() == "2 5=1"
    assert pool.rowCount() == 2
    drop(pool, o[1].id, 0)  # dragging P2 back un-ranks it
    assert view.ranking.typed.text() == "5=1"
    assert not view.ranking._buttons[o[1].id].isChecked()
    # keyboard in the ranked list: Ctrl+Down moves P1 out of the tie, below P5
    view.ranking.ranked_view.setFocus()
    view.ranking.ranked_view.setCurrentIndex(ranked.index(1))
    qtbot.keyClick(view.ranking.ranked_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.ranking.typed.text() == "5 1"
    qtbot.keyClick(view.ranking.typed, Qt.Key.Key_Return)
    assert reread(controller.file.path).ballots_of(q.id)[0].ranking == [[o[4].id], [o[0].id]]


def set_top_n(window, question_id: str, n: int) -> None:
    window.show_page("setup")
    editor = window.pages["setup"].questions
    editor.list.setCurrentIndex(editor.questions.index(editor.questions.row_of(question_id)))
    editor.top_n.setValue(n)


def test_top_n_is_enforced_in_all_three_views(qtbot, main_window, controller, reread):
    q0 = next(q for q in controller.session_data().questions if q.kind == "ranking")
    set_top_n(main_window, q0.id, 2)
    assert controller.file.get(Question, q0.id).top_n == 2
    view = capture(main_window)
    q = pick(view, "ranking", "Amina Diallo")
    o = opts(controller, q)
    qtbot.keyClicks(view.ranking.typed, "1 2 3")
    assert "top 2" in view.problem.text()
    qtbot.keyClick(view.ranking.typed, Qt.Key.Key_Return)
    assert reread(controller.file.path).ballots_of(q.id) == []  # refused, nothing stored
    assert view.ranking.typed.text() == "1 2 3"  # and nothing typed is lost
    view.ranking.typed.clear()
    qtbot.keyClicks(view.ranking.typed, "4")
    qtbot.mouseClick(view.ranking._buttons[o[1].id], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.ranking._buttons[o[2].id], Qt.MouseButton.LeftButton)  # a third: refused
    assert not view.ranking._buttons[o[2].id].isChecked()
    assert "top 2" in view.problem.text()
    qtbot.keyClick(view.ranking.typed, Qt.Key.Key_Return)
    assert reread(controller.file.path).ballots_of(q.id)[0].ranking == [[o[3].id], [o[1].id]]


def test_points_over_budget_are_refused_with_the_amount(qtbot, main_window, controller, reread):
    view = capture(main_window)
    q = pick(view, "points", "Amina Diallo")
    o = opts(controller, q)
    boxes = view.points._boxes
    boxes[o[0].id].setValue(60)
    assert view.points.remaining.text() == "40 of 100 points left"
    boxes[o[2].id].setValue(50)
    assert view.points.remaining.text() == "10 points over the budget of 100"
    boxes[o[2].id].setFocus()
    qtbot.keyClick(boxes[o[2].id], Qt.Key.Key_Return)
    assert "10 over the budget of 100" in view.problem.text()
    assert reread(controller.file.path).ballots_of(q.id) == []
    assert boxes[o[0].id].value() == 60 and boxes[o[2].id].value() == 50  # kept on screen
    boxes[o[2].id].setValue(40)
    assert view.points.remaining.text() == "All 100 points given"
    qtbot.keyClick(boxes[o[2].id], Qt.Key.Key_Return)
    assert reread(controller.file.path).ballots_of(q.id)[0].points == {o[0].id: 60, o[2].id: 40}


def test_ratings_by_keyboard(qtbot, main_window, controller, reread):
    view = capture(main_window)
    q = pick(view, "rating", "Wang Fang")
    o = opts(controller, q)
    view.focus_entry()
    assert view.rating.rows[0].hasFocus()
    qtbot.keyClicks(view.rating.rows[0], "4")  # focus moves on by itself
    qtbot.keyClicks(view.rating.rows[1], "5")
    qtbot.keyClicks(view.rating.rows[2], "2")
    assert [r.value() for r in view.rating.rows] == [4, 5, 2]
    qtbot.keyClick(view.rating.rows[2], Qt.Key.Key_Return)
    assert reread(controller.file.path).ballots_of(q.id)[0].ratings == {o[0].id: 4, o[1].id: 5, o[2].id: 2}


def test_anonymous_ballots_and_editing_and_deleting_from_the_list(qtbot, main_window, controller, reread):
    view = capture(main_window)
    q = pick(view, "ranking", None)
    for typed in ("1 2", "2 1"):
        qtbot.keyClicks(view.ranking.typed, typed)
        qtbot.keyClick(view.ranking.typed, Qt.Key.Key_Return)
        assert view.person_box.currentIndex() == 0  # stays anonymous for the next one
    ballots = reread(controller.file.path).ballots_of(q.id)
    assert len(ballots) == 2 and all(b.participant is None for b in ballots)

    # pick the first ballot in the list, change it, save: same ballot, new revision
    first = view.ballots_model.index(0, 0)
    view.ballots.selectionModel().select(first, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                         | QItemSelectionModel.SelectionFlag.Rows)
    view._ballot_activated(first)
    assert view.ranking.typed.text() == "1 2"
    view.ranking.typed.clear()
    qtbot.keyClicks(view.ranking.typed, "3")
    qtbot.keyClick(view.ranking.typed, Qt.Key.Key_Return)
    again = reread(controller.file.path).ballots_of(q.id)
    assert len(again) == 2
    edited = next(b for b in again if b.id == ballots[0].id)
    assert edited.rev == 2 and len(edited.ranking) == 1

    view.ballots.setFocus()
    view.ballots.selectRow(1)
    qtbot.keyClick(view.ballots, Qt.Key.Key_Delete)
    assert len(reread(controller.file.path).ballots_of(q.id)) == 1
    controller.undo_stack.undo()
    assert len(reread(controller.file.path).ballots_of(q.id)) == 2
    assert view.ballots_model.rowCount() == 2


def test_changing_the_participant_loads_their_ballot(qtbot, main_window, controller):
    view = capture(main_window)
    q = pick(view, "ranking", "Amina Diallo")
    qtbot.keyClicks(view.ranking.typed, "5 4")
    qtbot.keyClick(view.ranking.typed, Qt.Key.Key_Return)
    view.person_box.setCurrentIndex(view.people_model.find("Amina Diallo"))
    assert view.editing is not None and view.editing.question == q.id
    assert view.ranking.typed.text() == "5 4"
    assert "Editing" in view.mode.text()
    edited = copy.deepcopy(view.editing)
    assert edited.participant is not None


def test_typing_a_name_then_enter_goes_to_the_entry(qtbot, main_window):
    view = capture(main_window)
    pick(view, "ranking", None)
    line = view.person_box.lineEdit()
    line.setFocus()
    line.setText("carlos")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert view.person_box.currentText().startswith("Carlos Rivera")
    assert view.ranking.typed.hasFocus()
