"""The synthesis view: key messages saved as typed (and on close), quotes, filters, undo, failures."""

from __future__ import annotations

import contextlib
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMainWindow, QScrollArea  # noqa: E402

from workshop_app.domain.model import Comment, KeyMessage, Participant  # noqa: E402
from workshop_app.storage import SessionFile  # noqa: E402
from workshop_app.ui.controller import AppController  # noqa: E402
from workshop_app.ui.results_sample import build_results_sample, question_of  # noqa: E402
from workshop_app.ui.synthesis_model import META_ROLE, QUOTE_COLUMN, SPEAKER_COLUMN, STAR_COLUMN, quote_text  # noqa: E402
from workshop_app.ui.synthesis_view import OVERALL, SynthesisView  # noqa: E402


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "synthesis.workshop"
    with SessionFile.create(p) as sf:
        build_results_sample(sf, groups={"member_state": 4, "civil_society": 3, "academia": 3})
    return p


@pytest.fixture
def opened(path):
    sf = SessionFile.open(path)
    yield sf
    with contextlib.suppress(Exception):  # a test may have closed it already
        sf.close()


@pytest.fixture
def view(qtbot, opened):
    v = SynthesisView(AppController(opened))
    qtbot.addWidget(v)
    v.resize(1300, 820)
    v.show()
    qtbot.waitExposed(v)
    return v


def stored_messages(path) -> list[KeyMessage]:
    with SessionFile.open(path) as sf:
        return sf.all(KeyMessage)


def test_key_messages_typed_survive_reopening_the_file(qtbot, opened, path):
    window = QMainWindow()  # hosted as the main window will host it
    view = SynthesisView(AppController(opened))
    window.setCentralWidget(view)
    qtbot.addWidget(window)
    window.resize(1300, 820)
    window.show()
    qtbot.waitExposed(window)
    ranking = question_of(opened, opened.sessions()[0], "ranking")
    assert view.scope == ranking.id
    editor = view.messages.editors[0]
    text = "住房仍是首要任务 — housing stays first; الإسكان أولاً"
    editor.setPlainText(text)
    assert editor.pending
    qtbot.waitUntil(lambda: not editor.pending, timeout=3000)  # the autosave, no button pressed
    view.set_scope(OVERALL)
    overall = view.messages.editors[0]
    overall.setPlainText("Participants want fewer, better-funded priorities.")
    window.close()  # closing the main window commits what the autosave has not yet saved
    opened.close()
    messages = {m.question: m.text for m in stored_messages(path)}
    assert messages == {ranking.id: text, None: "Participants want fewer, better-funded priorities."}


def test_an_empty_new_message_is_not_stored(qtbot, view, opened):
    view.messages.add_message()
    assert view.commit_pending()
    assert opened.all(KeyMessage) == []


def test_starred_comment_is_one_click_from_a_quote(qtbot, view, opened):
    model = view.comments
    row = next(r for r in range(model.rowCount()) if model.comment(r).starred)
    comment = model.comment(row)
    person = model.participant(comment)
    editor = view.messages.editors[0]
    editor.setPlainText("Finance is the bottleneck.")
    rect = view.table.visualRect(model.index(row, QUOTE_COLUMN))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    stored = opened.all(KeyMessage)
    assert len(stored) == 1
    assert stored[0].quotes == [comment.id]
    assert stored[0].text.startswith("Finance is the bottleneck.\n“")
    assert quote_text(comment, person) in stored[0].text
    if person.consent_named:
        assert person.name in stored[0].text
    else:
        assert person.name not in stored[0].text


def test_quote_names_only_those_who_consented(opened):
    session = opened.sessions()[0]
    named = Participant(session=session.id, name="Amina Yusuf", organisation="Slum Dwellers International",
                        stakeholder_group="civil_society", consent_named=True)
    anonymous = Participant(session=session.id, name="Li Wei", stakeholder_group="academia", consent_named=False)
    c = Comment(session=session.id, text="  Data  first. ")
    assert quote_text(c, named) == "“Data first.” — Amina Yusuf (Slum Dwellers International)"
    assert quote_text(c, anonymous) == "“Data first.” — Academia"
    assert quote_text(c, None) == "“Data first.”"


def test_clicking_the_star_column_stars_and_unstars(qtbot, view, opened):
    model = view.comments
    row = next(r for r in range(model.rowCount()) if not model.comment(r).starred)
    comment_id = model.comment(row).id
    rect = view.table.visualRect(model.index(row, STAR_COLUMN))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert opened.get(Comment, comment_id).starred
    view.controller.undo_stack.undo()
    assert not opened.get(Comment, comment_id).starred


