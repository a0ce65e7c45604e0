"""Setup through the real widgets: session details, questions of each kind, options, framework keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.domain.model import Question


def page(window):
    window.show_page("setup")
    return window.pages["setup"]


def test_details_are_saved_field_by_field_and_undoable(qtbot, main_window, controller, reread):
    view = page(main_window)
    title = view.form.edits["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Member States dialogue, WUF12")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    view.form.edits["venue"].setText("Egypt International Exhibition Center")
    view.form.edits["venue"].editingFinished.emit()
    view.form.language.setCurrentIndex(view.form.language.findData("ar"))
    view.form.language.activated.emit(view.form.language.currentIndex())
    session = reread(controller.file.path).session
    assert (session.title, session.venue, session.language) == (
        "Member States dialogue, WUF12", "Egypt International Exhibition Center", "ar")
    assert "Member States dialogue, WUF12" in main_window.windowTitle()
    controller.undo_stack.undo()
    assert reread(controller.file.path).session.language == "en"
    assert view.form.language.currentData() == "en"


def test_a_bad_date_is_refused_and_kept_on_screen(qtbot, main_window, controller, reread):
    view = page(main_window)
    date = view.form.edits["date"]
    date.setText("2024-9-4")
    date.editingFinished.emit()
    assert "year-month-day" in view.form.message.text()
    assert date.text() == "2024-9-4"
    assert reread(controller.file.path).session.date == "2024-09-04"


def test_questions_of_each_kind_reorder_remove(qtbot, main_window, controller, reread):
    editor = page(main_window).questions
    before = len(controller.session_data().questions)
    points = editor.add_question("points")
    assert points is not None and editor.current_question().id == points.id
    editor.prompt.setText("Share 10 tokens between the transitions.")
    editor.prompt.editingFinished.emit()
    editor.budget.setValue(10)
    rating = editor.add_question("rating")
    editor.scale_max.setValue(7)
    stored = {q.id: q for q in reread(controller.file.path).questions}
    assert stored[points.id].budget == 10 and stored[points.id].prompt.startswith("Share 10 tokens")
    assert stored[rating.id].scale_max == 7 and len(stored) == before + 2

    editor.list.setCurrentIndex(editor.questions.index(editor.questions.row_of(rating.id)))
    editor.move_question(-1)
    order = [q.id for q in reread(controller.file.path).questions]
    assert order.index(rating.id) == order.index(points.id) - 1
    editor.remove_question()
    assert rating.id not in {q.id for q in reread(controller.file.path).questions}
    controller.undo_stack.undo()
    assert rating.id in {q.id for q in reread(controller.file.path).questions}


def test_options_from_the_framework_keep_their_keys(qtbot, main_window, controller, reread):
    editor = page(main_window).questions
    q = editor.add_question("ranking")
    assert [k for k, _ in editor.framework_items()] == ["P1", "P2", "P3", "P4", "P5"]
    editor.add_framework_options(editor.framework_items()[2:4])
    assert [k for k, _ in editor.framework_items()] == ["P1", "P2", "P5"]
    editor.add_option("Food systems")
    options = reread(controller.file.path).options_of(q.id)
    assert [(o.key, o.position) for o in options] == [("P3", 0), ("P4", 1), (None, 2)]
    assert options[0].label.startswith("Effective climate action")

    # edit a key in place, move the new option up, remove one
    model = editor.options
    assert model.setData(model.index(2, model.column_of("key")), "T1")
    editor.option_table.selectRow(2)
    editor.move_option(-1)
    options = reread(controller.file.path).options_of(q.id)
    assert [o.key for o in options] == ["P3", "T1", "P4"]
    editor.option_table.selectRow(0)
    editor.remove_option()
    assert [o.key for o in reread(controller.file.path).options_of(q.id)] == ["T1", "P4"]


def test_top_n_and_kind_change(qtbot, main_window, controller, reread):
    editor = page(main_window).questions
    q = editor.add_question("ranking")
    editor.top_n.setValue(3)
    assert controller.file.get(Question, q.id).top_n == 3
    editor.top_n.setValue(0)  # "all options"
    assert controller.file.get(Question, q.id).top_n is None
    editor.kind.setCurrentIndex(editor.kind.findData("points"))
    editor.kind.activated.emit(editor.kind.currentIndex())
    changed = controller.file.get(Question, q.id)
    assert changed.kind == "points" and changed.budget == 100
    assert not editor.top_n.isVisible() and editor.budget.isVisible()


def test_kind_cannot_change_once_ballots_exist(qtbot, main_window, controller, reread):
    from workshop_app.domain.model import Ballot

    data = controller.session_data()
    ranking = next(q for q in data.questions if q.kind == "ranking")
    controller.save(Ballot(session=data.session.id, question=ranking.id,
                           ranking=[[data.options_of(ranking.id)[0].id]]))
    editor = page(main_window).questions
    editor.list.setCurrentIndex(editor.questions.index(editor.questions.row_of(ranking.id)))
    editor.kind.setCurrentIndex(editor.kind.findData("rating"))
    editor.kind.activated.emit(editor.kind.currentIndex())
    assert "already has ballots" in editor.message.text()
    assert controller.file.get(Question, ranking.id).kind == "ranking"
    assert editor.kind.currentData() == "ranking"
