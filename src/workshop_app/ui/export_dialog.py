"""The Export dialog: Word synthesis, Excel, CSV or JSON, off the UI thread, with progress and Cancel.

``ExportDialog(file_or_session_file, session_id, parent)`` stands alone; the main window adds the
menu entry. The export itself reads the file through ``open_readonly`` in a worker thread (a
private copy: the open file is never touched and SQLite is never shared across threads), and
writes through a temporary file, so Cancel or a failure leaves the target as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..exports import registry
from ..exports.context import ExportCancelled
from ..exports.i18n import LANGUAGES
from ..host.logs import failure_message
from ..storage import SessionFile

log = logging.getLogger(__name__)

ENDONYMS = {"en": "English", "fr": "Français", "es": "Español", "ru": "Русский", "zh": "中文", "ar": "العربية"}


def format_text(text: str) -> str:
    """A registry label or hint in the running language (marked for lupdate in exports/registry.py)."""
    return QCoreApplication.translate("ExportFormats", text) if text else ""


class ExportWorker(QObject):
    """Runs one export in a worker thread; talks to the dialog only through signals."""

    progressed = Signal(int, int, str)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, source: Path, fmt: str, output: Path, *, session_ids: list[str] | None, anonymize: str,
                 language: str | None, table: str):
        super().__init__()
        self.source, self.fmt, self.output = source, fmt, output
        self.session_ids, self.anonymize, self.language, self.table = session_ids, anonymize, language, table
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True  # read by the worker thread at its next step

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.cancelled:
            raise ExportCancelled()
        self.progressed.emit(done, total, message)

    @Slot()
    def run(self) -> None:
        try:
            self._progress(0, 1, "")
            # the CLI's dispatcher: a private copy, and no copy launders a change made outside the app
            registry.export_file(self.source, self.fmt, self.output, registry.ExportOptions(
                session_ids=self.session_ids, anonymize=self.anonymize, language=self.language, table=self.table,
                progress=self._progress))
            if self.cancelled:
                raise ExportCancelled()
        except Exception as exc:  # noqa: BLE001 - expected failures and bugs alike get one sentence
            self.failed.emit(failure_message(exc))
            return
        self.succeeded.emit(str(self.output))


class ExportDialog(QDialog):
    """Choose format, scope, anonymisation and language; export with a progress bar."""

    def __init__(self, file: str | Path | SessionFile, session_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.source = Path(file.path if isinstance(file, SessionFile) else file)
        self.session_id = session_id
        self.thread_: QThread | None = None
        self.worker: ExportWorker | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self._build()
        self._format_changed()

    # -- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        self.format = QComboBox(objectName="exportFormat")
        for fmt in registry.formats():
            self.format.addItem(format_text(fmt.label), fmt.name)
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("&Format:"), self.format)

        scope = QWidget()
        row = QHBoxLayout(scope)
        row.setContentsMargins(0, 0, 0, 0)
        self.this_session = QRadioButton(self.tr("This session"), objectName="scopeSession")
        self.all_sessions = QRadioButton(self.tr("All sessions in the file"), objectName="scopeAll")
        self.scope_group = QButtonGroup(self)
        for button in (self.this_session, self.all_sessions):
            self.scope_group.addButton(button)
            row.addWidget(button)
        row.addStretch()
        self.this_session.setEnabled(self.session_id is not None)
        (self.this_session if self.session_id else self.all_sessions).setChecked(True)
        form.addRow(self.tr("Scope:"), scope)

        self.mode = QComboBox(objectName="exportAnonymize")
        mode_texts = {"none": self.tr("Name people only with their consent"),
                      "organisation": self.tr("By organisation, nobody named"),
                      "anonymous": self.tr("Anonymous: stakeholder groups only")}
        for mode in registry.anonymisation_modes():
            self.mode.addItem(mode_texts.get(mode, mode), mode)
        form.addRow(self.tr("&Participants:"), self.mode)

        self.language = QComboBox(objectName="exportLanguage")
        self.language.addItem(self.tr("The session's language"), "")
        for code in LANGUAGES:
            self.language.addItem(ENDONYMS.get(code, code), code)
        form.addRow(self.tr("&Language:"), self.language)

        self.table = QComboBox(objectName="exportTable")
        table_texts = {"comments": self.tr("Comments"), "participants": self.tr("Participants"),
                       "ballots": self.tr("Ballots (rankings)"), "scores": self.tr("Scores (points and ratings)"),
                       "sessions": self.tr("Sessions"), "key_messages": self.tr("Key messages"),
                       "results": self.tr("Results")}
        order = list(table_texts)  # comments first: the default
        for name in sorted(registry.csv_tables(), key=lambda n: order.index(n) if n in order else len(order)):
            self.table.addItem(table_texts.get(name, name), name)
        form.addRow(self.tr("CSV &table:"), self.table)

        target = QWidget()
        trow = QHBoxLayout(target)
        trow.setContentsMargins(0, 0, 0, 0)
        self.output = QLineEdit(objectName="exportOutput")
        browse = QPushButton(self.tr("Browse…"), objectName="exportBrowse")
        browse.clicked.connect(self._browse)
        trow.addWidget(self.output, 1)
        trow.addWidget(browse)
        form.addRow(self.tr("&Save as:"), target)

        self.hint = QLabel(wordWrap=True, objectName="exportHint")
        self.progress = QProgressBar(objectName="exportProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel(wordWrap=True, objectName="exportStatus")
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportStart")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("exportCancel")
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # -- choices ---------------------------------------------------------------------------------
    def chosen_format(self) -> str:
        return self.format.currentData()

    def _format_changed(self) -> None:
        fmt = registry.get(self.chosen_format())
        self.table.setEnabled(fmt.honours(registry.TABLE))
        self.mode.setEnabled(fmt.honours(registry.ANONYMIZE))
        self.language.setEnabled(fmt.honours(registry.LANGUAGE))
        self.this_session.setEnabled(self.session_id is not None and fmt.honours(registry.SESSIONS))
        if not self.this_session.isEnabled():
            self.all_sessions.setChecked(True)
        self.hint.setText(format_text(fmt.hint))
        current = self.output.text().strip()
        self.output.setText(str((Path(current) if current else self.source).with_suffix(fmt.suffix)))

    def _browse(self) -> None:
        suffix = registry.get(self.chosen_format()).suffix
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.output.text(),
                                              self.tr("{fmt} files (*.{fmt})").format(fmt=suffix[1:]))
        if path:
            self.output.setText(path)

    # -- running ---------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.thread_ is not None and self.thread_.isRunning()

    def make_worker(self) -> ExportWorker:
        scope_ids = [self.session_id] if self.this_session.isChecked() and self.session_id else None
        return ExportWorker(self.source, self.chosen_format(), Path(self.output.text().strip()),
                            session_ids=scope_ids, anonymize=self.mode.currentData(),
                            language=self.language.currentData() or None, table=self.table.currentData())

    def start(self) -> None:
        if self.is_running():
            return
        if not self.output.text().strip():
            self.status.setText(self.tr("Choose where to save the export."))
            return
        self.worker = self.make_worker()
        self.thread_ = QThread(self)
        self.worker.moveToThread(self.thread_)
        self.thread_.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.succeeded.connect(self.thread_.quit)
        self.worker.failed.connect(self.thread_.quit)
        self.thread_.finished.connect(self._finished)
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting…"))
        self.thread_.start()

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _succeeded(self, path: str) -> None:
        self.progress.setValue(100)
        self.status.setText(self.tr("Wrote {path}").format(path=path))
        self.cancel_button.setText(self.tr("Close"))

    def _failed(self, message: str) -> None:
        self.progress.setValue(0)
        self.status.setText(message)

    def _finished(self) -> None:
        self.export_button.setEnabled(True)
        if self.thread_ is not None:
            self.thread_.deleteLater()
        self.thread_ = None
        self.worker = None

    def _cancel_or_close(self) -> None:
        if self.is_running() and self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.is_running() and self.worker is not None:
            self.worker.cancel()
            self.thread_.wait(30_000)
        super().closeEvent(event)

    def reject(self) -> None:
        if self.is_running() and self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()
