"""File ▸ Import in the window (issue 11, item 8): Ctrl+I, a file, the preview, Enter imports.

The file is given to the dialog as a chooser or a drop would give it; the preview and the Import
button are driven with keys sent to the window; results are read back from the file on disk.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tests.ui.keyboard import KEY_NAMES, activate, focused, press

from workshop_app.cli import main
from workshop_app.domain.model import Comment, Participant
from workshop_app.storage import SessionFile
from workshop_app.storage.interchange import dumps, export_document
from workshop_app.ui.transfer.import_dialog import ImportDialog, report_text


def file_bytes(path: Path) -> dict[str, bytes]:
    """The session file and whatever lies beside it (-wal, -shm), as bytes."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.glob(path.name + "*"))}


def open_import(qtbot, window) -> ImportDialog:
    activate(qtbot, window)
    press(qtbot, "Ctrl+I")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ImportDialog), timeout=3000)
    dialog = QApplication.activeModalWidget()
    qtbot.addWidget(dialog)
    return dialog


def press_to_close(qtbot, key: str, dialog: ImportDialog) -> None:
    """A key that closes the dialog: its release goes to the window that had it (offscreen, no other
    window becomes active again as it would on a desktop)."""
    window = dialog.windowHandle()
    QTest.keyPress(window, KEY_NAMES[key])
    QTest.keyRelease(window, KEY_NAMES[key])
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def previewed(qtbot, dialog: ImportDialog, path: Path) -> ImportDialog:
    dialog.set_path(path)  # as the file chooser would
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.is_running(), timeout=15000)
    return dialog


def counts(dialog: ImportDialog) -> dict[str, tuple[str, ...]]:
    model = dialog.counts_model
    return {model.item(r, 0).text(): tuple(model.item(r, c).text() for c in range(1, 4))
            for r in range(model.rowCount())}


def points_sheet(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "ballots.csv"
    path.write_text("Participant;Question;P1;P2;P3;P4;P5\n" + rows, encoding="utf-8")
    return path


@pytest.fixture
def other_laptop(tmp_path, controller):
    """A copy of the open file on which one more person and a comment were captured."""
    path = tmp_path / "other.workshop"
    controller.file.backup_to(path)
    with SessionFile.open(path) as sf:
        session = sf.sessions()[0]
        kwame = sf.save(Participant(session=session.id, name="Kwame Asare", organisation="Accra Metropolitan",
                                    stakeholder_group="local_government", country="Ghana", consent_named=True))
        sf.save(Comment(session=session.id, participant=kwame.id, text="Secondary cities need the money too."))
    return path


def test_ballots_sheet_previewed_then_imported_with_enter(qtbot, main_window, controller, reread, tmp_path):
    sheet = points_sheet(tmp_path, "Amina Diallo;2;40;10;20;20;10\nCarlos Rivera;2;0;50;50;0;0\n")
    dialog = previewed(qtbot, open_import(qtbot, main_window), sheet)

    assert counts(dialog) == {"Ballots": ("2", "2", "0")}
    assert "ballots sheet" in dialog.kind.text()
    assert dialog.outcome.text().startswith("Importing would do this: Added 2 ballot(s)")
    assert reread(controller.file.path).ballots == []  # the preview wrote nothing
    assert focused() is dialog.import_button

    press(qtbot, "Enter")
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_running(), timeout=15000)
    stored = reread(controller.file.path).ballots
    assert len(stored) == 2 and {sum(b.points.values()) for b in stored} == {100}
    # the views and the status line follow at once
    assert len(controller.session_data().ballots) == 2
    assert "2 ballots" in main_window.counts.text()
    assert dialog.outcome.text() == report_text(dialog.report)
    assert focused() is dialog.close_button
    press_to_close(qtbot, "Enter", dialog)


def test_the_dialog_says_what_the_cli_says_for_the_same_file(qtbot, main_window, controller, tmp_path, capsys):
    sheet = points_sheet(tmp_path, "Amina Diallo;2;40;10;20;20;10\n")
    cli_copy = tmp_path / "cli" / controller.file.path.name  # the report may name the file
    cli_copy.parent.mkdir()
    controller.file.backup_to(cli_copy)
    dialog = previewed(qtbot, open_import(qtbot, main_window), sheet)
    press(qtbot, "Enter")
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_running(), timeout=15000)
    capsys.readouterr()
    main(["import", str(cli_copy), str(sheet)])
    assert capsys.readouterr().out.strip() == dialog.outcome.text()