def test_filters_by_swot_group_tag_and_starred(qtbot, view):
    model = view.comments
    everything = model.rowCount()
    assert everything == 6
    view.swot_filter.setCurrentIndex(view.swot_filter.findData("opportunity"))
    assert {model.comment(r).swot for r in range(model.rowCount())} == {"opportunity"}
    assert 0 < model.rowCount() < everything
    view.swot_filter.setCurrentIndex(0)
    view.tag_filter.setCurrentIndex(view.tag_filter.findData("finance"))
    assert [model.comment(r).tags for r in range(model.rowCount())] == [["finance"]]
    view.tag_filter.setCurrentIndex(0)
    view.starred_only.setChecked(True)
    assert all(model.comment(r).starred for r in range(model.rowCount())) and model.rowCount() == 3
    view.starred_only.setChecked(False)
    group = view.group_filter.itemData(1)
    view.group_filter.setCurrentIndex(1)
    assert model.rowCount() >= 1
    assert all(model.participant(model.comment(r)).stakeholder_group == group for r in range(model.rowCount()))


def test_undo_brings_back_the_previous_text(qtbot, view, opened):
    editor = view.messages.editors[0]
    editor.setPlainText("First draft.")
    assert editor.commit()
    editor.setPlainText("Second draft.")
    assert editor.commit()
    view.controller.undo_stack.undo()
    assert editor.toPlainText() == "First draft."
    assert opened.all(KeyMessage)[0].text == "First draft."


def test_a_failed_save_keeps_the_text_and_saves_it_later(qtbot, view, opened):
    editor = view.messages.editors[0]
    opened.conn.execute("PRAGMA query_only = ON")  # every write now fails, as on a read-only stick
    editor.setPlainText("Written while the disk refused.")
    assert not editor.commit()
    assert editor.pending and editor.toPlainText() == "Written while the disk refused."
    opened.conn.execute("PRAGMA query_only = OFF")
    assert editor.commit()
    assert opened.all(KeyMessage)[0].text == "Written while the disk refused."


def test_the_view_follows_the_selected_question(qtbot, view, opened):
    points = question_of(opened, opened.sessions()[0], "points")
    view.controller.select_question(points.id)
    assert view.scope == points.id
    assert view.heading.text() == points.prompt
    assert view.results.model.column_titles()[2] == "Total"


def test_a_hidden_view_catches_up_when_shown(qtbot, view, opened):
    ranking = question_of(opened, opened.sessions()[0], "ranking")
    view.hide()
    view.controller.save(Comment(session=ranking.session, question=ranking.id, text="Said while hidden."), "comment")
    assert "Said while hidden." not in [c.text for c in view.comments.comments()]
    view.show()
    assert "Said while hidden." in [c.text for c in view.comments.comments()]


# -- layout at the window sizes people use (issue 11, item 7) --------------------------------------

@pytest.fixture
def demo_window(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from workshop_app.samples.demo import build_demo
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.style import apply_style

    apply_style(QApplication.instance())  # the app's font and style sheet, as the app starts with them
    p = tmp_path / "demo.workshop"
    with SessionFile.create(p) as sf:
        build_demo(sf, seed=2024)
    sf = SessionFile.open(p)
    window = MainWindow(AppController(sf))
    qtbot.addWidget(window)
    yield window
    window.close()
    sf.close()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_comments_read_as_sentences_at_common_window_sizes(qtbot, demo_window, size):
    window = demo_window
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("synthesis")
    view = window.pages["synthesis"]
    qtbot.wait(50)
    table = view.table
    assert view.comments.rowCount() > 3
    text_column = 1
    chars = table.columnWidth(text_column) / table.fontMetrics().averageCharWidth()
    assert chars >= 35, f"the comment column holds {chars:.0f} characters at {size}"
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    visible = sum(table.columnWidth(c) for c in range(view.comments.columnCount()) if not table.isColumnHidden(c))
    assert visible <= table.viewport().width()
    # the speaker and category are still on screen, under the comment
    row = next(r for r in range(view.comments.rowCount()) if view.comments.comment(r).swot)
    meta = view.comments.index(row, text_column).data(META_ROLE)
    assert view.comments.index(row, SPEAKER_COLUMN).data() in meta
    # a long comment is a few lines, not a word per line
    longest = max(range(view.comments.rowCount()), key=lambda r: len(view.comments.comment(r).text))
    words = len(view.comments.comment(longest).text.split())
    lines = table.rowHeight(longest) / table.fontMetrics().lineSpacing()
    assert lines < words / 3
    # the key messages keep a usable width beside them, inside the window (the page does not scroll sideways)
    assert view.messages.width() >= 30 * table.fontMetrics().averageCharWidth()
    area = view.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area.horizontalScrollBar().maximum() == 0
    assert view.messages.mapTo(area, view.messages.rect().topRight()).x() <= area.viewport().width()


def test_beyond_the_wrapping_limit_each_comment_is_one_line_with_its_details(qtbot, view, opened):
    from workshop_app.ui.synthesis_view import WRAP_ROWS

    session = opened.sessions()[0]
    opened.save_all([Comment(session=session.id, text=f"Comment number {n} about housing and land.")
                     for n in range(WRAP_ROWS + 5)])
    view.controller.replace_file(opened)
    view.set_scope(OVERALL)
    assert view.comments.rowCount() > WRAP_ROWS
    assert not view.table.wordWrap()
    one_line = view.table.fontMetrics().lineSpacing() * 2
    assert all(view.table.rowHeight(r) < one_line for r in range(5))
    assert not view.grab().isNull()  # the delegate paints the one-line form without failing
