"""The interface language (issue 14): which one, loading its catalogues, choosing it on the start
screen and in Preferences, right to left for Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tests.ui.keyboard import activate, press
from tests.ui.tour import speak_english

from workshop_app.domain.errors import WorkshopError
from workshop_app.ui.app import apply_language, base_language, error_text, load_translations, ui_language
from workshop_app.ui.launcher import Launcher
from workshop_app.ui.settings import language_setting, set_language_setting


@pytest.fixture
def no_env_language(monkeypatch, qapp):
    monkeypatch.delenv("WORKSHOP_APP_LANG", raising=False)
    yield
    speak_english(qapp)  # the shared QApplication speaks English to the other tests


@pytest.mark.parametrize(("name", "base"), [
    ("zh_CN", "zh"), ("zh_TW", "zh"), ("zh-Hans", "zh"), ("ar_EG", "ar"), ("ar_SA.UTF-8", "ar"), ("fr_CA", "fr"),
    ("ru_RU", "ru"), ("es_419", "es"), ("en_GB", "en"), ("de_DE", "en"), ("C", "en"), ("", "en"), (None, "en"),
])
def test_any_locale_maps_to_one_of_the_six_languages(name, base):
    assert base_language(name) == base


def test_ui_language_is_the_setting_unless_the_environment_says(no_env_language, monkeypatch):
    set_language_setting("ru")
    assert language_setting() == "ru"
    assert ui_language() == "ru"
    monkeypatch.setenv("WORKSHOP_APP_LANG", "es_MX")
    assert ui_language() == "es"
    monkeypatch.delenv("WORKSHOP_APP_LANG")
    set_language_setting("")
    assert ui_language() == base_language(QApplication.instance() and __import__("PySide6.QtCore").QtCore
                                          .QLocale.system().name())


def test_error_text_follows_the_setting(no_env_language):
    from workshop_app.domain import messages

    messages.add_catalogue("fr", {"file.missing": "{name} n’existe pas."})
    try:
        exc = WorkshopError(code="file.missing", params={"name": "x.workshop"})
        set_language_setting("en")
        assert error_text(exc) == "x.workshop does not exist."
        set_language_setting("fr")
        assert error_text(exc) == "x.workshop n’existe pas."
    finally:
        messages.remove_catalogue("fr")


@pytest.mark.parametrize(("language", "qm"), [("zh", "zh_CN"), ("zh_TW", "zh_CN"), ("ar_EG", "ar"), ("fr", "fr")])
def test_the_qt_translation_of_the_language_is_loaded(qapp, language, qm):
    installed = load_translations(qapp, language)
    try:
        files = [Path(t.filePath()).name for t in installed]
        assert f"qtbase_{qm}.qm" in files
        if (Path(__file__).parents[2] / "resources" / "translations" / f"workshop_app_{qm}.qm").exists():
            assert f"workshop_app_{qm}.qm" in files
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_arabic_lays_out_the_whole_app_right_to_left_and_english_back(qapp, no_env_language):
    apply_language(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert len(qapp._workshop_translators) >= 1  # qtbase_ar at least
    apply_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert [Path(t.filePath()).name for t in qapp._workshop_translators] == ["workshop_app_en.qm"]


def test_choosing_french_on_the_start_screen_applies_at_once(qtbot, qapp, no_env_language):
    set_language_setting("en")
    launcher = Launcher()
    launcher.show_start()
    start = launcher.start_window
    assert start.new_button.text().strip() == "New session from template…"
    assert [start.language.itemText(i) for i in range(start.language.count())] == [
        "العربية", "中文", "English", "Français", "Русский", "Español"]
    activate(qtbot, start)
    start.language.setFocus()
    press(qtbot, "Down")  # English -> Français, as a person picks it with the keyboard
    qtbot.waitUntil(lambda: launcher.start_window is not start)
    rebuilt = launcher.start_window
    try:
        assert language_setting() == "fr"
        assert ui_language() == "fr"
        assert rebuilt.language.currentData() == "fr"
        assert rebuilt.new_button.text().strip() == "Nouvelle séance à partir d’un modèle…"
        rebuilt.language.setCurrentIndex(rebuilt.language.findData("ar"))
        rebuilt._language_chosen()
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert launcher.start_window.isRightToLeft()
    finally:
        launcher.start_window.close()


def test_preferences_store_the_language_for_the_next_opening(qtbot, main_window, no_env_language):
    from workshop_app.ui.common.preferences_dialog import PreferencesDialog

    set_language_setting("en")
    activate(qtbot, main_window)
    press(qtbot, "Ctrl+,")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PreferencesDialog))
    dialog = QApplication.activeWindow()
    assert dialog.note.text() == ""
    dialog.language.setFocus()
    press(qtbot, "Down")  # English -> Français
    press(qtbot, "Down")  # -> Русский
    assert dialog.language.currentData() == "ru"
    assert "next time" in dialog.note.text()
    with qtbot.waitSignal(dialog.finished):
        QTest.keyPress(dialog.windowHandle(), Qt.Key.Key_Return)  # (its release would reach no window)
    assert language_setting() == "ru"
    assert main_window.menuBar().actions()[0].text() == "&File"  # the open window keeps its language
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_english_says_one_ballot_and_two_ballots(qapp, no_env_language):
    """Counts go through Qt's plural forms; English has its own catalogue of them."""
    apply_language(qapp, "en")
    translate = QCoreApplication.translate
    assert translate("MainWindow", "%n ballots", "", 1) == "1 ballot"
    assert translate("MainWindow", "%n ballots", "", 2) == "2 ballots"
    assert translate("AttendanceDialog", "%n people found in {file}.", "", 1) == "1 person found in {file}."
    assert translate("ResultWords", "%n ballots", "", 0) == "0 ballots"