def test_interchange_json_from_another_laptop(qtbot, main_window, controller, reread, tmp_path, other_laptop):
    document = tmp_path / "other.json"
    with SessionFile.open(other_laptop) as sf:
        document.write_text(dumps(export_document(sf)), encoding="utf-8")
    dialog = previewed(qtbot, open_import(qtbot, main_window), document)
    shown = counts(dialog)
    assert shown["Participants"] == ("5", "1", "0") and shown["Comments"] == ("1", "1", "0")
    assert dialog.import_button.isEnabled()
    press(qtbot, "Enter")
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_running(), timeout=15000)
    data = reread(controller.file.path)
    assert "Kwame Asare" in [p.name for p in data.participants]
    assert [c.text for c in data.comments] == ["Secondary cities need the money too."]
    assert [c.text for c in controller.session_data().comments] == ["Secondary cities need the money too."]
    assert "1 comments" in main_window.counts.text() or "1 comment" in main_window.counts.text()


def test_word_note_dropped_on_the_dialog(qtbot, main_window, controller, reread, tmp_path, other_laptop):
    from workshop_app.exports.command import export_other

    note = tmp_path / "note.docx"
    with SessionFile.open(other_laptop) as sf:
        export_other(sf, "docx", note)
    dialog = open_import(qtbot, main_window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.is_running(), timeout=30000)
    assert "Word note" in dialog.kind.text()
    assert counts(dialog)["Comments"] == ("1", "1", "0")
    press(qtbot, "Enter")
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_running(), timeout=15000)
    assert [c.text for c in reread(controller.file.path).comments] == ["Secondary cities need the money too."]


@pytest.mark.parametrize("name, content, words", [
    ("broken.json", "{ this is not json", "not valid JSON"),
    ("over.csv", "Participant;Question;P1;P2;P3;P4;P5\nAmina Diallo;2;90;10;20;20;10\n", "Nothing was imported"),
    ("minutes.csv", "Item,Speaker\n1,2\n", "ballots"),
    ("letter.docx", "not a zip at all", "letter.docx"),
])
def test_a_bad_file_gets_one_sentence_and_changes_nothing(qtbot, main_window, controller, tmp_path, name, content,
                                                          words):
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    before = file_bytes(controller.file.path)
    dialog = previewed(qtbot, open_import(qtbot, main_window), bad)
    sentence = dialog.outcome.text()
    assert words in sentence and "\n" not in sentence and "Traceback" not in sentence
    assert not dialog.import_button.isEnabled()
    assert focused() is dialog.close_button
    press_to_close(qtbot, "Enter", dialog)  # nothing to import: Enter closes
    assert dialog.report is None
    assert file_bytes(controller.file.path) == before


def test_an_unknown_kind_of_file_is_refused_in_the_preview(qtbot, main_window, controller, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    before = file_bytes(controller.file.path)
    dialog = previewed(qtbot, open_import(qtbot, main_window), notes)
    assert "imports interchange .json" in dialog.outcome.text()
    assert not dialog.import_button.isEnabled()
    press_to_close(qtbot, "Esc", dialog)
    assert file_bytes(controller.file.path) == before


def test_a_conflicting_edit_is_reported_as_the_cli_reports_it(qtbot, main_window, controller, reread, tmp_path,
                                                                 capsys):
    """Amina's organisation edited here and, differently, on another laptop: the dialog shows the
    importer's own report (with the merge helper's conflict counts once they are in), as the CLI does."""
    other = tmp_path / "other.workshop"
    controller.file.backup_to(other)
    with SessionFile.open(other) as sf:
        amina = next(p for p in sf.all(Participant) if p.name == "Amina Diallo")
        amina.organisation = "Ministry of Housing"
        sf.save(amina)
        document = tmp_path / "other.json"
        document.write_text(dumps(export_document(sf)), encoding="utf-8")
    here = next(p for p in controller.session_data().participants if p.name == "Amina Diallo")
    here = copy.deepcopy(here)
    here.organisation = "Ministry of Urban Planning"
    assert controller.save(here)
    cli_copy = tmp_path / "cli" / controller.file.path.name  # the report may name the file
    cli_copy.parent.mkdir()
    controller.file.backup_to(cli_copy)

    dialog = previewed(qtbot, open_import(qtbot, main_window), document)
    assert counts(dialog)["Participants"] == ("4", "0", "1")
    press(qtbot, "Enter")
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_running(), timeout=15000)
    capsys.readouterr()
    try:
        main(["import", str(cli_copy), str(document)])
    except SystemExit as exit_:  # 1 when the import kept a conflict, as merge does
        assert exit_.code in (0, 1)
    assert dialog.outcome.text() == capsys.readouterr().out.strip()
    stored = {p.name: p.organisation for p in reread(controller.file.path).participants}
    assert stored["Amina Diallo"] in ("Ministry of Housing", "Ministry of Urban Planning")  # one shown, both kept


