"""Comments through the real widgets: Enter saves, shortcuts link and classify, filter, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.domain.model import Comment
from workshop_app.ui.comments.comments_model import CommentsModel, guess_language


def page(window):
    window.show_page("comments")
    return window.pages["comments"]


def alt(qtbot, widget, key):
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)


def test_enter_saves_and_shift_enter_is_a_new_line(qtbot, main_window, controller, reread):
    view = page(main_window)
    box = view.entry.text
    assert box.hasFocus()
    qtbot.keyClicks(box, "Housing first")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "then finance")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    comments = reread(controller.file.path).comments
    assert [c.text for c in comments] == ["Housing first\nthen finance"]
    assert box.toPlainText() == "" and box.hasFocus()
    assert view.model.rowCount() == 1
    assert "saved" in view.entry.status.text()


def test_shortcuts_link_classify_star_and_pick_the_speaker(qtbot, main_window, controller, reread):
    view = page(main_window)
    entry = view.entry
    box = entry.text
    data = controller.session_data()
    ranking = data.questions[0]
    alt(qtbot, box, Qt.Key.Key_0)
    alt(qtbot, box, Qt.Key.Key_0)  # no links at all
    assert entry.question_id() is None
    alt(qtbot, box, Qt.Key.Key_1)  # no question linked: Alt+1 links question 1
    assert entry.question_id() == ranking.id
    alt(qtbot, box, Qt.Key.Key_3)  # now Alt+3 links option 3 of it
    assert entry.option_id() == data.options_of(ranking.id)[2].id
    alt(qtbot, box, Qt.Key.Key_O)
    alt(qtbot, box, Qt.Key.Key_T)  # the last SWOT pressed wins
    alt(qtbot, box, Qt.Key.Key_K)
    assert entry.swot() == "threat" and entry.star.isChecked()
    alt(qtbot, box, Qt.Key.Key_P)
    assert entry.speaker.lineEdit().hasFocus()
    entry.speaker.lineEdit().setText("fatima")
    qtbot.keyClick(entry.speaker.lineEdit(), Qt.Key.Key_Return)
    assert box.hasFocus()
    alt(qtbot, box, Qt.Key.Key_G)
    qtbot.keyClicks(entry.tags, "climate, Finance ,climate")
    qtbot.keyClick(entry.tags, Qt.Key.Key_Return)
    box.setPlainText("Heatwaves hit informal settlements first; adaptation finance must reach them.")
    qtbot.keyClick(box, Qt.Key.Key_Return)

    saved = reread(controller.file.path).comments[0]
    fatima = next(p for p in data.participants if p.name == "Fatima Al-Sayed")
    assert saved.question == ranking.id and saved.option == data.options_of(ranking.id)[2].id
    assert (saved.swot, saved.starred, saved.participant) == ("threat", True, fatima.id)
    assert saved.tags == ["climate", "Finance"]
    # ready for the next one: the question stays, the rest is cleared
    assert entry.question_id() == ranking.id
    assert entry.option_id() is None and entry.swot() is None and not entry.star.isChecked()
    assert entry.speaker_id() is None and entry.tags.text() == ""


def test_tags_complete_from_earlier_comments(qtbot, main_window, controller):
    controller.save(Comment(session=controller.session_id, text="x", tags=["housing", "heat"]))
    view = page(main_window)
    completer = view.entry.tags.completer()
    view.entry.tags.setText("finance, hou")
    completer.setCompletionPrefix(completer.splitPath(view.entry.tags.text())[0])
    assert completer.currentIndex().data() == "housing"
    assert completer.currentCompletion() == "finance, housing, "  # what the field becomes


def test_chinese_and_arabic_comments_keep_their_text_and_language(qtbot, main_window, controller, reread):
    view = page(main_window)
    for text in ("住房是城市可持续发展的基础。", "يجب أن تصل تمويلات التكيف إلى الأحياء غير الرسمية."):
        view.entry.text.setPlainText(text)
        qtbot.keyClick(view.entry.text, Qt.Key.Key_Return)
    comments = reread(controller.file.path).comments
    assert [(c.text[:4], c.language) for c in comments] == [("住房是城", "zh"), ("يجب ", "ar")]
    view.language_filter.setCurrentIndex(view.language_filter.findData("ar"))
    assert [r.language for r in view.model.records()] == ["ar"]
    assert view.model.data(view.model.index(0, view.model.column_of("text")),
                           Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert guess_language("Le logement d'abord", "fr") == "fr"


def test_empty_comment_is_refused(qtbot, main_window, controller, reread):
    view = page(main_window)
    qtbot.keyClicks(view.entry.text, "   ")
    qtbot.keyClick(view.entry.text, Qt.Key.Key_Return)
    assert "empty" in view.entry.status.text()
    assert reread(controller.file.path).comments == []


def add_comments(controller, texts):
    for n, text in enumerate(texts):
        controller.save(Comment(session=controller.session_id, text=text, starred=n % 2 == 0,
                                swot="strength" if "strong" in text else None))


def test_filter_search_edit_and_delete(qtbot, main_window, controller, reread):
    add_comments(controller, ["Housing is the strongest entry point", "Finance for cities", "ＨＯＵＳＩＮＧ costs",
                              "Climate and housing together"])
    view = page(main_window)
    assert view.model.rowCount() == 4
    qtbot.keyClick(view.entry.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter.hasFocus()
    qtbot.keyClicks(view.filter, "housing")
    assert view.model.rowCount() == 3  # full-width letters match too
    assert view.shown.text() == "showing 3 of" and view.count.text() == "4 comments"
    qtbot.keyClicks(view.filter, " clim")
    assert [r.text for r in view.model.records()] == ["Climate and housing together"]
    view.filter.clear()
    view.starred_only.setChecked(True)
    assert view.model.rowCount() == 2
    view.starred_only.setChecked(False)

    # newest first; Enter on a row edits it in the entry box
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.entry.editing is not None and view.entry.text.toPlainText() == "Climate and housing together"
    view.entry.text.setPlainText("Climate and housing, together")
    qtbot.keyClick(view.entry.text, Qt.Key.Key_Return)
    comments = reread(controller.file.path).comments
    edited = next(c for c in comments if c.text == "Climate and housing, together")
    assert edited.rev == 2 and len(comments) == 4

    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(reread(controller.file.path).comments) == 3
    assert view.model.rowCount() == 3


def test_typed_text_is_not_replaced_by_editing_another_comment(qtbot, main_window, controller):
    add_comments(controller, ["An earlier comment"])
    view = page(main_window)
    view.entry.text.setPlainText("Half-typed new comment")
    view.edit_row(view.model.index(0, 0))
    assert view.entry.text.toPlainText() == "Half-typed new comment"
    assert view.entry.editing is None
    assert "before editing" in view.entry.status.text()


def test_escape_cancels_an_edit(qtbot, main_window, controller, reread):
    add_comments(controller, ["Keep me as I am"])
    view = page(main_window)
    view.edit_row(view.model.index(0, 0))
    view.entry.text.setPlainText("changed my mind")
    qtbot.keyClick(view.entry.text, Qt.Key.Key_Escape)
    assert view.entry.editing is None and view.entry.text.toPlainText() == ""
    assert reread(controller.file.path).comments[0].text == "Keep me as I am"


def test_undo_and_redo_across_views(qtbot, main_window, controller, reread):
    view = page(main_window)
    view.entry.text.setPlainText("First comment")
    qtbot.keyClick(view.entry.text, Qt.Key.Key_Return)
    main_window.show_page("participants")
    quick = main_window.pages["participants"].quick
    quick.name.setText("Nadia Benali")
    qtbot.keyClick(quick.name, Qt.Key.Key_Return)
    assert len(reread(controller.file.path).participants) == 5

    main_window.undo_action.trigger()  # the participant
    assert len(reread(controller.file.path).participants) == 4
    main_window.undo_action.trigger()  # then the comment, though it was typed in another view
    assert reread(controller.file.path).comments == []
    assert view.model.rowCount() == 0
    main_window.redo_action.trigger()
    main_window.redo_action.trigger()
    data = reread(controller.file.path)
    assert [c.text for c in data.comments] == ["First comment"] and len(data.participants) == 5
    assert view.model.rowCount() == 1


def test_model_filters_and_sorts_without_widgets(controller):
    add_comments(controller, ["beta strong", "alpha", "gamma strong"])
    model = CommentsModel()
    model.load(controller.session_data())
    assert [r.text for r in model.records()] == ["gamma strong", "alpha", "beta strong"]  # newest first
    model.sort(model.column_of("text"), Qt.SortOrder.AscendingOrder)
    assert [r.text for r in model.records()] == ["alpha", "beta strong", "gamma strong"]
    model.set_filter("strong", swot="strength")
    assert [r.text for r in model.records()] == ["beta strong", "gamma strong"]
    model.set_filter("strong gam")
    assert [r.text for r in model.records()] == ["gamma strong"]
    model.set_filter("strong")  # widening the search searches everything again
    assert model.rowCount() == 2
    model.set_filter("")
    assert model.rowCount() == 3 and model.total() == 3


def answer_close_question(button_text: str):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    QTimer.singleShot(0, answer)


def test_closing_with_a_typed_comment_asks_first(qtbot, main_window, controller, reread):
    path = controller.file.path
    view = page(main_window)
    view.entry.text.setPlainText("Said just before the break")
    answer_close_question("Cancel")
    main_window.close()
    assert main_window.isVisible() and view.entry.text.toPlainText() == "Said just before the break"
    answer_close_question("Save it")
    main_window.close()
    assert not main_window.isVisible()
    assert [c.text for c in reread(path).comments] == ["Said just before the break"]