def test_icons_that_point_are_mirrored_right_to_left(qapp, no_env_language):
    from PySide6.QtCore import QSize

    from workshop_app.ui.common.style import icon

    def image(name: str):
        return icon(name).pixmap(QSize(32, 32)).toImage()

    undo, add = image("undo"), image("add")
    apply_language(qapp, "ar")
    assert image("undo") == undo.flipped(Qt.Orientation.Horizontal) and image("undo") != undo
    assert image("add") == add  # a plus does not point
    apply_language(qapp, "en")
    assert image("undo") == undo


def test_numbered_data_is_isolated_in_a_right_to_left_layout(qapp, main_window, no_env_language):
    """"1. Rank the five priorities…" in an Arabic layout: the number where an Arabic list has it, the
    English prompt isolated in its own order (its full stop at its end, not at its start)."""
    from workshop_app.ui.setup.questions_model import question_title

    question = main_window.controller.session_data().questions[0]
    assert question_title(question, 1) == f"1. {question.prompt}"
    apply_language(qapp, "ar")
    assert question_title(question, 1) == f"1. \u2068{question.prompt}\u2069"
    from workshop_app.ui.capture.ranking_entry import RankingEntry

    data = main_window.controller.session_data()
    ranking = next(q for q in data.questions if q.kind == "ranking")
    entry = RankingEntry()
    entry.load(ranking, data.options_of(ranking.id), None)
    texts = [b.full_text for b in entry._buttons.values()]
    assert [t[:len(f"{n}.  ") + 1] for n, t in enumerate(texts, start=1)] == [
        f"{n}.  \u2068" for n in range(1, len(texts) + 1)]
    entry.deleteLater()


def test_a_comment_keeps_its_own_direction_in_the_other_layout(qapp, no_env_language):
    """An English comment in the Arabic interface keeps its full stop at its end (and the reverse)."""
    from workshop_app.ui.common.style import own_direction

    english, arabic = "Cities need finance.", "نحتاج إلى بيانات موثوقة."
    assert own_direction(english) == english and own_direction(arabic) == "\u2067" + arabic + "\u2069"
    apply_language(qapp, "ar")
    assert own_direction(english) == "\u2066" + english + "\u2069" and own_direction(arabic) == arabic