def test_an_oversized_json_is_refused_in_the_preview_as_by_the_cli(qtbot, main_window, controller, tmp_path,
                                                                   monkeypatch, other_laptop):
    """The preview reads through the one front door (storage.embedded.read_document): its size limit."""
    from workshop_app.storage import embedded

    monkeypatch.setattr(embedded, "MAX_DOCUMENT_BYTES", 64)
    big = tmp_path / "big.json"
    big.write_text('{"format": "workshop-app"' + " " * 200 + "}", encoding="utf-8")
    before = file_bytes(controller.file.path)
    dialog = previewed(qtbot, open_import(qtbot, main_window), big)
    sentence = dialog.outcome.text()
    assert "big.json" in sentence and "\n" not in sentence and "Traceback" not in sentence
    assert not dialog.import_button.isEnabled()
    press_to_close(qtbot, "Esc", dialog)
    assert file_bytes(controller.file.path) == before


def test_a_note_edited_in_word_shows_the_difference_and_keeps_the_word_text_only_when_ticked(
        qtbot, main_window, controller, reread, tmp_path):
    """The rapporteur sent the note back with a key message retyped in Word: the preview shows both
    texts; Alt+K ticks "Keep … as edited in Word"; Enter imports, and the Word text is the new revision."""
    from tests.test_word_round_trip import NEW_TEXT, edit_in_word

    from workshop_app.domain.model import KeyMessage
    from workshop_app.exports.command import export_other

    session = controller.file.sessions()[0]
    km = controller.file.save(KeyMessage(session=session.id, text="Housing and finance lead the priorities."))
    copy_path, note = tmp_path / "copy.workshop", tmp_path / "note.docx"
    controller.file.backup_to(copy_path)
    with SessionFile.open(copy_path) as sf:
        export_other(sf, "docx", note)
    edited = edit_in_word(note, km.id, NEW_TEXT, tmp_path / "edited.docx")

    dialog = previewed(qtbot, open_import(qtbot, main_window), edited)
    assert dialog.word_edits.isVisible() and dialog.take_word_text.isVisible()
    shown = dialog.word_edits.text()
    assert "Housing and finance lead the priorities." in shown and NEW_TEXT in shown
    assert not dialog.take_word_text.isChecked()
    press(qtbot, "Alt+K")
    qtbot.waitUntil(dialog.take_word_text.isChecked, timeout=2000)  # a mnemonic "animates" its click
    assert focused() is dialog.take_word_text
    press(qtbot, "Enter")  # a check box leaves Enter to the dialog's default button, Import
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_running(), timeout=15000)
    assert "kept for 1 key message" in dialog.outcome.text()
    assert [k.text for k in reread(controller.file.path).key_messages if k.id == km.id] == [NEW_TEXT]


@pytest.fixture
def in_french(qapp, monkeypatch):
    """The interface in French, as a French facilitator runs it: the widgets' .qm and the core messages."""
    from workshop_app.ui.app import load_translations

    monkeypatch.setenv("WORKSHOP_APP_LANG", "fr")  # what ui.app.ui_language() reads first
    installed = load_translations(qapp, "fr")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_a_sheet_preview_and_import_in_french(qtbot, in_french, main_window, controller, tmp_path):
    """Issue 14: the summary, the notes and every row problem of a sheet read in French in the dialog."""
    bad = points_sheet(tmp_path, "Amina Diallo;2;40;10;20;20;10\nNobody Here;2;40;10;20;20;10\n;2;1.5;;;;\n")
    dialog = previewed(qtbot, open_import(qtbot, main_window), bad)
    shown = dialog.outcome.text() + "\n" + dialog.details.text()
    assert "Rien n’a été importé de ballots.csv" in shown and "Ligne 3 : il n’y a pas de participant" in shown, shown
    assert "Ligne 4 : « 1.5 » sous « P1 » n’est pas un nombre entier." in dialog.details.text(), shown
    for english in ("Row ", "Nothing was", "there is no", "whole number", "in this session"):
        assert english not in shown, (english, shown)
    assert not dialog.import_button.isEnabled()

    good = points_sheet(tmp_path, "Amina Diallo;2;40;10;20;20;10\n;2;;;;;\n")
    dialog = previewed(qtbot, dialog, good)
    shown = dialog.outcome.text() + "\n" + dialog.details.text()
    assert "1 bulletin(s) ajouté(s)" in shown and "sans réponse" in shown, shown
    for english in ("Added", "ballot(s)", "question 2:", "with no answer", "skipped"):
        assert english not in shown, (english, shown)
    press(qtbot, "Enter")
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.is_running(), timeout=15000)
    done = dialog.outcome.text()
    assert "1 bulletin(s) ajouté(s)" in done and "Added" not in done, done
    assert report_text(dialog.report) in done
