"""The Export dialog: choices, an export off the UI thread with progress, Cancel, errors in one line."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from workshop_app.exports import registry
from workshop_app.exports.context import ExportCancelled
from workshop_app.exports.sample import SampleSpec, build_session
from workshop_app.storage import SessionFile
from workshop_app.ui.common.background import BackgroundTask
from workshop_app.ui.transfer.export_dialog import ExportDialog, ExportJob


@pytest.fixture
def source(tmp_path) -> tuple[Path, str]:
    path = tmp_path / "venue.workshop"
    with SessionFile.create(path) as sf:
        sid = build_session(sf, SampleSpec(participants=8, comments=6), seed=2).id
        build_session(sf, SampleSpec(title="Second dialogue", participants=4, comments=2), seed=3)
    return path, sid


def test_defaults_and_format_choice(qtbot, source):
    path, sid = source
    dialog = ExportDialog(path, sid)
    qtbot.addWidget(dialog)
    assert dialog.chosen_format() == "docx"
    assert dialog.output.text() == str(path.with_suffix(".docx"))
    assert dialog.this_session.isChecked()
    assert not dialog.table.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.output.text().endswith(".csv") and dialog.table.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert not dialog.mode.isEnabled()


def test_without_a_session_only_the_whole_file_can_be_exported(qtbot, source):
    dialog = ExportDialog(source[0], None)
    qtbot.addWidget(dialog)
    assert dialog.all_sessions.isChecked() and not dialog.this_session.isEnabled()


def test_export_runs_off_the_ui_thread_and_writes_the_note(qtbot, source, tmp_path, monkeypatch):
    path, sid = source
    threads, real_export = [], registry.export_file

    def export_file(*args):
        threads.append(threading.current_thread())
        return real_export(*args)

    monkeypatch.setattr(registry, "export_file", export_file)
    with SessionFile.open(path) as sf:  # the GUI's open file: the export reads a private copy
        dialog = ExportDialog(sf, sid)
        qtbot.addWidget(dialog)
        out = tmp_path / "note.docx"
        dialog.output.setText(str(out))
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
        dialog.mode.setCurrentIndex(dialog.mode.findData("anonymous"))
        dialog.start()
        assert not dialog.export_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.status.text().startswith("Wrote"), timeout=60_000)
        # The thread stops before its queued "finished" reaches the dialog: wait for what a user
        # sees, the Export button back.
        qtbot.waitUntil(lambda: not dialog.is_running() and dialog.export_button.isEnabled(), timeout=10_000)
    assert dialog.progress.value() == 100
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"][:2] == ["موجز", "1. المشاركة"]
    assert "Amina Diallo 0" not in "\n".join(p.text for p in document.paragraphs)
    assert len({p.text for p in document.paragraphs if p.style.name == "Title"}) == 1  # this session only


def job(source: Path, out: Path) -> ExportJob:
    return ExportJob(source, "docx", out, session_ids=None, anonymize="none", language=None, table="comments")


def test_a_cancelled_export_writes_nothing(qtbot, source, tmp_path):
    out = tmp_path / "never.docx"
    task = BackgroundTask(job(source[0], out))
    task.cancel()
    with qtbot.waitSignal(task.failed) as failed, qtbot.waitSignal(task.finished):
        task.start()
    assert failed.args == ["Export cancelled; nothing was written."]
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["venue.workshop"]


def test_cancel_during_an_export_stops_it(source, tmp_path):
    out = tmp_path / "stopped.docx"
    steps = []
    with pytest.raises(ExportCancelled):
        job(source[0], out)(lambda done, total, message: steps.append(done), lambda: len(steps) >= 3)
    assert len(steps) == 3 and not out.exists()


def test_the_cancel_button_stops_a_running_export_and_the_dialog_says_so(qtbot, source, tmp_path, monkeypatch):
    """The person clicks Cancel while the export runs: it stops at its next step, writes nothing,
    and the dialog can export again."""
    real_export, waiting, go_on = registry.export_file, threading.Event(), threading.Event()

    def export_file(source, fmt, output, options):
        def progress(done, total, message):
            options.progress(done, total, message)  # the dialog's step: stops here once cancelled
            waiting.set()
            assert go_on.wait(30)

        return real_export(source, fmt, output, dataclasses.replace(options, progress=progress))

    monkeypatch.setattr(registry, "export_file", export_file)
    out = tmp_path / "cancelled.docx"
    dialog = ExportDialog(source[0], source[1])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.output.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(waiting.is_set, timeout=30_000)  # the export is under way
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Cancelling…" and dialog.isVisible()
    go_on.set()
    qtbot.waitUntil(lambda: not dialog.is_running() and dialog.export_button.isEnabled(), timeout=30_000)
    assert dialog.status.text() == "Export cancelled; nothing was written."
    assert dialog.progress.value() == 0 and not out.exists()


def test_a_failure_is_one_sentence_in_the_dialog(qtbot, source, tmp_path):
    dialog = ExportDialog(source[0], source[1])
    qtbot.addWidget(dialog)
    dialog.output.setText(str(tmp_path / "no such folder" / "note.docx"))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running() and dialog.status.text() != "Exporting…", timeout=60_000)
    assert dialog.status.text().startswith("Cannot write in")
    assert "\n" not in dialog.status.text()


def test_the_layout_follows_a_right_to_left_application(qtbot, source):
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = ExportDialog(source[0], source[1])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        form = dialog.layout().itemAt(0).layout()
        label = form.labelForField(dialog.format)
        assert label.mapTo(dialog, QPoint(0, 0)).x() > dialog.format.mapTo(dialog, QPoint(0, 0)).x()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("fmt", ["json", "docx"])
def test_a_file_altered_outside_the_app_is_not_exported(qtbot, source, tmp_path, fmt):
    import sqlite3

    path, sid = source
    conn = sqlite3.connect(path)
    conn.execute("UPDATE comments SET text = 'words nobody said' WHERE rowid = (SELECT min(rowid) FROM comments)")
    conn.commit()
    conn.close()
    dialog = ExportDialog(path, sid)
    qtbot.addWidget(dialog)
    out = tmp_path / f"copy.{fmt}"
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.output.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=60_000)
    assert "changed outside the app" in dialog.status.text() and "was not written" in dialog.status.text()
    assert not out.exists()


def test_a_short_note_with_its_methodology_chosen_from_the_keyboard(qtbot, source, tmp_path):
    """Alt+N, S: the short note; Alt+M, Down: with the methodology annex; Alt+E: export."""
    from tests.ui.keyboard import activate, press

    path, sid = source
    dialog = ExportDialog(path, sid)
    qtbot.addWidget(dialog)
    out = tmp_path / "short.docx"
    dialog.output.setText(str(out))
    activate(qtbot, dialog)
    press(qtbot, "Alt+N")
    press(qtbot, "s")
    press(qtbot, "Alt+M")
    press(qtbot, "Down")
    assert dialog.profile.currentData() == "short" and dialog.methodology.currentData() is True
    press(qtbot, "Alt+E")
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Wrote"), timeout=60_000)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    h1 = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert h1[0] == "Summary" and "Annex I. Methodology" in h1
    assert not any(t.endswith("Participation") or "List of participants" in t for t in h1)


def test_length_and_methodology_are_only_for_the_word_note(qtbot, source):
    dialog = ExportDialog(source[0], source[1])
    qtbot.addWidget(dialog)
    assert dialog.profile.isEnabled() and dialog.methodology.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert not dialog.profile.isEnabled() and not dialog.methodology.isEnabled()
