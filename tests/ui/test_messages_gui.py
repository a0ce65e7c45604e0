"""The window shows core errors in the interface language (issue 12): a refusal in the Import dialog
and a typed ranking the capture view cannot read, with a small French catalogue plugged in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from tests.ui.keyboard import activate, focused, press, type_text

from workshop_app.domain import messages
from workshop_app.ui.transfer.import_dialog import ImportDialog

FRENCH = {
    "json.invalid": "Ce n'est pas du JSON valide ({reason}).",
    "file.in_file": "{name} : {error}",
    "typed.no_such_option": "Il n'y a pas d'option {number} ; les options sont numérotées de 1 à {count}.",
}


@pytest.fixture
def french(monkeypatch):
    messages.add_catalogue("fr", FRENCH)
    monkeypatch.setenv("WORKSHOP_APP_LANG", "fr")  # what ui.app.ui_language() reads first
    yield
    messages.remove_catalogue("fr")


def file_bytes(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.glob(path.name + "*"))}


def test_an_import_refusal_is_shown_in_french(qtbot, french, main_window, controller, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{ this is not json", encoding="utf-8")
    before = file_bytes(controller.file.path)
    activate(qtbot, main_window)
    press(qtbot, "Ctrl+I")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ImportDialog), timeout=3000)
    dialog = QApplication.activeModalWidget()
    qtbot.addWidget(dialog)
    dialog.set_path(bad)  # as the file chooser would
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.is_running(), timeout=15000)
    sentence = dialog.outcome.text()
    assert "Ce n'est pas du JSON valide" in sentence, sentence
    assert "not valid JSON" not in sentence
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert file_bytes(controller.file.path) == before


def test_a_typed_ranking_error_is_shown_in_french(qtbot, french, main_window):
    activate(qtbot, main_window)
    main_window.show_page("capture")
    view = main_window.pages["capture"]
    press(qtbot, "Alt+P")
    type_text(qtbot, "Carlos")
    press(qtbot, "Enter")
    assert focused() is view.ranking.typed
    type_text(qtbot, "9")
    shown = view.problem.text()
    assert shown.startswith("Il n'y a pas d'option 9 ; les options sont numérotées de 1 à"), shown
