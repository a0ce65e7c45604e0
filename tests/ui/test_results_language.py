"""The Results view's agreement line (Borda against Schulze) in the interface language (issue 14):
the engine words it in English; the view rebuilds it from the same ranks."""

from __future__ import annotations

import pytest
from tests.ui.tour import speak_english

from workshop_app.ui.app import apply_language
from workshop_app.ui.results.results_view import ResultsView


@pytest.fixture
def demo_controller(qapp, tmp_path):
    from workshop_app.samples.demo import build_demo
    from workshop_app.storage import SessionFile
    from workshop_app.ui.controller import AppController

    path = tmp_path / "demo.workshop"
    with SessionFile.create(path) as sf:
        build_demo(sf)
    ctrl = AppController(SessionFile.open(path))
    yield ctrl
    ctrl.file.close()


def test_the_agreement_line_speaks_the_interface_language(qapp, qtbot, demo_controller, monkeypatch):
    controller = demo_controller
    english_view = ResultsView(controller)
    qtbot.addWidget(english_view)
    qtbot.waitUntil(lambda: english_view.panel.agreement.text() != "", timeout=5000)  # results come live
    english = english_view.panel.agreement.text()
    assert "Borda and Schulze" in english
    monkeypatch.setenv("WORKSHOP_APP_LANG", "fr")
    apply_language(qapp, "fr")
    try:
        view = ResultsView(controller)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.panel.agreement.text() != "", timeout=5000)
        french = view.panel.agreement.text()
    finally:
        speak_english(qapp)
    assert "Borda" in french and "selon" in french and french != english
