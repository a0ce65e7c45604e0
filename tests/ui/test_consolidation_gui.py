"""A master's own words written in the Synthesis view (issue 15), typed as headquarters staff type.

The main window is opened on a master of two dialogues; the user clicks Synthesis in the navigation
and "All dialogues: consolidated synthesis" in the scopes, reaches each field by its Alt key, types,
and closes the window. The file on disk then holds the words, and the master's note opens with them.
"""

from __future__ import annotations

import contextlib

import pytest
from keyboard import activate, focused, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workshop_app.storage import SessionFile, open_readonly
from workshop_app.ui.controller import AppController


@pytest.fixture
def master(tmp_path):
    from tests.test_merge_support import make_venue

    from workshop_app.merge import merge_files

    make_venue(tmp_path / "addis.workshop", venue=0)
    make_venue(tmp_path / "cairo.workshop", venue=1, seed=2)
    path = tmp_path / "master.workshop"
    SessionFile.create(path).close()
    merge_files(path, [tmp_path / "addis.workshop", tmp_path / "cairo.workshop"])
    return path


@pytest.fixture
def window(qtbot, master):
    from workshop_app.ui.main_window import MainWindow

    sf = SessionFile.open(master)
    win = MainWindow(AppController(sf))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    activate(qtbot, win)
    yield win
    with contextlib.suppress(Exception):
        sf.close()


def click_item(qtbot, view, text: str) -> None:
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == text)
    rect = view.visualRect(model.index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(20)


def test_headquarters_types_the_masters_own_words(qtbot, window, master, tmp_path):
    click_item(qtbot, window.nav, "Synthesis")
    view = window.pages["synthesis"]
    click_item(qtbot, view.scope_list, "All dialogues: consolidated synthesis")
    assert "All 2 dialogues" in view.heading.text() and not view.comments_box.isVisible()
    press(qtbot, "Alt+T")
    assert focused() is view.consolidation.title
    type_text(qtbot, "What the regions said")
    press(qtbot, "Alt+K")
    assert focused() is view.consolidation.messages
    type_text(qtbot, "Housing first")
    press(qtbot, "Enter")
    type_text(qtbot, "Finance for secondary cities")
    press(qtbot, "Alt+N")
    type_text(qtbot, "Both regions agree.")
    window.close()  # what the autosave has not yet written is committed on closing
    with open_readonly(master) as sf:
        own = sf.consolidation()
    assert (own.title, own.key_messages, own.conclusions) == (
        "What the regions said", ["Housing first", "Finance for secondary cities"], "Both regions agree.")


def test_undo_takes_the_words_back(qtbot, window, master):
    click_item(qtbot, window.nav, "Synthesis")
    view = window.pages["synthesis"]
    click_item(qtbot, view.scope_list, "All dialogues: consolidated synthesis")
    press(qtbot, "Alt+T")
    type_text(qtbot, "First title")
    qtbot.waitUntil(lambda: not view.consolidation.pending, timeout=3000)  # saved after a pause
    press(qtbot, "Alt+K")  # leaves the title: nothing new to save
    press(qtbot, "Ctrl+Z")
    qtbot.waitUntil(lambda: view.consolidation.title.text() == "", timeout=3000)
    with open_readonly(master) as sf:
        assert sf.consolidation() is None  # the first words undone: none of its own again


def test_a_single_dialogue_has_no_consolidated_scope(qtbot, main_window):
    click_item(qtbot, main_window.nav, "Synthesis")
    view = main_window.pages["synthesis"]
    items = [view.scopes.item(r).text() for r in range(view.scopes.rowCount())]
    assert "All dialogues: consolidated synthesis" not in items
